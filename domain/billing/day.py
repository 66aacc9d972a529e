"""The till's business day: where money taken after a close goes, the order days close in, the Z report.

A closed day's Z report never changes. Money taken or given back after its
day is closed is not refused: it belongs to the next business day that is
still open (the customer at 19:00 after the close pays into tomorrow). Days
close in order: a day cannot be closed while an earlier day with activity is
still open, nor before the shop's first day, nor before it has begun.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.billing.fields import Field
from domain.errors import IllegalTransition, InvalidInput
from domain.messages import Event
from domain.reception.commands import PAYMENT_METHODS
from domain.reception.events import DayClosed


def next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def business_day_of(today: str, closed: Collection[str]) -> str:
    """The business day money moved `today` belongs to: today, or the first later day not closed."""
    day = today
    while day in closed:
        day = next_day(day)
    return day


# -- the Z report, from plain rows ------------------------------------------------------
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
    """An invoice or a credit note of the day (a credit note's `reference` is its invoice)."""

    number: str
    customer_name: str
    car_number: str
    subtotal: int
    vat: int
    total: int
    reference: str = ""
    labour: int = 0
    parts: int = 0
    discounts: int = 0  # won taken off by discount lines, as a positive number


@dataclass(frozen=True)
class OpenBalance:
    invoice_no: str
    customer_name: str
    car_number: str
    total: int
    balance: int


@dataclass(frozen=True)
class InvoiceAtClose:
    """An invoice as it stood at the end of a day: what it came to, what was settled, whether cancelled."""

    invoice_no: str
    customer_name: str
    car_number: str
    total: int
    settled: int  # paid by the end of the day, with what its corrected invoice carried over
    cancelled: bool  # voided or corrected by the end of the day


def open_balances(invoices: Iterable[InvoiceAtClose]) -> list[OpenBalance]:
    """What was still owed at the end of the day: invoices not cancelled and not settled by then."""
    return [
        OpenBalance(i.invoice_no, i.customer_name, i.car_number, i.total, i.total - i.settled)
        for i in invoices
        if not i.cancelled and i.total > i.settled
    ]


@dataclass(frozen=True)
class ZReport:
    """The day's close: money by method, documents issued, discounts, what is still owed."""

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
    def discounts_total(self) -> int:
        """Discounts on the day's invoices, less those on the day's credit notes."""
        return sum(d.discounts for d in self.invoices) - sum(d.discounts for d in self.credit_notes)

    @property
    def credit_notes_total(self) -> int:
        return sum(d.total for d in self.credit_notes)

    @property
    def credit_notes_vat(self) -> int:
        return sum(d.vat for d in self.credit_notes)

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
    """Add up a business day's (method, amount) rows by method, every method listed even at zero."""
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


# -- closing ----------------------------------------------------------------------------
@dataclass
class TillDay:
    """One business day of the till: open until its Z report fixes it."""

    day: str
    z_no: str = ""
    events: list[Event] = field(default_factory=list)

    @property
    def closed(self) -> bool:
        return bool(self.z_no)

    def check_closable(self, *, today: str, first_day: str, open_with_activity: Iterable[str]) -> None:
        """Refuse closing this day: closed already, not begun, before the shop's first day, or an earlier day open.

        `first_day` is the shop's first business day ('' when it has none yet);
        `open_with_activity` the days not closed that have money or documents on them.
        """
        if self.closed:
            raise IllegalTransition("billing.day_already_closed", day=self.day, z_no=self.z_no)
        if self.day > today:
            raise InvalidInput("billing.day_in_future", field=Field.DAY, day=self.day, today=today)
        if first_day and self.day < first_day:
            raise InvalidInput("billing.day_before_first", field=Field.DAY, day=self.day, first_day=first_day)
        earlier = sorted(d for d in open_with_activity if d < self.day)
        if earlier:
            raise IllegalTransition("billing.earlier_day_open", day=self.day, earlier=earlier[0])

    def close(self, report: ZReport, *, today: str, first_day: str, open_with_activity: Iterable[str]) -> None:
        """Fix the day's Z report (DayClosed); days close in order, from the shop's first, never ahead of today."""
        self.check_closable(today=today, first_day=first_day, open_with_activity=open_with_activity)
        self.z_no = report.z_no
        self.events.append(
            DayClosed(
                self.day,
                report.z_no,
                report.closed_at,
                report.payments_total,
                report.refunds_total,
                len(report.invoices),
                report.invoices_total,
                len(report.credit_notes),
                report.credit_notes_total,
                report.open_balances_total,
            )
        )
