"""Signing in on the command line: once a shop has users, a verb that changes data needs a manager.

The name comes from `--user NAME` or a prompt; the PIN only from a prompt that
does not echo it (getpass), never from an argument, an environment variable or
a file, so it is in no shell history, process list or log. The manager is
signed in as the terminal the profile names, and recorded as the actor of
everything the verb does. Read-only verbs (check, config, reprint, backup, the
day's preview) ask nothing.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from app.shop import Shop
from domain.errors import NotSignedIn, PermissionDenied
from domain.texts import Message, render
from domain.users.model import Role

#: How the name and the PIN are read (tests replace them).
read_name: Callable[[str], str] = input
read_pin: Callable[[str], str] = getpass.getpass


def terminal_language() -> str:
    """'ko' when the terminal's locale is Korean, else 'en' (LC_ALL, LC_MESSAGES, then LANG, as gettext reads them)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def sign_in_manager(shop: Shop, user: str | None) -> None:
    """Sign `shop` in as a manager, asking for what is missing; nothing when the shop has no users."""
    if not shop.has_users():
        return
    lang = terminal_language()
    try:
        name = user if user else read_name(f"{render(Message('users.field.manager_name'), lang)}: ")
        pin = read_pin(f"{render(Message('users.field.pin'), lang)}: ")
    except (EOFError, KeyboardInterrupt, OSError):  # no terminal to ask on (a script, a pipe)
        raise NotSignedIn("users.cli_sign_in_needed") from None
    signed_in = shop.login(name.strip(), pin)
    if signed_in.role != Role.MANAGER.value:
        shop.logout()
        raise PermissionDenied("users.cli_manager_only")
