"""Milliseconds to check a PIN, for scrypt parameters around app.pins.DEFAULT.

For each candidate (n, r, p): the median of ROUNDS calls of `verify_pin` on a
stored hash made with it, and of bare `hashlib.scrypt` with the same
parameters as the baseline (the ratio is app.pins' own cost: parsing the
stored string, base64, the constant-time compare). For DEFAULT also
`dummy_verify` (an unknown name) against `verify_pin` (a wrong PIN): the two
must cost the same, or the time a refusal takes tells a stranger which names
exist. Budget: verify ≤ 250 ms on this machine; target ratios ≈ 1.0.
"""

from __future__ import annotations

import hashlib
import os
import platform
import ssl
import statistics
import time
from collections.abc import Callable
from functools import partial

from app.pins import DEFAULT, ScryptParams, dummy_verify, hash_pin, verify_pin

ROUNDS = 9
BUDGET_MS = 250.0
CANDIDATES = (
    ScryptParams(n=2**14, r=8, p=1),
    ScryptParams(n=2**15, r=8, p=1),
    ScryptParams(n=2**16, r=8, p=1),
    ScryptParams(n=2**14, r=16, p=1),
    ScryptParams(n=2**17, r=8, p=1),
)
PIN = "482915"


def medians_ms(first: Callable[[], object], second: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median milliseconds of each, the two taking turns call by call (the machine's load hits both alike)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for call, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            call()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def bare(params: ScryptParams) -> Callable[[], object]:
    salt = os.urandom(16)
    return lambda: hashlib.scrypt(
        PIN.encode(), salt=salt, n=params.n, r=params.r, p=params.p, maxmem=params.memory_bytes * 2 + 2**20, dklen=32
    )


def main() -> None:
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {ssl.OPENSSL_VERSION}")
    print(f"{'n':>7} {'r':>3} {'p':>2} {'memory':>8} {'verify ms':>10} {'bare ms':>8} {'ratio':>6}  budget")
    for params in CANDIDATES:
        stored = hash_pin(PIN, params)
        verify, baseline = medians_ms(partial(verify_pin, PIN, stored), bare(params))
        mark = "  <- DEFAULT" if params == DEFAULT else ""
        fits = "ok" if verify <= BUDGET_MS else "over"
        mib = params.memory_bytes // 2**20
        print(
            f"{params.n:>7} {params.r:>3} {params.p:>2} {mib:>5} MiB {verify:>10.1f} {baseline:>8.1f}"
            f" {verify / baseline:>6.2f}  {fits}{mark}"
        )
    stored = hash_pin(PIN, DEFAULT)
    a, b = medians_ms(lambda: verify_pin("739104", stored), lambda: dummy_verify("739104"), ROUNDS * 2)
    print(f"DEFAULT: wrong PIN {a:.1f} ms, unknown name (dummy_verify) {b:.1f} ms, ratio {b / a:.2f}")


if __name__ == "__main__":
    main()
