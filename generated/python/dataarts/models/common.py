"""Models of common/schemas.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from .._models import Checked, Contains, Model, Unique

__all__ = [
    "ErrorResponse",
]


class ErrorResponse(Model):
    """错误响应

    当接口调用出错时，会返回错误码及错误信息说明。其中，error_code表示错误码，error_msg表示错误描述信息。
    Error body of every failed call. The reference shows two shapes: `error_code`/`error_msg`
    (3.3, DLF), `errCode`/`externalMessage` (CDM job and link operations) and `code`/`message`
    (5.2.3, 5.2.6); all are listed
    here, unknown fields are allowed.

    Reference section 3.3.
    """

    error_code: str | None = Field(default=None)
    """错误码"""
    error_msg: str | None = Field(default=None)
    """错误描述信息"""
    err_code: str | None = Field(
        default=None, validation_alias="errCode", serialization_alias="errCode"
    )
    """错误码"""
    external_message: str | None = Field(
        default=None, validation_alias="externalMessage", serialization_alias="externalMessage"
    )
    """错误描述（附加信息）"""
    code: str | None = Field(default=None)
    """错误码"""
    message: str | None = Field(default=None)
    """错误信息"""
