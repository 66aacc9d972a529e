"""The bill drafted on a job while it is open: labour, parts, discounts, until the job is finished.

The receipt's fare is the bill's first labour line. More labour is added once
the mechanic has started; discounts and removals are taken until the job is
finished; part lines follow the parts counter (a part provided is a line at its
frozen price, and a line cannot be removed while the part stays on the car).
The bill refuses any line that would take it past the most one invoice can
hold, so a finished job can always be invoiced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from domain.billing.events import DiscountAdded, LabourAdded, LineRemoved, PartLineAdded
from domain.billing.fields import Field, percent_text
from domain.billing.lines import ZERO, Line, LineKind, Pricing, price, vat_of
from domain.errors import Conflict, IllegalTransition, InvalidInput, NotFound
from domain.jobs.model import JobStatus
from domain.messages import MAX_MONEY, Event

#: Lines one bill may hold: a long job has a few dozen; a thousand is a mistake or a script gone wrong.
MAX_LINES = 300


def room_for_charges(charges: int, vat_rate: Decimal, maximum: int = MAX_MONEY) -> int:
    """How many more won of labour and parts fit before charges plus their VAT pass `maximum`."""
    most = int(Decimal(maximum) / (1 + vat_rate))  # close to the bound; step to it exactly
    while most + vat_of(most, vat_rate) > maximum:
        most -= 1
    while most + 1 + vat_of(most + 1, vat_rate) <= maximum:
        most += 1
    return max(most - charges, 0)


@dataclass
class Bill:
    """The open bill of one job. Lines are numbered by their line ids (unique across bills)."""

    job_id: int
    receipt_id: int
    job_status: JobStatus
    vat_rate: Decimal
    lines: list[Line] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        job_id: int,
        receipt_id: int,
        vat_rate: Decimal,
        *,
        fare: int,
        fare_line_id: int,
        description: str = "",
        added_by: str = "",
        at: str = "",
    ) -> Bill:
        """The bill of a new job, its first labour line the receipt's fare (none when the fare is 0)."""
        bill = cls(job_id, receipt_id, JobStatus.CREATED, vat_rate)
        if fare:
            bill._ensure_room(fare)
            bill._add(Line.labour(fare_line_id, description, fare, added_by))
            bill.events.append(LabourAdded(fare_line_id, job_id, receipt_id, description, fare, added_by, at))
        return bill

    # -- the rules ------------------------------------------------------------------
    def add_labour(self, line_id: int, description: str, amount: int, added_by: str, at: str) -> None:
        """More work on a started job."""
        self._ensure_open(started=True)
        self._ensure_room(amount)
        self._add(Line.labour(line_id, description, amount, added_by))
        self.events.append(LabourAdded(line_id, self.job_id, self.receipt_id, description, amount, added_by, at))

    def ensure_room(self, amount: int) -> None:
        """Refuse a part request whose `amount` would overflow the bill, before any stock moves."""
        self._ensure_room(amount)

    def add_part(
        self,
        line_id: int,
        part_request_id: int,
        part_id: int,
        part_code: str,
        name: str,
        quantity: int,
        unit_price: int,
    ) -> None:
        """A part provided to the job, at the price frozen when it was received (once per part request)."""
        if any(ln.part_request_id == part_request_id for ln in self.lines if ln.kind is LineKind.PART):
            return  # the parts counter's event came again: the policy is idempotent
        self._ensure_open(started=True)
        self._ensure_room(quantity * unit_price)
        self._add(Line.part(line_id, part_request_id, part_id, part_code, name, quantity, unit_price))
        self.events.append(
            PartLineAdded(
                line_id, self.job_id, self.receipt_id, part_request_id, part_id, part_code, name, quantity, unit_price
            )
        )

    def add_discount(
        self,
        line_id: int,
        description: str,
        *,
        amount: int = 0,
        percent: Decimal = ZERO,
        on_line: int = 0,
        added_by: str = "",
        at: str = "",
    ) -> None:
        """A discount on line `on_line`, or on the whole bill (0), before the job is finished."""
        self._ensure_open(started=False)
        if bool(amount) == bool(percent):
            raise InvalidInput("billing.discount_both" if amount else "billing.discount_neither", field=Field.AMOUNT)
        if on_line:
            target = self._line(on_line)
            if target.kind is LineKind.DISCOUNT:
                raise InvalidInput("billing.discount_on_discount", field=Field.LINE, line_id=on_line)
        line = Line.discount(line_id, description, amount, percent, on_line, added_by)
        price([*self.lines, line], self.vat_rate)  # refuses a discount over its line or over the bill
        self._add(line)
        self.events.append(
            DiscountAdded(
                line_id,
                self.job_id,
                self.receipt_id,
                description,
                amount,
                percent_text(percent),
                on_line,
                added_by,
                at,
            )
        )

    def remove_line(self, line_id: int, removed_by: str, at: str) -> None:
        """Take a labour or discount line off, and the discounts on it with it, until the job is finished."""
        self._ensure_open(started=False)
        line = self._line(line_id)
        if line.kind is LineKind.PART:
            raise IllegalTransition("billing.part_line_fixed", line_id=line_id)
        gone = [line, *(d for d in self.lines if d.on_line == line_id)]
        rest = [ln for ln in self.lines if ln.number not in {g.number for g in gone}]
        try:
            price(rest, self.vat_rate)
        except Conflict:  # an amount off the whole bill would be more than what is left
            raise IllegalTransition("billing.removal_overdraws", line_id=line_id) from None
        self.lines = rest
        self.events.extend(
            LineRemoved(g.number, self.job_id, self.receipt_id, g.kind.value, removed_by, at) for g in gone
        )

    # -- the state the rules read ---------------------------------------------------
    def pricing(self) -> Pricing:
        return price(self.lines, self.vat_rate)

    def line(self, line_id: int) -> Line:
        return self._line(line_id)

    def _line(self, line_id: int) -> Line:
        for ln in self.lines:
            if ln.number == line_id:
                return ln
        raise NotFound("billing.no_such_line", line_id=line_id)

    def _add(self, line: Line) -> None:
        if len(self.lines) >= MAX_LINES:
            raise InvalidInput("billing.too_many_lines", field=Field.LINE, most=MAX_LINES)
        self.lines.append(line)

    def _ensure_open(self, *, started: bool) -> None:
        status = self.job_status
        if status is JobStatus.STARTED or (status is JobStatus.CREATED and not started):
            return
        code = {
            JobStatus.CREATED: "billing.job_not_started",
            JobStatus.FINISHED: "billing.job_finished",
            JobStatus.CANCELLED: "billing.job_cancelled",
        }[status]
        raise IllegalTransition(code, job_id=self.job_id)

    def _ensure_room(self, amount: int) -> None:
        charges = sum(ln.gross for ln in self.lines)
        room = room_for_charges(charges, self.vat_rate)
        if amount > room:
            raise InvalidInput("billing.bill_too_large", field=Field.AMOUNT, most=room)
