"""The invoice PDF: A4, embedded Korean TrueType font, byte-identical on reprint."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.fonts import FontPair
from app.queries import InvoiceView
from app.settings import ShopDetails

_REGISTERED: dict[str, tuple[str, str]] = {}


def register_fonts(fonts: FontPair) -> tuple[str, str]:
    key = f"{fonts.regular}|{fonts.bold}"
    if key not in _REGISTERED:
        n = len(_REGISTERED)
        regular, bold = f"PitlaneSans{n}", f"PitlaneSans{n}-Bold"
        pdfmetrics.registerFont(TTFont(regular, str(fonts.regular)))
        pdfmetrics.registerFont(TTFont(bold, str(fonts.bold)))
        _REGISTERED[key] = (regular, bold)
    return _REGISTERED[key]


def won(amount: int) -> str:
    return f"{amount:,}"


def render_invoice_pdf(view: InvoiceView, shop: ShopDetails, fonts: FontPair) -> bytes:
    regular, bold = register_fonts(fonts)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Invoice {view.invoice_no}",
        author=shop.name,
        creator="Pitlane",
        invariant=1,
    )
    story = [
        Paragraph(shop.name, title),
        Paragraph(" · ".join(x for x in (shop.address, shop.phone, shop.business_no) if x), body),
        Spacer(1, 6 * mm),
        Paragraph(f"Invoice {view.invoice_no} — {view.issued_at[:10]}", title),
        Paragraph(f"Customer: {view.customer_name}  {view.customer_phone}", body),
        Paragraph(f"Car: {view.car_number}  {view.car_id}", body),
        Paragraph(f"Mechanic: {view.mechanic_name}", body),
        Spacer(1, 4 * mm),
    ]
    rows = [["Code", "Item", "Qty", "Unit price", "Amount"]]
    for line in view.lines:
        rows.append([line.part_code, line.name, str(line.quantity), won(line.unit_price), won(line.amount)])
    rate = f"{float(view.vat_rate) * 100:g}%"
    rows += [
        ["", "Subtotal", "", "", won(view.subtotal)],
        ["", f"VAT {rate}", "", "", won(view.vat)],
        ["", "Total", "", "", won(view.total)],
    ]
    table = Table(rows, colWidths=[25 * mm, 75 * mm, 15 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEABOVE", (0, -3), (-1, -3), 0.5, colors.grey),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buf.getvalue()
