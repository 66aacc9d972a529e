"""Real faults for tests: a small tmpfs that fills up, a read-only bind mount of a file or folder.

Mounting needs root (or password-less sudo). Without either the test is
skipped with the reason, except on CI, where it fails: CI must run them.
Every mount is undone when its `with` block ends, whatever happened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.databases import on_ci


def _prefix() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    message = "mounting a tmpfs or a read-only bind mount needs root or password-less sudo"
    if on_ci():
        pytest.fail(f"{message}; CI must run the fault tests.", pytrace=False)
    pytest.skip(message)


def _run(*args: str) -> None:
    result = subprocess.run([*_prefix(), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {result.stderr.strip()}")


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of `size` mounted on the (new) folder `path`."""
    path.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path))
    try:
        yield path
    finally:
        _unmount(path)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a file or a folder) made read-only in place by a read-only bind mount over itself."""
    _run("mount", "--bind", str(path), str(path))
    try:
        _run("mount", "-o", "remount,ro,bind", str(path))
        yield path
    finally:
        _unmount(path)


def _unmount(path: Path) -> None:
    for _attempt in range(20):
        result = subprocess.run([*_prefix(), "umount", str(path)], capture_output=True, text=True)
        if result.returncode == 0:
            return
        subprocess.run(["sync"], check=False)
    subprocess.run([*_prefix(), "umount", "-l", str(path)], capture_output=True, check=False)


def fill(folder: Path, name: str = "filler.bin") -> Path:
    """Write into `folder` until its disk is full; returns the file to delete to free the space."""
    filler = folder / name
    with filler.open("wb", buffering=0) as fh:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            chunk = b"\0" * size
            with contextlib.suppress(OSError):
                while True:
                    fh.write(chunk)
    return filler
