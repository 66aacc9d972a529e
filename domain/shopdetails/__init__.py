"""The shop's own details (정비소 정보): the letterhead every document prints."""
