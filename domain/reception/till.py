"""The desk's till rules: tendering (only cash gives change), and what a closed day refuses.

The business day, its close and the Z report are the billing context's (domain.billing.day).
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.common.fields import Field
from domain.errors import Conflict, IllegalTransition, InvalidInput
from domain.messages import require_money


# -- taking money at the desk ---------------------------------------------------------
@dataclass(frozen=True)
class Tender:
    """One payment to record: so much by one method."""

    method: str
    amount: int


@dataclass(frozen=True)
class TenderPlan:
    """What the customer hands over, split into the payments to record, and the change."""

    payments: tuple[Tender, ...]
    cash_tendered: int
    change: int

    @property
    def total(self) -> int:
        return sum(p.amount for p in self.payments)


def plan_tender(balance: int, card: int = 0, transfer: int = 0, cash_tendered: int = 0) -> TenderPlan:
    """Split what the customer offers against `balance`; cash over the rest comes back as change.

    Card and transfer are charged exactly, so together they may not exceed the
    balance; cash covers what is left and any excess is change.
    """
    card = require_money(card, Field.CARD_AMOUNT)
    transfer = require_money(transfer, Field.TRANSFER_AMOUNT)
    cash_tendered = require_money(cash_tendered, Field.CASH_TENDERED)
    if balance <= 0:
        raise Conflict("reception.nothing_owed")
    non_cash = card + transfer
    if non_cash > balance:
        raise Conflict("reception.non_cash_over_balance", non_cash=non_cash, balance=balance)
    cash = min(cash_tendered, balance - non_cash)
    if cash_tendered and not cash:
        raise Conflict("reception.no_cash_needed")
    payments = tuple(
        Tender(method, amount) for method, amount in (("card", card), ("transfer", transfer), ("cash", cash)) if amount
    )
    if not payments:
        raise InvalidInput("reception.no_tender", field=Field.AMOUNT)
    return TenderPlan(payments, cash_tendered, cash_tendered - cash)


# -- the business day (closing it: domain.billing.day) ---------------------------------
#: What cannot be recorded into a closed day, by the name the till gives it.
_CLOSED_FOR = {
    "payment": "reception.day_closed_payment",
    "refund": "reception.day_closed_refund",
    "credit note": "reception.day_closed_credit_note",
}


def day_is_closed(day: str, z_no: str, what: str) -> IllegalTransition:
    """The refusal for money or documents dated into a closed day (`what`: payment, refund, credit note)."""
    return IllegalTransition(_CLOSED_FOR[what], day=day, z_no=z_no)
