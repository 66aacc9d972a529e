"""Every event has a name people read, in English and in Korean (the audit screen shows it)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import domain
from domain.messages import Event
from ui.event_names import LABELS, event_label

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def event_classes() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.walk_packages(domain.__path__, "domain."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            is_event = inspect.isclass(obj) and issubclass(obj, Event) and obj.__module__ == info.name
            if is_event and not obj.__subclasses__():  # a context's base class is not an event anybody records
                found.add(name)
    return found


def test_every_event_of_the_domain_has_a_label() -> None:
    events = event_classes()
    assert len(events) > 40
    assert events - set(LABELS) == set(), "an event without a label in ui/event_names.py"
    assert set(LABELS) - events == set(), "a label for an event that no longer exists"


def test_labels_are_english_words_and_korean_on_a_korean_terminal(qapp, korean) -> None:
    untranslated = [name for name in LABELS if not HANGUL.search(event_label(name))]
    assert untranslated == []


def test_an_english_terminal_shows_the_english_label_and_an_unknown_name_as_it_is(qapp) -> None:
    assert event_label("JobStarted") == "Job started"
    assert event_label("SomethingNew") == "SomethingNew"
