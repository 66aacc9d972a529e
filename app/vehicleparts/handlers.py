"""Vehicle-parts context: catalogue, stock, and providing parts to jobs."""

from __future__ import annotations

from app.handling import HandlerSettings, PolicySpec
from app.uow import UnitOfWork
from domain.errors import Conflict, InvalidInput
from domain.jobs.events import PartRequested
from domain.vehicleparts.commands import ChangePartPrice, DecreaseStock, IncreaseStock, RegisterPart
from domain.vehicleparts.events import PartPriceChanged, PartRegistered, StockDecreased, StockIncreased
from domain.vehicleparts.model import part_request_outcome


def register_part(cmd: RegisterPart, uow: UnitOfWork, _: HandlerSettings) -> int:
    if uow.parts.code_taken(cmd.part_code):
        raise Conflict(f"Part code {cmd.part_code} is already in the catalogue; use another code.")
    part_id = uow.parts.add(cmd.part_code, cmd.name, cmd.price, cmd.stock, cmd.low_stock)
    uow.record(PartRegistered(part_id, cmd.part_code, cmd.name, cmd.price, cmd.stock, cmd.low_stock))
    return part_id


MAX_STOCK = 1_000_000_000  # far beyond any shelf, and well inside the stock column


def increase_stock(cmd: IncreaseStock, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id)
    if part.stock + cmd.quantity > MAX_STOCK:
        raise InvalidInput(
            f"{part.name} ({part.part_code}) would have {part.stock + cmd.quantity:,} in stock; "
            f"the most Pitlane keeps is {MAX_STOCK:,}. Check the quantity."
        )
    stock = uow.parts.add_stock(cmd.part_id, cmd.quantity)
    uow.record(StockIncreased(cmd.part_id, cmd.quantity, stock))


def decrease_stock(cmd: DecreaseStock, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id)
    taken, stock = uow.parts.try_take(cmd.part_id, cmd.quantity)
    if not taken:
        raise InvalidInput(
            f"Cannot take {cmd.quantity} of {part.name} ({part.part_code}) off the shelf: only {stock} in stock."
        )
    uow.record(StockDecreased(cmd.part_id, cmd.quantity, stock, cmd.reason or "adjusted by hand"))


def change_part_price(cmd: ChangePartPrice, uow: UnitOfWork, _: HandlerSettings) -> None:
    part = uow.parts.get(cmd.part_id)
    if part.price == cmd.price:
        return
    uow.parts.set_price(part.id, cmd.price)
    uow.record(PartPriceChanged(part.id, cmd.price, part.price))


def provide_part(event: PartRequested, uow: UnitOfWork, _: HandlerSettings) -> None:
    """PartRequested -> take from stock atomically -> StockDecreased + PartReceived, or cancelled."""
    part = uow.parts.get(event.part_id)
    taken, stock = uow.parts.try_take(event.part_id, event.quantity)
    uow.record(*part_request_outcome(part, event.part_request_id, event.job_id, event.quantity, taken, stock))


COMMAND_HANDLERS = {
    RegisterPart: register_part,
    IncreaseStock: increase_stock,
    DecreaseStock: decrease_stock,
    ChangePartPrice: change_part_price,
}
POLICIES = [PolicySpec("vehicleparts.provide_part", PartRequested, provide_part)]
