"""Two records of the same person, or of the same car, made one without losing a visit.

The rules, for customers and vehicles alike:

- a record is never merged into itself, and a record already merged away is
  neither kept nor merged again;
- where both records hold a field, the kept record wins; where the kept one is
  empty, it takes the other's value (a consent decision counts as held once it
  has a date);
- the merged record keeps its id as a tombstone pointing at the kept one
  (`merged_into`), so old references still resolve; its own data is cleared,
  so a person's details are never held twice;
- a vehicle's odometer readings are combined in date order (on one day: plain
  readings by km, then replacements), the same reading twice kept once; the
  merged record's plate becomes one of the kept vehicle's former numbers.

The repository then points receipts, vehicles and invoices of the merged id at
the kept one, in the same transaction.
"""

from __future__ import annotations

from datetime import date

from domain.customers.events import PERSONAL_FIELDS, REDACTED, Changes, CustomersMerged, VehiclesMerged, plain
from domain.customers.fields import Field
from domain.customers.model import Customer, FormerNumber, MileageReading, Vehicle
from domain.errors import InvalidInput


def merge_customers(keep: Customer, gone: Customer) -> None:
    """Make `gone` part of `keep`: `keep` takes what it lacks, `gone` becomes a pointer to it.

    An erased record may be merged into a live one (nothing of it is carried
    over); nothing is merged into an erased record.
    """
    if keep.id == gone.id:
        raise InvalidInput("customers.merge_into_itself", field=Field.MERGE_ID)
    keep.ensure_live()
    if gone.merged_into is not None:
        gone.ensure_live()  # raises customers.customer_merged
    changes: Changes = {}
    for name in PERSONAL_FIELDS:
        if not getattr(keep, name) and getattr(gone, name):
            setattr(keep, name, getattr(gone, name))
            changes[name] = dict(REDACTED)
    if keep.consent_date is None and gone.consent_date is not None:
        changes["consent"] = {"old": keep.consent, "new": gone.consent}
        changes["consent_date"] = {"old": None, "new": gone.consent_date.isoformat()}
        keep.consent, keep.consent_date = gone.consent, gone.consent_date
    gone.name = gone.phone = gone.note = ""
    gone.consent, gone.consent_date = False, None
    gone.merged_into = keep.id
    keep.events.append(CustomersMerged(keep.id, gone.id, changes))


_VEHICLE_FIELDS = ("car_id", "model", "year", "first_registered", "owner_id")


def merge_vehicles(keep: Vehicle, gone: Vehicle, day: date) -> None:
    """Make `gone` part of `keep` on `day`: fields `keep` lacks, every reading, the plate as a former number."""
    if keep.id == gone.id:
        raise InvalidInput("customers.merge_into_itself", field=Field.MERGE_ID)
    keep.ensure_live()
    gone.ensure_live()
    changes: Changes = {}
    for name in _VEHICLE_FIELDS:
        mine, theirs = getattr(keep, name), getattr(gone, name)
        if mine in (None, "") and theirs not in (None, ""):
            setattr(keep, name, theirs)
            changes["customer_id" if name == "owner_id" else name] = {"old": plain(mine), "new": plain(theirs)}
    held = {(r.day, r.km) for r in keep.readings}
    added = [r for r in gone.readings if (r.day, r.km) not in held]
    keep.readings = sorted([*keep.readings, *added], key=_reading_order)
    formers = [*keep.former_numbers, *gone.former_numbers]
    if gone.car_number and gone.car_number != keep.car_number:
        formers.append(FormerNumber(gone.car_number, day))
    keep.former_numbers = sorted(dict.fromkeys(formers), key=lambda f: f.until)
    merged_number = gone.car_number
    gone.car_number, gone.readings, gone.former_numbers = "", [], []
    gone.merged_into = keep.id
    keep.events.append(VehiclesMerged(keep.id, gone.id, merged_number, changes, len(added)))


def _reading_order(reading: MileageReading) -> tuple[date, bool, int]:
    return reading.day, reading.odometer_replaced, reading.km
