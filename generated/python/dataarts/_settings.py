"""What a call is configured with and the shapes passed between its stages.

Settings (the client's configuration and each service's endpoint), RequestOptions (per-call
overrides), PreparedRequest (a request ready to authenticate and send), ApiResponse (a parsed
result beside its raw response) and Credentials, the interface of the auth layer (_auth.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from ._errors import ConfigurationError
from ._encoding import wire_query

T = TypeVar("T")


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides of the client's settings."""

    timeout: float | None = None
    max_retries: int | None = None
    retry_non_idempotent: bool = False  # also retry an operation the spec says is unsafe to repeat
    headers: dict[str, str] = field(default_factory=dict)
    raw: bool = False
    deadline: float | None = None  # seconds for the whole call, retries and waits included
    # Sent as well, for what the spec does not know (the service accepts more than documented).
    extra_query: dict[str, Any] = field(default_factory=dict)
    extra_headers: dict[str, str] = field(default_factory=dict)
    extra_body: dict[str, Any] = field(default_factory=dict)


DEFAULT_OPTIONS = RequestOptions()


@dataclass(frozen=True, repr=False)
class PreparedRequest:
    """A request ready to authenticate and send. Its repr() shows neither headers nor body
    (they carry the credentials and perhaps passwords)."""

    operation: str
    method: str
    scheme: str
    host: str
    path: str
    query: list[tuple[str, Any]]
    headers: dict[str, str]
    content: bytes | None
    idempotent: bool = True  # safe to send again (the spec's x-idempotent, else the method)

    def __repr__(self) -> str:
        return f"PreparedRequest({self.operation}: {self.method} {self.scheme}://{self.host}{self.path})"

    def __reduce__(self) -> Any:
        raise TypeError("a PreparedRequest holds credentials: it is not pickled")

    @classmethod
    def made(
        cls,
        operation: str,
        method: str,
        scheme: str,
        host: str,
        path: str,
        query: list[tuple[str, Any]],
        headers: dict[str, str],
        content: bytes | None,
        idempotent: bool,
    ) -> PreparedRequest:
        """PreparedRequest(...) without the frozen dataclass's __init__ (a setattr call per
        field: this runs on every call)."""
        made = object.__new__(cls)
        made.__dict__.update(
            operation=operation,
            method=method,
            scheme=scheme,
            host=host,
            path=path,
            query=query,
            headers=headers,
            content=content,
            idempotent=idempotent,
        )
        return made

    def with_headers(self, headers: dict[str, str]) -> PreparedRequest:
        """The same request with these headers (as dataclasses.replace, at a fraction of its
        cost: this runs on every call; the fields are copied as they are, checked already)."""
        copy = object.__new__(PreparedRequest)
        fields = copy.__dict__
        fields.update(self.__dict__)
        fields["headers"] = headers
        return copy

    @property
    def url(self) -> str:
        query = wire_query(self.query)
        return f"{self.scheme}://{self.host}{self.path}" + (f"?{query}" if query else "")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A call's parsed result next to its raw response (RequestOptions(raw=True))."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    content: bytes


class Credentials:
    """How requests are authenticated. Secrets never appear in repr() or messages."""

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """The request with its authentication added (headers, signature)."""
        raise NotImplementedError

    async def apply_async(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """`apply` for the async client (the same unless obtaining a token needs a call)."""
        return self.apply(request, settings)

    def rejected(self, request: PreparedRequest) -> bool:
        """The server answered 401 to `request`: True when new credentials may do better (a
        cached token is dropped), so the call is sent once more."""
        return False


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
    deadline: float | None = 300.0  # seconds for a whole call, retries and waits included
    max_response_size: int = 64 * 1024 * 1024  # bytes of a parsed body, received and inflated
    max_connections: int = 100  # open connections of the client's own pool
    trust_env: bool = True  # HTTP(S)_PROXY, ALL_PROXY and NO_PROXY from the environment
    http: httpx.Client | None = field(default=None, repr=False)
    async_http: httpx.AsyncClient | None = field(default=None, repr=False)
    _endpoints: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    _base_paths: dict[str, str] = field(default_factory=dict, repr=False)
    _origins: dict[str, tuple[str, str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        from ._secret import checked_setting

        for name, value in self.values.items():
            checked_setting(name, value)
        if self.region is not None:
            checked_setting("region", self.region)
        for name, number in (("timeout", self.timeout), ("deadline", self.deadline)):
            if number is not None and not (isinstance(number, (int, float)) and number > 0):
                raise ConfigurationError(f"{name} must be a positive number of seconds")
        for name, count in (
            ("max_response_size", self.max_response_size),
            ("max_connections", self.max_connections),
        ):
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                raise ConfigurationError(f"{name} must be a positive int")

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

    def origin(self, service: str) -> tuple[str, str, str]:
        """(scheme, host, base path) of a service: `endpoint` and `base_path` in one lookup."""
        known = self._origins.get(service)
        if known is None:
            scheme, host = self.endpoint(service)
            known = self._origins[service] = (scheme, host, self.base_path(service))
        return known

    def base_path(self, service: str) -> str:
        """The path of a service's server URL (`/api/v1`, or empty), before each operation's."""
        self.endpoint(service)
        return self._base_paths.get(service, "")

    def _endpoint(self, service: str) -> tuple[str, str]:
        from ._servers import service_url, split

        url = self.endpoints.get(service)
        scheme, host, self._base_paths[service] = split(url or service_url(service, self.region))
        return scheme, host
