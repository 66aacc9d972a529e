"""The month's summary on one A4 page: sales, weeks, mechanics, the parts that make money, what is owed.

Built from the same reports as the screen and the command line, so its
figures are theirs. Long lists are cut to what fits on the page (the ten
busiest mechanics, the eight parts with the most margin); the export has them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy import Connection

from app.documents.fonts import FontPair
from app.documents.pdf_layout import (
    ACCENT,
    CONTENT_W,
    METHOD_LABELS,
    Letterhead,
    Styles,
    build_pdf,
    fit,
    grid,
    party_boxes,
    register_fonts,
    won,
)
from app.reports.mechanics import mechanics_report
from app.reports.parts import parts_report
from app.reports.receivables import receivables_at_end_of
from app.reports.sales import sales_report
from app.settings import ShopDetails
from domain.reports.periods import DayRange, this_month

MAX_MECHANICS = 10
MAX_PARTS = 8


@dataclass(frozen=True)
class MonthFigures:
    """Everything the page shows, read in one go."""

    days: DayRange
    sales: Any
    weeks: Any
    mechanics: list[dict[str, object]]
    parts: list[dict[str, object]]
    owed: list[dict[str, object]]


def month_figures(conn: Connection, month: date, today: date) -> MonthFigures:
    days = this_month(month)
    return MonthFigures(
        days,
        sales_report(conn, days).total,
        sales_report(conn, days, "week"),
        mechanics_report(conn, days, today).as_dicts(),
        parts_report(conn, days).as_dicts(),
        receivables_at_end_of(conn, min(days.last, today).isoformat()).by_age().as_dicts(),
    )


def _n(value: object) -> int:
    """A figure of a report row as whole won (or units)."""
    return int(value) if isinstance(value, int | float) else 0


def _f(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _section(st: Styles, title: str) -> list[Flowable]:
    return [Spacer(1, 4 * mm), Paragraph(title, st.para(10, bold=True, color=ACCENT, keep_with_next=True))]


def render_month_summary_pdf(figures: MonthFigures, shop: ShopDetails, fonts: FontPair) -> bytes:
    st = Styles(*register_fonts(fonts))
    t = figures.sales
    label = figures.days.first_day[:7]
    head = Letterhead(shop, "월간 실적 요약", "MONTH SUMMARY", label, st)
    story: list[Flowable] = [
        party_boxes(
            st,
            [
                ("기간 Period", f"{figures.days.first_day} – {figures.days.last_day}"),
                ("청구서 Invoices", f"{t.invoices:,}"),
                ("차량 Cars", f"{t.cars:,}"),
                ("평균 객단가 ARO", won(t.aro)),
            ],
            [
                ("공임 Labour", won(t.labour)),
                ("부품 Parts", won(t.parts)),
                ("할인 Discounts", won(-t.discounts)),
                ("순매출 Net sales", won(t.total)),
            ],
            ("매출 Sales", "구성 Mix"),
        ),
        *_section(st, "주별 매출 · 결제  Weeks and money"),
    ]
    rows: list[list[Any]] = [
        [w.period, f"{w.invoices:,}", f"{w.cars:,}", won(w.total), won(w.aro), won(w.cash + w.card + w.transfer)]
        for w in figures.weeks.rows
    ]
    rows.append(["합계 Total", f"{t.invoices:,}", f"{t.cars:,}", won(t.total), won(t.aro), won(t.net_money)])
    story.append(
        grid(
            st,
            ("주 Week", "청구서 Invoices", "차량 Cars", "순매출 Net sales", "객단가 ARO", "입금 Money in"),
            rows,
            (30 * mm, 24 * mm, 22 * mm, 36 * mm, 30 * mm, CONTENT_W - 142 * mm),
            numeric_from=1,
        )
    )
    money = "   ".join(f"{METHOD_LABELS[m]} {won(getattr(t, m))}" for m in ("cash", "card", "transfer"))
    story.append(Paragraph(f"{money}   환불 Refunds {won(-t.refunds)}   부가세 VAT {won(t.vat)}", st.para(8.5)))

    story += _section(st, "정비사별 가동률  Mechanics")
    *people, people_total = figures.mechanics
    people = sorted(people, key=lambda r: -_f(r["utilisation"]))[:MAX_MECHANICS]
    story.append(
        grid(
            st,
            ("정비사 Mechanic", "작업 Jobs", "판매 공수 Sold", "가용 공수 Available", "가동률 Use", "공임 Labour"),
            [
                [
                    fit(st, str(r["mechanic"]), 38 * mm),
                    f"{r['jobs']:,}",
                    f"{r['man_days_sold']:,}",
                    f"{r['man_days_available']:,}",
                    f"{r['utilisation']}%",
                    won(_n(r["labour"])),
                ]
                for r in [*people, people_total]
            ],
            (38 * mm, 22 * mm, 28 * mm, 32 * mm, 24 * mm, CONTENT_W - 144 * mm),
            numeric_from=1,
        )
    )

    story += _section(st, "마진 상위 부품  Parts that make money")
    *parts, _parts_total = figures.parts
    best = sorted((p for p in parts if _n(p["used"]) > 0), key=lambda p: -_n(p["margin"]))[:MAX_PARTS]
    story.append(
        grid(
            st,
            ("부품 Part", "사용 Used", "매출 Revenue", "마진 Margin", "마진율 %", "재고가치 Stock at cost"),
            [
                [
                    fit(st, f"{p['part_code']} {p['name']}", 50 * mm, 8),
                    f"{p['used']:,}",
                    won(_n(p["revenue"])),
                    won(_n(p["margin"])),
                    f"{p['margin_percent']}%",
                    won(_n(p["stock_value"])),
                ]
                for p in best
            ]
            or [["—", "", "", "", "", ""]],
            (50 * mm, 18 * mm, 30 * mm, 30 * mm, 20 * mm, CONTENT_W - 148 * mm),
            numeric_from=1,
        )
    )

    story += _section(st, "미수금 (경과일)  Still owed, by age in days")
    story.append(
        grid(
            st,
            ("경과 Age", "청구서 Invoices", "미수 Balance"),
            [[str(r["age"]), f"{r['invoices']:,}", won(_n(r["balance"]))] for r in figures.owed],
            (40 * mm, 40 * mm, 50 * mm),
            numeric_from=1,
        )
    )
    return build_pdf(story, head, f"Month summary {label}")
