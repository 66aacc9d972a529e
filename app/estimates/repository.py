"""The estimates context's rows: an estimate with its lines, read under a row lock before a decision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from app.estimates.tables import (
    additional_work,
    additional_work_part,
    canned_job,
    canned_job_part,
    estimate,
    estimate_line,
)
from app.persistence import Seen, stored_reason
from app.prepared import Prepared
from domain.errors import Conflict, IllegalTransition, NotFound
from domain.estimates.model import Estimate, EstimateLine, EstimateStatus
from domain.texts import Message

e, ln = estimate.c, estimate_line.c

_GET = select(e.id, e.estimate_no, e.car_number, e.status, e.valid_until, e.receipt_id).where(
    e.estimate_no == bindparam("no")
)
_GET_LOCKED = _GET.with_for_update()
# Asked on every JobStarted (most jobs have no estimate): the short way (app.prepared).
_BY_RECEIPT = Prepared(select(e.estimate_no).where(e.receipt_id == bindparam("rid")))
_ROW = select(estimate).where(e.estimate_no == bindparam("no"))
_LINES = select(estimate_line).where(ln.estimate_id == bindparam("eid")).order_by(ln.position)


@dataclass(frozen=True)
class CannedJob:
    id: int
    name: str
    labour: int
    man_day: int
    parts: tuple[tuple[int, int], ...]


class EstimateRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def add(self, values: dict[str, Any], lines: list[EstimateLine]) -> int:
        estimate_id = int(self.conn.execute(insert(estimate).returning(e.id), values).scalar_one())
        for position, line in enumerate(lines, start=1):
            self.conn.execute(
                insert(estimate_line),
                {
                    "estimate_id": estimate_id,
                    "position": position,
                    "kind": line.kind,
                    "description": line.description,
                    "part_id": line.part_id or None,
                    "part_code": line.part_code,
                    "origin": line.origin,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                },
            )
        return estimate_id

    def get(self, estimate_no: str, *, for_update: bool = False) -> Estimate:
        found = self.conn.execute(_GET_LOCKED if for_update else _GET, {"no": estimate_no}).first()
        if found is None:
            raise NotFound("estimates.not_found", estimate_no=estimate_no)
        est = Estimate(found.estimate_no, found.car_number, EstimateStatus(found.status), found.valid_until)
        est.receipt_id = found.receipt_id
        self.seen.append(est)
        return est

    def of_receipt(self, receipt_id: int) -> Estimate | None:
        """The estimate whose approval made this request, if any (locked)."""
        no = _BY_RECEIPT.run(self.conn, {"rid": receipt_id}).scalar()
        return None if no is None else self.get(no, for_update=True)

    def row(self, estimate_no: str) -> Any:
        found = self.conn.execute(_ROW, {"no": estimate_no}).first()
        if found is None:
            raise NotFound("estimates.not_found", estimate_no=estimate_no)
        return found

    def lines(self, estimate_id: int) -> list[Any]:
        return list(self.conn.execute(_LINES, {"eid": estimate_id}))

    def save_approval(self, est: Estimate, how: str, by: str, at: str) -> None:
        self._update(est, consent_how=how, consent_by=by, consent_at=at, **stored_reason(None), reason="")

    def save_reopened(self, est: Estimate, reason: Message | str) -> None:
        if isinstance(reason, Message):
            self._update(est, reason=reason.render("en"), **stored_reason(reason))
        else:
            self._update(est, reason=reason, reason_code="", reason_params=json.dumps({}))

    def save_declined(self, est: Estimate, reason: str, at: str) -> None:
        self._update(est, reason=reason, reason_code="", reason_params="{}", declined_at=at)

    def _update(self, est: Estimate, **values: Any) -> None:
        self.conn.execute(
            update(estimate)
            .where(e.estimate_no == est.estimate_no)
            .values(status=est.status.value, receipt_id=est.receipt_id, **values)
        )

    def add_canned_job(self, name: str, labour: int, man_day: int, parts: tuple[tuple[int, int], ...]) -> int:
        cj = canned_job.c
        if self.conn.execute(select(cj.id).where(cj.name == name)).first() is not None:
            raise Conflict("estimates.canned_job_taken", name=name)
        job_id = int(
            self.conn.execute(
                insert(canned_job).returning(cj.id), {"name": name, "labour": labour, "man_day": man_day}
            ).scalar_one()
        )
        self._add_parts(job_id, parts)
        return job_id

    def update_canned_job(
        self, canned_job_id: int, name: str, labour: int, man_day: int, parts: tuple[tuple[int, int], ...]
    ) -> None:
        cj, cp = canned_job.c, canned_job_part.c
        self.canned_job(canned_job_id)  # an unknown one is refused here
        taken = self.conn.execute(select(cj.id).where(cj.name == name, cj.id != canned_job_id)).first()
        if taken is not None:
            raise Conflict("estimates.canned_job_taken", name=name)
        self.conn.execute(
            update(canned_job).where(cj.id == canned_job_id).values(name=name, labour=labour, man_day=man_day)
        )
        self.conn.execute(delete(canned_job_part).where(cp.canned_job_id == canned_job_id))
        self._add_parts(canned_job_id, parts)

    def _add_parts(self, job_id: int, parts: tuple[tuple[int, int], ...]) -> None:
        merged: dict[int, int] = {}
        for part_id, quantity in parts:
            merged[part_id] = merged.get(part_id, 0) + quantity
        for part_id, quantity in merged.items():
            self.conn.execute(
                insert(canned_job_part), {"canned_job_id": job_id, "part_id": part_id, "quantity": quantity}
            )

    def canned_job(self, canned_job_id: int) -> CannedJob:
        cj, cp = canned_job.c, canned_job_part.c
        row = self.conn.execute(select(canned_job).where(cj.id == canned_job_id)).first()
        if row is None:
            raise NotFound("estimates.canned_job_not_found", canned_job_id=canned_job_id)
        parts = tuple(
            (r.part_id, r.quantity)
            for r in self.conn.execute(
                select(cp.part_id, cp.quantity).where(cp.canned_job_id == canned_job_id).order_by(cp.part_id)
            )
        )
        return CannedJob(row.id, row.name, row.labour, row.man_day, parts)

    def add_additional_work(
        self,
        job_id: int,
        car_number: str,
        description: str,
        amount: int,
        by: str,
        at: str,
        parts: tuple[tuple[int, int], ...] = (),
    ) -> int:
        values = {
            "job_id": job_id,
            "car_number": car_number,
            "description": description,
            "amount": amount,
            "proposed_by": by,
            "proposed_at": at,
            "status": "proposed",
        }
        work_id = int(self.conn.execute(insert(additional_work).returning(additional_work.c.id), values).scalar_one())
        merged: dict[int, int] = {}
        for part_id, quantity in parts:
            merged[part_id] = merged.get(part_id, 0) + quantity
        for part_id, quantity in merged.items():
            self.conn.execute(
                insert(additional_work_part), {"work_id": work_id, "part_id": part_id, "quantity": quantity}
            )
        return work_id

    def additional_work_parts(self, work_id: int) -> list[tuple[int, int]]:
        ap = additional_work_part.c
        query = select(ap.part_id, ap.quantity).where(ap.work_id == work_id).order_by(ap.part_id)
        return [(r.part_id, r.quantity) for r in self.conn.execute(query)]

    def additional_work(self, work_id: int) -> Any:
        """A proposal still waiting for the customer's answer (row locked until commit)."""
        aw = additional_work.c
        row = self.conn.execute(select(additional_work).where(aw.id == work_id).with_for_update()).first()
        if row is None:
            raise NotFound("estimates.work_not_found", work_id=work_id)
        if row.status != "proposed":
            raise IllegalTransition("estimates.work_answered", work_id=work_id)
        return row

    def answer_additional_work(
        self, work_id: int, approved: bool, how: str, by: str, at: str, line_id: int | None
    ) -> None:
        aw = additional_work.c
        self.conn.execute(
            update(additional_work)
            .where(aw.id == work_id, aw.status == "proposed")
            .values(
                status="approved" if approved else "declined",
                consent_how=how,
                consent_by=by,
                consent_at=at,
                line_id=line_id,
            )
        )
