"""Commands of the jobs context (the design's "shop" context)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from domain.common.fields import Field
from domain.messages import Check, Command, require_id, require_positive

#: The most of one part a single request may ask for.
MAX_PART_REQUEST_QUANTITY = 10_000


def _job_id(value: object) -> int:
    return require_id(value, Field.JOB_NUMBER)


@dataclass(frozen=True)
class StartJob(Command):
    job_id: int

    checks: ClassVar[dict[str, Check]] = {"job_id": _job_id}


@dataclass(frozen=True)
class RequestPart(Command):
    """Ask the parts counter for `quantity` of a part for a started job. Returns the request id."""

    job_id: int
    part_id: int
    quantity: int

    checks: ClassVar[dict[str, Check]] = {
        "job_id": _job_id,
        "part_id": lambda v: require_id(v, Field.PART_NUMBER),
        "quantity": lambda v: require_positive(v, Field.QUANTITY, MAX_PART_REQUEST_QUANTITY),
    }


@dataclass(frozen=True)
class FinishJob(Command):
    """Finish a started job; the invoice follows."""

    job_id: int

    checks: ClassVar[dict[str, Check]] = {"job_id": _job_id}


@dataclass(frozen=True)
class ReturnPart(Command):
    """Give back a part provided to a started job by mistake: stock back, the bill's line gone."""

    part_request_id: int

    checks: ClassVar[dict[str, Check]] = {
        "part_request_id": lambda v: require_id(v, Field.PART_REQUEST_NUMBER),
    }
