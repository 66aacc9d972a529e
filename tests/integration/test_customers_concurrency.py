"""Two desks registering the same new car at the same moment: one vehicle, both requests linked to it.

The writers of every terminal take turns (BEGIN IMMEDIATE; a PostgreSQL advisory lock, app.db), so the
second request finds the vehicle the first registered instead of inserting the plate again.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from app import schema as s
from app.bootstrap import bootstrap
from domain.commands import RegisterMechanic, RequestRepair

ROUNDS = 8


def test_the_same_new_car_from_two_desks_at_once_is_one_vehicle(db_url: str, tmp_path: Path) -> None:
    desks = [
        bootstrap(database_url=db_url, invoice_dir=tmp_path / "inv", actor=f"desk-{n}", terminal=f"front-{n}")
        for n in (1, 2)
    ]
    try:
        kim = desks[0].handle(RegisterMechanic("김민수", 1000))
        errors: list[BaseException] = []
        for round_no in range(ROUNDS):
            barrier = threading.Barrier(2)
            plate = f"{10 + round_no}가{1000 + round_no}"

            def request(n: int, plate: str = plate, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                try:
                    desks[n].handle(RequestRepair(f"고객{n}", plate, kim, 1, 10_000, customer_phone="010-1234-5678"))
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=request, args=(n,)) for n in (0, 1)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
        assert errors == []
        with desks[0].db.read.connect() as conn:
            vehicles = conn.execute(select(func.count()).select_from(s.vehicle)).scalar_one()
            unlinked = conn.execute(
                select(func.count()).select_from(s.receipt).where(s.receipt.c.vehicle_id.is_(None))
            ).scalar_one()
            per_car = conn.execute(select(s.receipt.c.vehicle_id, func.count()).group_by(s.receipt.c.vehicle_id)).all()
        assert vehicles == ROUNDS and unlinked == 0
        assert sorted(n for _, n in per_car) == [2] * ROUNDS
    finally:
        for desk in desks:
            desk.close()
