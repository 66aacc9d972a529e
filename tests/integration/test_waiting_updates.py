"""Refusals added after review: stale state behind a failing policy, and settings that would break billing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from app.bootstrap import Shop, bootstrap
from app.messagebus import DatabaseUnavailable, UpdateWaiting
from app.profiles import ProfileError, load_settings
from domain.commands import CancelRepair, IncreaseStock, RegisterMechanic, RegisterPart, RequestRepair, StartJob
from domain.errors import InvalidInput
from domain.reception.model import Receipt
from tests.integration.core_helpers import diff, job_of, man_day, row, snapshot


def _fail(*_args: Any, **_kwargs: Any) -> None:
    raise RuntimeError("the disk hiccupped")


def test_a_receipt_whose_update_keeps_failing_cannot_be_cancelled_meanwhile(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    kim = shop.handle(RegisterMechanic("김민수", 10))
    rid = shop.handle(RequestRepair("홍길동", "12가3456", kim, 3, 10_000))
    job = job_of(shop, rid)
    monkeypatch.setattr(Receipt, "job_started", _fail)  # reception cannot learn the job started
    shop.handle(StartJob(job))
    shop.handle(RegisterMechanic("이서준", 5))  # the retry ahead of this command fails again
    before = snapshot(shop)
    with pytest.raises(UpdateWaiting, match="could not be applied yet"):
        shop.handle(CancelRepair(rid, "고객 요청"))
    assert diff(before, snapshot(shop)) == []
    assert man_day(shop, kim) == 7
    monkeypatch.undo()
    shop.deliver_pending()
    assert row(shop, rid).job_status == "started"
    with pytest.raises(Exception, match="already started"):
        shop.handle(CancelRepair(rid, "고객 요청"))


def test_a_database_that_does_not_answer_is_said_in_words(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("UPDATE mechanic", {}, Exception("database is locked"))

    monkeypatch.setattr("app.mechanic.repository.MechanicRepository.add", locked)
    with pytest.raises(DatabaseUnavailable, match="busy or cannot be reached"):
        shop.handle(RegisterMechanic("김민수", 10))


def test_stock_has_a_ceiling_that_is_said_in_words(shop: Shop) -> None:
    part = shop.handle(RegisterPart("OIL-1", "엔진오일", 10_000, stock=10))
    for _ in range(999):
        shop.handle(IncreaseStock(part, 1_000_000))
    with pytest.raises(InvalidInput, match="the most Pitlane keeps is 1,000,000,000"):
        shop.handle(IncreaseStock(part, 1_000_000))


@pytest.mark.sqlite_only
@pytest.mark.parametrize("rate", ["abc", "1.5", "-0.1", "NaN"])
def test_a_bad_vat_rate_stops_bootstrap_with_a_sentence(tmp_path: Path, rate: str) -> None:
    with pytest.raises(ValueError, match="VAT rate"):
        bootstrap(database_url=f"sqlite:///{tmp_path / 'shop.db'}", invoice_dir=tmp_path, vat_rate=rate)


@pytest.mark.sqlite_only
def test_a_number_format_without_the_year_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PITLANE_INVOICE_NUMBER_FORMAT", "INV{seq:05d}")
    with pytest.raises(ProfileError, match=r"\{year\}"):
        load_settings(None)
