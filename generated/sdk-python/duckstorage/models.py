# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Data classes for the schemas of DuckStorage API 0.1.0 (components.schemas)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, Union

__all__ = [
    "Error",
    "ErrorDetail",
    "ValidationIssue",
    "HealthResponse",
    "InitBackendResponse",
    "ProjectCreate",
    "ProjectUpdate",
    "ProjectResponse",
    "ProjectCreateResponse",
    "ProjectListResponse",
    "ProjectStatsResponse",
    "ApiKeyCreateRequest",
    "ApiKeyResponse",
    "ApiKeyCreateResponse",
    "ApiKeyListResponse",
    "BucketCreate",
    "BucketResponse",
    "BucketListResponse",
    "ColumnDefinition",
    "TableCreate",
    "ColumnInfo",
    "TableResponse",
    "TableListResponse",
    "TablePreviewResponse",
]


def _decode(value: Any, decode: Optional[Callable[[Any], Any]]) -> Any:
    """Applies `decode` to a JSON value, except to None."""
    return value if value is None or decode is None else decode(value)


def _list_of(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: [_decode(x, item) for x in value]


def _dict_of(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: {k: _decode(x, item) for k, x in value.items()}


def _one_of(
    on_dict: Optional[Callable[[Any], Any]], on_list: Optional[Callable[[Any], Any]]
) -> Callable[[Any], Any]:
    """Decodes a union whose members JSON tells apart: an object or an array."""

    def decode(value: Any) -> Any:
        if on_dict is not None and isinstance(value, dict):
            return on_dict(value)
        if on_list is not None and isinstance(value, list):
            return on_list(value)
        return value

    return decode


def _to_json(value: Any) -> Any:
    """Models, and lists and dicts of them, as JSON values; a dict given in place of a model stays as is."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_json(x) for x in value]
    if isinstance(value, dict):
        return {k: _to_json(x) for k, x in value.items()}
    return value


@dataclass
class Error:
    """The one error body of every non-2xx JSON response."""

    # Machine-readable error class, stable across REST, gRPC and PG wire.
    code: Literal["INVALID_ARGUMENT", "VALIDATION_FAILED", "UNAUTHENTICATED", "PERMISSION_DENIED", "NOT_FOUND", "ALREADY_EXISTS", "CONFLICT", "FAILED_PRECONDITION", "PAYLOAD_TOO_LARGE", "RESOURCE_EXHAUSTED", "UNAVAILABLE", "INTERNAL"]
    # Specific reason in snake_case, e.g. `bucket_not_found` (the reference service's
    # `detail.error`).
    error: str
    # What went wrong and why, for people.
    message: str
    # The request id (also in the `X-Request-ID` response header); quote it when reporting a
    # problem.
    request_id: str
    # Kept for clients of the reference service: `{error, message, details}`, or the list of
    # validation issues for 422.
    detail: Union[ErrorDetail, List[ValidationIssue]]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Error from a decoded JSON object; unknown keys are ignored."""
        return cls(
            code=data["code"],
            error=data["error"],
            message=data["message"],
            request_id=data["request_id"],
            detail=_decode(data["detail"], _one_of(on_dict=ErrorDetail.from_dict, on_list=_list_of(ValidationIssue.from_dict))),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "code": self.code,
            "error": self.error,
            "message": self.message,
            "request_id": self.request_id,
            "detail": _to_json(self.detail),
        }
        return data


@dataclass
class ErrorDetail:
    """The `ErrorDetail` schema."""

    error: str
    message: str
    # Typed facts about the error (names, limits, counts).
    details: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorDetail:
        """ErrorDetail from a decoded JSON object; unknown keys are ignored."""
        return cls(
            error=data["error"],
            message=data["message"],
            details=data.get("details"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "error": self.error,
            "message": self.message,
        }
        if self.details is not None:
            data["details"] = self.details
        return data


@dataclass
class ValidationIssue:
    """The `ValidationIssue` schema."""

    # Which rule failed, e.g. `missing`, `pattern`, `maximum`, `additional_property`,
    # `json_invalid`.
    type: str
    # Where: `body`/`query`/`path` then the path into it.
    loc: List[Union[str, int]]
    msg: str
    ctx: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationIssue:
        """ValidationIssue from a decoded JSON object; unknown keys are ignored."""
        return cls(
            type=data["type"],
            loc=data["loc"],
            msg=data["msg"],
            ctx=data.get("ctx"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "loc": self.loc,
            "msg": self.msg,
        }
        if self.ctx is not None:
            data["ctx"] = self.ctx
        return data


@dataclass
class HealthResponse:
    """The `HealthResponse` schema."""

    status: Literal["healthy", "unhealthy"]
    version: str
    # Every storage directory exists and is writable and the metadata database answers.
    storage_available: bool
    # One flag per check: data_dir, duckdb_dir, files_dir, snapshots_dir, metadata_db.
    details: Optional[Dict[str, bool]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HealthResponse:
        """HealthResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            status=data["status"],
            version=data["version"],
            storage_available=data["storage_available"],
            details=data.get("details"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "status": self.status,
            "version": self.version,
            "storage_available": self.storage_available,
        }
        if self.details is not None:
            data["details"] = self.details
        return data


@dataclass
class InitBackendResponse:
    """The `InitBackendResponse` schema."""

    success: bool
    message: str
    storage_paths: Optional[Dict[str, str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InitBackendResponse:
        """InitBackendResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            success=data["success"],
            message=data["message"],
            storage_paths=data.get("storage_paths"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "success": self.success,
            "message": self.message,
        }
        if self.storage_paths is not None:
            data["storage_paths"] = self.storage_paths
        return data


@dataclass
class ProjectCreate:
    """The `ProjectCreate` schema."""

    # Project id (Keboola Connection's project id). 1-64 characters of letters, digits, `_` and `-`,
    # starting with a letter or digit, never containing `_branch_`.
    id: str
    # Human-readable name.
    name: Optional[str] = None
    # Free-form project settings, stored and returned as given.
    settings: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectCreate:
        """ProjectCreate from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data.get("name"),
            settings=data.get("settings"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
        }
        if self.name is not None:
            data["name"] = self.name
        if self.settings is not None:
            data["settings"] = self.settings
        return data


@dataclass
class ProjectUpdate:
    """The `ProjectUpdate` schema."""

    # New name; absent or null keeps the current one.
    name: Optional[str] = None
    # New settings (replaces the old object); absent or null keeps them.
    settings: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectUpdate:
        """ProjectUpdate from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data.get("name"),
            settings=data.get("settings"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.settings is not None:
            data["settings"] = self.settings
        return data


@dataclass
class ProjectResponse:
    """The `ProjectResponse` schema."""

    id: str
    name: Optional[str]
    # Directory of the project under the DuckDB directory, `project_{id}`.
    db_path: str
    # ISO-8601 timestamp with offset.
    created_at: Optional[str]
    # ISO-8601 timestamp with offset.
    updated_at: Optional[str]
    # Bytes of all table files of the project, computed when asked.
    size_bytes: int
    table_count: int
    bucket_count: int
    status: Literal["active", "deleted"]
    settings: Optional[Dict[str, Any]]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectResponse:
        """ProjectResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data["name"],
            db_path=data["db_path"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
            size_bytes=data["size_bytes"],
            table_count=data["table_count"],
            bucket_count=data["bucket_count"],
            status=data["status"],
            settings=data["settings"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "db_path": self.db_path,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "size_bytes": self.size_bytes,
            "table_count": self.table_count,
            "bucket_count": self.bucket_count,
            "status": self.status,
            "settings": self.settings,
        }
        return data


@dataclass
class ProjectCreateResponse:
    """The `ProjectCreateResponse` schema."""

    id: str
    name: Optional[str]
    # Directory of the project under the DuckDB directory, `project_{id}`.
    db_path: str
    # ISO-8601 timestamp with offset.
    created_at: Optional[str]
    # ISO-8601 timestamp with offset.
    updated_at: Optional[str]
    # Bytes of all table files of the project, computed when asked.
    size_bytes: int
    table_count: int
    bucket_count: int
    status: Literal["active", "deleted"]
    settings: Optional[Dict[str, Any]]
    # The project_admin key. Shown only here: store it.
    api_key: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectCreateResponse:
        """ProjectCreateResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data["name"],
            db_path=data["db_path"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
            size_bytes=data["size_bytes"],
            table_count=data["table_count"],
            bucket_count=data["bucket_count"],
            status=data["status"],
            settings=data["settings"],
            api_key=data["api_key"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "db_path": self.db_path,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "size_bytes": self.size_bytes,
            "table_count": self.table_count,
            "bucket_count": self.bucket_count,
            "status": self.status,
            "settings": self.settings,
            "api_key": self.api_key,
        }
        return data


@dataclass
class ProjectListResponse:
    """The `ProjectListResponse` schema."""

    projects: List[ProjectResponse]
    # Projects matching the filter, over all pages.
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectListResponse:
        """ProjectListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            projects=_decode(data["projects"], _list_of(ProjectResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "projects": _to_json(self.projects),
            "total": self.total,
        }
        return data


@dataclass
class ProjectStatsResponse:
    """The `ProjectStatsResponse` schema."""

    id: str
    size_bytes: int
    table_count: int
    bucket_count: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProjectStatsResponse:
        """ProjectStatsResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            size_bytes=data["size_bytes"],
            table_count=data["table_count"],
            bucket_count=data["bucket_count"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "size_bytes": self.size_bytes,
            "table_count": self.table_count,
            "bucket_count": self.bucket_count,
        }
        return data


@dataclass
class ApiKeyCreateRequest:
    """The `ApiKeyCreateRequest` schema."""

    # What the key is for.
    description: str
    # `project_admin`: everything in the project; `branch_admin`: read and write on one branch;
    # `branch_read`: read-only on one branch. Default: "project_admin".
    scope: Optional[Literal["project_admin", "branch_admin", "branch_read"]] = None
    # Required for branch scopes (`default` = the main branch), null for project_admin.
    branch_id: Optional[str] = None
    # Lifetime in days; null = no expiry.
    expires_in_days: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApiKeyCreateRequest:
        """ApiKeyCreateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            description=data["description"],
            scope=data.get("scope"),
            branch_id=data.get("branch_id"),
            expires_in_days=data.get("expires_in_days"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "description": self.description,
        }
        if self.scope is not None:
            data["scope"] = self.scope
        if self.branch_id is not None:
            data["branch_id"] = self.branch_id
        if self.expires_in_days is not None:
            data["expires_in_days"] = self.expires_in_days
        return data


@dataclass
class ApiKeyResponse:
    """The `ApiKeyResponse` schema."""

    id: str
    project_id: str
    branch_id: Optional[str]
    # Non-secret start of the key, for recognising it.
    key_prefix: str
    scope: Literal["project_admin", "branch_admin", "branch_read"]
    description: Optional[str]
    # ISO-8601.
    created_at: Optional[str]
    # ISO-8601, null = never.
    expires_at: Optional[str]
    # ISO-8601, updated at most once a minute.
    last_used_at: Optional[str]
    is_revoked: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApiKeyResponse:
        """ApiKeyResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            branch_id=data["branch_id"],
            key_prefix=data["key_prefix"],
            scope=data["scope"],
            description=data["description"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            last_used_at=data["last_used_at"],
            is_revoked=data["is_revoked"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "branch_id": self.branch_id,
            "key_prefix": self.key_prefix,
            "scope": self.scope,
            "description": self.description,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "last_used_at": self.last_used_at,
            "is_revoked": self.is_revoked,
        }
        return data


@dataclass
class ApiKeyCreateResponse:
    """The `ApiKeyCreateResponse` schema."""

    id: str
    project_id: str
    branch_id: Optional[str]
    # Non-secret start of the key, for recognising it.
    key_prefix: str
    scope: Literal["project_admin", "branch_admin", "branch_read"]
    description: Optional[str]
    # ISO-8601.
    created_at: Optional[str]
    # ISO-8601, null = never.
    expires_at: Optional[str]
    # The full key. Shown only here: store it.
    api_key: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApiKeyCreateResponse:
        """ApiKeyCreateResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            branch_id=data["branch_id"],
            key_prefix=data["key_prefix"],
            scope=data["scope"],
            description=data["description"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            api_key=data["api_key"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "branch_id": self.branch_id,
            "key_prefix": self.key_prefix,
            "scope": self.scope,
            "description": self.description,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "api_key": self.api_key,
        }
        return data


@dataclass
class ApiKeyListResponse:
    """The `ApiKeyListResponse` schema."""

    api_keys: List[ApiKeyResponse]
    count: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ApiKeyListResponse:
        """ApiKeyListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            api_keys=_decode(data["api_keys"], _list_of(ApiKeyResponse.from_dict)),
            count=data["count"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "api_keys": _to_json(self.api_keys),
            "count": self.count,
        }
        return data


@dataclass
class BucketCreate:
    """The `BucketCreate` schema."""

    # Bucket name: 1-96 letters, digits, `_`, `-`, `.`, starting with a letter or digit (e.g.
    # `in_c_sales`). Unique per project regardless of case.
    name: str
    description: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketCreate:
        """BucketCreate from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            description=data.get("description"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
        }
        if self.description is not None:
            data["description"] = self.description
        return data


@dataclass
class BucketResponse:
    """The `BucketResponse` schema."""

    name: str
    table_count: int
    description: Optional[str]
    # Always false until bucket linking exists.
    is_linked: bool
    source_project_id: Optional[str]
    source_bucket_name: Optional[str]
    # ISO-8601.
    created_at: Optional[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketResponse:
        """BucketResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            table_count=data["table_count"],
            description=data["description"],
            is_linked=data["is_linked"],
            source_project_id=data["source_project_id"],
            source_bucket_name=data["source_bucket_name"],
            created_at=data["created_at"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "table_count": self.table_count,
            "description": self.description,
            "is_linked": self.is_linked,
            "source_project_id": self.source_project_id,
            "source_bucket_name": self.source_bucket_name,
            "created_at": self.created_at,
        }
        return data


@dataclass
class BucketListResponse:
    """The `BucketListResponse` schema."""

    buckets: List[BucketResponse]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketListResponse:
        """BucketListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            buckets=_decode(data["buckets"], _list_of(BucketResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "buckets": _to_json(self.buckets),
            "total": self.total,
        }
        return data


@dataclass
class ColumnDefinition:
    """The `ColumnDefinition` schema."""

    # Column name: letters, digits and `_`, not starting with a digit; unique regardless of case.
    name: str
    # DuckDB type: BOOLEAN, TINYINT…HUGEINT, UTINYINT…UBIGINT, FLOAT, DOUBLE, DECIMAL(p,s), VARCHAR,
    # BLOB, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, UUID, JSON, their aliases, `T[]`,
    # STRUCT(...), MAP(K,V).
    type: str
    # Default: true.
    nullable: Optional[bool] = None
    # Default: a number, a quoted string literal (`'active'`), true, false, NULL, or
    # current_timestamp / current_date / now() / gen_random_uuid().
    default: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnDefinition:
        """ColumnDefinition from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            type=data["type"],
            nullable=data.get("nullable"),
            default=data.get("default"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "type": self.type,
        }
        if self.nullable is not None:
            data["nullable"] = self.nullable
        if self.default is not None:
            data["default"] = self.default
        return data


@dataclass
class TableCreate:
    """The `TableCreate` schema."""

    # Table name, same rules as bucket names.
    name: str
    columns: List[ColumnDefinition]
    # Column names of the primary key; null or [] = none.
    primary_key: Optional[List[str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableCreate:
        """TableCreate from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            columns=_decode(data["columns"], _list_of(ColumnDefinition.from_dict)),
            primary_key=data.get("primary_key"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "columns": _to_json(self.columns),
        }
        if self.primary_key is not None:
            data["primary_key"] = self.primary_key
        return data


@dataclass
class ColumnInfo:
    """The `ColumnInfo` schema."""

    name: str
    # DuckDB's canonical type name.
    type: str
    nullable: bool
    ordinal_position: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnInfo:
        """ColumnInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            type=data["type"],
            nullable=data["nullable"],
            ordinal_position=data["ordinal_position"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "nullable": self.nullable,
            "ordinal_position": self.ordinal_position,
        }
        return data


@dataclass
class TableResponse:
    """The `TableResponse` schema."""

    name: str
    bucket: str
    columns: List[ColumnInfo]
    row_count: int
    # Bytes of the table file (and its WAL).
    size_bytes: int
    primary_key: List[str]
    # ISO-8601.
    created_at: Optional[str]
    # ISO-8601 of the last change of schema or data.
    updated_at: Optional[str]
    source: Literal["main", "branch"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableResponse:
        """TableResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            bucket=data["bucket"],
            columns=_decode(data["columns"], _list_of(ColumnInfo.from_dict)),
            row_count=data["row_count"],
            size_bytes=data["size_bytes"],
            primary_key=data["primary_key"],
            created_at=data["created_at"],
            updated_at=data["updated_at"],
            source=data["source"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "bucket": self.bucket,
            "columns": _to_json(self.columns),
            "row_count": self.row_count,
            "size_bytes": self.size_bytes,
            "primary_key": self.primary_key,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "source": self.source,
        }
        return data


@dataclass
class TableListResponse:
    """The `TableListResponse` schema."""

    tables: List[TableResponse]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableListResponse:
        """TableListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            tables=_decode(data["tables"], _list_of(TableResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "tables": _to_json(self.tables),
            "total": self.total,
        }
        return data


@dataclass
class TablePreviewResponse:
    """The `TablePreviewResponse` schema."""

    columns: List[ColumnInfo]
    # Rows keyed by column name. Integers are JSON numbers with every digit, DECIMAL strings with
    # the scale's digits, DATE `YYYY-MM-DD`, TIME `HH:MM:SS[.ffffff]`, TIMESTAMP
    # `YYYY-MM-DDTHH:MM:SS[.ffffff]`, TIMESTAMPTZ the same in UTC with `+00:00`, INTERVAL ISO-8601
    # durations, BLOB base64, NaN and infinities null.
    rows: List[Dict[str, Any]]
    # Rows matching the filter (all rows without one).
    total_row_count: int
    preview_row_count: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TablePreviewResponse:
        """TablePreviewResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            columns=_decode(data["columns"], _list_of(ColumnInfo.from_dict)),
            rows=data["rows"],
            total_row_count=data["total_row_count"],
            preview_row_count=data["preview_row_count"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "columns": _to_json(self.columns),
            "rows": self.rows,
            "total_row_count": self.total_row_count,
            "preview_row_count": self.preview_row_count,
        }
        return data
