"""The day close (Z report) PDF: money by method, documents issued, balances still owed."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.documents.fonts import FontPair
from app.documents.pdf_layout import (
    ACCENT,
    CONTENT_W,
    FILL,
    METHOD_LABELS,
    MUTED,
    Letterhead,
    Styles,
    build_pdf,
    fit,
    grid,
    party_boxes,
    register_fonts,
    totals_block,
    when,
    won,
)
from app.settings import ShopDetails
from domain.billing.day import ZReport


def _section(st: Styles, title: str) -> list[Flowable]:
    return [Spacer(1, 6 * mm), Paragraph(title, st.para(10.5, bold=True, color=ACCENT, keep_with_next=True))]


def _none(st: Styles, text: str) -> Paragraph:
    return Paragraph(text, st.para(9, color=MUTED))


def render_z_report_pdf(report: ZReport, shop: ShopDetails, fonts: FontPair) -> bytes:
    """The Z report of a closed day, as it was closed."""
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "일일 마감 보고서", "DAY CLOSE · Z REPORT", report.z_no, st)
    total_row = ("BACKGROUND", (0, -1), (-1, -1), FILL)
    bold_last = ("FONTNAME", (0, -1), (-1, -1), st.bold)
    story: list[Flowable] = [
        party_boxes(
            st,
            [
                ("영업일 Business day", report.day),
                ("마감번호 Z report", report.z_no),
                ("청구서 Invoices", f"{len(report.invoices):,}"),
                ("취소 Credit notes", f"{len(report.credit_notes):,}"),
                *((("기록 확인 코드 Chain code", report.chain_code),) if report.chain_code else ()),
            ],
            [
                ("마감 시각 Closed at", when(report.closed_at)),
                ("마감자 Closed by", report.closed_by),
                ("단말기 Terminal", report.terminal),
                ("미수 Unpaid invoices", f"{len(report.open_balances):,}"),
            ],
            ("마감 Day", "마감 기록 Close"),
        ),
        *_section(st, "결제수단별 집계  Money by payment method"),
    ]
    rows: list[list[Any]] = [
        [
            METHOD_LABELS.get(m.method, m.method),
            f"{m.payment_count:,}",
            won(m.payments),
            f"{m.refund_count:,}",
            won(-m.refunds),
            won(m.net),
        ]
        for m in report.methods
    ]
    rows.append(
        [
            "합계 Total",
            f"{sum(m.payment_count for m in report.methods):,}",
            won(report.payments_total),
            f"{sum(m.refund_count for m in report.methods):,}",
            won(-report.refunds_total),
            won(report.net_total),
        ]
    )
    story.append(
        grid(
            st,
            ("결제수단 Method", "건수 Count", "입금 Payments", "건수 Count", "환불 Refunds", "순입금 Net"),
            rows,
            (44 * mm, 20 * mm, 32 * mm, 20 * mm, 30 * mm, 32 * mm),
            numeric_from=1,
            extra=[total_row, bold_last],
        )
    )

    story += _section(st, "매출 집계  Sales")
    story.append(
        KeepTogether(
            [
                totals_block(
                    st,
                    [
                        (
                            f"청구서 {len(report.invoices):,}건 공급가액 Invoices, subtotal",
                            won(report.invoices_subtotal),
                            "",
                        ),
                        ("부가세 VAT", won(report.invoices_vat), ""),
                        ("청구 합계 Invoiced", won(report.invoices_total), ""),
                        (f"취소 {len(report.credit_notes):,}건 Credit notes", won(-report.credit_notes_total), ""),
                        ("순매출 Net sales", won(report.net_sales), "total"),
                        (
                            "미수금 Owed at close",
                            won(report.open_balances_total),
                            "due" if report.open_balances else "",
                        ),
                    ],
                    label_w=70 * mm,
                )
            ]
        )
    )

    story += _section(st, "발행 청구서  Invoices issued")
    if report.invoices:
        rows = [
            [
                d.number,
                fit(st, d.customer_name, 40 * mm),
                d.car_number,
                won(d.subtotal),
                won(d.vat),
                won(d.total),
            ]
            for d in report.invoices
        ]
        rows.append(
            ["합계 Total", "", "", won(report.invoices_subtotal), won(report.invoices_vat), won(report.invoices_total)]
        )
        story.append(
            grid(
                st,
                ("청구번호 Invoice", "고객 Customer", "차량번호 Car", "공급가액 Subtotal", "부가세 VAT", "합계 Total"),
                rows,
                (28 * mm, 44 * mm, 26 * mm, 28 * mm, 24 * mm, 28 * mm),
                numeric_from=3,
                extra=[total_row, bold_last],
            )
        )
    else:
        story.append(_none(st, "이 날 발행된 청구서가 없습니다. No invoices were issued on this day."))

    story += _section(st, "취소 명세서  Credit notes")
    if report.credit_notes:
        rows = [
            [
                d.number,
                d.reference,
                fit(st, d.customer_name, 40 * mm),
                d.car_number,
                won(-d.vat),
                won(-d.total),
            ]
            for d in report.credit_notes
        ]
        story.append(
            grid(
                st,
                (
                    "취소번호 Credit note",
                    "원 청구서 Invoice",
                    "고객 Customer",
                    "차량번호 Car",
                    "부가세 VAT",
                    "합계 Total",
                ),
                rows,
                (32 * mm, 26 * mm, 42 * mm, 26 * mm, 24 * mm, 28 * mm),
                numeric_from=4,
            )
        )
    else:
        story.append(_none(st, "취소 명세서가 없습니다. No credit notes on this day."))

    story += _section(st, "마감 시 미수금  Balances owed at close")
    if report.open_balances:
        rows = [
            [b.invoice_no, fit(st, b.customer_name, 50 * mm), b.car_number, won(b.total), won(b.balance)]
            for b in report.open_balances
        ]
        rows.append(["합계 Total", "", "", "", won(report.open_balances_total)])
        story.append(
            grid(
                st,
                ("청구번호 Invoice", "고객 Customer", "차량번호 Car", "합계 Total", "잔액 Balance"),
                rows,
                (30 * mm, 50 * mm, 30 * mm, 34 * mm, 34 * mm),
                numeric_from=3,
                extra=[total_row, bold_last],
            )
        )
    else:
        story.append(_none(st, "미수금이 없습니다. Nothing is owed."))

    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            "이 보고서는 마감 시점의 기록입니다. 마감된 영업일에는 결제·환불·취소를 기록할 수 없습니다. "
            "This report is fixed at the close; no payment, refund or credit note can be recorded into a closed day.",
            st.para(7.5, color=MUTED),
        ),
        Spacer(1, 8 * mm),
        _signatures(st),
    ]
    return build_pdf(story, head, f"Z report {report.z_no} ({report.day})")


def _signatures(st: Styles) -> Flowable:
    from reportlab.platypus import Table, TableStyle

    t = Table(
        [["마감자 Closed by", "", "확인자 Checked by", ""]],
        colWidths=[30 * mm, CONTENT_W / 2 - 30 * mm, 30 * mm, CONTENT_W / 2 - 30 * mm],
        rowHeights=[12 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, MUTED),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return t
