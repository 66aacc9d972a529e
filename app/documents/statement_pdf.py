"""The repair statement (자동차 점검·정비 명세서, 자동차관리법 시행규칙 별지 제89호의2): A4, Korean, embedded font.

Pure rendering: a view and the shop in, bytes out (`invariant=1` through build_pdf, so a reprint is identical).
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
from app.documents.statement_terms import REREPAIR_NOTE, REREPAIR_TERMS
from app.estimates.statement import StatementView
from app.settings import ShopDetails

FORM = "자동차관리법 시행규칙 별지 제89호의2 서식"
CONSENT_WAYS = {"in_person": "방문 in person", "phone": "전화 phone", "message": "메시지 message"}
PART_HEADER = ["부품명 Part", "구분 Origin", "수량 Qty", "단가 Unit", "계 Amount"]
PART_WIDTHS = [78 * mm, 22 * mm, 18 * mm, 30 * mm, 30 * mm]
WORK_HEADER = ["정비 내용 Work done", "공임 Labour"]
WORK_WIDTHS = [148 * mm, 30 * mm]


def _km(value: int | None) -> str:
    return f"{value:,} km" if value is not None else "—"


def render_statement_pdf(view: StatementView, shop: ShopDetails, fonts: FontPair) -> bytes:
    st = Styles(*register_fonts(fonts))
    head = Letterhead(shop, "자동차 점검·정비 명세서", "Vehicle inspection and repair statement", view.invoice_no, st)
    story: list[Flowable] = [
        Paragraph(FORM, st.para(8, color=MUTED)),
        Spacer(1, 2 * mm),
        party_boxes(
            st,
            [
                ("자동차등록번호 Car no.", view.car_number),
                ("차명 Model", view.model or "—"),
                ("주행거리 Mileage", _km(view.mileage)),
                ("최초등록일 First registered", view.first_registered or "—"),
                ("의뢰일자 Requested", view.requested_on),
            ],
            [
                ("업체명 Shop", shop.name),
                ("대표자 Owner", shop.owner),
                ("사업자등록번호 Biz no.", shop.business_no),
                ("정비업 등록번호 Reg. no.", shop.repair_registration_no),
                ("주소 Address", shop.address),
                ("전화 Tel", shop.phone),
            ],
            ("차량  Vehicle", "정비업체  Repair shop"),
        ),
        Spacer(1, 3 * mm),
        party_boxes(
            st,
            [("완료일자 Completed", view.completed_on), ("출고일자 Released", view.released_on)],
            [("정비책임자 Mechanic", view.mechanic_name), ("청구번호 Invoice no.", view.invoice_no)],
            ("일자  Dates", "책임자  Responsible"),
        ),
        Spacer(1, 4 * mm),
        grid(st, WORK_HEADER, [[esc(w), won(a)] for w, a in view.work] or [["—", won(0)]], WORK_WIDTHS, 1),
        Spacer(1, 3 * mm),
        grid(
            st,
            PART_HEADER,
            [[esc(p.name), p.origin, f"{p.quantity:,}", won(p.unit_price), won(p.amount)] for p in view.parts]
            or [["—", "", "", "", won(0)]],
            PART_WIDTHS,
            2,
        ),
        Spacer(1, 1.5 * mm),
        Paragraph("구분: A 신품(순정) · B 재제조 · C 중고·재생 · D 인증 대체 · F 수입", st.para(7.5, color=MUTED)),
        Spacer(1, 3 * mm),
    ]
    rows = [
        ("부품 계 Parts", won(view.parts_total), ""),
        ("공임 Labour", won(view.labour), ""),
    ]
    if view.discounts:
        rows.append(("할인 Discount", won(view.discounts), ""))
    rows += [
        ("소계 Subtotal", won(view.subtotal), ""),
        ("부가세 VAT", won(view.vat), ""),
        ("총계 Total", won(view.total), "total"),
    ]
    story.append(KeepTogether([totals_block(st, rows, label_w=90 * mm)]))
    if view.consent is not None:
        how, at = view.consent
        stamp = at[:16].replace("T", " ")
        consent = f"추가정비 동의 Additional work consent: ■ 동의 agreed · {CONSENT_WAYS.get(how, how)} · {stamp}"
    else:
        consent = "추가정비 동의 Additional work consent: □ 해당 없음 none recorded"
    story += [Spacer(1, 3 * mm), Paragraph(esc(consent), st.para(9))]
    for description, amount, status, how, at in view.additional:
        answer = "■ 동의 approved" if status == "approved" else "□ 거절 declined"
        stamp = at[:16].replace("T", " ")
        line = f"추가정비 {description} {won(amount)}: {answer} · {CONSENT_WAYS.get(how, how)} · {stamp}"
        story.append(Paragraph(esc(line), st.para(9)))
    story += [Spacer(1, 3 * mm), Paragraph(esc(REREPAIR_NOTE), st.para(8))]
    story += [Paragraph(esc("· " + t.line()), st.para(8)) for t in REREPAIR_TERMS]
    story += [
        Spacer(1, 6 * mm),
        Paragraph(f"{esc(shop.name)}  대표자 {esc(shop.owner)}  (인)", st.para(10, bold=True, align=TA_RIGHT)),
    ]
    return build_pdf(story, head, f"Repair statement {view.invoice_no}")
