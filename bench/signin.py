"""Milliseconds to sign in on a terminal (`shop.login`), against the bare PIN check it is built on.

A SQLite shop in a temp folder with one manager. For each case the median of
ROUNDS calls, the two sides taking turns call by call so the machine's load
hits both alike:

- a right PIN: `shop.login` (read the user, scrypt, then the write
  transaction that resets the count and logs SignedIn) against
  `app.pins.verify_pin` alone — the ratio is the database's share;
- a wrong PIN against an unknown name: both raise LoginFailed, and must cost
  the same, or the time a refusal takes tells a stranger which names exist.

The wrong PINs alternate between two users so that neither is locked out.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import platform
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app import pins
from app.bootstrap import bootstrap
from domain.commands import CreateUser
from domain.errors import LoginFailed

ROUNDS = 15
PIN = "58392071"


def medians_ms(first: Callable[[], object], second: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for call, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            with contextlib.suppress(LoginFailed):
                call()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def main() -> None:
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}"
    )
    with tempfile.TemporaryDirectory() as folder:
        shop = bootstrap(f"sqlite:///{Path(folder) / 'shop.db'}", Path(folder) / "invoices", terminal="bench")
        try:
            shop.handle(CreateUser("관리자", "manager", PIN))
            shop.login("관리자", PIN)
            # Wrong PINs spread over users, fewer than five each: nobody is locked out mid-bench.
            guessed = [f"접수{n}" for n in range(ROUNDS // 3 + 1)]
            for name in guessed:
                shop.handle(CreateUser(name, "desk", PIN))
            stored = pins.hash_pin(PIN)
            login, bare = medians_ms(lambda: shop.login("관리자", PIN), lambda: pins.verify_pin(PIN, stored))
            print(f"right PIN: shop.login {login:.1f} ms, bare verify_pin {bare:.1f} ms, ratio {login / bare:.2f}")
            names = itertools.cycle(guessed)
            wrong, unknown = medians_ms(
                lambda: shop.login(next(names), "40617283"), lambda: shop.login("없는사람", "40617283")
            )
            print(f"wrong PIN {wrong:.1f} ms, unknown name {unknown:.1f} ms, ratio {unknown / wrong:.2f}")
        finally:
            shop.close()


if __name__ == "__main__":
    main()
