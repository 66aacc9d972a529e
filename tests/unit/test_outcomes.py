"""What a reservation of man-days, or a part request, leads to."""

from __future__ import annotations

from domain.mechanic.events import ManDayDecreased, ManDayOver
from domain.mechanic.model import reservation_outcome
from domain.vehicleparts.events import PartReceived, PartRequestCancelled, StockDecreased
from domain.vehicleparts.model import Part, part_request_outcome


def test_a_reservation_that_fits_decreases_man_days() -> None:
    event = reservation_outcome(4, "김민수", receipt_id=12, wanted=3, reserved=True, remaining=7)
    assert event == ManDayDecreased(mechanic_id=4, receipt_id=12, man_day=3, remaining=7)


def test_a_reservation_that_does_not_fit_is_over_with_a_reason_a_person_can_act_on() -> None:
    event = reservation_outcome(4, "김민수", receipt_id=12, wanted=3, reserved=False, remaining=1)
    assert isinstance(event, ManDayOver)
    assert (event.mechanic_id, event.receipt_id, event.man_day, event.remaining) == (4, 12, 3, 1)
    assert event.reason == (
        "김민수 has only 1 man-day(s) left and this repair needs 3. "
        "Choose another mechanic, lower the estimate, or raise their man-days."
    )


def test_the_mechanic_is_the_one_asked_for_not_the_receipt() -> None:
    """The seed system looked the mechanic up by the receipt's id; ids here differ on purpose."""
    event = reservation_outcome(
        mechanic_id=2, mechanic_name="이서준", receipt_id=99, wanted=1, reserved=True, remaining=0
    )
    assert isinstance(event, ManDayDecreased)
    assert event.mechanic_id == 2 and event.receipt_id == 99


OIL = Part(5, "OIL-5W30-4L", "엔진오일 5W-30 4L", 48_000, 10)


def test_a_part_in_stock_is_provided_at_its_current_price() -> None:
    events = part_request_outcome(OIL, part_request_id=31, job_id=8, quantity=2, taken=True, stock_after=8)
    assert events == [
        StockDecreased(5, 2, 8, "job 8", 31),
        PartReceived(31, 8, 5, "OIL-5W30-4L", "엔진오일 5W-30 4L", 2, 48_000),
    ]


def test_a_part_out_of_stock_is_cancelled_with_the_reason() -> None:
    events = part_request_outcome(OIL, 31, 8, quantity=2, taken=False, stock_after=0)
    assert events == [PartRequestCancelled(31, 8, 5, 2, "엔진오일 5W-30 4L (OIL-5W30-4L) is out of stock.")]


def test_too_few_in_stock_says_how_many_there_are() -> None:
    events = part_request_outcome(OIL, 31, 8, quantity=5, taken=False, stock_after=3)
    assert events == [PartRequestCancelled(31, 8, 5, 5, "Only 3 of 엔진오일 5W-30 4L (OIL-5W30-4L) in stock; 5 asked.")]
