"""Settings profiles: `dev` and `prd` shipped, the user's own, environment variables on top.

A profile is a TOML file whose keys are the fields of `app.settings.Settings`
(the letterhead in a `[shop]` table). Later sources win:

1. the defaults in app.settings (embedded SQLite in the user data folder);
2. the profile named by `--profile` or PITLANE_PROFILE, looked up first in the
   user's folder (`<user config>/pitlane/profiles/NAME.toml`, or
   PITLANE_CONFIG_DIR/profiles), then among the shipped ones
   (resources/profiles); a path to a .toml file works too. `extends = "prd"`
   starts from another profile;
3. `PITLANE_<KEY>` environment variables (`PITLANE_DATABASE_URL`,
   `PITLANE_VAT_RATE`, `PITLANE_SHOP_NAME`, ...), one value each.

In paths and URLs `{data_dir}` is Pitlane's user data folder and `~` the home
folder. An unknown key or a bad value raises `ProfileError`, whose message
names the file (or variable) and the key in one sentence.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from app.redact import mask_secrets
from app.redact import mask_url as mask_url
from app.settings import TERMINAL_ROLES, Settings, ShopDetails, user_data_dir
from domain.errors import DomainError

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_DIR = ROOT / "resources" / "profiles"
ENV_PREFIX = "PITLANE_"
PROFILE_ENV = "PITLANE_PROFILE"
CONFIG_DIR_ENV = "PITLANE_CONFIG_DIR"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_META_KEYS = ("extends",)
#: The user's own profile, read when none is named: what the first-run wizard writes (app.first_run).
DEFAULT_PROFILE = "default"
LANGUAGES = ("ko", "en")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class ProfileError(DomainError):
    """A profile or a PITLANE_* variable is wrong: the message says where, which key, and why.

    Raised with a whole sentence (`ProfileError("Profile x: ...")`) or with a
    code of domain.common.texts and its parameters.
    """


@dataclass(frozen=True)
class LoadedSettings:
    """The effective settings, and where each value came from (for `python -m app config`)."""

    settings: Settings
    profile: str | None = None
    files: tuple[Path, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)


# -- where profiles live ------------------------------------------------------------
def user_profile_dir(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(CONFIG_DIR_ENV):
        return Path(env[CONFIG_DIR_ENV]).expanduser() / "profiles"
    from platformdirs import user_config_path

    return user_config_path("pitlane", appauthor=False) / "profiles"


def available_profiles(environ: Mapping[str, str] | None = None) -> dict[str, Path]:
    """Profile name -> file; the user's own hide shipped ones of the same name."""
    found: dict[str, Path] = {}
    for folder in (SHIPPED_DIR, user_profile_dir(environ)):
        if folder.is_dir():
            found.update({p.stem: p for p in sorted(folder.glob("*.toml"))})
    return dict(sorted(found.items()))


def _users_default(env: Mapping[str, str]) -> str | None:
    """`default` when the user has a default.toml of their own (no profile named), else None: built-in defaults."""
    return DEFAULT_PROFILE if (user_profile_dir(env) / f"{DEFAULT_PROFILE}.toml").is_file() else None


def find_profile(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """The file of profile `name` (or `name` itself when it is a path to a .toml file)."""
    if name.endswith(".toml") or os.sep in name or "/" in name:
        path = Path(name).expanduser()
        if not path.is_file():
            raise ProfileError(f"The profile file {path} does not exist.")
        return path
    if not _NAME.match(name):
        raise ProfileError(f"{name!r} is not a profile name: use letters, digits, '-', '_' or '.'.")
    user_file = user_profile_dir(environ) / f"{name}.toml"
    for path in (user_file, SHIPPED_DIR / f"{name}.toml"):
        if path.is_file():
            return path
    names = ", ".join(available_profiles(environ)) or "none"
    raise ProfileError(
        f"There is no profile {name!r} (looked for {user_file} and in {SHIPPED_DIR}); available: {names}."
    )


# -- loading ---------------------------------------------------------------------------
def load_settings(profile_name: str | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """The effective settings for `profile_name` (default: PITLANE_PROFILE, else none) and the environment."""
    return load(profile_name, environ).settings


def load(profile_name: str | None = None, environ: Mapping[str, str] | None = None) -> LoadedSettings:
    """Like `load_settings`, and tell where each value came from."""
    env = os.environ if environ is None else environ
    name = profile_name or env.get(PROFILE_ENV) or _users_default(env)
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    files: list[Path] = []
    if name:
        _load_file(find_profile(name, env), env, values, sources, files, seen=())
    for key, typ in _fields().items():
        if key == "shop":
            for sub in _shop_fields():
                var = f"{ENV_PREFIX}SHOP_{sub.upper()}"
                if var in env:
                    values.setdefault("shop", {})[sub] = _parse(f"shop.{sub}", "str", env[var], var)
                    sources[f"shop.{sub}"] = var
            continue
        var = ENV_PREFIX + key.upper()
        if var in env:
            values[key] = _parse(key, typ, env[var], var)
            sources[key] = var
    if values.get("terminal_name") == "":
        sources["terminal_name"] = "this computer's name"
    settings = _build(values)
    return LoadedSettings(settings, name, tuple(files), sources)


def _load_file(
    path: Path,
    env: Mapping[str, str],
    values: dict[str, Any],
    sources: dict[str, str],
    files: list[Path],
    seen: tuple[Path, ...],
) -> None:
    resolved = path.resolve()
    if resolved in seen:
        raise ProfileError(f"Profile {path}: 'extends' goes round in a circle.")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"Profile {path} is not valid TOML: {exc}.") from None
    except OSError as exc:
        raise ProfileError(f"Profile {path} cannot be read: {exc.strerror or exc}.") from None
    base = data.pop("extends", None)
    if base is not None:
        if not isinstance(base, str) or not base:
            raise ProfileError(f"Profile {path}: key 'extends' must name another profile.")
        try:
            base_path = find_profile(base, env)
        except ProfileError as exc:
            raise ProfileError(f"Profile {path}: key 'extends': {exc}") from None
        _load_file(base_path, env, values, sources, files, (*seen, resolved))
    files.append(path)
    known = _fields()
    for key, raw in data.items():
        if key not in known:
            raise ProfileError(f"Profile {path}: unknown key {key!r}{_did_you_mean(key, [*known, *_META_KEYS])}.")
        if key == "shop":
            if not isinstance(raw, dict):
                raise ProfileError(f"Profile {path}: key 'shop' must be a table ([shop]) of name, address, ...")
            for sub, sub_raw in raw.items():
                if sub not in _shop_fields():
                    hint = _did_you_mean(sub, list(_shop_fields()))
                    raise ProfileError(f"Profile {path}: unknown key 'shop.{sub}'{hint}.")
                values.setdefault("shop", {})[sub] = _parse(f"shop.{sub}", "str", sub_raw, str(path))
                sources[f"shop.{sub}"] = str(path)
            continue
        values[key] = _parse(key, known[key], raw, str(path))
        sources[key] = str(path)


def _build(values: dict[str, Any]) -> Settings:
    shop_values = values.pop("shop", None)
    if values.get("terminal_name") == "":
        del values["terminal_name"]  # empty: this computer's name (the default)
    settings = Settings(**values)
    if shop_values:
        settings = dataclasses.replace(settings, shop=dataclasses.replace(settings.shop, **shop_values))
    return settings


# -- values ------------------------------------------------------------------------------
def _fields() -> dict[str, str]:
    return {f.name: str(f.type) for f in dataclasses.fields(Settings)}


def _shop_fields() -> dict[str, str]:
    return {f.name: str(f.type) for f in dataclasses.fields(ShopDetails)}


def _did_you_mean(key: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(key, choices, n=1)
    return f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(sorted(choices))}"


def _expand(text: str) -> str:
    return os.path.expanduser(text.replace("{data_dir}", str(user_data_dir())))


def _parse(key: str, typ: str, raw: Any, where: str) -> Any:
    """Check and convert one value; `where` is the file or the environment variable."""
    special = _SPECIAL.get(key)
    place = f"Environment variable {where}" if where.startswith(ENV_PREFIX) else f"Profile {where}"
    try:
        value = special(raw) if special is not None else _by_type(typ, raw)
    except (ValueError, TypeError, InvalidOperation, ArgumentError) as exc:
        reason = str(exc).rstrip(".") if isinstance(exc, ValueError) and str(exc) else "is not a valid value"
        # A database URL may hold a password (in any of its forms): never repeat it.
        raise ProfileError(f"{place}: key {key!r} {reason} (got {mask_secrets(repr(raw))}).") from None
    if key in _NUMBER_FORMATS:
        _refuse_unsafe_file_names(place, key, str(value))
    return value


def _by_type(typ: str, raw: Any) -> Any:
    base = typ.replace(" ", "").split("|")[0]
    if base == "str":
        return _text(raw)
    if base == "Path":
        return Path(_expand(_text(raw)))
    if base == "Decimal":
        return Decimal(str(raw).strip())
    if base == "bool":
        if isinstance(raw, bool):
            return raw
        text = _text(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ValueError("must be true or false")
    if base == "int":
        if isinstance(raw, bool):
            raise ValueError("must be a whole number")
        return int(str(raw).strip())
    raise ValueError(f"cannot be set from a profile (type {typ})")


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError("must be text in quotes")
    return raw


def _database_url(raw: Any) -> str:
    text = _expand(_text(raw).strip())
    try:
        url = make_url(text)
    except ArgumentError:
        raise ValueError("must be a database URL such as postgresql://pitlane@server/pitlane") from None
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise ValueError("must be a sqlite:/// or postgresql:// URL")
    if backend == "sqlite" and (not url.database or url.database == ":memory:"):
        raise ValueError("must name a database file, such as sqlite:///{data_dir}/pitlane.db")
    if backend == "postgresql" and not url.database:
        raise ValueError("must name the database, such as postgresql://pitlane@server/pitlane")
    return text


def _vat_rate(raw: Any) -> Decimal:
    if isinstance(raw, bool):
        raise ValueError("must be a fraction such as 0.10 for 10 %")
    try:
        rate = Decimal(str(raw).strip())
    except InvalidOperation:
        raise ValueError("must be a fraction such as 0.10 for 10 %") from None
    if not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise ValueError("must be a fraction from 0 up to 1, such as 0.10 for 10 %")
    return rate


def _language(raw: Any) -> str:
    text = _text(raw).strip().lower()
    if text and text not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}, or empty for the system's")
    return text


def _currency(raw: Any) -> str:
    text = _text(raw).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise ValueError("must be a three-letter currency code such as KRW")
    return text


def _log_level(raw: Any) -> str:
    text = _text(raw).strip().upper()
    if text not in LOG_LEVELS:
        raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
    return text


def _role(raw: Any) -> str:
    text = _text(raw).strip().lower()
    if text not in TERMINAL_ROLES:
        raise ValueError(f"must be one of {', '.join(TERMINAL_ROLES)}")
    return text


def _terminal_name(raw: Any) -> str:
    text = _text(raw).strip()
    if len(text) > 80:
        raise ValueError("must be at most 80 characters")
    return text


def _number_format(raw: Any) -> str:
    text = _text(raw)
    fields = {m.group(1) for m in re.finditer(r"\{(\w*)[^}]*\}", text)}
    # Numbers count up per year: without {year}, January would reuse last year's numbers.
    if fields != {"year", "seq"}:
        raise ValueError("must contain {year} and {seq} and no other field, for example {year}-{seq:06d}")
    try:
        text.format(year=2026, seq=1)
    except (ValueError, KeyError, IndexError):
        raise ValueError("is not a valid pattern, such as {year}-{seq:06d}") from None
    return text


#: Characters that a number must not hold, since it names a file: NUMBER.pdf in the invoice folder.
_UNSAFE_IN_FILE_NAMES = set('/\\:*?"<>|') | {chr(c) for c in range(32)} | {"\x7f"}
_NUMBER_FORMATS = ("invoice_number_format", "credit_note_number_format")


def _refuse_unsafe_file_names(place: str, key: str, pattern: str) -> None:
    """A number format whose numbers would not be one plain file name in the invoice folder is refused."""
    for year, seq in ((2026, 1), (2026, 12), (9999, 123_456_789)):
        sample = pattern.format(year=year, seq=seq)
        unsafe = (
            not sample.strip()
            or ".." in sample
            or sample[0] in ". -"
            or sample[-1] in ". "
            or any(ch in _UNSAFE_IN_FILE_NAMES for ch in sample)
        )
        if unsafe:
            raise ProfileError("common.profile.unsafe_number_format", place=place, key=key, sample=sample)


def _backup_dir(raw: Any) -> str:
    text = _text(raw).strip()
    return _expand(text) if text else ""


def _minutes(raw: Any, *, least: int) -> int:
    """Whole minutes from `least` up to a day (lockout_minutes from 1; idle_lock_minutes 0 = never)."""
    if isinstance(raw, bool):
        raise ValueError(f"must be a whole number of minutes from {least} up to 1440")
    try:
        minutes = int(str(raw).strip())
    except ValueError:
        raise ValueError(f"must be a whole number of minutes from {least} up to 1440") from None
    if not least <= minutes <= 1440:
        raise ValueError(f"must be a whole number of minutes from {least} up to 1440")
    return minutes


def _keep_count(raw: Any) -> int:
    if isinstance(raw, bool):
        raise ValueError("must be a whole number from 0 up")
    try:
        count = int(str(raw).strip())
    except ValueError:
        raise ValueError("must be a whole number from 0 up") from None
    if not 0 <= count <= 1000:
        raise ValueError("must be a whole number from 0 up to 1000")
    return count


def _discount_amount(raw: Any) -> int:
    """Whole won from 0 (no discount without a manager) up to the largest bill total."""
    from domain.messages import MAX_MONEY as MAX_TOTAL

    reason = f"must be a whole number of won from 0 up to {MAX_TOTAL:,}"
    if isinstance(raw, bool):
        raise ValueError(reason)
    try:
        amount = int(str(raw).strip().replace(",", "").replace("_", ""))
    except ValueError:
        raise ValueError(reason) from None
    if not 0 <= amount <= MAX_TOTAL:
        raise ValueError(reason)
    return amount


def _discount_percent(raw: Any) -> Decimal:
    """A percentage from 0 up to 100, at most two decimals (10 or 7.5)."""
    reason = "must be a percentage from 0 up to 100, such as 10 or 7.5"
    if isinstance(raw, bool):
        raise ValueError(reason)
    try:
        percent = Decimal(str(raw).strip().rstrip("%").strip())
    except InvalidOperation:
        raise ValueError(reason) from None
    if not percent.is_finite() or not Decimal(0) <= percent <= Decimal(100):
        raise ValueError(reason)
    if percent != percent.quantize(Decimal("0.01")):
        raise ValueError(reason)
    return percent


def _font_path(raw: Any) -> str:
    text = _text(raw).strip()
    if text and not Path(_expand(text)).is_file():
        raise ValueError("must be an existing TrueType (.ttf) file, or empty to find one on the system")
    return _expand(text) if text else ""


_SPECIAL = {
    "database_url": _database_url,
    "vat_rate": _vat_rate,
    "currency": _currency,
    "language": _language,
    "log_level": _log_level,
    "role": _role,
    "terminal_name": _terminal_name,
    "invoice_number_format": _number_format,
    "credit_note_number_format": _number_format,
    "font_path": _font_path,
    "backup_dir": _backup_dir,
    "backup_keep_daily": _keep_count,
    "backup_keep_weekly": _keep_count,
    "lockout_minutes": lambda raw: _minutes(raw, least=1),
    "idle_lock_minutes": lambda raw: _minutes(raw, least=0),
    "board_finished_minutes": lambda raw: _minutes(raw, least=0),
    "discount_limit_amount": _discount_amount,
    "discount_limit_percent": _discount_percent,
}


# -- showing ---------------------------------------------------------------------------
def describe(loaded: LoadedSettings, overrides: Mapping[str, str] | None = None) -> str:
    """The effective settings, one per line, with where each came from; passwords masked."""
    sources = {**loaded.sources, **(overrides or {})}
    s = loaded.settings
    rows: list[tuple[str, str]] = []
    for f in dataclasses.fields(Settings):
        value = getattr(s, f.name)
        if f.name == "shop":
            for sub in dataclasses.fields(ShopDetails):
                rows.append((f"shop.{sub.name}", str(getattr(value, sub.name))))
            continue
        text = mask_url(value) if f.name == "database_url" else mask_secrets(str(value))
        rows.append((f.name, text))
    profile = loaded.profile or "(none: built-in defaults)"
    lines = [f"profile: {profile}"]
    lines += [f"  file: {p}" for p in loaded.files]
    width = max(len(k) for k, _ in rows)
    for key, text in rows:
        source = sources.get(key, "default")
        if source.endswith(".toml"):
            source = Path(source).name
        lines.append(f"{key.ljust(width)} = {text}    [{source}]")
    return "\n".join(lines)
