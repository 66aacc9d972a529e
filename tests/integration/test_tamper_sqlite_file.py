"""Issue 13's findings, each done to a real SQLite file with the sqlite3 library, then `python -m app check`.

A shop is built through Pitlane and closed; a copy of its file is changed with
Python's `sqlite3` (the library the sqlite3 command line is), as someone with
the file would; then the command line is run as a manager would run it
(`python -m app --database URL check`, or `reprint`) and its exit status and
words are asserted. Nothing here goes through Pitlane's engines to tamper.

This file needs only what Pitlane had before (bootstrap, the commands, the
command line; tests/builders.through_the_bay only sends commands and asks the
shop's queries), so it was run unchanged against old mains, 2026-12-02: at the
commit before the chain (c5af50a^) every finding test failed but the damaged
index page's (check passed, or reprint called the altered invoice identical);
at the commit before `check` ran SQLite's integrity check (e5dac8b^) that one
failed too (check passed the damaged file). Each passes now.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import bootstrap
from domain.commands import (
    CloseDay,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestRepair,
    VoidInvoice,
)
from tests.builders import through_the_bay
from tests.integration.core_helpers import cli

KST = timezone(timedelta(hours=9))
CHAIN = "[FAIL] event log unchanged: its hash chain holds, up to the head"
MONEY = "[FAIL] invoices, payments, refunds and closed days equal to those rebuilt from the events"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=KST)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A closed day in a file nobody has open: a part-paid invoice with parts, one paid, voided, refunded."""
    folder = tmp_path_factory.mktemp("shop")
    clock = Clock()
    shop = bootstrap(f"sqlite:///{folder / 'shop.db'}", folder / "invoices", actor="desk", clock=clock)
    try:
        mechanic = shop.handle(RegisterMechanic("김민수", 30))
        part = shop.handle(RegisterPart("OIL-1", "엔진오일", 30_000, stock=20))
        for n in range(1, 31):  # enough rows that the part index has pages of its own
            shop.handle(RegisterPart(f"P-{n:04d}", f"부품 {n}", 1_000, stock=5))
        a = through_the_bay(shop, RequestRepair("홍길동", "12가3456", mechanic, 1, 100_000), [(part, 2)])
        payment_id = shop.handle(RecordPayment(a, 50_000, "card"))
        b = through_the_bay(shop, RequestRepair("이철수", "56다7890", mechanic, 1, 20_000))
        shop.handle(RecordPayment(b, 22_000, "cash"))
        shop.handle(VoidInvoice(b, "중복 발행"))
        shop.handle(RecordRefund(b, 22_000, "cash"))
        clock.now = clock.now.replace(hour=18, minute=30)
        z_no = shop.handle(CloseDay("2026-11-24"))
        for number in (a, b, z_no):
            shop.documents.wait(number)
    finally:
        shop.close()
    return {"folder": folder, "a": a, "b": b, "payment_id": payment_id, "z_no": z_no, "part_id": part}


@pytest.fixture
def shop_file(built: dict[str, Any], tmp_path: Path) -> Iterator[Path]:
    """A copy of the built shop (file and PDFs) for one test to change."""
    shutil.copy(built["folder"] / "shop.db", tmp_path / "shop.db")
    shutil.copytree(built["folder"] / "invoices", tmp_path / "invoices")
    yield tmp_path / "shop.db"


def app(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m app --database sqlite:///DB --invoice-dir … ARGS`, with no profile of the developer's."""
    return cli(f"sqlite:///{db}", db.parent, *args)


def tamper(db: Path, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Run statements on the file with the sqlite3 library and commit, as the sqlite3 command line would."""
    conn = sqlite3.connect(db)
    try:
        for statement, params in statements:
            conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def one(db: Path, query: str, *params: Any) -> Any:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(query, params).fetchone()
    finally:
        conn.close()


def event_id_of(db: Path, event_type: str, key: str, value: Any) -> tuple[int, dict[str, Any]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, payload FROM event_log WHERE event_type = ? ORDER BY id", (event_type,))
        for event_id, payload in rows:
            if json.loads(payload).get(key) == value:
                return int(event_id), json.loads(payload)
    finally:
        conn.close()
    raise AssertionError(f"no {event_type} with {key}={value!r}")


def broken_check(db: Path) -> str:
    result = app(db, "check")
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stdout


# -- the untouched shop ---------------------------------------------------------------------
def test_the_untouched_file_passes_check(shop_file: Path) -> None:
    result = app(shop_file, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All guarantees hold." in result.stdout


# -- the findings ---------------------------------------------------------------------------
def test_a_payment_rewritten_in_its_row_the_invoices_paid_and_its_events_payload(
    shop_file: Path, built: dict[str, Any]
) -> None:
    event_id, payload = event_id_of(shop_file, "PaymentRecorded", "payment_id", built["payment_id"])
    payload.update(amount=40_000, paid=40_000, balance=payload["balance"] + 10_000)
    tamper(
        shop_file,
        ("UPDATE payment SET amount = 40000 WHERE id = ?", (built["payment_id"],)),
        ("UPDATE invoice SET paid = 40000 WHERE invoice_no = ?", (built["a"],)),
        (
            "UPDATE event_log SET payload = ? WHERE id = ?",
            (json.dumps(payload, ensure_ascii=False, separators=(",", ":")), event_id),
        ),
    )
    out = broken_check(shop_file)
    assert CHAIN in out
    assert f"- event {event_id} (PaymentRecorded, " in out and "breaks the event chain" in out


def test_a_deleted_z_report_row(shop_file: Path, built: dict[str, Any]) -> None:
    tamper(shop_file, ("DELETE FROM till_day WHERE z_no = ?", (built["z_no"],)))
    out = broken_check(shop_file)
    assert MONEY in out
    assert f"day 2026-11-24 was closed by an event (Z {built['z_no']}) but its till row is missing" in out


@pytest.mark.parametrize(("column", "value"), [("actor", "boss"), ("occurred_at", "2026-11-23T22:00:00+09:00")])
def test_a_changed_actor_or_time_of_an_event(shop_file: Path, built: dict[str, Any], column: str, value: str) -> None:
    event_id, _ = event_id_of(shop_file, "PaymentRecorded", "payment_id", built["payment_id"])
    tamper(shop_file, (f"UPDATE event_log SET {column} = ? WHERE id = ?", (value, event_id)))
    out = broken_check(shop_file)
    assert CHAIN in out
    assert f"- event {event_id} (PaymentRecorded, " in out


@pytest.mark.parametrize(("column", "value"), [("actor", "boss"), ("recorded_at", "2026-11-23T22:00:00+09:00")])
def test_a_changed_actor_or_time_of_a_payment_row(
    shop_file: Path, built: dict[str, Any], column: str, value: str
) -> None:
    tamper(shop_file, (f"UPDATE payment SET {column} = ? WHERE id = ?", (value, built["payment_id"])))
    out = broken_check(shop_file)
    assert MONEY in out
    assert f"payment {built['payment_id']} differs from its event: {column} {value!r} in the table" in out


def test_a_forged_stock_event_with_the_stock_to_match(shop_file: Path, built: dict[str, Any]) -> None:
    (stock,) = one(shop_file, "SELECT stock FROM part WHERE id = ?", built["part_id"])
    payload = json.dumps({"part_id": built["part_id"], "quantity": 5, "stock": stock + 5}, separators=(",", ":"))
    tamper(
        shop_file,
        (
            "INSERT INTO event_log (event_type, payload, actor, user_id, role, terminal, occurred_at, dispatched) "
            "VALUES ('StockIncreased', ?, 'desk', NULL, '', 'front-1', '2026-11-24T19:00:00+09:00', 1)",
            (payload,),
        ),
        ("UPDATE part SET stock = stock + 5 WHERE id = ?", (built["part_id"],)),
    )
    out = broken_check(shop_file)
    assert CHAIN in out
    assert "(StockIncreased, 2026-11-24T19:00:00+09:00, by desk on front-1) breaks the event chain" in out


def test_an_altered_invoice_with_its_stored_hash_cleared_is_not_reprinted(
    shop_file: Path, built: dict[str, Any]
) -> None:
    """A lower fare, every figure kept consistent, the stored PDF hash cleared and the PDF deleted."""
    tamper(
        shop_file,
        (
            "UPDATE invoice SET fare = 80000, subtotal = 140000, vat = 14000, total = 154000, pdf_sha256 = NULL "
            "WHERE invoice_no = ?",
            (built["a"],),
        ),
    )
    pdfs = list((shop_file.parent / "invoices").rglob(f"{built['a']}.pdf"))
    assert len(pdfs) == 1
    pdfs[0].unlink()
    result = app(shop_file, "reprint", built["a"])
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode != 0, result.stdout
    assert "identical" not in result.stdout
    assert "fare 80000 in the table, 100000 by the events" in result.stderr
    assert not pdfs[0].exists()
    assert f"invoice {built['a']} differs from its events" in broken_check(shop_file)


def test_a_damaged_index_page(shop_file: Path) -> None:
    conn = sqlite3.connect(shop_file)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [r[0] for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='part'")]
    conn.close()
    data = bytearray(shop_file.read_bytes())
    page = next(
        (root - 1) * page_size for root in roots if b"P-0007" in data[(root - 1) * page_size : root * page_size]
    )
    at = data.index(b"P-0007", page)
    data[at : at + 6] = b"P-0097"
    shop_file.write_bytes(bytes(data))
    out = broken_check(shop_file)
    assert "[FAIL] SQLite's own integrity check (PRAGMA integrity_check)" in out
    assert "index" in out.split("[FAIL] SQLite's own integrity check")[1].split("\n[")[0]


def test_the_last_events_and_the_chains_head_row_deleted(shop_file: Path) -> None:
    (last,) = one(shop_file, "SELECT max(id) FROM event_log")
    head_row = one(shop_file, "SELECT count(*) FROM sqlite_master WHERE name = 'event_chain'")[0]
    tamper(
        shop_file,
        ("DELETE FROM event_log WHERE id > ?", (last - 4,)),
        *([("DELETE FROM event_chain", ())] if head_row else []),
    )
    out = broken_check(shop_file)
    assert CHAIN in out
    assert "events may have been cut from the end of the log" in out
