"""The entry point: one client for every service of the API, generated from the spec."""

from __future__ import annotations

from types import TracebackType

import httpx

from ._runtime import Core, Credentials, Settings
from .cdm import Cdm
from .dlf import Dlf


class DataArts:
    """Huawei Cloud DataArts Studio API

    Services:
        cdm: CDM 数据集成 (data integration)
        dlf: DLF 数据开发 (data development)

    Args:
        region: the region id, e.g. ap-southeast-1; decides each service's endpoint.
        project_id: the project of every call (reference 1.5).
        credentials: TokenCredentials or AkSkCredentials (AkSkCredentials.from_env() reads
            CLOUD_SDK_AK and CLOUD_SDK_SK).
        workspace: the DataArts Studio workspace sent with the calls that take one.
        language: sent as the language header of the calls that take one.
        endpoints: explicit base URLs by service name, overriding the region.
        timeout: seconds per request.
        max_retries: retries of idempotent calls on connection errors, 429 and 5xx.
        lenient: return what parsed (unknown shapes kept) instead of raising when a response
            does not match its schema.
        http_client: an httpx.Client to use instead of the client's own.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        project_id: str | None = None,
        credentials: Credentials | None = None,
        workspace: str | None = None,
        language: str | None = None,
        endpoints: dict[str, str] | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        lenient: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = Settings(
            region=region,
            project_id=project_id,
            workspace=workspace,
            language=language,
            credentials=credentials,
            endpoints=dict(endpoints or {}),
            timeout=timeout,
            max_retries=max_retries,
            lenient=lenient,
        )
        self._core = Core(settings, http_client)
        self.cdm = Cdm(self._core)
        self.dlf = Dlf(self._core)

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
        return f"DataArts(region={s.region!r}, project_id={s.project_id!r}, credentials={s.credentials!r})"
