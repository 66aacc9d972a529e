"""The invoice and credit note PDFs: A4, embedded Korean TrueType font, byte-identical on reprint.

Pure rendering: a view in, bytes out (layout pieces in app.pdf_layout).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.documents.fonts import FontPair
from app.documents.pdf_layout import (
    ACCENT,
    METHOD_LABELS,
    MUTED,
    Letterhead,
    Styles,
    build_pdf,
    esc,
    fit,
    grid,
    party_boxes,
    percent,
    register_fonts,
    totals_block,
    when,
    won,
)
from app.queries import InvoiceView
from app.settings import ShopDetails

__all__ = [
    "CreditNoteFacts",
    "percent",
    "register_fonts",
    "render_credit_note_pdf",
    "render_invoice_pdf",
    "when",
    "won",
]


# -- the invoice ----------------------------------------------------------------------------
LINE_WIDTHS = (9 * mm, 28 * mm, 69 * mm, 16 * mm, 28 * mm, 28 * mm)
LINE_HEADER = ("No.", "부품코드 Code", "품명 Description", "수량 Qty", "단가 Unit price", "금액 Amount")


def _line_rows(st: Styles, view: InvoiceView, sign: int) -> list[list[Any]]:
    rows: list[list[Any]] = []
    name_w = LINE_WIDTHS[2]
    for n, line in enumerate(view.lines, start=1):
        if line.kind == "labour":
            term = line.name.partition(" — ")[2]
            name = "공임 Labour" + (f" — {term}" if term else "")
            code = "LABOUR"
        elif line.kind == "discount":
            share = f" {line.percent}%" if line.percent not in ("", "0") else ""
            name = f"할인 Discount{share} — {line.name}" + (f" (No. {line.on_line})" if line.on_line else "")
            code = "DISCOUNT"
        else:
            name, code = line.name, line.part_code
        rows.append(
            [
                str(n),
                fit(st, code, LINE_WIDTHS[1], 9),
                fit(st, name, name_w, 9),
                f"{line.quantity:,}",
                won(line.unit_price),
                won(sign * line.amount),
            ]
        )
    return rows


def _facts(view: InvoiceView) -> list[tuple[str, str]]:
    return [
        ("고객 Customer", view.customer_name),
        ("연락처 Phone", view.customer_phone),
        ("차량번호 Car no.", view.car_number),
        ("차대번호 VIN", view.car_id),
    ]


def _parties(st: Styles, view: InvoiceView, dated: str, title: str, *more: tuple[str, str]) -> Table:
    """The customer and car beside the invoice's number, its date (labelled `dated`), mechanic, receipt and job."""
    return party_boxes(
        st,
        _facts(view),
        [
            ("청구번호 Invoice no.", view.invoice_no),
            (dated, when(view.issued_at)),
            ("정비사 Mechanic", view.mechanic_name),
            ("접수·작업 Receipt·Job", f"{view.receipt_id} · {view.job_id}"),
            *more,
        ],
        ("고객 · 차량  Customer and car", title),
    )


def _charged(view: InvoiceView) -> list[tuple[str, str, str]]:
    """The top of the totals block: subtotal, VAT and total as invoiced."""
    return [
        ("공급가액 Subtotal", won(view.subtotal), ""),
        (f"부가세 VAT {percent(view.vat_rate)}", won(view.vat), ""),
        ("합계 Total", won(view.total), "total"),
    ]


def render_invoice_pdf(view: InvoiceView, shop: ShopDetails, fonts: FontPair) -> bytes:
    """The invoice as a customer takes it home: letterhead, parties, lines, VAT, total, balance."""
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "청 구 서", "INVOICE", view.invoice_no, st)
    replaces = [("재발행 Replaces", view.corrects)] if view.corrects else []
    story: list[Flowable] = [
        _parties(st, view, "발행일 Date", "청구 정보  Invoice", *replaces),
        Spacer(1, 6 * mm),
        grid(st, LINE_HEADER, _line_rows(st, view, 1), LINE_WIDTHS, numeric_from=3),
        Spacer(1, 4 * mm),
    ]
    rows = _charged(view)
    for p in view.payments:
        rows.append(
            (f"결제 Paid · {METHOD_LABELS.get(p.method, p.method)} · {when(p.recorded_at)[5:]}", won(-p.amount), "")
        )
    if view.carried_in:
        rows.append((f"기 결제 Paid on {view.corrects}", won(-view.carried_in), ""))
    if not view.payments:
        rows.append(("결제 Paid", won(view.paid), ""))
    rows.append(("청구 잔액 Balance due", won(view.balance), "due" if view.balance else "total"))
    story.append(KeepTogether([totals_block(st, rows)]))
    if view.request_note:
        story += [
            Spacer(1, 5 * mm),
            Paragraph("요청사항 Notes", st.para(8.5, bold=True, color=ACCENT)),
            Paragraph(esc(view.request_note).replace("\n", "<br/>"), st.para(9)),
        ]
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            "금액 단위: 원 (KRW). 부가세는 원 단위에서 반올림합니다. "
            "Amounts in Korean won; VAT is rounded half up to the won.",
            st.para(7.5, color=MUTED),
        ),
        Spacer(1, 1.5 * mm),
        Paragraph("위 금액을 청구합니다. We charge the amount above.", st.para(9)),
        Spacer(1, 6 * mm),
        Paragraph(f"{esc(shop.name)}  (인)", st.para(10, bold=True, align=TA_RIGHT)),
    ]
    return build_pdf(story, head, f"Invoice {view.invoice_no}")


@dataclass(frozen=True)
class CreditNoteFacts:
    """What a credit note adds to the invoice it cancels."""

    credit_note_no: str
    voided_at: str
    reason: str
    paid_at_void: int
    reissued_as: str = ""  # 재발행: the invoice that replaces the cancelled one
    carried: int = 0  # of what was paid, what counts on that invoice instead of being refunded


def render_credit_note_pdf(view: InvoiceView, note: CreditNoteFacts, shop: ShopDetails, fonts: FontPair) -> bytes:
    """The credit note cancelling `view`: every line and amount negated, the money to give back."""
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "매출 취소 명세서", "CREDIT NOTE", note.credit_note_no, st)
    story: list[Flowable] = [
        party_boxes(
            st,
            _facts(view),
            [
                ("취소번호 Credit note", note.credit_note_no),
                ("발행일 Date", when(note.voided_at)),
                ("원 청구서 Invoice", view.invoice_no),
                ("청구일 Invoice date", when(view.issued_at)),
                *([("재발행 Reissued as", note.reissued_as)] if note.reissued_as else []),
            ],
            ("고객 · 차량  Customer and car", "취소 정보  Credit note"),
        ),
        Spacer(1, 4 * mm),
        Paragraph("취소 사유 Reason", st.para(8.5, bold=True, color=ACCENT)),
        Paragraph(esc(note.reason), st.para(9.5)),
        Spacer(1, 5 * mm),
        grid(st, LINE_HEADER, _line_rows(st, view, -1), LINE_WIDTHS, numeric_from=3),
        Spacer(1, 4 * mm),
    ]
    rows = [
        ("공급가액 Subtotal", won(-view.subtotal), ""),
        (f"부가세 VAT {percent(view.vat_rate)}", won(-view.vat), ""),
        ("취소 합계 Total credited", won(-view.total), "total"),
        ("기 결제액 Paid on the invoice", won(note.paid_at_void), ""),
    ]
    if note.reissued_as:
        rows.append((f"재발행 청구서로 이전 Carried to {note.reissued_as}", won(-note.carried), ""))
    refund = note.paid_at_void - note.carried
    rows.append(("환불 예정액 To refund", won(refund), "due" if refund else "total"))
    closing = (
        f"이 명세서는 청구서 {view.invoice_no}의 전액을 취소하고 {note.reissued_as}(으)로 재발행합니다. "
        f"This credit note cancels invoice {view.invoice_no} in full; it is reissued as {note.reissued_as}. "
        "Amounts in Korean won."
        if note.reissued_as
        else f"이 명세서는 청구서 {view.invoice_no}의 전액을 취소합니다. "
        f"This credit note cancels invoice {view.invoice_no} in full. Amounts in Korean won."
    )
    story += [
        KeepTogether([totals_block(st, rows)]),
        Spacer(1, 8 * mm),
        Paragraph(closing, st.para(8, color=MUTED)),
        Spacer(1, 6 * mm),
        Paragraph(f"{esc(shop.name)}  (인)", st.para(10, bold=True, align=TA_RIGHT)),
    ]
    return build_pdf(story, head, f"Credit note {note.credit_note_no}")
