"""The event log as a hash chain: each event's hash covers its content and the hash before it.

`chain_hash` of an event is SHA-256 over the previous event's `chain_hash` and the
event's canonical content: its type, its payload as stored, who (actor, user,
role), where (terminal) and when (occurred_at). Events are chained in `id`
order, which on both databases is commit order: writers are serialised
(SQLite's BEGIN IMMEDIATE; on PostgreSQL the writers' lock and the row lock on
`event_chain`, taken before the first event of a transaction is logged).

The `event_chain` row 1 keeps the head: the last event's hash, its id and
the number of events, so removing events from the end is seen too. A shop gets
that row with its first event (migration 0010 for older ones), so a missing row
with events in the log means it was deleted: `lock_head` makes it again from the
last event so the shop goes on working, and keeps a trace of that — a row with
the next id (2, 3, …) holding the head it was re-made from — which `check`
reports as a log that may have been cut (app.integrity.verify_chain). The Z report
prints the head at the close as a short code (`short_code`): a paper copy then
vouches for everything logged before it (`python -m app check --against-z`).

Changing this function changes every hash: migration 0010 carries its own copy,
and tests/integration/test_migrations_data.py proves they agree.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.eventlog.tables import event_chain, event_log
from app.prepared import Prepared

log = logging.getLogger(__name__)

#: The hash "before" the first event.
GENESIS = ""
HEAD_ROW = 1

ch = event_chain.c
_LOCK_HEAD = Prepared(select(ch.head, ch.last_event_id, ch.events).where(ch.id == HEAD_ROW).with_for_update())
_SET_HEAD = Prepared(
    update(event_chain)
    .where(ch.id == HEAD_ROW)
    .values(head=bindparam("new_head"), last_event_id=bindparam("new_last"), events=bindparam("new_count"))
)
_LAST_EVENT = select(event_log.c.id, event_log.c.chain_hash).order_by(event_log.c.id.desc()).limit(1)


#: json.dumps with these options builds an encoder per call; one, built once, is several times cheaper.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_sha256 = hashlib.sha256
#: JSON's quoting of one string, non-ASCII kept (what the encoder above does to each string).
_quote = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


class Verifier:
    """check's side of the chain: each event's hash recomputed from its content and the hash before it.

    The bytes `link` hashes, built without the encoder's Python layers, with the quoting of what
    events repeat (their type; who, as whom and where) kept, and a hash that verified (hex digits
    only) quoted as it is.
    """

    def __init__(self) -> None:
        self.prev = GENESIS
        self._prev_ok = True  # `prev` is a digest this verifier made: nothing in it to escape
        self._types: dict[str, str] = {}
        self._who: dict[tuple[str, int | None, str, str], str] = {}
        # `follows_built`'s hash before, quoted (a verifier follows one way: `prev` is `follows`'s).
        self._prev_bytes = _quote(GENESIS).encode()

    def follows(
        self,
        event_type: str,
        payload: str,
        actor: str,
        user_id: int | None,
        role: str,
        terminal: str,
        occurred_at: str,
        stored: str,
    ) -> bool:
        """True when `stored` is the hash of this event after the one before; the chain moves on to `stored`."""
        q = _quote
        kind = self._types.get(event_type)
        if kind is None:
            kind = self._types[event_type] = q(event_type)
        key = (actor, user_id, role, terminal)
        who = self._who.get(key)
        if who is None:
            if user_id is not None and type(user_id) is not int:
                who = _encode([actor, user_id, role or "", terminal])[1:-1]
            else:
                who = f"{q(actor)},{'null' if user_id is None else user_id},{q(role or '')},{q(terminal)}"
            self._who[key] = who
        prev = f'"{self.prev}"' if self._prev_ok else q(self.prev)
        digest = _sha256(f"[{prev},{kind},{q(payload)},{who},{q(occurred_at)}]".encode()).hexdigest()
        ok = digest == stored
        self.prev, self._prev_ok = stored, ok
        return ok

    def follows_built(self, built: bytes, stored: bytes) -> bool:
        """`follows`, for an event whose bytes after the hash before are `built` (`SQLITE_BUILT`),
        read as bytes (the UTF-8 SQLite keeps: nothing decoded to be encoded again), `stored` too."""
        prev = self._prev_bytes
        ok = _sha256(b"[" + prev + b"," + built[1:]).hexdigest().encode() == stored
        # A stored hash of letters and digits (one that verified, or any SHA-256 in hex) needs no escaping.
        self._prev_bytes = b'"' + stored + b'"' if stored.isalnum() else _quote(stored.decode()).encode()
        return ok


#: On SQLite, the part of each event's canonical bytes after the hash before it, built by SQLite's
#: json_array (in C), which quotes as the encoder above does; `Verifier.follows_built` adds the
#: hash before. Only where `sqlite_quotes_alike` says this SQLite's quoting is the same.
SQLITE_BUILT = (
    "SELECT id, json_array(event_type, payload, actor, user_id, coalesce(role, ''), terminal, occurred_at), "
    "chain_hash FROM event_log ORDER BY id"
)
#: Every character JSON escapes, those next to them, and beyond ASCII: what the quoting could differ on.
_PROBE = "".join(map(chr, range(0x80))) + '\u0085\u00a0\u2028\u2029\ufeff\uac00\ud7a3\U0001f697"\\'


def sqlite_quotes_alike(dbapi_conn: Any) -> bool:
    """True when this SQLite's json_array makes of strings, an int and NULL what `link` makes of them."""
    try:
        built = dbapi_conn.execute("SELECT json_array(?, ?, 7, NULL, '')", (_PROBE, "")).fetchone()[0]
    except Exception:  # no JSON functions in this SQLite
        return False
    return bool(built == _encode([_PROBE, "", 7, None, ""]))


def link(
    prev: str,
    event_type: str,
    payload: str,
    actor: str,
    user_id: int | None,
    role: str,
    terminal: str,
    occurred_at: str,
) -> str:
    """The chain hash of one event, following `prev`."""
    if user_id is not None and type(user_id) is not int:
        canonical = _encode([prev, event_type, payload, actor, user_id, role or "", terminal, occurred_at])
    else:
        # What the encoder above makes of these (strings, an int or None), without its Python layers,
        # as Verifier builds it: byte for byte the same (tests/unit/test_event_chain.py).
        q = _quote
        who = "null" if user_id is None else int.__repr__(user_id)
        canonical = (
            f"[{q(prev)},{q(event_type)},{q(payload)},{q(actor)},{who},{q(role or '')},{q(terminal)},{q(occurred_at)}]"
        )
    return _sha256(canonical.encode("utf-8")).hexdigest()


def short_code(head: str) -> str:
    """The head as printed on a Z report: 12 hex digits in groups of four ('—' for an empty log)."""
    if not head:
        return "0000-0000-0000"
    code = head[:12].upper()
    return "-".join(code[i : i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in "0123456789ABCDEF")


@dataclass
class ChainHead:
    """The head as this transaction sees it; advanced event by event, stored at commit."""

    head: str
    last_event_id: int
    events: int
    changed: bool = False

    def append(self, event_id: int, chain_hash: str) -> None:
        self.head, self.last_event_id, self.events, self.changed = chain_hash, event_id, self.events + 1, True

    def mark(self) -> tuple[str, int, int, bool]:
        return self.head, self.last_event_id, self.events, self.changed

    def restore(self, mark: tuple[str, int, int, bool]) -> None:
        self.head, self.last_event_id, self.events, self.changed = mark


def lock_head(conn: Connection) -> ChainHead:
    """The chain's head, its row locked until commit (made from the last event if the row is missing)."""
    row = _LOCK_HEAD.run(conn).first()
    if row is not None:
        return ChainHead(row.head, row.last_event_id, row.events)
    last = conn.execute(_LAST_EVENT).first()
    count = conn.execute(select(func.count()).select_from(event_log)).scalar_one()
    head = ChainHead(last.chain_hash if last else GENESIS, last.id if last else 0, int(count))
    values = {"id": HEAD_ROW, "head": head.head, "last_event_id": head.last_event_id, "events": head.events}
    conn.execute(insert(event_chain), values)
    if count:  # the row was deleted: events may have been cut from the end with it; keep a trace for check
        trace = conn.execute(select(func.max(ch.id))).scalar_one()
        conn.execute(insert(event_chain), {**values, "id": max(int(trace or HEAD_ROW), HEAD_ROW) + 1})
        log.warning(
            "the event chain's head row was missing with %d events in the log; made again from event %d "
            "(python -m app check reports it)",
            head.events,
            head.last_event_id,
        )
    return head


def remade_heads(conn: Connection) -> list[tuple[int, int]]:
    """(last event id, events) of each head `lock_head` had to make again, oldest first."""
    rows = conn.execute(select(ch.last_event_id, ch.events).where(ch.id > HEAD_ROW).order_by(ch.id))
    return [(int(r.last_event_id), int(r.events)) for r in rows]


def store_head(conn: Connection, head: ChainHead) -> None:
    if head.changed:
        _SET_HEAD.run(conn, {"new_head": head.head, "new_last": head.last_event_id, "new_count": head.events})
        head.changed = False
