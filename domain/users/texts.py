"""Sentences of the users context, by code (see domain.texts).

None of them has a placeholder for a PIN: a refusal names the rule and the
field, never what was typed.
"""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    # -- fields and names ---------------------------------------------------------------
    "users.field.name": Text(en="User name", ko="사용자 이름"),
    "users.field.user_number": Text(en="User number", ko="사용자 번호"),
    "users.field.pin": Text(en="PIN", ko="비밀번호"),
    "users.field.new_pin": Text(en="New PIN", ko="새 비밀번호"),
    "users.field.old_pin": Text(en="Current PIN", ko="현재 비밀번호"),
    "users.field.role": Text(en="Role", ko="역할"),
    "users.field.mechanic": Text(en="Mechanic", ko="정비사"),
    "users.field.manager_name": Text(en="Manager's name", ko="관리자 이름"),
    "users.role.manager": Text(en="Manager", ko="관리자"),
    "users.role.desk": Text(en="Desk", ko="접수·계산"),
    "users.role.mechanic": Text(en="Mechanic", ko="정비사"),
    "users.role.parts": Text(en="Parts", ko="부품"),
    # The role as the subject of a sentence ("Only a manager may ...").
    "users.role_who.manager": Text(en="a manager", ko="관리자"),
    "users.role_who.desk": Text(en="desk staff", ko="접수·계산 담당"),
    "users.role_who.mechanic": Text(en="a mechanic", ko="정비사"),
    "users.role_who.parts": Text(en="parts staff", ko="부품 담당"),
    "users.role_who.own_mechanic": Text(en="the job's own mechanic", ko="담당 정비사"),
    "users.either": Text(en="{a} or {b}", ko="{a} 또는 {b}"),
    # -- the PIN policy (domain.users.pins) ---------------------------------------------
    "users.pin_digits_only": Text(
        en="{field} may hold only digits (0–9), {min} to {max} of them.",
        ko="{field}는 숫자(0–9) {min}~{max}자리여야 합니다.",
    ),
    "users.pin_length": Text(
        en="{field} must have {min} to {max} digits.",
        ko="{field}는 {min}~{max}자리 숫자여야 합니다.",
    ),
    "users.pin_repeated": Text(
        en="{field} repeats one digit (like 1111), which anyone would try first; choose another.",
        ko="{field}가 같은 숫자의 반복(예: 1111)이라 누구나 먼저 시도해 봅니다. 다른 번호를 고르세요.",
    ),
    "users.pin_run": Text(
        en="{field} counts up or down (like 1234 or 9876), which anyone would try first; choose another.",
        ko="{field}가 연속된 숫자(예: 1234, 9876)라 누구나 먼저 시도해 봅니다. 다른 번호를 고르세요.",
    ),
    "users.pin_common": Text(
        en="{field} is one of the most often used PINs (like 1004 or 2580); choose another.",
        ko="{field}가 가장 흔히 쓰이는 번호(예: 1004, 2580) 중 하나입니다. 다른 번호를 고르세요.",
    ),
    "users.pin_unchanged": Text(
        en="{field} is the same as the current PIN; choose another.",
        ko="{field}가 현재 비밀번호와 같습니다. 다른 번호를 고르세요.",
    ),
    # -- creating, changing and disabling users -----------------------------------------
    "users.unknown_role": Text(
        en="{field} must be one of manager, desk, mechanic or parts.",
        ko="{field}은 관리자(manager), 접수·계산(desk), 정비사(mechanic), 부품(parts) 중 하나여야 합니다.",
    ),
    "users.first_must_be_manager": Text(
        en="The shop's first user must be a manager, so that someone can add and manage the others.",
        ko="첫 사용자는 관리자여야 합니다. 그래야 다른 사용자를 추가하고 관리할 수 있습니다.",
    ),
    "users.mechanic_required": Text(
        en="A mechanic user must name their mechanic, so that their own jobs are theirs to work on.",
        ko="정비사 사용자는 본인 정비사를 지정해야 합니다. 그래야 자기 작업을 맡을 수 있습니다.",
    ),
    "users.mechanic_only_for_mechanics": Text(
        en="Only a mechanic user is tied to a mechanic; leave the mechanic empty for this role.",
        ko="정비사 사용자만 정비사와 연결됩니다. 이 역할은 정비사를 비워 두세요.",
    ),
    "users.name_taken": Text(
        en="There is already a user called {name}; choose another name.",
        ko="같은 이름의 사용자가 이미 있습니다: {name}. 다른 이름을 쓰세요.",
    ),
    "users.mechanic_taken": Text(
        en="That mechanic already has a user: one user per mechanic.",
        ko="이 정비사에게는 이미 사용자가 있습니다. 정비사 한 명에 사용자 하나입니다.",
    ),
    "users.not_found": Text(
        en="There is no user number {user_id}.",
        ko="{user_id}번 사용자가 없습니다.",
    ),
    "users.old_pin_required": Text(
        en="Type your current PIN to change it.",
        ko="비밀번호를 바꾸려면 현재 비밀번호를 입력하세요.",
    ),
    "users.old_pin_wrong": Text(
        en="The current PIN is not right; nothing was changed.",
        ko="현재 비밀번호가 맞지 않습니다. 아무것도 바뀌지 않았습니다.",
    ),
    "users.disabled": Text(
        en="{name} is disabled; nothing was changed.",
        ko="{name} 사용자는 사용 중지되었습니다. 아무것도 바뀌지 않았습니다.",
    ),
    "users.already_disabled": Text(
        en="{name} is already disabled.",
        ko="{name} 사용자는 이미 사용 중지되었습니다.",
    ),
    "users.last_manager": Text(
        en="{name} is the shop's last active manager and cannot be disabled; make another user a manager first.",
        ko="{name} 사용자는 마지막 관리자라 사용 중지할 수 없습니다. 먼저 다른 관리자를 만드세요.",
    ),
    # -- signing in ----------------------------------------------------------------------
    "users.login_failed": Text(
        en="That name and PIN do not match; try again.",
        ko="이름 또는 비밀번호가 맞지 않습니다. 다시 입력하세요.",
    ),
    "users.locked": Text(
        en="Too many wrong PINs: this user cannot sign in until {until}. Wait, or ask a manager to reset the PIN.",
        ko="비밀번호를 여러 번 틀려 {until}까지 로그인할 수 없습니다. "
        "기다리거나 관리자에게 비밀번호 초기화를 요청하세요.",
    ),
    "users.not_signed_in": Text(
        en="Nobody is signed in on this terminal; sign in first. Nothing was saved.",
        ko="이 단말기에 로그인한 사용자가 없습니다. 먼저 로그인하세요. 아무것도 저장되지 않았습니다.",
    ),
    # -- permissions (app.permissions) --------------------------------------------------
    "users.denied": Text(
        en="Only {roles} may do this; nothing was saved.",
        ko="이 작업은 {roles}만 할 수 있습니다. 아무것도 저장되지 않았습니다.",
    ),
    "users.denied_own_job": Text(
        en="A mechanic may do this only on their own jobs; ask a manager or the job's own mechanic. Nothing was saved.",
        ko="정비사는 자기 작업에만 이 작업을 할 수 있습니다. 관리자나 담당 정비사에게 요청하세요. "
        "아무것도 저장되지 않았습니다.",
    ),
    "users.denied_own_pin": Text(
        en="Only a manager may change someone else's PIN; you may change your own.",
        ko="다른 사람의 비밀번호는 관리자만 바꿀 수 있습니다. 본인 비밀번호는 직접 바꿀 수 있습니다.",
    ),
    "users.denied_discount_amount": Text(
        en="A discount over {limit:,} won needs a manager; nothing was saved.",
        ko="{limit:,}원을 넘는 할인은 관리자만 할 수 있습니다. 아무것도 저장되지 않았습니다.",
    ),
    "users.denied_discount_percent": Text(
        en="A discount over {limit}% needs a manager; nothing was saved.",
        ko="{limit}%를 넘는 할인은 관리자만 할 수 있습니다. 아무것도 저장되지 않았습니다.",
    ),
    # -- the command line (app.users.cli_signin) ------------------------------------------
    "users.cli_sign_in_needed": Text(
        en="This command changes the shop's data and the shop has users: "
        "a manager must sign in (their name, then the PIN). Nothing was changed.",
        ko="이 명령은 매장 데이터를 바꾸며 이 매장에는 사용자가 있습니다. "
        "관리자가 로그인해야 합니다(이름, 그다음 비밀번호). 아무것도 바뀌지 않았습니다.",
    ),
    "users.cli_manager_only": Text(
        en="Only a manager may run this command; nothing was changed.",
        ko="이 명령은 관리자만 실행할 수 있습니다. 아무것도 바뀌지 않았습니다.",
    ),
}
