"""The reception context's receipts and invoices behind small, explicit SQL.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select, update

from app.persistence import Seen, stored_reason
from app.prepared import Prepared
from app.reception.tables import invoice, invoice_line, payment, receipt
from domain.errors import NotFound
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus

r = receipt.c
i = invoice.c

# -- receipts -----------------------------------------------------------------------
_ADD_RECEIPT = Prepared(insert(receipt).returning(r.id))
_GET_RECEIPT = Prepared(
    select(r.id, r.customer_name, r.car_number, r.mechanic_id, r.man_day, r.fare, r.status).where(
        r.id == bindparam("rid")
    )
)
_SET_RECEIPT_MECHANIC = Prepared(
    update(receipt)
    .where(r.id == bindparam("rid"))
    .values(mechanic_id=bindparam("new_id"), mechanic_name=bindparam("new_name"))
)
_SET_RECEIPT_STATUS = Prepared(update(receipt).where(r.id == bindparam("rid")).values(status=bindparam("new_status")))
_SET_RECEIPT_STATUS_REASON = Prepared(
    update(receipt)
    .where(r.id == bindparam("rid"))
    .values(
        status=bindparam("new_status"),
        reason=bindparam("new_reason"),
        reason_code=bindparam("new_reason_code"),
        reason_params=bindparam("new_reason_params"),
    )
)

#: The statuses a receipt records a reason for (a receipt is read without it: never write it blank).
_WITH_REASON = frozenset({ReceiptStatus.REJECTED, ReceiptStatus.CANCELLED})

# -- invoices -----------------------------------------------------------------------
_INVOICE_FOR_JOB = Prepared(select(i.id).where(i.job_id == bindparam("job_id")))
_ADD_INVOICE = Prepared(insert(invoice).returning(i.id))
_ADD_INVOICE_LINE = insert(invoice_line)
_ACCOUNT_LOCKED = Prepared(
    select(i.id, i.invoice_no, i.receipt_id, i.total, i.paid, i.status, i.carried_in)
    .where(i.invoice_no == bindparam("no"))
    .with_for_update()
)
_ADD_PAID = Prepared(update(invoice).where(i.id == bindparam("invoice_id")).values(paid=i.paid + bindparam("amount")))
_ADD_PAYMENT = Prepared(insert(payment).returning(payment.c.id))
_VOID = Prepared(
    update(invoice)
    .where(i.id == bindparam("invoice_id"))
    .values(
        status="voided",
        credit_note_no=bindparam("cn_no"),
        void_reason=bindparam("why"),
        voided_at=bindparam("at"),
        credit_note_day=bindparam("day"),
    )
)


class ReceiptRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def add(self, values: dict[str, object]) -> int:
        return int(_ADD_RECEIPT.run(self.conn, values).scalar_one())

    def get(self, receipt_id: int) -> Receipt:
        row = _GET_RECEIPT.run(self.conn, {"rid": receipt_id}).first()
        if row is None:
            raise NotFound("reception.receipt_not_found", receipt_id=receipt_id)
        receipt = Receipt(
            row.id,
            row.customer_name,
            row.car_number,
            row.mechanic_id,
            row.man_day,
            row.fare,
            ReceiptStatus(row.status),
        )
        self.seen.append(receipt)
        return receipt

    def set_mechanic(self, receipt_id: int, mechanic_id: int, mechanic_name: str) -> None:
        """The receipt's job moved to another mechanic (the invoice names who did the work)."""
        _SET_RECEIPT_MECHANIC.run(self.conn, {"rid": receipt_id, "new_id": mechanic_id, "new_name": mechanic_name})

    def save(self, receipt: Receipt) -> None:
        """Write the receipt's status, and why it was rejected or cancelled when it was."""
        if receipt.status in _WITH_REASON:
            by_code = stored_reason(receipt.reason_message)
            _SET_RECEIPT_STATUS_REASON.run(
                self.conn,
                {
                    "rid": receipt.id,
                    "new_status": receipt.status.value,
                    "new_reason": receipt.reason,
                    "new_reason_code": by_code["reason_code"],
                    "new_reason_params": by_code["reason_params"],
                },
            )
        else:
            _SET_RECEIPT_STATUS.run(self.conn, {"rid": receipt.id, "new_status": receipt.status.value})


class InvoiceRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def exists_for_job(self, job_id: int) -> bool:
        return _INVOICE_FOR_JOB.run(self.conn, {"job_id": job_id}).first() is not None

    def add(self, values: dict[str, object], lines: list[dict[str, object]]) -> int:
        invoice_id = int(_ADD_INVOICE.run(self.conn, values).scalar_one())
        if lines:
            self.conn.execute(_ADD_INVOICE_LINE, [{**ln, "invoice_id": invoice_id} for ln in lines])
        return invoice_id

    def account(self, invoice_no: str) -> tuple[int, InvoiceAccount]:
        """The invoice's id and account, the row locked until commit."""
        row = _ACCOUNT_LOCKED.run(self.conn, {"no": invoice_no}).first()
        if row is None:
            raise NotFound("reception.invoice_not_found", invoice_no=invoice_no)
        # Money paid on the invoice this one corrects counts here; a corrected invoice takes none.
        settled, cancelled = row.paid + row.carried_in, row.status != "issued"
        return row.id, InvoiceAccount(row.invoice_no, row.receipt_id, row.total, settled, cancelled)

    def add_payment(
        self, invoice_id: int, amount: int, method: str, now: str, actor: str, terminal: str, business_day: str = ""
    ) -> int:
        _ADD_PAID.run(self.conn, {"invoice_id": invoice_id, "amount": amount})
        params = {
            "business_day": business_day or now[:10],
            "invoice_id": invoice_id,
            "amount": amount,
            "method": method,
            "recorded_at": now,
            "actor": actor,
            "terminal": terminal,
        }
        return int(_ADD_PAYMENT.run(self.conn, params).scalar_one())

    def void(self, invoice_id: int, credit_note_no: str, reason: str, now: str, business_day: str) -> None:
        """The invoice cancelled by its credit note, which the Z report of `business_day` counts."""
        params = {"invoice_id": invoice_id, "cn_no": credit_note_no, "why": reason, "at": now, "day": business_day}
        _VOID.run(self.conn, params)
