"""The demo shop's receipts are spread over the day so far, in order, not stamped in one minute."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.bootstrap import bootstrap
from app.demo import fill_demo


@pytest.mark.sqlite_only
@pytest.mark.parametrize("hour", [15, 9])
def test_demo_receipts_spread_from_the_morning_to_now(tmp_path: Path, hour: int) -> None:
    now = datetime.now().astimezone().replace(hour=hour, minute=40, second=0, microsecond=0)
    shop = bootstrap(f"sqlite:///{tmp_path / 'demo.db'}", tmp_path / "invoices", clock=lambda: now)
    try:
        fill_demo(shop, receipts=20)
        rows = sorted(shop.status_board(), key=lambda r: r.receipt_id)
        stamps = [datetime.fromisoformat(r.request_date) for r in rows]
        assert len(rows) == 21  # the 20 receipts and the one an approved estimate requested
        assert stamps == sorted(stamps)  # in the order they came in
        assert all(s.date() == now.date() and s < now for s in stamps)  # today, none in the future
        assert len({s.strftime("%H:%M") for s in stamps}) >= 15  # not the same minute
        assert stamps[-1] - stamps[0] >= timedelta(hours=1, minutes=30)
        if hour == 15:
            assert stamps[0].strftime("%H:%M") < "09:30"  # the first cars came in the morning
        assert shop.clock() == now  # the shop's own clock again afterwards
    finally:
        shop.close()
