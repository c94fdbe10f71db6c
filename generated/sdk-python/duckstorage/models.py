# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Data classes for the schemas of DuckStorage API 0.1.0 (components.schemas)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, Union

__all__ = [
    "NULL",
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
    "BranchCreateRequest",
    "BranchResponse",
    "BranchListResponse",
    "BranchTable",
    "BranchDetailResponse",
    "PullTableResponse",
    "MergeTableRequest",
    "MergeTableResponse",
    "BranchMergeTable",
    "BranchMergeStatusResponse",
    "BucketCreate",
    "BucketResponse",
    "BucketListResponse",
    "BucketShareRequest",
    "BucketShareInfo",
    "BucketLinkRequest",
    "GrantReadonlyResponse",
    "ColumnDefinition",
    "TableCreate",
    "ColumnInfo",
    "TableResponse",
    "TableAlias",
    "TableListResponse",
    "TablePreviewResponse",
    "FilePrepareRequest",
    "FilePrepareResponse",
    "FileUploadForm",
    "FileUploadResponse",
    "FileRegisterRequest",
    "FileResponse",
    "FileListResponse",
    "RowFilter",
    "RowFilters",
    "CsvOptions",
    "ImportOptions",
    "ImportFromFileRequest",
    "ColumnMapping",
    "ImportFromTableRequest",
    "ImportResponse",
    "OrderBy",
    "ExportRequest",
    "ExportResponse",
    "AddColumnRequest",
    "AlterColumnRequest",
    "SetPrimaryKeyRequest",
    "DeleteRowsRequest",
    "DeleteRowsResponse",
    "ColumnStatistics",
    "QualityIssue",
    "Correlation",
    "TableProfileResponse",
    "SnapshotCreateRequest",
    "SnapshotResponse",
    "SnapshotListResponse",
    "SnapshotColumn",
    "SnapshotDetailResponse",
    "SnapshotRestoreRequest",
    "SnapshotRestoreResponse",
    "SnapshotTriggerSettings",
    "SnapshotRetentionSettings",
    "SnapshotConfigRequest",
    "SnapshotTriggers",
    "SnapshotRetention",
    "SnapshotConfig",
    "SnapshotSettingsResponse",
    "ServiceInfoResponse",
    "S3CredentialCreateRequest",
    "S3CredentialResponse",
    "S3CredentialCreateResponse",
    "S3CredentialListResponse",
    "PresignMethod",
    "PresignRequest",
    "PresignResponse",
    "S3Error",
    "S3ListBucketResult",
    "WorkspaceCreateRequest",
    "WorkspaceConnectionInfo",
    "WorkspaceResponse",
    "WorkspaceTableInfo",
    "WorkspaceObjectInfo",
    "WorkspaceDetailResponse",
    "WorkspaceListResponse",
    "WorkspaceLoadItem",
    "WorkspaceLoadRequest",
    "WorkspaceLoadError",
    "WorkspaceLoadTableResult",
    "WorkspaceLoadResponse",
    "PGWireAuthRequest",
    "PGWireTableInfo",
    "PGWireAuthResponse",
    "PGWireSessionCreateRequest",
    "PGWireSessionInfo",
    "PGWireSessionUpdateRequest",
    "PGWireCleanupResponse",
    "DriverExecuteRequest",
    "DriverLogMessage",
    "DriverExecuteResponse",
    "DriverCommandInfo",
    "DriverCommandList",
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


class _Null:
    """The type of NULL."""

    def __repr__(self) -> str:
        return "NULL"


NULL: Any = _Null()
"""An explicit JSON null, where None leaves an optional field out (e.g. a merge-patch PUT that unsets a key)."""


def _json_default(value: Any) -> Any:
    """json.dumps fallback: NULL becomes null wherever it is nested."""
    if isinstance(value, _Null):
        return None
    raise TypeError("not JSON serializable: %r" % (value,))


def _to_json(value: Any) -> Any:
    """Models, and lists and dicts of them, as JSON values; a dict given in place of a model stays as is."""
    if isinstance(value, _Null):
        return None
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
class BranchCreateRequest:
    """The `BranchCreateRequest` schema."""

    # Branch name, unique in the project; 1-100 characters. Characters the server does not accept
    # are 400 `invalid_name`.
    name: str
    description: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchCreateRequest:
        """BranchCreateRequest from a decoded JSON object; unknown keys are ignored."""
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
class BranchResponse:
    """The `BranchResponse` schema."""

    # Branch id, the `{branch_id}` of branch-first URLs.
    id: str
    project_id: str
    name: str
    # ISO-8601 timestamp with offset.
    created_at: str
    # Id of the API key that created the branch, or `admin` for the admin key; null when not
    # recorded.
    created_by: Optional[str]
    description: Optional[str]
    # Tables that live in the branch: copies of main tables and tables created in it.
    table_count: int
    # Bytes of those tables' files.
    size_bytes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchResponse:
        """BranchResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            name=data["name"],
            created_at=data["created_at"],
            created_by=data["created_by"],
            description=data["description"],
            table_count=data["table_count"],
            size_bytes=data["size_bytes"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "description": self.description,
            "table_count": self.table_count,
            "size_bytes": self.size_bytes,
        }
        return data


@dataclass
class BranchListResponse:
    """The `BranchListResponse` schema."""

    branches: List[BranchResponse]
    # Branches in this page.
    count: int
    # Branches of the project, over all pages.
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchListResponse:
        """BranchListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            branches=_decode(data["branches"], _list_of(BranchResponse.from_dict)),
            count=data["count"],
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "branches": _to_json(self.branches),
            "count": self.count,
            "total": self.total,
        }
        return data


@dataclass
class BranchTable:
    """A table that lives in a dev branch."""

    bucket_name: str
    table_name: str
    # ISO-8601 timestamp with offset: when the table was copied into the branch (or created there).
    copied_at: str
    # `branch`: a copy of a main table; `branch_only`: created in the branch, main has no such
    # table.
    source: Optional[Literal["branch", "branch_only"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchTable:
        """BranchTable from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            copied_at=data["copied_at"],
            source=data.get("source"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "copied_at": self.copied_at,
        }
        if self.source is not None:
            data["source"] = self.source
        return data


@dataclass
class BranchDetailResponse:
    """The `BranchDetailResponse` schema."""

    # Branch id, the `{branch_id}` of branch-first URLs.
    id: str
    project_id: str
    name: str
    # ISO-8601 timestamp with offset.
    created_at: str
    # Id of the API key that created the branch, or `admin` for the admin key; null when not
    # recorded.
    created_by: Optional[str]
    description: Optional[str]
    # Tables that live in the branch: copies of main tables and tables created in it.
    table_count: int
    # Bytes of those tables' files.
    size_bytes: int
    # The tables that live in the branch, oldest copy first.
    copied_tables: List[BranchTable]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchDetailResponse:
        """BranchDetailResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            name=data["name"],
            created_at=data["created_at"],
            created_by=data["created_by"],
            description=data["description"],
            table_count=data["table_count"],
            size_bytes=data["size_bytes"],
            copied_tables=_decode(data["copied_tables"], _list_of(BranchTable.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "description": self.description,
            "table_count": self.table_count,
            "size_bytes": self.size_bytes,
            "copied_tables": _to_json(self.copied_tables),
        }
        return data


@dataclass
class PullTableResponse:
    """The `PullTableResponse` schema."""

    bucket_name: str
    table_name: str
    # What happened, e.g. `Table now reads from main (live view)` or `Table was already reading from
    # main`.
    message: str
    # The branch had a copy of the table, now dropped.
    was_local: bool
    # Id of the snapshot taken of the branch copy before it was dropped; null or absent when there
    # was no copy or no snapshot was taken.
    snapshot_id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PullTableResponse:
        """PullTableResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            message=data["message"],
            was_local=data["was_local"],
            snapshot_id=data.get("snapshot_id"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "message": self.message,
            "was_local": self.was_local,
        }
        if self.snapshot_id is not None:
            data["snapshot_id"] = self.snapshot_id
        return data


@dataclass
class MergeTableRequest:
    """The `MergeTableRequest` schema."""

    # Merge even when main's table changed after the branch copied it, overwriting those changes.
    # Default: false.
    force: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MergeTableRequest:
        """MergeTableRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            force=data.get("force"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.force is not None:
            data["force"] = self.force
        return data


@dataclass
class MergeTableResponse:
    """The `MergeTableResponse` schema."""

    bucket_name: str
    table_name: str
    # Rows of main's table after the merge.
    row_count: int
    # Main had no such table; the merge created it.
    created_in_main: bool
    # Id of the snapshot of main's table taken before it was replaced; null when main had no such
    # table or no snapshot was taken.
    snapshot_id: Optional[str]
    # Main's table had changed after the branch copied it (merged only with `force`).
    conflict: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MergeTableResponse:
        """MergeTableResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            row_count=data["row_count"],
            created_in_main=data["created_in_main"],
            snapshot_id=data["snapshot_id"],
            conflict=data["conflict"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "row_count": self.row_count,
            "created_in_main": self.created_in_main,
            "snapshot_id": self.snapshot_id,
            "conflict": self.conflict,
        }
        return data


@dataclass
class BranchMergeTable:
    """One table of a dev branch compared with main."""

    bucket_name: str
    table_name: str
    # `branch`: a copy of a main table; `branch_only`: created in the branch, main has no such
    # table.
    source: Literal["branch", "branch_only"]
    # ISO-8601 timestamp with offset: when the table was copied into the branch (or created there).
    copied_at: str
    # ISO-8601 timestamp with offset of the last change in the branch.
    branch_updated_at: str
    # ISO-8601 timestamp with offset of the last change of main's table; null when main has no such
    # table.
    main_updated_at: Optional[str]
    # Main's table changed after the copy. A merge would overwrite that change, so mergeTable
    # answers 409 `merge_conflict` without `force`; a conflict in the strict sense when
    # `branch_changed` is true as well.
    main_changed: bool
    # The branch changed the table after the copy.
    branch_changed: bool
    # Main's table was deleted after the copy.
    main_deleted: bool
    # The branch dropped the table; merging it drops main's table (after an automatic snapshot).
    branch_deleted: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchMergeTable:
        """BranchMergeTable from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            source=data["source"],
            copied_at=data["copied_at"],
            branch_updated_at=data["branch_updated_at"],
            main_updated_at=data["main_updated_at"],
            main_changed=data["main_changed"],
            branch_changed=data["branch_changed"],
            main_deleted=data["main_deleted"],
            branch_deleted=data["branch_deleted"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "source": self.source,
            "copied_at": self.copied_at,
            "branch_updated_at": self.branch_updated_at,
            "main_updated_at": self.main_updated_at,
            "main_changed": self.main_changed,
            "branch_changed": self.branch_changed,
            "main_deleted": self.main_deleted,
            "branch_deleted": self.branch_deleted,
        }
        return data


@dataclass
class BranchMergeStatusResponse:
    """The `BranchMergeStatusResponse` schema."""

    branch_id: str
    tables: List[BranchMergeTable]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BranchMergeStatusResponse:
        """BranchMergeStatusResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            branch_id=data["branch_id"],
            tables=_decode(data["tables"], _list_of(BranchMergeTable.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "branch_id": self.branch_id,
            "tables": _to_json(self.tables),
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
    # Tables of the bucket; for a link, of the source bucket.
    table_count: int
    # The bucket's description; for a link, `Linked from {source_project_id}.{source_bucket_name}`.
    description: Optional[str]
    # The bucket is a link to a bucket of another project (linkBucket), read-only.
    is_linked: bool
    # The linked bucket's project; null unless `is_linked`.
    source_project_id: Optional[str]
    # The linked bucket's name; null unless `is_linked`.
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
class BucketShareRequest:
    """The `BucketShareRequest` schema."""

    # The project to share the bucket with.
    target_project_id: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketShareRequest:
        """BucketShareRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            target_project_id=data["target_project_id"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "target_project_id": self.target_project_id,
        }
        return data


@dataclass
class BucketShareInfo:
    """The `BucketShareInfo` schema."""

    # The shared bucket.
    name: str
    # Ids of every project the bucket is shared with.
    shared_with: List[str]
    # The bucket is a link to another project's bucket.
    is_linked: bool
    # The linked bucket's project; null unless `is_linked`.
    source_project_id: Optional[str]
    # The linked bucket's name; null unless `is_linked`.
    source_bucket_name: Optional[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketShareInfo:
        """BucketShareInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            shared_with=data["shared_with"],
            is_linked=data["is_linked"],
            source_project_id=data["source_project_id"],
            source_bucket_name=data["source_bucket_name"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "shared_with": self.shared_with,
            "is_linked": self.is_linked,
            "source_project_id": self.source_project_id,
            "source_bucket_name": self.source_bucket_name,
        }
        return data


@dataclass
class BucketLinkRequest:
    """The `BucketLinkRequest` schema."""

    # The project that owns and shares the bucket.
    source_project_id: str
    # The bucket in that project.
    source_bucket_name: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BucketLinkRequest:
        """BucketLinkRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source_project_id=data["source_project_id"],
            source_bucket_name=data["source_bucket_name"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source_project_id": self.source_project_id,
            "source_bucket_name": self.source_bucket_name,
        }
        return data


@dataclass
class GrantReadonlyResponse:
    """The `GrantReadonlyResponse` schema."""

    status: Literal["success"]
    # How read-only access is enforced.
    message: str
    bucket_name: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GrantReadonlyResponse:
        """GrantReadonlyResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            status=data["status"],
            message=data["message"],
            bucket_name=data["bucket_name"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "status": self.status,
            "message": self.message,
            "bucket_name": self.bucket_name,
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
    # Where the table read on this branch lives: `main` (main's table; always on `default`),
    # `branch` (the dev branch's copy of a main table) or `branch_only` (created in the dev branch,
    # not in main).
    source: Literal["main", "branch", "branch_only"]
    # Present only for an alias table (created by the gRPC driver's CreateViewCommand): a read-only
    # view of another table of the project, showing its current rows through `columns` and
    # `where_filters`. It has no file (`size_bytes` 0) and no primary key; reads (get, list,
    # preview, export, workspace loads) work as on a table, writes answer 400
    # `operation_not_allowed`, deleteTable drops the alias only. A table aliases read cannot be
    # deleted (400 `table_has_aliases`) until they are.
    alias: Optional[TableAlias] = None

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
            alias=_decode(data.get("alias"), TableAlias.from_dict),
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
        if self.alias is not None:
            data["alias"] = _to_json(self.alias)
        return data


@dataclass
class TableAlias:
    """Present only for an alias table (created by the gRPC driver's CreateViewCommand): a read-only view of another table of the project, showing its current rows through `columns` and `where_filters`. It has no file (`size_bytes` 0) and no primary key; reads (get, list, preview, export, workspace loads) work as on a table, writes answer 400 `operation_not_allowed`, deleteTable drops the alias only. A table aliases read cannot be deleted (400 `table_has_aliases`) until they are.
    """

    source_bucket: str
    source_table: str
    # Source columns in view order; empty: every column of the source.
    columns: List[str]
    # ANDed; values are compared as the source column's type.
    where_filters: List[RowFilter]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableAlias:
        """TableAlias from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source_bucket=data["source_bucket"],
            source_table=data["source_table"],
            columns=data["columns"],
            where_filters=_decode(data["where_filters"], _list_of(RowFilter.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source_bucket": self.source_bucket,
            "source_table": self.source_table,
            "columns": self.columns,
            "where_filters": _to_json(self.where_filters),
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


@dataclass
class FilePrepareRequest:
    """The `FilePrepareRequest` schema."""

    # Name the file will have (no path separators, at most 255 bytes); stored as metadata only,
    # never used as a path.
    filename: str
    content_type: Optional[str] = None
    size_bytes: Optional[int] = None
    tags: Optional[Dict[str, str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FilePrepareRequest:
        """FilePrepareRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            filename=data["filename"],
            content_type=data.get("content_type"),
            size_bytes=data.get("size_bytes"),
            tags=data.get("tags"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "filename": self.filename,
        }
        if self.content_type is not None:
            data["content_type"] = self.content_type
        if self.size_bytes is not None:
            data["size_bytes"] = self.size_bytes
        if self.tags is not None:
            data["tags"] = self.tags
        return data


@dataclass
class FilePrepareResponse:
    """The `FilePrepareResponse` schema."""

    upload_key: str
    # Relative URL of uploadFile for this session; it still needs the bearer key.
    upload_url: str
    # ISO-8601; the session and its staged bytes are swept after it (UPLOAD_SESSION_TTL_SECONDS).
    expires_at: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FilePrepareResponse:
        """FilePrepareResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            upload_key=data["upload_key"],
            upload_url=data["upload_url"],
            expires_at=data["expires_at"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "upload_key": self.upload_key,
            "upload_url": self.upload_url,
            "expires_at": self.expires_at,
        }
        return data


@dataclass
class FileUploadForm:
    """The `FileUploadForm` schema."""

    # The file bytes (the part's own filename and type are ignored).
    file: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileUploadForm:
        """FileUploadForm from a decoded JSON object; unknown keys are ignored."""
        return cls(
            file=data["file"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "file": self.file,
        }
        return data


@dataclass
class FileUploadResponse:
    """The `FileUploadResponse` schema."""

    upload_key: str
    # Where the bytes wait, relative to the project's file directory.
    staging_path: str
    size_bytes: int
    checksum_sha256: str
    checksum_md5: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileUploadResponse:
        """FileUploadResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            upload_key=data["upload_key"],
            staging_path=data["staging_path"],
            size_bytes=data["size_bytes"],
            checksum_sha256=data["checksum_sha256"],
            checksum_md5=data.get("checksum_md5"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "upload_key": self.upload_key,
            "staging_path": self.staging_path,
            "size_bytes": self.size_bytes,
            "checksum_sha256": self.checksum_sha256,
        }
        if self.checksum_md5 is not None:
            data["checksum_md5"] = self.checksum_md5
        return data


@dataclass
class FileRegisterRequest:
    """The `FileRegisterRequest` schema."""

    upload_key: str
    name: Optional[str] = None
    tags: Optional[Dict[str, str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileRegisterRequest:
        """FileRegisterRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            upload_key=data["upload_key"],
            name=data.get("name"),
            tags=data.get("tags"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "upload_key": self.upload_key,
        }
        if self.name is not None:
            data["name"] = self.name
        if self.tags is not None:
            data["tags"] = self.tags
        return data


@dataclass
class FileResponse:
    """The `FileResponse` schema."""

    id: str
    project_id: str
    name: str
    # Relative to FILES_DIR; derived from the id, never from the name.
    path: str
    size_bytes: int
    content_type: Optional[str]
    checksum_sha256: Optional[str]
    is_staged: bool
    created_at: str
    expires_at: Optional[str]
    tags: Optional[Dict[str, str]]
    checksum_md5: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileResponse:
        """FileResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            name=data["name"],
            path=data["path"],
            size_bytes=data["size_bytes"],
            content_type=data["content_type"],
            checksum_sha256=data["checksum_sha256"],
            is_staged=data["is_staged"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            tags=data["tags"],
            checksum_md5=data.get("checksum_md5"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "path": self.path,
            "size_bytes": self.size_bytes,
            "content_type": self.content_type,
            "checksum_sha256": self.checksum_sha256,
            "is_staged": self.is_staged,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "tags": self.tags,
        }
        if self.checksum_md5 is not None:
            data["checksum_md5"] = self.checksum_md5
        return data


@dataclass
class FileListResponse:
    """The `FileListResponse` schema."""

    files: List[FileResponse]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FileListResponse:
        """FileListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            files=_decode(data["files"], _list_of(FileResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "files": _to_json(self.files),
            "total": self.total,
        }
        return data


@dataclass
class RowFilter:
    """The `RowFilter` schema."""

    column: str
    operator: Literal["eq", "ne", "gt", "ge", "lt", "le", "in", "not_in", "like", "not_like", "is_null", "is_not_null", "between"]
    # Compared as the column's type; none for is_null/is_not_null, two for between, one or more for
    # the others (eq with several = in).
    values: Optional[List[Union[str, float, bool]]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RowFilter:
        """RowFilter from a decoded JSON object; unknown keys are ignored."""
        return cls(
            column=data["column"],
            operator=data["operator"],
            values=data.get("values"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "column": self.column,
            "operator": self.operator,
        }
        if self.values is not None:
            data["values"] = self.values
        return data


@dataclass
class CsvOptions:
    """The `CsvOptions` schema."""

    # Field delimiter; `,` when absent.
    delimiter: Optional[str] = None
    # Quote character; `"` when absent.
    quote: Optional[str] = None
    # Escape character inside quotes; when absent, the quote doubled (RFC 4180).
    escape: Optional[str] = None
    # Whether the first line names the columns (default true); columns are matched by these names.
    # Without a header, columns are taken in table order.
    header: Optional[bool] = None
    # Text that means NULL (default: an unquoted empty field).
    null_string: Optional[str] = None
    # `auto` (default) detects gzip from the file's first bytes.
    compression: Optional[Literal["auto", "gzip", "none"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CsvOptions:
        """CsvOptions from a decoded JSON object; unknown keys are ignored."""
        return cls(
            delimiter=data.get("delimiter"),
            quote=data.get("quote"),
            escape=data.get("escape"),
            header=data.get("header"),
            null_string=data.get("null_string"),
            compression=data.get("compression"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.delimiter is not None:
            data["delimiter"] = self.delimiter
        if self.quote is not None:
            data["quote"] = self.quote
        if self.escape is not None:
            data["escape"] = self.escape
        if self.header is not None:
            data["header"] = self.header
        if self.null_string is not None:
            data["null_string"] = self.null_string
        if self.compression is not None:
            data["compression"] = self.compression
        return data


@dataclass
class ImportOptions:
    """The `ImportOptions` schema."""

    # false: the table is replaced by the file's rows (atomically); true: rows are added (upserted
    # by primary key per dedup_mode). Default: false.
    incremental: Optional[bool] = None
    # With a primary key: update_duplicates upserts (last row of the file wins), fail_on_duplicates
    # refuses the load with 409 naming a key, insert_duplicates is refused with 400 (a primary key
    # table cannot hold duplicates). Default: "update_duplicates".
    dedup_mode: Optional[Literal["update_duplicates", "insert_duplicates", "fail_on_duplicates"]] = None
    columns: Optional[List[str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportOptions:
        """ImportOptions from a decoded JSON object; unknown keys are ignored."""
        return cls(
            incremental=data.get("incremental"),
            dedup_mode=data.get("dedup_mode"),
            columns=data.get("columns"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.incremental is not None:
            data["incremental"] = self.incremental
        if self.dedup_mode is not None:
            data["dedup_mode"] = self.dedup_mode
        if self.columns is not None:
            data["columns"] = self.columns
        return data


@dataclass
class ImportFromFileRequest:
    """The `ImportFromFileRequest` schema."""

    file_id: str
    # `csv` or `parquet`. Default: "csv".
    format: Optional[str] = None
    csv_options: Optional[CsvOptions] = None
    import_options: Optional[ImportOptions] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportFromFileRequest:
        """ImportFromFileRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            file_id=data["file_id"],
            format=data.get("format"),
            csv_options=_decode(data.get("csv_options"), CsvOptions.from_dict),
            import_options=_decode(data.get("import_options"), ImportOptions.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "file_id": self.file_id,
        }
        if self.format is not None:
            data["format"] = self.format
        if self.csv_options is not None:
            data["csv_options"] = _to_json(self.csv_options)
        if self.import_options is not None:
            data["import_options"] = _to_json(self.import_options)
        return data


@dataclass
class ColumnMapping:
    """The `ColumnMapping` schema."""

    source: str
    destination: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """ColumnMapping from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source=data["source"],
            destination=data["destination"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source": self.source,
            "destination": self.destination,
        }
        return data


@dataclass
class ImportFromTableRequest:
    """The `ImportFromTableRequest` schema."""

    source_bucket: str
    source_table: str
    columns: Optional[List[ColumnMapping]] = None
    # Structured filters, all of which must hold (AND); values are bound, never spliced.
    where: Optional[List[RowFilter]] = None
    where_filter: Optional[str] = None
    import_options: Optional[ImportOptions] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportFromTableRequest:
        """ImportFromTableRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source_bucket=data["source_bucket"],
            source_table=data["source_table"],
            columns=_decode(data.get("columns"), _list_of(ColumnMapping.from_dict)),
            where=_decode(data.get("where"), _list_of(RowFilter.from_dict)),
            where_filter=data.get("where_filter"),
            import_options=_decode(data.get("import_options"), ImportOptions.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source_bucket": self.source_bucket,
            "source_table": self.source_table,
        }
        if self.columns is not None:
            data["columns"] = _to_json(self.columns)
        if self.where is not None:
            data["where"] = _to_json(self.where)
        if self.where_filter is not None:
            data["where_filter"] = self.where_filter
        if self.import_options is not None:
            data["import_options"] = _to_json(self.import_options)
        return data


@dataclass
class ImportResponse:
    """The `ImportResponse` schema."""

    # Rows read from the source (full load) or rows the table gained (incremental).
    imported_rows: int
    table_rows_after: int
    table_size_bytes: int
    warnings: List[str]
    duration_ms: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportResponse:
        """ImportResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            imported_rows=data["imported_rows"],
            table_rows_after=data["table_rows_after"],
            table_size_bytes=data["table_size_bytes"],
            warnings=data["warnings"],
            duration_ms=data["duration_ms"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "imported_rows": self.imported_rows,
            "table_rows_after": self.table_rows_after,
            "table_size_bytes": self.table_size_bytes,
            "warnings": self.warnings,
            "duration_ms": self.duration_ms,
        }
        return data


@dataclass
class OrderBy:
    """The `OrderBy` schema."""

    column: str
    direction: Optional[Literal["asc", "desc"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderBy:
        """OrderBy from a decoded JSON object; unknown keys are ignored."""
        return cls(
            column=data["column"],
            direction=data.get("direction"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "column": self.column,
        }
        if self.direction is not None:
            data["direction"] = self.direction
        return data


@dataclass
class ExportRequest:
    """The `ExportRequest` schema."""

    # `csv` or `parquet`. Default: "csv".
    format: Optional[str] = None
    compression: Optional[str] = None
    columns: Optional[List[str]] = None
    where_filter: Optional[str] = None
    # Structured filters, all of which must hold (AND); values are bound, never spliced.
    where: Optional[List[RowFilter]] = None
    order_by: Optional[List[OrderBy]] = None
    limit: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportRequest:
        """ExportRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            format=data.get("format"),
            compression=data.get("compression"),
            columns=data.get("columns"),
            where_filter=data.get("where_filter"),
            where=_decode(data.get("where"), _list_of(RowFilter.from_dict)),
            order_by=_decode(data.get("order_by"), _list_of(OrderBy.from_dict)),
            limit=data.get("limit"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.format is not None:
            data["format"] = self.format
        if self.compression is not None:
            data["compression"] = self.compression
        if self.columns is not None:
            data["columns"] = self.columns
        if self.where_filter is not None:
            data["where_filter"] = self.where_filter
        if self.where is not None:
            data["where"] = _to_json(self.where)
        if self.order_by is not None:
            data["order_by"] = _to_json(self.order_by)
        if self.limit is not None:
            data["limit"] = self.limit
        return data


@dataclass
class ExportResponse:
    """The `ExportResponse` schema."""

    file_id: str
    file_path: str
    rows_exported: int
    file_size_bytes: int
    duration_ms: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportResponse:
        """ExportResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            file_id=data["file_id"],
            file_path=data["file_path"],
            rows_exported=data["rows_exported"],
            file_size_bytes=data["file_size_bytes"],
            duration_ms=data["duration_ms"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "file_id": self.file_id,
            "file_path": self.file_path,
            "rows_exported": self.rows_exported,
            "file_size_bytes": self.file_size_bytes,
            "duration_ms": self.duration_ms,
        }
        return data


@dataclass
class AddColumnRequest:
    """The `AddColumnRequest` schema."""

    name: str
    # A DuckDB type, checked by the type grammar of createTable.
    type: str
    # Default: true.
    nullable: Optional[bool] = None
    default: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddColumnRequest:
        """AddColumnRequest from a decoded JSON object; unknown keys are ignored."""
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
class AlterColumnRequest:
    """The `AlterColumnRequest` schema."""

    new_name: Optional[str] = None
    new_type: Optional[str] = None
    set_not_null: Optional[bool] = None
    set_default: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AlterColumnRequest:
        """AlterColumnRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            new_name=data.get("new_name"),
            new_type=data.get("new_type"),
            set_not_null=data.get("set_not_null"),
            set_default=data.get("set_default"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.new_name is not None:
            data["new_name"] = self.new_name
        if self.new_type is not None:
            data["new_type"] = self.new_type
        if self.set_not_null is not None:
            data["set_not_null"] = self.set_not_null
        if self.set_default is not None:
            data["set_default"] = self.set_default
        return data


@dataclass
class SetPrimaryKeyRequest:
    """The `SetPrimaryKeyRequest` schema."""

    columns: List[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SetPrimaryKeyRequest:
        """SetPrimaryKeyRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            columns=data["columns"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "columns": self.columns,
        }
        return data


@dataclass
class DeleteRowsRequest:
    """Give where_clause or where (or both, ANDed)."""

    # A filter as SQL text, e.g. `status = 'deleted' AND id IN (1, 2)`. It is parsed by DuckDB and
    # only column references of this table, literals, comparisons, AND/OR/NOT, IN, BETWEEN,
    # LIKE/ILIKE, IS [NOT] NULL and a short list of scalar functions are accepted; the statement is
    # rebuilt from the checked tree with bound values. Anything else (subqueries, table functions,
    # other tables, several statements) is 400 `invalid_where_clause`.
    where_clause: Optional[str] = None
    # Structured filters, all of which must hold (AND); values are bound, never spliced.
    where: Optional[List[RowFilter]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteRowsRequest:
        """DeleteRowsRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            where_clause=data.get("where_clause"),
            where=_decode(data.get("where"), _list_of(RowFilter.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.where_clause is not None:
            data["where_clause"] = self.where_clause
        if self.where is not None:
            data["where"] = _to_json(self.where)
        return data


@dataclass
class DeleteRowsResponse:
    """The `DeleteRowsResponse` schema."""

    deleted_rows: int
    table_rows_after: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteRowsResponse:
        """DeleteRowsResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            deleted_rows=data["deleted_rows"],
            table_rows_after=data["table_rows_after"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "deleted_rows": self.deleted_rows,
            "table_rows_after": self.table_rows_after,
        }
        return data


@dataclass
class ColumnStatistics:
    """The `ColumnStatistics` schema."""

    column_name: str
    column_type: str
    # JSON number for numeric columns, boolean for BOOLEAN, text otherwise.
    min: Any
    max: Any
    approx_unique: Optional[int]
    count: Optional[int]
    null_percentage: Optional[float]
    cardinality_ratio: Optional[float] = None
    cardinality_class: Optional[Literal["unique", "constant", "high", "medium", "low", "very_low"]] = None
    avg: Optional[float] = None
    std: Optional[float] = None
    skewness: Optional[float] = None
    kurtosis: Optional[float] = None
    q01: Optional[float] = None
    q05: Optional[float] = None
    q25: Optional[float] = None
    q50: Optional[float] = None
    q75: Optional[float] = None
    q95: Optional[float] = None
    q99: Optional[float] = None
    outlier_lower_bound: Optional[float] = None
    outlier_upper_bound: Optional[float] = None
    outlier_count: Optional[int] = None
    histogram: Optional[List[Dict[str, Any]]] = None
    avg_length: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    empty_count: Optional[int] = None
    whitespace_only_count: Optional[int] = None
    detected_patterns: Optional[List[Dict[str, Any]]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnStatistics:
        """ColumnStatistics from a decoded JSON object; unknown keys are ignored."""
        return cls(
            column_name=data["column_name"],
            column_type=data["column_type"],
            min=data["min"],
            max=data["max"],
            approx_unique=data["approx_unique"],
            count=data["count"],
            null_percentage=data["null_percentage"],
            cardinality_ratio=data.get("cardinality_ratio"),
            cardinality_class=data.get("cardinality_class"),
            avg=data.get("avg"),
            std=data.get("std"),
            skewness=data.get("skewness"),
            kurtosis=data.get("kurtosis"),
            q01=data.get("q01"),
            q05=data.get("q05"),
            q25=data.get("q25"),
            q50=data.get("q50"),
            q75=data.get("q75"),
            q95=data.get("q95"),
            q99=data.get("q99"),
            outlier_lower_bound=data.get("outlier_lower_bound"),
            outlier_upper_bound=data.get("outlier_upper_bound"),
            outlier_count=data.get("outlier_count"),
            histogram=data.get("histogram"),
            avg_length=data.get("avg_length"),
            min_length=data.get("min_length"),
            max_length=data.get("max_length"),
            empty_count=data.get("empty_count"),
            whitespace_only_count=data.get("whitespace_only_count"),
            detected_patterns=data.get("detected_patterns"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "column_name": self.column_name,
            "column_type": self.column_type,
            "min": self.min,
            "max": self.max,
            "approx_unique": self.approx_unique,
            "count": self.count,
            "null_percentage": self.null_percentage,
        }
        if self.cardinality_ratio is not None:
            data["cardinality_ratio"] = self.cardinality_ratio
        if self.cardinality_class is not None:
            data["cardinality_class"] = self.cardinality_class
        if self.avg is not None:
            data["avg"] = self.avg
        if self.std is not None:
            data["std"] = self.std
        if self.skewness is not None:
            data["skewness"] = self.skewness
        if self.kurtosis is not None:
            data["kurtosis"] = self.kurtosis
        if self.q01 is not None:
            data["q01"] = self.q01
        if self.q05 is not None:
            data["q05"] = self.q05
        if self.q25 is not None:
            data["q25"] = self.q25
        if self.q50 is not None:
            data["q50"] = self.q50
        if self.q75 is not None:
            data["q75"] = self.q75
        if self.q95 is not None:
            data["q95"] = self.q95
        if self.q99 is not None:
            data["q99"] = self.q99
        if self.outlier_lower_bound is not None:
            data["outlier_lower_bound"] = self.outlier_lower_bound
        if self.outlier_upper_bound is not None:
            data["outlier_upper_bound"] = self.outlier_upper_bound
        if self.outlier_count is not None:
            data["outlier_count"] = self.outlier_count
        if self.histogram is not None:
            data["histogram"] = self.histogram
        if self.avg_length is not None:
            data["avg_length"] = self.avg_length
        if self.min_length is not None:
            data["min_length"] = self.min_length
        if self.max_length is not None:
            data["max_length"] = self.max_length
        if self.empty_count is not None:
            data["empty_count"] = self.empty_count
        if self.whitespace_only_count is not None:
            data["whitespace_only_count"] = self.whitespace_only_count
        if self.detected_patterns is not None:
            data["detected_patterns"] = self.detected_patterns
        return data


@dataclass
class QualityIssue:
    """The `QualityIssue` schema."""

    column: str
    type: str
    severity: Literal["info", "warning"]
    message: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QualityIssue:
        """QualityIssue from a decoded JSON object; unknown keys are ignored."""
        return cls(
            column=data["column"],
            type=data["type"],
            severity=data["severity"],
            message=data["message"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "column": self.column,
            "type": self.type,
            "severity": self.severity,
            "message": self.message,
        }
        return data


@dataclass
class Correlation:
    """The `Correlation` schema."""

    column1: str
    column2: str
    correlation: float
    strength: Literal["strong", "moderate"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Correlation:
        """Correlation from a decoded JSON object; unknown keys are ignored."""
        return cls(
            column1=data["column1"],
            column2=data["column2"],
            correlation=data["correlation"],
            strength=data["strength"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "column1": self.column1,
            "column2": self.column2,
            "correlation": self.correlation,
            "strength": self.strength,
        }
        return data


@dataclass
class TableProfileResponse:
    """The `TableProfileResponse` schema."""

    table_name: str
    bucket_name: str
    row_count: int
    column_count: int
    mode: Literal["basic", "distribution", "quality", "full"]
    statistics: List[ColumnStatistics]
    quality_score: float
    quality_issues: List[QualityIssue]
    correlations: List[Correlation]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TableProfileResponse:
        """TableProfileResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            table_name=data["table_name"],
            bucket_name=data["bucket_name"],
            row_count=data["row_count"],
            column_count=data["column_count"],
            mode=data["mode"],
            statistics=_decode(data["statistics"], _list_of(ColumnStatistics.from_dict)),
            quality_score=data["quality_score"],
            quality_issues=_decode(data["quality_issues"], _list_of(QualityIssue.from_dict)),
            correlations=_decode(data["correlations"], _list_of(Correlation.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "table_name": self.table_name,
            "bucket_name": self.bucket_name,
            "row_count": self.row_count,
            "column_count": self.column_count,
            "mode": self.mode,
            "statistics": _to_json(self.statistics),
            "quality_score": self.quality_score,
            "quality_issues": _to_json(self.quality_issues),
            "correlations": _to_json(self.correlations),
        }
        return data


@dataclass
class SnapshotCreateRequest:
    """The `SnapshotCreateRequest` schema."""

    # Bucket of the table.
    bucket: str
    # The table to snapshot.
    table: str
    description: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotCreateRequest:
        """SnapshotCreateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket=data["bucket"],
            table=data["table"],
            description=data.get("description"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket": self.bucket,
            "table": self.table,
        }
        if self.description is not None:
            data["description"] = self.description
        return data


@dataclass
class SnapshotResponse:
    """The `SnapshotResponse` schema."""

    id: str
    project_id: str
    # Bucket of the table the snapshot was taken from.
    bucket_name: str
    # Name of the table the snapshot was taken from.
    table_name: str
    # `manual` (createSnapshot); automatic, taken just before: `auto_predrop` (deleteTable),
    # `auto_predrop_column` (dropColumn), `auto_pretruncate` (deleteRows removing every row),
    # `auto_prerestore` (restoreSnapshot replacing an existing table), `auto_preload` (an import
    # that replaces all rows), `auto_predelete_bucket` (deleteBucket dropping its tables). Other
    # values may be added.
    snapshot_type: str
    row_count: int
    # Bytes of the snapshot's data file.
    size_bytes: int
    # ISO-8601 timestamp with offset.
    created_at: str
    # Who took it: the id of the API key of the call (for an automatic snapshot, the call that
    # triggered it), or `admin` for the admin key; null when not recorded.
    created_by: Optional[str]
    # ISO-8601 timestamp with offset: created_at plus the retention days that applied to the table
    # then (`manual_days` or `auto_days`).
    expires_at: Optional[str]
    # The caller's text, or for an automatic snapshot what it was taken before.
    description: Optional[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotResponse:
        """SnapshotResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            snapshot_type=data["snapshot_type"],
            row_count=data["row_count"],
            size_bytes=data["size_bytes"],
            created_at=data["created_at"],
            created_by=data["created_by"],
            expires_at=data["expires_at"],
            description=data["description"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "snapshot_type": self.snapshot_type,
            "row_count": self.row_count,
            "size_bytes": self.size_bytes,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "expires_at": self.expires_at,
            "description": self.description,
        }
        return data


@dataclass
class SnapshotListResponse:
    """The `SnapshotListResponse` schema."""

    snapshots: List[SnapshotResponse]
    # Snapshots matching the filters, over all pages.
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotListResponse:
        """SnapshotListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            snapshots=_decode(data["snapshots"], _list_of(SnapshotResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "snapshots": _to_json(self.snapshots),
            "total": self.total,
        }
        return data


@dataclass
class SnapshotColumn:
    """The `SnapshotColumn` schema."""

    name: str
    # DuckDB's type name.
    type: str
    nullable: bool
    # The column's default expression; null or absent = none.
    default: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotColumn:
        """SnapshotColumn from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            type=data["type"],
            nullable=data["nullable"],
            default=data.get("default"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "nullable": self.nullable,
        }
        if self.default is not None:
            data["default"] = self.default
        return data


@dataclass
class SnapshotDetailResponse:
    """The `SnapshotDetailResponse` schema."""

    id: str
    project_id: str
    # Bucket of the table the snapshot was taken from.
    bucket_name: str
    # Name of the table the snapshot was taken from.
    table_name: str
    # `manual` (createSnapshot); automatic, taken just before: `auto_predrop` (deleteTable),
    # `auto_predrop_column` (dropColumn), `auto_pretruncate` (deleteRows removing every row),
    # `auto_prerestore` (restoreSnapshot replacing an existing table), `auto_preload` (an import
    # that replaces all rows), `auto_predelete_bucket` (deleteBucket dropping its tables). Other
    # values may be added.
    snapshot_type: str
    row_count: int
    # Bytes of the snapshot's data file.
    size_bytes: int
    # ISO-8601 timestamp with offset.
    created_at: str
    # Who took it: the id of the API key of the call (for an automatic snapshot, the call that
    # triggered it), or `admin` for the admin key; null when not recorded.
    created_by: Optional[str]
    # ISO-8601 timestamp with offset: created_at plus the retention days that applied to the table
    # then (`manual_days` or `auto_days`).
    expires_at: Optional[str]
    # The caller's text, or for an automatic snapshot what it was taken before.
    description: Optional[str]
    # The columns of the table when the snapshot was taken, in order.
    schema_columns: List[SnapshotColumn]
    # [] = none.
    primary_key: List[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotDetailResponse:
        """SnapshotDetailResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            project_id=data["project_id"],
            bucket_name=data["bucket_name"],
            table_name=data["table_name"],
            snapshot_type=data["snapshot_type"],
            row_count=data["row_count"],
            size_bytes=data["size_bytes"],
            created_at=data["created_at"],
            created_by=data["created_by"],
            expires_at=data["expires_at"],
            description=data["description"],
            schema_columns=_decode(data["schema_columns"], _list_of(SnapshotColumn.from_dict)),
            primary_key=data["primary_key"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "bucket_name": self.bucket_name,
            "table_name": self.table_name,
            "snapshot_type": self.snapshot_type,
            "row_count": self.row_count,
            "size_bytes": self.size_bytes,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "expires_at": self.expires_at,
            "description": self.description,
            "schema_columns": _to_json(self.schema_columns),
            "primary_key": self.primary_key,
        }
        return data


@dataclass
class SnapshotRestoreRequest:
    """The `SnapshotRestoreRequest` schema."""

    # Bucket to restore into; absent or null = the snapshot's bucket.
    target_bucket: Optional[str] = None
    # Table name to restore as; absent or null = the snapshot's table name.
    target_table: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotRestoreRequest:
        """SnapshotRestoreRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            target_bucket=data.get("target_bucket"),
            target_table=data.get("target_table"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.target_bucket is not None:
            data["target_bucket"] = self.target_bucket
        if self.target_table is not None:
            data["target_table"] = self.target_table
        return data


@dataclass
class SnapshotRestoreResponse:
    """The `SnapshotRestoreResponse` schema."""

    restored_to: Dict[str, Any]
    # Rows of the restored table.
    row_count: int
    # Id of the snapshot taken of the table the restore replaced; null or absent when no table was
    # replaced or no safety snapshot was taken.
    safety_snapshot_id: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotRestoreResponse:
        """SnapshotRestoreResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            restored_to=data["restored_to"],
            row_count=data["row_count"],
            safety_snapshot_id=data.get("safety_snapshot_id"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "restored_to": self.restored_to,
            "row_count": self.row_count,
        }
        if self.safety_snapshot_id is not None:
            data["safety_snapshot_id"] = self.safety_snapshot_id
        return data


@dataclass
class SnapshotTriggerSettings:
    """The `SnapshotTriggerSettings` schema."""

    # Before deleteTable.
    drop_table: Optional[bool] = None
    # Before all rows of a table are deleted (deleteRows whose filter matches every row, as
    # `delete_all_rows`: either one turns it on) and before a full load
    # (importFromFile/importFromTable with incremental false) replaces a table that has rows.
    truncate_table: Optional[bool] = None
    # Before deleteRows deletes every row of a table (counted, whatever the filter text; as
    # `truncate_table`: either one turns it on).
    delete_all_rows: Optional[bool] = None
    # Before dropColumn.
    drop_column: Optional[bool] = None
    # Before restoreSnapshot replaces an existing table.
    restore_overwrite: Optional[bool] = None
    # Before deleteBucket drops the bucket's tables.
    delete_bucket: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotTriggerSettings:
        """SnapshotTriggerSettings from a decoded JSON object; unknown keys are ignored."""
        return cls(
            drop_table=data.get("drop_table"),
            truncate_table=data.get("truncate_table"),
            delete_all_rows=data.get("delete_all_rows"),
            drop_column=data.get("drop_column"),
            restore_overwrite=data.get("restore_overwrite"),
            delete_bucket=data.get("delete_bucket"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.drop_table is not None:
            data["drop_table"] = self.drop_table
        if self.truncate_table is not None:
            data["truncate_table"] = self.truncate_table
        if self.delete_all_rows is not None:
            data["delete_all_rows"] = self.delete_all_rows
        if self.drop_column is not None:
            data["drop_column"] = self.drop_column
        if self.restore_overwrite is not None:
            data["restore_overwrite"] = self.restore_overwrite
        if self.delete_bucket is not None:
            data["delete_bucket"] = self.delete_bucket
        return data


@dataclass
class SnapshotRetentionSettings:
    """The `SnapshotRetentionSettings` schema."""

    # Days a manual snapshot is kept (1-3650).
    manual_days: Optional[int] = None
    # Days an automatic snapshot is kept (1-3650).
    auto_days: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotRetentionSettings:
        """SnapshotRetentionSettings from a decoded JSON object; unknown keys are ignored."""
        return cls(
            manual_days=data.get("manual_days"),
            auto_days=data.get("auto_days"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.manual_days is not None:
            data["manual_days"] = self.manual_days
        if self.auto_days is not None:
            data["auto_days"] = self.auto_days
        return data


@dataclass
class SnapshotConfigRequest:
    """Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces the value stored here, an explicit null removes it (the level inherits it again), an omitted key keeps what this level already stores. Unknown keys at any depth are 422; retention days outside 1-3650 are 400 `invalid_config`.
    """

    # Which destructive changes take an automatic snapshot first; null unsets every trigger at this
    # level.
    auto_snapshot_triggers: Optional[SnapshotTriggerSettings] = None
    # How long snapshots are kept; null unsets both at this level.
    retention: Optional[SnapshotRetentionSettings] = None
    # Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and takes no automatic
    # snapshots.
    enabled: Optional[bool] = None
    # true: when an automatic snapshot fails, the change that triggered it is not made (the call
    # fails); false: the failure is logged and the change goes ahead.
    fail_on_error: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotConfigRequest:
        """SnapshotConfigRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            auto_snapshot_triggers=_decode(data.get("auto_snapshot_triggers"), SnapshotTriggerSettings.from_dict),
            retention=_decode(data.get("retention"), SnapshotRetentionSettings.from_dict),
            enabled=data.get("enabled"),
            fail_on_error=data.get("fail_on_error"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.auto_snapshot_triggers is not None:
            data["auto_snapshot_triggers"] = _to_json(self.auto_snapshot_triggers)
        if self.retention is not None:
            data["retention"] = _to_json(self.retention)
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.fail_on_error is not None:
            data["fail_on_error"] = self.fail_on_error
        return data


@dataclass
class SnapshotTriggers:
    """The `SnapshotTriggers` schema."""

    # Before deleteTable.
    drop_table: bool
    # Before all rows of a table are deleted (deleteRows whose filter matches every row, as
    # `delete_all_rows`: either one turns it on) and before a full load
    # (importFromFile/importFromTable with incremental false) replaces a table that has rows.
    truncate_table: bool
    # Before deleteRows deletes every row of a table (counted, whatever the filter text; as
    # `truncate_table`: either one turns it on).
    delete_all_rows: bool
    # Before dropColumn.
    drop_column: bool
    # Before restoreSnapshot replaces an existing table.
    restore_overwrite: bool
    # Before deleteBucket drops the bucket's tables.
    delete_bucket: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotTriggers:
        """SnapshotTriggers from a decoded JSON object; unknown keys are ignored."""
        return cls(
            drop_table=data["drop_table"],
            truncate_table=data["truncate_table"],
            delete_all_rows=data["delete_all_rows"],
            drop_column=data["drop_column"],
            restore_overwrite=data["restore_overwrite"],
            delete_bucket=data["delete_bucket"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "drop_table": self.drop_table,
            "truncate_table": self.truncate_table,
            "delete_all_rows": self.delete_all_rows,
            "drop_column": self.drop_column,
            "restore_overwrite": self.restore_overwrite,
            "delete_bucket": self.delete_bucket,
        }
        return data


@dataclass
class SnapshotRetention:
    """The `SnapshotRetention` schema."""

    # Days a manual snapshot is kept (1-3650).
    manual_days: int
    # Days an automatic snapshot is kept (1-3650).
    auto_days: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotRetention:
        """SnapshotRetention from a decoded JSON object; unknown keys are ignored."""
        return cls(
            manual_days=data["manual_days"],
            auto_days=data["auto_days"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "manual_days": self.manual_days,
            "auto_days": self.auto_days,
        }
        return data


@dataclass
class SnapshotConfig:
    """Every snapshot setting as it applies at a level: the system defaults, overridden by the project's settings, then the bucket's, then the table's (as far down as the level goes).
    """

    auto_snapshot_triggers: SnapshotTriggers
    retention: SnapshotRetention
    # Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and takes no automatic
    # snapshots.
    enabled: bool
    # true: when an automatic snapshot fails, the change that triggered it is not made (the call
    # fails); false: the failure is logged and the change goes ahead.
    fail_on_error: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotConfig:
        """SnapshotConfig from a decoded JSON object; unknown keys are ignored."""
        return cls(
            auto_snapshot_triggers=_decode(data["auto_snapshot_triggers"], SnapshotTriggers.from_dict),
            retention=_decode(data["retention"], SnapshotRetention.from_dict),
            enabled=data["enabled"],
            fail_on_error=data["fail_on_error"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "auto_snapshot_triggers": _to_json(self.auto_snapshot_triggers),
            "retention": _to_json(self.retention),
            "enabled": self.enabled,
            "fail_on_error": self.fail_on_error,
        }
        return data


@dataclass
class SnapshotSettingsResponse:
    """The `SnapshotSettingsResponse` schema."""

    # Every snapshot setting as it applies at a level: the system defaults, overridden by the
    # project's settings, then the bucket's, then the table's (as far down as the level goes).
    effective_config: SnapshotConfig
    # For each setting, by dotted path (`enabled`, `auto_snapshot_triggers.drop_table`,
    # `retention.manual_days`, ...), the level its effective value comes from.
    inheritance: Dict[str, Literal["system", "project", "bucket", "table"]]
    # What this level itself stores (only keys it sets, no nulls); null when it stores nothing.
    local_config: Optional[SnapshotConfigRequest]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SnapshotSettingsResponse:
        """SnapshotSettingsResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            effective_config=_decode(data["effective_config"], SnapshotConfig.from_dict),
            inheritance=data["inheritance"],
            local_config=_decode(data["local_config"], SnapshotConfigRequest.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "effective_config": _to_json(self.effective_config),
            "inheritance": self.inheritance,
            "local_config": _to_json(self.local_config),
        }
        return data


@dataclass
class ServiceInfoResponse:
    """The `ServiceInfoResponse` schema."""

    service: str
    version: str
    # Relative URL of getHealth.
    health: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ServiceInfoResponse:
        """ServiceInfoResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            service=data["service"],
            version=data["version"],
            health=data["health"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "service": self.service,
            "version": self.version,
            "health": self.health,
        }
        return data


@dataclass
class S3CredentialCreateRequest:
    """The `S3CredentialCreateRequest` schema."""

    # What the credential is for.
    description: Optional[str] = None
    # Allow only reads (GET, HEAD, listings); writes and deletes are `AccessDenied`. Default: false.
    read_only: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3CredentialCreateRequest:
        """S3CredentialCreateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            description=data.get("description"),
            read_only=data.get("read_only"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.description is not None:
            data["description"] = self.description
        if self.read_only is not None:
            data["read_only"] = self.read_only
        return data


@dataclass
class S3CredentialResponse:
    """The `S3CredentialResponse` schema."""

    # The access key id (`DS` + 18 characters, 20 in all); not secret.
    access_key_id: str
    project_id: str
    read_only: bool
    description: Optional[str]
    # ISO-8601.
    created_at: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3CredentialResponse:
        """S3CredentialResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            access_key_id=data["access_key_id"],
            project_id=data["project_id"],
            read_only=data["read_only"],
            description=data["description"],
            created_at=data["created_at"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "access_key_id": self.access_key_id,
            "project_id": self.project_id,
            "read_only": self.read_only,
            "description": self.description,
            "created_at": self.created_at,
        }
        return data


@dataclass
class S3CredentialCreateResponse:
    """The `S3CredentialCreateResponse` schema."""

    # The access key id (`DS` + 18 characters, 20 in all); not secret.
    access_key_id: str
    project_id: str
    read_only: bool
    description: Optional[str]
    # ISO-8601.
    created_at: str
    # The secret access key (40 characters). Shown only here: store it.
    secret_access_key: str
    # The S3 endpoint URL for clients (`BASE_URL` + `S3_PREFIX`), e.g. `http://localhost:8000/s3`;
    # use path-style addressing.
    endpoint: str
    # The region to sign with (the first of `S3_REGION`).
    region: str
    # The project's bucket name, `project_{id}`.
    bucket: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3CredentialCreateResponse:
        """S3CredentialCreateResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            access_key_id=data["access_key_id"],
            project_id=data["project_id"],
            read_only=data["read_only"],
            description=data["description"],
            created_at=data["created_at"],
            secret_access_key=data["secret_access_key"],
            endpoint=data["endpoint"],
            region=data["region"],
            bucket=data["bucket"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "access_key_id": self.access_key_id,
            "project_id": self.project_id,
            "read_only": self.read_only,
            "description": self.description,
            "created_at": self.created_at,
            "secret_access_key": self.secret_access_key,
            "endpoint": self.endpoint,
            "region": self.region,
            "bucket": self.bucket,
        }
        return data


@dataclass
class S3CredentialListResponse:
    """The `S3CredentialListResponse` schema."""

    credentials: List[S3CredentialResponse]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3CredentialListResponse:
        """S3CredentialListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            credentials=_decode(data["credentials"], _list_of(S3CredentialResponse.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "credentials": _to_json(self.credentials),
            "total": self.total,
        }
        return data


@dataclass
class PresignRequest:
    """The `PresignRequest` schema."""

    # The object key the URL is for (checked like any object key).
    key: str
    # Default: "GET".
    method: Optional[Literal["GET", "PUT", "DELETE", "HEAD"]] = None
    # Lifetime in seconds, at most 7 days. Default: 3600.
    expires_in: Optional[int] = None
    # For PUT: the Content-Type the upload must send (signed into the URL).
    content_type: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresignRequest:
        """PresignRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            key=data["key"],
            method=data.get("method"),
            expires_in=data.get("expires_in"),
            content_type=data.get("content_type"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "key": self.key,
        }
        if self.method is not None:
            data["method"] = self.method
        if self.expires_in is not None:
            data["expires_in"] = self.expires_in
        if self.content_type is not None:
            data["content_type"] = self.content_type
        return data


@dataclass
class PresignResponse:
    """The `PresignResponse` schema."""

    # The pre-signed URL (absolute, from BASE_URL).
    url: str
    # When it stops working, ISO-8601.
    expires_at: str
    method: Literal["GET", "PUT", "DELETE", "HEAD"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PresignResponse:
        """PresignResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            url=data["url"],
            expires_at=data["expires_at"],
            method=data["method"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "url": self.url,
            "expires_at": self.expires_at,
            "method": self.method,
        }
        return data


@dataclass
class S3Error:
    """The body of every error under the S3 prefix (application/xml, never JSON)."""

    # The S3 error code: NoSuchKey, NoSuchBucket, NoSuchUpload, AccessDenied, InvalidAccessKeyId,
    # SignatureDoesNotMatch, RequestTimeTooSkewed, BadDigest, EntityTooLarge, InvalidPart,
    # InvalidPartOrder, InvalidArgument, MethodNotAllowed, NotImplemented, ...
    Code: str
    Message: str
    # The request id (also `X-Request-ID` and `x-amz-request-id`).
    RequestId: str
    # `/{bucket}/{key}` or `/{bucket}`.
    Resource: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3Error:
        """S3Error from a decoded JSON object; unknown keys are ignored."""
        return cls(
            Code=data["Code"],
            Message=data["Message"],
            RequestId=data["RequestId"],
            Resource=data.get("Resource"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "Code": self.Code,
            "Message": self.Message,
            "RequestId": self.RequestId,
        }
        if self.Resource is not None:
            data["Resource"] = self.Resource
        return data


@dataclass
class S3ListBucketResult:
    """ListObjectsV2 answer (application/xml)."""

    Name: str
    MaxKeys: int
    KeyCount: int
    IsTruncated: bool
    Prefix: Optional[str] = None
    Delimiter: Optional[str] = None
    StartAfter: Optional[str] = None
    ContinuationToken: Optional[str] = None
    NextContinuationToken: Optional[str] = None
    Contents: Optional[List[Dict[str, Any]]] = None
    CommonPrefixes: Optional[List[Dict[str, Any]]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> S3ListBucketResult:
        """S3ListBucketResult from a decoded JSON object; unknown keys are ignored."""
        return cls(
            Name=data["Name"],
            MaxKeys=data["MaxKeys"],
            KeyCount=data["KeyCount"],
            IsTruncated=data["IsTruncated"],
            Prefix=data.get("Prefix"),
            Delimiter=data.get("Delimiter"),
            StartAfter=data.get("StartAfter"),
            ContinuationToken=data.get("ContinuationToken"),
            NextContinuationToken=data.get("NextContinuationToken"),
            Contents=data.get("Contents"),
            CommonPrefixes=data.get("CommonPrefixes"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "Name": self.Name,
            "MaxKeys": self.MaxKeys,
            "KeyCount": self.KeyCount,
            "IsTruncated": self.IsTruncated,
        }
        if self.Prefix is not None:
            data["Prefix"] = self.Prefix
        if self.Delimiter is not None:
            data["Delimiter"] = self.Delimiter
        if self.StartAfter is not None:
            data["StartAfter"] = self.StartAfter
        if self.ContinuationToken is not None:
            data["ContinuationToken"] = self.ContinuationToken
        if self.NextContinuationToken is not None:
            data["NextContinuationToken"] = self.NextContinuationToken
        if self.Contents is not None:
            data["Contents"] = self.Contents
        if self.CommonPrefixes is not None:
            data["CommonPrefixes"] = self.CommonPrefixes
        return data


@dataclass
class WorkspaceCreateRequest:
    """The `WorkspaceCreateRequest` schema."""

    # A label; need not be unique.
    name: str
    ttl_hours: Optional[int] = None
    # What the workspace may use, in GiB: loads past it fail, and SQL sessions of a workspace over
    # it are ended. Default: 10.
    size_limit_gb: Optional[int] = None
    # Tables (`bucket.table`) copied in at once, as loadWorkspaceTables does. An unknown one fails
    # the request before anything is created; a load that fails deletes the new workspace again and
    # is the answer.
    preload_tables: Optional[List[str]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceCreateRequest:
        """WorkspaceCreateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            ttl_hours=data.get("ttl_hours"),
            size_limit_gb=data.get("size_limit_gb"),
            preload_tables=data.get("preload_tables"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
        }
        if self.ttl_hours is not None:
            data["ttl_hours"] = self.ttl_hours
        if self.size_limit_gb is not None:
            data["size_limit_gb"] = self.size_limit_gb
        if self.preload_tables is not None:
            data["preload_tables"] = self.preload_tables
        return data


@dataclass
class WorkspaceConnectionInfo:
    """The `WorkspaceConnectionInfo` schema."""

    # Where the PG wire listener is reached (PGWIRE_PUBLIC_HOST).
    host: str
    # PGWIRE_PUBLIC_PORT.
    port: int
    # `workspace_{id}`.
    database: str
    # `ws_{workspace_id}_{8 hex}`; never changes.
    username: str
    password: Optional[str]
    # `require` when the listener requires TLS (PGWIRE_TLS=require).
    ssl_mode: Literal["prefer", "require"]
    # `postgresql://user[:password]@host:port/database?sslmode=…`, with the password where it is
    # shown.
    connection_string: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceConnectionInfo:
        """WorkspaceConnectionInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            host=data["host"],
            port=data["port"],
            database=data["database"],
            username=data["username"],
            password=data["password"],
            ssl_mode=data["ssl_mode"],
            connection_string=data["connection_string"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "database": self.database,
            "username": self.username,
            "password": self.password,
            "ssl_mode": self.ssl_mode,
            "connection_string": self.connection_string,
        }
        return data


@dataclass
class WorkspaceResponse:
    """The `WorkspaceResponse` schema."""

    # `ws_` + 16 hex.
    id: str
    name: str
    project_id: str
    branch_id: Optional[str]
    # ISO-8601 timestamp with offset.
    created_at: str
    expires_at: Optional[str]
    created_by: Optional[str]
    # Bytes of the workspace file and its WAL.
    size_bytes: int
    size_limit_gb: int
    size_limit_bytes: int
    status: Literal["active", "expired"]
    connection: WorkspaceConnectionInfo

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceResponse:
        """WorkspaceResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data["name"],
            project_id=data["project_id"],
            branch_id=data["branch_id"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            created_by=data["created_by"],
            size_bytes=data["size_bytes"],
            size_limit_gb=data["size_limit_gb"],
            size_limit_bytes=data["size_limit_bytes"],
            status=data["status"],
            connection=_decode(data["connection"], WorkspaceConnectionInfo.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "project_id": self.project_id,
            "branch_id": self.branch_id,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "created_by": self.created_by,
            "size_bytes": self.size_bytes,
            "size_limit_gb": self.size_limit_gb,
            "size_limit_bytes": self.size_limit_bytes,
            "status": self.status,
            "connection": _to_json(self.connection),
        }
        return data


@dataclass
class WorkspaceTableInfo:
    """The `WorkspaceTableInfo` schema."""

    # The bucket (a linked bucket under its link name).
    schema: str
    table: str
    # From the catalog; no file is opened.
    rows: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceTableInfo:
        """WorkspaceTableInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            schema=data["schema"],
            table=data["table"],
            rows=data["rows"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "schema": self.schema,
            "table": self.table,
            "rows": self.rows,
        }
        return data


@dataclass
class WorkspaceObjectInfo:
    """The `WorkspaceObjectInfo` schema."""

    # The name in the `main` schema, `schema.name` in another; what dropWorkspaceObject takes.
    name: str
    schema: str
    type: Literal["table", "view"]
    rows: Optional[int]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceObjectInfo:
        """WorkspaceObjectInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            schema=data["schema"],
            type=data["type"],
            rows=data["rows"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "schema": self.schema,
            "type": self.type,
            "rows": self.rows,
        }
        return data


@dataclass
class WorkspaceDetailResponse:
    """The `WorkspaceDetailResponse` schema."""

    # `ws_` + 16 hex.
    id: str
    name: str
    project_id: str
    branch_id: Optional[str]
    # ISO-8601 timestamp with offset.
    created_at: str
    expires_at: Optional[str]
    created_by: Optional[str]
    # Bytes of the workspace file and its WAL.
    size_bytes: int
    size_limit_gb: int
    size_limit_bytes: int
    status: Literal["active", "expired"]
    connection: WorkspaceConnectionInfo
    # Live SQL sessions of the workspace.
    active_sessions: int
    # The project tables a session sees: the main or branch view, linked buckets included.
    attached_tables: List[WorkspaceTableInfo]
    # Tables and views of the workspace, every schema; names starting with `_` are internal and left
    # out.
    workspace_objects: List[WorkspaceObjectInfo]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceDetailResponse:
        """WorkspaceDetailResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data["name"],
            project_id=data["project_id"],
            branch_id=data["branch_id"],
            created_at=data["created_at"],
            expires_at=data["expires_at"],
            created_by=data["created_by"],
            size_bytes=data["size_bytes"],
            size_limit_gb=data["size_limit_gb"],
            size_limit_bytes=data["size_limit_bytes"],
            status=data["status"],
            connection=_decode(data["connection"], WorkspaceConnectionInfo.from_dict),
            active_sessions=data["active_sessions"],
            attached_tables=_decode(data["attached_tables"], _list_of(WorkspaceTableInfo.from_dict)),
            workspace_objects=_decode(data["workspace_objects"], _list_of(WorkspaceObjectInfo.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "project_id": self.project_id,
            "branch_id": self.branch_id,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "created_by": self.created_by,
            "size_bytes": self.size_bytes,
            "size_limit_gb": self.size_limit_gb,
            "size_limit_bytes": self.size_limit_bytes,
            "status": self.status,
            "connection": _to_json(self.connection),
            "active_sessions": self.active_sessions,
            "attached_tables": _to_json(self.attached_tables),
            "workspace_objects": _to_json(self.workspace_objects),
        }
        return data


@dataclass
class WorkspaceListResponse:
    """The `WorkspaceListResponse` schema."""

    workspaces: List[WorkspaceResponse]
    # Workspaces in this page.
    count: int
    # Workspaces listed over all pages.
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceListResponse:
        """WorkspaceListResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            workspaces=_decode(data["workspaces"], _list_of(WorkspaceResponse.from_dict)),
            count=data["count"],
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "workspaces": _to_json(self.workspaces),
            "count": self.count,
            "total": self.total,
        }
        return data


@dataclass
class WorkspaceLoadItem:
    """The `WorkspaceLoadItem` schema."""

    # `bucket.table` as the workspace's project view names it (a linked bucket by its link name). A
    # bucket name with dots (`in.c-sales.orders`) is the longest prefix that is a bucket.
    source: str
    destination: Optional[str] = None
    columns: Optional[List[str]] = None
    # Structured filters, all of which must hold (AND); values are bound, never spliced.
    where: Optional[List[RowFilter]] = None
    # Replace a table or view of that name; false: the item fails with `destination_exists`.
    # Default: false.
    overwrite: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceLoadItem:
        """WorkspaceLoadItem from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source=data["source"],
            destination=data.get("destination"),
            columns=data.get("columns"),
            where=_decode(data.get("where"), _list_of(RowFilter.from_dict)),
            overwrite=data.get("overwrite"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source": self.source,
        }
        if self.destination is not None:
            data["destination"] = self.destination
        if self.columns is not None:
            data["columns"] = self.columns
        if self.where is not None:
            data["where"] = _to_json(self.where)
        if self.overwrite is not None:
            data["overwrite"] = self.overwrite
        return data


@dataclass
class WorkspaceLoadRequest:
    """The `WorkspaceLoadRequest` schema."""

    tables: List[WorkspaceLoadItem]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceLoadRequest:
        """WorkspaceLoadRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            tables=_decode(data["tables"], _list_of(WorkspaceLoadItem.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "tables": _to_json(self.tables),
        }
        return data


@dataclass
class WorkspaceLoadError:
    """The `WorkspaceLoadError` schema."""

    # The reason in snake_case, as an error body's `error`: `table_not_found`, `bucket_not_found`,
    # `column_not_found`, `invalid_filter`, `destination_exists`, `workspace_size_exceeded`, ...
    code: str
    message: str
    details: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceLoadError:
        """WorkspaceLoadError from a decoded JSON object; unknown keys are ignored."""
        return cls(
            code=data["code"],
            message=data["message"],
            details=data.get("details"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "code": self.code,
            "message": self.message,
        }
        if self.details is not None:
            data["details"] = self.details
        return data


@dataclass
class WorkspaceLoadTableResult:
    """The `WorkspaceLoadTableResult` schema."""

    source: str
    destination: str
    # Rows copied (0 when the item failed).
    rows: int
    # The workspace's size after this item.
    size_bytes: int
    status: Literal["loaded", "failed"]
    error: Optional[WorkspaceLoadError]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceLoadTableResult:
        """WorkspaceLoadTableResult from a decoded JSON object; unknown keys are ignored."""
        return cls(
            source=data["source"],
            destination=data["destination"],
            rows=data["rows"],
            size_bytes=data["size_bytes"],
            status=data["status"],
            error=_decode(data["error"], WorkspaceLoadError.from_dict),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "source": self.source,
            "destination": self.destination,
            "rows": self.rows,
            "size_bytes": self.size_bytes,
            "status": self.status,
            "error": _to_json(self.error),
        }
        return data


@dataclass
class WorkspaceLoadResponse:
    """The `WorkspaceLoadResponse` schema."""

    # One result per item, in the request's order.
    loaded: List[WorkspaceLoadTableResult]
    workspace_size_bytes: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkspaceLoadResponse:
        """WorkspaceLoadResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            loaded=_decode(data["loaded"], _list_of(WorkspaceLoadTableResult.from_dict)),
            workspace_size_bytes=data["workspace_size_bytes"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "loaded": _to_json(self.loaded),
            "workspace_size_bytes": self.workspace_size_bytes,
        }
        return data


@dataclass
class PGWireAuthRequest:
    """The `PGWireAuthRequest` schema."""

    username: str
    password: str
    client_ip: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireAuthRequest:
        """PGWireAuthRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            username=data["username"],
            password=data["password"],
            client_ip=data.get("client_ip"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "username": self.username,
            "password": self.password,
        }
        if self.client_ip is not None:
            data["client_ip"] = self.client_ip
        return data


@dataclass
class PGWireTableInfo:
    """The `PGWireTableInfo` schema."""

    bucket: str
    name: str
    # The table file, relative to DATA_DIR (a branch workspace: the branch's copy where it has one;
    # a linked bucket: the source's file).
    path: str
    rows: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireTableInfo:
        """PGWireTableInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            bucket=data["bucket"],
            name=data["name"],
            path=data["path"],
            rows=data["rows"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "bucket": self.bucket,
            "name": self.name,
            "path": self.path,
            "rows": self.rows,
        }
        return data


@dataclass
class PGWireAuthResponse:
    """The `PGWireAuthResponse` schema."""

    workspace_id: str
    project_id: str
    branch_id: Optional[str]
    # The workspace file, relative to DATA_DIR.
    db_path: str
    # The tables of the workspace's project view.
    tables: List[PGWireTableInfo]
    # DUCKDB_MEMORY_LIMIT (the one instance's, shared by all sessions).
    memory_limit: str
    # PGWIRE_QUERY_TIMEOUT_SECONDS.
    query_timeout_seconds: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireAuthResponse:
        """PGWireAuthResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            workspace_id=data["workspace_id"],
            project_id=data["project_id"],
            branch_id=data["branch_id"],
            db_path=data["db_path"],
            tables=_decode(data["tables"], _list_of(PGWireTableInfo.from_dict)),
            memory_limit=data["memory_limit"],
            query_timeout_seconds=data["query_timeout_seconds"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "workspace_id": self.workspace_id,
            "project_id": self.project_id,
            "branch_id": self.branch_id,
            "db_path": self.db_path,
            "tables": _to_json(self.tables),
            "memory_limit": self.memory_limit,
            "query_timeout_seconds": self.query_timeout_seconds,
        }
        return data


@dataclass
class PGWireSessionCreateRequest:
    """The `PGWireSessionCreateRequest` schema."""

    session_id: str
    workspace_id: str
    client_ip: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireSessionCreateRequest:
        """PGWireSessionCreateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            session_id=data["session_id"],
            workspace_id=data["workspace_id"],
            client_ip=data.get("client_ip"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "session_id": self.session_id,
            "workspace_id": self.workspace_id,
        }
        if self.client_ip is not None:
            data["client_ip"] = self.client_ip
        return data


@dataclass
class PGWireSessionInfo:
    """The `PGWireSessionInfo` schema."""

    session_id: str
    workspace_id: str
    client_ip: Optional[str]
    # ISO-8601 timestamp with offset.
    connected_at: str
    # ISO-8601 timestamp with offset.
    last_activity_at: str
    query_count: int
    # Sessions are listed while they live: an ended one is gone.
    status: Literal["active"]
    # `pgwire`: a connection to the PG wire listener; `registered`: registered with
    # registerPgwireSession.
    kind: Literal["pgwire", "registered"]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireSessionInfo:
        """PGWireSessionInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            session_id=data["session_id"],
            workspace_id=data["workspace_id"],
            client_ip=data["client_ip"],
            connected_at=data["connected_at"],
            last_activity_at=data["last_activity_at"],
            query_count=data["query_count"],
            status=data["status"],
            kind=data["kind"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "session_id": self.session_id,
            "workspace_id": self.workspace_id,
            "client_ip": self.client_ip,
            "connected_at": self.connected_at,
            "last_activity_at": self.last_activity_at,
            "query_count": self.query_count,
            "status": self.status,
            "kind": self.kind,
        }
        return data


@dataclass
class PGWireSessionUpdateRequest:
    """The `PGWireSessionUpdateRequest` schema."""

    # Default: true.
    increment_queries: Optional[bool] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireSessionUpdateRequest:
        """PGWireSessionUpdateRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            increment_queries=data.get("increment_queries"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.increment_queries is not None:
            data["increment_queries"] = self.increment_queries
        return data


@dataclass
class PGWireCleanupResponse:
    """The `PGWireCleanupResponse` schema."""

    # Sessions ended.
    cleaned_up: int
    # The timeout applied.
    idle_timeout_seconds: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PGWireCleanupResponse:
        """PGWireCleanupResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            cleaned_up=data["cleaned_up"],
            idle_timeout_seconds=data["idle_timeout_seconds"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "cleaned_up": self.cleaned_up,
            "idle_timeout_seconds": self.idle_timeout_seconds,
        }
        return data


@dataclass
class DriverExecuteRequest:
    """The `DriverExecuteRequest` schema."""

    # `type` or `@type` plus the command message fields (proto3 JSON).
    command: Dict[str, Any]
    # GenericBackendCredentials: `host` (else `project_id`) names the project; the key is the bearer
    # token.
    credentials: Optional[Dict[str, Any]] = None
    features: Optional[List[str]] = None
    runtimeOptions: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriverExecuteRequest:
        """DriverExecuteRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            command=data["command"],
            credentials=data.get("credentials"),
            features=data.get("features"),
            runtimeOptions=data.get("runtimeOptions"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "command": self.command,
        }
        if self.credentials is not None:
            data["credentials"] = self.credentials
        if self.features is not None:
            data["features"] = self.features
        if self.runtimeOptions is not None:
            data["runtimeOptions"] = self.runtimeOptions
        return data


@dataclass
class DriverLogMessage:
    """The `DriverLogMessage` schema."""

    level: Literal["Error", "Warning", "Info"]
    message: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriverLogMessage:
        """DriverLogMessage from a decoded JSON object; unknown keys are ignored."""
        return cls(
            level=data["level"],
            message=data["message"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "level": self.level,
            "message": self.message,
        }
        return data


@dataclass
class DriverExecuteResponse:
    """The `DriverExecuteResponse` schema."""

    # The response message as proto3 canonical JSON with `@type`; null for commands without one.
    commandResponse: Optional[Dict[str, Any]]
    messages: List[DriverLogMessage]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriverExecuteResponse:
        """DriverExecuteResponse from a decoded JSON object; unknown keys are ignored."""
        return cls(
            commandResponse=data["commandResponse"],
            messages=_decode(data["messages"], _list_of(DriverLogMessage.from_dict)),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "commandResponse": self.commandResponse,
            "messages": _to_json(self.messages),
        }
        return data


@dataclass
class DriverCommandInfo:
    """The `DriverCommandInfo` schema."""

    type: str
    type_url: str
    group: str
    response: Optional[str]
    status: Literal["handled", "unimplemented"]
    reason: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriverCommandInfo:
        """DriverCommandInfo from a decoded JSON object; unknown keys are ignored."""
        return cls(
            type=data["type"],
            type_url=data["type_url"],
            group=data["group"],
            response=data["response"],
            status=data["status"],
            reason=data.get("reason"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "type": self.type,
            "type_url": self.type_url,
            "group": self.group,
            "response": self.response,
            "status": self.status,
        }
        if self.reason is not None:
            data["reason"] = self.reason
        return data


@dataclass
class DriverCommandList:
    """The `DriverCommandList` schema."""

    supported_commands: List[DriverCommandInfo]
    total_commands: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DriverCommandList:
        """DriverCommandList from a decoded JSON object; unknown keys are ignored."""
        return cls(
            supported_commands=_decode(data["supported_commands"], _list_of(DriverCommandInfo.from_dict)),
            total_commands=data["total_commands"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "supported_commands": _to_json(self.supported_commands),
            "total_commands": self.total_commands,
        }
        return data


# Structured filters, all of which must hold (AND); values are bound, never spliced.
RowFilters = List[RowFilter]


# The one method a pre-signed URL is valid for.
PresignMethod = Literal["GET", "PUT", "DELETE", "HEAD"]
