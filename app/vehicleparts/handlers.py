"""Vehicle-parts context: catalogue, stock, and providing parts to jobs.

The rules are the `Part` aggregate's; these functions load it, ask it, and
have the repository write what it decided. The unit of work collects the
events it recorded.
"""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.errors import Conflict
from domain.jobs.events import PartRequested, PartReturned
from domain.vehicleparts.commands import ChangePartPrice, DecreaseStock, IncreaseStock, RegisterPart


def register_part(cmd: RegisterPart, uow: UnitOfWork, _: HandlerSettings) -> int:
    if uow.parts.code_taken(cmd.part_code):
        raise Conflict("vehicleparts.code_taken", code=cmd.part_code)
    return uow.parts.add(cmd.part_code, cmd.name, cmd.price, cmd.stock, cmd.low_stock, cmd.origin).id


def increase_stock(cmd: IncreaseStock, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id, for_update=True)
    on_shelf = part.stock
    part.restock(cmd.quantity)
    uow.parts.restock(part, cmd.quantity)
    if cmd.unit_cost:  # the purchase cost, for stock value and margins (app/reports)
        uow.parts.record_delivery(part.id, cmd.quantity, cmd.unit_cost, on_shelf, uow.now_text())


def decrease_stock(cmd: DecreaseStock, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id, for_update=True)
    part.adjust_down(cmd.quantity, cmd.reason)
    uow.parts.take(part, cmd.quantity)


def change_part_price(cmd: ChangePartPrice, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id, for_update=True)
    if part.change_price(cmd.price):
        uow.parts.save_price(part)


def provide_part(event: PartRequested, uow: UnitOfWork, _: HandlerSettings) -> None:
    """PartRequested -> take from stock atomically -> StockDecreased + PartReceived, or cancelled."""
    part = uow.parts.get(event.part_id, for_update=True)
    if part.take(event.part_request_id, event.job_id, event.quantity, event.quoted_price):
        uow.parts.take(part, event.quantity)


def restock_returned(event: PartReturned, uow: UnitOfWork, _: HandlerSettings) -> None:
    """PartReturned -> the part is back on the shelf (StockIncreased)."""
    part = uow.parts.get(event.part_id, for_update=True)
    part.restock(event.quantity)
    uow.parts.restock(part, event.quantity)


COMMAND_HANDLERS = {
    RegisterPart: register_part,
    IncreaseStock: increase_stock,
    DecreaseStock: decrease_stock,
    ChangePartPrice: change_part_price,
}
POLICIES = [
    PolicySpec("vehicleparts.provide_part", PartRequested, provide_part),
    PolicySpec("vehicleparts.restock_returned", PartReturned, restock_returned),
]
