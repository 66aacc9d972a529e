"""Where the first run's terminal settings go: the user's own profile file, read at the next start."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.first_run import is_new_shop, merge_top_level, profile_file, setup_unfinished, write_terminal_settings
from app.profiles import ProfileError, load_settings
from domain.commands import CreateUser, DisableUser, RegisterMechanic, RequestRepair, UpdateShopDetails


def _env(tmp_path: Path) -> dict[str, str]:
    return {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}


def test_with_no_profile_named_the_settings_go_to_default_toml_and_are_read_from_then_on(tmp_path: Path) -> None:
    env = _env(tmp_path)
    assert load_settings(environ=env).language == ""
    path = write_terminal_settings(Decimal("0.08"), tmp_path / "papers", "ko", environ=env)
    assert path == tmp_path / "config" / "profiles" / "default.toml"
    assert path.stat().st_mode & 0o077 == 0
    settings = load_settings(environ=env)
    assert settings.vat_rate == Decimal("0.08")
    assert settings.invoice_dir == tmp_path / "papers"
    assert settings.language == "ko"
    write_terminal_settings(Decimal("0.10"), tmp_path / "papers", "en", environ=env)  # again: replaced, not added
    assert path.read_text(encoding="utf-8").count("vat_rate") == 1
    assert load_settings(environ=env).language == "en"


def test_a_user_profile_is_updated_in_place_keeping_its_other_lines(tmp_path: Path) -> None:
    env = _env(tmp_path)
    folder = tmp_path / "config" / "profiles"
    folder.mkdir(parents=True)
    own = folder / "shop.toml"
    own.write_text('# our shop\nvat_rate = "0.10"  # ten percent\nlog_level = "DEBUG"\n\n[shop]\nname = "한빛"\n')
    assert profile_file("shop", env) == own
    write_terminal_settings(Decimal("0.05"), tmp_path / "inv", "en", "shop", env)
    text = own.read_text(encoding="utf-8")
    assert text.startswith("# our shop\n") and 'log_level = "DEBUG"' in text and '[shop]\nname = "한빛"' in text
    settings = load_settings("shop", env)
    assert (settings.vat_rate, settings.log_level, settings.shop.name) == (Decimal("0.05"), "DEBUG", "한빛")


def test_a_shipped_profile_is_copied_into_the_user_s_folder(tmp_path: Path) -> None:
    env = _env(tmp_path)
    path = write_terminal_settings(Decimal("0.10"), tmp_path / "inv", "ko", "prd", env)
    assert path == tmp_path / "config" / "profiles" / "prd.toml"
    settings = load_settings("prd", env)
    assert settings.language == "ko" and settings.log_level == "INFO"


def test_settings_that_would_not_load_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    env = _env(tmp_path)
    with pytest.raises(ProfileError):
        write_terminal_settings(Decimal("1.5"), tmp_path / "inv", "ko", environ=env)
    assert not list((tmp_path / "config" / "profiles").iterdir())


def test_merge_adds_keys_before_the_first_table() -> None:
    merged = merge_top_level('[shop]\nname = "x"\n', {"language": "ko"})
    assert merged == 'language = "ko"\n\n[shop]\nname = "x"\n'


def test_a_shop_is_new_until_it_has_a_mechanic(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(db_url, tmp_path / "invoices")
    try:
        assert shop.query(is_new_shop)
        shop.handle(RegisterMechanic("김민수", 5))
        assert not shop.query(is_new_shop)
    finally:
        shop.close()


def test_a_shop_is_new_until_it_has_a_user(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(db_url, tmp_path / "invoices")
    try:
        shop.handle(CreateUser("사장", "manager", "4826"))
        assert not shop.query(is_new_shop)
    finally:
        shop.close()


def test_a_wizard_cut_short_before_its_manager_leaves_the_setup_unfinished(db_url: str, tmp_path: Path) -> None:
    """The wizard writes the details and mechanics first, the manager last: killed between, no manager."""
    shop = bootstrap(db_url, tmp_path / "invoices")
    try:
        assert shop.query(setup_unfinished)
        shop.handle(UpdateShopDetails("한빛자동차정비"))
        shop.handle(RegisterMechanic("김민수", 5))
        assert not shop.query(is_new_shop) and shop.query(setup_unfinished)
        shop.handle(CreateUser("사장", "manager", "4826"))
        assert not shop.query(setup_unfinished)
    finally:
        shop.close()


def test_a_shop_with_a_manager_is_never_unfinished_even_a_disabled_one(db_url: str, tmp_path: Path) -> None:
    shop = bootstrap(db_url, tmp_path / "invoices")
    try:
        first = shop.handle(CreateUser("사장", "manager", "4826"))
        shop.login("사장", "4826")
        shop.handle(CreateUser("부사장", "manager", "7391"))
        shop.logout()
        shop.login("부사장", "7391")
        shop.handle(DisableUser(first))
        assert not shop.query(setup_unfinished)
    finally:
        shop.close()


def test_a_shop_at_work_without_users_is_not_offered_the_wizard(db_url: str, tmp_path: Path) -> None:
    """A shop may run without users on purpose: once it has taken a car in it is at work, not half set up."""
    shop = bootstrap(db_url, tmp_path / "invoices")
    try:
        kim = shop.handle(RegisterMechanic("김민수", 5))
        shop.handle(RequestRepair("홍길동", "12가3456", kim, 1, 50_000))
        assert not shop.query(setup_unfinished)
    finally:
        shop.close()
