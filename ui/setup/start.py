"""At start: the first-run wizard on a new shop, or one whose setup was cut short (not for --demo, the wall board
or a screenshot run)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.first_run import setup_unfinished

if TYPE_CHECKING:
    from app.shop import Shop


def wants_first_run(shop: Shop, role: str, *, demo: bool = False, screenshot: bool = False) -> bool:
    """A shop with no manager yet (new, or its wizard killed before the manager was created), opened by a person
    at a terminal that gives commands (app.first_run.setup_unfinished says when exactly)."""
    if demo or screenshot or role == "board":
        return False
    return bool(shop.query(setup_unfinished))


def offer_first_run(shop: Shop, role: str, language: str, profile: str | None, **how: bool) -> bool:
    """Show the wizard when `wants_first_run`; True when it finished (the shop is then set up)."""
    if not wants_first_run(shop, role, **how):
        return False
    from ui.setup.wizard import FirstRunWizard

    wizard = FirstRunWizard(shop, language, profile)
    wizard.exec()
    return wizard.finished_setup
