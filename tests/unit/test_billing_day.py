"""The business day: money after a close goes to the next open day, days close in order, the Z report adds up."""

from __future__ import annotations

import pytest

from domain.billing.day import (
    InvoiceAtClose,
    IssuedDocument,
    OpenBalance,
    TillDay,
    business_day_of,
    next_day,
    open_balances,
    summarise_day,
)
from domain.billing.fields import Field
from domain.billing.numbers import (
    CREDIT_NOTE_NUMBER_FORMAT,
    INVOICE_NUMBER_FORMAT,
    Z_REPORT_NUMBER_FORMAT,
    format_number,
    series,
)
from domain.commands import CloseDay
from domain.common.fields import Field as CommonField
from domain.errors import IllegalTransition, InvalidInput
from domain.events import DayClosed


def test_money_moved_on_an_open_day_belongs_to_that_day() -> None:
    assert business_day_of("2026-03-02", set()) == "2026-03-02"
    assert business_day_of("2026-03-02", {"2026-03-01"}) == "2026-03-02"


def test_money_moved_after_the_close_belongs_to_the_next_open_day_never_refused() -> None:
    assert business_day_of("2026-03-02", {"2026-03-02"}) == "2026-03-03"
    assert business_day_of("2026-03-02", {"2026-03-02", "2026-03-03"}) == "2026-03-04"
    assert business_day_of("2026-12-31", {"2026-12-31"}) == "2027-01-01"
    assert next_day("2028-02-28") == "2028-02-29"


def report(day: str = "2026-03-02", z_no: str = "Z2026-0001"):  # type: ignore[no-untyped-def]
    return summarise_day(day, [("cash", 10_000)], [], [], [], [], z_no=z_no, closed_at=f"{day}T19:00:00")


def test_closing_a_day_fixes_its_report_and_records_day_closed() -> None:
    day = TillDay("2026-03-02")
    day.close(report(), today="2026-03-02", first_day="2026-03-01", open_with_activity=["2026-03-02"])
    assert day.closed and day.z_no == "Z2026-0001"
    assert day.events == [DayClosed("2026-03-02", "Z2026-0001", "2026-03-02T19:00:00", 10_000, 0, 0, 0, 0, 0, 0)]
    with pytest.raises(IllegalTransition) as exc:
        day.close(report(), today="2026-03-02", first_day="2026-03-01", open_with_activity=[])
    assert exc.value.code == "billing.day_already_closed"
    assert exc.value.params == {"day": "2026-03-02", "z_no": "Z2026-0001"}


def test_a_day_that_has_not_come_cannot_be_closed() -> None:
    TillDay("2026-03-02").check_closable(today="2026-03-02", first_day="", open_with_activity=())  # today
    TillDay("2026-03-01").check_closable(today="2026-03-02", first_day="", open_with_activity=())  # yesterday
    with pytest.raises(InvalidInput) as exc:
        TillDay("2026-03-03").close(report("2026-03-03"), today="2026-03-02", first_day="", open_with_activity=[])
    assert exc.value.code == "billing.day_in_future"
    assert exc.value.params == {"field": Field.DAY, "day": "2026-03-03", "today": "2026-03-02"}
    assert exc.value.params["field"].code == "billing.field.day"


def test_close_day_takes_an_iso_date_or_today() -> None:
    assert CloseDay().validated() == CloseDay("")
    assert CloseDay(" 2026-11-24 ").validated() == CloseDay("2026-11-24")
    with pytest.raises(InvalidInput) as exc:
        CloseDay("24/11/2026").validated()
    assert (exc.value.code, exc.value.params) == (
        "reception.not_a_date",
        {"field": CommonField.DAY, "day": "24/11/2026"},
    )


def test_no_day_before_the_shops_first_can_be_closed() -> None:
    with pytest.raises(InvalidInput) as exc:
        TillDay("2026-02-27").close(
            report("2026-02-27"), today="2026-03-02", first_day="2026-03-01", open_with_activity=[]
        )
    assert exc.value.code == "billing.day_before_first"
    TillDay("2026-03-02").close(report(), today="2026-03-02", first_day="", open_with_activity=[])  # a new shop


def test_days_close_in_order_while_an_earlier_day_with_activity_is_open() -> None:
    day = TillDay("2026-03-04")
    with pytest.raises(IllegalTransition) as exc:
        day.close(
            report("2026-03-04"),
            today="2026-03-04",
            first_day="2026-03-01",
            open_with_activity=["2026-03-04", "2026-03-03", "2026-03-02"],
        )
    assert exc.value.code == "billing.earlier_day_open"
    assert exc.value.params == {"day": "2026-03-04", "earlier": "2026-03-02"}
    assert not day.closed and day.events == []
    # A quiet earlier day (no money, no documents) does not hold the close up.
    day.close(report("2026-03-04"), today="2026-03-05", first_day="2026-03-01", open_with_activity=["2026-03-04"])


def test_the_z_report_adds_up_money_by_method_documents_discounts_and_open_balances() -> None:
    invoices = [
        IssuedDocument("2026-000002", "김", "34나5678", 90_000, 9_000, 99_000, "", 60_000, 40_000, 10_000),
        IssuedDocument("2026-000001", "홍", "12가3456", 264_006, 26_401, 290_407, "", 86_000, 178_006, 0),
    ]
    credit = [
        IssuedDocument("CN2026-000001", "김", "34나5678", 90_000, 9_000, 99_000, "2026-000002", 60_000, 40_000, 10_000)
    ]
    z = summarise_day(
        "2026-03-02",
        [("card", 150_000), ("cash", 64_006), ("cash", 10_000), ("transfer", 50_000)],
        [("cash", 4_000)],
        invoices,
        credit,
        [OpenBalance("2026-000001", "홍", "12가3456", 290_407, 16_401)],
    )
    assert [m.method for m in z.methods] == ["cash", "card", "transfer"]  # every method, even at zero
    cash = z.method("cash")
    assert (cash.payment_count, cash.payments, cash.refund_count, cash.refunds, cash.net) == (
        2,
        74_006,
        1,
        4_000,
        70_006,
    )
    assert (z.payments_total, z.refunds_total, z.net_total) == (274_006, 4_000, 270_006)
    assert [d.number for d in z.invoices] == ["2026-000001", "2026-000002"]
    assert (z.invoices_subtotal, z.invoices_vat, z.invoices_total) == (354_006, 35_401, 389_407)
    assert (z.credit_notes_total, z.credit_notes_vat, z.net_sales) == (99_000, 9_000, 290_407)
    assert z.discounts_total == 0  # the discounted invoice was credited the same day
    assert z.open_balances_total == 16_401


def test_the_z_report_nets_each_method_and_lists_documents_by_number() -> None:
    report = summarise_day(
        "2026-11-24",
        payments=[("cash", 50_000), ("card", 100_000), ("card", 20_000), ("transfer", 33_000)],
        refunds=[("cash", 50_000)],
        invoices=[
            IssuedDocument("2026-000002", "김영희", "34나5678", 225_000, 22_500, 247_500),
            IssuedDocument("2026-000001", "홍길동", "12가3456", 365_500, 36_550, 402_050),
        ],
        credit_notes=[IssuedDocument("CN2026-000001", "김영희", "34나5678", 225_000, 22_500, 247_500, "2026-000002")],
        open_balances=[OpenBalance("2026-000001", "홍길동", "12가3456", 402_050, 302_050)],
        z_no="Z2026-0001",
    )
    assert [m.method for m in report.methods] == ["cash", "card", "transfer"]
    assert report.method("card").payments == 120_000
    assert report.method("card").payment_count == 2
    assert report.method("cash").net == 0
    assert report.payments_total == 203_000
    assert report.refunds_total == 50_000
    assert report.net_total == 153_000
    assert [d.number for d in report.invoices] == ["2026-000001", "2026-000002"]
    assert report.invoices_total == 649_550
    assert report.invoices_vat == 59_050
    assert report.credit_notes_total == 247_500
    assert report.net_sales == 402_050
    assert report.open_balances_total == 302_050


def test_the_z_report_lists_methods_at_zero_on_a_quiet_day() -> None:
    z = summarise_day("2026-03-02", [], [], [], [], [])
    assert [(m.method, m.payments, m.refunds) for m in z.methods] == [
        ("cash", 0, 0),
        ("card", 0, 0),
        ("transfer", 0, 0),
    ]
    assert z.net_total == z.net_sales == z.open_balances_total == 0


def test_open_balances_at_the_close_leave_out_cancelled_and_settled_invoices() -> None:
    rows = [
        InvoiceAtClose("2026-000001", "홍", "12가3456", 290_407, 274_006, False),
        InvoiceAtClose("2026-000002", "김", "34나5678", 99_000, 0, True),  # voided by then
        InvoiceAtClose("2026-000003", "이", "56다7890", 50_000, 50_000, False),  # paid by then
        InvoiceAtClose("2026-000004", "박", "78라1234", 125_400, 100_000, False),  # partly carried from a correction
    ]
    assert open_balances(rows) == [
        OpenBalance("2026-000001", "홍", "12가3456", 290_407, 16_401),
        OpenBalance("2026-000004", "박", "78라1234", 125_400, 25_400),
    ]


def test_document_numbers_count_up_within_a_year() -> None:
    assert format_number(INVOICE_NUMBER_FORMAT, 2026, 42) == "2026-000042"
    assert format_number(CREDIT_NOTE_NUMBER_FORMAT, 2026, 1) == "CN2026-000001"
    assert format_number(Z_REPORT_NUMBER_FORMAT, 2026, 7) == "Z2026-0007"
    assert series("invoice", 2026) != series("invoice", 2027) != series("credit-note", 2027)
