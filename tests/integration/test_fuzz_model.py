"""Fuzz: a Hypothesis state machine over the commands, valid and invalid, against a simple model.

The model is a few dictionaries: man-days left per mechanic, stock and price per
part, each receipt's status and what was billed to its job, each invoice's total,
paid, refunded and whether it is voided, and whether today's till is closed. Each
rule sends one command, often a wrong one (unknown id, zero or negative amount,
too much, the wrong state, a closed day), and the model says beforehand whether
the shop must take it or refuse it. After every step:

- a refusal was a DomainError with a sentence, and wrote nothing (the event log
  and every table are as they were);
- man-days, stock and every invoice's figures equal the model's;
- the event chain holds and the money rebuilt from the events equals the tables
  (app.integrity); at the end of each example every guarantee holds (`check`).

One shop per test, on SQLite and on PostgreSQL: each example works on the
mechanics, parts and receipts it made itself, on a day of its own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from app import integrity, queries
from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import run_checks
from domain.commands import (
    CancelRepair,
    CloseDay,
    FinishJob,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
    VoidInvoice,
)
from domain.errors import DomainError
from domain.reception.model import vat_of
from tests.builders import FakeClock
from tests.integration.core_helpers import diff, snapshot

VAT = Decimal("0.1")
codes = itertools.count(1)


@dataclass
class Receipt:
    mechanic: int
    days: int
    fare: int
    status: str  # accepted / rejected / started / finished / cancelled
    job: int | None = None
    billed: int = 0


@dataclass
class Invoice:
    total: int
    paid: int = 0
    refunded: int = 0
    voided: bool = False


@dataclass
class Model:
    mechanics: dict[int, int] = field(default_factory=dict)
    parts: dict[int, list[int]] = field(default_factory=dict)  # id -> [stock, price]
    receipts: dict[int, Receipt] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    closed: bool = False


def build_machine(shop: Shop, clock: FakeClock) -> type[RuleBasedStateMachine]:
    class ShopMachine(RuleBasedStateMachine):
        mechanics = Bundle("mechanics")
        parts = Bundle("parts")
        receipts = Bundle("receipts")
        invoices = Bundle("invoices")

        def __init__(self) -> None:
            super().__init__()
            self.model = Model()
            clock.advance(days=1)  # a day of its own: open, nothing of other examples in it
            # Money taken after an earlier example's close went to the day after it; days close in
            # order, so those days are closed first (setting the stage, not part of the model).
            with shop.db.read.connect() as conn:
                t = s.till_day.c
                today = clock().date().isoformat()
                left_open = conn.execute(select(t.day).where(t.status == "open", t.day < today).order_by(t.day))
                days = list(left_open.scalars())
            for day in days:
                shop.handle(CloseDay(day))

        # -- sending, and the model's verdict ---------------------------------------------
        def send(self, command: Any, ok: bool) -> Any:
            before = None if ok else snapshot(shop)
            try:
                result = shop.handle(command)
            except DomainError as exc:
                assert not ok, f"{command!r} was refused: {exc}"
                assert str(exc).strip()
                assert before is not None and diff(before, snapshot(shop)) == [], f"{command!r} refused but wrote"
                return None
            assert ok, f"{command!r} was taken; the model expected a refusal"
            return result

        # -- the rules ------------------------------------------------------------------------
        @initialize(target=mechanics)
        def a_mechanic_to_begin_with(self) -> Any:
            return self.register_mechanic(6)

        @initialize(target=parts)
        def a_part_to_begin_with(self) -> Any:
            return self.register_part(3, 2_500)

        @initialize(target=invoices)
        def an_invoice_to_begin_with(self) -> Any:
            """Every example has money to move: a car through the bay, on a mechanic and part of its own."""
            invoice_no = self.a_car_through_the_bay(self.register_mechanic(2), self.register_part(2, 1_000), 1)
            assert invoice_no in self.model.invoices
            return invoice_no

        @rule(target=invoices, mechanic=mechanics, part=parts, quantity=st.integers(0, 2))
        def a_car_through_the_bay(self, mechanic: int, part: int, quantity: int) -> Any:
            """Request, start, maybe a part, finish: the valid road to an invoice, in one rule."""
            receipt = self.request_repair(mechanic, 1, 10_000)
            if self.model.receipts.get(receipt) is None or self.model.receipts[receipt].status != "accepted":
                return "2099-999999"
            self.start(receipt)
            if quantity:
                self.request_part(receipt, part, quantity)
            return self.finish(receipt)

        @rule(target=mechanics, days=st.integers(-1, 4))
        def register_mechanic(self, days: int) -> Any:
            mechanic_id = self.send(RegisterMechanic(f"정비사{next(codes)}", days), ok=days >= 0)
            if mechanic_id is None:
                return 10**6  # an id nobody has
            self.model.mechanics[mechanic_id] = days
            return mechanic_id

        @rule(target=parts, stock=st.integers(0, 3), price=st.sampled_from([1_000, 2_500, 33_333]))
        def register_part(self, stock: int, price: int) -> Any:
            part_id = self.send(RegisterPart(f"FZ-{next(codes)}", "부품", price, stock), ok=True)
            self.model.parts[part_id] = [stock, price]
            return part_id

        @rule(part=parts)
        def register_a_taken_code(self, part: int) -> None:
            code = shop.query(queries.parts, "FZ-")[0].part_code
            self.send(RegisterPart(code, "부품", 1_000, 1), ok=False)

        @rule(target=receipts, mechanic=mechanics, days=st.integers(-1, 3), fare=st.sampled_from([0, 10_000, 55_555]))
        def request_repair(self, mechanic: int, days: int, fare: int) -> Any:
            known = mechanic in self.model.mechanics
            receipt_id = self.send(RequestRepair("홍길동", "12가3456", mechanic, days, fare), ok=known and days > 0)
            if receipt_id is None:
                return 10**6
            left = self.model.mechanics[mechanic]
            row = shop.query(queries.board_row, receipt_id)
            if days > left:
                assert row.job_status == "rejected" and row.job_id is None
                self.model.receipts[receipt_id] = Receipt(mechanic, days, fare, "rejected")
            else:
                assert row.job_status == "created" and row.job_id is not None
                self.model.mechanics[mechanic] = left - days
                self.model.receipts[receipt_id] = Receipt(mechanic, days, fare, "accepted", row.job_id)
            return receipt_id

        def _job(self, receipt_id: int) -> int:
            r = self.model.receipts.get(receipt_id)
            return r.job if r is not None and r.job is not None else 10**6

        @rule(receipt=receipts, reason=st.sampled_from(["", "고객 요청"]))
        def cancel(self, receipt: int, reason: str) -> None:
            r = self.model.receipts.get(receipt)
            ok = r is not None and r.status == "accepted"  # a reason is welcome, not required
            self.send(CancelRepair(receipt, reason), ok=ok)
            if ok and r is not None:
                r.status = "cancelled"
                self.model.mechanics[r.mechanic] += r.days

        @rule(receipt=receipts)
        def start(self, receipt: int) -> None:
            r = self.model.receipts.get(receipt)
            ok = r is not None and r.status == "accepted"
            self.send(StartJob(self._job(receipt)), ok=ok)
            if ok and r is not None:
                r.status = "started"

        @rule(receipt=receipts, part=parts, quantity=st.integers(-1, 3))
        def request_part(self, receipt: int, part: int, quantity: int) -> None:
            r = self.model.receipts.get(receipt)
            ok = r is not None and r.status == "started" and quantity > 0
            self.send(RequestPart(self._job(receipt), part, quantity), ok=ok)
            if ok and r is not None:
                stock, price = self.model.parts[part]
                if quantity <= stock:  # provided now; more than in stock waits for a delivery, unbilled
                    self.model.parts[part][0] = stock - quantity
                    r.billed += quantity * price

        @rule(target=invoices, receipt=receipts)
        def finish(self, receipt: int) -> Any:
            r = self.model.receipts.get(receipt)
            ok = r is not None and r.status == "started"
            self.send(FinishJob(self._job(receipt)), ok=ok)
            if not ok or r is None:
                return "2099-999999"
            r.status = "finished"
            self.model.mechanics[r.mechanic] += r.days  # a finished job gives its man-days back
            invoice_no = shop.query(queries.board_row, receipt).invoice_no
            subtotal = r.fare + r.billed
            self.model.invoices[invoice_no] = Invoice(subtotal + vat_of(subtotal, VAT))
            return invoice_no

        @rule(
            invoice=invoices,
            how=st.sampled_from(["zero", "one", "balance", "too much"]),
            method=st.sampled_from(["cash", "card", "transfer", "cheque"]),
        )
        def pay(self, invoice: str, how: str, method: str) -> None:
            inv = self.model.invoices.get(invoice)
            balance = 0 if inv is None else inv.total - inv.paid
            amount = {"zero": 0, "one": 1, "balance": balance, "too much": balance + 1}[how]
            ok = (
                inv is not None
                and not inv.voided  # after the close it goes to the next day, never refused for that
                and method != "cheque"
                and 0 < amount <= balance
            )
            self.send(RecordPayment(invoice, amount, method), ok=ok)
            if ok and inv is not None:
                inv.paid += amount

        @rule(invoice=invoices, reason=st.sampled_from(["", "금액 오류"]))
        def void(self, invoice: str, reason: str) -> None:
            inv = self.model.invoices.get(invoice)
            ok = inv is not None and not inv.voided and not self.model.closed and bool(reason)
            self.send(VoidInvoice(invoice, reason), ok=ok)
            if ok and inv is not None:
                inv.voided = True

        @rule(invoice=invoices, how=st.sampled_from(["one", "all", "too much"]))
        def refund(self, invoice: str, how: str) -> None:
            inv = self.model.invoices.get(invoice)
            owed = 0 if inv is None else inv.paid - inv.refunded
            amount = {"one": 1, "all": owed, "too much": owed + 1}[how]
            ok = inv is not None and inv.voided and 0 < amount <= owed  # after the close: the next day
            self.send(RecordRefund(invoice, amount, "cash"), ok=ok)
            if ok and inv is not None:
                inv.refunded += amount

        @rule()
        def close_day(self) -> None:
            self.send(CloseDay(), ok=not self.model.closed)
            self.model.closed = True

        # -- after every step -----------------------------------------------------------------
        @invariant()
        def the_tables_equal_the_model(self) -> None:
            with shop.db.read.connect() as conn:
                m, p, i = s.mechanic.c, s.part.c, s.invoice.c
                if self.model.mechanics:
                    left = dict(conn.execute(select(m.id, m.man_day).where(m.id.in_(self.model.mechanics))).all())
                    assert left == self.model.mechanics
                if self.model.parts:
                    stock = dict(conn.execute(select(p.id, p.stock).where(p.id.in_(self.model.parts))).all())
                    assert stock == {k: v[0] for k, v in self.model.parts.items()}
                if self.model.invoices:
                    rows = conn.execute(
                        select(i.invoice_no, i.total, i.paid, i.refunded, i.status).where(
                            i.invoice_no.in_(self.model.invoices)
                        )
                    ).all()
                    assert {r.invoice_no: Invoice(r.total, r.paid, r.refunded, r.status == "voided") for r in rows} == (
                        self.model.invoices
                    )

        @invariant()
        def the_log_is_whole_and_the_money_follows_from_it(self) -> None:
            with shop.db.read.connect() as conn:
                chain = integrity.verify_chain(conn)
                money = integrity.money_from_events(conn)
            assert chain.breaches == [] and money.breaches == [], chain.breaches + money.breaches

        def teardown(self) -> None:
            report = run_checks(shop)
            assert report.ok, report.render()

    return ShopMachine


def test_commands_valid_and_invalid_keep_the_model_and_every_guarantee(db_url: str, tmp_path: Path) -> None:
    clock = FakeClock()
    shop = bootstrap(db_url, tmp_path / "invoices", actor="fuzz", terminal="fuzz-1", clock=clock)
    shop.bus.after_commit.remove(shop.documents.schedule_for)  # PDFs are tested elsewhere; this is about data
    try:
        machine = build_machine(shop, clock)
        run_state_machine_as_test(
            machine,
            settings=settings(
                max_examples=25 if db_url.startswith("sqlite") else 8,
                stateful_step_count=30,
                deadline=None,
                database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            ),
        )
        with shop.db.read.connect() as conn:
            assert conn.execute(select(func.count()).select_from(s.invoice)).scalar_one() > 0  # it got that far
    finally:
        shop.close()
