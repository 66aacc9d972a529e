"""docs/design.md answers a newcomer's three questions, and every file it points to exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "design.md"

QUESTIONS = (
    "Where do I change how VAT is computed?",
    "Where is a mechanic's capacity decided?",
    "How do I add a command?",
)


def test_the_design_answers_the_three_questions() -> None:
    text = DOC.read_text("utf-8")
    for question in QUESTIONS:
        assert f"**{question}**" in text, question


def test_every_path_the_design_names_exists() -> None:
    text = DOC.read_text("utf-8")
    paths = set(re.findall(r"`((?:app|domain|ui|tests|migrations|docs|resources)/[A-Za-z0-9_./]+)`", text))
    assert len(paths) > 20  # the doc points at the code, not around it
    missing = sorted(p for p in paths if "<" not in p and not (ROOT / p).exists())
    assert not missing, f"docs/design.md names files that do not exist: {missing}"


def test_every_function_the_design_names_is_where_it_says() -> None:
    text = DOC.read_text("utf-8")
    # "`path.py` (`name`" — a function or class named right after its file
    named = re.findall(r"`((?:app|domain)/[a-z_/]+\.py)` \(`([A-Za-z_]+)`", text)
    assert named
    for path, name in named:
        source = (ROOT / path).read_text("utf-8")
        assert re.search(rf"^\s*(def|class) {name}\b", source, re.M), f"{name} is not defined in {path}"
