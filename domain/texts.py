"""Sentences for people, by code: every refusal and stored reason, in every language.

The domain never builds a sentence by hand. It names what happened with a
`Message` (a stable code and its parameters); the edge (a screen, the command
line, a PDF) renders it in the reader's language with `render(message, lang)`.
Renaming a sentence changes one template, and no stored row or translation
depends on the English wording.

Each context keeps its templates in `domain/<context>/texts.py` as
`TEXTS = {code: Text(en=..., ko=...)}`; this module gathers them. A template is
a `str.format` pattern: `{amount:,}` gives `264,006`. A parameter that is itself
a `Message` (a field's name, a status) is rendered in the same language first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

#: The languages every template is written in; English is the fallback.
LANGUAGES = ("en", "ko")


@dataclass(frozen=True)
class Text:
    """One sentence in every language; the same placeholders in each."""

    en: str
    ko: str

    def in_language(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


@dataclass(frozen=True)
class Message:
    """What to tell a person: a code from the catalogue and the values it needs."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        return render(self, lang)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form, for the event log and stored reasons."""
        return {"code": self.code, "params": {k: _plain_param(v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        params = {k: _param_from_plain(v) for k, v in dict(data.get("params") or {}).items()}
        return cls(str(data["code"]), params)

    def __str__(self) -> str:
        return render(self, "en")


def _plain_param(value: Any) -> Any:
    return {"$message": value.to_dict()} if isinstance(value, Message) else value


def _param_from_plain(value: Any) -> Any:
    if isinstance(value, dict) and "$message" in value:
        return Message.from_dict(value["$message"])
    return value


@cache
def catalogue() -> Mapping[str, Text]:
    """Every context's templates by code (built on first use, not at import)."""
    from domain import contexts

    merged: dict[str, Text] = {}
    for name, texts in contexts.texts():
        for code, text in texts.items():
            if code in merged:
                raise RuntimeError(f"message code {code!r} of {name} is defined twice")
            merged[code] = text
    return merged


def render(message: Message, lang: str = "en") -> str:
    """The message as a sentence in `lang` (English when there is no such language)."""
    text = catalogue().get(message.code)
    if text is None:
        # A code nobody wrote a template for is a bug the tests catch (test_texts);
        # a person still gets something they can quote to support.
        return f"[{message.code}] " + ", ".join(f"{k}={v}" for k, v in message.params.items())
    values = {k: render(v, lang) if isinstance(v, Message) else v for k, v in message.params.items()}
    return text.in_language(lang).format(**values)
