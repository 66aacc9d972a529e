"""The demo shop's users: a manager with the documented PIN and one user per role."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.demo import DEMO_USERS, DemoRefused, fill_demo
from app.users.repository import list_users
from domain.commands import CreateUser, RegisterMechanic, VoidInvoice
from domain.errors import NotSignedIn, PermissionDenied

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.sqlite_only
def test_the_demo_has_one_user_per_role_with_the_documented_pins(tmp_path: Path) -> None:
    shop = bootstrap(f"sqlite:///{tmp_path / 'demo.db'}", tmp_path / "invoices")
    try:
        summary = fill_demo(shop, receipts=8)
        assert "관리자 (manager, PIN 7391)" in summary
        assert shop.current_user is not None and shop.current_user.role == "manager"  # the demo window works
        with shop.db.read.connect() as conn:
            users = {u.name: u for u in list_users(conn)}
        assert {u.role.value for u in users.values()} == {"manager", "desk", "mechanic", "parts"}
        assert users["김민수"].mechanic_id is not None
        for name, role, pin in DEMO_USERS:
            assert shop.login(name, pin).role == role
        shop.login("접수", "4826")
        with pytest.raises(PermissionDenied):
            shop.handle(RegisterMechanic("신입", 5))
        shop.logout()
        with pytest.raises(NotSignedIn):
            shop.handle(VoidInvoice("2026-000001", "x"))
    finally:
        shop.close()
    users_only = bootstrap(f"sqlite:///{tmp_path / 'users_only.db'}", tmp_path / "invoices2")
    try:
        users_only.handle(CreateUser("사장", "manager", "58392071"))
        with pytest.raises(DemoRefused):
            fill_demo(users_only)  # a shop with a user is not empty: the demo never runs signed out in it
    finally:
        shop.close()
    docs = (ROOT / "docs" / "admin.md").read_text(encoding="utf-8") + (ROOT / "docs" / "manual.md").read_text(
        encoding="utf-8"
    )
    for name, _role, pin in DEMO_USERS:
        assert name in docs and pin in docs, f"the demo user {name} and their PIN are documented"
