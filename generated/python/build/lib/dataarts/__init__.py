"""Huawei Cloud DataArts Studio API: a typed Python client, generated from the spec.

from dataarts import DataArts, AkSkCredentials

with DataArts(region="ap-southeast-1", project_id="...", credentials=AkSkCredentials.from_env()) as client:
    detail = client.cdm.create_and_start_random_cluster_job(...)
"""

from ._runtime import (
    AkSkCredentials,
    ApiError,
    BadRequest,
    Conflict,
    ConfigurationError,
    Credentials,
    DataArtsError,
    Download,
    ErrorCodeInfo,
    Forbidden,
    InvalidRequestError,
    Model,
    NotFound,
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
)
from .client import DataArts

__version__ = "2024-01"

__all__ = [
    "AkSkCredentials",
    "ApiError",
    "BadRequest",
    "Conflict",
    "ConfigurationError",
    "Credentials",
    "DataArts",
    "DataArtsError",
    "Download",
    "ErrorCodeInfo",
    "Forbidden",
    "InvalidRequestError",
    "Model",
    "NotFound",
    "RateLimited",
    "RequestOptions",
    "RequestTimeout",
    "ResponseValidationError",
    "ServerError",
    "ServiceUnavailable",
    "TokenCredentials",
    "TransportError",
    "Unauthorized",
    "lookup_error_code",
]
