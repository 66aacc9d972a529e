"""Errors a person at the desk can act on.

Every rejected command raises a `DomainError` (or a subclass) and then writes
nothing at all. The error carries a `Message`: a stable code and its
parameters (see domain.texts). `str(error)` is the English sentence, for
scripts and logs; screens render `error.text` in the terminal's language.

    raise InvalidInput("common.required", field=Field.CUSTOMER_NAME)
"""

from __future__ import annotations

from typing import Any

from domain.texts import Message


class DomainError(Exception):
    """A command was refused; the message says why and what to do."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.text = Message(code, params)
        super().__init__(code)

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.text.params)

    @property
    def message(self) -> str:
        """The English sentence."""
        return self.text.render("en")

    def render(self, lang: str = "en") -> str:
        return self.text.render(lang)

    def __str__(self) -> str:
        return self.text.render("en")


class InvalidInput(DomainError):
    """A field of a command has a value the shop cannot accept (`params['field']` names it)."""


class NotFound(DomainError):
    """A command names something (a mechanic, job, part, invoice) that does not exist."""


class IllegalTransition(DomainError):
    """The thing exists but cannot do that now (e.g. finish a job that never started)."""


class Conflict(DomainError):
    """The command clashes with what is already recorded (duplicate code, overpayment)."""


class LoginFailed(DomainError):
    """A sign-in was refused. One message whether the name, the PIN or the account was wrong."""

    def __init__(self, code: str = "users.login_failed", /, **params: Any) -> None:
        super().__init__(code, **params)


class UserLocked(DomainError):
    """Too many wrong PINs in a row: the user cannot sign in until `params['until']` (local time)."""

    def __init__(self, code: str = "users.locked", /, **params: Any) -> None:
        super().__init__(code, **params)


class NotSignedIn(DomainError):
    """The shop has users and nobody (or a disabled user) is signed in on this terminal."""

    def __init__(self, code: str = "users.not_signed_in", /, **params: Any) -> None:
        super().__init__(code, **params)


class PermissionDenied(DomainError):
    """The signed-in user's role may not give this command; the message says who may."""
