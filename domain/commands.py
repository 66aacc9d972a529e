"""The published commands of every context."""

from domain.billing.commands import (
    AddDiscount,
    AddLabour,
    CorrectInvoice,
    RecordCashReceipt,
    RemoveLine,
    RequestTaxInvoice,
    TakePayment,
)
from domain.jobs.commands import FinishJob, RequestPart, ReturnPart, StartJob
from domain.mechanic.commands import ChangeManDay, RegisterMechanic
from domain.messages import Command
from domain.reception.commands import (
    PAYMENT_METHODS,
    CancelRepair,
    CloseDay,
    RecordPayment,
    RecordRefund,
    RequestRepair,
    VoidInvoice,
)
from domain.users.commands import ChangePin, CreateUser, DisableUser
from domain.vehicleparts.commands import ChangePartPrice, DecreaseStock, IncreaseStock, RegisterPart

__all__ = [
    "PAYMENT_METHODS",
    "AddDiscount",
    "AddLabour",
    "CancelRepair",
    "ChangeManDay",
    "ChangePartPrice",
    "ChangePin",
    "CloseDay",
    "Command",
    "CorrectInvoice",
    "CreateUser",
    "DecreaseStock",
    "DisableUser",
    "FinishJob",
    "IncreaseStock",
    "RecordCashReceipt",
    "RecordPayment",
    "RecordRefund",
    "RegisterMechanic",
    "RegisterPart",
    "RemoveLine",
    "RequestPart",
    "RequestRepair",
    "RequestTaxInvoice",
    "ReturnPart",
    "StartJob",
    "TakePayment",
    "VoidInvoice",
]

# --- customers (고객·차량) ---
from domain.customers.commands import (
    ChangeCarNumber,
    ChangeVehicleOwner,
    EraseCustomer,
    MergeCustomers,
    MergeVehicles,
    RecordConsent,
    RecordMileage,
    RegisterCustomer,
    RegisterVehicle,
    UpdateCustomer,
    UpdateVehicle,
)

__all__ += [
    "ChangeCarNumber",
    "ChangeVehicleOwner",
    "EraseCustomer",
    "MergeCustomers",
    "MergeVehicles",
    "RecordConsent",
    "RecordMileage",
    "RegisterCustomer",
    "RegisterVehicle",
    "UpdateCustomer",
    "UpdateVehicle",
]

# --- mechanic: working days and the queue ---
from domain.mechanic.commands import (  # noqa: E402
    AddDayOff,
    AddShopClosure,
    ReassignJob,
    RemoveDayOff,
    RemoveShopClosure,
    SetWorkingWeekdays,
)

__all__ += [
    "AddDayOff",
    "AddShopClosure",
    "ReassignJob",
    "RemoveDayOff",
    "RemoveShopClosure",
    "SetWorkingWeekdays",
]

# --- estimates (견적) ---
from domain.estimates.commands import (  # noqa: E402
    AddCannedJob,
    AddCannedJobToJob,
    ApproveEstimate,
    DeclineEstimate,
    DraftEstimate,
    ProposeAdditionalWork,
    RecordAdditionalWorkConsent,
    UpdateCannedJob,
)

__all__ += [
    "AddCannedJob",
    "AddCannedJobToJob",
    "ApproveEstimate",
    "DeclineEstimate",
    "DraftEstimate",
    "ProposeAdditionalWork",
    "RecordAdditionalWorkConsent",
    "UpdateCannedJob",
]

# --- shop details (정비소 정보) ---
from domain.shopdetails.commands import UpdateShopDetails  # noqa: E402

__all__ += ["UpdateShopDetails"]
