"""What the runtime needs to know about the API, generated from the spec: do not edit."""

from __future__ import annotations

from typing import Any

# service -> its server: URL template with {region}, and the regions of the reference.
SERVICES: dict[str, dict[str, Any]] = {
    "cdm": {
        "url": "https://cdm.{region}.myhuaweicloud.com",
        "regions": [
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "sa-brazil-1",
            "la-south-2",
            "na-mexico-1",
        ],
    },
    "dlf": {
        "url": "https://dayu-dlf.{region}.myhuaweicloud.com",
        "regions": [
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "sa-brazil-1",
            "la-south-2",
            "na-mexico-1",
        ],
    },
}

# Names the spec marks as secrets (format: password): their values never appear in repr().
SECRET_NAMES: frozenset[str] = frozenset(
    {
        "fromJobConfig.dek",
        "linkConfig.password",
        "linkConfig.securityKey",
        "linkConfig.sk",
        "password",
        "toJobConfig.dek",
    }
)

# How a token is obtained from IAM with a user name and password (reference 3.2).
TOKEN_REQUEST: dict[str, Any] = {
    "x-doc-section": "3.1, 3.2",
    "method": "POST",
    "url": "https://iam.{region}.myhuaweicloud.com/v3/auth/tokens",
    "token-header": "X-Subject-Token",
    "expires-pointer": "/token/expires_at",
    "lifetime-seconds": 86400,
    "body": {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {
                        "name": "{username}",
                        "password": "{password}",
                        "domain": {"name": "{domain}"},
                    }
                },
            },
            "scope": {"project": {"id": "{project_id}"}},
        }
    },
}

# Header names of the auth layer.
TOKEN_HEADER: str = "X-Auth-Token"
PROJECT_HEADER: str = "X-Project-Id"
PROJECT_SETTING: str = "project_id"
SECURITY_TOKEN_HEADER: str = "X-Security-Token"
REQUEST_ID_HEADER: str = "X-Request-Id"

# Fields of the error body that carry the error code and the message, in order of preference.
ERROR_FIELDS: dict[str, list[str]] = {
    "code": [
        "error_code",
        "errCode",
        "code",
    ],
    "message": [
        "error_msg",
        "externalMessage",
        "message",
    ],
}
