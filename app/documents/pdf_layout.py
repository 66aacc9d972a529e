"""The page furniture every Pitlane PDF shares: fonts, letterhead, footer with page x of y, tables.

Canvas callbacks draw only the letterhead and the footer; the body is platypus.
Cells are plain strings styled by the table (cheap) unless the text needs to
wrap; `invariant=1` and fixed metadata make the same input render the same bytes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.documents.fonts import FontPair
from app.settings import ShopDetails

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
HEADER_H = 30 * mm  # letterhead band at the top of every page

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6675")
RULE = colors.HexColor("#b8c2cf")
FILL = colors.HexColor("#eef2f7")
ZEBRA = colors.HexColor("#f7f9fb")
ALERT = colors.HexColor("#a4262c")

METHOD_LABELS = {"cash": "현금 Cash", "card": "카드 Card", "transfer": "계좌이체 Transfer"}

_REGISTERED: dict[str, tuple[str, str]] = {}
_REGISTER_LOCK = threading.Lock()


def register_fonts(fonts: FontPair) -> tuple[str, str]:
    """Register the regular and bold faces with reportlab once per process; their names."""
    key = f"{fonts.regular}|{fonts.bold}"
    with _REGISTER_LOCK:
        if key not in _REGISTERED:
            n = len(_REGISTERED)
            regular, bold = f"PitlaneSans{n}", f"PitlaneSans{n}-Bold"
            pdfmetrics.registerFont(TTFont(regular, str(fonts.regular)))
            pdfmetrics.registerFont(TTFont(bold, str(fonts.bold)))
            _REGISTERED[key] = (regular, bold)
        return _REGISTERED[key]


def won(amount: int) -> str:
    """'264,006'; negative amounts (credit notes) as '-264,006'."""
    return f"{amount:,}"


def percent(rate: str | Decimal) -> str:
    """'0.10' -> '10%', '0.075' -> '7.5%'."""
    value = (Decimal(str(rate)) * 100).normalize()
    return f"{value:f}%"


def when(iso: str) -> str:
    """'2026-11-24T14:03:12+09:00' -> '2026-11-24 14:03'."""
    return iso[:16].replace("T", " ") if iso else ""


def esc(text: str) -> str:
    """Escape text for a Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- shared page furniture --------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str

    def para(
        self, size: float = 9, bold: bool = False, color: Any = INK, align: int = 0, keep_with_next: bool = False
    ) -> Any:
        return ParagraphStyle(
            "p",
            fontName=self.bold if bold else self.regular,
            fontSize=size,
            leading=size * 1.35,
            textColor=color,
            alignment=align,
            keepWithNext=keep_with_next,
        )


@dataclass(frozen=True)
class Letterhead:
    """What every page of a document shows: who issued it, what it is, its number."""

    shop: ShopDetails
    title_ko: str
    title_en: str
    number: str
    styles: Styles

    def draw(self, c: Canvas, _doc: Any) -> None:
        st = self.styles
        top = PAGE_H - MARGIN
        c.saveState()
        c.setFillColor(ACCENT)
        c.setFont(st.bold, 17)
        c.drawString(MARGIN, top - 6 * mm, self.shop.name)
        c.setFillColor(MUTED)
        c.setFont(st.regular, 8.5)
        y = top - 11.5 * mm
        for line in _shop_lines(self.shop):
            c.drawString(MARGIN, y, line)
            y -= 4 * mm
        c.setFillColor(INK)
        c.setFont(st.bold, 20)
        c.drawRightString(PAGE_W - MARGIN, top - 7 * mm, self.title_ko)
        c.setFont(st.regular, 9)
        c.setFillColor(MUTED)
        c.drawRightString(PAGE_W - MARGIN, top - 12.5 * mm, self.title_en)
        c.setFont(st.bold, 10)
        c.setFillColor(ACCENT)
        c.drawRightString(PAGE_W - MARGIN, top - 18.5 * mm, f"No. {self.number}")
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.4)
        c.line(MARGIN, top - HEADER_H + 3 * mm, PAGE_W - MARGIN, top - HEADER_H + 3 * mm)
        c.restoreState()

    def footer(self, c: Canvas, pages: int) -> None:
        st = self.styles
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, MARGIN + 5 * mm, PAGE_W - MARGIN, MARGIN + 5 * mm)
        c.setFont(st.regular, 7.5)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, MARGIN + 1.5 * mm, f"{self.shop.name} · {self.title_en} {self.number}")
        c.drawRightString(PAGE_W - MARGIN, MARGIN + 1.5 * mm, f"{c.getPageNumber()} / {pages}")
        c.restoreState()


def _shop_lines(shop: ShopDetails) -> list[str]:
    lines = []
    if shop.address:
        lines.append(shop.address)
    contact = []
    if shop.phone:
        contact.append(f"전화 Tel {shop.phone}")
    if shop.business_no:
        contact.append(f"사업자등록번호 Business reg. no. {shop.business_no}")
    if contact:
        lines.append("   ·   ".join(contact))
    return lines


def _numbered_canvas(footer: Callable[[Canvas, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say 'x / y'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._held:
                self.__dict__.update(state)
                footer(self, len(self._held))
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: list[Flowable], head: Letterhead, title: str) -> bytes:
    """Lay out `story` under `head` on A4 pages; deterministic bytes."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + 9 * mm,
        title=title,
        author=head.shop.name,
        subject=head.title_en,
        creator="Pitlane",
        producer="Pitlane (ReportLab)",
        invariant=1,
    )
    doc.build(story, onFirstPage=head.draw, onLaterPages=head.draw, canvasmaker=_numbered_canvas(head.footer))
    return buf.getvalue()


def fit(st: Styles, text: str, width: float, size: float = 9, bold: bool = False, align: int = 0) -> Any:
    """A plain cell when `text` fits on one line of `width` (cheap), else a wrapping Paragraph."""
    font = st.bold if bold else st.regular
    if pdfmetrics.stringWidth(text, font, size) <= width - 12:  # cell padding 6 pt a side
        return text
    return Paragraph(esc(text), st.para(size, bold=bold, align=align))


def party_boxes(
    st: Styles, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]], titles: tuple[str, str]
) -> Table:
    """Two boxed columns of label/value pairs (customer and car | document facts), as one table."""
    label_w, gap = 36 * mm, 6 * mm
    value_w = (CONTENT_W - gap) / 2 - label_w
    rows: list[list[Any]] = [[titles[0], "", "", titles[1], ""]]
    for n in range(max(len(left), len(right))):
        row: list[Any] = []
        for side in (left, right):
            if n < len(side):
                k, v = side[n]
                row += [k, fit(st, v or "—", value_w, 9.5)]
            else:
                row += ["", ""]
        rows.append([row[0], row[1], "", row[2], row[3]])
    t = Table(rows, colWidths=[label_w, value_w, gap, label_w, value_w])
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for c in (0, 3):
        style += [
            ("SPAN", (c, 0), (c + 1, 0)),
            ("FONTNAME", (c, 0), (c, 0), st.bold),
            ("FONTSIZE", (c, 0), (c, 0), 9),
            ("TEXTCOLOR", (c, 0), (c, 0), ACCENT),
            ("BACKGROUND", (c, 0), (c + 1, 0), FILL),
            ("FONTSIZE", (c, 1), (c, -1), 8),
            ("TEXTCOLOR", (c, 1), (c, -1), MUTED),
            ("BOX", (c, 0), (c + 1, -1), 0.6, RULE),
        ]
    t.setStyle(TableStyle(style))
    return t


def grid(
    st: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    numeric_from: int,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table with a shaded, repeated header row and zebra rows; numbers right-aligned."""
    t = Table([list(header), *rows], colWidths=list(widths), repeatRows=1)
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, 0), st.bold),
        ("FONTSIZE", (0, 0), (-1, 0), 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 1), (-1, -1), st.regular),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for n in range(2, len(rows) + 1, 2):
        style.append(("BACKGROUND", (0, n), (-1, n), ZEBRA))
    t.setStyle(TableStyle([*style, *extra]))
    return t


def totals_block(
    st: Styles, rows: Sequence[tuple[str, str, str]], strong: Sequence[int] = (), label_w: float = 50 * mm
) -> Table:
    """Right-hand block of (label, value, kind) rows; kinds 'total' (shaded) and 'due' (red) are large."""
    style: list[Any] = [
        ("FONTNAME", (1, 0), (-1, -1), st.regular),
        ("FONTSIZE", (1, 0), (1, -1), 8.5),
        ("FONTSIZE", (2, 0), (2, -1), 9.5),
        ("TEXTCOLOR", (1, 0), (1, -1), MUTED),
        ("TEXTCOLOR", (2, 0), (2, -1), INK),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for n, (_label, _value, kind) in enumerate(rows):
        if kind in ("total", "due"):
            style += [
                ("FONTNAME", (1, n), (-1, n), st.bold),
                ("FONTSIZE", (1, n), (1, n), 10.5),
                ("FONTSIZE", (2, n), (2, n), 11.5),
                ("TEXTCOLOR", (1, n), (1, n), INK),
            ]
        elif n in strong:
            style.append(("FONTNAME", (2, n), (2, n), st.bold))
        if kind == "total":
            style += [("BACKGROUND", (1, n), (-1, n), FILL), ("LINEABOVE", (1, n), (-1, n), 0.9, ACCENT)]
        if kind == "due":
            style += [("LINEABOVE", (1, n), (-1, n), 0.5, RULE), ("TEXTCOLOR", (2, n), (2, n), ALERT)]
    value_w = 36 * mm
    block = Table(
        [["", label, value] for label, value, _kind in rows],
        colWidths=[CONTENT_W - label_w - value_w, label_w, value_w],
    )
    block.setStyle(TableStyle(style))
    return block
