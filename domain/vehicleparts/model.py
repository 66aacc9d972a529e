"""A part in the catalogue and its stock: the aggregate that decides what leaves the shelf.

`take` decides whether a job's part request can be provided and records the
outcome; the repository then writes it behind the database's conditional
UPDATE (`… WHERE stock >= :q`), the atomic guard that keeps many terminals
from driving stock below zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.messages import Event
from domain.texts import Message
from domain.vehicleparts.events import (
    PartPriceChanged,
    PartReceived,
    PartRegistered,
    PartRequestCancelled,
    StockDecreased,
    StockIncreased,
)

#: The most of one part Pitlane keeps: far beyond any shelf, and well inside the stock column.
MAX_STOCK = 1_000_000_000


@dataclass
class Part:
    id: int
    part_code: str
    name: str
    price: int
    stock: int
    low_stock: int = 0
    origin: str = "A"
    unit_cost: int = 0  # the average purchase cost of the stock on the shelf (app.vehicleparts.record_delivery)
    events: list[Event] = field(default_factory=list)

    @classmethod
    def register(
        cls, part_id: int, part_code: str, name: str, price: int, stock: int, low_stock: int, origin: str = "A"
    ) -> Part:
        part = cls(part_id, part_code, name, price, stock, low_stock, origin)
        part.events.append(PartRegistered(part_id, part_code, name, price, stock, low_stock, origin))
        return part

    def take(self, part_request_id: int, job_id: int, quantity: int, quoted_price: int | None = None) -> bool:
        """Provide a job's part request: stock down and the price frozen (the one the customer agreed to, if
        quoted; today's otherwise), or the request cancelled."""
        if quantity > self.stock:
            if self.stock <= 0:
                reason = Message("vehicleparts.out_of_stock", {"part": self.name, "code": self.part_code})
            else:
                reason = Message(
                    "vehicleparts.short_stock",
                    {"stock": self.stock, "part": self.name, "code": self.part_code, "qty": quantity},
                )
            self.events.append(
                PartRequestCancelled(
                    part_request_id,
                    job_id,
                    self.id,
                    quantity,
                    reason.render("en"),
                    reason.code,
                    reason.to_dict()["params"],
                )
            )
            return False
        self.stock -= quantity
        self.events += [
            StockDecreased(self.id, quantity, self.stock, f"job {job_id}", part_request_id),
            PartReceived(
                part_request_id,
                job_id,
                self.id,
                self.part_code,
                self.name,
                quantity,
                self.price if quoted_price is None else quoted_price,
                self.unit_cost,
            ),
        ]
        return True

    def restock(self, quantity: int) -> None:
        """Put `quantity` more on the shelf (a delivery, 입고)."""
        if self.stock + quantity > MAX_STOCK:
            raise InvalidInput(
                "vehicleparts.stock_over_max",
                field=Field.QUANTITY,
                part=self.name,
                code=self.part_code,
                stock=self.stock + quantity,
                maximum=MAX_STOCK,
            )
        self.stock += quantity
        self.events.append(StockIncreased(self.id, quantity, self.stock))

    def adjust_down(self, quantity: int, reason: str = "") -> None:
        """Take `quantity` off the shelf by hand (damaged, lost, counted)."""
        if quantity > self.stock:
            raise InvalidInput(
                "vehicleparts.cannot_take",
                field=Field.QUANTITY,
                qty=quantity,
                part=self.name,
                code=self.part_code,
                stock=self.stock,
            )
        self.stock -= quantity
        self.events.append(StockDecreased(self.id, quantity, self.stock, reason or "adjusted by hand"))

    def change_price(self, price: int) -> bool:
        """Set the price from now on; False (and nothing recorded) when it is already that."""
        if price == self.price:
            return False
        previous, self.price = self.price, price
        self.events.append(PartPriceChanged(self.id, price, previous))
        return True
