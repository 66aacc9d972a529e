"""The published commands of every context."""

from domain.mechanic.commands import ChangeManDay, RegisterMechanic
from domain.messages import Command
from domain.reception.commands import (
    PAYMENT_METHODS,
    CancelRepair,
    RecordPayment,
    RequestRepair,
    VoidInvoice,
)
from domain.shop.commands import FinishJob, RequestPart, StartJob
from domain.vehicleparts.commands import ChangePartPrice, DecreaseStock, IncreaseStock, RegisterPart

__all__ = [
    "PAYMENT_METHODS",
    "CancelRepair",
    "ChangeManDay",
    "ChangePartPrice",
    "Command",
    "DecreaseStock",
    "FinishJob",
    "IncreaseStock",
    "RecordPayment",
    "RegisterMechanic",
    "RegisterPart",
    "RequestPart",
    "RequestRepair",
    "StartJob",
    "VoidInvoice",
]
