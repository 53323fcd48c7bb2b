"""Request preparation and response parsing: the arguments of a call to bytes and back.

`prepare` checks the arguments (path segments, headers, the body against its type) and builds
the PreparedRequest, sending nothing on a problem; `parse` turns a body into the operation's
type, or, with `lenient`, into what parses with the rest kept.
"""

from __future__ import annotations

import functools
import gc
import json
import math
import re
import warnings
from enum import Enum
from typing import Any, Literal, get_args
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from . import _encoding, _spec
from ._errors import ConfigurationError, InvalidRequestError, ResponseValidationError, _json_or_none
from ._secret import Body
from ._models import RECEIVED, Model, RequestModel, noted, strict_validator
from ._settings import ApiResponse, PreparedRequest, RequestOptions, Settings

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

LARGE_BODY = 64 * 1024


MAX_VALUE = 4096  # characters of one path, query or header value


def _encode_segment(operation: str, name: str, value: Any) -> str:
    if type(value) is str and value.isascii() and len(value) <= MAX_VALUE:
        return _quoted_segment(value)  # an ID in the path: the same value on every call
    text = _scalar(operation, name, value)
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="")


@functools.lru_cache(maxsize=512)
def _quoted_segment(text: str) -> str:
    """An ASCII path value percent-encoded (as `_encode_segment`), remembered."""
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="")


def _scalar(operation: str, name: str, value: Any) -> str:
    """A path, query or header value as text: a str, a number, a bool or an enum member only,
    within MAX_VALUE characters, encodable (no lone surrogate)."""
    kind = type(value)
    if kind is str:
        text: str = value
    elif kind is bool:
        return "true" if value else "false"
    elif kind is int:
        return str(value)
    elif isinstance(value, Enum):
        return _scalar(operation, name, value.value)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidRequestError(f"{operation}: {name} must be a finite number")
        text = str(value) if not isinstance(value, str) else str.__str__(value)
    else:
        raise InvalidRequestError(
            f"{operation}: {name} must be a str or a number, not {type(value).__name__}"
        )
    if len(text) > MAX_VALUE:
        raise InvalidRequestError(f"{operation}: {name} is longer than {MAX_VALUE} characters")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidRequestError(
                f"{operation}: {name} is not valid text (a lone surrogate)"
            ) from None
    return text


def _check_header(operation: str, name: Any, value: Any) -> str:
    if (
        not isinstance(name, str)
        or not name
        or any(not ("!" <= c <= "~") or c == ":" for c in name)
    ):
        raise InvalidRequestError(f"{operation}: a header name must be a token (ASCII, no ':')")
    text = _scalar(operation, f"header {name}", value)
    if any(not (" " <= c <= "~") and c != "\t" for c in text):
        raise InvalidRequestError(
            f"{operation}: header {name} contains a line break, a control or a non-ASCII "
            "character: refused"
        )
    return text


_adapters: dict[Any, TypeAdapter[Any]] = {}
_ANY: TypeAdapter[Any] | None = None


def adapter(tp: Any) -> TypeAdapter[Any]:
    found = _adapters.get(tp)
    if found is None:
        found = _adapters[tp] = TypeAdapter(tp)
    return found


_shapes: dict[Any, bool] = {}


def _shaped(tp: Any) -> bool:
    """Whether a body type is, or holds, a request shape (`RequestModel`)."""
    args = get_args(tp)
    if not args:
        return isinstance(tp, type) and issubclass(tp, RequestModel)
    found = _shapes.get(tp)
    if found is None:  # a union, list or Annotated: its types (not Annotated's metadata)
        found = _shapes[tp] = any(_shaped(t) for t in args if isinstance(t, type) or get_args(t))
    return found


def _validation_summary(exc: ValidationError) -> str:
    """What is wrong, without the values (they may be secrets)."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False)[:8]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def checked_body(
    operation: str, body: Any, body_type: Any, mode: Literal["json", "python"] = "json"
) -> Any:
    """A request body checked against its type first (a model too: one made with
    model_construct() was never validated), as plain data (`mode="python"` keeps bytes)."""
    problem = ""
    if isinstance(body, BaseModel) and not isinstance(body, RequestModel) and _shaped(body_type):
        # a response model sent back: as its wire fields, which the request shape takes
        body = body.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    if isinstance(body, BaseModel):
        if (
            isinstance(body_type, type)
            and issubclass(body_type, BaseModel)
            and not isinstance(body, body_type)
        ):
            raise InvalidRequestError(
                f"{operation}: body must be a {body_type.__name__} or a dict, "
                f"not a {type(body).__name__}"
            )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a constructed model's bad values, reported below
            data: Any = body.model_dump(mode=mode, by_alias=True, exclude_unset=True)
        try:
            type(body).model_validate(data)
        except ValidationError as exc:
            problem = _validation_summary(exc)
    else:
        try:
            value = adapter(body_type).validate_python(body)
        except ValidationError as exc:
            problem = _validation_summary(exc)
        else:
            data = adapter(body_type).dump_python(
                value, mode=mode, by_alias=True, exclude_unset=True
            )
    if problem:
        raise InvalidRequestError(f"{operation}: invalid request body: {problem}")
    return data


def serialize_body(operation: str, body: Any, body_type: Any) -> bytes:
    """The JSON bytes of a request body, checked against its type first."""
    return json.dumps(checked_body(operation, body, body_type)).encode("utf-8")


def _check_types(
    operation: str,
    types: dict[str, tuple[str, Any]],
    path: dict[str, Any],
    query: list[tuple[str, Any]],
) -> None:
    """Path and query values against their declared types (text of a number is accepted for a
    number, as the reference's examples write them; a bool only for a bool)."""
    for wire, value in [*path.items(), *query]:
        declared = types.get(wire)
        if isinstance(value, _encoding.Styled):  # a value with its spec's style: check the value
            value = value.value
        if declared is None or value is None:
            continue
        name, tp = declared
        reason = ""
        try:
            checked = adapter(tp).validate_python(value)
        except ValidationError as exc:
            reason = exc.errors(include_url=False, include_input=False)[0]["msg"]
        else:
            if isinstance(value, bool) and not isinstance(checked, bool):
                reason = "a bool is not a number"
        if reason:
            raise InvalidRequestError(
                f"{operation}: argument {name} ({type(value).__name__}) does not match its "
                f"type: {reason}"
            )


@functools.lru_cache(maxsize=256)
def _template(template: str) -> list[tuple[str, str]]:
    """A path template as (literal part, the name of the parameter after it) pairs, the last
    name empty."""
    split = re.split(r"\{([^{}]+)\}", template) + [""]
    return list(zip(split[::2], split[1::2]))


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
    body_required: bool = False,
    idempotent: bool | None = None,
    types: dict[str, tuple[str, Any]] | None = None,
    options: RequestOptions,
) -> PreparedRequest:
    """Check the arguments and build the request: nothing is sent on a problem.

    `types` gives, by wire name, the argument's name and declared type of the path and query
    arguments that are not plain strings: their values are checked against it."""
    if types:
        _check_types(operation, types, path, query)

    parts = []
    for literal, part in _template(template):
        parts.append(literal)
        if not part:
            break
        value = path.get(part)
        if value is None or value == "":
            raise InvalidRequestError(f"{operation}: path parameter {part} is empty")
        parts.append(
            _encoding.path_segment(part, value)
            if _encoding.is_structured(value)
            else _encode_segment(operation, part, value)
        )
    url_path = "".join(parts)
    sent_query: list[tuple[str, Any]] = []
    extra_query = options.extra_query
    for key, value in [*query, *extra_query.items()] if extra_query else query:
        if value is None:
            continue
        if _encoding.is_structured(value) and not isinstance(value, (list, tuple)):
            sent_query += _encoding.query_pairs(key, value)
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        sent_query.append((key, [_scalar(operation, key, v) for v in values]))
    # The vendor's SDK sends a Content-Type on every call, GET included (and signs it).
    sent_headers = {"Content-Type": content_type or "application/json"}
    content: bytes | None = None
    extra_body = options.extra_body
    if body is None and body_required:
        raise InvalidRequestError(f"{operation}: body is required (got None)")
    if body is not None and not _encoding.is_json(content_type):  # form, multipart, raw
        data = checked_body(operation, body, body_type, mode="python")
        raw, sent_headers["Content-Type"] = _encoding.encode_body(data, content_type)
        content = Body(raw)
    elif body is not None or extra_body:
        data = checked_body(operation, body, body_type) if body is not None else {}
        if extra_body:
            if not isinstance(data, dict):
                raise InvalidRequestError(f"{operation}: extra_body needs a JSON object body")
            data = {**data, **extra_body}
        try:
            content = Body(json.dumps(data, allow_nan=False).encode("utf-8"))
        except (TypeError, ValueError) as exc:
            problem = str(exc)[:100]
        else:
            problem = ""
        if problem:
            raise InvalidRequestError(f"{operation}: the body is not JSON: {problem}")
    for name, value in (
        [*headers, *options.headers.items(), *options.extra_headers.items()]
        if options.headers or options.extra_headers
        else headers
    ):
        if value is not None:
            if _encoding.is_structured(value):
                value = _encoding.header_value(value)
            sent_headers[name] = _check_header(operation, name, value)
    if cookies:
        cookie = _encoding.cookie_header(cookies)
        if cookie:
            sent_headers["Cookie"] = _check_header(operation, "Cookie", cookie)
    if settings.credentials is None and getattr(_spec, "AUTH_REQUIRED", True):
        raise ConfigurationError("no credentials: pass DataArts(credentials=...)")
    scheme, host, base_path = settings.origin(service)
    url_path = base_path + url_path
    return PreparedRequest.made(
        operation,
        method,
        scheme,
        host,
        url_path,
        sent_query,
        sent_headers,
        content,
        method in IDEMPOTENT if idempotent is None else idempotent,
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
    found: list[str] = []
    context = {RECEIVED: found}
    try:
        strict = _strict(response_type)
        if strict is not None:
            try:
                return strict.validate_json(content)  # nothing kept as it came: nothing to note
            except ValidationError:
                pass  # parsed again below: what breaks a constraint is kept and noted, or fails
        if isinstance(response_type, type) and issubclass(response_type, BaseModel):
            return _noted(response_type.model_validate_json(content, context=context), found)
        return _noted(
            adapter(response_type).validate_json(content, context=context), found, content
        )
    except RecursionError:
        raise ResponseValidationError(operation, "the body is nested too deep", response) from None
    except ValidationError as exc:
        data = _json_or_none(content)
        if data is None:
            reason = "the body is empty" if not content else "the body is not valid JSON"
            raise ResponseValidationError(operation, reason, response) from None
        if settings.lenient:
            if isinstance(response_type, type) and issubclass(response_type, BaseModel):
                if isinstance(data, dict):
                    return _noted(_lenient(response_type, data, exc, context), found)
            return data
        raise ResponseValidationError(operation, _validation_summary(exc), response) from None
    finally:
        if pause_gc:
            gc.enable()
            gc.collect(0)


def _strict(response_type: Any) -> Any:
    """The strict validator of a response type (`_models.strict_validator`), or None."""
    if response_type in _STRICT_FOR:
        return _STRICT_FOR[response_type]
    if isinstance(response_type, type) and issubclass(response_type, BaseModel):
        if not response_type.__pydantic_complete__:
            response_type.model_rebuild()
        schema = response_type.__pydantic_core_schema__
    else:
        schema = adapter(response_type).core_schema
    found = _STRICT_FOR[response_type] = strict_validator(schema)
    return found


_STRICT_FOR: dict[Any, Any] = {}


def _noted(value: Any, found: list[str], content: bytes = b"") -> Any:
    """`value`, with what did not validate recorded on it when it is a model; on each model
    of it when it is a list (those items parsed again, each on its own: only when something
    did not validate)."""
    if found and isinstance(value, Model):
        noted(value, found)
    elif found and isinstance(value, list) and content:
        data = _json_or_none(content)
        for item, raw in zip(value, data if isinstance(data, list) else []):
            if isinstance(item, Model):
                mine: list[str] = []
                type(item).model_validate(raw, context={RECEIVED: mine})
                noted(item, mine)
    return value


def _lenient(
    model: type[BaseModel], data: dict[str, Any], exc: ValidationError, context: dict[str, Any]
) -> Any:
    """The fields that validate, parsed; the ones that do not, kept as they came (as unknown
    fields, under their wire names)."""
    bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
    context[RECEIVED].clear()  # what the failed parse noted, noted again by the one below
    context[RECEIVED].extend(
        f"{where}: {msg}"
        for where, msg in (
            (".".join(str(p) for p in e["loc"]), e["msg"])
            for e in exc.errors(include_input=False, include_url=False)
        )
    )
    try:
        parsed = model.model_validate(
            {k: v for k, v in data.items() if k not in bad}, context=context
        )
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
