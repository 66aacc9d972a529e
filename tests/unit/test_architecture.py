"""The dependency direction ui -> app -> domain, read from the source."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imports_of(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for path, names in imports_of("domain").items():
        foreign = names - stdlib - {"domain"}
        assert not foreign, f"{path} imports {sorted(foreign)}"


def test_app_never_imports_qt_or_the_ui() -> None:
    for path, names in imports_of("app").items():
        assert not names & {"PySide6", "ui", "shiboken6"}, f"{path} imports {sorted(names & {'PySide6', 'ui'})}"


def test_domain_does_no_io() -> None:
    for path, names in imports_of("domain").items():
        assert not names & {"sqlite3", "sqlalchemy", "os", "pathlib", "socket", "subprocess"}, path
