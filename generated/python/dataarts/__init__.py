"""Huawei Cloud DataArts Studio API: a typed Python client, generated from the spec.

    from dataarts import DataArts, AkSkCredentials

    with DataArts(region="ap-southeast-1", credentials=AkSkCredentials.from_env(), ...) as client:
        ...

Importing the package does no work: names are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The client's own version (semver, x-release.version: README says the policy).
__version__ = "0.1.0"
# The edition of the API reference the client is generated from (the spec's info.version).
API_VERSION = "2024-01"

_EXPORTS = {
    "DataArts": "client",
    "AsyncDataArts": "client",
    "AkSkCredentials": "_auth",
    "ApiError": "_errors",
    "ApiResponse": "_settings",
    "AsyncDownload": "_downloads",
    "BadRequest": "_errors",
    "Conflict": "_errors",
    "ConfigurationError": "_errors",
    "Credentials": "_settings",
    "DataArtsError": "_errors",
    "Download": "_downloads",
    "ErrorCodeInfo": "_errors",
    "Forbidden": "_errors",
    "InvalidRequestError": "_errors",
    "Model": "_models",
    "NotFound": "_errors",
    "PasswordCredentials": "_auth",
    "RateLimited": "_errors",
    "RequestOptions": "_settings",
    "RequestTimeout": "_errors",
    "ResponseValidationError": "_errors",
    "ServerError": "_errors",
    "ServiceUnavailable": "_errors",
    "TokenCredentials": "_auth",
    "TransportError": "_errors",
    "Unauthorized": "_errors",
    "lookup_error_code": "_errors",
    "with_raw_response": "_resources",
    "with_raw_response_async": "_resources",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from ._auth import (
        AkSkCredentials,
        PasswordCredentials,
        TokenCredentials,
    )
    from ._downloads import (
        AsyncDownload,
        Download,
    )
    from ._errors import (
        ApiError,
        BadRequest,
        ConfigurationError,
        Conflict,
        DataArtsError,
        ErrorCodeInfo,
        Forbidden,
        InvalidRequestError,
        lookup_error_code,
        NotFound,
        RateLimited,
        RequestTimeout,
        ResponseValidationError,
        ServerError,
        ServiceUnavailable,
        TransportError,
        Unauthorized,
    )
    from ._models import (
        Model,
    )
    from ._resources import (
        with_raw_response,
        with_raw_response_async,
    )
    from ._settings import (
        ApiResponse,
        Credentials,
        RequestOptions,
    )
    from .client import AsyncDataArts, DataArts


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
