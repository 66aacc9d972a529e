"""Every billing refusal has a sentence in English and natural Korean, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from domain.billing.receipt import ReceiptMark
from domain.billing.texts import TEXTS
from domain.contexts import CONTEXTS
from domain.errors import InvalidInput
from domain.texts import Message, catalogue, render

SOURCE = Path(__file__).resolve().parents[2] / "domain" / "billing"
CODE = re.compile(r'"(billing\.[a-z0-9_.]+)"')


def codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.glob("*.py"):
        if path.name != "texts.py":
            found |= set(CODE.findall(path.read_text(encoding="utf-8")))
    return found | {mark.label.code for mark in ReceiptMark}


def placeholders(template: str) -> dict[str, str]:
    return {name: spec for _, name, spec, _ in string.Formatter().parse(template) if name}


def test_billing_is_a_context_and_its_codes_join_the_catalogue() -> None:
    assert "billing" in CONTEXTS
    assert set(TEXTS) <= set(catalogue())
    assert all(code.startswith("billing.") for code in TEXTS)


def test_every_code_the_context_raises_has_a_sentence() -> None:
    missing = codes_in_source() - set(TEXTS)
    assert not missing, sorted(missing)


def test_no_sentence_is_left_unused() -> None:
    labels = {
        c
        for c in TEXTS
        if c.startswith(
            ("billing.kind.", "billing.method.", "billing.receipt.", "billing.labour.", "billing.document.")
        )
    }
    unused = set(TEXTS) - codes_in_source() - labels
    assert not unused, sorted(unused)


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_english_and_korean_take_the_same_placeholders(code: str) -> None:
    text = TEXTS[code]
    assert placeholders(text.en) == placeholders(text.ko)
    assert text.en.strip() and text.ko.strip()


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_korean_holds_no_english(code: str) -> None:
    bare = re.sub(r"\{[^}]*\}", "", TEXTS[code].ko)
    assert not re.search(r"[A-Za-z]", bare), TEXTS[code].ko
    assert re.search(r"[가-힣]", bare), TEXTS[code].ko


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_sentence_renders_in_both_languages(code: str) -> None:
    params = {
        name: (1_234_567 if "," in spec else Message("billing.field.amount") if name == "field" else "2026-000001")
        for name, spec in placeholders(TEXTS[code].en).items()
    }
    for lang in ("en", "ko"):
        sentence = render(Message(code, params), lang)
        assert "{" not in sentence and "[billing." not in sentence
        if any("," in spec for spec in placeholders(TEXTS[code].en).values()):
            assert "1,234,567" in sentence


def test_a_field_renders_in_the_sentences_language() -> None:
    err = InvalidInput("billing.required", field=Message("billing.field.business_number"))
    assert str(err) == "Business registration number is required."
    assert err.render("ko") == "사업자등록번호 항목을 입력하세요."
