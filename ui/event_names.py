"""What each event is called on a screen (the audit, history views), in the terminal's language.

The event log stores the published event names (`JobStarted`); people read "Job started" /
"작업 시작". tests/ui/test_event_names.py holds every event class of domain/ to a label here
and every label to its Korean translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.tr import QT_TRANSLATE_NOOP

CONTEXT = "Events"

LABELS: dict[str, str] = {
    # reception (접수) and the till
    "RepairRequested": QT_TRANSLATE_NOOP("Events", "Repair requested"),
    "RequestCancelled": QT_TRANSLATE_NOOP("Events", "Request cancelled or rejected"),
    "BillIssued": QT_TRANSLATE_NOOP("Events", "Invoice issued"),
    "PaymentRecorded": QT_TRANSLATE_NOOP("Events", "Payment recorded"),
    "InvoiceVoided": QT_TRANSLATE_NOOP("Events", "Invoice voided"),
    "RefundRecorded": QT_TRANSLATE_NOOP("Events", "Refund recorded"),
    "DayClosed": QT_TRANSLATE_NOOP("Events", "Day closed"),
    # billing (청구·결제)
    "LabourAdded": QT_TRANSLATE_NOOP("Events", "Labour added"),
    "PartLineAdded": QT_TRANSLATE_NOOP("Events", "Part added to the bill"),
    "DiscountAdded": QT_TRANSLATE_NOOP("Events", "Discount added"),
    "LineRemoved": QT_TRANSLATE_NOOP("Events", "Bill line removed"),
    "PaymentTaken": QT_TRANSLATE_NOOP("Events", "Payment taken"),
    "InvoiceCorrected": QT_TRANSLATE_NOOP("Events", "Invoice reissued"),
    "CashReceiptRecorded": QT_TRANSLATE_NOOP("Events", "Cash receipt recorded"),
    "TaxInvoiceRequested": QT_TRANSLATE_NOOP("Events", "Tax invoice requested"),
    # mechanic (정비사)
    "MechanicRegistered": QT_TRANSLATE_NOOP("Events", "Mechanic registered"),
    "ManDayDecreased": QT_TRANSLATE_NOOP("Events", "Man-days reserved"),
    "ManDayOver": QT_TRANSLATE_NOOP("Events", "Too few man-days"),
    "ManDayIncreased": QT_TRANSLATE_NOOP("Events", "Man-days given back"),
    "ManDayChanged": QT_TRANSLATE_NOOP("Events", "Man-days changed"),
    "JobReassigned": QT_TRANSLATE_NOOP("Events", "Job moved to another mechanic"),
    "PromisesMoved": QT_TRANSLATE_NOOP("Events", "Promised dates moved"),
    "WorkingWeekdaysChanged": QT_TRANSLATE_NOOP("Events", "Working days changed"),
    "DayOffAdded": QT_TRANSLATE_NOOP("Events", "Day off added"),
    "DayOffRemoved": QT_TRANSLATE_NOOP("Events", "Day off removed"),
    "ShopClosureAdded": QT_TRANSLATE_NOOP("Events", "Shop closure added"),
    "ShopClosureRemoved": QT_TRANSLATE_NOOP("Events", "Shop closure removed"),
    # jobs (작업)
    "JobCreated": QT_TRANSLATE_NOOP("Events", "Job created"),
    "JobStarted": QT_TRANSLATE_NOOP("Events", "Job started"),
    "PartRequested": QT_TRANSLATE_NOOP("Events", "Part requested"),
    "PartReturned": QT_TRANSLATE_NOOP("Events", "Part returned"),
    "JobFinished": QT_TRANSLATE_NOOP("Events", "Job finished"),
    "JobCancelled": QT_TRANSLATE_NOOP("Events", "Job cancelled"),
    # vehicle parts (부품)
    "PartRegistered": QT_TRANSLATE_NOOP("Events", "Part registered"),
    "PartReceived": QT_TRANSLATE_NOOP("Events", "Part provided to a job"),
    "PartRequestCancelled": QT_TRANSLATE_NOOP("Events", "Part request cancelled"),
    "StockIncreased": QT_TRANSLATE_NOOP("Events", "Stock received"),
    "StockDecreased": QT_TRANSLATE_NOOP("Events", "Stock taken off"),
    "PartPriceChanged": QT_TRANSLATE_NOOP("Events", "Part price changed"),
    # customers and vehicles (고객·차량)
    "CustomerRegistered": QT_TRANSLATE_NOOP("Events", "Customer registered"),
    "CustomerUpdated": QT_TRANSLATE_NOOP("Events", "Customer corrected"),
    "CustomersMerged": QT_TRANSLATE_NOOP("Events", "Customers merged"),
    "CustomerErased": QT_TRANSLATE_NOOP("Events", "Customer erased"),
    "ConsentRecorded": QT_TRANSLATE_NOOP("Events", "Consent recorded"),
    "VehicleRegistered": QT_TRANSLATE_NOOP("Events", "Vehicle registered"),
    "VehicleUpdated": QT_TRANSLATE_NOOP("Events", "Vehicle corrected"),
    "VehiclesMerged": QT_TRANSLATE_NOOP("Events", "Vehicles merged"),
    "VehicleOwnerChanged": QT_TRANSLATE_NOOP("Events", "Owner changed"),
    "CarNumberChanged": QT_TRANSLATE_NOOP("Events", "Car number changed"),
    "MileageRecorded": QT_TRANSLATE_NOOP("Events", "Mileage recorded"),
    # estimates (견적)
    "EstimateDrafted": QT_TRANSLATE_NOOP("Events", "Estimate drafted"),
    "EstimateApproved": QT_TRANSLATE_NOOP("Events", "Estimate approved"),
    "EstimateReopened": QT_TRANSLATE_NOOP("Events", "Estimate reopened"),
    "EstimateDeclined": QT_TRANSLATE_NOOP("Events", "Estimate declined"),
    "AdditionalWorkProposed": QT_TRANSLATE_NOOP("Events", "Additional work proposed"),
    "AdditionalWorkConsentRecorded": QT_TRANSLATE_NOOP("Events", "Additional work answered by the customer"),
    "CannedJobAdded": QT_TRANSLATE_NOOP("Events", "Menu job added"),
    "CannedJobUpdated": QT_TRANSLATE_NOOP("Events", "Menu job changed"),
    # users
    "UserCreated": QT_TRANSLATE_NOOP("Events", "User added"),
    "PinChanged": QT_TRANSLATE_NOOP("Events", "PIN changed"),
    "UserDisabled": QT_TRANSLATE_NOOP("Events", "User disabled"),
    "UserLockedOut": QT_TRANSLATE_NOOP("Events", "User locked out"),
    "SignedIn": QT_TRANSLATE_NOOP("Events", "Signed in"),
    "SignedOut": QT_TRANSLATE_NOOP("Events", "Signed out"),
    # shop details
    "ShopDetailsUpdated": QT_TRANSLATE_NOOP("Events", "Shop details changed"),
}


def event_label(event_type: str) -> str:
    """`event_type` as people call it, in the terminal's language (the name itself if it has no label)."""
    source = LABELS.get(event_type)
    return event_type if source is None else QCoreApplication.translate(CONTEXT, source)
