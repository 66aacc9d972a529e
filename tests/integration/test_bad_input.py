"""Every rejection rule: a DomainError a person can act on, and nothing at all written.

Each case runs against a shop with something in every state (see `busy_shop`),
takes a snapshot of every table, sends the bad command, and compares. Since no
case may write anything, the cases share one busy shop per database backend
(built once per module); each still compares its own before and after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.bootstrap import Shop, bootstrap
from domain.commands import (
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    Command,
    DecreaseStock,
    FinishJob,
    IncreaseStock,
    RecordPayment,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import Conflict, DomainError, IllegalTransition, InvalidInput, NotFound
from tests import databases
from tests.builders import Busy, busy_shop
from tests.integration.core_helpers import diff, snapshot


@dataclass(frozen=True)
class Case:
    rule: str
    command: Callable[[Busy], Any]
    error: type[DomainError]
    message: str  # a regular expression the whole message must match


def repair(b: Busy, **changes: Any) -> RequestRepair:
    values: dict[str, Any] = {
        "customer_name": "홍길동",
        "car_number": "12가3456",
        "mechanic_id": b.kim,
        "man_day": 1,
        "fare": 50_000,
    }
    values.update(changes)
    return RequestRepair(**values)


class Unknown(Command):
    """A command no context handles."""


CASES = [
    # -- blank, wrong or out-of-range fields ------------------------------------------
    Case("blank customer name", lambda b: repair(b, customer_name=""), InvalidInput, r"Customer name is required\."),
    Case(
        "whitespace customer name",
        lambda b: repair(b, customer_name=" \t "),
        InvalidInput,
        r"Customer name is required\.",
    ),
    Case(
        "customer name too long",
        lambda b: repair(b, customer_name="가" * 81),
        InvalidInput,
        r"Customer name is too long \(at most 80 characters\)\.",
    ),
    Case(
        "control character in a name",
        lambda b: repair(b, customer_name="홍\x00길동"),
        InvalidInput,
        r"Customer name holds an invisible control character; type it again\.",
    ),
    Case(
        "id beyond the column",
        lambda b: StartJob(2**31),
        InvalidInput,
        r"Job number 2147483648 is out of range: no such number exists\.",
    ),
    Case("blank car number", lambda b: repair(b, car_number=""), InvalidInput, r"Car number is required\."),
    Case("whitespace car number", lambda b: repair(b, car_number="   "), InvalidInput, r"Car number is required\."),
    Case("man-days zero", lambda b: repair(b, man_day=0), InvalidInput, r"Man-days must be more than 0 \(got 0\)\."),
    Case(
        "man-days negative", lambda b: repair(b, man_day=-2), InvalidInput, r"Man-days must be more than 0 \(got -2\)\."
    ),
    Case(
        "man-days as a bool",
        lambda b: repair(b, man_day=True),
        InvalidInput,
        r"Man-days must be a whole number \(got True\)\.",
    ),
    Case(
        "man-days as text",
        lambda b: repair(b, man_day="2"),
        InvalidInput,
        r"Man-days must be a whole number \(got '2'\)\.",
    ),
    Case("negative fare", lambda b: repair(b, fare=-1), InvalidInput, r"Labour fare cannot be negative \(got -1\)\."),
    Case(
        "fractional fare",
        lambda b: repair(b, fare=1.5),
        InvalidInput,
        r"Labour fare must be a whole number \(got 1\.5\)\.",
    ),
    Case(
        "phone with letters",
        lambda b: repair(b, customer_phone="call me"),
        InvalidInput,
        r"Phone 'call me' may only hold digits, spaces, \+, - and brackets\.",
    ),
    Case(
        "mechanic id zero",
        lambda b: repair(b, mechanic_id=0),
        InvalidInput,
        r"Mechanic number must be a positive whole number \(got 0\)\.",
    ),
    Case("blank mechanic name", lambda b: RegisterMechanic(" ", 5), InvalidInput, r"Mechanic name is required\."),
    Case(
        "negative man-days for a new mechanic",
        lambda b: RegisterMechanic("박지훈", -1),
        InvalidInput,
        r"Man-days cannot be negative \(got -1\)\.",
    ),
    Case(
        "negative man-days set by hand",
        lambda b: ChangeManDay(b.kim, -5),
        InvalidInput,
        r"Man-days cannot be negative \(got -5\)\.",
    ),
    Case(
        "negative part price",
        lambda b: RegisterPart("NEW-1", "새 부품", -100),
        InvalidInput,
        r"Price cannot be negative \(got -100\)\.",
    ),
    Case(
        "negative price change",
        lambda b: ChangePartPrice(b.oil, -1),
        InvalidInput,
        r"Price cannot be negative \(got -1\)\.",
    ),
    Case(
        "negative stock",
        lambda b: RegisterPart("NEW-1", "새 부품", 100, -5),
        InvalidInput,
        r"Stock cannot be negative \(got -5\)\.",
    ),
    Case("blank part code", lambda b: RegisterPart("  ", "새 부품", 100), InvalidInput, r"Part code is required\."),
    Case(
        "part code with spaces",
        lambda b: RegisterPart("NEW 1", "새 부품", 100),
        InvalidInput,
        r"Part code 'NEW 1' may only hold letters, digits and \. _ / - \(no spaces\)\.",
    ),
    Case(
        "quantity zero for a part request",
        lambda b: RequestPart(1, b.oil, 0),
        InvalidInput,
        r"Quantity must be more than 0 \(got 0\)\.",
    ),
    Case(
        "quantity negative for a part request",
        lambda b: RequestPart(1, b.oil, -1),
        InvalidInput,
        r"Quantity must be more than 0 \(got -1\)\.",
    ),
    Case(
        "quantity zero for a delivery",
        lambda b: IncreaseStock(b.oil, 0),
        InvalidInput,
        r"Quantity must be more than 0 \(got 0\)\.",
    ),
    Case(
        "quantity negative taken off",
        lambda b: DecreaseStock(b.oil, -3),
        InvalidInput,
        r"Quantity must be more than 0 \(got -3\)\.",
    ),
    Case(
        "payment of zero",
        lambda b: RecordPayment(b.invoice_finished, 0, "cash"),
        InvalidInput,
        r"Amount must be more than 0 \(got 0\)\.",
    ),
    Case(
        "negative payment",
        lambda b: RecordPayment(b.invoice_finished, -500, "cash"),
        InvalidInput,
        r"Amount must be more than 0 \(got -500\)\.",
    ),
    Case(
        "unknown payment method",
        lambda b: RecordPayment(b.invoice_finished, 1_000, "cheque"),
        InvalidInput,
        r"Unknown payment method 'cheque': use cash, card or transfer\.",
    ),
    Case(
        "void without a reason",
        lambda b: VoidInvoice(b.invoice_finished, " "),
        InvalidInput,
        r"Reason for the void is required\.",
    ),
    # -- unknown ids -----------------------------------------------------------------
    Case(
        "unknown mechanic for a request",
        lambda b: repair(b, mechanic_id=999),
        NotFound,
        r"There is no mechanic number 999\.",
    ),
    Case(
        "unknown mechanic for man-days", lambda b: ChangeManDay(999, 5), NotFound, r"There is no mechanic number 999\."
    ),
    Case("unknown job to start", lambda b: StartJob(999), NotFound, r"There is no job number 999\."),
    Case("unknown job for parts", lambda b: RequestPart(999, b.oil, 1), NotFound, r"There is no job number 999\."),
    Case("unknown job to finish", lambda b: FinishJob(999), NotFound, r"There is no job number 999\."),
    Case(
        "unknown part for a job",
        lambda b: RequestPart(b.started_job, 999, 1),
        NotFound,
        r"There is no part number 999\.",
    ),
    Case("unknown part delivered", lambda b: IncreaseStock(999, 1), NotFound, r"There is no part number 999\."),
    Case("unknown part taken off", lambda b: DecreaseStock(999, 1), NotFound, r"There is no part number 999\."),
    Case("unknown part repriced", lambda b: ChangePartPrice(999, 1), NotFound, r"There is no part number 999\."),
    Case("unknown receipt", lambda b: CancelRepair(999), NotFound, r"There is no receipt number 999\."),
    Case(
        "unknown invoice paid",
        lambda b: RecordPayment("2026-999999", 1_000, "cash"),
        NotFound,
        r"There is no invoice 2026-999999\.",
    ),
    Case(
        "unknown invoice voided",
        lambda b: VoidInvoice("2026-999999", "typo"),
        NotFound,
        r"There is no invoice 2026-999999\.",
    ),
    # -- clashes and illegal moves ------------------------------------------------------
    Case(
        "duplicate part code",
        lambda b: RegisterPart("OIL-5W30-4L", "또 오일", 1),
        Conflict,
        r"Part code OIL-5W30-4L is already in the catalogue; use another code\.",
    ),
    Case(
        "duplicate part code in other case",
        lambda b: RegisterPart(" oil-5w30-4l ", "또 오일", 1),
        Conflict,
        r"Part code OIL-5W30-4L is already in the catalogue; use another code\.",
    ),
    Case(
        "start a started job",
        lambda b: StartJob(b.started_job),
        IllegalTransition,
        r"Cannot start job \d+: it is already started\.",
    ),
    Case(
        "start a finished job",
        lambda b: StartJob(b.finished_job),
        IllegalTransition,
        r"Cannot start job \d+: it is already finished\.",
    ),
    Case(
        "start a cancelled job",
        lambda b: StartJob(b.cancelled_job),
        IllegalTransition,
        r"Cannot start job \d+: it was cancelled\.",
    ),
    Case(
        "parts for a job not started",
        lambda b: RequestPart(b.created_job, b.oil, 1),
        IllegalTransition,
        r"Cannot request parts for job \d+: it has not been started yet\.",
    ),
    Case(
        "parts for a finished job",
        lambda b: RequestPart(b.finished_job, b.oil, 1),
        IllegalTransition,
        r"Cannot request parts for job \d+: it is already finished\.",
    ),
    Case(
        "parts for a cancelled job",
        lambda b: RequestPart(b.cancelled_job, b.oil, 1),
        IllegalTransition,
        r"Cannot request parts for job \d+: it was cancelled\.",
    ),
    Case(
        "finish a job not started",
        lambda b: FinishJob(b.created_job),
        IllegalTransition,
        r"Cannot finish job \d+: it has not been started yet\.",
    ),
    Case(
        "finish a finished job",
        lambda b: FinishJob(b.finished_job),
        IllegalTransition,
        r"Cannot finish job \d+: it is already finished\.",
    ),
    Case(
        "finish a cancelled job",
        lambda b: FinishJob(b.cancelled_job),
        IllegalTransition,
        r"Cannot finish job \d+: it was cancelled\.",
    ),
    Case(
        "overpayment",
        lambda b: RecordPayment(b.invoice_finished, 264_007, "card"),
        Conflict,
        r"264,007 won is more than the 264,006 won still owed on invoice \d{4}-\d{6}; take at most 264,006\.",
    ),
    Case(
        "paying a fully paid invoice",
        lambda b: RecordPayment(b.invoice_paid, 1, "cash"),
        Conflict,
        r"Invoice \d{4}-\d{6} is already paid in full\.",
    ),
    Case(
        "paying a voided invoice",
        lambda b: RecordPayment(b.invoice_voided, 1_000, "cash"),
        IllegalTransition,
        r"Invoice \d{4}-\d{6} was voided; it cannot be paid\.",
    ),
    Case(
        "voiding twice",
        lambda b: VoidInvoice(b.invoice_voided, "again"),
        IllegalTransition,
        r"Invoice \d{4}-\d{6} is already voided\.",
    ),
    Case(
        "cancel a rejected receipt",
        lambda b: CancelRepair(b.rejected),
        IllegalTransition,
        r"Cannot cancel receipt \d+: it was already rejected\.",
    ),
    Case(
        "cancel a cancelled receipt",
        lambda b: CancelRepair(b.cancelled),
        IllegalTransition,
        r"Cannot cancel receipt \d+: it is already cancelled\.",
    ),
    Case(
        "cancel a started receipt",
        lambda b: CancelRepair(b.started),
        IllegalTransition,
        r"Cannot cancel receipt \d+: the mechanic has already started the job\.",
    ),
    Case(
        "cancel a finished receipt",
        lambda b: CancelRepair(b.finished),
        IllegalTransition,
        r"Cannot cancel receipt \d+: the job is finished; void the invoice instead\.",
    ),
    Case(
        "stock below zero by hand",
        lambda b: DecreaseStock(b.oil, 8, "counted"),
        InvalidInput,
        r"Cannot take 8 of 엔진오일 5W-30 4L \(OIL-5W30-4L\) off the shelf: only 7 in stock\.",
    ),
    Case(
        "stock of an empty part",
        lambda b: DecreaseStock(b.gasket, 1),
        InvalidInput,
        r"Cannot take 1 of 밸브커버 가스켓 \(GSK-VLV-01\) off the shelf: only 0 in stock\.",
    ),
    # -- not a command at all -----------------------------------------------------------
    Case("unknown command type", lambda b: Unknown(), DomainError, r"Pitlane does not know the command Unknown\."),
    Case("not a command", lambda b: object(), DomainError, r"Pitlane does not know the command object\."),
    Case("nothing", lambda b: None, DomainError, r"Pitlane does not know the command NoneType\."),
]


BACKENDS = [
    pytest.param(b, id=b, marks=[pytest.mark.postgres] if b == "postgresql" else [])
    for b in databases.backends_for(__file__, sqlite_only=False)
]


@pytest.fixture(scope="module", params=BACKENDS)
def busy_desk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, Busy]]:
    """One busy shop per backend for every case of the module (the cases write nothing)."""
    folder = tmp_path_factory.mktemp("bad-input")
    created = None
    if request.param == "postgresql":
        created = databases.PostgresDatabases(databases.postgres_admin_url())
        url = created.create()
    else:
        url = f"sqlite:///{folder / 'shop.db'}"
    shop = bootstrap(database_url=url, invoice_dir=folder / "invoices", actor="tester", terminal="test-1")
    try:
        yield shop, busy_shop(shop)
    finally:
        shop.close()
        if created is not None:
            created.drop_all()


def test_the_busy_shop_is_what_the_cases_assume(busy_desk: tuple[Shop, Busy]) -> None:
    from app.checks import run_checks
    from tests.integration.core_helpers import row, stock

    shop, busy = busy_desk
    assert stock(shop, busy.oil) == 7 and stock(shop, busy.gasket) == 0
    assert shop.invoice(busy.invoice_finished).total == 264_006
    assert shop.invoice(busy.invoice_paid).balance == 0
    assert shop.invoice(busy.invoice_voided).status == "voided"
    statuses = {
        name: row(shop, getattr(busy, name)).job_status
        for name in ("created", "started", "finished", "rejected", "cancelled")
    }
    assert statuses == {
        "created": "created",
        "started": "started",
        "finished": "finished",
        "rejected": "rejected",
        "cancelled": "cancelled",
    }
    assert run_checks(shop).ok


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.rule.replace(" ", "-"))
def test_refused_with_a_message_and_nothing_written(busy_desk: tuple[Shop, Busy], case: Case) -> None:
    shop, busy = busy_desk
    command = case.command(busy)
    before = snapshot(shop)
    with pytest.raises(DomainError) as exc:
        shop.handle(command)
    assert type(exc.value) is case.error, f"{case.rule}: {type(exc.value).__name__}: {exc.value}"
    assert re.fullmatch(case.message, str(exc.value)), f"{case.rule}: {exc.value}"
    assert exc.value.message == str(exc.value)
    assert diff(before, snapshot(shop)) == [], case.rule


def test_every_rule_of_the_issue_has_a_case() -> None:
    rules = {c.rule for c in CASES}
    for needed in (
        "blank customer name",
        "blank car number",
        "man-days zero",
        "negative fare",
        "negative part price",
        "negative stock",
        "quantity zero for a part request",
        "unknown mechanic for a request",
        "unknown job to start",
        "unknown part for a job",
        "unknown receipt",
        "unknown invoice paid",
        "duplicate part code in other case",
        "start a started job",
        "start a finished job",
        "parts for a job not started",
        "finish a job not started",
        "unknown payment method",
        "overpayment",
        "paying a fully paid invoice",
        "paying a voided invoice",
        "voiding twice",
        "cancel a rejected receipt",
        "cancel a cancelled receipt",
        "cancel a started receipt",
        "stock below zero by hand",
        "unknown command type",
    ):
        assert needed in rules


def test_a_refused_command_does_not_spoil_the_next_one(shop: Shop) -> None:
    busy = busy_shop(shop)
    with pytest.raises(NotFound):
        shop.handle(RecordPayment("2026-999999", 1_000, "cash"))
    shop.handle(RecordPayment(busy.invoice_finished, 1_000, "cash"))
    assert shop.invoice(busy.invoice_finished).paid == 1_000
