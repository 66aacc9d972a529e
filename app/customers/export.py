"""Everything held about one customer, for their request to see it (개인정보 보호법 §35; docs/privacy.md).

`customer_data()` gathers the register's record, the customer's cars (with
readings and former plates), every receipt linked to the customer (what was
typed that day, the work asked for, the notes), the invoices issued for them,
and the event log's entries about the record (which never hold the personal
fields themselves). `write_export()` writes it as JSON, or as CSV in long form
(`section, record, field, value`: one line per value, so nested data needs no
second file). The file is readable by the owner only.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from app.customers.tables import customer, vehicle, vehicle_former_number, vehicle_reading
from app.eventlog.tables import event_log
from app.files import PRIVATE_FILE, private_mode
from app.reception.tables import invoice, receipt
from domain.customers.commands import unknown_customer
from domain.customers.identifiers import format_phone

FORMATS = ("json", "csv")


def _plain(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


def customer_data(conn: Connection, customer_id: int) -> dict[str, Any]:
    """The customer's record, cars, receipts, invoices and log entries, as plain JSON values."""
    found = conn.execute(select(customer).where(customer.c.id == customer_id)).first()
    if found is None:
        raise unknown_customer(customer_id)
    person = _plain(found)
    person["phone_display"] = format_phone(person["phone"])
    cars = [
        _plain(r) for r in conn.execute(select(vehicle).where(vehicle.c.owner_id == customer_id).order_by(vehicle.c.id))
    ]
    for car in cars:
        car["readings"] = [
            _plain(r)
            for r in conn.execute(
                select(vehicle_reading.c.day, vehicle_reading.c.km, vehicle_reading.c.odometer_replaced)
                .where(vehicle_reading.c.vehicle_id == car["id"])
                .order_by(vehicle_reading.c.seq)
            )
        ]
        car["former_numbers"] = [
            _plain(r)
            for r in conn.execute(
                select(vehicle_former_number.c.car_number, vehicle_former_number.c.until)
                .where(vehicle_former_number.c.vehicle_id == car["id"])
                .order_by(vehicle_former_number.c.seq)
            )
        ]
    r = receipt.c
    receipts = [
        _plain(row)
        for row in conn.execute(
            select(
                r.id,
                r.requested_at,
                r.customer_name,
                r.customer_phone,
                r.car_number,
                r.car_id,
                r.mileage,
                r.term,
                r.request_note,
                r.status,
                r.vehicle_id,
            )
            .where(r.customer_id == customer_id)
            .order_by(r.id)
        )
    ]
    receipt_ids = [row["id"] for row in receipts]
    invoices = (
        [
            _plain(row)
            for row in conn.execute(
                select(
                    invoice.c.invoice_no,
                    invoice.c.receipt_id,
                    invoice.c.issued_at,
                    invoice.c.total,
                    invoice.c.paid,
                    invoice.c.status,
                    invoice.c.credit_note_no,
                )
                .where(invoice.c.receipt_id.in_(receipt_ids))
                .order_by(invoice.c.id)
            )
        ]
        if receipt_ids
        else []
    )
    e = event_log.c
    about = [
        e.payload.like(f'%"customer_id":{customer_id},%'),
        e.payload.like(f'%"customer_id":{customer_id}}}%'),
        e.payload.like(f'%"keep_id":{customer_id},%'),
        e.payload.like(f'%"merged_id":{customer_id},%'),
        e.payload.like(f'%"old_customer_id":{customer_id},%'),
        e.payload.like(f'%"new_customer_id":{customer_id},%'),
    ]
    customer_events = {
        "CustomerRegistered",
        "CustomerUpdated",
        "ConsentRecorded",
        "CustomerErased",
        "CustomersMerged",
        "VehicleOwnerChanged",
    }
    log = [
        _plain(row)
        for row in conn.execute(
            select(e.id, e.occurred_at, e.event_type, e.actor, e.role, e.terminal)
            .where(and_(e.event_type.in_(sorted(customer_events)), or_(*about)))
            .order_by(e.id)
        )
    ]
    return {"customer": person, "vehicles": cars, "receipts": receipts, "invoices": invoices, "changes": log}


def _long_rows(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    rows.extend(("customer", str(data["customer"]["id"]), k, _cell(v)) for k, v in data["customer"].items())
    for section in ("vehicles", "receipts", "invoices", "changes"):
        for item in data[section]:
            key = str(item.get("id", item.get("invoice_no", "")))
            for field, value in item.items():
                if isinstance(value, list):
                    for n, sub in enumerate(value, start=1):
                        rows.extend((section, key, f"{field}[{n}].{k}", _cell(v)) for k, v in sub.items())
                else:
                    rows.append((section, key, field, _cell(value)))
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(data: dict[str, Any], fmt: str) -> str:
    """The export as text: 'json' (nested) or 'csv' (section, record, field, value)."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("section", "record", "field", "value"))
        writer.writerows(_long_rows(data))
        return out.getvalue()
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_export(data: dict[str, Any], path: str | os.PathLike[str], fmt: str) -> Path:
    """Write the export to `path`, readable by the owner only; returns the path."""
    text = render(data, fmt)
    target = Path(path)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, private_mode(PRIVATE_FILE))
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.chmod(target, private_mode(PRIVATE_FILE))
    return target
