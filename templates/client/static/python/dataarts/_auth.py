"""Authentication: an IAM token, AK/SK signing (SDK-HMAC-SHA256), or a token from IAM.

Header names and the token request come from the spec (`_spec`); secrets never appear in
repr() or messages.
"""

from __future__ import annotations

import copy
import json
import os
import re
import threading
import time
from typing import TYPE_CHECKING, Any, cast

import httpx

from . import _spec
from ._errors import ConfigurationError, DataArtsError, TransportError, _json_or_none, error_for
from ._limits import Deadline, aread_limited, read_limited
from ._secret import Body, Secret, checked_secret, checked_secrets
from ._settings import Credentials, PreparedRequest, Settings
from .signing import SigningKey, sign

if TYPE_CHECKING:  # concurrent.futures loads with the first IAM login only
    from concurrent.futures import Future


class TokenCredentials(Credentials):
    """An IAM user token, sent as the token header (X-Auth-Token)."""

    def __init__(self, token: str) -> None:
        checked, problem = checked_secrets(("the token", token, False))
        del token
        if problem is not None:
            raise problem
        self._token: Secret = cast(Secret, checked[0])

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """The request with the token in its token header."""
        return request.with_headers({**request.headers, _spec.TOKEN_HEADER: self._token})

    def __repr__(self) -> str:
        return "TokenCredentials(token=***)"


class AkSkCredentials(Credentials):
    """An access key and secret key, signing every request (SDK-HMAC-SHA256)."""

    def __init__(self, ak: str, sk: str, security_token: str | None = None) -> None:
        checked, problem = checked_secrets(
            ("the access key (ak)", ak, False),
            ("the secret key (sk)", sk, False),
            ("the security token", security_token, True),
        )
        del ak, sk, security_token
        if problem is not None:
            raise problem
        self.ak, self._sk = cast(Secret, checked[0]), cast(Secret, checked[1])
        self._security_token = checked[2]
        self._key = SigningKey(self._sk)  # the HMAC states, made once

    @classmethod
    def from_env(cls) -> AkSkCredentials:
        """From CLOUD_SDK_AK and CLOUD_SDK_SK (and CLOUD_SDK_SECURITY_TOKEN, if set)."""
        ak, sk = os.environ.get("CLOUD_SDK_AK"), os.environ.get("CLOUD_SDK_SK")
        if not ak or not sk:
            raise ConfigurationError("CLOUD_SDK_AK and CLOUD_SDK_SK must both be set")
        return cls(ak, sk, os.environ.get("CLOUD_SDK_SECURITY_TOKEN") or None)

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """The request signed with the access key (and its security token, if any)."""
        headers = request.headers  # sign() copies it
        project = settings.value(_spec.PROJECT_SETTING) if _spec.PROJECT_HEADER else None
        if self._security_token or (project and _spec.PROJECT_HEADER not in headers):
            headers = dict(headers)
            if self._security_token:
                headers[_spec.SECURITY_TOKEN_HEADER] = self._security_token
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
            sk=self._key,
        )
        signed["Authorization"] = Secret(signed["Authorization"])
        return request.with_headers(signed)

    def __repr__(self) -> str:
        return f"AkSkCredentials(ak={str(getattr(self, 'ak', ''))[:4]}***, sk=***)"


class PasswordCredentials(Credentials):
    """An IAM user name and password: a project-scoped token is obtained from IAM (reference
    3.2), cached, and obtained again shortly before it expires.

    One login at a time per credentials object, whatever the threads, tasks and event loops
    asking: the others wait for it and share its token, or its failure. After a failed login,
    calls fail with a copy of that error for `login_backoff` seconds without asking IAM again
    (repeated wrong passwords lock accounts). A 401 on the cached token drops it: the call
    logs in once more and is sent once more.
    """

    def __init__(
        self,
        username: str,
        password: str,
        domain: str,
        *,
        iam_endpoint: str | None = None,
        refresh_margin: float = 600.0,
        login_backoff: float = 10.0,
    ) -> None:
        checked, problem = checked_secrets(
            ("the username", username, False),
            ("the password", password, False),
            ("the domain", domain, False),
        )
        del username, password, domain
        if problem is not None:
            raise problem
        self.username, self._password, self.domain = str(checked[0]), checked[1], str(checked[2])
        if iam_endpoint is not None and not isinstance(iam_endpoint, str):
            raise ConfigurationError("iam_endpoint must be a str")
        self.iam_endpoint = iam_endpoint
        self.refresh_margin = refresh_margin
        self.login_backoff = login_backoff
        self._token: Secret | None = None
        self._expires = 0.0
        self._lock = threading.Lock()  # guards the state below, never held while waiting
        self._inflight: Future[Secret] | None = None
        self._failure: DataArtsError | None = None
        self._retry_at = 0.0

    def __repr__(self) -> str:
        username, domain = getattr(self, "username", None), getattr(self, "domain", None)
        return f"PasswordCredentials(username={username!r}, domain={domain!r}, password=***)"

    def __reduce__(self) -> Any:
        raise TypeError("PasswordCredentials hold a password: they are not pickled")

    def _fresh(self) -> Secret | None:
        if self._token and time.time() < self._expires - self.refresh_margin:
            return self._token
        return None

    def _token_request(self, settings: Settings) -> tuple[str, Body]:
        spec = _spec.TOKEN_REQUEST
        url = self.iam_endpoint or spec["url"]
        if "{region}" in url:
            if not settings.region:
                raise ConfigurationError("no region to find IAM: pass region or iam_endpoint")
            url = url.replace("{region}", settings.region)
        values = {
            "{username}": self.username,
            "{password}": self._password,
            "{domain}": self.domain,
        }
        values.update({f"{{{k}}}": v for k, v in settings.values.items() if v is not None})
        missing: list[str] = []

        def fill(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: fill(v) for k, v in node.items()}
            if isinstance(node, list):
                return [fill(v) for v in node]
            if isinstance(node, str) and re.fullmatch(r"\{[^{}]+\}", node):
                if node not in values:
                    missing.append(node[1:-1])
                    return None
                return values[node]
            return node

        body = Body(json.dumps(fill(spec["body"])).encode())
        del values
        if missing:
            raise ConfigurationError(f"a token needs the setting {missing[0]}")
        return url, body

    def _accept(self, response: httpx.Response) -> tuple[Secret, float]:
        if response.status_code >= 300:
            raise error_for("ObtainToken", response)
        header = response.headers.get(str(_spec.TOKEN_REQUEST["token-header"]))
        if not header:
            raise TransportError("ObtainToken: IAM answered without a token header")
        try:
            token = checked_secret("the token IAM answered", header)
        except ConfigurationError:
            raise TransportError("ObtainToken: IAM answered an unusable token") from None
        del header
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
        assert token is not None
        return token, expires

    # -- one login at a time ---------------------------------------------------------------
    def _claim(self) -> tuple[Secret | None, Future[Secret] | None, bool]:
        """(a fresh token, None, False), (None, the login in flight, False) or (None, a new
        login this caller makes, True); raises the last failure while its back-off lasts."""
        failure: DataArtsError | None = None
        with self._lock:
            fresh = self._fresh()
            if fresh:
                return fresh, None, False
            if self._inflight is not None:
                return None, self._inflight, False
            if self._failure is not None and time.monotonic() < self._retry_at:
                failure = copy.copy(self._failure)
            else:
                from concurrent.futures import Future

                self._inflight = Future()
                return None, self._inflight, True
        raise failure

    def _settle(self, future: Future[Secret], result: Any, error: DataArtsError | None) -> None:
        with self._lock:
            self._inflight = None
            if error is None:
                self._token, self._expires = result
                self._failure = None
            else:
                self._failure, self._retry_at = error, time.monotonic() + self.login_backoff
        if error is None:
            future.set_result(result[0])
        else:
            future.set_exception(copy.copy(error))

    @staticmethod
    def _shared(future: Future[Secret]) -> Secret:
        error = future.exception()
        if error is not None:
            raise copy.copy(error)
        return future.result()

    def _login(self, settings: Settings, http: httpx.Client) -> tuple[Secret, float]:
        url, body = self._token_request(settings)
        request = http.build_request(
            "POST",
            url,
            content=body,
            headers={"Content-Type": "application/json"},
            timeout=settings.timeout,
        )
        del body
        failure: DataArtsError | None = None
        try:
            response = http.send(request, stream=True, follow_redirects=False)
            read_limited(response, "ObtainToken", settings.max_response_size, Deadline(None))
        except httpx.HTTPError as exc:
            failure = TransportError(f"ObtainToken: {type(exc).__name__}")
        if failure is not None:
            raise failure
        return self._accept(response)

    async def _login_async(
        self, settings: Settings, http: httpx.AsyncClient
    ) -> tuple[Secret, float]:
        url, body = self._token_request(settings)
        request = http.build_request(
            "POST",
            url,
            content=body,
            headers={"Content-Type": "application/json"},
            timeout=settings.timeout,
        )
        del body
        failure: DataArtsError | None = None
        try:
            response = await http.send(request, stream=True, follow_redirects=False)
            await aread_limited(response, "ObtainToken", settings.max_response_size, Deadline(None))
        except httpx.HTTPError as exc:
            failure = TransportError(f"ObtainToken: {type(exc).__name__}")
        if failure is not None:
            raise failure
        return self._accept(response)

    def token(self, settings: Settings, http: httpx.Client) -> str:
        """A valid token: the cached one, or a new one from IAM (one request at a time)."""
        fresh, future, leader = self._claim()
        if fresh:
            return fresh
        assert future is not None
        if not leader:
            from concurrent.futures import wait

            wait([future])
            return self._shared(future)
        result: Any = None
        error: DataArtsError | None = None
        try:
            result = self._login(settings, http)
        except DataArtsError as exc:
            error = exc
        finally:
            if result is None and error is None:  # interrupted: the waiters must not hang
                error = TransportError("ObtainToken: the login was interrupted")
            self._settle(future, result, error)
        return self._shared(future)

    async def token_async(self, settings: Settings, http: httpx.AsyncClient) -> str:
        """`token` for the async client."""
        fresh, future, leader = self._claim()
        if fresh:
            return fresh
        assert future is not None
        if not leader:
            import asyncio  # only the async client needs it

            waiting = asyncio.wrap_future(future)
            await asyncio.wait([waiting])
            waiting.exception()  # retrieved (a copy is raised below)
            return self._shared(future)
        result: Any = None
        error: DataArtsError | None = None
        try:
            result = await self._login_async(settings, http)
        except DataArtsError as exc:
            error = exc
        finally:
            if result is None and error is None:
                error = TransportError("ObtainToken: the login was interrupted")
            self._settle(future, result, error)
        return self._shared(future)

    def rejected(self, request: PreparedRequest) -> bool:
        """Forget the token the service refused for `request`; True when a retry may help."""
        with self._lock:
            if self._token is not None and request.headers.get(_spec.TOKEN_HEADER) == self._token:
                self._token, self._expires = None, 0.0
        return True

    def apply(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """The request with a valid token (obtained from IAM when needed)."""
        if settings.http is None:
            raise ConfigurationError("PasswordCredentials need the client's connection")
        token = self.token(settings, settings.http)
        return request.with_headers({**request.headers, _spec.TOKEN_HEADER: token})

    async def apply_async(self, request: PreparedRequest, settings: Settings) -> PreparedRequest:
        """`apply` for the async client."""
        if settings.async_http is None:
            raise ConfigurationError("PasswordCredentials need the client's connection")
        token = await self.token_async(settings, settings.async_http)
        return request.with_headers({**request.headers, _spec.TOKEN_HEADER: token})
