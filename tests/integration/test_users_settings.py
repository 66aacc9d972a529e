"""The users' settings in a profile: `lockout_minutes` and the terminal's `idle_lock_minutes`."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.profiles import ProfileError, load_settings
from app.settings import Settings


def profile(tmp_path: Path, body: str) -> dict[str, str]:
    env = {"PITLANE_CONFIG_DIR": str(tmp_path / "config")}
    folder = tmp_path / "config" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "till.toml").write_text(body, encoding="utf-8")
    return env


def test_the_defaults() -> None:
    assert (Settings().lockout_minutes, Settings().idle_lock_minutes) == (15, 5)


def test_a_profile_sets_them(tmp_path: Path) -> None:
    env = profile(tmp_path, "lockout_minutes = 30\nidle_lock_minutes = 0\n")
    s = load_settings("till", env)
    assert (s.lockout_minutes, s.idle_lock_minutes) == (30, 0)


@pytest.mark.parametrize(
    "body", ["lockout_minutes = 0", "lockout_minutes = true", "idle_lock_minutes = -1", "idle_lock_minutes = 'soon'"]
)
def test_a_bad_value_is_refused_with_a_sentence(tmp_path: Path, body: str) -> None:
    with pytest.raises(ProfileError) as refused:
        load_settings("till", profile(tmp_path, body + "\n"))
    assert "minutes" in str(refused.value) and body.split(" =")[0] in str(refused.value)
