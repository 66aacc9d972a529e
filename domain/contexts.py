"""The bounded contexts of the domain, in one list (for catalogues that gather from each)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.texts import Text

#: Every context package under domain/; each has a `texts` module with `TEXTS`.
CONTEXTS = (
    "common",
    "mechanic",
    "reception",
    "jobs",
    "vehicleparts",
    "users",
    "customers",
    "billing",
    "estimates",
    "reports",
    "shopdetails",
)


def texts() -> Iterator[tuple[str, Mapping[str, Text]]]:
    """(context, its templates by code) for every context."""
    for name in CONTEXTS:
        module = importlib.import_module(f"domain.{name}.texts")
        yield name, module.TEXTS
