"""The published events of every context, and a registry by name."""

from domain.billing.events import (
    CashReceiptRecorded,
    DiscountAdded,
    InvoiceCorrected,
    LabourAdded,
    LineRemoved,
    PartLineAdded,
    PaymentTaken,
    TaxInvoiceRequested,
)
from domain.jobs.events import (
    JobCancelled,
    JobCreated,
    JobFinished,
    JobStarted,
    PartLine,
    PartRequested,
    PartReturned,
)
from domain.mechanic.events import (
    ManDayChanged,
    ManDayDecreased,
    ManDayIncreased,
    ManDayOver,
    MechanicRegistered,
)
from domain.messages import Event
from domain.reception.events import (
    BillIssued,
    DayClosed,
    InvoiceVoided,
    PaymentRecorded,
    RefundRecorded,
    RepairRequested,
    RequestCancelled,
)
from domain.users.events import PinChanged, SignedIn, SignedOut, UserCreated, UserDisabled, UserLockedOut
from domain.vehicleparts.events import (
    PartPriceChanged,
    PartReceived,
    PartRegistered,
    PartRequestCancelled,
    StockDecreased,
    StockIncreased,
)

EVENT_TYPES: dict[str, type[Event]] = {
    cls.__name__: cls
    for cls in (
        MechanicRegistered,
        ManDayChanged,
        ManDayDecreased,
        ManDayOver,
        ManDayIncreased,
        RepairRequested,
        RequestCancelled,
        BillIssued,
        PaymentRecorded,
        InvoiceVoided,
        RefundRecorded,
        DayClosed,
        JobCreated,
        JobStarted,
        PartRequested,
        JobFinished,
        PartReturned,
        JobCancelled,
        PartRegistered,
        PartPriceChanged,
        StockIncreased,
        StockDecreased,
        PartReceived,
        PartRequestCancelled,
        UserCreated,
        PinChanged,
        UserDisabled,
        SignedIn,
        SignedOut,
        UserLockedOut,
        LabourAdded,
        PartLineAdded,
        DiscountAdded,
        LineRemoved,
        PaymentTaken,
        InvoiceCorrected,
        CashReceiptRecorded,
        TaxInvoiceRequested,
    )
}

__all__ = [
    "EVENT_TYPES",
    "BillIssued",
    "CashReceiptRecorded",
    "DayClosed",
    "DiscountAdded",
    "Event",
    "InvoiceCorrected",
    "InvoiceVoided",
    "JobCancelled",
    "JobCreated",
    "JobFinished",
    "JobStarted",
    "LabourAdded",
    "LineRemoved",
    "ManDayChanged",
    "ManDayDecreased",
    "ManDayIncreased",
    "ManDayOver",
    "MechanicRegistered",
    "PartLine",
    "PartLineAdded",
    "PartPriceChanged",
    "PartReceived",
    "PartRegistered",
    "PartRequestCancelled",
    "PartRequested",
    "PartReturned",
    "PaymentRecorded",
    "PaymentTaken",
    "PinChanged",
    "RefundRecorded",
    "RepairRequested",
    "RequestCancelled",
    "SignedIn",
    "SignedOut",
    "StockDecreased",
    "StockIncreased",
    "TaxInvoiceRequested",
    "UserCreated",
    "UserDisabled",
    "UserLockedOut",
]

# --- customers (고객·차량) ---
from domain.customers.events import (  # noqa: E402
    EVENTS as _CUSTOMERS_EVENTS,
)
from domain.customers.events import (  # noqa: E402
    CarNumberChanged,
    ConsentRecorded,
    CustomerErased,
    CustomerRegistered,
    CustomersMerged,
    CustomerUpdated,
    MileageRecorded,
    VehicleOwnerChanged,
    VehicleRegistered,
    VehiclesMerged,
    VehicleUpdated,
)

EVENT_TYPES.update({cls.__name__: cls for cls in _CUSTOMERS_EVENTS})
__all__ += [
    "CarNumberChanged",
    "ConsentRecorded",
    "CustomerErased",
    "CustomerRegistered",
    "CustomerUpdated",
    "CustomersMerged",
    "MileageRecorded",
    "VehicleOwnerChanged",
    "VehicleRegistered",
    "VehicleUpdated",
    "VehiclesMerged",
]

# --- mechanic: working days and the queue ---
from domain.mechanic.events import (  # noqa: E402
    DayOffAdded,
    DayOffRemoved,
    JobReassigned,
    PromisesMoved,
    ShopClosureAdded,
    ShopClosureRemoved,
    WorkingWeekdaysChanged,
)

_SCHEDULE_EVENTS: tuple[type[Event], ...] = (
    DayOffAdded,
    DayOffRemoved,
    JobReassigned,
    PromisesMoved,
    ShopClosureAdded,
    ShopClosureRemoved,
    WorkingWeekdaysChanged,
)
EVENT_TYPES.update({cls.__name__: cls for cls in _SCHEDULE_EVENTS})
__all__ += [cls.__name__ for cls in _SCHEDULE_EVENTS]

# --- estimates (견적) ---
from domain.estimates.events import (  # noqa: E402
    AdditionalWorkConsentRecorded,
    AdditionalWorkProposed,
    CannedJobAdded,
    CannedJobUpdated,
    EstimateApproved,
    EstimateDeclined,
    EstimateDrafted,
    EstimateReopened,
)

_ESTIMATES_EVENTS: tuple[type[Event], ...] = (
    EstimateApproved,
    EstimateDeclined,
    EstimateDrafted,
    EstimateReopened,
    AdditionalWorkProposed,
    AdditionalWorkConsentRecorded,
    CannedJobAdded,
    CannedJobUpdated,
)
EVENT_TYPES.update({cls.__name__: cls for cls in _ESTIMATES_EVENTS})
__all__ += [cls.__name__ for cls in _ESTIMATES_EVENTS]

# --- shop details (정비소 정보) ---
from domain.shopdetails.events import ShopDetailsUpdated  # noqa: E402

EVENT_TYPES["ShopDetailsUpdated"] = ShopDetailsUpdated
__all__ += ["ShopDetailsUpdated"]
