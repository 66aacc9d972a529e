"""Sentences of the shop-details context, by code (see domain.texts)."""

from __future__ import annotations

from domain.texts import Text

TEXTS: dict[str, Text] = {
    "shopdetails.field.name": Text(en="Shop name", ko="상호"),
    "shopdetails.field.address": Text(en="Address", ko="주소"),
    "shopdetails.field.phone": Text(en="Phone", ko="전화번호"),
    "shopdetails.field.owner": Text(en="Owner", ko="대표자"),
    "shopdetails.field.repair_registration_no": Text(en="Repair business registration no.", ko="정비업 등록번호"),
}
