"""The command line once a shop has users: verbs that change data ask for a manager's name and PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.bootstrap import bootstrap
from app.users import cli_signin
from domain.commands import CreateUser, RecordPayment
from tests.builders import make_invoice
from tests.integration.core_helpers import diff, snapshot

MANAGER_PIN, DESK_PIN = "58392071", "7305"


class Prompts:
    """The terminal: answers for the name and PIN prompts, and what was asked."""

    def __init__(self, name: str = "최관리", pin: str = MANAGER_PIN) -> None:
        self.name, self.pin = name, pin
        self.asked: list[str] = []

    def read_name(self, prompt: str) -> str:
        self.asked.append(prompt)
        return self.name

    def read_pin(self, prompt: str) -> str:
        self.asked.append(prompt)
        return self.pin


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Iterator[Prompts]:
    answers = Prompts()
    monkeypatch.setattr(cli_signin, "read_name", answers.read_name)
    monkeypatch.setattr(cli_signin, "read_pin", answers.read_pin)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    yield answers


def run(capsys: pytest.CaptureFixture[str], db_url: str, folder: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database", db_url, "--invoice-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def a_shop_with_users(db_url: str, folder: Path) -> None:
    shop = bootstrap(db_url, folder, actor="owner")
    try:
        no = make_invoice(shop, fare=264_006)
        shop.handle(RecordPayment(no, 200_000, "card"))
        shop.handle(CreateUser("최관리", "manager", MANAGER_PIN))
        shop.login("최관리", MANAGER_PIN)
        shop.handle(CreateUser("박지영", "desk", DESK_PIN))
    finally:
        shop.close()


def test_a_shop_without_users_asks_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], prompts: Prompts
) -> None:
    folder = tmp_path / "invoices"
    shop = bootstrap(db_url, folder, actor="owner")
    make_invoice(shop)
    shop.close()
    code, _out, err = run(capsys, db_url, folder, "day-close")
    assert code == 0, err
    assert prompts.asked == []


def test_a_verb_that_changes_data_asks_for_a_managers_name_and_pin_and_records_them(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], prompts: Prompts
) -> None:
    folder = tmp_path / "invoices"
    a_shop_with_users(db_url, folder)
    code, out, err = run(capsys, db_url, folder, "day-close")
    assert code == 0, err
    assert prompts.asked == ["Manager's name: ", "PIN: "]
    shop = bootstrap(db_url, folder)
    try:
        closed = [r for r in shop.audit() if r.event == "DayClosed"]
        assert [(r.actor, r.role) for r in closed] == [("최관리", "manager")]
        signed = [r for r in shop.audit(user="최관리") if r.event == "SignedIn"]
        assert signed and signed[-1].terminal == shop.terminal
    finally:
        shop.close()
    assert MANAGER_PIN not in out + err


def test_user_names_the_manager_and_only_the_pin_is_asked(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], prompts: Prompts
) -> None:
    folder = tmp_path / "invoices"
    a_shop_with_users(db_url, folder)
    prompts.name = "누구든"  # not asked: --user says it
    code, _, err = run(capsys, db_url, folder, "--user", "최관리", "rebuild-board")
    assert code == 0, err
    assert prompts.asked == ["PIN: "]


def test_a_wrong_pin_a_desk_user_and_no_terminal_are_refused_in_a_sentence_and_nothing_is_written(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], prompts: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "invoices"
    a_shop_with_users(db_url, folder)
    shop = bootstrap(db_url, folder)
    before = snapshot(shop)
    shop.close()

    def unchanged_but_for_the_sign_in() -> list[str]:
        s = bootstrap(db_url, folder)
        try:
            after = snapshot(s)
        finally:
            s.close()
        return [line for line in diff(before, after) if not line.startswith(("event_log", "event_chain", "shop_user"))]

    prompts.pin = "0001"
    code, _out, err = run(capsys, db_url, folder, "day-close")
    assert code == 2 and "That name and PIN do not match" in err and "Traceback" not in err
    assert unchanged_but_for_the_sign_in() == []

    prompts.name, prompts.pin = "박지영", DESK_PIN
    code, _, err = run(capsys, db_url, folder, "day-close")
    assert code == 2 and "Only a manager may run this command" in err
    assert unchanged_but_for_the_sign_in() == []

    def no_terminal(_prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr(cli_signin, "read_name", no_terminal)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    code, _, err = run(capsys, db_url, folder, "day-close")
    assert code == 2 and "관리자가 로그인해야 합니다" in err
    assert unchanged_but_for_the_sign_in() == []


def test_read_only_verbs_ask_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], prompts: Prompts
) -> None:
    folder = tmp_path / "invoices"
    a_shop_with_users(db_url, folder)
    for verb in (["check"], ["config"], ["day-close", "--preview"], ["migrate"]):
        code, _, err = run(capsys, db_url, folder, *verb)
        assert code == 0, (verb, err)
    assert prompts.asked == []


def test_there_is_no_way_to_give_a_pin_as_an_argument(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--database", db_url, "--pin", MANAGER_PIN, "day-close"])
    assert exited.value.code == 2
    parser_help = cli.build_parser().format_help()
    assert "--user" in parser_help and "--pin" not in parser_help
