"""The manager's command that sets the letterhead (상호, 주소, 사업자등록번호, 전화, 대표자, 정비업 등록번호)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from domain.billing.tax import business_number, format_business_number
from domain.customers.identifiers import format_phone, normalise_phone
from domain.messages import Check, Command, optional_text, require_text
from domain.texts import Message

#: Lengths a letterhead line can take on an A4 page in the document font.
MAX_NAME = 60
MAX_ADDRESS = 200
MAX_OWNER = 40
MAX_REGISTRATION_NO = 40


class Field:
    """The fields a refusal of UpdateShopDetails can name."""

    NAME = Message("shopdetails.field.name")
    ADDRESS = Message("shopdetails.field.address")
    PHONE = Message("shopdetails.field.phone")
    OWNER = Message("shopdetails.field.owner")
    REPAIR_REGISTRATION_NO = Message("shopdetails.field.repair_registration_no")


def _business_no(value: object) -> str:
    """'' for none, else the ten digits with their check digit verified, printed as '124-81-00998'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    return format_business_number(business_number(value))


def _phone(value: object) -> str:
    """'' for none, else a Korean (or foreign) number as customers' phones are checked, printed with hyphens."""
    return format_phone(normalise_phone(value, Field.PHONE))


@dataclass(frozen=True)
class UpdateShopDetails(Command):
    """Set the shop's letterhead: documents issued from now on print it; issued ones keep theirs."""

    name: str
    address: str = ""
    business_no: str = ""
    phone: str = ""
    owner: str = ""
    repair_registration_no: str = ""

    checks: ClassVar[dict[str, Check]] = {
        "name": lambda v: require_text(v, Field.NAME, MAX_NAME),
        "address": lambda v: optional_text(v, Field.ADDRESS, MAX_ADDRESS),
        "business_no": _business_no,
        "phone": _phone,
        "owner": lambda v: optional_text(v, Field.OWNER, MAX_OWNER),
        "repair_registration_no": lambda v: optional_text(v, Field.REPAIR_REGISTRATION_NO, MAX_REGISTRATION_NO),
    }
