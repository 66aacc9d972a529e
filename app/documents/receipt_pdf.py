"""The receipt (영수증): what was charged, each payment (method, time, amount), the balance, PAID when settled.

Unlike the invoice, which stays as issued, the receipt shows the money as it
stands when it is printed. Pure rendering: a view in, bytes out.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.billing.queries import cash_receipt_due
from app.documents.fonts import FontPair
from app.documents.invoice_pdf import LINE_HEADER, LINE_WIDTHS, _charged, _line_rows, _parties
from app.documents.pdf_layout import (
    ACCENT,
    ALERT,
    METHOD_LABELS,
    MUTED,
    Letterhead,
    Styles,
    build_pdf,
    esc,
    grid,
    register_fonts,
    totals_block,
    when,
    won,
)
from app.queries import InvoiceView
from app.settings import ShopDetails
from domain.billing.tax import format_business_number

#: The word across the receipt, in both languages.
MARKS = {"paid": "결제 완료 PAID", "due": "잔액 있음 BALANCE DUE", "voided": "취소됨 VOIDED"}


def receipt_mark(view: InvoiceView) -> str:
    """'paid' once nothing is owed on an issued invoice, 'due' while a balance is, 'voided' after a credit note."""
    if view.status != "issued":
        return "voided"
    return "paid" if view.balance == 0 else "due"


def render_receipt_pdf(view: InvoiceView, shop: ShopDetails, fonts: FontPair) -> bytes:
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "영 수 증", "RECEIPT", view.invoice_no, st)
    mark = receipt_mark(view)
    story: list[Flowable] = [
        _parties(st, view, "청구일 Invoice date", "영수 정보  Receipt"),
        Spacer(1, 5 * mm),
        Paragraph(MARKS[mark], st.para(16, bold=True, color=ACCENT if mark == "paid" else ALERT, align=TA_CENTER)),
        Spacer(1, 5 * mm),
        grid(st, LINE_HEADER, _line_rows(st, view, 1), LINE_WIDTHS, numeric_from=3),
        Spacer(1, 4 * mm),
    ]
    rows = _charged(view)
    for p in view.payments:
        approval = f" · 현금영수증 {p.cash_receipt_no}" if p.cash_receipt_no else ""
        method = METHOD_LABELS.get(p.method, p.method)
        rows.append((f"결제 Paid · {method} · {when(p.recorded_at)}{approval}", won(p.amount), ""))
    if view.carried_in:  # 재발행: paid on the invoice this one replaces
        rows.append((f"기 결제 Paid on {view.corrects}", won(view.carried_in), ""))
    rows.append(("받은 금액 Paid in all", won(view.paid + view.carried_in), ""))
    rows.append(("잔액 Balance", won(view.balance), "due" if view.balance else "total"))
    story.append(KeepTogether([totals_block(st, rows, label_w=90 * mm)]))
    if view.tax_business_number:
        story += [
            Spacer(1, 4 * mm),
            Paragraph(
                "세금계산서 발행 요청 Tax invoice requested · 사업자등록번호 "
                + format_business_number(view.tax_business_number),
                st.para(9),
            ),
        ]
    elif cash_receipt_due(view):
        story += [
            Spacer(1, 4 * mm),
            Paragraph(
                "현금영수증 발급 대상입니다. 승인번호를 기록하세요. A cash receipt is due for this sale.",
                st.para(9, bold=True, color=ALERT),
            ),
        ]
    story += [
        Spacer(1, 8 * mm),
        Paragraph(
            "금액 단위: 원 (KRW). 위 금액을 영수합니다. Amounts in Korean won; received with thanks.",
            st.para(8, color=MUTED),
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"{esc(shop.name)}  (인)", st.para(10, bold=True, align=TA_RIGHT)),
    ]
    return build_pdf(story, head, f"Receipt {view.invoice_no}")
