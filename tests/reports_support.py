"""A month at the desk, through the bus: invoices with labour, parts and discounts, split payments,
part payments left owed, voids with refunds, money taken and invoices corrected after a close; every day closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.bootstrap import Shop
from app.queries import invoice_no_for_job
from domain.commands import (
    AddDiscount,
    AddLabour,
    CloseDay,
    CorrectInvoice,
    FinishJob,
    IncreaseStock,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    TakePayment,
    VoidInvoice,
)
from tests.builders import FakeClock

FIRST_DAY = date(2026, 11, 2)  # a Monday


@dataclass
class Month:
    days: list[str] = field(default_factory=list)  # the business days closed, in order
    invoices: list[str] = field(default_factory=list)
    mechanics: list[int] = field(default_factory=list)
    parts: list[int] = field(default_factory=list)
    slow_part: int = 0
    late_job: int = 0


def sell(shop: Shop, month: Month, n: int) -> tuple[str, int]:
    """One finished job's invoice: a fare, sometimes extra labour, parts and a discount. (invoice no, job id)"""
    mechanic_id = month.mechanics[n % len(month.mechanics)]
    receipt_id = shop.handle(
        RequestRepair(
            f"고객{n:03d}", f"{10 + n % 7}가{1000 + n % 11}", mechanic_id, 1 + n % 2, 50_000 + 7_919 * (n % 13)
        )
    )
    job_id = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt_id)
    assert job_id is not None
    shop.handle(StartJob(job_id))
    if n % 3 == 0:
        shop.handle(AddLabour(job_id, "휠 얼라인먼트", 33_000))
    for k in range(n % 3):
        shop.handle(RequestPart(job_id, month.parts[(n + k) % len(month.parts)], 1 + k))
    if n % 4 == 1:
        shop.handle(AddDiscount(job_id, "단골 할인", percent="10"))
    elif n % 5 == 2:
        shop.handle(AddDiscount(job_id, "쿠폰", amount=5_000))
    shop.handle(FinishJob(job_id))
    no = shop.query(invoice_no_for_job, job_id)
    assert no
    month.invoices.append(str(no))
    return str(no), job_id


def a_month_at_the_desk(shop: Shop, clock: FakeClock, weeks: int = 4) -> Month:
    """Monday to Saturday for `weeks` weeks, from FIRST_DAY; each day closed at 18:00."""
    clock.set(f"{FIRST_DAY.isoformat()}T08:00:00")
    month = Month()
    month.mechanics = [shop.handle(RegisterMechanic(name, 400)) for name in ("김민수", "이영호", "박지훈")]
    month.parts = [
        shop.handle(RegisterPart(code, name, price, stock=500, low_stock=low))
        for code, name, price, low in (
            ("EO-5W30", "엔진오일 5W-30", 45_000, 10),
            ("BP-F01", "브레이크 패드", 88_000, 5),
            ("FL-A10", "에어필터", 19_800, 3),
        )
    ]
    # deliveries with their cost: 500 on the shelf at no known cost take the first cost, then the average moves
    shop.handle(IncreaseStock(month.parts[0], 100, unit_cost=30_000))
    shop.handle(IncreaseStock(month.parts[0], 400, unit_cost=25_000))  # (600*30,000 + 400*25,000) / 1,000
    shop.handle(IncreaseStock(month.parts[1], 10, unit_cost=60_000))
    month.slow_part = shop.handle(RegisterPart("WB-SLOW", "와이퍼 블레이드", 15_000, stock=2, low_stock=5))
    # a job promised for the first days and never finished: overdue by the month's end
    late = shop.handle(RequestRepair("늦은고객", "99가9999", month.mechanics[0], 2, 80_000))
    month.late_job = next(r.job_id for r in shop.status_board() if r.receipt_id == late) or 0
    shop.handle(StartJob(month.late_job))
    n = 0
    owed: str | None = None
    carried = False
    for offset in range(weeks * 7):
        day = FIRST_DAY + timedelta(days=offset)
        if day.weekday() == 6:  # closed on Sundays; money taken after Saturday's close is Sunday's
            if carried:
                clock.set(f"{day.isoformat()}T18:00:00")
                shop.handle(CloseDay())
                month.days.append(day.isoformat())
            carried = False
            continue
        carried = False
        clock.set(f"{day.isoformat()}T09:00:00")
        if owed is not None and _status(shop, owed) == "issued":  # yesterday's customer pays the rest
            shop.handle(TakePayment(owed, (("transfer", _balance(shop, owed)),)))
        owed = None
        for _ in range(2 + offset % 3):
            no, _job = sell(shop, month, n)
            total = _total(shop, no)
            if n % 6 == 5:
                owed = no  # half now, the rest tomorrow
                shop.handle(TakePayment(no, (("card", total // 2),)))
            elif n % 9 == 4:
                pass  # nothing paid: a receivable that stays open
            elif n % 2 == 0:
                shop.handle(TakePayment(no, (("cash", 20_000), ("card", total - 20_000)), cash_tendered=50_000))
            else:
                shop.handle(TakePayment(no, (("card", total),)))
            n += 1
        if offset % 5 == 3:  # a paid invoice cancelled and its money given back
            victim = month.invoices[-1]
            paid = _paid(shop, victim)
            if _status(shop, victim) == "issued":
                shop.handle(VoidInvoice(victim, "중복 발행"))
                if paid:
                    shop.handle(RecordRefund(victim, paid, "card"))
        clock.set(f"{day.isoformat()}T18:00:00")
        shop.handle(CloseDay())
        month.days.append(day.isoformat())
        if offset % 4 == 1:  # after the close: money and a sale that belong to the next day
            clock.set(f"{day.isoformat()}T19:00:00")
            no, _job = sell(shop, month, n)
            shop.handle(TakePayment(no, (("cash", _total(shop, no)),), cash_tendered=_total(shop, no)))
            n += 1
            carried = True
            if offset % 8 == 1:  # a closed day's paid invoice corrected (재발행): the next day's documents
                fixed = month.invoices[-2]
                if _status(shop, fixed) == "issued" and _paid(shop, fixed):
                    new = shop.handle(CorrectInvoice(fixed, "공임 정정", labour=(("공임 정정", 40_000),)))
                    month.invoices.append(str(new))
    return month


def _invoice(shop: Shop, no: str) -> object:
    from app.queries import invoice_view

    return shop.query(invoice_view, no)


def _total(shop: Shop, no: str) -> int:
    return int(_invoice(shop, no).total)  # type: ignore[attr-defined]


def _paid(shop: Shop, no: str) -> int:
    return int(_invoice(shop, no).paid)  # type: ignore[attr-defined]


def _balance(shop: Shop, no: str) -> int:
    return _total(shop, no) - _paid(shop, no)


def _status(shop: Shop, no: str) -> str:
    return str(_invoice(shop, no).status)  # type: ignore[attr-defined]
