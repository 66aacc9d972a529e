"""Who may give what (app.permissions), role by role and command by command, as DESIGN.md Part 2 states it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

import domain.commands as published
from app.permissions import PERMISSIONS, DiscountLimit, Scope, check, grants, may, who_may
from domain.errors import NotSignedIn, PermissionDenied
from domain.users.model import Role

MANAGER, DESK, MECHANIC, PARTS = Role.MANAGER, Role.DESK, Role.MECHANIC, Role.PARTS

YES, NO = "yes", "no"
OWN_JOB = "own job"  # only on a job of the user's own mechanic
OWN_USER = "own user"  # only on the user themself
LIMIT = "within the limit"  # only up to the shop's discount limit

# The table, written from DESIGN.md's sentence rather than read from the code:
# manager — everything; desk — RequestRepair, CancelRepair, payments, estimates;
# mechanic — StartJob, RequestPart, FinishJob, adding labour, on their own jobs
# only; parts — RegisterPart, IncreaseStock, DecreaseStock. Voids, refunds, day
# close, man-day changes, mechanics, users, prices and discounts above the
# shop's limit: manager.   (columns: desk, mechanic, parts; the manager: YES)
EXPECTED: dict[str, tuple[str, str, str]] = {
    "RequestRepair": (YES, NO, NO),
    "CancelRepair": (YES, NO, NO),
    "RecordPayment": (YES, NO, NO),
    "TakePayment": (YES, NO, NO),
    "DraftEstimate": (YES, NO, NO),
    "ApproveEstimate": (YES, NO, NO),
    "DeclineEstimate": (YES, NO, NO),
    "AddCannedJob": (NO, NO, NO),
    "UpdateCannedJob": (NO, NO, NO),
    "AddCannedJobToJob": (YES, OWN_JOB, NO),  # labour and parts on a job in work, in one step
    "RecordAdditionalWorkConsent": (YES, NO, NO),
    "ProposeAdditionalWork": (NO, OWN_JOB, NO),  # the menu of standard jobs: the manager keeps it
    "AddDiscount": (LIMIT, NO, NO),
    "RegisterCustomer": (YES, NO, NO),
    "RegisterVehicle": (YES, NO, NO),
    "UpdateCustomer": (YES, NO, NO),
    "UpdateVehicle": (YES, NO, NO),
    "RecordConsent": (YES, NO, NO),
    "RecordMileage": (YES, NO, NO),
    "ChangeVehicleOwner": (YES, NO, NO),
    "ChangeCarNumber": (YES, NO, NO),
    "RecordCashReceipt": (YES, NO, NO),
    "RequestTaxInvoice": (YES, NO, NO),
    "CorrectInvoice": (NO, NO, NO),
    "MergeCustomers": (NO, NO, NO),
    "MergeVehicles": (NO, NO, NO),
    "EraseCustomer": (NO, NO, NO),
    "StartJob": (NO, OWN_JOB, NO),
    "RequestPart": (NO, OWN_JOB, NO),
    "FinishJob": (NO, OWN_JOB, NO),
    "AddLabour": (NO, OWN_JOB, NO),
    "ReturnPart": (NO, OWN_JOB, NO),
    "RegisterPart": (NO, NO, YES),
    "IncreaseStock": (NO, NO, YES),
    "DecreaseStock": (NO, NO, YES),
    "ChangePin": (OWN_USER, OWN_USER, OWN_USER),
    "VoidInvoice": (NO, NO, NO),
    "RecordRefund": (NO, NO, NO),
    "CloseDay": (NO, NO, NO),
    "ChangeManDay": (NO, NO, NO),
    "RegisterMechanic": (NO, NO, NO),
    "CreateUser": (NO, NO, NO),
    "DisableUser": (NO, NO, NO),
    "ChangePartPrice": (NO, NO, NO),
    "ReassignJob": (NO, NO, NO),
    "SetWorkingWeekdays": (NO, NO, NO),
    "AddDayOff": (NO, NO, NO),
    "RemoveDayOff": (NO, NO, NO),
    "AddShopClosure": (NO, NO, NO),
    "RemoveShopClosure": (NO, NO, NO),
    "UpdateShopDetails": (NO, NO, NO),
    "RemoveLine": (NO, NO, NO),
    # Not a command anyone has written: the manager's alone until someone decides.
    "SomeCommandAddedNextYear": (NO, NO, NO),
}

ME, SOMEONE_ELSE = 3, 4
MY_MECHANIC, ANOTHER_MECHANIC = 7, 8


@dataclass(frozen=True)
class Signed:
    """The signed-in user as the bus will pass it."""

    id: int
    name: str
    role: str
    mechanic_id: int | None = None
    disabled: bool = False


def user(role: Role, **changes: Any) -> Signed:
    return Signed(ME, "이서연", role.value, MY_MECHANIC if role is MECHANIC else None, **changes)


def command(name: str, **fields: Any) -> Any:
    """An instance of a command class called `name` (the table goes by the class's name)."""
    values = {"user_id": ME, "job_id": 1, "amount": 0, "percent": 0, **fields}
    return type(name, (), values)()


def published_command_names() -> set[str]:
    return {n for n in published.__all__ if isinstance(getattr(published, n), type)} - {"Command"}


def test_every_published_command_has_a_deliberate_entry_in_the_table() -> None:
    names = published_command_names()
    assert names - set(PERMISSIONS) == set(), "decide who may give these in app/permissions.py"
    assert names - set(EXPECTED) == set(), "and write the decision into this test's table"


def test_the_table_is_the_one_this_test_expects() -> None:
    assert set(PERMISSIONS) == set(EXPECTED) - {"SomeCommandAddedNextYear"}


CASES = [(name, role, EXPECTED[name][i]) for name in EXPECTED for i, role in enumerate((DESK, MECHANIC, PARTS))]


@pytest.mark.parametrize(("name", "role", "expected"), CASES, ids=[f"{r.value}-{n}" for n, r, _ in CASES])
def test_role_by_command(name: str, role: Role, expected: str) -> None:
    who = user(role)
    if expected == YES:
        check(who, command(name))
        assert may(who, name)
    elif expected == NO:
        with pytest.raises(PermissionDenied) as exc:
            check(who, command(name), job_owner=MY_MECHANIC, discount_limit=DiscountLimit(10**9, Decimal(100)))
        assert exc.value.code == "users.denied"
        assert "a manager" in str(exc.value)
        assert not may(who, name)
    elif expected == OWN_JOB:
        check(who, command(name), job_owner=MY_MECHANIC)
        for owner in (ANOTHER_MECHANIC, None):
            with pytest.raises(PermissionDenied) as exc:
                check(who, command(name), job_owner=owner)
            assert exc.value.code == "users.denied_own_job"
        assert may(who, name)
    elif expected == OWN_USER:
        check(who, command(name, user_id=ME))
        with pytest.raises(PermissionDenied) as exc:
            check(who, command(name, user_id=SOMEONE_ELSE))
        assert exc.value.code == "users.denied_own_pin"
        assert may(who, name)
    elif expected == LIMIT:
        limit = DiscountLimit(50_000, Decimal(10))
        check(who, command(name, amount=50_000), discount_limit=limit)
        check(who, command(name, percent=10), discount_limit=limit)
        with pytest.raises(PermissionDenied):
            check(who, command(name, amount=50_001), discount_limit=limit)
        with pytest.raises(PermissionDenied):
            check(who, command(name, percent=Decimal("10.5")), discount_limit=limit)
        assert may(who, name)
    else:
        raise AssertionError(expected)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_manager_may_give_everything_everywhere(name: str) -> None:
    boss = user(MANAGER)
    check(boss, command(name, user_id=SOMEONE_ELSE, amount=10**9, percent=100), job_owner=None)
    check(boss, command(name), job_owner=ANOTHER_MECHANIC)
    assert may(boss, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_nobody_signed_in_is_refused_everything_once_the_shop_has_users(name: str) -> None:
    with pytest.raises(NotSignedIn):
        check(None, command(name))
    assert not may(None, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_shop_without_users_acts_as_its_owner(name: str) -> None:
    check(None, command(name, user_id=SOMEONE_ELSE, amount=10**9), shop_has_users=False)
    assert may(None, name, shop_has_users=False)


@pytest.mark.parametrize("role", list(Role))
def test_a_disabled_user_is_not_signed_in(role: Role) -> None:
    with pytest.raises(NotSignedIn):
        check(user(role, disabled=True), command("RequestRepair"))
    assert not may(user(role, disabled=True), "RequestRepair")


def test_a_mechanic_user_without_a_mechanic_has_no_jobs_of_their_own() -> None:
    broken = Signed(ME, "이서연", "mechanic", mechanic_id=None)
    with pytest.raises(PermissionDenied):
        check(broken, command("StartJob"), job_owner=None)


def test_the_role_may_come_as_text_or_as_a_role() -> None:
    check(Signed(ME, "a", Role.DESK), command("RequestRepair"))
    check(Signed(ME, "a", "desk"), command("RequestRepair"))


# -- the sentences ----------------------------------------------------------------------------
def denial(role: Role, name: str, **kwargs: Any) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as exc:
        check(user(role), command(name), **kwargs)
    return exc.value


def test_a_refusal_says_who_may_in_the_readers_language() -> None:
    void = denial(MECHANIC, "VoidInvoice")
    assert str(void) == "Only a manager may do this; nothing was saved."
    assert void.render("ko") == "이 작업은 관리자만 할 수 있습니다. 아무것도 저장되지 않았습니다."
    repair = denial(PARTS, "RequestRepair")
    assert str(repair) == "Only a manager or desk staff may do this; nothing was saved."
    assert repair.render("ko") == "이 작업은 관리자 또는 접수·계산 담당만 할 수 있습니다. 아무것도 저장되지 않았습니다."
    start = denial(DESK, "StartJob")
    assert str(start) == "Only a manager or the job's own mechanic may do this; nothing was saved."
    assert start.render("ko").startswith("이 작업은 관리자 또는 담당 정비사만")
    stock = denial(MECHANIC, "IncreaseStock")
    assert str(stock) == "Only a manager or parts staff may do this; nothing was saved."
    assert denial(DESK, "SomeCommandAddedNextYear").render("en") == str(void)


def test_a_refusal_gives_exactly_what_its_sentence_shows() -> None:
    assert denial(MECHANIC, "VoidInvoice").params == {"roles": who_may("VoidInvoice")}
    assert denial(MECHANIC, "StartJob", job_owner=ANOTHER_MECHANIC).params == {}


def test_someone_elses_job_and_someone_elses_pin() -> None:
    job = denial(MECHANIC, "FinishJob", job_owner=ANOTHER_MECHANIC)
    assert str(job).startswith("A mechanic may do this only on their own jobs")
    assert job.render("ko").startswith("정비사는 자기 작업에만")
    with pytest.raises(PermissionDenied) as exc:
        check(user(DESK), command("ChangePin", user_id=SOMEONE_ELSE))
    assert str(exc.value) == "Only a manager may change someone else's PIN; you may change your own."


def test_a_discount_over_the_limit_says_the_limit() -> None:
    limit = DiscountLimit(50_000, Decimal("7.50"))
    with pytest.raises(PermissionDenied) as exc:
        check(user(DESK), command("AddDiscount", amount=60_000), discount_limit=limit)
    over_amount = exc.value
    assert str(over_amount) == "A discount over 50,000 won needs a manager; nothing was saved."
    assert over_amount.render("ko").startswith("50,000원을 넘는 할인은 관리자만")
    with pytest.raises(PermissionDenied) as exc:
        check(user(DESK), command("AddDiscount", percent=Decimal(8)), discount_limit=limit)
    assert str(exc.value) == "A discount over 7.5% needs a manager; nothing was saved."
    assert exc.value.params["limit"] == "7.5"


def test_by_default_the_shop_has_no_discount_limit_so_the_desk_needs_a_manager() -> None:
    with pytest.raises(PermissionDenied):
        check(user(DESK), command("AddDiscount", amount=1))
    check(user(DESK), command("AddDiscount", amount=0, percent=0))  # a zero discount changes nothing


def test_who_may_lists_the_manager_first() -> None:
    assert who_may("VoidInvoice").render("en") == "a manager"
    assert who_may("RegisterPart").render("ko") == "관리자 또는 부품 담당"
    assert who_may("ChangePin").render("en") == "a manager or desk staff or a mechanic or parts staff"


def test_grants_of_an_unknown_command_are_empty() -> None:
    assert dict(grants("NoSuchCommand")) == {}
    assert grants("StartJob") == {MECHANIC: Scope.OWN_JOB}


def test_the_table_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        PERMISSIONS["VoidInvoice"] = {DESK: Scope.ANY}  # type: ignore[index]
    with pytest.raises(TypeError):
        PERMISSIONS["StartJob"][DESK] = Scope.ANY  # type: ignore[index]
