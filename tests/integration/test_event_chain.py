"""Tamper evidence: the event log is a hash chain, and `check` rebuilds the money from the events.

Each finding of issue 13 is a test here: the database is changed behind
Pitlane's back with plain SQL (as with the sqlite3 or psql command line), and
`check` must name the first thing that differs; `reprint` must not hand out an
altered invoice as the one issued. Before the chain and app/integrity.py every
one of these passed `check` unnoticed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from app import schema as s
from app.bootstrap import Shop, bootstrap
from app.checks import Report, check_database, run_checks
from app.cli import main as admin
from app.documents.files import PdfError
from app.eventlog import chain
from app.reception import till
from domain.commands import CloseDay, RecordPayment, RecordRefund, VoidInvoice
from tests.builders import FakeClock, make_invoice
from tests.integration.core_helpers import wait_for_documents
from tests.till_support import pdf_text

CHAIN = "event log unchanged: its hash chain holds, up to the head"
MONEY = "invoices, payments, refunds and closed days equal to those rebuilt from the events"


@pytest.fixture
def day(desk: Shop, clock: FakeClock) -> dict[str, Any]:
    return a_day(desk, clock)


def a_day(desk: Shop, clock: FakeClock) -> dict[str, Any]:
    """A day at the desk, closed: a part-paid invoice with a part, a paid one voided and refunded, a Z report."""
    a = make_invoice(desk, fare=100_000, parts=[("OIL-1", "엔진오일", 30_000, 2)])  # 176,000
    payment_id = desk.handle(RecordPayment(a, 50_000, "card"))
    b = make_invoice(desk, fare=20_000, customer="이철수", car_number="56다7890")  # 22,000
    desk.handle(RecordPayment(b, 22_000, "cash"))
    cn = desk.handle(VoidInvoice(b, "중복 발행"))
    desk.handle(RecordRefund(b, 22_000, "cash"))
    clock.set("2026-11-24T18:30:00")
    z_no = desk.handle(CloseDay())
    wait_for_documents(desk)
    desk.documents.wait(z_no)
    return {"a": a, "b": b, "cn": cn, "payment_id": payment_id, "z_no": z_no}


def sql(db_url: str, statement: str, **params: Any) -> list[Any]:
    """Run one statement behind Pitlane's back, committed, as the sqlite3 or psql command line would."""
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def event_of(db_url: str, event_type: str, **match: Any) -> tuple[int, dict[str, Any]]:
    for event_id, payload in sql(
        db_url, "SELECT id, payload FROM event_log WHERE event_type = :t ORDER BY id", t=event_type
    ):
        data = json.loads(payload)
        if all(data.get(k) == v for k, v in match.items()):
            return int(event_id), data
    raise AssertionError(f"no {event_type} with {match}")


def rewrite_payload(db_url: str, event_id: int, **changes: Any) -> None:
    (payload,) = sql(db_url, "SELECT payload FROM event_log WHERE id = :i", i=event_id)[0]
    data = {**json.loads(payload), **changes}
    new = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    sql(db_url, "UPDATE event_log SET payload = :p WHERE id = :i", p=new, i=event_id)


def rechain(db_url: str) -> None:
    """What a forger who knows the algorithm does after changing history: every hash and the head again."""
    rows = sql(
        db_url, "SELECT id, event_type, payload, actor, user_id, role, terminal, occurred_at FROM event_log ORDER BY id"
    )
    head = chain.GENESIS
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for r in rows:
                head = chain.link(head, *r[1:])
                conn.execute(text("UPDATE event_log SET chain_hash = :h WHERE id = :i"), {"h": head, "i": r[0]})
            conn.execute(
                text("UPDATE event_chain SET head = :h, last_event_id = :l, events = :n"),
                {"h": head, "l": rows[-1][0], "n": len(rows)},
            )
    finally:
        engine.dispose()


def breaches(report: Report, name: str) -> list[str]:
    return next(r.breaches for r in report.results if r.name == name)


def broken(report: Report) -> set[str]:
    return {r.name for r in report.results if not r.ok}


# -- a shop nobody touched --------------------------------------------------------------
def test_an_untouched_shop_holds_its_chain_up_to_the_head(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    report = run_checks(desk)
    assert report.ok, report.render()
    rows = sql(db_url, "SELECT id, chain_hash FROM event_log ORDER BY id")
    assert len(rows) > 20 and all(len(h) == 64 for _i, h in rows)
    assert len({h for _i, h in rows}) == len(rows)
    (head,) = sql(db_url, "SELECT head, last_event_id, events FROM event_chain")
    assert tuple(head) == (rows[-1][1], rows[-1][0], len(rows))
    chain_result = next(r for r in report.results if r.name == CHAIN)
    assert chain_result.checked == f"{len(rows):,} events"


# -- the findings of issue 13 ----------------------------------------------------------
def test_a_payment_rewritten_in_its_row_paid_and_payload_breaks_the_chain_at_its_event(
    desk: Shop, day: dict[str, Any], db_url: str
) -> None:
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    sql(db_url, "UPDATE payment SET amount = 40000 WHERE id = :p", p=day["payment_id"])
    sql(db_url, "UPDATE invoice SET paid = 40000 WHERE invoice_no = :n", n=day["a"])
    rewrite_payload(db_url, event_id, amount=40_000, paid=40_000, balance=136_000)
    report = check_database(db_url)
    assert CHAIN in broken(report), report.render()  # and the day's Z report no longer adds up to its events
    assert breaches(report, MONEY) == [
        f"day 2026-11-24 (Z {day['z_no']}): its payments and refunds by the events are 62,000 and 22,000, "
        "its Z report says 72,000 and 22,000"
    ]
    first = breaches(report, CHAIN)[0]
    assert first.startswith(f"event {event_id} (PaymentRecorded, 2026-11-24T09:00:00+09:00, by desk on front-1)")


def test_a_payment_rewritten_in_its_row_and_paid_differs_from_its_event(
    desk: Shop, day: dict[str, Any], db_url: str
) -> None:
    sql(db_url, "UPDATE payment SET amount = 40000 WHERE id = :p", p=day["payment_id"])
    sql(db_url, "UPDATE invoice SET paid = 40000 WHERE invoice_no = :n", n=day["a"])
    report = check_database(db_url)
    assert broken(report) == {MONEY}, report.render()
    assert breaches(report, MONEY)[0] == (
        f"invoice {day['a']} differs from its events: paid 40000 in the table, 50000 by the events"
    )
    assert f"payment {day['payment_id']} differs from its event: amount 40000 in the table, 50000 by the events" in (
        breaches(report, MONEY)
    )


def test_a_deleted_z_report_row_is_named(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    sql(db_url, "DELETE FROM till_day WHERE z_no = :z", z=day["z_no"])
    report = check_database(db_url)
    assert broken(report) == {MONEY}, report.render()
    assert breaches(report, MONEY) == [
        f"day 2026-11-24 was closed by an event (Z {day['z_no']}) but its till row is missing"
    ]


def test_a_z_report_with_changed_totals_is_named(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    (summary,) = sql(db_url, "SELECT summary FROM till_day WHERE z_no = :z", z=day["z_no"])[0]
    data = json.loads(summary)
    data["methods"][0]["payments"] += 10_000
    sql(db_url, "UPDATE till_day SET summary = :s WHERE z_no = :z", s=json.dumps(data), z=day["z_no"])
    report = check_database(db_url)
    assert breaches(report, MONEY)[0].startswith("day 2026-11-24 differs from its DayClosed event: payments 82000")


@pytest.mark.parametrize(
    ("column", "value"),
    [("actor", "boss"), ("occurred_at", "2026-11-23T22:00:00+09:00"), ("terminal", "home-pc"), ("role", "owner")],
)
def test_a_changed_actor_or_time_of_an_event_breaks_the_chain_there(
    desk: Shop, day: dict[str, Any], db_url: str, column: str, value: str
) -> None:
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    sql(db_url, f"UPDATE event_log SET {column} = :v WHERE id = :i", v=value, i=event_id)
    report = check_database(db_url)
    assert CHAIN in broken(report), report.render()
    assert breaches(report, CHAIN)[0].startswith(f"event {event_id} (PaymentRecorded")


@pytest.mark.parametrize(("column", "value"), [("actor", "boss"), ("recorded_at", "2026-11-23T22:00:00+09:00")])
def test_a_changed_actor_or_time_of_a_payment_row_is_named(
    desk: Shop, day: dict[str, Any], db_url: str, column: str, value: str
) -> None:
    sql(db_url, f"UPDATE payment SET {column} = :v WHERE id = :i", v=value, i=day["payment_id"])
    report = check_database(db_url)
    assert broken(report) == {MONEY}, report.render()
    shown = {"actor": "desk", "recorded_at": "2026-11-24T09:00:00+09:00"}[column]
    assert breaches(report, MONEY) == [
        f"payment {day['payment_id']} differs from its event: {column} {value!r} in the table, {shown!r} by the events"
    ]


def test_a_forged_stock_event_breaks_the_chain(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    ((part_id, stock),) = sql(db_url, "SELECT id, stock FROM part")
    payload = json.dumps({"part_id": part_id, "quantity": 5, "stock": stock + 5}, separators=(",", ":"))
    sql(
        db_url,
        "INSERT INTO event_log (event_type, payload, actor, user_id, role, terminal, occurred_at, dispatched, "
        "chain_hash) VALUES ('StockIncreased', :p, 'desk', NULL, '', 'front-1', '2026-11-24T19:00:00+09:00', :d, '')",
        p=payload,
        d=True,
    )
    sql(db_url, "UPDATE part SET stock = stock + 5")
    report = check_database(db_url)
    assert broken(report) == {CHAIN}, report.render()  # stock agrees with the forged event: only the chain sees it
    assert breaches(report, CHAIN)[0].startswith("event ")
    assert "(StockIncreased, 2026-11-24T19:00:00+09:00" in breaches(report, CHAIN)[0]


def test_a_forged_event_with_a_correct_hash_but_the_old_head_is_seen_at_the_end(
    desk: Shop, day: dict[str, Any], db_url: str
) -> None:
    ((part_id, stock),) = sql(db_url, "SELECT id, stock FROM part")
    payload = json.dumps({"part_id": part_id, "quantity": 5, "stock": stock + 5}, separators=(",", ":"))
    (last,) = sql(db_url, "SELECT chain_hash FROM event_log ORDER BY id DESC LIMIT 1")[0]
    forged = chain.link(last, "StockIncreased", payload, "desk", None, "", "front-1", "2026-11-24T19:00:00+09:00")
    sql(
        db_url,
        "INSERT INTO event_log (event_type, payload, actor, user_id, role, terminal, occurred_at, dispatched, "
        "chain_hash) VALUES ('StockIncreased', :p, 'desk', NULL, '', 'front-1', '2026-11-24T19:00:00+09:00', :d, :h)",
        p=payload,
        d=True,
        h=forged,
    )
    sql(db_url, "UPDATE part SET stock = stock + 5")
    report = check_database(db_url)
    assert (
        breaches(report, CHAIN) == [breaches(report, CHAIN)[0]]
        and "events were removed or added at the end" in breaches(report, CHAIN)[0]
    )


def test_events_removed_from_the_end_are_seen(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    sql(db_url, "DELETE FROM event_log WHERE event_type = 'DayClosed'")
    report = check_database(db_url)
    assert "events were removed or added at the end" in " ".join(breaches(report, CHAIN))
    assert f"day 2026-11-24 is closed (Z {day['z_no']}) by no event" in breaches(report, MONEY)


def test_an_altered_invoice_with_its_hash_cleared_is_not_reprinted_as_issued(
    desk: Shop, day: dict[str, Any], db_url: str, tmp_path: Path
) -> None:
    """Finding: after clearing the stored hash, `reprint` rendered the altered invoice and called it identical."""
    pdf = desk.documents.path(day["a"])
    issued = pdf.read_bytes()
    # A lower fare, every figure kept consistent so the arithmetic checks agree with it.
    sql(
        db_url,
        "UPDATE invoice SET fare = 80000, subtotal = 140000, vat = 14000, total = 154000, pdf_sha256 = NULL "
        "WHERE invoice_no = :n",
        n=day["a"],
    )
    pdf.unlink()
    with pytest.raises(PdfError) as refused:
        desk.documents.reprint(day["a"])
    assert refused.value.text.code == "common.document_not_as_logged"
    assert "fare 80000 in the table, 100000 by the events" in str(refused.value)
    assert "python -m app check" in str(refused.value)
    assert "인쇄하지 않았습니다" in refused.value.text.render("ko")
    assert not pdf.exists()
    # The next start writes every document without a PDF: not this one.
    desk.close()
    again = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    try:
        again.documents.wait(day["a"])
        assert not pdf.exists()
        with again.db.read.connect() as conn:
            assert (
                conn.execute(select(s.invoice.c.pdf_sha256).where(s.invoice.c.invoice_no == day["a"])).scalar() is None
            )
    finally:
        again.close()
    # Put back as issued, the same bytes come out again.
    sql(
        db_url,
        "UPDATE invoice SET fare = 100000, subtotal = 160000, vat = 16000, total = 176000 WHERE invoice_no = :n",
        n=day["a"],
    )
    third = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1")
    try:
        assert third.documents.reprint(day["a"]).read_bytes() == issued
    finally:
        third.close()


def test_a_changed_credit_note_reason_is_not_reprinted(desk: Shop, day: dict[str, Any], db_url: str) -> None:
    sql(
        db_url,
        "UPDATE invoice SET void_reason = 'x', credit_note_pdf_sha256 = NULL WHERE credit_note_no = :c",
        c=day["cn"],
    )
    desk.documents.path(day["cn"]).unlink()
    with pytest.raises(PdfError, match="void_reason 'x' in the table, '중복 발행' by the events"):
        desk.documents.reprint(day["cn"])


# -- the Z report vouches for the history before it --------------------------------------
def test_the_z_report_prints_the_chain_code_and_check_against_z_verifies_it(
    desk: Shop, day: dict[str, Any], db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, day["z_no"])
        closed_id, _ = event_of(db_url, "DayClosed", z_no=day["z_no"])
        (before,) = sql(db_url, "SELECT chain_hash FROM event_log WHERE id < :i ORDER BY id DESC LIMIT 1", i=closed_id)[
            0
        ]
    assert report is not None and report.chain_code == chain.short_code(before)
    assert len(report.chain_code) == 14 and report.chain_code.count("-") == 2
    assert report.chain_code in pdf_text(desk.documents.pdf(day["z_no"]))
    desk.close()
    assert admin(["--database", db_url, "check", "--against-z", day["z_no"], report.chain_code]) == 0
    assert "matches the printed code" in capsys.readouterr().out
    # Typed on a keypad: lower case, no dashes.
    code = report.chain_code.replace("-", "").lower()
    assert admin(["--database", db_url, "check", "--against-z", day["z_no"], code]) == 0
    assert admin(["--database", db_url, "check", "--against-z", day["z_no"], "0000-0000-0000"]) == 1
    assert admin(["--database", db_url, "check", "--against-z", "Z2026-0099", report.chain_code]) == 1
    assert "no day close with Z number Z2026-0099" in capsys.readouterr().err


def test_history_rewritten_and_rechained_passes_check_but_not_the_paper_z_report(
    desk: Shop, day: dict[str, Any], db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with desk.db.read.connect() as conn:
        report = till.z_report(conn, day["z_no"])
    assert report is not None
    desk.close()
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    sql(db_url, "UPDATE event_log SET actor = 'boss' WHERE id = :i", i=event_id)
    sql(db_url, "UPDATE payment SET actor = 'boss' WHERE id = :i", i=day["payment_id"])
    rechain(db_url)
    assert check_database(db_url).ok  # a forger who knows the algorithm fools check alone…
    assert admin(["--database", db_url, "check", "--against-z", day["z_no"], report.chain_code]) == 1
    assert "something logged before that close was changed" in capsys.readouterr().err  # …not the paper


def test_check_against_z_runs_from_the_command_line_on_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    db_url = f"sqlite:///{path}"
    clock = FakeClock()
    desk = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    try:
        day = a_day(desk, clock)
        with desk.db.read.connect() as conn:
            report = till.z_report(conn, day["z_no"])
    finally:
        desk.close()
    assert report is not None
    files = [path, *path.parent.glob(path.name + "-*")]
    for p in files:
        p.chmod(0o400)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", "--database", db_url, "check", "--against-z", day["z_no"], report.chain_code],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        for p in files:
            p.chmod(0o600)
    assert done.returncode == 0, done.stderr
    assert "matches the printed code" in done.stdout


# -- the end of the log cut off together with the head row ------------------------------
def cut_the_end(db_url: str, last: int) -> list[str]:
    """Delete the last `last` events and the chain's head row, as a forger hiding them would; their types."""
    cut = sql(db_url, "SELECT id, event_type FROM event_log ORDER BY id DESC LIMIT :n", n=last)
    sql(db_url, "DELETE FROM event_log WHERE id >= :first", first=min(r[0] for r in cut))
    sql(db_url, "DELETE FROM event_chain")
    return [str(r[1]) for r in cut]


@pytest.mark.parametrize("last", [1, 4])
def test_the_last_events_deleted_with_the_head_row_are_reported_as_a_cut_log(
    desk: Shop, day: dict[str, Any], db_url: str, last: int
) -> None:
    cut_the_end(db_url, last)
    found = " ".join(breaches(check_database(db_url), CHAIN))
    assert "head row (event_chain) is missing: events may have been cut from the end of the log" in found


def test_a_cut_log_stays_reported_after_the_shop_writes_again_and_remakes_the_head(
    desk: Shop, day: dict[str, Any], db_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    """The next write makes the head again from what is left (the shop keeps working); the trace it
    keeps makes check say so, and the board still names the payment event that was cut."""
    desk.close()
    types = cut_the_end(db_url, 4)
    assert "PaymentRecorded" in types  # the board's row of invoice b names it
    (kept,) = sql(db_url, "SELECT max(id) FROM event_log")[0]
    again = bootstrap(db_url, tmp_path / "invoices", actor="desk", terminal="front-1", clock=clock)
    try:
        make_invoice(again, fare=10_000, customer="박민지", car_number="78라1234")
    finally:
        again.close()
    report = check_database(db_url)
    found = breaches(report, CHAIN)
    assert f"the chain's head row was deleted and made again at event {kept} ({kept:,} events then)" in " ".join(found)
    assert CHAIN in broken(report)


def test_the_board_naming_an_event_after_the_logs_end_is_a_cut_log(
    desk: Shop, day: dict[str, Any], db_url: str
) -> None:
    """Even with the head row re-forged to match what is left, the board's rows name events that are gone."""
    cut_the_end(db_url, 4)
    (last_id, count) = sql(db_url, "SELECT max(id), count(*) FROM event_log")[0]
    (head,) = sql(db_url, "SELECT chain_hash FROM event_log WHERE id = :i", i=last_id)[0]
    sql(
        db_url,
        "INSERT INTO event_chain (id, head, last_event_id, events) VALUES (1, :h, :l, :n)",
        h=head,
        l=last_id,
        n=count,
    )
    found = " ".join(breaches(check_database(db_url), CHAIN))
    assert "head row" not in found
    assert f"after the log's last event {last_id}: events were cut from the end of the log" in found


# -- the ways check reads the log ---------------------------------------------------------
#: What JSON escapes and what sits next to it: every ASCII control character, quotes, backslashes,
#: separators beyond ASCII, Hangul and a car.
AWKWARD = "".join(map(chr, range(32))) + '"\\/\x7f\u0085\u2028\u2029\ufeff 홍길동 \U0001f697'


def verified_both_ways(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """verify_chain with SQLite building each event's bytes, and with Python building them all."""
    from app import checks, integrity
    from app.db import open_read_only

    engine = open_read_only(db_url)
    try:
        with checks.snapshot(engine) as conn:
            assert chain.sqlite_quotes_alike(conn.connection.dbapi_connection)  # else the first is the second
            built_by_sqlite = integrity.verify_chain(conn)
            with monkeypatch.context() as m:
                m.setattr(chain, "sqlite_quotes_alike", lambda _conn: False)
                built_here = integrity.verify_chain(conn)
    finally:
        engine.dispose()
    return built_by_sqlite, built_here


@pytest.mark.sqlite_only
def test_sqlite_builds_each_events_bytes_as_link_does(
    desk: Shop, day: dict[str, Any], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    rewrite_payload(db_url, event_id, method=AWKWARD)
    sql(
        db_url,
        "UPDATE event_log SET actor = :a, terminal = :t, user_id = NULL WHERE id = :i",
        a=AWKWARD,
        t="창구\t1",
        i=event_id,
    )
    sql(db_url, "UPDATE event_log SET user_id = 7, role = 'owner' WHERE id = :i", i=event_id + 1)
    rechain(db_url)  # hashed by chain.link, the way the shop writes them
    by_sqlite, here = verified_both_ways(db_url, monkeypatch)
    assert (by_sqlite.breaches, by_sqlite.checked) == ([], here.checked) and here.breaches == []

    sql(db_url, "UPDATE event_log SET actor = :a WHERE id = :i", a=AWKWARD[:-1], i=event_id)
    by_sqlite, here = verified_both_ways(db_url, monkeypatch)
    assert by_sqlite.breaches == here.breaches
    assert by_sqlite.breaches[0].startswith(f"event {event_id} (PaymentRecorded, ")


def test_an_unreadable_event_is_named_with_who_logged_it_where_and_when(
    desk: Shop, day: dict[str, Any], db_url: str
) -> None:
    """check reads most events' type and payload alone; a finding still names the whole event."""
    (row,) = sql(
        db_url,
        "SELECT id, occurred_at, actor, terminal FROM event_log WHERE event_type = 'LabourAdded' ORDER BY id LIMIT 1",
    )
    sql(db_url, "UPDATE event_log SET payload = :p WHERE id = :i", p='{"job_id": "one"', i=row.id)
    report = check_database(db_url)
    named = f"event {row.id} (LabourAdded, {row.occurred_at}, by {row.actor} on {row.terminal}) cannot be read"
    assert any(b.startswith(named) for b in breaches(report, MONEY)), report.render()


@pytest.mark.sqlite_only
def test_a_forged_hash_with_quotes_is_followed_as_link_would(
    desk: Shop, day: dict[str, Any], db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's bytes are hashed as bytes: a stored hash that is not hex (quotes, a backslash, Hangul) is
    quoted as JSON before the next event, as `link` quotes it, and both ways name the same events."""
    event_id, _ = event_of(db_url, "PaymentRecorded", payment_id=day["payment_id"])
    forged = 'ab"c\\d 홍\n'
    sql(db_url, "UPDATE event_log SET chain_hash = :h WHERE id = :i", h=forged, i=event_id)
    by_sqlite, here = verified_both_ways(db_url, monkeypatch)
    assert by_sqlite.breaches == here.breaches
    assert by_sqlite.breaches[0].startswith(f"event {event_id} (PaymentRecorded, ")
    # Every event after it rehashed on the forged value: they follow it, and only the forged one is named.
    rows = sql(
        db_url,
        "SELECT id, event_type, payload, actor, user_id, role, terminal, occurred_at FROM event_log "
        "WHERE id > :i ORDER BY id",
        i=event_id,
    )
    assert rows, "the payment is followed by other events"
    head = forged
    for r in rows:
        head = chain.link(head, *r[1:])
        sql(db_url, "UPDATE event_log SET chain_hash = :h WHERE id = :i", h=head, i=r[0])
    by_sqlite, here = verified_both_ways(db_url, monkeypatch)
    assert by_sqlite.breaches == here.breaches
    assert by_sqlite.breaches[0].startswith(f"event {event_id} (PaymentRecorded, ")
    assert not any("more events after it" in b for b in by_sqlite.breaches), by_sqlite.breaches
