"""What parts cost the shop: the moving average over deliveries, and a part's margin."""

from __future__ import annotations


def average_cost(on_shelf: int, cost: int, delivered: int, unit_cost: int) -> int:
    """The unit cost of the stock after a delivery, won rounded half up.

    Stock with no known cost yet (`cost` 0) takes the delivery's cost: valuing
    it at nothing would make every later margin look better than it is.
    """
    if cost == 0 or on_shelf <= 0:
        return unit_cost
    total = on_shelf * cost + delivered * unit_cost
    units = on_shelf + delivered
    return (2 * total + units) // (2 * units)


def margin_percent(revenue: int, cost: int) -> float:
    """Gross margin as a percent of revenue, one decimal; 0 with no revenue."""
    return round(100 * (revenue - cost) / revenue, 1) if revenue else 0.0
