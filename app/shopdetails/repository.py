"""Reading and writing the one row of shop details."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select, update

from app.prepared import Prepared
from app.settings import ShopDetails
from app.shopdetails.tables import shop_details

d = shop_details.c
_FIELDS = ("name", "address", "business_no", "phone", "owner", "repair_registration_no")
_READ = Prepared(select(*(d[f] for f in _FIELDS)).where(d.id == 1))
_READ_LOCKED = select(*(d[f] for f in _FIELDS)).where(d.id == 1).with_for_update()
_INSERT = insert(shop_details).values(id=1)
_UPDATE = update(shop_details).where(d.id == 1).values({f: bindparam(f) for f in (*_FIELDS, "updated_at")})


def stored_shop_details(conn: Connection) -> ShopDetails | None:
    """The letterhead a manager set in the app, or None (documents then print the profile's)."""
    row = _READ.run(conn).first()
    return None if row is None else ShopDetails(*row)


class ShopDetailsRepository:
    """The row under a lock for the command that replaces it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get_for_update(self) -> ShopDetails | None:
        row = self.conn.execute(_READ_LOCKED).first()
        return None if row is None else ShopDetails(*row)

    def save(self, details: ShopDetails, now: str, *, exists: bool) -> None:
        values = {f: getattr(details, f) for f in _FIELDS}
        if exists:
            self.conn.execute(_UPDATE, {**values, "updated_at": now})
        else:
            self.conn.execute(_INSERT, {**values, "updated_at": now})
