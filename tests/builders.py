"""One place for test data: the shops, invoices, jobs and clocks the tests build.

- `FakeClock`: the shop's local time (KST), moved by hand.
- `small_shop`: two mechanics and two parts with exact figures (the screen tests).
- `busy_shop`: mechanics, parts and receipts in every state (the core's integration tests).
- `make_invoice`: receipt → job → parts → finish, the invoice number back.
- `through_the_bay`: one repair request, on a mechanic and parts the shop has, to its invoice.
- `started_jobs`: so many started jobs, ready to finish.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.bootstrap import Shop
from app.queries import invoice_no_for_job
from domain.commands import (
    CancelRepair,
    FinishJob,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from tests.integration.core_helpers import job_of, row

KST = timezone(timedelta(hours=9))


# -- time -----------------------------------------------------------------------------
class FakeClock:
    """A clock the test moves by hand (business days, closes, lockouts)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 24, 9, 0, 0, tzinfo=KST)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, text: str) -> None:
        self.now = datetime.fromisoformat(text).replace(tzinfo=KST)


# -- a small, known shop (the screen tests need exact figures; the demo data is random) ---
@dataclass(frozen=True)
class SmallShop:
    kim: int  # 10 man-days
    choi: int  # 1 man-day
    brake_pads: int  # BRK-PAD-F01, ₩65,000, 5 in stock, reorder at 2
    oil: int  # OIL-5W30-4L, ₩48,000, none in stock


def small_shop(shop: Shop) -> SmallShop:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    choi = shop.handle(RegisterMechanic("최영호", 1))
    pads = shop.handle(RegisterPart("BRK-PAD-F01", "브레이크 패드 (앞)", 65_000, 5, 2))
    oil = shop.handle(RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 0, 3))
    return SmallShop(kim, choi, pads, oil)


# -- invoices and jobs ------------------------------------------------------------------
def make_invoice(
    shop: Shop,
    *,
    fare: int = 120_000,
    parts: Sequence[tuple[str, str, int, int]] = (),
    customer: str = "홍길동",
    car_number: str = "12가3456",
    car_id: str = "KMHD141GPMU123456",
    phone: str = "010-1234-5678",
    mechanic: str = "김민수",
    term: str = "",
    note: str = "",
) -> str:
    """Receipt → job → parts → finish; returns the invoice number. Parts: (code, name, price, qty)."""
    mechanic_id = shop.handle(RegisterMechanic(mechanic, 30))
    request = RequestRepair(
        customer,
        car_number,
        mechanic_id,
        1,
        fare,
        car_id=car_id,
        customer_phone=phone,
        term=term,
        request_note=note,
    )
    # A generator: each part is registered (if new) as its request comes, after the start, as ever.
    return through_the_bay(
        shop, request, ((_part_id(shop, code, name, price, qty), qty) for code, name, price, qty in parts)
    )


def through_the_bay(shop: Shop, request: RequestRepair, parts: Iterable[tuple[int, int]] = ()) -> str:
    """Request → start → parts → finish; returns the invoice number. Parts: (part id, qty), already registered."""
    receipt_id = shop.handle(request)
    job_id = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt_id)
    assert job_id is not None
    shop.handle(StartJob(job_id))
    for part_id, qty in parts:
        shop.handle(RequestPart(job_id, part_id, qty))
    shop.handle(FinishJob(job_id))
    invoice_no = shop.query(invoice_no_for_job, job_id)
    assert invoice_no
    return str(invoice_no)


def _part_id(shop: Shop, code: str, name: str, price: int, qty: int) -> int:
    from app.queries import parts

    known = [p.id for p in shop.query(parts, code) if p.part_code == code]
    if not known:
        return int(shop.handle(RegisterPart(code, name, price, stock=max(qty, 1) * 10)))
    return known[0]


def started_jobs(shop: Shop, count: int, fare: int = 10_000) -> list[int]:
    """`count` accepted receipts whose jobs are started and ready to finish."""
    mechanic_id = shop.handle(RegisterMechanic("박지훈", count + 10))
    jobs = []
    for n in range(count):
        receipt_id = shop.handle(RequestRepair(f"고객{n:03d}", f"{10 + n % 89}가{1000 + n}", mechanic_id, 1, fare + n))
        job_id = next(r.job_id for r in shop.status_board() if r.receipt_id == receipt_id)
        assert job_id is not None
        shop.handle(StartJob(job_id))
        jobs.append(job_id)
    return jobs


# -- a shop with something in every state -------------------------------------------------
@dataclass
class Busy:
    """A shop with something in every state (see `busy_shop`)."""

    decoys: list[int]
    kim: int
    lee: int
    tiny: int
    oil: int
    bulb: int
    gasket: int
    created: int  # receipt ids, by what became of them
    started: int
    finished: int
    paid: int
    voided: int
    rejected: int
    cancelled: int
    invoice_finished: str
    invoice_paid: str
    invoice_voided: str
    created_job: int
    started_job: int
    finished_job: int
    cancelled_job: int


def busy_shop(shop: Shop) -> Busy:
    """Mechanics, parts and receipts in every state; ids of mechanics and receipts differ on purpose."""
    decoys = [shop.handle(RegisterMechanic(f"예비 {n}", 0)) for n in range(3)]
    kim = shop.handle(RegisterMechanic("김민수", 40))
    lee = shop.handle(RegisterMechanic("이서준", 30))
    tiny = shop.handle(RegisterMechanic("최영호", 1))
    oil = shop.handle(RegisterPart("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 10, 2))
    bulb = shop.handle(RegisterPart("LMP-H7", "전조등 전구 H7", 11_000, 20))
    gasket = shop.handle(RegisterPart("GSK-VLV-01", "밸브커버 가스켓", 29_000, 0))

    def request(name: str, mechanic: int, days: int = 1, fare: int = 50_000) -> int:
        rid: int = shop.handle(RequestRepair(name, "12가3456", mechanic, days, fare, car_id="KMH0001"))
        return rid

    created = request("홍길동", kim)
    started = request("김영희", lee, 2)
    shop.handle(StartJob(job_of(shop, started)))
    shop.handle(RequestPart(job_of(shop, started), oil, 1))
    finished = request("이철수", kim, 1, 100_005)
    shop.handle(StartJob(job_of(shop, finished)))
    shop.handle(RequestPart(job_of(shop, finished), oil, 2))
    shop.handle(RequestPart(job_of(shop, finished), bulb, 4))
    shop.handle(RequestPart(job_of(shop, finished), gasket, 1))
    shop.handle(FinishJob(job_of(shop, finished)))
    paid = request("박민지", lee, 1, 30_000)
    shop.handle(StartJob(job_of(shop, paid)))
    shop.handle(FinishJob(job_of(shop, paid)))
    invoice_paid = row(shop, paid).invoice_no or ""
    shop.handle(RecordPayment(invoice_paid, 33_000, "card"))
    voided = request("정우성", kim, 1, 20_000)
    shop.handle(StartJob(job_of(shop, voided)))
    shop.handle(FinishJob(job_of(shop, voided)))
    invoice_voided = row(shop, voided).invoice_no or ""
    shop.handle(RecordPayment(invoice_voided, 1_000, "cash"))
    shop.handle(VoidInvoice(invoice_voided, "금액 오류"))
    rejected = request("한지민", tiny, 2)
    cancelled = request("오세훈", kim, 3)
    shop.handle(CancelRepair(cancelled, "고객 요청"))
    return Busy(
        decoys,
        kim,
        lee,
        tiny,
        oil,
        bulb,
        gasket,
        created,
        started,
        finished,
        paid,
        voided,
        rejected,
        cancelled,
        row(shop, finished).invoice_no or "",
        invoice_paid,
        invoice_voided,
        job_of(shop, created),
        job_of(shop, started),
        job_of(shop, finished),
        job_of(shop, cancelled),
    )
