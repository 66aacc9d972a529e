"""The shop's documents: invoice, credit note and Z report PDFs, and the files they are written to."""

from app.documents.files import Documents as Documents
from app.documents.files import PdfError as PdfError
from app.documents.files import ReprintDiffers as ReprintDiffers
