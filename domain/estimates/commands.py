"""Commands of the estimates context (견적). Each checks and normalises itself in `validated()`.

DraftEstimate shares RequestRepair's checks for the fields they have in
common, so an estimate that can be drafted is one that can be requested.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from domain.common.fields import Field
from domain.errors import InvalidInput
from domain.messages import Check, Command, optional_text, require_id, require_money, require_positive, require_text
from domain.reception.commands import RequestRepair

MAX_LINES = 40
MAX_DESCRIPTION = 120
MAX_VALID_DAYS = 365
MAX_DECLINE_REASON = 200
#: How the customer agreed (자동차관리법 시행규칙 §134: consent before the work, by any means on record).
CONSENT_WAYS = ("in_person", "phone", "message")

_SHARED = RequestRepair.checks


def _labour_lines(value: object) -> tuple[tuple[str, int], ...]:
    if not isinstance(value, (tuple, list)) or len(value) > MAX_LINES:
        raise InvalidInput("estimates.bad_lines", field=Field.LABOUR_FARE, maximum=MAX_LINES)
    out = []
    for line in value:
        if not isinstance(line, (tuple, list)) or len(line) != 2:
            raise InvalidInput("estimates.bad_lines", field=Field.LABOUR_FARE, maximum=MAX_LINES)
        description, amount = line
        out.append((require_text(description, Field.NOTES, MAX_DESCRIPTION), require_money(amount, Field.LABOUR_FARE)))
    return tuple(out)


def _part_lines(value: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, (tuple, list)) or len(value) > MAX_LINES:
        raise InvalidInput("estimates.bad_lines", field=Field.PART_NUMBER, maximum=MAX_LINES)
    out = []
    for line in value:
        if not isinstance(line, (tuple, list)) or len(line) != 2:
            raise InvalidInput("estimates.bad_lines", field=Field.PART_NUMBER, maximum=MAX_LINES)
        part_id, quantity = line
        out.append((require_id(part_id, Field.PART_NUMBER), require_positive(quantity, Field.QUANTITY)))
    return tuple(out)


def _canned_ids(value: object) -> tuple[int, ...]:
    if not isinstance(value, (tuple, list)) or len(value) > MAX_LINES:
        raise InvalidInput("estimates.bad_lines", field=Field.CANNED_JOB, maximum=MAX_LINES)
    return tuple(require_id(v, Field.CANNED_JOB) for v in value)


def require_estimate_no(value: object) -> str:
    return require_text(value, Field.ESTIMATE_NUMBER, 20).upper()


def require_consent_way(value: object) -> str:
    how = value.strip().lower() if isinstance(value, str) else ""
    if how not in CONSENT_WAYS:
        raise InvalidInput("estimates.unknown_consent_way", field=Field.CONSENT_WAY, how=str(value))
    return how


@dataclass(frozen=True)
class DraftEstimate(Command):
    """Quote the work for a car (견적서). Returns the estimate number.

    `fare` is the main labour; `labour` more labour lines (description, amount);
    `parts` (part id, quantity) are priced at today's price; `valid_days` from today.
    """

    customer_name: str
    car_number: str
    mechanic_id: int
    man_day: int
    fare: int
    customer_phone: str = ""
    mileage: int | None = None
    term: str = ""
    labour: tuple[tuple[str, int], ...] = ()
    parts: tuple[tuple[int, int], ...] = ()
    valid_days: int = 30
    canned_jobs: tuple[int, ...] = ()  # menu jobs whose lines and man-days are added in one step

    checks: ClassVar[dict[str, Check]] = {
        "customer_name": _SHARED["customer_name"],
        "customer_phone": _SHARED["customer_phone"],
        "car_number": _SHARED["car_number"],
        "mechanic_id": _SHARED["mechanic_id"],
        "man_day": _SHARED["man_day"],
        "fare": _SHARED["fare"],
        "term": _SHARED["term"],
        "mileage": _SHARED["mileage"],
        "labour": _labour_lines,
        "parts": _part_lines,
        "valid_days": lambda v: require_positive(v, Field.VALID_DAYS, MAX_VALID_DAYS),
        "canned_jobs": _canned_ids,
    }


@dataclass(frozen=True)
class AddCannedJob(Command):
    """A standard job on the shop's menu (정비 메뉴): its labour, man-days and parts. Returns its id."""

    name: str
    labour: int
    man_day: int
    parts: tuple[tuple[int, int], ...] = ()

    checks: ClassVar[dict[str, Check]] = {
        "name": lambda v: require_text(v, Field.NOTES, MAX_DESCRIPTION),
        "labour": _SHARED["fare"],
        "man_day": _SHARED["man_day"],
        "parts": _part_lines,
    }


@dataclass(frozen=True)
class UpdateCannedJob(Command):
    """Change a standard job on the menu: its name, labour, man-days and parts (the list replaces the old one)."""

    canned_job_id: int
    name: str
    labour: int
    man_day: int
    parts: tuple[tuple[int, int], ...] = ()

    checks: ClassVar[dict[str, Check]] = {
        "canned_job_id": lambda v: require_id(v, Field.CANNED_JOB),
        **AddCannedJob.checks,
    }


@dataclass(frozen=True)
class AddCannedJobToJob(Command):
    """A standard job added to a job in work in one step: its labour line on the bill, its parts requested.

    Returns the labour line's id. Parts the counter cannot give are cancelled there, as any request.
    """

    job_id: int
    canned_job_id: int

    checks: ClassVar[dict[str, Check]] = {
        "job_id": lambda v: require_id(v, Field.JOB_NUMBER),
        "canned_job_id": lambda v: require_id(v, Field.CANNED_JOB),
    }


@dataclass(frozen=True)
class ProposeAdditionalWork(Command):
    """The bay found more to do (추가정비): labour and parts proposed, billed only once the desk records consent.

    Returns its id.
    """

    job_id: int
    description: str
    amount: int  # the labour; 0 when the proposal is parts only
    parts: tuple[tuple[int, int], ...] = ()  # (part id, quantity), requested on the job once the customer agrees

    checks: ClassVar[dict[str, Check]] = {
        "job_id": lambda v: require_id(v, Field.JOB_NUMBER),
        "description": lambda v: require_text(v, Field.NOTES, MAX_DESCRIPTION),
        "amount": lambda v: require_money(v, Field.AMOUNT),
        "parts": _part_lines,
    }


@dataclass(frozen=True)
class RecordAdditionalWorkConsent(Command):
    """The customer's answer to proposed work: approved (it goes on the bill) or declined (a recommendation)."""

    work_id: int
    approved: bool
    how: str

    checks: ClassVar[dict[str, Check]] = {
        "work_id": lambda v: require_id(v, Field.ADDITIONAL_WORK),
        "approved": lambda v: _yes_no(v),
        "how": require_consent_way,
    }


def _yes_no(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput("estimates.answer_yes_or_no", field=Field.ADDITIONAL_WORK)
    return value


@dataclass(frozen=True)
class ApproveEstimate(Command):
    """The customer agreed (`how`: in_person, phone, message): the repair is requested. Returns the receipt id."""

    estimate_no: str
    how: str

    checks: ClassVar[dict[str, Check]] = {"estimate_no": require_estimate_no, "how": require_consent_way}


@dataclass(frozen=True)
class DeclineEstimate(Command):
    """The customer said no: the work stays on the vehicle as a recommendation for the next visit."""

    estimate_no: str
    reason: str = ""

    checks: ClassVar[dict[str, Check]] = {
        "estimate_no": require_estimate_no,
        "reason": lambda v: optional_text(v, Field.REASON, MAX_DECLINE_REASON),
    }
