"""Taking money at the desk: several tenders in one step, all of them or none; only cash gives change.

A customer pays 150,000 by card, 50,000 by transfer and hands over 70,000 in
cash for the last 64,006: the plan is three payments (card 150,000, transfer
50,000, cash 64,006) and 5,994 change. Card and transfer are charged exactly;
the cash tender is what goes on the invoice, `cash_tendered` what was handed
over (0 means exactly the cash tender).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.billing.fields import Field, money, money_or_zero, pairs
from domain.errors import Conflict, InvalidInput
from domain.reception.commands import PAYMENT_METHODS

CASH, CARD, TRANSFER = "cash", "card", "transfer"
#: Methods that count as cash for a 현금영수증 (a bank transfer is cash to the tax office).
CASH_LIKE = (CASH, TRANSFER)
#: One TakePayment holds at most this many tenders (two cards, a transfer and cash is a busy day).
MAX_TENDERS = 8


@dataclass(frozen=True)
class Tender:
    """So much by one method."""

    method: str
    amount: int


def payment_method(value: object) -> str:
    """'Card ' is card; anything but cash, card or transfer is refused."""
    if not isinstance(value, str) or value.strip().lower() not in PAYMENT_METHODS:
        shown = value.strip()[:20] if isinstance(value, str) else type(value).__name__
        raise InvalidInput("billing.unknown_method", field=Field.METHOD, method=shown)
    return value.strip().lower()


def tenders_of(value: object) -> tuple[Tender, ...]:
    """`(method, amount)` pairs as tenders: at least one, methods known, amounts above 0."""
    items = pairs(value, Field.TENDERS, MAX_TENDERS)
    if not items:
        raise InvalidInput("billing.no_tenders", field=Field.TENDERS)
    tenders = []
    for item in items:
        if len(item) != 2:
            raise InvalidInput("billing.tender_shape", field=Field.TENDERS)
        tenders.append(Tender(payment_method(item[0]), money(item[1], Field.AMOUNT)))
    _one_cash_tender(tenders)
    return tuple(tenders)


def _one_cash_tender(tenders: Iterable[Tender]) -> None:
    # Cash is cash: two cash tenders would leave no one place for the cash handed over and its change.
    if sum(1 for t in tenders if t.method == CASH) > 1:
        raise InvalidInput("billing.cash_twice", field=Field.TENDERS)


@dataclass(frozen=True)
class PaymentPlan:
    """The payments to record in one transaction, the cash handed over and the change."""

    payments: tuple[Tender, ...]
    cash_tendered: int
    change: int

    @property
    def total(self) -> int:
        return sum(t.amount for t in self.payments)

    def by_method(self, method: str) -> int:
        return sum(t.amount for t in self.payments if t.method == method)


def plan_payment(balance: int, tenders: Iterable[Tender], cash_tendered: int = 0) -> PaymentPlan:
    """Check `tenders` against what is owed; the change is the cash handed over beyond the cash tender."""
    tenders = tuple(Tender(payment_method(t.method), money(t.amount, Field.AMOUNT)) for t in tenders)
    if not tenders:
        raise InvalidInput("billing.no_tenders", field=Field.TENDERS)
    _one_cash_tender(tenders)
    cash_tendered = money_or_zero(cash_tendered, Field.CASH_TENDERED)
    total = sum(t.amount for t in tenders)
    if balance <= 0:
        raise Conflict("billing.nothing_owed")
    if total > balance:
        raise Conflict("billing.tenders_over_balance", total=total, balance=balance)
    cash = sum(t.amount for t in tenders if t.method == CASH)
    if cash_tendered and not cash:
        raise InvalidInput("billing.cash_tendered_without_cash", field=Field.CASH_TENDERED, tendered=cash_tendered)
    tendered = cash_tendered or cash
    if tendered < cash:
        raise InvalidInput("billing.cash_short", field=Field.CASH_TENDERED, cash=cash, tendered=tendered)
    return PaymentPlan(tenders, tendered, tendered - cash)
