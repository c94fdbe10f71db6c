# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Python client for the DuckStorage API 0.1.0: `Client`, `ApiError` and the models."""

from . import models
from .client import Client
from .errors import ApiError, ErrorCode
from .models import (
    Error,
    ErrorDetail,
    ValidationIssue,
    HealthResponse,
    InitBackendResponse,
    ProjectCreate,
    ProjectUpdate,
    ProjectResponse,
    ProjectCreateResponse,
    ProjectListResponse,
    ProjectStatsResponse,
    ApiKeyCreateRequest,
    ApiKeyResponse,
    ApiKeyCreateResponse,
    ApiKeyListResponse,
    BucketCreate,
    BucketResponse,
    BucketListResponse,
    ColumnDefinition,
    TableCreate,
    ColumnInfo,
    TableResponse,
    TableListResponse,
    TablePreviewResponse,
)

__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "Client",
    "ErrorCode",
    "models",
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
