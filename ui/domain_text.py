"""The domain's refusals and stored reasons, in the terminal's language.

The domain names what happened by code (`domain.texts.Message`: a code and its
parameters); this module renders it in the language the client was started with
(`--lang`, see `ui.i18n.language`). No sentence is parsed: a reason a person
typed (a cancelled request's "고객 변심") has no code and is shown as typed.
"""

from __future__ import annotations

from domain.errors import DomainError
from domain.texts import Message
from ui import i18n


def text_of(what: DomainError | Message) -> str:
    """A refusal (or any message by code) as a sentence in the terminal's language."""
    message = what.text if isinstance(what, DomainError) else what
    return message.render(i18n.language())


def reason_text(row: object) -> str:
    """Why a row was rejected or cancelled: its reason by code when it has one, else as typed."""
    # The read rows gain `reason_message` with their stored reason codes; until then only `reason`.
    message = getattr(row, "reason_message", None)
    if isinstance(message, Message):
        return text_of(message)
    return str(getattr(row, "reason", "") or "")
