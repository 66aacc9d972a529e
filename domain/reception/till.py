"""The till's rules: tendering (only cash gives change), the business day, the Z report."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.common.fields import Field
from domain.errors import Conflict, IllegalTransition, InvalidInput
from domain.messages import require_money
from domain.reception.commands import PAYMENT_METHODS

Z_REPORT_NUMBER_FORMAT = "Z{year}-{seq:04d}"


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


# -- the business day -----------------------------------------------------------------
def check_closable(day: str, today: str) -> None:
    """A day can be closed once it has begun; the future cannot be closed."""
    if day > today:
        raise InvalidInput("reception.day_not_begun", field=Field.DAY, day=day)


#: What cannot be recorded into a closed day, by the name the till gives it.
_CLOSED_FOR = {
    "payment": "reception.day_closed_payment",
    "refund": "reception.day_closed_refund",
    "credit note": "reception.day_closed_credit_note",
}


def day_is_closed(day: str, z_no: str, what: str) -> IllegalTransition:
    """The refusal for money or documents dated into a closed day (`what`: payment, refund, credit note)."""
    return IllegalTransition(_CLOSED_FOR[what], day=day, z_no=z_no)


# -- the Z report ---------------------------------------------------------------------
@dataclass(frozen=True)
class MethodTotals:
    method: str
    payment_count: int
    payments: int
    refund_count: int
    refunds: int

    @property
    def net(self) -> int:
        return self.payments - self.refunds


@dataclass(frozen=True)
class IssuedDocument:
    """An invoice or a credit note issued on the day."""

    number: str
    customer_name: str
    car_number: str
    subtotal: int
    vat: int
    total: int
    reference: str = ""  # a credit note's invoice


@dataclass(frozen=True)
class OpenBalance:
    invoice_no: str
    customer_name: str
    car_number: str
    total: int
    balance: int


@dataclass(frozen=True)
class ZReport:
    """The day's close: money by method, documents issued, what is still owed."""

    day: str
    z_no: str
    closed_at: str
    closed_by: str
    terminal: str
    methods: tuple[MethodTotals, ...]
    invoices: tuple[IssuedDocument, ...]
    credit_notes: tuple[IssuedDocument, ...]
    open_balances: tuple[OpenBalance, ...]
    #: The event chain's head at the close, short (app.eventlog.chain.short_code): the paper vouches for the log.
    chain_code: str = ""

    @property
    def payments_total(self) -> int:
        return sum(m.payments for m in self.methods)

    @property
    def refunds_total(self) -> int:
        return sum(m.refunds for m in self.methods)

    @property
    def net_total(self) -> int:
        return self.payments_total - self.refunds_total

    @property
    def invoices_subtotal(self) -> int:
        return sum(d.subtotal for d in self.invoices)

    @property
    def invoices_vat(self) -> int:
        return sum(d.vat for d in self.invoices)

    @property
    def invoices_total(self) -> int:
        return sum(d.total for d in self.invoices)

    @property
    def credit_notes_total(self) -> int:
        return sum(d.total for d in self.credit_notes)

    @property
    def net_sales(self) -> int:
        return self.invoices_total - self.credit_notes_total

    @property
    def open_balances_total(self) -> int:
        return sum(b.balance for b in self.open_balances)

    def method(self, name: str) -> MethodTotals:
        return next(m for m in self.methods if m.method == name)


def summarise_day(
    day: str,
    payments: Iterable[tuple[str, int]],
    refunds: Iterable[tuple[str, int]],
    invoices: Iterable[IssuedDocument],
    credit_notes: Iterable[IssuedDocument],
    open_balances: Iterable[OpenBalance],
    *,
    z_no: str = "",
    closed_at: str = "",
    closed_by: str = "",
    terminal: str = "",
    chain_code: str = "",
) -> ZReport:
    """Add up a day's money by method (every method listed, even at zero) and its documents."""
    pay: dict[str, list[int]] = {m: [] for m in PAYMENT_METHODS}
    back: dict[str, list[int]] = {m: [] for m in PAYMENT_METHODS}
    for method, amount in payments:
        pay.setdefault(method, []).append(amount)
    for method, amount in refunds:
        back.setdefault(method, []).append(amount)
    methods = tuple(
        MethodTotals(m, len(pay.get(m, [])), sum(pay.get(m, [])), len(back.get(m, [])), sum(back.get(m, [])))
        for m in dict.fromkeys([*PAYMENT_METHODS, *pay, *back])
    )
    return ZReport(
        day,
        z_no,
        closed_at,
        closed_by,
        terminal,
        methods,
        tuple(sorted(invoices, key=lambda d: d.number)),
        tuple(sorted(credit_notes, key=lambda d: d.number)),
        tuple(sorted(open_balances, key=lambda b: b.invoice_no)),
        chain_code,
    )
