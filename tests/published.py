"""The published language of DESIGN.md, as the tests hold the code to it."""

#: Every event DESIGN.md names, in the order it lists them.
PUBLISHED_EVENTS = (
    "RepairRequested",
    "ManDayDecreased",
    "ManDayOver",
    "RequestCancelled",
    "ManDayIncreased",
    "JobCreated",
    "JobStarted",
    "PartRequested",
    "PartReceived",
    "PartRequestCancelled",
    "StockDecreased",
    "StockIncreased",
    "JobFinished",
    "JobCancelled",
    "BillIssued",
    "PaymentRecorded",
    "InvoiceVoided",
)
