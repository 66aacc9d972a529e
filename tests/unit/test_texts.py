"""Messages by code: every refusal of reception, jobs and the shared checks has a code in the catalogue,
renders in English and Korean with the same placeholders, and uses every parameter it is given.

No refusal in these contexts is a plain sentence any more (the transitional branch of
`domain.texts.render` is for the contexts not converted yet): the sources are scanned for one.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from domain.billing.day import TillDay
from domain.commands import (
    CancelRepair,
    ChangeManDay,
    ChangePartPrice,
    CloseDay,
    DecreaseStock,
    IncreaseStock,
    RecordPayment,
    RecordRefund,
    RegisterMechanic,
    RegisterPart,
    RequestPart,
    RequestRepair,
    StartJob,
)
from domain.common.fields import Field, field_of
from domain.common.texts import FIELDS
from domain.errors import DomainError
from domain.estimates.commands import ApproveEstimate, DraftEstimate, RecordAdditionalWorkConsent
from domain.estimates.model import Estimate, EstimateStatus
from domain.events import ManDayOver, PartRequestCancelled
from domain.jobs.model import Job, JobStatus, PartRequest
from domain.mechanic.commands import AddShopClosure, SetWorkingWeekdays
from domain.mechanic.model import Mechanic
from domain.mechanic.schedule import Slot, require_not_past
from domain.reception.model import InvoiceAccount, Receipt, ReceiptStatus, check_refund_amount
from domain.reception.till import day_is_closed, plan_tender
from domain.texts import LANGUAGES, Message, Text, catalogue, render
from domain.vehicleparts.model import MAX_STOCK, Part
from tests.builders import KST, FakeClock
from tests.unit.customers_refusals import CUSTOMERS_MAKERS
from tests.unit.test_users import _refusals as _users_refusals

ROOT = Path(__file__).resolve().parents[2]
#: The contexts whose every refusal is by code.
CONVERTED = ("common", "reception", "jobs", "mechanic", "vehicleparts", "users", "customers", "billing", "estimates")
#: Contexts whose handlers are not wired into the app yet: their codes are checked for language and
#: placeholders, but not yet for being raised by a handler (each leaves this set when it is wired).
NOT_YET_WIRED: set[str] = set()
#: The sources of those contexts, the application layer and the screens: no plain sentence may be raised in them.
SOURCES = [
    *sorted((ROOT / "domain" / "reception").rglob("*.py")),
    *sorted((ROOT / "domain" / "jobs").rglob("*.py")),
    *sorted((ROOT / "domain" / "common").rglob("*.py")),
    *sorted((ROOT / "domain" / "mechanic").rglob("*.py")),
    *sorted((ROOT / "domain" / "vehicleparts").rglob("*.py")),
    *sorted((ROOT / "domain" / "users").rglob("*.py")),
    *sorted((ROOT / "domain" / "customers").rglob("*.py")),
    *sorted((ROOT / "domain" / "billing").rglob("*.py")),
    *sorted((ROOT / "domain" / "estimates").rglob("*.py")),
    *(APP_SOURCES := sorted((ROOT / "app").rglob("*.py"))),
    ROOT / "domain" / "messages.py",
    ROOT / "domain" / "commands.py",
    ROOT / "domain" / "events.py",
    *sorted((ROOT / "ui").rglob("*.py")),
]
ERRORS = {"DomainError", "InvalidInput", "NotFound", "IllegalTransition", "Conflict"}
ERRORS |= {"DatabaseUnavailable", "UpdateWaiting"}  # app.messagebus
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def placeholders(template: str) -> set[tuple[str, str, str]]:
    """(name, conversion, format spec) of every placeholder: the two languages must agree on all three."""
    return {(name, conv or "", spec or "") for _, name, spec, conv in string.Formatter().parse(template) if name}


def names(template: str) -> set[str]:
    return {name for name, _, _ in placeholders(template)}


def ours() -> dict[str, Text]:
    return {code: text for code, text in catalogue().items() if code.split(".")[0] in CONVERTED}


#: The middle part of a three-part code that names a thing rather than saying a sentence.
NAME_KINDS = {"field", "document", "role", "role_who", "method", "kind", "mark", "status", "labour", "receipt"}
NAME_KINDS |= {"origin", "consent"}  # estimates: what a part origin code means
#: Two-part codes that are names or joins, not sentences.
NAMES = {"customers.erased_customer", "users.either"}


def is_a_name(code: str) -> bool:
    parts = code.split(".")
    return code in NAMES or (len(parts) == 3 and parts[1] in NAME_KINDS)


# -- the catalogue ----------------------------------------------------------------------
def test_every_context_has_its_catalogue_and_no_code_is_defined_twice() -> None:
    codes = catalogue()  # raises on a code defined twice
    assert {code.split(".")[0] for code in ours()} == set(CONVERTED)
    assert all(re.fullmatch(r"[a-z]+\.[a-z_]+(\.[a-z_]+)?", code) for code in codes), "codes are <context>.<name>"


@pytest.mark.parametrize("code", sorted(ours()))
def test_every_code_is_written_in_both_languages_with_the_same_placeholders(code: str) -> None:
    text = catalogue()[code]
    assert LANGUAGES == ("en", "ko")
    assert text.en.strip() and text.ko.strip()
    assert placeholders(text.en) == placeholders(text.ko), code
    assert HANGUL.search(text.ko), f"{code}: the Korean has no Korean in it"
    assert not HANGUL.search(text.en), f"{code}: Korean in the English"
    if not is_a_name(code):  # names, not sentences
        assert text.en.rstrip().endswith("."), f"{code}: a sentence ends with a full stop"
        assert not re.search(r"해요|예요|에요|세요\?", text.ko), f"{code}: 합니다/하세요 style, not 해요"


def test_every_field_has_a_name_and_field_constants_are_catalogued() -> None:
    constants = {v.code for k, v in vars(Field).items() if k.isupper()}
    assert constants == set(FIELDS)
    for code in FIELDS:
        assert "{" not in FIELDS[code].en and "{" not in FIELDS[code].ko  # a name, not a sentence


def test_every_field_is_named_by_its_message_not_a_label() -> None:
    labels: set[str] = set()
    for path in sorted((ROOT / "domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func).startswith(("require_", "optional_text")):
                labels |= {a.value for a in node.args[1:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert labels == set()


# -- the sources --------------------------------------------------------------------------
def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _refusals(path: Path) -> Iterator[ast.Call]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in ERRORS:
            yield node


def test_no_refusal_in_these_contexts_or_the_screens_is_a_plain_sentence() -> None:
    plain = []
    for path in SOURCES:
        for call in _refusals(path):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str) and " " in first.value
            ):
                plain.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert plain == []


def test_every_code_written_in_the_sources_is_in_the_catalogue() -> None:
    """Codes raised directly, and the tables of codes the aggregates pick from."""
    code = re.compile(rf"^(?:{'|'.join(CONVERTED)})\.[a-z_]+$")
    used = {
        node.value
        for path in SOURCES
        if path not in APP_SOURCES  # app/ names tables and policies alike ("mechanic.id"): its refusals only
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and code.match(node.value)
    } | app_refusals()
    assert len(used) > 30
    assert used - set(catalogue()) == set()


def test_every_refusal_raised_with_a_literal_code_gives_exactly_the_templates_parameters() -> None:
    checked = 0
    for path in SOURCES:
        for call in _refusals(path):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            given = {k.arg for k in call.keywords if k.arg}
            wanted = names(catalogue()[first.value].en)
            where = f"{path.relative_to(ROOT)}:{call.lineno} {first.value}"
            assert given - {"field"} == wanted - {"field"}, where
            if _name(call.func) == "InvalidInput":
                assert "field" in given, f"{where}: an input refusal names its field (a form marks that input)"
            checked += 1
    assert checked > 25


# -- every refusal, raised and rendered --------------------------------------------------------
def _account(**kw: Any) -> InvoiceAccount:
    values: dict[str, Any] = {"invoice_no": "2026-000001", "receipt_id": 1, "total": 1000, "paid": 0, "voided": False}
    return InvoiceAccount(**{**values, **kw})


def _estimate(status: str) -> Estimate:
    return Estimate("E2026-000001", "12가3456", EstimateStatus(status), "2026-03-31")


def _receipt(status: ReceiptStatus) -> Receipt:
    return Receipt(12, "Hong", "12GA3456", 4, 3, 90_000, status)


def _waiting_job() -> Job:
    job = Job(7, 3, 11, JobStatus.STARTED)
    job.part_requests = [PartRequest(1, 5, 2)]
    return job


REPAIR = RequestRepair("Hong", "12GA3456", 1, 1, 0)
#: One way to bring about each refusal of the converted contexts.
MAKERS: list[Callable[[], object]] = [
    lambda: RequestRepair(" ", "12GA3456", 1, 1, 0).validated(),
    lambda: RequestRepair("A" * 81, "12GA3456", 1, 1, 0).validated(),
    lambda: RequestRepair("a\x00b", "12GA3456", 1, 1, 0).validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, 1, 0, term=12).validated(),  # type: ignore[arg-type]
    lambda: RequestRepair("Hong", "12GA3456", 0, 1, 0).validated(),
    lambda: RequestRepair("Hong", "12GA3456", None, 1, 0).validated(),  # type: ignore[arg-type]
    lambda: RequestRepair("Hong", "12GA3456", 2**31, 1, 0).validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, "1", 0).validated(),  # type: ignore[arg-type]
    lambda: RequestRepair("Hong", "12GA3456", 1, 0, 0).validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, 1, -1).validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, 366, 0).validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, 1, 0, customer_phone="010-CALL-ME").validated(),
    lambda: RecordPayment("2026-000001", 1, "cheque").validated(),
    lambda: CloseDay("24/11/2026").validated(),
    lambda: CancelRepair(0).validated(),
    lambda: RecordRefund("2026-000001", 0, "cash").validated(),
    lambda: StartJob(-1).validated(),
    lambda: RequestPart(1, 1, 10_001).validated(),
    *[(lambda s=s: _receipt(s).cancel()) for s in ReceiptStatus if not s.can_cancel],
    lambda: _account(voided=True).check_payment(1),
    lambda: _account(paid=1000).check_payment(1),
    lambda: _account().check_payment(1001),
    lambda: _account(voided=True).check_void(),
    lambda: _account().check_refund(1),
    lambda: check_refund_amount("2026-000001", 1, 0),
    lambda: check_refund_amount("2026-000001", 2, 1),
    lambda: plan_tender(0, cash_tendered=1),
    lambda: plan_tender(100, card=80, transfer=30),
    lambda: plan_tender(100, card=100, cash_tendered=5),
    lambda: plan_tender(100),
    lambda: TillDay("2026-11-25").check_closable(today="2026-11-24", first_day="", open_with_activity=()),
    *[(lambda w=w: _raise(day_is_closed("2026-11-24", "Z2026-0001", w))) for w in ("payment", "refund", "credit note")],
    *[(lambda s=s: Job(7, 3, 11, s).start("now")) for s in JobStatus if not s.can_start],
    *[(lambda s=s: Job(7, 3, 11, s).request_part(1, 2, 1)) for s in JobStatus if not s.accepts_parts],
    lambda: Job(7, 3, 11, JobStatus.CREATED).return_part(1),
    lambda: Job(7, 3, 11, JobStatus.STARTED).return_part(1),
    *[(lambda s=s: Job(7, 3, 11, s).finish("now")) for s in JobStatus if not s.can_finish],
    lambda: _waiting_job().finish("now"),
    lambda: RegisterMechanic(" ", 1).validated(),
    lambda: ChangeManDay(1, 10_001).validated(),
    lambda: RegisterPart("OIL 1", "Oil", 1).validated(),
    lambda: RegisterPart("OIL-1", "Oil", 1, origin="E").validated(),
    lambda: ApproveEstimate("E2026-000001", "fax").validated(),
    lambda: RecordAdditionalWorkConsent(1, "yes", "phone").validated(),  # type: ignore[arg-type]
    lambda: DraftEstimate("Hong", "12가3456", 1, 1, 0, labour=(("x",),)).validated(),  # type: ignore[arg-type]
    lambda: _estimate("approved").ensure_approvable("2026-03-02"),
    lambda: _estimate("declined").ensure_approvable("2026-03-02"),
    lambda: _estimate("open").ensure_approvable("2026-04-30"),
    lambda: IncreaseStock(1, 0).validated(),
    lambda: DecreaseStock(1, 1, "x" * 201).validated(),
    lambda: ChangePartPrice(1, -1).validated(),
    lambda: _oil(stock=MAX_STOCK).restock(1),
    lambda: _oil(stock=1).adjust_down(2),
    # the mechanic's working days and queue
    lambda: SetWorkingWeekdays(1, "0000000").validated(),
    lambda: SetWorkingWeekdays(1, "MonSat").validated(),
    lambda: AddShopClosure("2026-08-07", "2026-08-03").validated(),
    lambda: RequestRepair("Hong", "12GA3456", 1, 1, 0, wanted_by="2026-02-30").validated(),
    lambda: require_not_past(date(2026, 3, 1), date(2026, 3, 2)),
    lambda: Mechanic(4, "Kim", 9).take_over(10),
    *CUSTOMERS_MAKERS,
]


def _oil(stock: int) -> Part:
    return Part(5, "OIL-1", "Engine oil", 48_000, stock)


def _raise(error: DomainError) -> None:
    raise error


def refusals() -> list[DomainError]:
    found = []
    for make in MAKERS:
        with pytest.raises(DomainError) as exc:
            make()
        found.append(exc.value)
    return found


def stored_reasons() -> list[Message]:
    receipt = _receipt(ReceiptStatus.REQUESTED)
    receipt.cancel()
    assert receipt.reason_message is not None
    mechanic = Mechanic(4, "Kim", 1)
    mechanic.reserve(12, 3)
    out, short = _oil(stock=0), _oil(stock=1)
    out.take(1, 2, 3)
    short.take(1, 2, 3)
    slot = Slot(date(2026, 3, 3), date(2026, 3, 9))
    late = Mechanic(5, "Lee", 9)
    late.reserve(13, 5, slot, date(2026, 3, 6))  # nobody else could
    late.reserve(14, 5, slot, date(2026, 3, 6), [("Park", date(2026, 3, 6))])
    for_date = [e.reason_message for e in late.events if isinstance(e, ManDayOver)]
    assert [m.code for m in for_date if m] == ["mechanic.cannot_finish_by", "mechanic.cannot_finish_by_other_can"]
    over, cancelled = mechanic.events[0], [*out.events, *short.events]
    assert isinstance(over, ManDayOver) and over.reason_message is not None
    assert all(isinstance(e, PartRequestCancelled) and e.reason_message for e in cancelled)
    return [receipt.reason_message, over.reason_message, *(e.reason_message for e in cancelled), *for_date]  # type: ignore[attr-defined,list-item]


def app_refusals() -> set[str]:
    """Codes the application layer raises (app/: repositories, the bus): each a literal in its refusal."""
    return {
        call.args[0].value
        for path in APP_SOURCES
        for call in _refusals(path)
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
    }


def app_codes() -> set[str]:
    """Every code app/ names: in its refusals, and in the tables of codes it picks from."""
    known = set(catalogue())
    return {
        node.value
        for path in APP_SOURCES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known
    }


def billing_codes() -> set[str]:
    """Every code the billing domain names outside its catalogue: its refusals, and the pairs it picks from.

    The billing aggregate's refusals are raised in its own tests (tests/unit/test_billing*.py)
    from states a maker here could only rebuild; this keeps a catalogued code from outliving its use.
    """
    known = set(catalogue())
    return {
        node.value
        for path in sorted((ROOT / "domain" / "billing").rglob("*.py"))
        if path.name != "texts.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known
    }


def test_every_code_of_the_converted_contexts_is_raised_by_something() -> None:
    """Both ways: nothing raised is missing from the catalogue, nothing catalogued is never used."""
    raised = {e.code for e in refusals()} | {m.code for m in stored_reasons()} | app_codes()
    users_clock = FakeClock(datetime(2026, 12, 1, 14, 20, tzinfo=KST))
    raised |= {e.code for e in _users_refusals(users_clock)}  # the users context's, rendered in its own tests
    raised |= billing_codes()
    assert raised - set(ours()) == set()
    names = {code for code in ours() if code.startswith("common.document.") or is_a_name(code)}
    wired = {c for c in ours() if c.split(".")[0] not in NOT_YET_WIRED}
    assert wired - set(FIELDS) - names - raised == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_refusal_renders_in_each_language_with_all_its_parameters(lang: str) -> None:
    for message in [e.text for e in refusals()] + stored_reasons():
        template = catalogue()[message.code].in_language(lang)
        given = set(message.params)
        assert given - {"field"} <= names(template), f"{message.code}: a parameter the sentence never shows"
        assert names(template) <= given, f"{message.code}: the sentence needs a parameter it was not given"
        text = render(message, lang)
        assert "{" not in text and "[" not in text.split(" ")[0], text
        assert bool(HANGUL.search(text)) is (lang == "ko"), text  # no English-only screen in Korean, and back


def test_an_input_refusal_names_its_field_and_renders_the_fields_name_in_the_same_language() -> None:
    error = next(e for e in refusals() if e.code == "common.required")
    assert field_of(error) == "common.field.customer_name"
    assert render(error.text, "en") == "Customer name is required."
    assert render(error.text, "ko") == "고객 이름 항목을 입력하세요."


def test_amounts_are_shown_with_thousands_separators_in_both_languages() -> None:
    error = next(e for e in refusals() if e.code == "reception.non_cash_over_balance")
    error = type(error)(error.code, non_cash=1_234_000, balance=290_407)
    assert "1,234,000" in error.render("en") and "290,407" in error.render("en")
    assert "1,234,000원" in error.render("ko") and "290,407원" in error.render("ko")


def test_str_of_a_refusal_is_the_english_sentence_for_scripts_and_logs() -> None:
    for error in refusals():
        assert str(error) == error.message == render(error.text, "en")
