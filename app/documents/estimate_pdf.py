"""The estimate (견적서): car number, date, the work and parts quoted, the amount, validity, the shop.

Pure rendering: a view and the shop in, bytes out (`invariant=1` through build_pdf).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.documents.fonts import FontPair
from app.documents.pdf_layout import (
    MUTED,
    Letterhead,
    Styles,
    build_pdf,
    esc,
    grid,
    party_boxes,
    register_fonts,
    totals_block,
    won,
)
from app.estimates.queries import EstimateView
from app.settings import ShopDetails

HEADER = ["내용 Description", "구분 Origin", "수량 Qty", "단가 Unit", "금액 Amount"]
WIDTHS = [78 * mm, 22 * mm, 18 * mm, 30 * mm, 30 * mm]


def render_estimate_pdf(view: EstimateView, shop: ShopDetails, fonts: FontPair) -> bytes:
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "견 적 서", "ESTIMATE", view.estimate_no, st)
    rows = [[esc(view.term or "공임 Labour"), "", "1", won(view.fare), won(view.fare)]]
    for ln in view.lines:
        rows.append([esc(ln.description), ln.origin, f"{ln.quantity:,}", won(ln.unit_price), won(ln.amount)])
    story: list[Flowable] = [
        party_boxes(
            st,
            [
                ("고객 Customer", view.customer_name),
                ("자동차등록번호 Car no.", view.car_number),
                ("주행거리 Mileage", f"{view.mileage:,} km" if view.mileage is not None else "—"),
            ],
            [
                ("견적번호 Estimate no.", view.estimate_no),
                ("견적일 Date", view.drafted_at[:10]),
                ("유효기간 Valid until", view.valid_until),
                ("정비사 Mechanic", f"{view.mechanic_name} · {view.man_day} 공수"),
            ],
            ("고객 · 차량  Customer and car", "견적  Estimate"),
        ),
        Spacer(1, 5 * mm),
        grid(st, HEADER, rows, WIDTHS, numeric_from=2),
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                totals_block(
                    st,
                    [
                        ("공임 Labour", won(view.labour), ""),
                        ("부품 Parts", won(view.parts), ""),
                        ("공급가액 Subtotal", won(view.subtotal), ""),
                        ("부가세 VAT", won(view.vat), ""),
                        ("견적 금액 Total", won(view.total), "total"),
                    ],
                    label_w=90 * mm,
                )
            ]
        ),
        Spacer(1, 6 * mm),
        Paragraph(
            esc(
                f"이 견적은 {view.valid_until}까지 유효합니다. 부품 가격은 견적일 기준입니다. "
                f"This estimate is valid until {view.valid_until}; parts at the price of its date."
            ),
            st.para(8.5, color=MUTED),
        ),
        Paragraph(
            "정비는 고객의 동의를 받은 뒤에 시작하며, 추가정비도 동의를 받습니다. "
            "Work starts only with the customer's consent, additional work too.",
            st.para(8.5, color=MUTED),
        ),
        Spacer(1, 6 * mm),
        Paragraph(f"{esc(shop.name)}  (인)", st.para(10, bold=True, align=TA_RIGHT)),
    ]
    return build_pdf(story, head, f"Estimate {view.estimate_no}")
