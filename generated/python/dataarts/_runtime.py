"""The client's runtime: models' base, credentials, errors, request building, retries, paging.

Copied verbatim into the package by the generator; everything specific to the API (endpoints,
error fields, error codes, settings, the token request) comes from the generated `_spec`.
The sync and async clients share everything but the sending.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any, ClassVar, Generic, ParamSpec, TypeVar, cast
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from . import _spec
from .signing import canonical_query, sign

T = TypeVar("T")
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
HOST_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
MAX_RETRY_AFTER = 60.0
LARGE_BODY = 64 * 1024
# Sent unsigned with every call, as an HTTP client library does (compressed answers welcome).
TRANSPORT_HEADERS = {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}


class Model(BaseModel):
    """Base of every generated model: fields by Python name or wire alias, unknown fields kept.

    Validators are built on first use, so importing the models costs little.
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)
    _secret_pair: ClassVar[tuple[str, str] | None] = None

    def __repr_args__(self) -> Any:
        """Like pydantic's, with secret values masked: the value of a name/value input whose
        name is a secret, and secret keys of dict fields and unknown fields."""
        pair = self._secret_pair
        masked_value = pair is not None and str(getattr(self, pair[0], "")) in _spec.SECRET_NAMES
        for key, value in super().__repr_args__():
            if masked_value and pair is not None and key == pair[1]:
                yield key, "***"
            elif key in _spec.SECRET_NAMES:
                yield key, "***"
            elif isinstance(value, dict):
                yield key, {k: "***" if k in _spec.SECRET_NAMES else v for k, v in value.items()}
            else:
                yield key, value

    def to_wire(self) -> dict[str, Any]:
        """The model as the API expects it: wire names, only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


# -- errors --------------------------------------------------------------------------------
class DataArtsError(Exception):
    """Base of every error this package raises."""


class ConfigurationError(DataArtsError, ValueError):
    """The client is missing a setting (region, credentials, a setting of the spec...)."""


class InvalidRequestError(DataArtsError, ValueError):
    """An argument was refused before anything was sent."""


class TransportError(DataArtsError):
    """The request could not be sent or its response not received in full."""


class RequestTimeout(TransportError):
    """The server did not answer in time."""


class ResponseValidationError(DataArtsError):
    """A response did not match its schema."""

    def __init__(self, operation: str, errors: str, response: httpx.Response) -> None:
        super().__init__(f"{operation}: the response does not match its schema: {errors}")
        self.operation = operation
        self.response = response


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

    def __init__(self, operation: str, response: httpx.Response) -> None:
        self.operation = operation
        self.response = response
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
        cls = ServerError if response.status_code >= 500 else ApiError
    return cls(operation, response)


def lookup_error_code(code: str | None) -> ErrorCodeInfo | None:
    """The reference's entry for an error code, also when spelled without its dot."""
    if not code:
        return None
    entry = _spec.ERROR_CODES.get(code)
    if entry is None:
        entry = _spec.ERROR_CODES.get(_spec.UNDOTTED_CODES.get(code.replace(".", "").upper(), ""))
    return ErrorCodeInfo(**entry) if entry else None


def _first(fields: dict[str, Any], names: list[str]) -> str | None:
    for name in names:
        if fields.get(name) not in (None, ""):
            return str(fields[name])
    return None


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


# -- requests ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides of the client's settings."""

    timeout: float | None = None
    max_retries: int | None = None
    retry_non_idempotent: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    raw: bool = False


DEFAULT_OPTIONS = RequestOptions()


@dataclass(frozen=True)
class PreparedRequest:
    """A request ready to authenticate and send."""

    operation: str
    method: str
    scheme: str
    host: str
    path: str
    query: list[tuple[str, Any]]
    headers: dict[str, str]
    content: bytes | None

    @property
    def url(self) -> str:
        query = canonical_query(self.query)
        return f"{self.scheme}://{self.host}{self.path}" + (f"?{query}" if query else "")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A call's parsed result next to its raw response (RequestOptions(raw=True))."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    content: bytes


# -- credentials -------------------------------------------------------------------------------
class Credentials:
    """How requests are authenticated. Secrets never appear in repr() or messages."""

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        raise NotImplementedError

    async def apply_async(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        return self.apply(request, settings)


class TokenCredentials(Credentials):
    """An IAM user token, sent as the token header (X-Auth-Token)."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigurationError("the token is empty")
        self._token = token

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        return replace(request, headers={**request.headers, _spec.TOKEN_HEADER: self._token})

    def __repr__(self) -> str:
        return "TokenCredentials(token=***)"


class AkSkCredentials(Credentials):
    """An access key and secret key, signing every request (SDK-HMAC-SHA256)."""

    def __init__(self, ak: str, sk: str, security_token: str | None = None) -> None:
        if not ak or not sk:
            raise ConfigurationError("both an access key (ak) and a secret key (sk) are needed")
        self.ak = ak
        self._sk = sk
        self._security_token = security_token

    @classmethod
    def from_env(cls) -> AkSkCredentials:
        """From CLOUD_SDK_AK and CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN, if set)."""
        ak, sk = os.environ.get("CLOUD_SDK_AK"), os.environ.get("CLOUD_SDK_SK")
        if not ak or not sk:
            raise ConfigurationError("CLOUD_SDK_AK and CLOUD_SDK_SK must both be set")
        return cls(ak, sk, os.environ.get("CLOUD_SDK_SECURITY_TOKEN") or None)

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        headers = dict(request.headers)
        if self._security_token:
            headers[_spec.SECURITY_TOKEN_HEADER] = self._security_token
        project = settings.value(_spec.PROJECT_SETTING)
        if _spec.PROJECT_HEADER and project:
            headers.setdefault(_spec.PROJECT_HEADER, project)
        signed = sign(
            request.method,
            request.host,
            request.path,
            request.query,
            headers,
            request.content,
            ak=self.ak,
            sk=self._sk,
        )
        return replace(request, headers=signed)

    def __repr__(self) -> str:
        return f"AkSkCredentials(ak={self.ak!r}, sk=***)"


class PasswordCredentials(Credentials):
    """An IAM user name and password: a project-scoped token is obtained from IAM (reference
    3.2), cached, and obtained again shortly before it expires."""

    def __init__(
        self,
        username: str,
        password: str,
        domain: str,
        *,
        iam_endpoint: str | None = None,
        refresh_margin: float = 600.0,
    ) -> None:
        if not username or not password or not domain:
            raise ConfigurationError("username, password and domain are all needed")
        self.username, self.domain = username, domain
        self._password = password
        self.iam_endpoint = iam_endpoint
        self.refresh_margin = refresh_margin
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return (
            f"PasswordCredentials(username={self.username!r}, domain={self.domain!r}, password=***)"
        )

    def _fresh(self) -> str | None:
        if self._token and time.time() < self._expires - self.refresh_margin:
            return self._token
        return None

    def _token_request(self, settings: Settings) -> tuple[str, bytes]:
        spec = _spec.TOKEN_REQUEST
        url = self.iam_endpoint or spec["url"]
        if "{region}" in url:
            if not settings.region:
                raise ConfigurationError("no region to find IAM: pass region or iam_endpoint")
            url = url.replace("{region}", settings.region)
        values = {"{username}": self.username, "{password}": self._password, "{domain}": self.domain}
        values.update({f"{{{k}}}": v for k, v in settings.values.items() if v is not None})

        def fill(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: fill(v) for k, v in node.items()}
            if isinstance(node, list):
                return [fill(v) for v in node]
            if isinstance(node, str) and re.fullmatch(r"\{[^{}]+\}", node):
                if node not in values:
                    raise ConfigurationError(f"a token needs the setting {node[1:-1]}")
                return values[node]
            return node

        return url, json.dumps(fill(spec["body"])).encode()

    def _accept(self, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise error_for("ObtainToken", response)
        token: str | None = response.headers.get(str(_spec.TOKEN_REQUEST["token-header"]))
        if not token:
            raise TransportError("ObtainToken: IAM answered without a token header")
        lifetime = float(_spec.TOKEN_REQUEST.get("lifetime-seconds", 3600))
        expires = time.time() + lifetime
        pointer = _spec.TOKEN_REQUEST.get("expires-pointer", "")
        node: Any = _json_or_none(response.content)
        for part in pointer.strip("/").split("/") if pointer else []:
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            try:
                from datetime import datetime

                expires = datetime.fromisoformat(node.replace("Z", "+00:00")).timestamp()
            except ValueError:
                pass
        self._token, self._expires = token, expires
        return token

    def token(self, settings: Settings, http: httpx.Client) -> str:
        with self._lock:
            fresh = self._fresh()
            if fresh:
                return fresh
            url, body = self._token_request(settings)
            try:
                response = http.post(
                    url, content=body, headers={"Content-Type": "application/json"}
                )
            except httpx.HTTPError as exc:
                raise TransportError(f"ObtainToken: {type(exc).__name__}") from None
            return self._accept(response)

    async def token_async(self, settings: Settings, http: httpx.AsyncClient) -> str:
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            fresh = self._fresh()
            if fresh:
                return fresh
            url, body = self._token_request(settings)
            try:
                response = await http.post(
                    url, content=body, headers={"Content-Type": "application/json"}
                )
            except httpx.HTTPError as exc:
                raise TransportError(f"ObtainToken: {type(exc).__name__}") from None
            return self._accept(response)

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        if settings.http is None:
            raise ConfigurationError("PasswordCredentials need the client's connection")
        token = self.token(settings, settings.http)
        return replace(request, headers={**request.headers, _spec.TOKEN_HEADER: token})

    async def apply_async(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        if settings.async_http is None:
            raise ConfigurationError("PasswordCredentials need the client's connection")
        token = await self.token_async(settings, settings.async_http)
        return replace(request, headers={**request.headers, _spec.TOKEN_HEADER: token})


# -- settings and the shared core ----------------------------------------------------------
@dataclass
class Settings:
    """What a client was configured with (see DataArts)."""

    region: str | None = None
    values: dict[str, str | None] = field(default_factory=dict)  # the spec's client settings
    credentials: Credentials | None = None
    endpoints: dict[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    max_retries: int = 2
    backoff: float = 0.5
    lenient: bool = False
    http: httpx.Client | None = field(default=None, repr=False)
    async_http: httpx.AsyncClient | None = field(default=None, repr=False)
    _endpoints: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)

    def value(self, name: str) -> str | None:
        v = self.values.get(name)
        return None if v is None else str(v)

    def setting(self, name: str, required: bool = False) -> str | None:
        value = self.value(name)
        if value is None and required:
            raise ConfigurationError(f"{name} is not set: pass DataArts({name}=...)")
        return value

    def endpoint(self, service: str) -> tuple[str, str]:
        """(scheme, host) of a service, from an explicit endpoint or the region."""
        known = self._endpoints.get(service)
        if known is None:
            known = self._endpoints[service] = self._endpoint(service)
        return known

    def _endpoint(self, service: str) -> tuple[str, str]:
        url = self.endpoints.get(service)
        if url is None:
            if not self.region:
                raise ConfigurationError(
                    f"no region set and no endpoint given for {service!r}: "
                    f"pass region=... or endpoints={{{service!r}: 'https://...'}}"
                )
            if not HOST_LABEL.match(self.region):
                raise ConfigurationError(f"region {self.region!r} is not a valid region id")
            url = _spec.SERVICES[service]["url"].replace("{region}", self.region)
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(f"endpoint {url!r} is not an http(s) URL")
        return parsed.scheme, parsed.netloc.decode("ascii")


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
    if isinstance(body, BaseModel):
        data: Any = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    else:
        try:
            value = adapter(body_type).validate_python(body)
        except ValidationError as exc:
            raise InvalidRequestError(
                f"{operation}: invalid request body: {_validation_summary(exc)}"
            ) from None
        data = adapter(body_type).dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    return json.dumps(data).encode("utf-8")


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
        parts.append(_encode_segment(value))
    url_path = "".join(parts)
    sent_query: list[tuple[str, Any]] = []
    for key, value in query:
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        sent_query.append((key, [_scalar(v) for v in values]))
    # The vendor's SDK sends a Content-Type on every call, GET included (and signs it).
    sent_headers = {"Content-Type": content_type or "application/json"}
    content: bytes | None = None
    if body is not None:
        content = serialize_body(operation, body, body_type)
    for name, value in [*headers, *options.headers.items()]:
        if value is not None:
            sent_headers[name] = _check_header(name, _scalar(value))
    if settings.credentials is None:
        raise ConfigurationError("no credentials: pass DataArts(credentials=...)")
    scheme, host = settings.endpoint(service)
    return PreparedRequest(
        operation, method, scheme, host, url_path, sent_query, sent_headers, content
    )


def retry_delay(settings: Settings, attempt: int, retry_after: str | None) -> float:
    """Seconds before retry `attempt`: Retry-After when the server says, else exponential
    backoff with jitter."""
    if retry_after:
        try:
            return min(MAX_RETRY_AFTER, max(0.0, float(retry_after)))
        except ValueError:
            try:
                when = parsedate_to_datetime(retry_after).timestamp()
                return min(MAX_RETRY_AFTER, max(0.0, when - time.time()))
            except (TypeError, ValueError):
                pass
    base: float = settings.backoff * (2 ** (attempt - 1))
    return base / 2 + random.uniform(0, base / 2)


def parse(settings: Settings, operation: str, response: httpx.Response, response_type: Any) -> Any:
    """The response body as `response_type`; unknown fields are kept on the models."""
    if response_type is None:
        return None
    content = response.content
    # A large body becomes many objects at once: the cyclic GC would run over and over while
    # they are made (none of them is garbage yet), so it waits until they are all made.
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


class _Attempts:
    """The retry policy of one call."""

    def __init__(self, settings: Settings, request: PreparedRequest, opts: RequestOptions) -> None:
        self.settings = settings
        self.retries = settings.max_retries if opts.max_retries is None else opts.max_retries
        self.may_retry = request.method in IDEMPOTENT or opts.retry_non_idempotent
        self.timeout = opts.timeout if opts.timeout is not None else settings.timeout
        self.attempt = 0

    def again(self) -> bool:
        if self.may_retry and self.attempt < self.retries:
            self.attempt += 1
            return True
        return False

    def failure(self, operation: str, exc: httpx.HTTPError) -> DataArtsError:
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeout(f"{operation}: no answer within {self.timeout}s")
        return TransportError(f"{operation}: {type(exc).__name__}: {exc}")


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


# -- sync ----------------------------------------------------------------------------------
class Core:
    """What the resources of one DataArts share: settings and the connection pool.

    Calls go straight to httpx's transport (the pool, keep-alive), without the Client layer's
    cookies, redirects and hooks, which this API does not use; a Client passed in is used as is.
    """

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.HTTPTransport | None = None
        if http is None:
            self.transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=20))
            http = httpx.Client(transport=self.transport, timeout=settings.timeout)
        self.http = http
        self.timeout = httpx.Timeout(settings.timeout).as_dict()
        settings.http = self.http
        self.settings = settings

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def _send_once(self, signed: PreparedRequest, timeout: Any, stream: bool) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers=signed.headers,
                content=signed.content,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
            return self.http.send(request, stream=stream)
        request = httpx.Request(
            signed.method,
            signed.url,
            headers={**TRANSPORT_HEADERS, **signed.headers},
            content=signed.content,
            extensions={
                "timeout": self.timeout if timeout is None else httpx.Timeout(timeout).as_dict()
            },
        )
        response = self.transport.handle_request(request)
        response.request = request
        if not stream:
            response.read()
        return response

    def send(
        self, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        settings = self.settings
        attempts = _Attempts(settings, request, opts)
        credentials = settings.credentials
        while True:
            signed = credentials.apply(request, settings) if credentials else request
            try:
                response = self._send_once(signed, opts.timeout, stream)
            except httpx.HTTPError as exc:
                if attempts.again():
                    time.sleep(retry_delay(settings, attempts.attempt, None))
                    continue
                raise attempts.failure(request.operation, exc) from None
            if response.status_code in RETRY_STATUS and attempts.again():
                delay = retry_delay(settings, attempts.attempt, response.headers.get("Retry-After"))
                response.close()
                time.sleep(delay)
                continue
            if response.status_code >= 400:
                if stream:
                    try:
                        response.read()
                    except httpx.HTTPError:
                        pass
                raise error_for(request.operation, response)
            return response


class _ResourceBase:
    """What the sync and async resources share: settings lookup and request preparation."""

    service: ClassVar[str]
    _core: Core | AsyncCore

    def _setting(self, name: str, required: bool = False) -> str | None:
        return self._core.settings.setting(name, required)

    def _prepare(
        self, operation: str, method: str, template: str, options: RequestOptions | None,
        request: dict[str, Any],
    ) -> tuple[PreparedRequest, RequestOptions]:
        opts = options or DEFAULT_OPTIONS
        prepared = prepare(
            self._core.settings, self.service, operation, method, template, options=opts, **request
        )
        return prepared, opts


class Resource(_ResourceBase):
    """Base of the generated resources (client.cdm.clusters, ...): one method per operation.

    `request` of `_call` is what `prepare` takes: path, query, headers, and for operations with
    a body, body, body_type and content_type.
    """

    def __init__(self, core: Core) -> None:
        self._core: Core = core

    def _call(
        self,
        operation: str,
        method: str,
        template: str,
        *,
        response_type: Any,
        stream: bool,
        options: RequestOptions | None,
        **request: Any,
    ) -> Any:
        prepared, opts = self._prepare(operation, method, template, options, request)
        if stream:
            return Download(self._core, prepared, opts)
        response = self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, response_type, opts)


class Download:
    """A binary response (an export): sent when read, streamed, never held whole in memory."""

    def __init__(self, core: Core, request: PreparedRequest, opts: RequestOptions) -> None:
        self._core, self._request, self._opts = core, request, opts

    def iter_bytes(self, chunk_size: int = 65536) -> Iterator[bytes]:
        """The body, chunk by chunk."""
        response = self._core.send(self._request, self._opts, stream=True)
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.HTTPError as exc:
            raise TransportError(
                f"{self._request.operation}: download interrupted: {exc}"
            ) from None
        finally:
            response.close()

    def save(self, target: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the body to a file path (atomically) or a binary file; returns its size."""
        written = 0
        if isinstance(target, (str, os.PathLike)):
            path = Path(target)
            tmp = path.with_name(path.name + ".part")
            try:
                with tmp.open("wb") as fh:
                    for chunk in self.iter_bytes():
                        written += fh.write(chunk)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            return written
        for chunk in self.iter_bytes():
            written += target.write(chunk)
        return written


class _Pager:
    """Where a paged list stands: (style, position arg, size arg, first page, items attribute,
    total attribute) of the spec's x-pagination."""

    def __init__(self, spec: tuple[str, str, str, int, str, str], page_size: int) -> None:
        self.style, self.position_arg, self.size_arg, first, self.items, self.total = spec
        self.position, self.seen, self.page_size = (
            (0 if self.style == "offset" else first),
            0,
            page_size,
        )
        self.done = False

    def args(self) -> dict[str, int]:
        return {self.position_arg: self.position, self.size_arg: self.page_size}

    def take(self, page: Any) -> list[Any]:
        """The page's items; afterwards `done` says whether another page is needed."""
        items = list(getattr(page, self.items, None) or [])
        self.seen += len(items)
        total = getattr(page, self.total, None) if self.total else None
        self.done = (
            len(items) < self.page_size
            or not items
            or (isinstance(total, int) and self.seen >= total)
        )
        self.position += len(items) if self.style == "offset" else 1
        return items


def paginate(
    fetch: Callable[..., Any],
    kwargs: dict[str, Any],
    spec: tuple[str, str, str, int, str, str],
    page_size: int,
) -> Iterator[Any]:
    """Every item of a paged list operation, fetching pages as needed."""
    pager = _Pager(spec, page_size)
    while True:
        yield from pager.take(fetch(**kwargs, **pager.args()))
        if pager.done:
            return


# -- async ---------------------------------------------------------------------------------
class AsyncCore:
    """The async twin of Core, over httpx's async transport (or an AsyncClient passed in)."""

    def __init__(self, settings: Settings, http: httpx.AsyncClient | None = None) -> None:
        self._owns_http = http is None
        self.transport: httpx.AsyncHTTPTransport | None = None
        if http is None:
            self.transport = httpx.AsyncHTTPTransport(
                limits=httpx.Limits(max_keepalive_connections=20)
            )
            http = httpx.AsyncClient(transport=self.transport, timeout=settings.timeout)
        self.http = http
        self.timeout = httpx.Timeout(settings.timeout).as_dict()
        settings.async_http = self.http
        self.settings = settings

    async def close(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def _send_once(
        self, signed: PreparedRequest, timeout: Any, stream: bool
    ) -> httpx.Response:
        if self.transport is None:
            request = self.http.build_request(
                signed.method,
                signed.url,
                headers=signed.headers,
                content=signed.content,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            )
            return await self.http.send(request, stream=stream)
        request = httpx.Request(
            signed.method,
            signed.url,
            headers={**TRANSPORT_HEADERS, **signed.headers},
            content=signed.content,
            extensions={
                "timeout": self.timeout if timeout is None else httpx.Timeout(timeout).as_dict()
            },
        )
        response = await self.transport.handle_async_request(request)
        response.request = request
        if not stream:
            await response.aread()
        return response

    async def send(
        self, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        settings = self.settings
        attempts = _Attempts(settings, request, opts)
        credentials = settings.credentials
        while True:
            signed = await credentials.apply_async(request, settings) if credentials else request
            try:
                response = await self._send_once(signed, opts.timeout, stream)
            except httpx.HTTPError as exc:
                if attempts.again():
                    await asyncio.sleep(retry_delay(settings, attempts.attempt, None))
                    continue
                raise attempts.failure(request.operation, exc) from None
            if response.status_code in RETRY_STATUS and attempts.again():
                delay = retry_delay(settings, attempts.attempt, response.headers.get("Retry-After"))
                await response.aclose()
                await asyncio.sleep(delay)
                continue
            if response.status_code >= 400:
                if stream:
                    try:
                        await response.aread()
                    except httpx.HTTPError:
                        pass
                raise error_for(request.operation, response)
            return response


class AsyncResource(_ResourceBase):
    """Base of the generated async resources."""

    def __init__(self, core: AsyncCore) -> None:
        self._core: AsyncCore = core

    async def _call(
        self,
        operation: str,
        method: str,
        template: str,
        *,
        response_type: Any,
        stream: bool,
        options: RequestOptions | None,
        **request: Any,
    ) -> Any:
        prepared, opts = self._prepare(operation, method, template, options, request)
        if stream:
            return AsyncDownload(self._core, prepared, opts)
        response = await self._core.send(prepared, opts, stream=False)
        return _result(self._core.settings, prepared, response, response_type, opts)


class AsyncDownload:
    """The async twin of Download."""

    def __init__(self, core: AsyncCore, request: PreparedRequest, opts: RequestOptions) -> None:
        self._core, self._request, self._opts = core, request, opts

    async def iter_bytes(self, chunk_size: int = 65536) -> AsyncIterator[bytes]:
        response = await self._core.send(self._request, self._opts, stream=True)
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as exc:
            raise TransportError(
                f"{self._request.operation}: download interrupted: {exc}"
            ) from None
        finally:
            await response.aclose()

    async def save(self, target: str | os.PathLike[str]) -> int:
        path = Path(target)
        tmp = path.with_name(path.name + ".part")
        written = 0
        try:
            with tmp.open("wb") as fh:
                async for chunk in self.iter_bytes():
                    written += fh.write(chunk)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return written


async def apaginate(
    fetch: Callable[..., Awaitable[Any]],
    kwargs: dict[str, Any],
    spec: tuple[str, str, str, int, str, str],
    page_size: int,
) -> AsyncIterator[Any]:
    """The async twin of paginate."""
    pager = _Pager(spec, page_size)
    while True:
        for item in pager.take(await fetch(**kwargs, **pager.args())):
            yield item
        if pager.done:
            return


# -- raw responses -------------------------------------------------------------------------
P = ParamSpec("P")


def with_raw_response(method: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
    """Call `method` (any operation) and return its raw response next to the parsed result:
    ``r = with_raw_response(client.cdm.clusters.show, cluster_id)``; r.status_code, r.headers,
    r.content, r.parsed."""
    options = kwargs.get("options")
    kwargs["options"] = replace(
        options if isinstance(options, RequestOptions) else RequestOptions(), raw=True
    )
    return cast(ApiResponse[T], method(*args, **kwargs))


async def with_raw_response_async(
    method: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> ApiResponse[T]:
    """The async twin of with_raw_response."""
    options = kwargs.get("options")
    kwargs["options"] = replace(
        options if isinstance(options, RequestOptions) else RequestOptions(), raw=True
    )
    return cast(ApiResponse[T], await method(*args, **kwargs))
