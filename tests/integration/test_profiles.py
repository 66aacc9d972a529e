"""Profiles: dev and prd shipped, the user's own, PITLANE_* overrides, clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from app import profiles
from app.cli import main
from app.profiles import ProfileError, load, load_settings
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment with a private user config folder and nothing else of Pitlane's."""
    return {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}


def user_profile(env: dict[str, str], name: str, body: str) -> Path:
    folder = Path(env["PITLANE_CONFIG_DIR"]) / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_no_profile_means_the_built_in_defaults(env: dict[str, str]) -> None:
    assert load_settings(None, env) == Settings()
    assert Settings().database_url.startswith("sqlite:///")


def test_dev_and_prd_are_shipped_and_differ_where_they_should(env: dict[str, str]) -> None:
    dev, prd = load_settings("dev", env), load_settings("prd", env)
    assert dev.log_level == "DEBUG" and prd.log_level == "INFO"
    assert dev.database_url != prd.database_url
    assert dev.database_url.startswith("sqlite:///") and "{data_dir}" not in dev.database_url
    assert dev.vat_rate == prd.vat_rate == Decimal("0.10")
    assert dev.currency == "KRW"
    assert dev.shop.name and dev.shop.business_no
    assert dev.terminal_name == "dev"
    assert prd.terminal_name == Settings().terminal_name  # empty in prd: this computer's name
    assert {"dev", "prd"} <= set(profiles.available_profiles(env))


def test_every_setting_can_be_set_by_a_profile(env: dict[str, str], tmp_path: Path) -> None:
    font = tmp_path / "font.ttf"
    font.write_bytes(b"not really a font")
    user_profile(
        env,
        "bay2",
        f"""
        database_url = "postgresql://pitlane:secret@shop-server:5433/pitlane"
        invoice_dir = "{tmp_path / "inv"}"
        vat_rate = 0.05
        currency = "usd"
        invoice_number_format = "INV-{{year}}-{{seq:05d}}"
        credit_note_number_format = "CN-{{year}}-{{seq:05d}}"
        font_path = "{font}"
        log_level = "warning"
        terminal_name = "bay-2"
        role = "mechanic"

        [shop]
        name = "한빛 정비"
        address = "부산광역시 해운대구 1"
        business_no = "123-45-67890"
        phone = "051-123-4567"
        """.replace("\n        ", "\n"),
    )
    s = load_settings("bay2", env)
    assert s.database_url == "postgresql://pitlane:secret@shop-server:5433/pitlane"
    assert s.invoice_dir == tmp_path / "inv"
    assert s.vat_rate == Decimal("0.05") and s.currency == "USD"
    assert s.invoice_number_format == "INV-{year}-{seq:05d}"
    assert s.font_path == str(font)
    assert (s.log_level, s.terminal_name, s.role) == ("WARNING", "bay-2", "mechanic")
    assert (s.shop.name, s.shop.address, s.shop.business_no, s.shop.phone) == (
        "한빛 정비",
        "부산광역시 해운대구 1",
        "123-45-67890",
        "051-123-4567",
    )


def test_the_users_profile_extends_a_shipped_one_and_wins_over_it(env: dict[str, str]) -> None:
    user_profile(env, "shop", 'extends = "prd"\ndatabase_url = "postgresql://pitlane@server/pitlane"\n')
    loaded = load("shop", env)
    assert loaded.settings.database_url == "postgresql://pitlane@server/pitlane"
    assert loaded.settings.log_level == "INFO"  # from prd
    assert [p.name for p in loaded.files] == ["prd.toml", "shop.toml"]
    user_profile(env, "dev", 'extends = "prd"\nlog_level = "ERROR"\n')  # "dev" of the user's own hides the shipped
    assert load_settings("dev", env).log_level == "ERROR"


def test_pitlane_profile_chooses_and_the_argument_wins(env: dict[str, str]) -> None:
    assert load_settings(None, {**env, "PITLANE_PROFILE": "dev"}).log_level == "DEBUG"
    assert load_settings("prd", {**env, "PITLANE_PROFILE": "dev"}).log_level == "INFO"


def test_environment_variables_override_single_values(env: dict[str, str]) -> None:
    loaded = load(
        "dev",
        {
            **env,
            "PITLANE_DATABASE_URL": "postgresql://pitlane:pw@db/pitlane",
            "PITLANE_VAT_RATE": "0.08",
            "PITLANE_SHOP_NAME": "Env Motors",
            "PITLANE_TERMINAL_NAME": "front-desk",
            "PITLANE_ROLE": "reception",
            "PITLANE_INVOICE_DIR": "/srv/invoices",
        },
    )
    s = loaded.settings
    assert s.database_url == "postgresql://pitlane:pw@db/pitlane"
    assert s.vat_rate == Decimal("0.08")
    assert s.shop.name == "Env Motors" and s.shop.phone == "02-000-0000"  # the rest of [shop] stays
    assert (s.terminal_name, s.role) == ("front-desk", "reception")
    assert s.invoice_dir == Path("/srv/invoices")
    assert loaded.sources["vat_rate"] == "PITLANE_VAT_RATE"
    assert loaded.sources["shop.phone"].endswith("dev.toml")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('vat_rat = "0.1"\n', ["unknown key 'vat_rat'", "did you mean 'vat_rate'"]),
        ('[shop]\nemail = "a@b"\n', ["unknown key 'shop.email'"]),
        ('vat_rate = "ten"\n', ["'vat_rate'", "fraction"]),
        ("vat_rate = 10\n", ["'vat_rate'", "fraction"]),
        ('currency = "₩"\n', ["'currency'", "three-letter"]),
        ('log_level = "LOUD"\n', ["'log_level'", "DEBUG"]),
        ('role = "boss"\n', ["'role'", "reception"]),
        ('database_url = "mysql://x/y"\n', ["'database_url'", "postgresql://"]),
        ('database_url = "sqlite://"\n', ["'database_url'", "file"]),
        ('database_url = "not a url"\n', ["'database_url'"]),
        ('invoice_number_format = "{year}"\n', ["'invoice_number_format'", "{seq}"]),
        ('font_path = "/no/such/font.ttf"\n', ["'font_path'", "TrueType"]),
        ("terminal_name = 7\n", ["'terminal_name'", "text"]),
        ("shop = 3\n", ["'shop'", "table"]),
        ("vat_rate = = 1\n", ["not valid TOML"]),
        ('extends = "nowhere"\n', ["no profile 'nowhere'"]),
    ],
)
def test_a_bad_profile_stops_with_the_file_and_the_key(env: dict[str, str], body: str, words: list[str]) -> None:
    path = user_profile(env, "broken", body)
    with pytest.raises(ProfileError) as err:
        load_settings("broken", env)
    message = str(err.value)
    assert str(path) in message
    for word in words:
        assert word in message
    assert "\n" not in message.strip()


def test_a_bad_environment_value_names_the_variable(env: dict[str, str]) -> None:
    with pytest.raises(ProfileError, match=r"PITLANE_VAT_RATE: key 'vat_rate'"):
        load_settings("dev", {**env, "PITLANE_VAT_RATE": "1.5"})
    with pytest.raises(ProfileError, match=r"PITLANE_ROLE"):
        load_settings(None, {**env, "PITLANE_ROLE": "owner"})


def test_an_unknown_profile_lists_the_ones_there_are(env: dict[str, str]) -> None:
    with pytest.raises(ProfileError, match=r"no profile 'shop'.*available: dev, prd"):
        load_settings("shop", env)
    with pytest.raises(ProfileError, match="not a profile name"):
        load_settings("my shop", env)


def test_a_profile_can_be_named_by_its_path(env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.toml"
    path.write_text('extends = "dev"\nterminal_name = "wall"\n', encoding="utf-8")
    assert load_settings(str(path), env).terminal_name == "wall"


def test_extends_in_a_circle_is_refused(env: dict[str, str]) -> None:
    user_profile(env, "a", 'extends = "b"\n')
    user_profile(env, "b", 'extends = "a"\n')
    with pytest.raises(ProfileError, match="circle"):
        load_settings("a", env)


def test_the_profile_reaches_the_shop(env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user_profile(
        env,
        "mine",
        f'database_url = "sqlite:///{tmp_path / "mine.db"}"\nterminal_name = "bay-1"\nvat_rate = "0.05"\n',
    )
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("PITLANE_PROFILE", "mine")
    assert main(["migrate"]) == 0
    assert (tmp_path / "mine.db").is_file()


def test_config_prints_the_effective_settings_with_the_password_masked(
    env: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("PITLANE_DATABASE_URL", "postgresql://pitlane:hunter2@shop-server/pitlane")
    assert main(["--profile", "dev", "config"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out
    assert "postgresql://pitlane:***@shop-server/pitlane" in out
    assert "[PITLANE_DATABASE_URL]" in out
    assert "log_level" in out and "DEBUG" in out and "[dev.toml]" in out
    assert "shop.name" in out


def test_the_cli_prints_a_bad_profile_as_one_sentence(env: dict[str, str], tmp_path: Path) -> None:
    user_profile(env, "broken", 'vat_rate = "lots"\n')
    result = subprocess.run(
        [sys.executable, "-m", "app", "--profile", "broken", "migrate"],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.toml" in lines[0] and "'vat_rate'" in lines[0], result.stderr


@pytest.mark.parametrize(("level", "start_line_logged"), [("INFO", True), ("WARNING", False)])
def test_the_clients_log_follows_the_profiles_log_level(tmp_path: Path, level: str, start_line_logged: bool) -> None:
    """`log_level` is applied by the desktop client too: at WARNING its start line stays out of the log."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PITLANE_", "XDG_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PITLANE_LOG_LEVEL=level,
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--lang", "en", "--screenshot", str(tmp_path / "png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "data" / "pitlane" / "logs" / "pitlane.log").read_text("utf-8")
    assert ("started: role all" in log) is start_line_logged, log
