"""Personal data: one customer's export (JSON and CSV), erasure by anonymising, and what stays (docs/privacy.md)."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest

from app.bootstrap import Shop
from app.cli import main as cli
from domain.commands import (
    EraseCustomer,
    FinishJob,
    RecordConsent,
    RegisterMechanic,
    RequestRepair,
    StartJob,
    UpdateCustomer,
)
from domain.errors import IllegalTransition, NotFound
from tests.integration.core_helpers import job_of, wait_for_documents


def a_customer(shop: Shop) -> tuple[int, int, str]:
    kim = shop.handle(RegisterMechanic("김민수", 30))
    rid = shop.handle(
        RequestRepair(
            "홍길동", "12가3456", kim, 1, 30_000, customer_phone="010-1234-5678", term="엔진오일 교환", mileage=52_000
        )
    )
    shop.handle(RequestRepair("이철수", "34나5678", kim, 1, 30_000, customer_phone="010-9999-0000"))
    job = job_of(shop, rid)
    shop.handle(StartJob(job))
    shop.handle(FinishJob(job))
    wait_for_documents(shop)
    customer_id = shop.find_vehicles("3456")[0].customer_id
    assert customer_id is not None
    shop.handle(RecordConsent(customer_id, True))
    shop.handle(UpdateCustomer(customer_id, note="오전에만 통화"))
    invoice_no = shop.vehicle_history("12가3456")[0].invoice_no
    assert invoice_no
    return customer_id, rid, invoice_no


def test_the_json_export_holds_everything_about_the_customer_and_nobody_else(shop: Shop, tmp_path: Path) -> None:
    customer_id, rid, invoice_no = a_customer(shop)
    path = shop.export_customer(customer_id, tmp_path / "hong.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["customer"]["name"], data["customer"]["phone_display"], data["customer"]["note"]) == (
        "홍길동",
        "010-1234-5678",
        "오전에만 통화",
    )
    assert data["customer"]["consent"] is True and data["customer"]["consent_date"]
    [car] = data["vehicles"]
    assert car["car_number"] == "12가3456" and car["readings"][0]["km"] == 52_000
    assert [r["id"] for r in data["receipts"]] == [rid] and data["receipts"][0]["term"] == "엔진오일 교환"
    assert [i["invoice_no"] for i in data["invoices"]] == [invoice_no]
    assert [c["event_type"] for c in data["changes"]] == ["CustomerRegistered", "ConsentRecorded", "CustomerUpdated"]
    assert all(c["actor"] == "tester" for c in data["changes"])
    assert "이철수" not in path.read_text(encoding="utf-8")  # another customer's data is not in it


def test_the_csv_export_is_one_value_a_line(shop: Shop, tmp_path: Path) -> None:
    customer_id, _, invoice_no = a_customer(shop)
    path = shop.export_customer(customer_id, tmp_path / "hong.csv", "csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    values = {(r["section"], r["field"]): r["value"] for r in rows}
    assert values[("customer", "name")] == "홍길동"
    assert values[("vehicles", "car_number")] == "12가3456"
    assert values[("vehicles", "readings[1].km")] == "52000"
    assert values[("invoices", "invoice_no")] == invoice_no
    with pytest.raises(ValueError):
        shop.export_customer(customer_id, tmp_path / "hong.xml", "xml")
    assert not (tmp_path / "hong.xml").exists()


def test_erasing_blanks_the_register_and_keeps_what_the_law_requires(shop: Shop, tmp_path: Path) -> None:
    customer_id, _, invoice_no = a_customer(shop)
    pdf_before = shop.invoice_pdf(invoice_no).read_bytes()
    shop.handle(EraseCustomer(customer_id))
    data = json.loads(shop.export_customer(customer_id, tmp_path / "erased.json").read_text(encoding="utf-8"))
    person = data["customer"]
    assert (person["name"], person["phone"], person["note"], person["consent"], person["anonymised"]) == (
        "",
        "",
        "",
        False,
        True,
    )
    assert data["changes"][-1]["event_type"] == "CustomerErased"
    # the desk's search no longer finds the person; the car stays, its history shows no name
    assert shop.find_vehicles("홍길동") == [] and shop.find_vehicles("5678") != []
    [match] = shop.find_vehicles("3456")
    assert (match.customer_name, match.customer_phone) == ("", "")
    [visit] = shop.vehicle_history("12가3456")
    assert visit.customer_name == "" and visit.invoice_no == invoice_no
    # issued documents are kept as issued
    assert shop.invoice(invoice_no).customer_name == "홍길동"
    assert shop.invoice_pdf(invoice_no).read_bytes() == pdf_before
    with pytest.raises(IllegalTransition) as refused:
        shop.handle(UpdateCustomer(customer_id, name="홍길동"))
    assert "erased" in refused.value.render("en") and "삭제" in refused.value.render("ko")


def test_export_of_an_unknown_customer_is_refused_with_a_sentence(shop: Shop, tmp_path: Path) -> None:
    with pytest.raises(NotFound) as refused:
        shop.export_customer(99, tmp_path / "x.json")
    assert refused.value.render("en") == "There is no customer record 99."
    assert not (tmp_path / "x.json").exists()


def test_the_admin_command_writes_the_export(shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    customer_id, _, _ = a_customer(shop)
    url = shop.db.url
    shop.close()
    target = tmp_path / "out.csv"
    assert (
        cli(
            [
                "--database",
                url,
                "--invoice-dir",
                str(tmp_path / "inv"),
                "export-customer",
                str(customer_id),
                str(target),
                "--format",
                "csv",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == str(target)
    assert "홍길동" in target.read_text(encoding="utf-8")
    assert (
        cli(
            [
                "--database",
                url,
                "--invoice-dir",
                str(tmp_path / "inv"),
                "export-customer",
                "77",
                str(tmp_path / "no.csv"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "There is no customer record 77" in err and "Traceback" not in err


def test_only_a_manager_signed_in_may_export_a_customer(shop: Shop, tmp_path: Path) -> None:
    from domain.commands import CreateUser
    from domain.errors import PermissionDenied

    customer_id, _, _ = a_customer(shop)
    shop.handle(CreateUser("최관리", "manager", "5937"))
    shop.login("최관리", "5937")
    shop.handle(CreateUser("박지영", "desk", "2468"))
    shop.logout()
    shop.login("박지영", "2468")
    with pytest.raises(PermissionDenied) as refused:
        shop.export_customer(customer_id, tmp_path / "desk.json")
    assert refused.value.code == "users.denied" and "manager" in refused.value.render("en")
    assert "홍길동" not in refused.value.render("ko")  # the refusal names no customer data
    assert not (tmp_path / "desk.json").exists()
    shop.logout()
    shop.login("최관리", "5937")
    assert json.loads(shop.export_customer(customer_id, tmp_path / "mgr.json").read_text("utf-8"))["customer"]
