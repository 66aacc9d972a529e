"""Payments at the desk: cash with change, card, transfer, splits, overpayment, voids and refunds."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import Shop
from app.queries import BoardRow
from app.reception import till
from domain.commands import RecordPayment, RecordRefund, VoidInvoice
from domain.errors import Conflict, IllegalTransition, NotFound
from domain.reception.till import plan_tender
from tests.builders import FakeClock, make_invoice


def counts(shop: Shop) -> tuple[int, int, int]:
    """(payments, refunds, events): a refused command must change none of them."""
    with shop.db.read.connect() as conn:
        return tuple(  # type: ignore[return-value]
            int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (s.payment, s.refund, s.event_log)
        )


def take(shop: Shop, invoice_no: str, **tender: int) -> int:
    """What the payment dialog does: plan the tender, record each payment; returns the change."""
    plan = plan_tender(shop.invoice(invoice_no).balance, **tender)
    for p in plan.payments:
        shop.handle(RecordPayment(invoice_no, p.amount, p.method))
    return plan.change


def board_row(shop: Shop, invoice_no: str) -> BoardRow:
    return next(r for r in shop.status_board() if r.invoice_no == invoice_no)


def test_cash_tendered_records_the_balance_and_gives_change(desk: Shop) -> None:
    no = make_invoice(desk, fare=264_006)  # total 290,407
    change = take(desk, no, cash_tendered=300_000)
    assert change == 9_593
    view = desk.invoice(no)
    assert [(p.amount, p.method, p.actor) for p in view.payments] == [(290_407, "cash", "desk")]
    assert (view.paid, view.balance) == (290_407, 0)
    assert board_row(desk, no).paid is True


def test_split_across_card_transfer_and_cash(desk: Shop) -> None:
    no = make_invoice(desk, fare=264_006)
    take(desk, no, card=150_000, transfer=40_000)
    assert desk.invoice(no).balance == 100_407
    assert board_row(desk, no).paid is False
    assert board_row(desk, no).balance == 100_407
    assert take(desk, no, cash_tendered=110_000) == 9_593
    view = desk.invoice(no)
    assert [(p.method, p.amount) for p in view.payments] == [("card", 150_000), ("transfer", 40_000), ("cash", 100_407)]
    assert view.balance == 0
    assert board_row(desk, no).paid is True
    with desk.db.read.connect() as conn:
        assert [r.invoice_no for r in till.open_balances(conn)] == []


def test_each_payment_is_an_event_with_actor_terminal_and_time(desk: Shop, clock: FakeClock) -> None:
    no = make_invoice(desk, fare=10_000)
    clock.set("2026-11-24T15:30:00")
    desk.handle(RecordPayment(no, 5_000, "card"), actor="kim")
    with desk.db.read.connect() as conn:
        row = conn.execute(
            select(s.event_log.c.payload, s.event_log.c.actor, s.event_log.c.terminal, s.event_log.c.occurred_at).where(
                s.event_log.c.event_type == "PaymentRecorded"
            )
        ).one()
    payload = json.loads(row.payload)
    assert (payload["invoice_no"], payload["amount"], payload["method"], payload["balance"]) == (
        no,
        5_000,
        "card",
        6_000,
    )
    assert (row.actor, row.terminal, row.occurred_at) == ("kim", "front-1", "2026-11-24T15:30:00+09:00")
    assert desk.invoice(no).payments[0].recorded_at == "2026-11-24T15:30:00+09:00"


def test_overpayment_is_refused_and_writes_nothing(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(RecordPayment(no, 100_000, "card"))
    before = counts(desk)
    with pytest.raises(Conflict, match="take at most 10,000"):
        desk.handle(RecordPayment(no, 10_001, "cash"))
    assert counts(desk) == before
    assert desk.invoice(no).paid == 100_000
    desk.handle(RecordPayment(no, 10_000, "cash"))
    with pytest.raises(Conflict, match="already paid in full"):
        desk.handle(RecordPayment(no, 1, "cash"))


def test_void_then_pay_is_refused(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)
    desk.handle(VoidInvoice(no, "잘못 발행"))
    before = counts(desk)
    with pytest.raises(IllegalTransition, match="voided; it cannot be paid"):
        desk.handle(RecordPayment(no, 1_000, "cash"))
    assert counts(desk) == before
    assert board_row(desk, no).voided is True


def test_unknown_invoice_is_not_found(desk: Shop) -> None:
    with pytest.raises(NotFound, match="no invoice 2026-999999"):
        desk.handle(RecordPayment("2026-999999", 1_000, "cash"))
    with pytest.raises(NotFound, match="no invoice 2026-999999"):
        desk.handle(RecordRefund("2026-999999", 1_000, "cash"))


def test_refunds_of_a_voided_invoice_by_method(desk: Shop) -> None:
    no = make_invoice(desk, fare=100_000)  # 110,000
    desk.handle(RecordPayment(no, 60_000, "card"))
    desk.handle(RecordPayment(no, 30_000, "cash"))
    before = counts(desk)
    with pytest.raises(IllegalTransition, match="Void the invoice first"):
        desk.handle(RecordRefund(no, 30_000, "cash"))
    assert counts(desk) == before
    cn = desk.handle(VoidInvoice(no, "고객 변심"))
    with desk.db.read.connect() as conn:
        assert [r.invoice_no for r in till.refunds_due(conn)] == [no]
    desk.handle(RecordRefund(no, 60_000, "card"))
    before = counts(desk)
    with pytest.raises(Conflict, match="refund at most 30,000"):
        desk.handle(RecordRefund(no, 30_001, "cash"))
    assert counts(desk) == before
    desk.handle(RecordRefund(no, 30_000, "cash"), actor="lee")
    with pytest.raises(Conflict, match="Nothing is left to refund"):
        desk.handle(RecordRefund(no, 1, "cash"))
    with desk.db.read.connect() as conn:
        refunds = till.refunds_of(conn, no)
        assert till.refunds_due(conn) == []
        (row,) = [r for r in till.find_invoices(conn, cn)]
        payloads = [
            json.loads(p)
            for p in conn.execute(
                select(s.event_log.c.payload)
                .where(s.event_log.c.event_type == "RefundRecorded")
                .order_by(s.event_log.c.id)
            ).scalars()
        ]
    assert [(r.method, r.amount, r.actor) for r in refunds] == [("card", 60_000, "desk"), ("cash", 30_000, "lee")]
    assert (row.status, row.paid, row.refunded, row.refundable, row.balance) == ("voided", 90_000, 90_000, 0, 0)
    assert [(p["credit_note_no"], p["amount"], p["refundable"]) for p in payloads] == [
        (cn, 60_000, 30_000),
        (cn, 30_000, 0),
    ]


def test_database_refuses_refunding_more_than_was_paid(desk: Shop) -> None:
    """The check constraint backs the rule up even if a handler got it wrong."""
    from sqlalchemy import update
    from sqlalchemy.exc import IntegrityError

    no = make_invoice(desk, fare=1_000)
    with pytest.raises(IntegrityError), desk.db.write.begin() as conn:
        conn.execute(update(s.invoice).where(s.invoice.c.invoice_no == no).values(refunded=1))


def test_open_balances_list_what_is_owed_newest_first(desk: Shop) -> None:
    paid = make_invoice(desk, fare=1_000, customer="김영희")
    take(desk, paid, card=1_100)
    part = make_invoice(desk, fare=10_000, customer="이철수", car_number="56다7890")
    desk.handle(RecordPayment(part, 1_000, "cash"))
    owed = make_invoice(desk, fare=20_000, customer="홍길동")
    voided = make_invoice(desk, fare=30_000)
    desk.handle(VoidInvoice(voided, "잘못 발행"))
    with desk.db.read.connect() as conn:
        rows = till.open_balances(conn)
        found = till.find_invoices(conn, "56 다 7890")
    assert [(r.invoice_no, r.customer_name, r.balance) for r in rows] == [
        (owed, "홍길동", 22_000),
        (part, "이철수", 10_000),
    ]
    assert [r.invoice_no for r in found] == [part]
