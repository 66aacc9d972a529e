"""The Mechanic and Part aggregates: what a reservation of man-days, or a part request, leads to."""

from __future__ import annotations

import pytest

from domain.errors import InvalidInput
from domain.mechanic.events import ManDayChanged, ManDayDecreased, ManDayIncreased, ManDayOver, MechanicRegistered
from domain.mechanic.model import Mechanic
from domain.texts import Message
from domain.vehicleparts.events import (
    PartPriceChanged,
    PartReceived,
    PartRegistered,
    PartRequestCancelled,
    StockDecreased,
    StockIncreased,
)
from domain.vehicleparts.model import MAX_STOCK, Part


# -- the mechanic's man-days -------------------------------------------------------------
def test_a_reservation_that_fits_decreases_man_days() -> None:
    kim = Mechanic(4, "김민수", 10)
    assert kim.reserve(receipt_id=12, days=3) is True
    assert kim.man_day == 7
    assert kim.events == [ManDayDecreased(mechanic_id=4, receipt_id=12, man_day=3, remaining=7)]


def test_a_reservation_of_every_day_left_fits() -> None:
    kim = Mechanic(4, "김민수", 3)
    assert kim.reserve(12, 3) and kim.man_day == 0


def test_a_reservation_that_does_not_fit_is_over_with_a_reason_a_person_can_act_on() -> None:
    kim = Mechanic(4, "김민수", 1)
    assert kim.reserve(receipt_id=12, days=3) is False
    assert kim.man_day == 1  # nothing taken
    (event,) = kim.events
    assert isinstance(event, ManDayOver)
    assert (event.mechanic_id, event.receipt_id, event.man_day, event.remaining) == (4, 12, 3, 1)
    assert event.reason == (
        "김민수 has only 1 man-day(s) left and this repair needs 3. "
        "Choose another mechanic, lower the estimate, or raise their man-days."
    )
    params = {"name": "김민수", "left": 1, "need": 3}
    assert (event.reason_code, event.reason_params) == ("mechanic.man_days_short", params)
    assert event.reason_message == Message("mechanic.man_days_short", params)
    assert event.reason_message.render("ko").startswith("김민수 정비사의 남은 공수는 1일인데")


def test_the_mechanic_is_the_one_asked_for_not_the_receipt() -> None:
    """The seed system looked the mechanic up by the receipt's id; ids here differ on purpose."""
    lee = Mechanic(2, "이서준", 1)
    lee.reserve(receipt_id=99, days=1)
    (event,) = lee.events
    assert isinstance(event, ManDayDecreased)
    assert event.mechanic_id == 2 and event.receipt_id == 99


def test_released_days_come_back() -> None:
    kim = Mechanic(4, "김민수", 2)
    kim.release(receipt_id=12, days=3)
    assert kim.man_day == 5
    assert kim.events == [ManDayIncreased(4, 12, 3, 5)]


def test_changing_the_man_days_records_old_and_new_and_nothing_when_unchanged() -> None:
    kim = Mechanic(4, "김민수", 5)
    assert kim.change_man_day(9) is True
    assert kim.change_man_day(9) is False
    assert kim.man_day == 9 and kim.events == [ManDayChanged(4, 9, 5)]


def test_a_registered_mechanic_records_it() -> None:
    assert Mechanic.register(4, "김민수", 5).events == [MechanicRegistered(4, "김민수", 5)]


# -- the part's stock ------------------------------------------------------------------------
def oil(stock: int = 10) -> Part:
    return Part(5, "OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, stock)


def test_a_part_in_stock_is_provided_at_its_current_price() -> None:
    part = oil(10)
    assert part.take(part_request_id=31, job_id=8, quantity=2) is True
    assert part.stock == 8
    assert part.events == [
        StockDecreased(5, 2, 8, "job 8", 31),
        PartReceived(31, 8, 5, "OIL-5W30-4L", "엔진오일 5W-30 4L", 2, 48_000),
    ]


def test_a_part_out_of_stock_is_cancelled_with_the_reason() -> None:
    part = oil(0)
    assert part.take(31, 8, quantity=2) is False
    assert part.events == [
        PartRequestCancelled(
            31,
            8,
            5,
            2,
            "엔진오일 5W-30 4L (OIL-5W30-4L) is out of stock.",
            "vehicleparts.out_of_stock",
            {"part": "엔진오일 5W-30 4L", "code": "OIL-5W30-4L"},
        )
    ]


def test_too_few_in_stock_says_how_many_there_are_and_takes_none() -> None:
    part = oil(3)
    assert part.take(31, 8, quantity=5) is False
    assert part.stock == 3
    (cancelled,) = part.events
    assert isinstance(cancelled, PartRequestCancelled)
    assert cancelled.reason == "Only 3 of 엔진오일 5W-30 4L (OIL-5W30-4L) in stock; 5 asked."
    assert cancelled.reason_message == Message(
        "vehicleparts.short_stock", {"stock": 3, "part": "엔진오일 5W-30 4L", "code": "OIL-5W30-4L", "qty": 5}
    )


def test_a_delivery_restocks_up_to_the_most_pitlane_keeps() -> None:
    part = oil(10)
    part.restock(5)
    assert part.stock == 15 and part.events == [StockIncreased(5, 5, 15)]
    with pytest.raises(InvalidInput, match="would have 1,000,000,001 in stock; the most Pitlane keeps is 1,000,000,00"):
        oil(MAX_STOCK).restock(1)


def test_stock_taken_by_hand_never_goes_below_zero() -> None:
    part = oil(3)
    part.adjust_down(2, "damaged")
    assert part.stock == 1 and part.events == [StockDecreased(5, 2, 1, "damaged")]
    with pytest.raises(InvalidInput, match=r"Cannot take 2 of .* off the shelf: only 1 in stock"):
        part.adjust_down(2)
    assert part.stock == 1
    other = oil(3)
    other.adjust_down(1)
    assert other.events == [StockDecreased(5, 1, 2, "adjusted by hand")]


def test_a_new_price_records_old_and_new_and_nothing_when_unchanged() -> None:
    part = oil()
    assert part.change_price(50_000) and not part.change_price(50_000)
    assert part.price == 50_000 and part.events == [PartPriceChanged(5, 50_000, 48_000)]


def test_a_registered_part_records_it() -> None:
    part = Part.register(5, "OIL-1", "엔진오일", 48_000, 3, 1)
    assert part.events == [PartRegistered(5, "OIL-1", "엔진오일", 48_000, 3, 1)]
