"""The entry points, DataArts and AsyncDataArts, generated from the spec: do not edit.

Nothing heavy is imported until a client is made, and a service's models only when the service
is first used.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import httpx

    from ._settings import Credentials, Settings
    from .cdm import AsyncCdm, Cdm
    from .dlf import AsyncDlf, Dlf


def _settings(**kwargs: Any) -> Settings:
    from ._settings import Settings

    return Settings(**kwargs)


class DataArts:
    """Huawei Cloud DataArts Studio API

    Services:
        cdm: CDM 数据集成 (data integration)
        dlf: DLF 数据开发 (data development)

    Args:
        region: the region id, e.g. ap-southeast-1; decides each service's endpoint.
        credentials: TokenCredentials, AkSkCredentials (AkSkCredentials.from_env() reads
            CLOUD_SDK_AK and CLOUD_SDK_SK) or PasswordCredentials (a token from IAM).
        project_id: 项目ID，获取方法请参见项目ID和账号ID（1.5）。
        workspace: 工作空间ID，获取方式请参见实例ID和工作空间ID（1.6）。
        language: 请求语言（7.1 公共请求消息头，示例 en_us），设置后发送。
        endpoints: explicit base URLs by service name, overriding the region.
        timeout: seconds per attempt (its connection, headers and body) and per socket operation.
        max_retries: retries on connection errors, 429 and 5xx of the operations the spec says
            are safe to repeat; the others only when the request never left (connect errors).
        lenient: return what parsed (unknown shapes kept) instead of raising when a response
            does not match its schema.
        http_client: an httpx.Client to use instead of the client's own (its redirect
            setting is ignored: redirects are never followed).
        deadline: seconds a whole call may take, retries and Retry-After waits included (None:
            no limit).
        max_response_size: bytes a parsed response body may have, received and inflated
            (downloads are streamed and unbounded).
        max_connections: connections the client's own pool opens at most.
        trust_env: honour HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY; False to ignore them.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        credentials: Credentials | None = None,
        project_id: str | None = None,
        workspace: str | None = None,
        language: str | None = None,
        endpoints: dict[str, str] | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        lenient: bool = False,
        http_client: httpx.Client | None = None,
        deadline: float | None = 300.0,
        max_response_size: int = 64 * 1024 * 1024,
        max_connections: int = 100,
        trust_env: bool = True,
    ) -> None:
        from ._transport import Core

        settings = _settings(
            region=region,
            values={
                "project_id": project_id,
                "workspace": workspace,
                "language": language,
            },
            credentials=credentials,
            endpoints=dict(endpoints or {}),
            timeout=timeout,
            max_retries=max_retries,
            lenient=lenient,
            deadline=deadline,
            max_response_size=max_response_size,
            max_connections=max_connections,
            trust_env=trust_env,
        )
        self._core = Core(settings, http_client)
        self._services: dict[str, Any] = {}

    @property
    def cdm(self) -> Cdm:
        """CDM 数据集成 (data integration)"""
        service = self._services.get("cdm")
        if service is None:
            from .cdm import Cdm

            service = self._services["cdm"] = Cdm(self._core)
        return cast("Cdm", service)

    @property
    def dlf(self) -> Dlf:
        """DLF 数据开发 (data development)"""
        service = self._services.get("dlf")
        if service is None:
            from .dlf import Dlf

            service = self._services["dlf"] = Dlf(self._core)
        return cast("Dlf", service)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        self._core.close()

    def __enter__(self) -> DataArts:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        s = self._core.settings
        return (
            f"DataArts(region={s.region!r}, settings={s.values!r}, "
            f"credentials={s.credentials!r})"
        )


class AsyncDataArts:
    """Huawei Cloud DataArts Studio API (async, over httpx.AsyncClient)

    Services:
        cdm: CDM 数据集成 (data integration)
        dlf: DLF 数据开发 (data development)

    Args:
        region: the region id, e.g. ap-southeast-1; decides each service's endpoint.
        credentials: TokenCredentials, AkSkCredentials (AkSkCredentials.from_env() reads
            CLOUD_SDK_AK and CLOUD_SDK_SK) or PasswordCredentials (a token from IAM).
        project_id: 项目ID，获取方法请参见项目ID和账号ID（1.5）。
        workspace: 工作空间ID，获取方式请参见实例ID和工作空间ID（1.6）。
        language: 请求语言（7.1 公共请求消息头，示例 en_us），设置后发送。
        endpoints: explicit base URLs by service name, overriding the region.
        timeout: seconds per attempt (its connection, headers and body) and per socket operation.
        max_retries: retries on connection errors, 429 and 5xx of the operations the spec says
            are safe to repeat; the others only when the request never left (connect errors).
        lenient: return what parsed (unknown shapes kept) instead of raising when a response
            does not match its schema.
        http_client: an httpx.AsyncClient to use instead of the client's own (its redirect
            setting is ignored: redirects are never followed).
        deadline: seconds a whole call may take, retries and Retry-After waits included (None:
            no limit).
        max_response_size: bytes a parsed response body may have, received and inflated
            (downloads are streamed and unbounded).
        max_connections: connections the client's own pool opens at most.
        trust_env: honour HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY; False to ignore them.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        credentials: Credentials | None = None,
        project_id: str | None = None,
        workspace: str | None = None,
        language: str | None = None,
        endpoints: dict[str, str] | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        lenient: bool = False,
        http_client: httpx.AsyncClient | None = None,
        deadline: float | None = 300.0,
        max_response_size: int = 64 * 1024 * 1024,
        max_connections: int = 100,
        trust_env: bool = True,
    ) -> None:
        from ._transport import AsyncCore

        settings = _settings(
            region=region,
            values={
                "project_id": project_id,
                "workspace": workspace,
                "language": language,
            },
            credentials=credentials,
            endpoints=dict(endpoints or {}),
            timeout=timeout,
            max_retries=max_retries,
            lenient=lenient,
            deadline=deadline,
            max_response_size=max_response_size,
            max_connections=max_connections,
            trust_env=trust_env,
        )
        self._core = AsyncCore(settings, http_client)
        self._services: dict[str, Any] = {}

    @property
    def cdm(self) -> AsyncCdm:
        """CDM 数据集成 (data integration)"""
        service = self._services.get("cdm")
        if service is None:
            from .cdm import AsyncCdm

            service = self._services["cdm"] = AsyncCdm(self._core)
        return cast("AsyncCdm", service)

    @property
    def dlf(self) -> AsyncDlf:
        """DLF 数据开发 (data development)"""
        service = self._services.get("dlf")
        if service is None:
            from .dlf import AsyncDlf

            service = self._services["dlf"] = AsyncDlf(self._core)
        return cast("AsyncDlf", service)

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in)."""
        await self._core.close()

    async def __aenter__(self) -> AsyncDataArts:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        s = self._core.settings
        return (
            f"AsyncDataArts(region={s.region!r}, settings={s.values!r}, "
            f"credentials={s.credentials!r})"
        )
