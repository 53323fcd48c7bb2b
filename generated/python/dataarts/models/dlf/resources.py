"""Models of dlf/resources.yaml, dlf/schemas/resources.yaml and of the inline objects of the operations of dlf/resources.yaml.

Generated from the spec: do not edit.
"""

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AliasChoices, Field

from ..._models import Checked, Contains, Model, Unique

__all__ = [
    "Resource",
    "ResourceCreate",
    "ResourceCreateResponse",
    "ResourceDependPackage",
    "ResourceJobRelation",
    "ResourceList",
    "ResourceListItem",
    "ResourceUpdate",
]


class ResourceDependPackage(Model):
    """DependPackage 参数说明

    Reference section 6.2.2, 表6-36.
    """

    type_: str | None = Field(default=None, validation_alias="type", serialization_alias="type")
    """文件类型"""
    location: str | None = Field(default=None)
    """文件路径"""


class ResourceJobRelation(Model):
    """Relation

    引用资源的作业。

    Reference section 6.2.3.
    """

    relation_type: str | None = Field(
        default=None, validation_alias="relationType", serialization_alias="relationType"
    )
    """依赖类型。"""
    relation_id: str | None = Field(
        default=None, validation_alias="relationId", serialization_alias="relationId"
    )
    """依赖类型ID。"""
    task_name: str | None = Field(
        default=None, validation_alias="taskName", serialization_alias="taskName"
    )
    """作业名称。"""
    task_id: int | None = Field(
        default=None, validation_alias="taskId", serialization_alias="taskId"
    )
    """作业ID。"""
    script_name: str | None = Field(
        default=None, validation_alias="scriptName", serialization_alias="scriptName"
    )
    """脚本名称。"""
    script_id: str | None = Field(
        default=None, validation_alias="scriptId", serialization_alias="scriptId"
    )
    """脚本ID。"""
    user_name: str | None = Field(
        default=None, validation_alias="userName", serialization_alias="userName"
    )
    """用户名。"""
    version: int | None = Field(default=None)
    """版本号。"""
    deleted: bool | None = Field(default=None)
    """是否已删除。"""


class Resource(Model):
    """Resource 参数说明

    Reference section 6.2.3, 表6-39.
    """

    name: Annotated[str, Field(min_length=1, max_length=32), Checked]
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。

    Constraints: length >= 1; length <= 32."""
    type_: Annotated[Literal["archive", "file", "jar"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """资源类型，包含：
    - archive
    - file
    - jar

    Constraints: one of: "archive", "file", "jar"."""
    location: Annotated[str, Field(max_length=256), Checked]
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多256个字符。示例：obs://myBucket/test.jar

    Constraints: length <= 256."""
    depend_files: list[str] | None = Field(
        default=None, validation_alias="dependFiles", serialization_alias="dependFiles"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    directory: str | None = Field(default="/")
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, validation_alias="dependPackages", serialization_alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(
        default=None, validation_alias="jobRelation", serialization_alias="jobRelation"
    )
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceCreate(Model):
    """Resource 参数说明（创建资源）

    Reference section 6.2.1, 表6-31.
    """

    name: Annotated[str, Field(min_length=1, max_length=32), Checked]
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。

    Constraints: length >= 1; length <= 32."""
    type_: Annotated[Literal["archive", "file", "jar"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """资源类型，包含：
    - archive
    - file
    - jar

    Constraints: one of: "archive", "file", "jar"."""
    location: Annotated[str, Field(max_length=1023), Checked]
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多1023个字符。示例：obs://myBucket/test.jar

    Constraints: length <= 1023."""
    depend_files: list[str] | None = Field(
        default=None, validation_alias="dependFiles", serialization_alias="dependFiles"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    directory: str | None = Field(default="/")
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, validation_alias="dependPackages", serialization_alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(
        default=None, validation_alias="jobRelation", serialization_alias="jobRelation"
    )
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceCreateResponse(Model):
    """创建资源响应参数

    Reference section 6.2.1, 表6-32.
    """

    resource_id: str = Field(validation_alias="resourceId", serialization_alias="resourceId")
    """资源ID"""


class ResourceListItem(Model):
    """Resource 参数说明（资源列表）

    Reference section 6.2.5, 表6-45.
    """

    id_: str = Field(validation_alias="id", serialization_alias="id")
    """资源ID，用户查询资源时使用。"""
    name: Annotated[str, Field(min_length=1, max_length=32), Checked]
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。

    Constraints: length >= 1; length <= 32."""
    type_: Annotated[Literal["archive", "file", "jar"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """资源类型，包含：
    - archive
    - file
    - jar

    Constraints: one of: "archive", "file", "jar"."""
    location: Annotated[str, Field(max_length=256), Checked]
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多256个字符。示例：obs://myBucket/test.jar

    Constraints: length <= 256."""
    depend_files: list[str] | None = Field(
        default=None, validation_alias="dependFiles", serialization_alias="dependFiles"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    desc: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    directory: str | None = Field(default="/")
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。 Default: "/"."""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, validation_alias="dependPackages", serialization_alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件；同时存在dependFiles和dependPackages时，优先解析该字段。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(
        default=None, validation_alias="jobRelation", serialization_alias="jobRelation"
    )
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""


class ResourceList(Model):
    """查询资源列表响应

    Reference section 6.2.5, 表6-44.
    """

    total: int
    """总的资源个数。"""
    resources: list[ResourceListItem]
    """资源列表。"""


class ResourceUpdate(Model):
    """Resource 参数说明（修改资源）

    Reference section 6.2.2, 表6-35.
    """

    name: Annotated[str, Field(min_length=1, max_length=32), Checked]
    """资源名称，只能包含英文字母、数字、中文字符、下划线或中划线，且长度为1-32个字符。

    Constraints: length >= 1; length <= 32."""
    type_: Annotated[Literal["archive", "file", "jar"], Checked] = Field(
        validation_alias="type", serialization_alias="type"
    )
    """资源类型，包含：
    - archive
    - file
    - jar

    Constraints: one of: "archive", "file", "jar"."""
    location: Annotated[str, Field(max_length=1023), Checked] | None = Field(default=None)
    """资源文件所在OBS路径，当类型为jar时，location为主Jar包所在路径。最多1023个字符。示例：obs://myBucket/test.jar

    Constraints: length <= 1023."""
    depend_files: list[str] | None = Field(
        default=None, validation_alias="dependFiles", serialization_alias="dependFiles"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。"""
    depend_packages: list[ResourceDependPackage] | None = Field(
        default=None, validation_alias="dependPackages", serialization_alias="dependPackages"
    )
    """主Jar包所依赖的JAR包、properties文件。总的长度不能超过10240个字符。同时存在dependFiles和dependPackages时，优先解析该字段。"""
    desc: Annotated[str, Field(max_length=255), Checked] | None = Field(default=None)
    """描述，长度不能超过255个字符。

    Constraints: length <= 255."""
    directory: str
    """资源所在目录。 通过DataArts Studio管理控制台 > 数据开发，左侧列表选择“配置管理 > 资源管理”。在资源的目录树上，可以查看到当前已经创建的目录，默认在根目录/。"""
    id_: str | None = Field(default=None, validation_alias="id", serialization_alias="id")
    """资源ID。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
    job_relation: list[ResourceJobRelation] | None = Field(
        default=None, validation_alias="jobRelation", serialization_alias="jobRelation"
    )
    """引用该资源的作业。

    Not in the reference: from the vendor SDK (huaweicloudsdkdgc)."""
