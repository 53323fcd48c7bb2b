"""Huawei Cloud DataArts Studio API: a typed Python client, generated from the spec.

    from dataarts import DataArts, AkSkCredentials

    with DataArts(region="ap-southeast-1", credentials=AkSkCredentials.from_env(), ...) as client:
        ...

Importing the package does no work: names are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "2024-01"

_EXPORTS = {
    "DataArts": "client",
    "AsyncDataArts": "client",
    "AkSkCredentials": "_runtime",
    "ApiError": "_runtime",
    "ApiResponse": "_runtime",
    "AsyncDownload": "_runtime",
    "BadRequest": "_runtime",
    "Conflict": "_runtime",
    "ConfigurationError": "_runtime",
    "Credentials": "_runtime",
    "DataArtsError": "_runtime",
    "Download": "_runtime",
    "ErrorCodeInfo": "_runtime",
    "Forbidden": "_runtime",
    "InvalidRequestError": "_runtime",
    "Model": "_runtime",
    "NotFound": "_runtime",
    "PasswordCredentials": "_runtime",
    "RateLimited": "_runtime",
    "RequestOptions": "_runtime",
    "RequestTimeout": "_runtime",
    "ResponseValidationError": "_runtime",
    "ServerError": "_runtime",
    "ServiceUnavailable": "_runtime",
    "TokenCredentials": "_runtime",
    "TransportError": "_runtime",
    "Unauthorized": "_runtime",
    "lookup_error_code": "_runtime",
    "with_raw_response": "_runtime",
    "with_raw_response_async": "_runtime",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from ._runtime import (
        AkSkCredentials,
        ApiError,
        ApiResponse,
        AsyncDownload,
        BadRequest,
        ConfigurationError,
        Conflict,
        Credentials,
        DataArtsError,
        Download,
        ErrorCodeInfo,
        Forbidden,
        InvalidRequestError,
        Model,
        NotFound,
        PasswordCredentials,
        RateLimited,
        RequestOptions,
        RequestTimeout,
        ResponseValidationError,
        ServerError,
        ServiceUnavailable,
        TokenCredentials,
        TransportError,
        Unauthorized,
        lookup_error_code,
        with_raw_response,
        with_raw_response_async,
    )
    from .client import AsyncDataArts, DataArts


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'dataarts' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
