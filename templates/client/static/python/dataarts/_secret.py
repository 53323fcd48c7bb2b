"""Secrets that keep their value out of repr(): what frame locals, reprs of containers and
debugging tools show is a mask, while the value still works as the str or bytes it is.

Also the checks of credentials and settings when they are made, and the log filter that masks
secret headers in httpx's and httpcore's DEBUG records.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ._errors import ConfigurationError


class Secret(str):
    """A str whose repr() is a mask (a token, a password, a signature)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self) -> Any:  # never pickled with its value
        return (str, ("***",))


class Body(bytes):
    """A request body: its repr() gives the size only (it may carry passwords)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"

    def __reduce__(self) -> Any:
        return (bytes, (b"",))


def checked_secret(name: str, value: object, *, optional: bool = False) -> Secret | None:
    """`value` as a Secret, refused (without quoting it) when it cannot go in a header."""
    secret, problem = checked_secrets((name, value, optional))
    del value
    if problem is not None:
        raise problem
    return secret[0]


def checked_secrets(
    *items: tuple[str, object, bool],
) -> tuple[list[Secret | None], ConfigurationError | None]:
    """Each (name, value, optional) as a Secret, or the first problem: the caller deletes its
    own references to the values before raising it (frame locals reach error trackers)."""
    out: list[Secret | None] = []
    for name, value, optional in items:
        problem = ""
        if value is None and optional:
            out.append(None)
            continue
        if not isinstance(value, str):
            problem = f"{name} must be a str, not {type(value).__name__}"
        elif not value:
            problem = f"{name} is empty"
        elif any(not (" " < c < "\x7f") for c in value):
            problem = (
                f"{name} contains whitespace, a control character (a line break?) or a "
                "non-ASCII character: refused (its value is not shown)"
            )
        if problem:
            del items, value, out
            return [], ConfigurationError(problem)
        out.append(Secret(value))
    return out, None


def checked_setting(name: str, value: object) -> str | None:
    """A client setting (project_id, workspace...): a str without control characters."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    if any(c < " " or c == "\x7f" for c in value):
        raise ConfigurationError(f"{name} contains a control character (a line break?): refused")
    return value


SECRET_HEADERS = (
    "x-auth-token",
    "x-subject-token",
    "x-security-token",
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
)
_HEADER_PAIR = re.compile(
    r"\((b?['\"](?:" + "|".join(SECRET_HEADERS) + r")['\"]), (b?)(['\"]).*?\3\)", re.I
)


class MaskSecretHeaders(logging.Filter):
    """Masks the values of secret headers in log records (httpcore logs response headers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record that cannot be formatted is left to logging
            return True
        masked = _HEADER_PAIR.sub(r"(\1, \2'***')", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


_FILTER = MaskSecretHeaders()
for _name in (
    "httpx",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.connection",
    "httpcore.proxy",
    "httpcore.socks",
):
    _logger = logging.getLogger(_name)
    if _FILTER not in _logger.filters:
        _logger.addFilter(_FILTER)
