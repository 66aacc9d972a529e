"""The jobs context's jobs and part requests behind small, explicit SQL.

Statements are built once, with bind parameters, at import: building a
SQLAlchemy expression costs several times more than executing a cached one,
and these run on every command (see bench/lifecycle.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, insert, select, update

from app.jobs.tables import job, part_request
from app.persistence import Seen, stored_reason
from app.prepared import Prepared
from domain.errors import NotFound
from domain.jobs.model import Job, JobStatus, PartRequest, PartRequestStatus
from domain.texts import Message

NO_REASON = stored_reason(None)

j = job.c
pr = part_request.c

# -- jobs ---------------------------------------------------------------------------
_ADD_JOB = Prepared(insert(job).returning(j.id))
_JOB_FOR_RECEIPT = Prepared(select(j.id).where(j.receipt_id == bindparam("rid")))
_GET_JOB = Prepared(select(j.id, j.receipt_id, j.mechanic_id, j.status).where(j.id == bindparam("job_id")))
_JOB_PARTS = Prepared(
    select(pr.id, pr.part_id, pr.quantity, pr.status, pr.part_code, pr.name, pr.unit_price, pr.reason)
    .where(pr.job_id == bindparam("job_id"))
    .order_by(pr.id)
)
_JOB_OF_PART_REQUEST = Prepared(select(pr.job_id).where(pr.id == bindparam("request_id")))
_RETURN_PART_REQUEST = Prepared(
    update(part_request)
    .where(pr.id == bindparam("request_id"), pr.status == PartRequestStatus.PROVIDED.value)
    .values(status=PartRequestStatus.RETURNED.value)
)
_SET_JOB_STATUS = Prepared(update(job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status")))
_START_JOB = Prepared(
    update(job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status"), started_at=bindparam("at"))
)
_FINISH_JOB = Prepared(
    update(job).where(j.id == bindparam("job_id")).values(status=bindparam("new_status"), finished_at=bindparam("at"))
)
_SET_JOB_MECHANIC = Prepared(
    update(job).where(j.id == bindparam("job_id")).values(mechanic_id=bindparam("new_mechanic_id"))
)
_ADD_PART_REQUEST = Prepared(insert(part_request).returning(pr.id))
_SETTLE_PART_REQUEST = Prepared(
    update(part_request)
    .where(pr.id == bindparam("request_id"), pr.status == PartRequestStatus.REQUESTED.value)
    .values(
        status=bindparam("new_status"),
        unit_price=bindparam("price"),
        unit_cost=bindparam("cost"),
        reason=bindparam("why"),
        reason_code=bindparam("why_code"),
        reason_params=bindparam("why_params"),
    )
)


class JobRepository:
    def __init__(self, conn: Connection, seen: Seen | None = None) -> None:
        self.conn = conn
        self.seen: Seen = [] if seen is None else seen

    def add(self, receipt_id: int, mechanic_id: int, man_day: int, now: str) -> int:
        params = {
            "receipt_id": receipt_id,
            "mechanic_id": mechanic_id,
            "man_day": man_day,
            "status": JobStatus.CREATED.value,
            "created_at": now,
        }
        return int(_ADD_JOB.run(self.conn, params).scalar_one())

    def for_receipt(self, receipt_id: int) -> Job | None:
        job_id = _JOB_FOR_RECEIPT.run(self.conn, {"rid": receipt_id}).scalar()
        return None if job_id is None else self.get(int(job_id))

    def get(self, job_id: int, with_parts: bool = False) -> Job:
        row = _GET_JOB.run(self.conn, {"job_id": job_id}).first()
        if row is None:
            raise NotFound("jobs.job_not_found", job_id=job_id)
        job = Job(row.id, row.receipt_id, row.mechanic_id, JobStatus(row.status))
        if with_parts:
            for q in _JOB_PARTS.run(self.conn, {"job_id": job_id}):
                job.part_requests.append(
                    PartRequest(
                        q.id,
                        q.part_id,
                        q.quantity,
                        PartRequestStatus(q.status),
                        q.part_code,
                        q.name,
                        q.unit_price,
                        q.reason,
                    )
                )
        self.seen.append(job)
        return job

    def save_status(self, job: Job, now: str) -> None:
        params: dict[str, object] = {"job_id": job.id, "new_status": job.status.value, "at": now}
        if job.status is JobStatus.STARTED:
            _START_JOB.run(self.conn, params)
        elif job.status is JobStatus.FINISHED:
            _FINISH_JOB.run(self.conn, params)
        else:
            _SET_JOB_STATUS.run(self.conn, {"job_id": job.id, "new_status": job.status.value})

    def set_mechanic(self, job_id: int, mechanic_id: int) -> None:
        """The job moved to another mechanic (ReassignJob, before it started)."""
        _SET_JOB_MECHANIC.run(self.conn, {"job_id": job_id, "new_mechanic_id": mechanic_id})

    def add_part_request(self, job_id: int, part_id: int, quantity: int, name: str, code: str, now: str) -> int:
        params = {
            "job_id": job_id,
            "part_id": part_id,
            "quantity": quantity,
            "status": PartRequestStatus.REQUESTED.value,
            "part_code": code,
            "name": name,
            "unit_price": 0,
            "reason": "",
            **NO_REASON,
            "requested_at": now,
        }
        return int(_ADD_PART_REQUEST.run(self.conn, params).scalar_one())

    def settle_part_request(
        self,
        part_request_id: int,
        status: PartRequestStatus,
        unit_price: int = 0,
        reason: str = "",
        reason_message: Message | None = None,
        unit_cost: int = 0,
    ) -> bool:
        """Mark a waiting part request provided (at its price and cost) or cancelled (and why).

        False if it was already settled.
        """
        by_code = stored_reason(reason_message)
        done = _SETTLE_PART_REQUEST.run(
            self.conn,
            {
                "request_id": part_request_id,
                "new_status": status.value,
                "price": unit_price,
                "cost": unit_cost,
                "why": reason,
                "why_code": by_code["reason_code"],
                "why_params": by_code["reason_params"],
            },
        )
        return done.rowcount == 1

    def job_of_part_request(self, part_request_id: int) -> int:
        """The job a part request belongs to; NotFound when there is no such request."""
        found = _JOB_OF_PART_REQUEST.run(self.conn, {"request_id": part_request_id}).scalar()
        if found is None:
            raise NotFound("jobs.part_request_not_found", request_id=part_request_id)
        return int(found)

    def mark_returned(self, part_request_id: int) -> bool:
        """A provided request given back (ReturnPart); False if it was not provided (any more)."""
        return _RETURN_PART_REQUEST.run(self.conn, {"request_id": part_request_id}).rowcount == 1
