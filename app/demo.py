"""A realistic demo shop: four mechanics, about thirty parts, forty receipts in every state.

Everything goes through `Shop.handle`, so the demo data is exactly what a real
day at the desk would leave behind, events and all.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app import schema as s
from app.shop import Shop
from domain.commands import (
    AddCannedJob,
    ApproveEstimate,
    CancelRepair,
    CreateUser,
    DeclineEstimate,
    DraftEstimate,
    FinishJob,
    ProposeAdditionalWork,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import DomainError


class DemoRefused(Exception):
    """The demo only fills an empty shop."""


MECHANICS = [("김민수", 40), ("이서준", 35), ("박지훈", 30), ("최영호", 12)]

#: The demo's users, one per role, with PINs documented in docs/admin.md and docs/manual.md (a demo
#: shop only: a real shop's first manager chooses their own). The mechanic user is 김민수, the first mechanic.
DEMO_USERS = [
    ("관리자", "manager", "7391"),
    ("접수", "desk", "4826"),
    ("김민수", "mechanic", "6152"),
    ("부품", "parts", "3947"),
]

PARTS = [
    ("OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 24, 6),
    ("OIL-0W20-4L", "엔진오일 0W-20 4L", 56_000, 12, 4),
    ("FLT-OIL-H01", "오일필터 (현대/기아)", 9_500, 40, 10),
    ("FLT-AIR-H01", "에어필터 (현대/기아)", 18_000, 15, 5),
    ("FLT-CAB-H01", "에어컨 필터", 22_000, 18, 5),
    ("BRK-PAD-F01", "브레이크 패드 (앞)", 65_000, 10, 4),
    ("BRK-PAD-R01", "브레이크 패드 (뒤)", 58_000, 8, 4),
    ("BRK-DSC-F01", "브레이크 디스크 (앞)", 120_000, 4, 2),
    ("BRK-FLD-1L", "브레이크 오일 DOT4 1L", 15_000, 20, 5),
    ("BAT-80AH", "배터리 80Ah", 145_000, 6, 2),
    ("BAT-100AH", "배터리 100Ah", 189_000, 3, 2),
    ("SPK-PLG-IR", "점화플러그 이리듐", 16_500, 32, 8),
    ("WPR-600", "와이퍼 블레이드 600mm", 14_000, 20, 6),
    ("WPR-450", "와이퍼 블레이드 450mm", 12_000, 20, 6),
    ("CLT-4L", "부동액 4L", 27_000, 10, 3),
    ("BLT-TMG-01", "타이밍 벨트 세트", 210_000, 2, 1),
    ("BLT-SRP-01", "서펜타인 벨트", 38_000, 7, 2),
    ("TIR-225-45", "타이어 225/45R17", 135_000, 16, 4),
    ("TIR-205-55", "타이어 205/55R16", 112_000, 12, 4),
    ("LMP-H7", "전조등 전구 H7", 11_000, 25, 6),
    ("LMP-LED-T10", "LED 실내등 T10", 4_500, 50, 10),
    ("SHK-F-01", "쇼크업소버 (앞)", 165_000, 4, 2),
    ("SHK-R-01", "쇼크업소버 (뒤)", 142_000, 4, 2),
    ("ALT-90A", "발전기 90A (재생)", 280_000, 1, 1),
    ("STR-12V", "스타터 모터 (재생)", 240_000, 0, 1),
    ("WTP-01", "워터펌프", 98_000, 3, 1),
    ("THM-01", "서모스탯", 34_000, 5, 2),
    ("ACG-R134", "에어컨 가스 R-134a", 45_000, 9, 3),
    ("TRN-ATF-1L", "미션오일 ATF 1L", 13_000, 30, 8),
    ("GSK-VLV-01", "밸브커버 가스켓", 29_000, 0, 2),
]

CUSTOMERS = [
    ("홍길동", "010-1234-5678"),
    ("김영희", "010-2345-6789"),
    ("이철수", "010-3456-7890"),
    ("박민지", "010-4567-8901"),
    ("정우성", "010-5678-9012"),
    ("한지민", "010-6789-0123"),
    ("오세훈", "010-7890-1234"),
    ("윤아름", "010-8901-2345"),
    ("장동건", "010-9012-3456"),
    ("송하늘", "010-1122-3344"),
    ("임도윤", "010-2233-4455"),
    ("강서연", "010-3344-5566"),
    ("조민호", "010-4455-6677"),
    ("신예은", "010-5566-7788"),
    ("배수진", "010-6677-8899"),
]
HANGUL = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
REPAIRS = [
    ("엔진오일 교환", 1, 30_000),
    ("브레이크 점검 및 패드 교체", 1, 60_000),
    ("배터리 교체", 1, 20_000),
    ("타이어 교체 및 휠 얼라인먼트", 1, 80_000),
    ("에어컨 가스 충전", 1, 40_000),
    ("타이밍 벨트 교체", 3, 350_000),
    ("하체 소음 점검", 2, 120_000),
    ("냉각수 누수 수리", 2, 150_000),
    ("정기 점검 (6개월)", 1, 50_000),
    ("발전기 교체", 2, 180_000),
]


def _car_number(rng: random.Random) -> str:
    return f"{rng.randint(10, 399)}{rng.choice(HANGUL)}{rng.randint(1000, 9999)}"


def fill_demo(shop: Shop, receipts: int = 40, seed: int = 7) -> str:
    """Fill an empty shop; refuses a shop that already has mechanics or receipts."""
    with shop.db.read.connect() as conn:
        existing = conn.execute(select(func.count()).select_from(s.mechanic)).scalar_one()
        existing += conn.execute(select(func.count()).select_from(s.receipt)).scalar_one()
        existing += conn.execute(select(func.count()).select_from(s.shop_user)).scalar_one()
    if existing:
        raise DemoRefused("This shop already has data; the demo only fills an empty database.")
    with _the_day_so_far(shop, receipts) as receipt_at:
        summary = _fill(shop, receipts, random.Random(seed), receipt_at)
    _add_users(shop, summary[1])
    return summary[0]


@contextlib.contextmanager
def _the_day_so_far(shop: Shop, receipts: int) -> Iterator[Callable[[int], None]]:
    """Stamp the demo's receipts over the day so far (from 08:30), not all in the same minute.

    Yields `receipt_at(n)`: the n-th receipt's commands happen in its slot of the day (each
    unit of work reads the shop's clock once; it moves a little at each read, in order).
    """
    real: Callable[[], datetime] = shop.clock
    now = real()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    end = now - timedelta(minutes=1)
    start = max(midnight, min(now.replace(hour=8, minute=30, second=0, microsecond=0), end - timedelta(hours=2)))
    slot = max(end - start, timedelta(0)) / (receipts + 1)
    moment = [start, start + slot]  # now, and where this slot ends

    def clock() -> datetime:
        moment[0] = min(moment[0] + slot / 12, moment[1])
        return moment[0]

    def receipt_at(n: int) -> None:
        moment[0], moment[1] = start + slot * (n + 1), min(start + slot * (n + 2), end)

    shop.clock = clock
    try:
        yield receipt_at
    finally:
        shop.clock = real


def _fill(shop: Shop, receipts: int, rng: random.Random, receipt_at: Callable[[int], None]) -> tuple[str, int]:
    mechanic_ids = [shop.handle(RegisterMechanic(name, days), actor="demo") for name, days in MECHANICS]
    part_ids = [
        shop.handle(RegisterPart(code, name, price, stock, low), actor="demo")
        for code, name, price, stock, low in PARTS
    ]
    cars = [(_car_number(rng), *rng.choice(CUSTOMERS)) for _ in range(28)]
    outcomes = {"finished": 0, "paid": 0, "started": 0, "created": 0, "cancelled": 0, "rejected": 0}
    for n in range(receipts):
        receipt_at(n)
        car_number, customer, phone = rng.choice(cars)
        title, days, fare = rng.choice(REPAIRS)
        mechanic_id = rng.choice(mechanic_ids)
        if n % 13 == 5:
            mechanic_id, days = mechanic_ids[-1], 9  # the junior is nearly booked out: rejected
        receipt_id = shop.handle(
            RequestRepair(
                customer,
                car_number,
                mechanic_id,
                days,
                fare,
                customer_phone=phone,
                car_id=f"KMH{rng.randint(10**13, 10**14 - 1)}",
                term=title,
                request_note=rng.choice(["", "소음이 심함", "경고등 점등", "고객 대기", "오후 5시 픽업"]),
            ),
            actor="reception",
        )
        row = next(r for r in shop.status_board() if r.receipt_id == receipt_id)
        if row.job_status == "rejected" or row.job_id is None:
            outcomes["rejected"] += 1
            continue
        fate = rng.random()
        if fate < 0.1:
            shop.handle(CancelRepair(receipt_id, "고객 요청으로 취소"), actor="reception")
            outcomes["cancelled"] += 1
            continue
        if fate < 0.25:
            outcomes["created"] += 1
            continue
        shop.handle(StartJob(row.job_id), actor="mechanic")
        for _ in range(rng.randint(1, 3)):
            with contextlib.suppress(DomainError):
                shop.handle(RequestPart(row.job_id, rng.choice(part_ids), rng.randint(1, 4)), actor="mechanic")
        if fate < 0.4:
            outcomes["started"] += 1
            continue
        shop.handle(FinishJob(row.job_id), actor="mechanic")
        outcomes["finished"] += 1
        invoice = shop.invoice(next(r for r in shop.status_board() if r.receipt_id == receipt_id).invoice_no or "")
        if fate < 0.85:
            if rng.random() < 0.3 and invoice.total > 10_000:
                half = invoice.total // 2
                shop.handle(RecordPayment(invoice.invoice_no, half, "cash"), actor="cashier")
                shop.handle(RecordPayment(invoice.invoice_no, invoice.total - half, "card"), actor="cashier")
            elif invoice.total > 0:
                method = rng.choice(["card", "card", "cash", "transfer"])
                shop.handle(RecordPayment(invoice.invoice_no, invoice.total, method), actor="cashier")
            outcomes["paid"] += 1
        elif fate > 0.97:
            shop.handle(VoidInvoice(invoice.invoice_no, "금액 오류로 재발행 예정"), actor="cashier")
    estimates = _add_estimates(shop, mechanic_ids, part_ids, cars)
    return (
        f"Demo shop ready: {len(MECHANICS)} mechanics, {len(PARTS)} parts, {receipts} receipts "
        f"({outcomes['finished']} finished of which {outcomes['paid']} paid, {outcomes['started']} in work, "
        f"{outcomes['created']} waiting, {outcomes['cancelled']} cancelled, {outcomes['rejected']} rejected), "
        f"{estimates}. "
        f"Users: {', '.join(f'{name} ({role}, PIN {pin})' for name, role, pin in DEMO_USERS)}.",
        mechanic_ids[0],
    )


#: The demo's menu of standard jobs (정비 메뉴): name, labour, man-days, parts by code with quantities.
CANNED_JOBS = [
    ("엔진오일 세트 교환", 30_000, 1, (("OIL-5W30-4L", 1), ("FLT-OIL-H01", 1))),
    ("앞 브레이크 패드 교환", 50_000, 1, (("BRK-PAD-F01", 1), ("BRK-FLD-1L", 1))),
    ("타이밍 벨트 세트 교환", 320_000, 3, (("BLT-TMG-01", 1), ("WTP-01", 1))),
]


def _add_estimates(shop: Shop, mechanic_ids: list[int], part_ids: list[int], cars: list[tuple[str, str, str]]) -> str:
    """The menu, three estimates (open, approved, declined: a recommendation) and additional work waiting."""
    by_code = {code: part_id for (code, *_rest), part_id in zip(PARTS, part_ids, strict=True)}
    menu = [
        shop.handle(AddCannedJob(name, labour, days, tuple((by_code[c], q) for c, q in parts)), actor="demo")
        for name, labour, days, parts in CANNED_JOBS
    ]
    car_a, car_b, car_c = cars[:3]
    _draft_estimate(shop, car_a, mechanic_ids[1], 0, "엔진오일 교환", menu[0], 61_250)
    approved = _draft_estimate(shop, car_b, mechanic_ids[0], 20_000, "브레이크 점검", menu[1], 84_100)
    declined = _draft_estimate(shop, car_c, mechanic_ids[2], 0, "타이밍 벨트", menu[2], 118_400)
    shop.handle(DeclineEstimate(declined, "다음 정기점검 때"), actor="reception")
    receipt_id = shop.handle(ApproveEstimate(approved, "phone"), actor="reception")
    row = next(r for r in shop.status_board() if r.receipt_id == receipt_id)
    proposals = 0
    if row.job_id is not None and row.job_status == "created":
        shop.handle(StartJob(row.job_id), actor="mechanic")
        with contextlib.suppress(DomainError):
            shop.handle(ProposeAdditionalWork(row.job_id, "뒤 브레이크 디스크 연마", 40_000), actor="mechanic")
            proposals = 1
    return f"{len(menu)} menu jobs, 3 estimates, {proposals} additional work waiting for consent"


def _draft_estimate(
    shop: Shop, car: tuple[str, str, str], mechanic_id: int, fare: int, term: str, menu_job: int, mileage: int
) -> str:
    """Reception drafts a one-man-day estimate from one menu job for this car (number, customer, phone); its number."""
    car_number, name, phone = car
    estimate_no: str = shop.handle(
        DraftEstimate(
            name,
            car_number,
            mechanic_id,
            1,
            fare,
            customer_phone=phone,
            term=term,
            canned_jobs=(menu_job,),
            mileage=mileage,
        ),
        actor="reception",
    )
    return estimate_no


def _add_users(shop: Shop, mechanic_id: int) -> None:
    """One user per role, the manager first; the manager stays signed in on `shop` (a demo window works at once)."""
    (manager, _, manager_pin), *others = DEMO_USERS
    shop.handle(CreateUser(manager, "manager", manager_pin), actor="demo")
    shop.login(manager, manager_pin)
    for name, role, pin in others:
        shop.handle(CreateUser(name, role, pin, mechanic_id=mechanic_id if role == "mechanic" else None))
