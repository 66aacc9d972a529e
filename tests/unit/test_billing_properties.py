"""Properties of billing over random lines, discounts and payments (Hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.billing.bill import Bill
from domain.billing.lines import Line, half_up, price, vat_of
from domain.billing.model import Invoice
from domain.billing.tender import Tender
from domain.errors import Conflict, DomainError
from domain.jobs.model import JobStatus
from domain.messages import MAX_MONEY

RATES = st.sampled_from([Decimal("0.10"), Decimal("0"), Decimal("0.075"), Decimal("0.05")])
MONEY = st.integers(min_value=1, max_value=5_000_000)
PERCENT = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100), places=2)


@st.composite
def priced_lines(draw: st.DrawFn) -> list[Line]:
    """Labour and parts, then random discounts (some may ask too much) on lines or on the bill."""
    charges: list[Line] = []
    for n in range(1, draw(st.integers(1, 6)) + 1):
        if draw(st.booleans()):
            charges.append(Line.labour(n, "labour", draw(MONEY)))
        else:
            charges.append(Line.part(n, n, n, "P", "part", draw(st.integers(1, 20)), draw(MONEY)))
    discounts = []
    for n in range(len(charges) + 1, len(charges) + 1 + draw(st.integers(0, 5))):
        on = draw(st.sampled_from([0, *(c.number for c in charges)]))
        if draw(st.booleans()):
            discounts.append(Line.discount(n, "off", percent=draw(PERCENT), on_line=on))
        else:
            discounts.append(Line.discount(n, "off", amount=draw(MONEY), on_line=on))
    return charges + discounts


@settings(max_examples=300, deadline=None)
@given(lines=priced_lines(), rate=RATES)
def test_total_is_subtotal_plus_vat_half_up_on_the_discounted_subtotal(lines: list[Line], rate: Decimal) -> None:
    try:
        p = price(lines, rate)
    except Conflict:
        return
    assert p.total == p.subtotal + p.vat
    assert p.vat == vat_of(p.subtotal, rate) == half_up(Decimal(p.subtotal) * rate)
    assert p.subtotal == sum(p.amounts.values()) == p.labour + p.parts - p.discounts
    assert p.subtotal >= 0 and p.vat >= 0


@settings(max_examples=300, deadline=None)
@given(lines=priced_lines(), rate=RATES)
def test_discounts_never_make_a_line_or_the_bill_negative(lines: list[Line], rate: Decimal) -> None:
    try:
        p = price(lines, rate)
    except Conflict:
        # Refused only when the discounts truly ask for more than their base.
        return
    for line in lines:
        if line.is_charge:
            assert 0 <= p.net_of(line.number, lines) <= line.gross
        else:
            assert p.amounts[line.number] <= 0
    assert p.discounts <= p.charges


@settings(max_examples=200, deadline=None)
@given(gross=st.integers(0, 10**9), percents=st.lists(PERCENT, min_size=1, max_size=6))
def test_percent_shares_add_up_to_the_rounded_whole(gross: int, percents: list[Decimal]) -> None:
    lines = [Line.labour(1, "labour", gross) if gross else Line.labour(1, "labour", 1)]
    lines += [Line.discount(n, "off", percent=p, on_line=1) for n, p in enumerate(percents, start=2)]
    base = lines[0].gross
    total_percent = sum(percents, Decimal(0))
    try:
        p = price(lines, Decimal("0.10"))
    except Conflict:
        assert total_percent > 100
        return
    assert total_percent <= 100
    assert -sum(p.amounts[n] for n in range(2, len(lines) + 1)) == half_up(Decimal(base) * total_percent / 100)


METHODS = st.sampled_from(["cash", "card", "transfer"])
#: (operation, method, amount, relative): a relative amount is that percent of the balance or of what is refundable.
OPS = st.lists(
    st.tuples(
        st.sampled_from(["pay", "pay", "take", "take", "void", "refund", "refund", "correct"]),
        METHODS,
        st.integers(-10, 400_000),
        st.booleans(),
    ),
    max_size=12,
)


def amount_of(amount: int, relative: bool, base: int) -> int:
    return max(1, base * min(abs(amount), 120) // 100) if relative else amount


@settings(max_examples=300, deadline=None)
@given(fare=st.integers(0, 300_000), ops=OPS, split=st.integers(1, 99))
def test_payments_never_exceed_the_total_and_refunds_never_exceed_what_was_paid(
    fare: int, ops: list[tuple[str, str, int, bool]], split: int
) -> None:
    bill = Bill.open(7, 3, Decimal("0.10"), fare=fare, fare_line_id=1)
    bill.job_status = JobStatus.FINISHED
    invoices = [Invoice.issue(bill, "I-1", issued_at="t", business_day="d", customer_name="c", car_number="n")]
    ids = iter(range(1, 10_000))
    for op, method, amount, relative in ops:
        inv = invoices[-1]
        try:
            if op == "pay":
                inv.pay(next(ids), amount_of(amount, relative, inv.balance), method, at="t", business_day="d")
            elif op == "take":
                whole = amount_of(amount, relative, inv.balance)
                card = whole * split // 100
                tenders = [Tender("card", card), Tender("cash", whole - card)] if card else [Tender("cash", whole)]
                plan = inv.plan_payment(tenders, (whole - card) + amount % 5_000)
                inv.take(plan, [next(ids) for _ in plan.payments], at="t", business_day="d")
            elif op == "void":
                inv.void(f"CN-{len(invoices)}", "r", at="t")
            elif op == "refund":
                owed_back = [i for i in invoices if i.refundable] or invoices
                target = owed_back[amount % len(owed_back)]
                target.refund(
                    next(ids), amount_of(amount, relative, target.refundable), method, at="t", business_day="d"
                )
            else:
                n = len(invoices) + 1
                labour = (("labour", amount_of(amount, relative, inv.total)),)
                invoices.append(
                    inv.correct(
                        new_invoice_no=f"I-{n}",
                        credit_note_no=f"CN-{n}",
                        reason="r",
                        labour=labour,
                        at="t",
                        business_day="d",
                    )
                )
        except DomainError:
            pass
        for i in invoices:
            assert 0 <= i.settled <= i.total or i.cancelled
            assert i.balance >= 0
            assert 0 <= i.refunded <= i.settled - i.carried_out
            assert i.refundable >= 0
            assert i.carried_in <= i.total
    # Money in and out reconciles across the chain of corrections: nothing made up, nothing lost.
    taken = sum(i.paid for i in invoices)
    given_back = sum(i.refunded for i in invoices)
    held = sum(i.settled - i.carried_out - i.refunded for i in invoices)
    assert taken - given_back == held


@settings(max_examples=150, deadline=None)
@given(amounts=st.lists(st.integers(1, MAX_MONEY), min_size=1, max_size=8), rate=RATES)
def test_a_bill_refuses_the_line_that_would_overflow_so_its_invoice_always_fits(
    amounts: list[int], rate: Decimal
) -> None:
    bill = Bill.open(7, 3, rate, fare=0, fare_line_id=1)
    bill.job_status = JobStatus.STARTED
    for n, amount in enumerate(amounts, start=1):
        try:
            bill.add_labour(n, "labour", amount, "kim", "t")
        except DomainError as err:
            assert err.code == "billing.bill_too_large"
    bill.job_status = JobStatus.FINISHED
    invoice = Invoice.issue(bill, "I-1", issued_at="t", business_day="d", customer_name="c", car_number="n")
    assert invoice.total <= MAX_MONEY
