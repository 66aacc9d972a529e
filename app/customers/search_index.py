"""The SQLite search index of the register: an FTS5 trigram table the database keeps up to date itself.

`find_vehicles("3456")` must find any part of a plate, a phone, a name or a
VIN among 100,000 cars in a few milliseconds; a LIKE '%3456%' has to read
every row (about 20 ms at that size). SQLite's FTS5 with the trigram
tokenizer (SQLite 3.34 and later) indexes every three characters of a text, so
a needle of three or more characters is an index lookup.

`vehicle_search` holds one row per vehicle (rowid = vehicle id): its plate,
former plates, the owner's phone digits and name, and the VIN. Triggers on
vehicle, customer and vehicle_former_number rewrite a vehicle's row whenever
one of those changes, so every writer (handlers, the migration, a copy, a
restore) keeps it right without knowing about it. It is not on the MetaData:
Alembic's comparison ignores it (migrations/env.py), and only migrations create
it.

PostgreSQL has no FTS5: there the search is its plain LIKE '%…%' per column
(app/customers/queries.py), and `TRIGRAM_INDEXES` (pg_trgm's GIN indexes, by
migration 0015) make each of them an index scan — 100,000 vehicles:
~140 ms without, ~6 ms with (docs/benchmarks.md). The database keeps them
itself; Alembic's comparison leaves them out like the FTS table. Where the
server refuses the extension, the migration goes on without them: the search
is as right, only slower.

Careful: a batch migration that recreates one of these three tables on SQLite
drops its triggers; such a migration must create them again (`TRIGGERS`).
"""

from __future__ import annotations

SEARCH_TABLE = "vehicle_search"


def is_search_table(name: str) -> bool:
    """The FTS table and its shadow tables (vehicle_search_data, _idx, _content, _docsize, _config)."""
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def _doc(vehicle_id: str) -> str:
    """SQL for the indexed text of the vehicle `vehicle_id` (an SQL expression)."""
    return (
        "(SELECT COALESCE(v.car_number, '') || ' ' || COALESCE((SELECT group_concat(f.car_number, ' ') "
        "FROM vehicle_former_number f WHERE f.vehicle_id = v.id), '') || ' ' || COALESCE(c.phone, '') || ' ' "
        "|| COALESCE(c.name, '') || ' ' || v.car_id "
        f"FROM vehicle v LEFT JOIN customer c ON c.id = v.owner_id WHERE v.id = {vehicle_id})"
    )


def _refresh(vehicle_id: str) -> str:
    return (
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = {vehicle_id}; "
        f"INSERT INTO {SEARCH_TABLE}(rowid, doc) VALUES ({vehicle_id}, {_doc(vehicle_id)});"
    )


CREATE_TABLE = f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(doc, tokenize='trigram')"

TRIGGERS: dict[str, str] = {
    "vehicle_search_vehicle_added": f"AFTER INSERT ON vehicle BEGIN {_refresh('new.id')} END",
    "vehicle_search_vehicle_changed": f"AFTER UPDATE ON vehicle BEGIN {_refresh('new.id')} END",
    "vehicle_search_vehicle_removed": (
        f"AFTER DELETE ON vehicle BEGIN DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id; END"
    ),
    "vehicle_search_customer_changed": (
        "AFTER UPDATE OF name, phone ON customer BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN (SELECT id FROM vehicle WHERE owner_id = new.id); "
        f"INSERT INTO {SEARCH_TABLE}(rowid, doc) SELECT w.id, {_doc('w.id')} FROM vehicle w WHERE w.owner_id = new.id; "
        "END"
    ),
    "vehicle_search_plate_added": f"AFTER INSERT ON vehicle_former_number BEGIN {_refresh('new.vehicle_id')} END",
    "vehicle_search_plate_removed": f"AFTER DELETE ON vehicle_former_number BEGIN {_refresh('old.vehicle_id')} END",
}


def create_statements() -> list[str]:
    """The table, its triggers, and the rows of the vehicles already there."""
    return [
        CREATE_TABLE,
        *(f"CREATE TRIGGER {name} {body}" for name, body in TRIGGERS.items()),
        f"INSERT INTO {SEARCH_TABLE}(rowid, doc) SELECT w.id, {_doc('w.id')} FROM vehicle w",
    ]


def drop_statements() -> list[str]:
    return [*(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS), f"DROP TABLE IF EXISTS {SEARCH_TABLE}"]


def match_expression(needles: list[str]) -> str:
    """An FTS5 query finding any of `needles` (each three characters or more) anywhere in a row."""
    return " OR ".join('"' + n.replace('"', '""') + '"' for n in needles)


#: PostgreSQL: a pg_trgm GIN index behind each LIKE of the search (name → what it indexes).
TRIGRAM_PREFIX = "ix_trgm_"
TRIGRAM_INDEXES: dict[str, str] = {
    "ix_trgm_vehicle_car_number": "vehicle USING gin (car_number gin_trgm_ops)",
    "ix_trgm_vehicle_car_id": "vehicle USING gin (car_id gin_trgm_ops)",
    "ix_trgm_vehicle_former_number": "vehicle_former_number USING gin (car_number gin_trgm_ops)",
    "ix_trgm_customer_phone": "customer USING gin (phone gin_trgm_ops)",
    "ix_trgm_customer_name": "customer USING gin (lower(name) gin_trgm_ops)",  # the search lower-cases the name
}


def is_trigram_index(name: str) -> bool:
    return name.startswith(TRIGRAM_PREFIX)
