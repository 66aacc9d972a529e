"""The dependency direction ui -> app -> domain, read from the source."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def modules_imported(package: str) -> dict[str, set[str]]:
    """Every module each file of `package` imports, by full name (`from a.b import c` gives a.b and a.b.c)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                raise AssertionError(f"{path}: relative import; write the package's full name")
        found[str(path.relative_to(ROOT))] = names
    return found


def imports_of(package: str) -> dict[str, set[str]]:
    """The top-level packages each file of `package` imports."""
    return {path: {name.split(".")[0] for name in names} for path, names in modules_imported(package).items()}


def is_under(name: str, module: str) -> bool:
    return name == module or name.startswith(module + ".")


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    for path, names in imports_of("domain").items():
        foreign = names - STDLIB - {"domain"}
        assert not foreign, f"{path} imports {sorted(foreign)}"


def test_domain_does_no_io() -> None:
    for path, names in imports_of("domain").items():
        assert not names & {"sqlite3", "sqlalchemy", "os", "pathlib", "socket", "subprocess"}, path


def test_app_never_imports_qt_or_the_ui() -> None:
    for path, names in imports_of("app").items():
        assert not names & {"PySide6", "ui", "shiboken6"}, f"{path} imports {sorted(names & {'PySide6', 'ui'})}"


def database_modules() -> set[str]:
    """The app modules that are the database itself: engines, the unit of work, tables and repositories."""
    modules = {"app.db", "app.uow", "app.schema", "app.metadata", "app.persistence"}
    for path in (ROOT / "app").rglob("*.py"):
        if path.stem in ("tables", "repository"):
            modules.add(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return modules


def test_database_modules_are_found() -> None:
    found = database_modules()
    assert {"app.mechanic.repository", "app.reception.tables", "app.eventlog.repository", "app.board.tables"} <= found


def test_ui_talks_to_app_only_never_to_the_database() -> None:
    forbidden = database_modules()
    for path, names in modules_imported("ui").items():
        assert not any(is_under(n, "sqlalchemy") for n in names), f"{path} imports sqlalchemy"
        reached = {n for n in names for module in forbidden if is_under(n, module)}
        assert not reached, f"{path} imports {sorted(reached)}"


def test_each_context_keeps_its_tables_and_repository_to_itself() -> None:
    """A context's handlers use the unit of work's repositories, never another context's modules directly."""
    contexts = ("mechanic", "vehicleparts", "reception", "jobs")
    for context in contexts:
        for path, names in modules_imported(f"app/{context}").items():
            others = {
                n
                for n in names
                for other in contexts
                if other != context and (is_under(n, f"app.{other}.tables") or is_under(n, f"app.{other}.repository"))
            }
            assert not others, f"{path} imports {sorted(others)}"
