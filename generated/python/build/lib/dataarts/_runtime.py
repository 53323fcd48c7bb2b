"""The client's runtime: models' base, credentials, errors, request building, retries.

Copied verbatim into the package by the generator; everything specific to the API (endpoints,
error fields, error codes, settings) comes from the generated `_spec` module.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any, ClassVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from . import _spec
from .signing import canonical_query, sign

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
HOST_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")


class Model(BaseModel):
    """Base of every generated model: fields by Python name or wire alias, unknown fields kept."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    def to_wire(self) -> dict[str, Any]:
        """The model as the API expects it: wire names, only the fields that were set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


# -- errors --------------------------------------------------------------------------------
class DataArtsError(Exception):
    """Base of every error this package raises."""


class ConfigurationError(DataArtsError, ValueError):
    """The client is missing a setting (region, project_id, credentials...)."""


class InvalidRequestError(DataArtsError, ValueError):
    """An argument was refused before anything was sent."""


class TransportError(DataArtsError):
    """The request could not be sent or its response not received."""


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
    entry = _spec.ERROR_CODES.get(code) or _spec.ERROR_CODES.get(_undotted(code))
    return ErrorCodeInfo(**entry) if entry else None


def _undotted(code: str) -> str:
    return _spec.UNDOTTED_CODES.get(code.replace(".", "").upper(), code)


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


# -- credentials -------------------------------------------------------------------------------
class Credentials:
    """How requests are authenticated."""

    def apply(self, request: PreparedRequest) -> PreparedRequest:
        raise NotImplementedError


class TokenCredentials(Credentials):
    """An IAM user token, sent as the X-Auth-Token header."""

    def __init__(self, token: str) -> None:
        self._token = token

    def apply(self, request: PreparedRequest) -> PreparedRequest:
        headers = dict(request.headers)
        headers[_spec.TOKEN_HEADER] = self._token
        return replace(request, headers=headers)

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

    def apply(self, request: PreparedRequest) -> PreparedRequest:
        headers = dict(request.headers)
        if self._security_token:
            headers["X-Security-Token"] = self._security_token
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


# -- requests --------------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides of the client's settings."""

    timeout: float | None = None
    max_retries: int | None = None
    retry_non_idempotent: bool = False
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PreparedRequest:
    """A request ready to sign and send."""

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


@dataclass
class Settings:
    """What the client was configured with (see DataArts)."""

    region: str | None = None
    project_id: str | None = None
    workspace: str | None = None
    language: str | None = None
    credentials: Credentials | None = None
    endpoints: dict[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    max_retries: int = 2
    backoff: float = 0.5
    lenient: bool = False

    def value(self, name: str) -> str | None:
        v = getattr(self, name, None)
        return None if v is None else str(v)


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


def adapter(tp: Any) -> TypeAdapter[Any]:
    if tp not in _adapters:
        _adapters[tp] = TypeAdapter(tp)
    return _adapters[tp]


def serialize_body(operation: str, body: Any, body_type: Any) -> bytes:
    """The JSON bytes of a request body, checked against its type first."""
    if isinstance(body, BaseModel):
        value: Any = body
    else:
        try:
            value = adapter(body_type).validate_python(body)
        except ValidationError as exc:
            raise InvalidRequestError(f"{operation}: invalid request body: {exc}") from None
    data = adapter(Any).dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    return json.dumps(data).encode("utf-8")


class Core:
    """Shared by the service clients of one DataArts: settings and the HTTP connection pool."""

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self.settings = settings
        self.http = http or httpx.Client(timeout=settings.timeout)
        self._owns_http = http is None

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def endpoint(self, service: str) -> tuple[str, str]:
        """(scheme, host) of a service, from an explicit endpoint or the region."""
        url = self.settings.endpoints.get(service)
        if url is None:
            region = self.settings.region
            if not region:
                raise ConfigurationError(
                    f"no region set and no endpoint given for {service!r}: "
                    f"pass DataArts(region=...) or endpoints={{{service!r}: 'https://...'}}"
                )
            if not HOST_LABEL.match(region):
                raise ConfigurationError(f"region {region!r} is not a valid region id")
            url = _spec.SERVICES[service]["url"].replace("{region}", region)
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(f"endpoint {url!r} is not an http(s) URL")
        host = parsed.host + (f":{parsed.port}" if parsed.port else "")
        return parsed.scheme, host


class ServiceClient:
    """Base of the generated service clients (one method per operation)."""

    service: ClassVar[str]

    def __init__(self, core: Core) -> None:
        self._core = core

    def _setting(self, name: str, required: bool = False) -> str | None:
        value = self._core.settings.value(name)
        if value is None and required:
            value = _spec.SETTING_DEFAULTS.get(name)
        if value is None and required:
            raise ConfigurationError(f"{name} is not set: pass DataArts({name}=...)")
        return value

    def _prepare(
        self,
        operation: str,
        method: str,
        template: str,
        path: dict[str, Any],
        query: list[tuple[str, Any]],
        headers: list[tuple[str, Any]],
        body: Any,
        body_type: Any,
        content_type: str,
        options: RequestOptions,
    ) -> PreparedRequest:
        def fill(match: re.Match[str]) -> str:
            value = path.get(match.group(1))
            if value is None or value == "":
                raise InvalidRequestError(f"{operation}: path parameter {match.group(1)} is empty")
            return _encode_segment(value)

        url_path = re.sub(r"\{([^{}]+)\}", fill, template)
        sent_query: list[tuple[str, Any]] = []
        for key, value in query:
            if value is None:
                continue
            values = value if isinstance(value, list) else [value]
            sent_query.append((key, [_scalar(v) for v in values]))
        sent_headers: dict[str, str] = {}
        content: bytes | None = None
        if body is not None:
            content = serialize_body(operation, body, body_type)
            sent_headers["Content-Type"] = content_type or "application/json"
        elif method in ("POST", "PUT", "PATCH"):
            sent_headers["Content-Type"] = "application/json"
        for name, value in [*headers, *options.headers.items()]:
            if value is not None:
                sent_headers[name] = _check_header(name, _scalar(value))
        if _spec.PROJECT_HEADER and self._core.settings.project_id:
            sent_headers.setdefault(_spec.PROJECT_HEADER, self._core.settings.project_id)
        scheme, host = self._core.endpoint(self.service)
        request = PreparedRequest(method, scheme, host, url_path, sent_query, sent_headers, content)
        credentials = self._core.settings.credentials
        if credentials is None:
            raise ConfigurationError("no credentials: pass DataArts(credentials=...)")
        return request

    def _call(
        self,
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
        response_type: Any,
        stream: bool,
        options: RequestOptions | None,
    ) -> Any:
        opts = options or RequestOptions()
        request = self._prepare(
            operation, method, template, path, query, headers, body, body_type, content_type, opts
        )
        if stream:
            return Download(self, operation, request, opts)
        response = self._send(operation, request, opts, stream=False)
        return self._parse(operation, response, response_type)

    def _send(
        self, operation: str, request: PreparedRequest, opts: RequestOptions, *, stream: bool
    ) -> httpx.Response:
        settings = self._core.settings
        retries = settings.max_retries if opts.max_retries is None else opts.max_retries
        may_retry = request.method in IDEMPOTENT or opts.retry_non_idempotent
        timeout = opts.timeout if opts.timeout is not None else settings.timeout
        attempt = 0
        while True:
            signed = settings.credentials.apply(request) if settings.credentials else request
            http_request = self._core.http.build_request(
                signed.method, signed.url, headers=signed.headers, content=signed.content,
                timeout=timeout,
            )
            try:
                response = self._core.http.send(http_request, stream=stream)
            except httpx.TimeoutException as exc:
                if may_retry and attempt < retries:
                    attempt += 1
                    time.sleep(self._delay(attempt, None))
                    continue
                raise RequestTimeout(f"{operation}: no answer within {timeout}s") from exc
            except httpx.TransportError as exc:
                if may_retry and attempt < retries:
                    attempt += 1
                    time.sleep(self._delay(attempt, None))
                    continue
                raise TransportError(f"{operation}: {type(exc).__name__}: {exc}") from exc
            if response.status_code in RETRY_STATUS and may_retry and attempt < retries:
                attempt += 1
                delay = self._delay(attempt, response.headers.get("Retry-After"))
                response.close()
                time.sleep(delay)
                continue
            if response.status_code >= 400:
                if stream:
                    response.read()
                raise error_for(operation, response)
            return response

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return max(0.0, float(retry_after))
            except ValueError:
                try:
                    return max(0.0, parsedate_to_datetime(retry_after).timestamp() - time.time())
                except (TypeError, ValueError):
                    pass
        base: float = self._core.settings.backoff * (2 ** (attempt - 1))
        return base / 2 + random.uniform(0, base / 2)

    def _parse(self, operation: str, response: httpx.Response, response_type: Any) -> Any:
        if response_type is None:
            return None
        content = response.content
        try:
            if isinstance(response_type, type) and issubclass(response_type, BaseModel):
                return response_type.model_validate_json(content)
            return adapter(response_type).validate_json(content)
        except ValidationError as exc:
            data = _json_or_none(content)
            if data is None and content:
                raise ResponseValidationError(operation, "the body is not valid JSON", response)
            if self._core.settings.lenient:
                if isinstance(response_type, type) and issubclass(response_type, BaseModel):
                    return response_type.model_construct(**data) if isinstance(data, dict) else data
                return data
            raise ResponseValidationError(operation, _describe(exc), response) from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


class Download:
    """A binary response (an export): sent when read, streamed, never held whole in memory."""

    def __init__(
        self, client: ServiceClient, operation: str, request: PreparedRequest, opts: RequestOptions
    ) -> None:
        self._client, self._operation, self._request, self._opts = client, operation, request, opts

    def iter_bytes(self, chunk_size: int = 65536) -> Iterator[bytes]:
        """The body, chunk by chunk."""
        response = self._client._send(self._operation, self._request, self._opts, stream=True)
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise TransportError(f"{self._operation}: download interrupted: {exc}") from exc
        finally:
            response.close()

    def save(self, target: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the body to a file path or a binary file object; returns the byte count."""
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
