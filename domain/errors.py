"""Errors a person at the desk can act on.

Every rejected command raises a `DomainError` (or a subclass) whose message says
what is wrong in the shop's words; the command then writes nothing at all.
"""

from __future__ import annotations


class DomainError(Exception):
    """A command was refused; the message says why and what to do."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InvalidInput(DomainError):
    """A field of a command has a value the shop cannot accept."""


class NotFound(DomainError):
    """A command names something (a mechanic, job, part, invoice) that does not exist."""


class IllegalTransition(DomainError):
    """The thing exists but cannot do that now (e.g. finish a job that never started)."""


class Conflict(DomainError):
    """The command clashes with what is already recorded (duplicate code, overpayment)."""
