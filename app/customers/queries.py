"""The register's reads: `shop.find_vehicles(text)` and `shop.vehicle_history(car_number)`.

Plain rows (domain.customers.search.VehicleMatch, domain.customers.history.Visit),
never ORM objects. A history joins the receipts, the status board and the
invoices: the read side may.

The search is one UNION of narrow lookups, one per needle of
`VehicleSearch.of(text)`, each on an index where there can be one (the last
four digits of the plate: `vehicle.car_key`; the phone: `ix_customer_phone`,
scanned as an index); the rows are then the vehicles found, newest visit first.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    String,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    union,
)

from app.board.tables import status_board
from app.customers.search_index import SEARCH_TABLE, match_expression
from app.customers.tables import customer, vehicle, vehicle_former_number
from app.reception.tables import invoice, invoice_line, receipt
from domain.customers.history import Visit, VisitPart, VisitWork, newest_first
from domain.customers.identifiers import format_phone, normalise_car_number
from domain.customers.search import VehicleMatch, VehicleSearch

c = customer.c
v = vehicle.c
fn = vehicle_former_number.c
r = receipt.c
b = status_board.c

SEARCH_LIMIT = 50
TRIGRAM = 3  # the shortest needle the SQLite index can look up


def _like(text: str) -> str:
    """`text` inside a LIKE pattern, its own % and _ taken literally (escape '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _matching_ids(needle: VehicleSearch) -> Select[tuple[int]] | None:
    parts: list[Select[tuple[int]]] = []
    if needle.key:
        parts.append(select(v.id).where(v.car_key == needle.key))
    if needle.car_number:
        pattern = _like(needle.car_number)
        parts.append(select(v.id).where(v.car_number.like(pattern, escape="\\")))
        parts.append(select(fn.vehicle_id).where(fn.car_number.like(pattern, escape="\\")))
    if needle.digits:
        phones = select(c.id).where(c.phone.like(_like(needle.digits), escape="\\"))
        parts.append(select(v.id).where(v.owner_id.in_(phones)))
    if needle.name:
        names = select(c.id).where(func.lower(c.name).like(_like(needle.name), escape="\\"))
        parts.append(select(v.id).where(v.owner_id.in_(names)))
    if needle.vin:
        parts.append(select(v.id).where(v.car_id.like(_like(needle.vin), escape="\\")))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else union(*parts)  # type: ignore[return-value]


def _needles(needle: VehicleSearch) -> list[str]:
    return sorted({n for n in (needle.car_number, needle.digits, needle.name, needle.vin) if n})


def _indexed_matches(conn: Connection, needle: VehicleSearch, limit: int) -> list[VehicleMatch]:
    """SQLite: the trigram index finds every vehicle whose text holds a needle; `matches()` keeps the right ones."""
    rows = conn.execute(_CANDIDATES, {"q": match_expression(_needles(needle))})
    kept = [
        row
        for row in rows
        if needle.matches(
            row.car_number or "", row.phone or "", row.name or "", row.car_id, (row.formers or "").split()
        )
    ]
    kept.sort(key=lambda row: (row.last is None, _desc(row.last or ""), row.car_number or ""))
    return [_match(row) for row in kept[:limit]]


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


def _match(row: Any) -> VehicleMatch:
    return VehicleMatch(
        row.id,
        row.car_number or "",
        row.model,
        row.name or "",
        format_phone(row.phone or ""),
        row.last[:10] if row.last else None,
        row.customer_id,
        row.car_id,
    )


def find_vehicles(conn: Connection, text: object, limit: int = SEARCH_LIMIT) -> list[VehicleMatch]:
    """The vehicles `text` finds (plate part, phone digits, name, VIN), the latest visit first; [] for blank text."""
    needle = VehicleSearch.of(text)
    if needle.blank:
        return []
    needles = _needles(needle)
    if conn.dialect.name == "sqlite" and needles and min(map(len, needles)) >= TRIGRAM:
        return _indexed_matches(conn, needle, limit)
    ids = _matching_ids(needle)
    if ids is None:
        return []
    found = ids.subquery("found")
    last_visit = (
        select(func.max(r.requested_at)).where(r.vehicle_id == v.id).correlate(vehicle).scalar_subquery().label("last")
    )
    query = (
        select(v.id, v.car_number, v.model, v.car_id, c.id.label("customer_id"), c.name, c.phone, last_visit)
        .select_from(vehicle.join(found, found.c[0] == v.id).outerjoin(customer, c.id == v.owner_id))
        .where(v.merged_into.is_(None))
        .order_by(literal_column("last").desc().nulls_last(), v.car_number)
        .limit(limit)
    )
    return [_match(row) for row in conn.execute(query)]


_search = table(SEARCH_TABLE, column("rowid", Integer), column("doc", String))
_LAST_VISIT = (
    select(func.max(r.requested_at)).where(r.vehicle_id == v.id).correlate(vehicle).scalar_subquery().label("last")
)
_FORMERS = (
    select(func.group_concat(fn.car_number, " "))
    .where(fn.vehicle_id == v.id)
    .correlate(vehicle)
    .scalar_subquery()
    .label("formers")
)
_CANDIDATES = (
    select(v.id, v.car_number, v.model, v.car_id, c.id.label("customer_id"), c.name, c.phone, _FORMERS, _LAST_VISIT)
    .select_from(_search.join(vehicle, v.id == _search.c.rowid).outerjoin(customer, c.id == v.owner_id))
    .where(literal_column(SEARCH_TABLE).op("MATCH")(bindparam("q")), v.merged_into.is_(None))
)


_BY_NUMBER = select(v.id).where(v.car_number == bindparam("number"))
_BY_FORMER = (
    select(fn.vehicle_id)
    .join(vehicle, v.id == fn.vehicle_id)
    .where(fn.car_number == bindparam("number"), v.merged_into.is_(None))
    .order_by(fn.until.desc())
    .limit(1)
)
_VISITS = (
    select(
        r.id,
        r.requested_at,
        r.mileage,
        r.term,
        r.mechanic_name,
        r.status,
        r.car_number,
        r.customer_name,
        b.job_status,
        b.invoice_no,
        b.total_price,
        c.anonymised,
    )
    .select_from(receipt.outerjoin(status_board, b.receipt_id == r.id).outerjoin(customer, c.id == r.customer_id))
    .where(r.vehicle_id == bindparam("vid"))
    .order_by(r.requested_at.desc(), r.id.desc())
)
#: Typed bill lines (billing: labour, part, discount) when the invoice lines have a kind; before, every line is a part.
_KIND = invoice_line.c.get("kind")
_LINES = (
    select(
        invoice.c.receipt_id,
        invoice_line.c.part_code,
        invoice_line.c.name,
        invoice_line.c.quantity,
        invoice_line.c.unit_price,
        invoice_line.c.amount,
        (_KIND if _KIND is not None else literal_column("'part'")).label("kind"),
    )
    .join(invoice, invoice.c.id == invoice_line.c.invoice_id)
    .where(invoice.c.receipt_id.in_(bindparam("rids", expanding=True)))
    .order_by(invoice.c.receipt_id, invoice_line.c.line_no)
)


def vehicle_id_for(conn: Connection, car_number: object) -> int | None:
    """The vehicle carrying `car_number` today, else the one that carried it last; None if no such car."""
    number = normalise_car_number(car_number)
    found = conn.execute(_BY_NUMBER, {"number": number}).scalar()
    if found is None:
        found = conn.execute(_BY_FORMER, {"number": number}).scalar()
    return None if found is None else int(found)


def vehicle_history(conn: Connection, car_number: object) -> list[Visit]:
    """Every visit of the vehicle with this car number (also under its former plates), newest first."""
    vehicle_id = vehicle_id_for(conn, car_number)
    return [] if vehicle_id is None else visits_of(conn, vehicle_id)


def visits_of(conn: Connection, vehicle_id: int) -> list[Visit]:
    rows = list(conn.execute(_VISITS, {"vid": vehicle_id}))
    parts: dict[int, list[VisitPart]] = defaultdict(list)
    labour: dict[int, list[VisitWork]] = defaultdict(list)
    invoiced = [row.id for row in rows if row.invoice_no]
    terms = {row.id: row.term for row in rows}
    if invoiced:
        for line in conn.execute(_LINES, {"rids": invoiced}):
            if line.kind == "part":
                parts[line.receipt_id].append(VisitPart(line.part_code, line.name, line.quantity, line.unit_price))
            elif line.kind == "labour":  # the work done, as billed (a discount is neither)
                # The receipt's fare is a labour line without a text of its own: the work the desk wrote down.
                labour[line.receipt_id].append(VisitWork(line.name or terms[line.receipt_id], line.amount))
    return newest_first(
        Visit(
            row.id,
            row.requested_at[:10],
            row.mileage,
            row.term,
            row.mechanic_name,
            row.job_status or row.status,
            row.invoice_no,
            row.total_price,
            row.car_number,
            "" if row.anonymised else row.customer_name,  # erased on request: not shown in daily work
            tuple(parts.get(row.id, ())),
            tuple(labour[row.id]) if labour.get(row.id) else ((VisitWork(row.term),) if row.term else ()),
        )
        for row in rows
    )
