"""The errors this package raises, and the reference's entry for an API error code.

ApiError reads the error code, message and request id the spec's `x-error-field`s and
`x-request-id-header` name; its subclass follows the status code.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import _spec

if TYPE_CHECKING:
    import httpx


class DataArtsError(Exception):
    """Base of every error this package raises.

    Errors copy and pickle (across a process pool or a task queue) with their message and
    fields; the response they may hold stays behind (it is not picklable and it knows the
    request)."""

    def __reduce__(self) -> Any:
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[DataArtsError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    error.__dict__.setdefault("response", None)
    return error


class ConfigurationError(DataArtsError, ValueError):
    """The client is missing a setting (region, credentials, a setting of the spec...)."""


class InvalidRequestError(DataArtsError, ValueError):
    """An argument was refused before anything was sent."""


class TransportError(DataArtsError):
    """The request could not be sent or its response not received in full."""


class RequestTimeout(TransportError):
    """The server did not answer in time, or the call's deadline passed."""


class ResponseTooLarge(TransportError):
    """A response body (received or inflated) exceeded max_response_size."""


class ResponseValidationError(DataArtsError):
    """A response did not match its schema."""

    def __init__(self, operation: str, errors: str, response: httpx.Response) -> None:
        super().__init__(f"{operation}: the response does not match its schema: {errors}")
        self.operation = operation
        self.response: httpx.Response | None = _scrubbed(response)


@dataclass(frozen=True)
class ErrorCodeInfo:
    """What the reference says about an error code (section 7.4)."""

    code: str
    status: int
    message: str
    description: str
    solution: str


class ApiError(DataArtsError):
    """The API answered with an error status."""

    retry_after: float | None = None  # seconds a Retry-After asked for, when not waited for

    def __init__(self, operation: str, response: httpx.Response) -> None:
        self.operation = operation
        self.response: httpx.Response | None = _scrubbed(response)
        self.status_code = response.status_code
        self.request_id = response.headers.get(_spec.REQUEST_ID_HEADER)
        body = _json_or_none(response.content)
        fields = body if isinstance(body, dict) else {}
        self.error_code = _first(fields, _spec.ERROR_FIELDS.get("code", []))
        self.error_msg = _first(fields, _spec.ERROR_FIELDS.get("message", []))
        self.body = body
        self.reference = lookup_error_code(self.error_code)
        text = f"{operation}: HTTP {self.status_code}"
        if self.error_code:
            text += f" {self.error_code}"
        if self.error_msg:
            text += f": {self.error_msg}"
        if self.reference and self.reference.solution:
            text += f" ({self.reference.solution})"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        super().__init__(text)


class Redirected(ApiError):
    """HTTP 3xx: redirects are never followed (they would take the credentials elsewhere)."""


class BadRequest(ApiError):
    """HTTP 400."""


class Unauthorized(ApiError):
    """HTTP 401."""


class Forbidden(ApiError):
    """HTTP 403."""


class NotFound(ApiError):
    """HTTP 404."""


class Conflict(ApiError):
    """HTTP 409."""


class RateLimited(ApiError):
    """HTTP 429."""


class ServerError(ApiError):
    """HTTP 5xx."""


class ServiceUnavailable(ServerError):
    """HTTP 503."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    429: RateLimited,
    503: ServiceUnavailable,
}


def error_for(operation: str, response: httpx.Response) -> ApiError:
    cls = ERRORS_BY_STATUS.get(response.status_code)
    if cls is None:
        status = response.status_code
        cls = ServerError if status >= 500 else Redirected if 300 <= status < 400 else ApiError
    return cls(operation, response)


def _scrubbed(response: httpx.Response) -> httpx.Response:
    """The response, its request replaced by one without headers or body (they hold the
    credentials and perhaps passwords)."""
    try:
        request = response.request
    except RuntimeError:
        return response
    import httpx

    response.request = httpx.Request(request.method, request.url)
    return response


def lookup_error_code(code: str | None) -> ErrorCodeInfo | None:
    """The reference's entry for an error code, also when spelled without its dot."""
    if not code:
        return None
    codes, undotted = _error_codes()
    entry = codes.get(code)
    if entry is None:
        entry = codes.get(undotted.get(code.replace(".", "").upper(), ""))
    return ErrorCodeInfo(**entry) if entry else None


@functools.cache
def _error_codes() -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The reference's error codes (generated from the spec's x-error-codes, read on first
    use), and each code keyed without its dot, upper-case (the reference writes DLF6201 too)."""
    from importlib import resources  # on first use: importing it costs a first call 10 ms

    text = (
        resources.files(__package__ or "dataarts").joinpath("_error_codes.json").read_text("utf-8")
    )
    codes: dict[str, dict[str, Any]] = json.loads(text)
    return codes, {code.replace(".", "").upper(): code for code in codes}


def _first(fields: dict[str, Any], names: list[str]) -> str | None:
    for name in names:
        if fields.get(name) not in (None, ""):
            return str(fields[name])
    return None


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except (ValueError, RecursionError):
        return None
