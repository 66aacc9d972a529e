"""The register's reads at a big shop's size: 100,000 vehicles, 300,000 visits (docs/benchmarks.md).

A SQLite file (and, given a server, a PostgreSQL database) built by the
migrations, filled with plain INSERTs (customers,
vehicles, receipts, board rows and invoices for a third of the visits), then:
`shop.find_vehicles("3456")` (the desk's usual search: a plate's last four
digits) and `shop.vehicle_history(car_number)` of random cars, median of many
calls; also a whole plate and the first digits of a plate (the search's
plain LIKEs, which are all PostgreSQL has: no FTS5 there). Baseline, same run
and database: the raw driver (`sqlite3`, `psycopg`) fetching one vehicle row
by its primary key (the cheapest read there is), so the ratio shows what the
search and the history cost beyond a round trip.

    .venv/bin/python -m bench customers
    .venv/bin/python -m bench.customers [--vehicles N] [--visits N] [--postgres URL] [--only sqlite|postgresql]

PostgreSQL comes from --postgres, else PITLANE_BENCH_POSTGRES_URL, else
PITLANE_TEST_POSTGRES_URL (a role that may create databases; the benchmark
creates its own and drops it, as bench/cross_terminal.py does).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, insert, text

from app import schema as s
from app.bootstrap import bootstrap
from domain.customers.identifiers import car_number_key

LETTERS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["민수", "서연", "지훈", "영희", "철수", "하은", "도윤", "수빈", "현우", "지민"]


def fill(url: str, vehicles: int, visits: int, invoice_dir: Path, seed: int = 7) -> list[str]:
    """Fill the shop; returns every car number."""
    rng = random.Random(seed)
    shop = bootstrap(database_url=url, invoice_dir=invoice_dir, deliver_pending=False)
    plates: list[str] = []
    seen: set[str] = set()
    while len(plates) < vehicles:
        plate = f"{rng.randint(10, 399)}{rng.choice(LETTERS)}{rng.randint(1000, 9999)}"
        if plate not in seen:
            seen.add(plate)
            plates.append(plate)
    owners = int(vehicles * 0.8)
    stamp = "2020-01-01T09:00:00+09:00"
    try:
        with shop.db.write.begin() as conn:
            conn.execute(
                insert(s.customer),
                [
                    {
                        "id": n,
                        "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                        "phone": f"010{rng.randint(10_000_000, 99_999_999)}",
                        "note": "",
                        "consent": False,
                        "anonymised": False,
                        "created_at": stamp,
                    }
                    for n in range(1, owners + 1)
                ],
            )
            conn.execute(
                insert(s.vehicle),
                [
                    {
                        "id": n,
                        "car_number": plate,
                        "car_key": car_number_key(plate),
                        "car_id": "",
                        "model": rng.choice(["쏘나타", "아반떼", "K5", "그랜저", "스포티지", ""]),
                        "owner_id": rng.randint(1, owners),
                        "created_at": stamp,
                    }
                    for n, plate in enumerate(plates, start=1)
                ],
            )
            mechanic = conn.execute(
                insert(s.mechanic).returning(s.mechanic.c.id), {"name": "김민수", "man_day": 0, "created_at": stamp}
            ).scalar_one()
            batch: list[dict[str, object]] = []
            board: list[dict[str, object]] = []
            bills: list[dict[str, object]] = []
            for rid in range(1, visits + 1):
                vid = rng.randint(1, vehicles)
                day = f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00+09:00"
                batch.append(
                    {
                        "id": rid,
                        "customer_name": "고객",
                        "customer_phone": "",
                        "car_number": plates[vid - 1],
                        "car_id": "",
                        "mechanic_id": mechanic,
                        "mechanic_name": "김민수",
                        "man_day": 1,
                        "fare": 30_000,
                        "term": "엔진오일 교환",
                        "request_note": "",
                        "status": "finished",
                        "reason": "",
                        "reason_code": "",
                        "reason_params": "{}",
                        "requested_at": day,
                        "vehicle_id": vid,
                        "customer_id": None,
                        "mileage": rng.randint(1_000, 300_000),
                    }
                )
                invoiced = rid % 3 == 0
                board.append(
                    {
                        "receipt_id": rid,
                        "customer_name": "고객",
                        "car_id": "",
                        "car_number": plates[vid - 1],
                        "request_date": day,
                        "mechanic_id": mechanic,
                        "mechanic_name": "김민수",
                        "job_id": rid,
                        "job_status": "finished",
                        "total_price": 33_000 if invoiced else None,
                        "invoice_no": f"B-{rid:07d}" if invoiced else None,
                        "paid": invoiced,
                        "voided": False,
                        "last_event_id": 0,
                    }
                )
                if invoiced:
                    bills.append(
                        {
                            "invoice_no": f"B-{rid:07d}",
                            "receipt_id": rid,
                            "job_id": rid,
                            "issued_at": day,
                            "fare": 30_000,
                            "subtotal": 30_000,
                            "vat_rate": "0.10",
                            "vat": 3_000,
                            "total": 33_000,
                            "paid": 0,
                            "status": "issued",
                        }
                    )
                if len(batch) == 20_000:
                    _flush(conn, batch, board, bills)
            _flush(conn, batch, board, bills)
        if shop.db.write.dialect.name == "postgresql":
            # What autovacuum does soon after a load: statistics for the planner, and the GIN indexes'
            # pending lists merged (until then every search scans them row by row).
            with shop.db.write.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
    finally:
        shop.close()
    return plates


def _flush(conn: Connection, *tables_rows: list[dict[str, object]]) -> None:
    for table, rows in zip((s.receipt, s.status_board, s.invoice), tables_rows, strict=True):
        if rows:
            conn.execute(insert(table), rows)
            rows.clear()


def median_ms(fn: object, args: list[object]) -> float:
    times = []
    for arg in args:
        start = time.perf_counter()
        fn(arg)  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def raw_lookup(url: str) -> tuple[Callable[[int], object], Callable[[], None]]:
    """The baseline: the driver itself fetching one vehicle by primary key; and how to close it."""
    if url.startswith("sqlite"):
        raw = sqlite3.connect(url.removeprefix("sqlite:///"))
        return (lambda i: raw.execute("SELECT * FROM vehicle WHERE id = ?", (i,)).fetchall()), raw.close
    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    pg = psycopg.connect(conninfo, autocommit=True)
    return (lambda i: pg.execute("SELECT * FROM vehicle WHERE id = %s", (i,)).fetchall()), pg.close


def measure(url: str, work: Path, vehicles: int, visits: int) -> None:
    """Fill the database at `url`, then time the searches and the history against the baseline."""
    backend = "sqlite" if url.startswith("sqlite") else "postgresql"
    started = time.perf_counter()
    plates = fill(url, vehicles, visits, work / f"inv-{backend}")
    print(f"{backend}: filled {vehicles:,} vehicles and {visits:,} visits in {time.perf_counter() - started:.0f} s")
    shop = bootstrap(database_url=url, invoice_dir=work / f"inv-{backend}", deliver_pending=False)
    lookup, close = raw_lookup(url)
    try:
        rng = random.Random(11)
        ids = [rng.randint(1, vehicles) for _ in range(300)]
        sample = [rng.choice(plates) for _ in range(300)]
        keys = [f"{rng.randint(1000, 9999)}" for _ in range(100)]
        starts = [rng.choice(plates)[:3] for _ in range(100)]  # '123' or '12가': no index key, only LIKEs
        found = shop.find_vehicles("3456")
        history = shop.vehicle_history(sample[0])
        print(f'{backend}: find_vehicles("3456") finds {len(found)} vehicles; a history has {len(history)} visits')
        baseline = median_ms(lookup, ids)  # type: ignore[arg-type]
        search = median_ms(lambda _: shop.find_vehicles("3456"), list(range(100)))
        search_any = median_ms(shop.find_vehicles, keys)  # type: ignore[arg-type]
        whole = median_ms(shop.find_vehicles, sample[:100])  # type: ignore[arg-type]
        partial = median_ms(shop.find_vehicles, starts)  # type: ignore[arg-type]
        hist = median_ms(shop.vehicle_history, sample)  # type: ignore[arg-type]
        print(f"{backend}: baseline (raw driver, one row by primary key): {baseline:.3f} ms")
        print(f'{backend}: find_vehicles("3456"): median {search:.2f} ms ({search / baseline:.0f}x; goal <= 20 ms)')
        print(f"{backend}: find_vehicles(random 4 digits): median {search_any:.2f} ms ({search_any / baseline:.0f}x)")
        print(f"{backend}: find_vehicles(whole plate): median {whole:.2f} ms ({whole / baseline:.0f}x)")
        print(f"{backend}: find_vehicles(first 3 characters): median {partial:.2f} ms ({partial / baseline:.0f}x)")
        print(f"{backend}: vehicle_history: median {hist:.2f} ms ({hist / baseline:.0f}x; goal <= 10 ms)")
    finally:
        close()
        shop.close()


def main(argv: list[str] | None = None) -> None:
    from bench.cross_terminal import backend_arguments, on_each_backend

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=300_000)
    backend_arguments(parser)
    args = parser.parse_args(argv or [])
    on_each_backend(args, lambda _backend, url, work: measure(url, work, args.vehicles, args.visits))


if __name__ == "__main__":
    main(sys.argv[1:])
