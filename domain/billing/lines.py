"""A bill's lines (labour, part, discount) and their arithmetic: discounts, VAT half up, the total.

Discounts apply in a fixed order, so the same lines always give the same won:
first the discounts on a line (percent of that line, then amounts), then the
discounts on the whole bill (percent of the lines after their own discounts,
then amounts). Several percentages on the same base are added before rounding,
and each discount line shows its share by cumulative rounding, so the shares
add up to exactly the rounded whole: two 50 % discounts on 1 won take 1 won,
not 2. VAT is charged on what is left, rounded half up to the won.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.billing.fields import Field, percent_text
from domain.errors import Conflict, InvalidInput, NotFound

ZERO = Decimal(0)
HUNDRED = Decimal(100)

#: A discount of a correction: (description, amount, percent, on_line) with on_line 0 for the whole bill.
DiscountSpec = tuple[str, int, Decimal, int]


class LineKind(StrEnum):
    LABOUR = "labour"  # 공임: work, at an amount
    PART = "part"  # 부품: a part provided to the job, at its frozen price
    DISCOUNT = "discount"  # 할인: an amount or a percent off one line or the whole bill


@dataclass(frozen=True)
class Line:
    """One line of a bill (numbered by its line id) or of an invoice (numbered 1, 2, …).

    Labour charges `amount`; a part charges `quantity × unit_price`; a discount
    takes `amount` won or `percent` % off line `on_line`, or off the whole bill
    when `on_line` is 0.
    """

    number: int
    kind: LineKind
    description: str
    amount: int = 0
    quantity: int = 1
    unit_price: int = 0
    percent: Decimal = ZERO
    on_line: int = 0
    part_code: str = ""
    part_request_id: int = 0
    part_id: int = 0
    added_by: str = ""
    unit_cost: int = 0  # a part's: what each piece cost the shop when provided (not printed)

    @classmethod
    def labour(cls, number: int, description: str, amount: int, added_by: str = "") -> Line:
        return cls(number, LineKind.LABOUR, description, amount=amount, added_by=added_by)

    @classmethod
    def part(
        cls,
        number: int,
        part_request_id: int,
        part_id: int,
        part_code: str,
        name: str,
        quantity: int,
        unit_price: int,
        unit_cost: int = 0,
    ) -> Line:
        return cls(
            number,
            LineKind.PART,
            name,
            quantity=quantity,
            unit_price=unit_price,
            unit_cost=unit_cost,
            part_code=part_code,
            part_request_id=part_request_id,
            part_id=part_id,
        )

    @classmethod
    def discount(
        cls,
        number: int,
        description: str,
        amount: int = 0,
        percent: Decimal = ZERO,
        on_line: int = 0,
        added_by: str = "",
    ) -> Line:
        return cls(
            number, LineKind.DISCOUNT, description, amount=amount, percent=percent, on_line=on_line, added_by=added_by
        )

    @property
    def is_charge(self) -> bool:
        return self.kind is not LineKind.DISCOUNT

    @property
    def gross(self) -> int:
        """What a labour or part line charges before discounts (0 for a discount)."""
        if self.kind is LineKind.PART:
            return self.quantity * self.unit_price
        return self.amount if self.kind is LineKind.LABOUR else 0


def half_up(value: Decimal) -> int:
    """To the won, half up (never to even: 2.5 is 3)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def vat_of(subtotal: int, rate: Decimal) -> int:
    """VAT on `subtotal` at `rate`, rounded half up to the won."""
    return half_up(Decimal(subtotal) * rate)


@dataclass(frozen=True)
class Pricing:
    """What each line comes to (discounts negative) and the bill's sums."""

    amounts: Mapping[int, int]  # line number -> won, charges positive, discounts negative
    labour: int
    parts: int
    discounts: int  # the won taken off, as a positive number
    vat_rate: Decimal
    vat: int

    @property
    def charges(self) -> int:
        return self.labour + self.parts

    @property
    def subtotal(self) -> int:
        return self.charges - self.discounts

    @property
    def total(self) -> int:
        return self.subtotal + self.vat

    def net_of(self, number: int, lines: Iterable[Line]) -> int:
        """Line `number` after the discounts on it."""
        return self.amounts[number] + sum(self.amounts[d.number] for d in lines if d.on_line == number)


def _shares(base: int, discounts: Sequence[Line]) -> dict[int, int]:
    """Each discount's won on `base`: percentages by cumulative rounding, then amounts."""
    shares: dict[int, int] = {}
    cumulative, taken = ZERO, 0
    for d in discounts:
        if d.percent:
            cumulative += d.percent
            if cumulative > HUNDRED:  # each under 100 %, together over it: still more than all of the base
                raise Conflict("billing.percents_over_hundred", percent=percent_text(cumulative))
            upto = half_up(Decimal(base) * cumulative / HUNDRED)
            shares[d.number], taken = upto - taken, upto
    for d in discounts:
        if not d.percent:
            shares[d.number] = d.amount
    return shares


def price(lines: Iterable[Line], vat_rate: Decimal) -> Pricing:
    """Price `lines`; a discount larger than what it applies to is refused (Conflict)."""
    lines = tuple(lines)
    charges = {ln.number: ln for ln in lines if ln.is_charge}
    discounts = [ln for ln in lines if not ln.is_charge]
    amounts = {n: ln.gross for n, ln in charges.items()}
    for d in discounts:
        if d.on_line and d.on_line not in charges:
            raise NotFound("billing.no_such_line", line_id=d.on_line)
    for number, line in charges.items():
        on_it = [d for d in discounts if d.on_line == number]
        if not on_it:
            continue
        shares = _shares(line.gross, on_it)
        off = sum(shares.values())
        if off > line.gross:
            raise Conflict("billing.discount_over_line", line_id=number, discount=off, amount=line.gross)
        amounts.update({n: -won for n, won in shares.items()})
    base = sum(amounts.values())
    shares = _shares(base, [d for d in discounts if not d.on_line])
    if sum(shares.values()) > base:
        raise Conflict("billing.discount_over_bill", discount=sum(shares.values()), amount=base)
    amounts.update({n: -won for n, won in shares.items()})
    labour = sum(ln.gross for ln in charges.values() if ln.kind is LineKind.LABOUR)
    parts = sum(ln.gross for ln in charges.values() if ln.kind is LineKind.PART)
    off = -sum(amounts[d.number] for d in discounts)
    return Pricing(amounts, labour, parts, off, vat_rate, vat_of(labour + parts - off, vat_rate))


# -- composing an invoice's lines --------------------------------------------------------
def renumbered(lines: Iterable[Line]) -> tuple[Line, ...]:
    """A bill's lines as an invoice's: labour, then parts, then discounts, numbered from 1."""
    order = {LineKind.LABOUR: 0, LineKind.PART: 1, LineKind.DISCOUNT: 2}
    ordered = sorted(lines, key=lambda ln: order[ln.kind])  # stable: each kind keeps the order it was added in
    new_number = {ln.number: n for n, ln in enumerate(ordered, start=1)}
    return tuple(
        replace(ln, number=new_number[ln.number], on_line=new_number[ln.on_line] if ln.on_line else 0) for ln in ordered
    )


def corrected_lines(
    old: Iterable[Line], labour: Sequence[tuple[str, int]], discounts: Sequence[DiscountSpec], by: str
) -> tuple[Line, ...]:
    """The new invoice's lines: the labour given, the old part lines, the discounts given."""
    lines = [Line.labour(0, description, amount, by) for description, amount in labour]
    lines += [ln for ln in old if ln.kind is LineKind.PART]
    if not lines:
        raise InvalidInput("billing.correction_empty", field=Field.LABOUR)
    charges = len(lines)
    for description, amount, percent, on_line in discounts:
        if on_line > charges:
            raise InvalidInput("billing.correction_no_such_line", field=Field.DISCOUNTS, line_no=on_line, most=charges)
        lines.append(Line.discount(0, description, amount, percent or ZERO, on_line, by))
    numbered = [replace(ln, number=n) for n, ln in enumerate(lines, start=1)]
    return tuple(numbered)


def same_lines(new: Sequence[Line], old: Sequence[Line]) -> bool:
    """Whether a correction would issue what is already issued (who typed a line does not count)."""
    return [replace(ln, added_by="") for ln in new] == [replace(ln, added_by="") for ln in renumbered(old)]
