"""Authentication: an IAM token, AK/SK signing (SDK-HMAC-SHA256), or a token from IAM.

Header names and the token request come from the spec (`_spec`); secrets never appear in
repr() or messages.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from . import _spec
from ._errors import ConfigurationError, TransportError, _json_or_none, error_for
from ._settings import Credentials, PreparedRequest, Settings
from .signing import sign

if TYPE_CHECKING:
    import asyncio


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
            import asyncio  # only the async client needs it

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
