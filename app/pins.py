"""PIN hashes: salted scrypt, with the parameters written into the stored string.

Stored form (ASCII, about 100 characters)::

    scrypt$n=16384$r=8$p=1$<salt, base64>$<key, base64>

- **Salted**: 16 random bytes from `secrets` per hash, so two users with the
  same PIN store different strings and one table of precomputed PINs serves
  nobody.
- **Memory-hard**: scrypt needs 128·n·r bytes at once; n=2^14, r=8 is 16 MiB
  (Percival's own choice for interactive logins). Chosen with `python -m bench
  pins` on the shared 2-core VM (2026-12-01, Python 3.11.7, OpenSSL 3.0):
  median verify 57–69 ms when it is quiet, 152 ms with the load at 10 on its
  two cores. n=2^15 (32 MiB) takes 131–155 ms quiet but 214–457 ms loaded,
  over the 250 ms budget; 2^16 is over it even quiet (240–275 ms). A shop's
  till is busy too (PDFs, the board), and an old desk PC is slower than this
  VM: the budget has to hold on a bad minute, not an idle one. Doubling n
  would double an offline search of a PIN's few values — not what guards a
  PIN (below). p=1: one sign-in at a time.
- **Upgradeable**: `verify_pin` reads n, r and p (and the key's length) from the
  stored string, so DEFAULT can be raised later and every old hash still
  verifies; `needs_rehash` tells the sign-in handler to store a new hash with
  today's parameters while it holds the right PIN.
- **Constant time**: keys are compared with `hmac.compare_digest`; an unknown
  name costs one scrypt too (`dummy_verify`), so a wrong name and a wrong PIN
  take the same time.

What it does not do: a PIN has few values, so anyone holding a copy of the
database can try them all: at 60 ms a guess, every 4-digit PIN in ten minutes
of one core, every 6-digit one in 17 hours, every 8-digit one in 70 days. The
hash keeps PINs out of sight of whoever reads the database or a backup and
makes that search cost something; the guard of a short PIN is the lockout
(domain.users) and the file's permissions. A pepper (a key kept outside the
database, mixed into every hash) would close the gap; it is a choice for
later, and a new scheme name in the stored string would mark it.

Nothing here logs, and no error holds a PIN, a salt or a key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from domain.users.pins import normalise_pin

SCHEME = "scrypt"
SALT_BYTES = 16
KEY_BYTES = 32

# The most a stored string may ask for: a damaged or planted row must not make a
# terminal allocate gigabytes (n=2^20, r=16 is 2 GiB) before it refuses it.
_MAX_N = 2**20
_MAX_R = 16
_MAX_P = 16


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**14  # CPU/memory cost, a power of 2
    r: int = 8  # block size
    p: int = 1  # parallelism

    @property
    def memory_bytes(self) -> int:
        """What one hash holds at once (scrypt's V array: 128·n·r bytes)."""
        return 128 * self.n * self.r

    def check(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or not 1 <= self.r <= _MAX_R or not 1 <= self.p <= _MAX_P:
            raise ValueError("scrypt parameters out of range")
        if self.n > _MAX_N:
            raise ValueError("scrypt parameters out of range")


#: The parameters new hashes get. Raise them here; old hashes keep verifying.
DEFAULT = ScryptParams()


class MalformedPinHash(ValueError):
    """A stored PIN hash is not one this module wrote (the message never quotes it)."""


def hash_pin(pin: str, params: ScryptParams | None = None) -> str:
    """The string to store for `pin`: a fresh salt, the parameters (DEFAULT unless given) and the key."""
    params = params or DEFAULT
    params.check()
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(pin, salt, params, KEY_BYTES)
    return "$".join((SCHEME, f"n={params.n}", f"r={params.r}", f"p={params.p}", _b64(salt), _b64(key)))


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` is the PIN `stored` was made from, with the parameters `stored` names."""
    params, salt, key = _parse(stored)
    return hmac.compare_digest(_scrypt(pin, salt, params, len(key)), key)


def dummy_verify(pin: str, params: ScryptParams | None = None) -> bool:
    """As long as a verify with `params` (DEFAULT), and always False: for a name that matches no user."""
    key = _scrypt(pin, secrets.token_bytes(SALT_BYTES), params or DEFAULT, KEY_BYTES)
    hmac.compare_digest(key, bytes(KEY_BYTES))
    return False


def needs_rehash(stored: str, params: ScryptParams | None = None) -> bool:
    """True when `stored` was made with other parameters than `params` (DEFAULT): store a new hash at sign-in."""
    stored_params, salt, key = _parse(stored)
    return stored_params != (params or DEFAULT) or len(salt) < SALT_BYTES or len(key) != KEY_BYTES


def _scrypt(pin: str, salt: bytes, params: ScryptParams, length: int) -> bytes:
    return hashlib.scrypt(
        normalise_pin(pin).encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        # OpenSSL's default ceiling is 32 MiB: a raised n would pass it; leave room for its overhead.
        maxmem=params.memory_bytes * 2 + 1024 * 1024,
        dklen=length,
    )


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes]:
    parts = stored.split("$") if isinstance(stored, str) else []
    if len(parts) != 6 or parts[0] != SCHEME:
        raise MalformedPinHash("not a scrypt PIN hash")
    try:
        values = dict(_pair(part) for part in parts[1:4])
        params = ScryptParams(n=values["n"], r=values["r"], p=values["p"])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (KeyError, ValueError, binascii.Error):
        raise MalformedPinHash("not a scrypt PIN hash") from None
    if not salt or len(key) < 16 or len(values) != 3:
        raise MalformedPinHash("not a scrypt PIN hash")
    try:
        params.check()
    except ValueError:
        raise MalformedPinHash("scrypt PIN hash with parameters out of range") from None
    return params, salt, key


def _pair(text: str) -> tuple[str, int]:
    name, _, value = text.partition("=")
    if not value.isascii() or not value.isdigit():
        raise ValueError("not a number")
    return name, int(value)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
