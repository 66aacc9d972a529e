"""No customer data and no password in an error message or a log line.

Issue 13's findings: a failed write logged SQLAlchemy's statement with its
parameters (customer name, phone, notes) and the same text reached the error
dialog; passwords given in a URL's query string were shown by `config`; profile
errors echoed whole URLs with the password.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from app import schema as s
from app.bootstrap import Shop
from app.db import ROOT, open_database
from app.profiles import ProfileError, describe, load, load_settings

NAME, PHONE, NOTE = "홍길동", "010-9876-5432", "뒷범퍼 긁힘, 고객 비밀 메모"
PASSWORD = "hunter2-s3cret"


def failing_insert(shop: Shop) -> Exception:
    """A real write that the database refuses, carrying a customer's name, phone and note."""
    with pytest.raises(Exception) as info, shop.db.write.begin() as conn:
        conn.execute(
            insert(s.receipt).values(
                customer_name=NAME, customer_phone=PHONE, request_note=NOTE, car_number="12가3456"
            )  # no mechanic, fare, status...: NOT NULL refuses it
        )
    return info.value


def test_a_refused_write_holds_no_customer_data_in_its_message_or_the_log(
    shop: Shop, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    exc = failing_insert(shop)
    text = str(exc)
    for secret in (NAME, PHONE, NOTE):
        assert secret not in text, text
    assert "INSERT INTO receipt" in text  # the statement is still there to debug with

    log_file = tmp_path / "logs" / "pitlane.log"
    from app.files import private_log_handler

    handler = private_log_handler(log_file)
    logger = logging.getLogger("pitlane.test.secrets")
    logger.addHandler(handler)
    try:
        try:
            raise exc
        except Exception:
            logger.exception("unexpected error in the receipt screen")  # what report_unexpected does
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = log_file.read_text(encoding="utf-8")
    assert "INSERT INTO receipt" in written
    for secret in (NAME, PHONE, NOTE):
        assert secret not in written


def _cli(tmp_path: Path, *args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PITLANE_")}
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://pitlane@shop-server/pitlane?password={PASSWORD}",
        f"postgresql://pitlane@shop-server/pitlane?sslmode=require&password={PASSWORD}&application_name=x",
        f"postgresql://pitlane:{PASSWORD}@shop-server:5433/pitlane",
        f"postgresql+psycopg:///pitlane?host=/run/postgresql&user=pitlane&password={PASSWORD}",
    ],
)
def test_config_never_shows_a_password_wherever_the_url_holds_it(tmp_path: Path, url: str) -> None:
    result = _cli(tmp_path, "--database", url, "config")
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert "password=***" in result.stdout or "pitlane:***@" in result.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "bad",
    [
        f"mysql://pitlane:{PASSWORD}@shop-server/pitlane",  # a URL Pitlane cannot use
        f"host=shop-server dbname=pitlane user=pitlane password={PASSWORD}",  # libpq's key=value form
        f"host=shop-server dbname=pitlane password='{PASSWORD} with spaces'",
        f"postgresql://pitlane@shop-server?password={PASSWORD}",  # no database named
    ],
)
def test_a_bad_database_url_in_a_profile_is_refused_without_its_password(tmp_path: Path, bad: str) -> None:
    env = {"PITLANE_CONFIG_DIR": str(tmp_path / "config"), "PITLANE_DATABASE_URL": bad}
    with pytest.raises(ProfileError) as info:
        load_settings(None, env)
    assert "database_url" in str(info.value)
    assert PASSWORD not in str(info.value)

    result = _cli(tmp_path, "config", env_extra=env)
    assert result.returncode == 2 and "database_url" in result.stderr
    assert PASSWORD not in result.stdout + result.stderr


@pytest.mark.sqlite_only
def test_a_libpq_string_given_as_a_url_is_refused_without_its_password() -> None:
    with pytest.raises(ValueError) as info:
        open_database(f"host=shop-server dbname=pitlane password={PASSWORD}")
    assert PASSWORD not in str(info.value) and "***" in str(info.value)


@pytest.mark.sqlite_only
def test_describe_masks_a_password_in_any_setting(tmp_path: Path) -> None:
    env = {
        "PITLANE_CONFIG_DIR": str(tmp_path / "config"),
        "PITLANE_DATABASE_URL": f"postgresql://pitlane@db/pitlane?password={PASSWORD}",
    }
    shown = describe(load(None, env))
    assert PASSWORD not in shown and "password=***" in shown


def test_a_log_line_with_a_url_is_masked_by_the_pitlane_log_handler(tmp_path: Path) -> None:
    from app.files import private_log_handler

    log_file = tmp_path / "pitlane.log"
    handler = private_log_handler(log_file)
    logger = logging.getLogger("pitlane.test.urls")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.warning("cannot reach %s", f"postgresql://pitlane:{PASSWORD}@db/pitlane")
        logger.warning("connecting with host=db password='%s' dbname=pitlane", PASSWORD)
        logger.warning("retrying postgresql://pitlane@db/pitlane?sslmode=require&password=%s", PASSWORD)
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = log_file.read_text(encoding="utf-8")
    assert PASSWORD not in written
    assert written.count("***") == 3 and "postgresql://pitlane:***@db/pitlane" in written


def test_mask_secrets_leaves_other_text_alone() -> None:
    from app.redact import mask_secrets

    assert mask_secrets("sqlite:////home/kim/pitlane.db") == "sqlite:////home/kim/pitlane.db"
    assert mask_secrets("mail kim@example.com at 10:30") == "mail kim@example.com at 10:30"
    assert mask_secrets("postgresql://u:p@ss:w0rd@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert mask_secrets("PASSWORD=abc;Host=x") == "PASSWORD=***;Host=x"
