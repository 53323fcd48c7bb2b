"""Request preparation and response parsing: the arguments of a call to bytes and back.

`prepare` checks the arguments (path segments, headers, the body against its type) and builds
the PreparedRequest, sending nothing on a problem; `parse` turns a body into the operation's
type, or, with `lenient`, into what parses with the rest kept.
"""

from __future__ import annotations

import functools
import gc
import json
import re
from typing import Any, Literal
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from . import _encoding, _spec
from ._errors import ConfigurationError, InvalidRequestError, ResponseValidationError, _json_or_none
from ._settings import ApiResponse, PreparedRequest, RequestOptions, Settings

LARGE_BODY = 64 * 1024


def _encode_segment(value: Any) -> str:
    text = _scalar(value)
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _check_header(name: str, value: str) -> str:
    if any(c in value for c in "\r\n\0") or any(c in name for c in "\r\n\0:"):
        raise InvalidRequestError(f"header {name!r} contains a line break or NUL: refused")
    return value


_adapters: dict[Any, TypeAdapter[Any]] = {}
_ANY: TypeAdapter[Any] | None = None


def adapter(tp: Any) -> TypeAdapter[Any]:
    found = _adapters.get(tp)
    if found is None:
        found = _adapters[tp] = TypeAdapter(tp)
    return found


def _validation_summary(exc: ValidationError) -> str:
    """What is wrong, without the values (they may be secrets)."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False)[:8]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def serialize_body(operation: str, body: Any, body_type: Any) -> bytes:
    """The JSON bytes of a request body, checked against its type first."""
    return json.dumps(checked_body(operation, body, body_type)).encode("utf-8")


def checked_body(
    operation: str, body: Any, body_type: Any, mode: Literal["json", "python"] = "json"
) -> Any:
    """A request body checked against its type, as plain data (`mode="python"` keeps bytes)."""
    if isinstance(body, BaseModel):
        return body.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    try:
        value = adapter(body_type).validate_python(body)
    except ValidationError as exc:
        raise InvalidRequestError(
            f"{operation}: invalid request body: {_validation_summary(exc)}"
        ) from None
    return adapter(body_type).dump_python(value, mode=mode, by_alias=True, exclude_unset=True)


@functools.lru_cache(maxsize=256)
def _template(template: str) -> list[str]:
    """A path template split into literal parts and parameter names, alternating."""
    return re.split(r"\{([^{}]+)\}", template)


def prepare(
    settings: Settings,
    service: str,
    operation: str,
    method: str,
    template: str,
    *,
    path: dict[str, Any],
    query: list[tuple[str, Any]],
    headers: list[tuple[str, Any]],
    cookies: list[tuple[str, Any]] | None = None,
    body: Any = None,
    body_type: Any = None,
    content_type: str = "",
    options: RequestOptions,
) -> PreparedRequest:
    """Check the arguments and build the request: nothing is sent on a problem."""

    parts = []
    for i, part in enumerate(_template(template)):
        if i % 2 == 0:
            parts.append(part)
            continue
        value = path.get(part)
        if value is None or value == "":
            raise InvalidRequestError(f"{operation}: path parameter {part} is empty")
        parts.append(
            _encoding.path_segment(part, value)
            if _encoding.is_structured(value)
            else _encode_segment(value)
        )
    url_path = "".join(parts)
    sent_query: list[tuple[str, Any]] = []
    for key, value in query:
        if value is None:
            continue
        if _encoding.is_structured(value) and not isinstance(value, list):
            sent_query += _encoding.query_pairs(key, value)
            continue
        values = value if isinstance(value, list) else [value]
        sent_query.append((key, [_scalar(v) for v in values]))
    # The vendor's SDK sends a Content-Type on every call, GET included (and signs it).
    sent_headers = {"Content-Type": content_type or "application/json"}
    content: bytes | None = None
    if body is not None and not _encoding.is_json(content_type):  # form, multipart, raw
        data = checked_body(operation, body, body_type, mode="python")
        content, sent_headers["Content-Type"] = _encoding.encode_body(data, content_type)
    elif body is not None:
        content = serialize_body(operation, body, body_type)
    for name, value in [*headers, *options.headers.items()]:
        if value is not None:
            text = _encoding.header_value(value) if _encoding.is_structured(value) else None
            sent_headers[name] = _check_header(name, _scalar(value) if text is None else text)
    if cookies:
        cookie = _encoding.cookie_header(cookies)
        if cookie:
            sent_headers["Cookie"] = _check_header("Cookie", cookie)
    if settings.credentials is None and getattr(_spec, "AUTH_REQUIRED", True):
        raise ConfigurationError("no credentials: pass DataArts(credentials=...)")
    scheme, host = settings.endpoint(service)
    url_path = settings.base_path(service) + url_path
    return PreparedRequest(
        operation, method, scheme, host, url_path, sent_query, sent_headers, content
    )


def parse(settings: Settings, operation: str, response: httpx.Response, response_type: Any) -> Any:
    """The response body as `response_type`; unknown fields are kept on the models."""
    if response_type is None:
        return None
    if response_type is str and _encoding.text_response(response.headers.get("Content-Type")):
        return response.text
    content = response.content
    # A large body becomes many objects at once: the cyclic GC would run over and over while
    # they are made (none of them is garbage yet, and a full collection may cross the whole
    # heap), so it waits until they are all made, then runs once over the young objects, in this
    # call: the caller is not left a collection to pay at its next step.
    pause_gc = len(content) > LARGE_BODY and gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        if isinstance(response_type, type) and issubclass(response_type, BaseModel):
            return response_type.model_validate_json(content)
        return adapter(response_type).validate_json(content)
    except ValidationError as exc:
        data = _json_or_none(content)
        if data is None:
            reason = "the body is empty" if not content else "the body is not valid JSON"
            raise ResponseValidationError(operation, reason, response) from None
        if settings.lenient:
            if isinstance(response_type, type) and issubclass(response_type, BaseModel):
                if isinstance(data, dict):
                    return _lenient(response_type, data, exc)
            return data
        raise ResponseValidationError(operation, _validation_summary(exc), response) from None
    finally:
        if pause_gc:
            gc.enable()
            gc.collect(0)


def _lenient(model: type[BaseModel], data: dict[str, Any], exc: ValidationError) -> Any:
    """The fields that validate, parsed; the ones that do not, kept as they came (as unknown
    fields, under their wire names)."""
    bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
    try:
        parsed = model.model_validate({k: v for k, v in data.items() if k not in bad})
    except ValidationError:
        return model.model_construct(**data)
    extra = parsed.__pydantic_extra__
    if extra is not None:
        extra.update({k: data[k] for k in bad if k in data})
    return parsed


def _result(
    settings: Settings,
    request: PreparedRequest,
    response: httpx.Response,
    response_type: Any,
    opts: RequestOptions,
) -> Any:
    parsed = parse(settings, request.operation, response, response_type)
    if opts.raw:
        return ApiResponse(parsed, response.status_code, response.headers, response.content)
    return parsed
