"""Secrets out of everything a person or a log file sees: passwords in URLs and connection strings.

A database URL can carry its password in three places: `user:PASSWORD@host`,
the query string (`?password=...`, also `sslpassword`), and libpq's
`key=value` connection strings (`host=db password='s3 cret'`). `mask_secrets`
masks all three in any text (a URL, an error message, a log line); the log
filter `RedactSecrets` does it to every record a handler writes.
"""

from __future__ import annotations

import logging
import re

MASK = "***"

#: `scheme://user:PASSWORD@` — up to the last `@` of the same word, as a URL's host has none.
_USERINFO = re.compile(r"(?P<pre>\b[A-Za-z][\w+.-]*://[^\s:/?#@]*:)\S*@")
#: `password=...` in a query string or a libpq connection string, quoted or not.
_KEY_VALUE = re.compile(
    r"(?P<pre>\b(?:ssl)?(?:password|passwd|pwd)\s*=\s*)(?P<value>'(?:[^'\\]|\\.)*'|\"[^\"]*\"|[^\s&;,)'\"]*)",
    re.IGNORECASE,
)


def mask_secrets(text: str) -> str:
    """`text` with every password it holds shown as ***."""
    if not text:
        return text
    text = _USERINFO.sub(lambda m: m.group("pre") + MASK + "@", text)
    return _KEY_VALUE.sub(lambda m: m.group("pre") + MASK, text)


def mask_url(url: str) -> str:
    """The database URL (or libpq connection string) with its password, wherever it is, shown as ***."""
    return mask_secrets(url)


class RedactSecrets(logging.Filter):
    """Mask passwords in a record's message (and its exception text) before a handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            masked_exc = mask_secrets(formatted)
            if masked_exc != formatted:
                record.exc_text = masked_exc
        return True


def redact_handler(handler: logging.Handler) -> logging.Handler:
    """Give `handler` the RedactSecrets filter (once); returns it."""
    if not any(isinstance(f, RedactSecrets) for f in handler.filters):
        handler.addFilter(RedactSecrets())
    return handler
