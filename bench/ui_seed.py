"""A large shop database for the desktop-client benchmarks: 100,000 receipts on the board.

Mechanics and parts go through `Shop.handle`; the history is bulk-inserted straight into
the receipt, job, event log and status board tables (going through `handle` would take
an hour), shaped like years of a real shop: almost everything finished and paid, a few
dozen receipts still open at the end. New commands on it work as on any shop (ids go on
after the history); invoices of the history exist only on the board.

    .venv/bin/python -m bench.ui_seed /tmp/pitlane-100k.db [--receipts 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

from app import schema as s
from app.bootstrap import bootstrap
from app.eventlog import chain
from domain.commands import RegisterMechanic, RegisterPart

MECHANICS = [("김민수", 400), ("이서준", 350), ("박지훈", 300), ("최영호", 120), ("정하늘", 250)]
CUSTOMERS = ["홍길동", "김영희", "이철수", "박민지", "정우성", "한지민", "오세훈", "윤아름", "장동건", "송하늘"]
HANGUL = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"
OPEN_TAIL = 60  # the newest receipts are still in the shop


def build(path: Path, receipts: int = 100_000, seed: int = 11) -> str:
    """Create (or replace) a SQLite shop at `path` with `receipts` receipts; returns its URL."""
    if path.exists():
        path.unlink()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    shop = bootstrap(database_url=url, invoice_dir=path.parent / "invoices", actor="bench")
    try:
        mechanic_ids = [shop.handle(RegisterMechanic(n, d)) for n, d in MECHANICS]
        for i in range(30):
            shop.handle(RegisterPart(f"P-{i:04d}", f"부품 {i}", 10_000 + 1_000 * i, 50, 5))
        rng = random.Random(seed)
        start = datetime(2022, 1, 3, 9, 0).astimezone()
        step = (datetime.now().astimezone() - start) / receipts
        with shop.db.write.begin() as conn:
            head = chain.lock_head(conn)  # the history is chained like events handle() logs
            first_event = 1_000_000  # above anything handle() wrote
            batch_r: list[dict[str, object]] = []
            batch_b: list[dict[str, object]] = []
            batch_e: list[dict[str, object]] = []
            batch_j: list[dict[str, object]] = []
            for n in range(1, receipts + 1):
                at = (start + step * n).isoformat(timespec="seconds")
                m = rng.randrange(len(MECHANICS))
                car = f"{rng.randint(10, 399)}{rng.choice(HANGUL)}{rng.randint(1000, 9999)}"
                customer = rng.choice(CUSTOMERS)
                fare = rng.choice((30_000, 60_000, 120_000, 350_000))
                open_tail = n > receipts - OPEN_TAIL
                status = rng.choice(("requested", "created", "started", "started")) if open_tail else "finished"
                if not open_tail and rng.random() < 0.04:
                    status = rng.choice(("rejected", "cancelled"))
                invoiced = status == "finished"
                total = fare * 11 // 10 if invoiced else None
                paid = invoiced and (not open_tail) and rng.random() < 0.995
                event_id = first_event + n
                if status in ("created", "started", "finished"):
                    batch_j.append(
                        {
                            "id": n,
                            "receipt_id": n,
                            "mechanic_id": mechanic_ids[m],
                            "man_day": 1,
                            "status": status,
                            "created_at": at,
                            "started_at": at if status != "created" else None,
                            "finished_at": at if status == "finished" else None,
                        }
                    )
                batch_r.append(
                    {
                        "id": n,
                        "customer_name": customer,
                        "customer_phone": "010-0000-0000",
                        "car_number": car,
                        "car_id": "",
                        "mechanic_id": mechanic_ids[m],
                        "mechanic_name": MECHANICS[m][0],
                        "man_day": 1,
                        "fare": fare,
                        "term": "",
                        "request_note": "",
                        "status": {"finished": "finished", "started": "in_work", "created": "accepted"}.get(
                            status, status
                        ),
                        "reason": "",
                        "requested_at": at,
                    }
                )
                batch_b.append(
                    {
                        "receipt_id": n,
                        "customer_name": customer,
                        "car_id": "",
                        "car_number": car,
                        "request_date": at,
                        "mechanic_id": mechanic_ids[m],
                        "mechanic_name": MECHANICS[m][0],
                        "job_id": n if status in ("created", "started", "finished") else None,
                        "job_status": status,
                        "reason": "",
                        "total_price": total,
                        "invoice_no": f"B{n:07d}" if invoiced else None,
                        "balance": (0 if paid else total) if invoiced else None,
                        "paid": paid,
                        "voided": False,
                        "last_event_id": event_id,
                    }
                )
                batch_e.append(
                    {
                        "id": event_id,
                        "event_type": "RepairRequested",
                        "payload": json.dumps(
                            {
                                "receipt_id": n,
                                "customer_name": customer,
                                "car_number": car,
                                "mechanic_id": mechanic_ids[m],
                                "mechanic_name": MECHANICS[m][0],
                                "man_day": 1,
                                "fare": fare,
                                "requested_at": at,
                            },
                            ensure_ascii=False,
                        ),
                        "actor": "bench",
                        "terminal": "bench",
                        "occurred_at": at,
                        "dispatched": True,
                    }
                )
                e = batch_e[-1]
                linked = chain.link(head.head, "RepairRequested", str(e["payload"]), "bench", None, "", "bench", at)
                e["chain_hash"] = linked
                head.append(event_id, linked)
                if len(batch_r) == 5000 or n == receipts:
                    conn.execute(insert(s.receipt), batch_r)
                    conn.execute(insert(s.status_board), batch_b)
                    conn.execute(insert(s.event_log), batch_e)
                    if batch_j:
                        conn.execute(insert(s.job), batch_j)
                    batch_r, batch_b, batch_e, batch_j = [], [], [], []
            chain.store_head(conn, head)
    finally:
        shop.close()
    return url


def main(argv: list[str] | None = None) -> int:
    """`python -m bench` calls this with no arguments: then it only says how to use it."""
    parser = argparse.ArgumentParser(prog="python -m bench.ui_seed", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--receipts", type=int, default=100_000)
    if not argv:
        parser.print_usage()
        print("(a helper: bench.ui_client builds its own large shop with it)")
        return 0
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    url = build(args.path.resolve(), args.receipts)
    print(f"{url}: {args.receipts:,} receipts in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
