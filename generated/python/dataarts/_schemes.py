"""The standard OpenAPI security schemes: API keys (header, query or cookie), HTTP basic and
bearer, and OAuth2 client credentials. Where a key goes (`in`, `name`) and the token URL come
from the spec's `securitySchemes` (`_spec.SECURITY_SCHEMES`); secrets never appear in repr()
or messages.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import httpx

from . import _spec
from ._errors import ConfigurationError, TransportError, _json_or_none, error_for
from ._settings import Credentials, PreparedRequest, Settings


def _scheme(kind: str, name: str | None) -> dict[str, Any]:
    schemes: dict[str, dict[str, Any]] = getattr(_spec, "SECURITY_SCHEMES", {})
    found = {k: v for k, v in schemes.items() if v.get("type") == kind and (not name or k == name)}
    if len(found) != 1:
        known = ", ".join(sorted(k for k, v in schemes.items() if v.get("type") == kind)) or "none"
        raise ConfigurationError(f"name the {kind} security scheme to use (scheme=...): {known}")
    return next(iter(found.values()))


def _with_header(request: PreparedRequest, name: str, value: str) -> PreparedRequest:
    return replace(request, headers={**request.headers, name: value})


def _with_cookie(request: PreparedRequest, name: str, value: str) -> PreparedRequest:
    cookie = f"{name}={quote(value, safe='')}"
    old = request.headers.get("Cookie")
    return _with_header(request, "Cookie", f"{old}; {cookie}" if old else cookie)


class ApiKeyCredentials(Credentials):
    """An API key, sent where the spec's apiKey scheme says (header, query or cookie)."""

    def __init__(self, key: str, scheme: str | None = None) -> None:
        if not key:
            raise ConfigurationError("the API key is empty")
        self._key = key
        self.scheme = scheme

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        spec = _scheme("apiKey", self.scheme)
        where, name = spec.get("in"), str(spec.get("name"))
        if where == "query":
            return replace(request, query=[*request.query, (name, [self._key])])
        if where == "cookie":
            return _with_cookie(request, name, self._key)
        return _with_header(request, name, self._key)

    def __repr__(self) -> str:
        return f"ApiKeyCredentials(key=***, scheme={self.scheme!r})"


class BasicCredentials(Credentials):
    """HTTP basic authentication: a user name and a password."""

    def __init__(self, username: str, password: str) -> None:
        if not username:
            raise ConfigurationError("the user name is empty")
        self.username = username
        self._password = password

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        pair = f"{self.username}:{self._password}".encode()
        return _with_header(request, "Authorization", "Basic " + base64.b64encode(pair).decode())

    def __repr__(self) -> str:
        return f"BasicCredentials(username={self.username!r}, password=***)"


class BearerCredentials(Credentials):
    """HTTP bearer authentication: a token sent as `Authorization: Bearer <token>`."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigurationError("the token is empty")
        self._token = token

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        return _with_header(request, "Authorization", f"Bearer {self._token}")

    def __repr__(self) -> str:
        return "BearerCredentials(token=***)"


class ClientCredentials(Credentials):
    """OAuth2 client credentials: a token from the scheme's tokenUrl (client id and secret
    sent with HTTP basic), cached and obtained again shortly before it expires."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: tuple[str, ...] = (),
        token_url: str | None = None,
        scheme: str | None = None,
        refresh_margin: float = 30.0,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("both a client id and a client secret are needed")
        self.client_id, self.scopes, self.scheme = client_id, scopes, scheme
        self._secret = client_secret
        self.token_url = token_url
        self.refresh_margin = refresh_margin
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret=***)"

    def _fresh(self) -> str | None:
        if self._token and time.time() < self._expires - self.refresh_margin:
            return self._token
        return None

    def _request(self) -> tuple[str, dict[str, str], bytes]:
        url = self.token_url or str(_scheme("oauth2", self.scheme).get("tokenUrl") or "")
        if not url:
            raise ConfigurationError("the OAuth2 scheme has no client-credentials tokenUrl")
        body = "grant_type=client_credentials"
        if self.scopes:
            body += "&scope=" + quote(" ".join(self.scopes), safe="")
        pair = f"{quote(self.client_id, safe='')}:{quote(self._secret, safe='')}".encode()
        headers = {
            "Authorization": "Basic " + base64.b64encode(pair).decode(),
            "Content-Type": "application/x-www-form-urlencoded",
        }
        return url, headers, body.encode()

    def _accept(self, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise error_for("ObtainToken", response)
        data = _json_or_none(response.content)
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise TransportError("ObtainToken: the token endpoint answered without access_token")
        lifetime = data.get("expires_in") if isinstance(data, dict) else None
        seconds = float(lifetime) if isinstance(lifetime, (int, float)) else 3600.0
        self._token, self._expires = token, time.time() + seconds
        return token

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        with self._lock:
            token = self._fresh()
            if token is None:
                url, headers, body = self._request()
                try:
                    if settings.http is not None:
                        response = settings.http.post(url, content=body, headers=headers)
                    else:
                        response = httpx.post(url, content=body, headers=headers)
                except httpx.HTTPError as exc:
                    raise TransportError(f"ObtainToken: {type(exc).__name__}") from None
                token = self._accept(response)
        return _with_header(request, "Authorization", f"Bearer {token}")

    async def apply_async(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            token = self._fresh()
            if token is None:
                url, headers, body = self._request()
                try:
                    if settings.async_http is not None:
                        response = await settings.async_http.post(
                            url, content=body, headers=headers
                        )
                    else:
                        async with httpx.AsyncClient() as http:
                            response = await http.post(url, content=body, headers=headers)
                except httpx.HTTPError as exc:
                    raise TransportError(f"ObtainToken: {type(exc).__name__}") from None
                token = self._accept(response)
        return _with_header(request, "Authorization", f"Bearer {token}")
