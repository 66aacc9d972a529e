"""The first run of a new shop: whether to offer the setup wizard, and where its terminal settings go.

A shop is new when it has no users and no mechanics. The wizard is offered on a
new shop, and again on one whose setup was cut short (`setup_unfinished`): it
writes the shop details and mechanics before the first manager, so a wizard
killed between those steps leaves mechanics and no manager. The wizard's shop
details, first manager and mechanics go to the database through their commands; the VAT
rate, the invoice folder and the language are settings this terminal reads at
start (`app.settings`), so they go into the user's own profile file:

- started with a profile of the user's own (`--profile shop`, or a path): that file;
- started with a shipped profile (`--profile prd`): the user's copy of it, of the same
  name, which hides the shipped one from then on;
- started with none: `default.toml` in the user's profiles folder, read whenever no
  profile is named (app.profiles).

Only the keys written change; the rest of the file, comments included, stays.
The file is checked by loading it before it replaces the old one.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, select

from app.files import ensure_private_dir, restrict_to_owner
from app.mechanic.tables import mechanic
from app.profiles import DEFAULT_PROFILE, PROFILE_ENV, SHIPPED_DIR, find_profile, load, user_profile_dir
from app.reception.tables import receipt
from app.users.repository import shop_has_users
from app.users.tables import shop_user
from domain.users.model import Role

_TABLE_HEADER = re.compile(r"^\s*\[", re.MULTILINE)


def is_new_shop(conn: Connection) -> bool:
    """No users and no mechanics: nothing has been set up yet."""
    return not shop_has_users(conn) and conn.execute(select(mechanic.c.id).limit(1)).first() is None


def has_manager(conn: Connection) -> bool:
    """Whether a manager was ever created (a disabled one counts: the shop was set up)."""
    query = select(shop_user.c.id).where(shop_user.c.role == Role.MANAGER.value).limit(1)
    return conn.execute(query).first() is not None


def setup_unfinished(conn: Connection) -> bool:
    """The first-run wizard is to be offered: no manager yet, and the shop is not one at work without users.

    No manager covers a new shop and a wizard killed after its earlier steps (shop details, mechanics) were
    written. Never on a shop with a manager, nor with any user (the wizard's manager could not be created without a
    sign-in), nor on a shop that has taken a car in: a shop may run without users on purpose, and one that has a
    receipt is at work, not half set up.
    """
    if has_manager(conn) or shop_has_users(conn):
        return False
    return conn.execute(select(receipt.c.id).limit(1)).first() is None


def profile_file(profile_name: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The user's profile file the first run's settings go into (see the module's docstring)."""
    env = os.environ if environ is None else environ
    name = profile_name or env.get(PROFILE_ENV) or None
    if not name:
        return user_profile_dir(env) / f"{DEFAULT_PROFILE}.toml"
    path = find_profile(name, env)
    if path.resolve().parent == SHIPPED_DIR.resolve():
        return user_profile_dir(env) / path.name
    return path


def write_terminal_settings(
    vat_rate: Decimal,
    invoice_dir: Path,
    language: str,
    profile_name: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Put the VAT rate, invoice folder and language into the user's profile file; returns its path.

    Raises ProfileError (nothing written) when the result would not load, OSError when it cannot be written.
    """
    env = os.environ if environ is None else environ
    target = profile_file(profile_name, env)
    name = profile_name or env.get(PROFILE_ENV) or ""
    if target.is_file():
        text = target.read_text(encoding="utf-8")
    elif name:
        text = find_profile(name, env).read_text(encoding="utf-8")  # the shipped profile, copied
    else:
        text = ""
    values = {"vat_rate": str(vat_rate), "invoice_dir": str(invoice_dir), "language": language}
    merged = merge_top_level(text, values)
    ensure_private_dir(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(merged)
        restrict_to_owner(tmp)
        load(tmp, env)  # refuses (ProfileError) a file that would not start the terminal
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def merge_top_level(text: str, values: Mapping[str, str]) -> str:
    """`text` with each key of `values` set at the top level (replaced where it stands, else added before the
    first table); every other line kept."""
    header = _TABLE_HEADER.search(text)
    top, rest = (text[: header.start()], text[header.start() :]) if header else (text, "")
    for key, value in values.items():
        line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
        pattern = re.compile(rf"^{re.escape(key)}\s*=.*$", re.MULTILINE)
        found = pattern.search(top)
        if found:
            top = top[: found.start()] + line + top[found.end() :]
        else:
            if top and not top.endswith("\n"):
                top += "\n"
            top += line + "\n"
    if rest and not top.endswith("\n\n"):
        top += "\n"
    return top + rest
