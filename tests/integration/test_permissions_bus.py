"""Permissions in the message bus, on a real database: every command the shop handles, by every role.

The table itself (app.permissions) is tested in tests/unit/test_permissions.py;
here each command goes through `shop.handle` on a terminal where a user of that
role is signed in: allowed ones run, denied ones raise PermissionDenied with a
sentence that says who may, and write nothing at all. Mechanics act on their
own jobs only. A shop without users acts as its owner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.bootstrap import Shop, bootstrap
from app.contexts import CONTEXTS
from domain import commands as c
from domain.errors import NotSignedIn, PermissionDenied
from tests.integration.core_helpers import diff, snapshot, wait_for_documents

ROLES = ("manager", "desk", "mechanic", "parts")
PINS = {"manager": "5937", "desk": "7305", "mechanic": "6142", "parts": "8261"}
NAMES = {"manager": "최관리", "desk": "박지영", "mechanic": "김민수", "parts": "정부품"}


@dataclass
class Staff:
    """The shop set up by its manager, and one terminal signed in for the role under test."""

    office: Shop  # the manager's terminal, for setting things up
    terminal: Shop  # where the role under test is signed in
    kim: int  # the mechanic user's own mechanic
    lee: int  # another mechanic
    part: int
    user_ids: dict[str, int]
    counter: int = 0

    def unique(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def receipt(self, mechanic: int | None = None) -> int:
        car = f"{self.counter + 10}가{1000 + self.counter}"
        self.counter += 1
        return int(self.office.handle(c.RequestRepair("홍길동", car, mechanic or self.kim, 1, 50_000)))

    def job(self, mechanic: int | None = None, *, started: bool = False) -> int:
        rid = self.receipt(mechanic)
        row = next(r for r in self.office.status_board() if r.receipt_id == rid)
        assert row.job_id is not None
        if started:
            self.office.handle(c.StartJob(row.job_id))
        return int(row.job_id)

    def labour_line(self) -> int:
        """A labour line the manager added to a started job's bill."""
        return int(self.office.handle(c.AddLabour(self.job(started=True), "세차", 10_000)))

    def customer(self) -> int:
        return int(self.office.handle(c.RegisterCustomer(self.unique("손님"))))

    def vehicle(self) -> int:
        return int(self.office.handle(c.RegisterVehicle(self.unique("66거"))))

    def provided(self, mechanic: int | None = None) -> int:
        """A part provided to a started job: the part request's id (for ReturnPart)."""
        return int(self.office.handle(c.RequestPart(self.job(mechanic, started=True), self.part, 1)))

    def invoice(self, paid: bool = False, voided: bool = False) -> str:
        job = self.job(started=True)
        self.office.handle(c.FinishJob(job))
        row = next(r for r in self.office.status_board() if r.job_id == job)
        assert row.invoice_no
        if paid:
            self.office.handle(c.RecordPayment(row.invoice_no, int(row.total_price), "cash"))
        if voided:
            self.office.handle(c.VoidInvoice(row.invoice_no, "다시 발행"))
        return str(row.invoice_no)


#: Command -> (how to make one, the roles that may give it). "mechanic" here means on their own job.
Case = tuple[Callable[[Staff, str], c.Command], frozenset[str]]
ALL, MANAGER = frozenset(ROLES), frozenset({"manager"})
DESK = frozenset({"manager", "desk"})
CASES: dict[str, Case] = {
    "RequestRepair": (
        lambda s, r: c.RequestRepair("이영희", s.unique("34나"), s.kim, 1, 30_000),
        frozenset({"manager", "desk"}),
    ),
    "CancelRepair": (lambda s, r: c.CancelRepair(s.receipt()), frozenset({"manager", "desk"})),
    "RecordPayment": (lambda s, r: c.RecordPayment(s.invoice(), 1_000, "card"), frozenset({"manager", "desk"})),
    "VoidInvoice": (lambda s, r: c.VoidInvoice(s.invoice(), "잘못 발행"), MANAGER),
    # 재발행: a credit note and a new invoice in one step, the manager's like a void
    # (before CloseDay below: a credit note goes into today's till, as a void's).
    "CorrectInvoice": (lambda s, r: c.CorrectInvoice(s.invoice(), "공임 정정", labour=(("공임", 40_000),)), MANAGER),
    "RecordRefund": (lambda s, r: c.RecordRefund(s.invoice(paid=True, voided=True), 1_000, "cash"), MANAGER),
    "CloseDay": (lambda s, r: c.CloseDay(), MANAGER),
    "RegisterMechanic": (lambda s, r: c.RegisterMechanic(s.unique("정비사"), 5), MANAGER),
    "ChangeManDay": (lambda s, r: c.ChangeManDay(s.lee, 25), MANAGER),
    "StartJob": (lambda s, r: c.StartJob(s.job()), frozenset({"manager", "mechanic"})),
    "RequestPart": (lambda s, r: c.RequestPart(s.job(started=True), s.part, 1), frozenset({"manager", "mechanic"})),
    "FinishJob": (lambda s, r: c.FinishJob(s.job(started=True)), frozenset({"manager", "mechanic"})),
    "ReturnPart": (lambda s, r: c.ReturnPart(s.provided()), frozenset({"manager", "mechanic"})),
    "RegisterPart": (lambda s, r: c.RegisterPart(s.unique("FLT-"), "오일필터", 9_000), frozenset({"manager", "parts"})),
    "IncreaseStock": (lambda s, r: c.IncreaseStock(s.part, 2), frozenset({"manager", "parts"})),
    "DecreaseStock": (lambda s, r: c.DecreaseStock(s.part, 1, "파손"), frozenset({"manager", "parts"})),
    "ChangePartPrice": (lambda s, r: c.ChangePartPrice(s.part, 51_000), MANAGER),
    "CreateUser": (lambda s, r: c.CreateUser(s.unique("직원"), "desk", "3917"), MANAGER),
    # One's own PIN: every role; someone else's is a manager's reset.
    "ChangePin": (lambda s, r: c.ChangePin(s.user_ids[r], "2749", old_pin=PINS[r]), ALL),
    "DisableUser": (
        lambda s, r: c.DisableUser(s.office.handle(c.CreateUser(s.unique("임시"), "desk", "3917"))),
        MANAGER,
    ),
    "UpdateShopDetails": (lambda s, r: c.UpdateShopDetails(s.unique("한빛정비")), MANAGER),
    # Working days, days off and closures, and moving a job: the manager's (capacity).
    "SetWorkingWeekdays": (lambda s, r: c.SetWorkingWeekdays(s.lee, "1111100"), MANAGER),
    "AddDayOff": (lambda s, r: c.AddDayOff(s.lee, "2030-03-04"), MANAGER),
    "RemoveDayOff": (lambda s, r: c.RemoveDayOff(s.lee, "2030-03-04"), MANAGER),
    "AddShopClosure": (lambda s, r: c.AddShopClosure("2030-05-01", note="근로자의 날"), MANAGER),
    "RemoveShopClosure": (
        lambda s, r: c.RemoveShopClosure(s.office.handle(c.AddShopClosure("2030-06-06", note="현충일"))),
        MANAGER,
    ),
    "ReassignJob": (lambda s, r: c.ReassignJob(s.job(), s.lee), MANAGER),
    # The bill's lines: labour from the bay (own job) or the office; discounts over the shop's
    # limit (none set here, so every one) and taking a line off are the manager's.
    "AddLabour": (
        lambda s, r: c.AddLabour(s.job(started=True), "휠 얼라인먼트", 30_000),
        frozenset({"manager", "mechanic"}),
    ),
    "AddDiscount": (lambda s, r: c.AddDiscount(s.job(started=True), "단골 할인", amount=5_000), MANAGER),
    "RemoveLine": (lambda s, r: c.RemoveLine(s.labour_line()), MANAGER),
    # Money and the tax office's papers at the till: the desk.
    "TakePayment": (
        lambda s, r: c.TakePayment(s.invoice(), (("card", 20_000), ("cash", 10_000))),
        frozenset({"manager", "desk"}),
    ),
    "RecordCashReceipt": (
        lambda s, r: c.RecordCashReceipt(s.invoice(paid=True), "1234-5678-90"),
        frozenset({"manager", "desk"}),
    ),
    "RequestTaxInvoice": (
        lambda s, r: c.RequestTaxInvoice(s.invoice(), "124-81-00998", "주식회사 새봄"),
        frozenset({"manager", "desk"}),
    ),
    # customers and vehicles (고객·차량): the desk keeps the register; merging and erasing are the manager's.
    "RegisterCustomer": (lambda s, r: c.RegisterCustomer(s.unique("고객"), "010-2345-6789"), DESK),
    "RegisterVehicle": (lambda s, r: c.RegisterVehicle(s.unique("77하")), DESK),
    "UpdateCustomer": (lambda s, r: c.UpdateCustomer(s.customer(), note="단골"), DESK),
    "UpdateVehicle": (lambda s, r: c.UpdateVehicle(s.vehicle(), model="쏘나타"), DESK),
    "RecordConsent": (lambda s, r: c.RecordConsent(s.customer(), True), DESK),
    "RecordMileage": (lambda s, r: c.RecordMileage(s.vehicle(), 12_000), DESK),
    "ChangeVehicleOwner": (lambda s, r: c.ChangeVehicleOwner(s.vehicle(), s.customer()), DESK),
    "ChangeCarNumber": (lambda s, r: c.ChangeCarNumber(s.vehicle(), s.unique("88허")), DESK),
    "MergeCustomers": (lambda s, r: c.MergeCustomers(s.customer(), s.customer()), MANAGER),
    "MergeVehicles": (lambda s, r: c.MergeVehicles(s.vehicle(), s.vehicle()), MANAGER),
    "EraseCustomer": (lambda s, r: c.EraseCustomer(s.customer()), MANAGER),
    # estimates (견적): the desk's, like requests
    "RecordAdditionalWorkConsent": (
        lambda s, r: c.RecordAdditionalWorkConsent(
            s.office.handle(c.ProposeAdditionalWork(s.job(started=True), "추가", 1_000)), True, "phone"
        ),
        frozenset({"manager", "desk"}),
    ),
    "ProposeAdditionalWork": (
        lambda s, r: c.ProposeAdditionalWork(s.job(started=True), "추가", 1_000),
        frozenset({"manager", "mechanic"}),
    ),
    "AddCannedJob": (lambda s, r: c.AddCannedJob(s.unique("메뉴"), 10_000, 1, ((s.part, 1),)), MANAGER),
    "UpdateCannedJob": (
        lambda s, r: c.UpdateCannedJob(
            s.office.handle(c.AddCannedJob(s.unique("메뉴"), 10_000, 1)), s.unique("메뉴"), 12_000, 1, ((s.part, 2),)
        ),
        MANAGER,
    ),
    "AddCannedJobToJob": (
        lambda s, r: c.AddCannedJobToJob(
            s.job(started=True), s.office.handle(c.AddCannedJob(s.unique("메뉴"), 10_000, 1, ((s.part, 1),)))
        ),
        frozenset({"manager", "desk", "mechanic"}),
    ),
    "DraftEstimate": (
        lambda s, r: c.DraftEstimate("홍길동", s.unique("56다"), s.kim, 1, 30_000),
        frozenset({"manager", "desk"}),
    ),
    "ApproveEstimate": (
        lambda s, r: c.ApproveEstimate(
            s.office.handle(c.DraftEstimate("홍길동", s.unique("56다"), s.kim, 1, 1)), "phone"
        ),
        frozenset({"manager", "desk"}),
    ),
    "DeclineEstimate": (
        lambda s, r: c.DeclineEstimate(s.office.handle(c.DraftEstimate("홍길동", s.unique("56다"), s.kim, 1, 1))),
        frozenset({"manager", "desk"}),
    ),
}
#: Commands scoped to a job: a mechanic is refused them on someone else's job.
ON_ANOTHERS_JOB: dict[str, Callable[[Staff], c.Command]] = {
    "StartJob": lambda s: c.StartJob(s.job(s.lee)),
    "RequestPart": lambda s: c.RequestPart(s.job(s.lee, started=True), s.part, 1),
    "FinishJob": lambda s: c.FinishJob(s.job(s.lee, started=True)),
    "AddLabour": lambda s: c.AddLabour(s.job(s.lee, started=True), "휠 얼라인먼트", 30_000),
    "ProposeAdditionalWork": lambda s: c.ProposeAdditionalWork(s.job(s.lee, started=True), "추가", 1_000),
    "AddCannedJobToJob": lambda s: c.AddCannedJobToJob(
        s.job(s.lee, started=True), s.office.handle(c.AddCannedJob(s.unique("메뉴"), 10_000, 1))
    ),
    "ReturnPart": lambda s: c.ReturnPart(s.provided(s.lee)),
}


def test_every_command_the_shop_handles_has_a_case_here() -> None:
    handled = {command.__name__ for context in CONTEXTS for command in context.COMMAND_HANDLERS}
    assert handled == set(CASES), "a command without a case: add it above (who may give it, per DESIGN.md)"


def _open(db_url: str, tmp_path: Path, terminal: str) -> Shop:
    return bootstrap(database_url=db_url, invoice_dir=tmp_path / terminal, actor="owner", terminal=terminal)


@pytest.fixture(params=ROLES)
def staff(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> Iterator[Staff]:
    role = str(request.param)
    office = _open(db_url, tmp_path, "office")
    kim = office.handle(c.RegisterMechanic("김민수", 40))
    lee = office.handle(c.RegisterMechanic("이서준", 40))
    part = office.handle(c.RegisterPart("OIL-5W30", "엔진오일", 48_000, 100))
    ids = {"manager": office.handle(c.CreateUser(NAMES["manager"], "manager", PINS["manager"]))}
    office.login(NAMES["manager"], PINS["manager"])
    for other in ROLES[1:]:
        mechanic = kim if other == "mechanic" else None
        ids[other] = office.handle(c.CreateUser(NAMES[other], other, PINS[other], mechanic_id=mechanic))
    terminal = _open(db_url, tmp_path, f"{role}-1")
    terminal.login(NAMES[role], PINS[role])
    try:
        yield Staff(office, terminal, kim, lee, part, ids)
    finally:
        terminal.close()
        office.close()


def test_each_role_may_give_exactly_its_commands_and_a_refusal_writes_nothing(staff: Staff) -> None:
    role = staff.terminal.current_user.role  # type: ignore[union-attr]
    wrong: list[str] = []
    for name, (make, allowed) in CASES.items():
        command = make(staff, role)
        wait_for_documents(staff.terminal)  # PDFs of what this terminal did earlier are written in the background
        before = snapshot(staff.office)
        if role in allowed:
            try:
                staff.terminal.handle(command)
            except PermissionDenied as exc:
                wrong.append(f"{name}: {role} was refused ({exc})")
            continue
        with pytest.raises(PermissionDenied) as refused:
            staff.terminal.handle(command)
        if changed := diff(before, snapshot(staff.office)):
            wrong.append(f"{name}: refused to {role} but wrote {changed}")
        english, korean = refused.value.render("en"), refused.value.render("ko")
        if "manager" not in english or "관리자" not in korean or "nothing was saved" not in english.lower():
            wrong.append(f"{name}: the refusal does not say who may: {english!r}")
    assert wrong == []


def test_a_mechanic_works_on_their_own_jobs_only(db_url: str, tmp_path: Path) -> None:
    office = _open(db_url, tmp_path, "office")
    bay = _open(db_url, tmp_path, "bay-1")
    try:
        kim = office.handle(c.RegisterMechanic("김민수", 40))
        lee = office.handle(c.RegisterMechanic("이서준", 40))
        part = office.handle(c.RegisterPart("OIL-5W30", "엔진오일", 48_000, 100))
        office.handle(c.CreateUser("최관리", "manager", "5937"))
        office.login("최관리", "5937")
        office.handle(c.CreateUser("김민수", "mechanic", "6142", mechanic_id=kim))
        bay.login("김민수", "6142")
        staff = Staff(office, bay, kim, lee, part, {})
        for name, make in ON_ANOTHERS_JOB.items():
            command = make(staff)
            before = snapshot(office)
            wait_for_documents(bay)
            with pytest.raises(PermissionDenied) as refused:
                bay.handle(command)
            assert refused.value.code == "users.denied_own_job", name
            assert diff(before, snapshot(office)) == [], name
        with pytest.raises(PermissionDenied):
            bay.handle(c.StartJob(9_999))  # no such job: nobody's own
        own = staff.job()
        bay.handle(c.StartJob(own))
        bay.handle(c.RequestPart(own, part, 1))
        bay.handle(c.FinishJob(own))
        row = next(r for r in office.status_board() if r.job_id == own)
        assert row.job_status == "finished" and row.invoice_no
    finally:
        bay.close()
        office.close()


def test_a_shop_without_users_acts_as_its_owner_and_then_needs_a_sign_in(db_url: str, tmp_path: Path) -> None:
    shop = _open(db_url, tmp_path, "desk-1")
    try:
        kim = shop.handle(c.RegisterMechanic("김민수", 40))
        shop.handle(c.RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
        assert shop.current_user is None
        shop.handle(c.CreateUser("최관리", "manager", "5937"))
        before = snapshot(shop)
        with pytest.raises(NotSignedIn) as refused:
            shop.handle(c.RequestRepair("이영희", "34나5678", kim, 1, 50_000))
        assert "sign in" in refused.value.render("en") and "로그인" in refused.value.render("ko")
        assert diff(before, snapshot(shop)) == []
    finally:
        shop.close()
