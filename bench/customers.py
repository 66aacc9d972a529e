"""The register's reads at a big shop's size: 100,000 vehicles, 300,000 visits (docs/benchmarks.md).

A SQLite file built by the migrations, filled with plain INSERTs (customers,
vehicles, receipts, board rows and invoices for a third of the visits), then:
`shop.find_vehicles("3456")` (the desk's usual search: a plate's last four
digits) and `shop.vehicle_history(car_number)` of random cars, median of many
calls. Baseline, same run and file: raw `sqlite3` fetching one vehicle row by
its primary key (the cheapest read there is), so the ratio shows what the
search and the history cost beyond a round trip.

    .venv/bin/python -m bench customers [VEHICLES [VISITS]]
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from app import schema as s
from app.bootstrap import bootstrap
from domain.customers.identifiers import car_number_key

LETTERS = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주"
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["민수", "서연", "지훈", "영희", "철수", "하은", "도윤", "수빈", "현우", "지민"]


def fill(url: str, vehicles: int, visits: int, seed: int = 7) -> list[str]:
    """Fill the shop; returns every car number."""
    rng = random.Random(seed)
    shop = bootstrap(database_url=url, invoice_dir=Path(url[10:]).parent / "inv", deliver_pending=False)
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
    finally:
        shop.close()
    return plates


def _flush(conn: object, batch: list, board: list, bills: list) -> None:  # type: ignore[type-arg]
    for table, rows in ((s.receipt, batch), (s.status_board, board), (s.invoice, bills)):
        if rows:
            conn.execute(insert(table), rows)  # type: ignore[attr-defined]
            rows.clear()


def median_ms(fn: object, args: list[object]) -> float:
    times = []
    for arg in args:
        start = time.perf_counter()
        fn(arg)  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[2:] if argv is None else argv
    vehicles = int(argv[0]) if argv else 100_000
    visits = int(argv[1]) if len(argv) > 1 else 300_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.db"
        url = f"sqlite:///{path}"
        started = time.perf_counter()
        plates = fill(url, vehicles, visits)
        print(f"filled {vehicles:,} vehicles and {visits:,} visits in {time.perf_counter() - started:.0f} s")
        shop = bootstrap(database_url=url, invoice_dir=Path(tmp) / "inv", deliver_pending=False)
        raw = sqlite3.connect(path)
        try:
            rng = random.Random(11)
            ids = [rng.randint(1, vehicles) for _ in range(300)]
            sample = [rng.choice(plates) for _ in range(300)]
            keys = [f"{rng.randint(1000, 9999)}" for _ in range(100)]
            found = shop.find_vehicles("3456")
            history = shop.vehicle_history(sample[0])
            print(f'find_vehicles("3456") finds {len(found)} vehicles; a history has {len(history)} visits')
            baseline = median_ms(lambda i: raw.execute("SELECT * FROM vehicle WHERE id = ?", (i,)).fetchall(), ids)
            search = median_ms(lambda _: shop.find_vehicles("3456"), list(range(100)))
            search_any = median_ms(shop.find_vehicles, keys)  # type: ignore[arg-type]
            hist = median_ms(shop.vehicle_history, sample)  # type: ignore[arg-type]
            print(f"baseline (raw sqlite3, one row by primary key): {baseline:.3f} ms")
            print(f'find_vehicles("3456"): median {search:.2f} ms ({search / baseline:.0f}x baseline; goal <= 20 ms)')
            print(f"find_vehicles(random 4 digits): median {search_any:.2f} ms")
            print(f"vehicle_history(car_number): median {hist:.2f} ms ({hist / baseline:.0f}x baseline; goal <= 10 ms)")
        finally:
            raw.close()
            shop.close()


if __name__ == "__main__":
    main(sys.argv[1:])
