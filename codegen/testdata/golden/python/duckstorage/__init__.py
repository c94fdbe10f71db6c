# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Python client for the Mini API 1.2.3: `Client`, `ApiError` and the models."""

from . import models
from .binary import BinaryResponse
from .client import Client
from .errors import ApiError, ErrorCode
from .models import NULL
from .models import (
    BlobLinkRequest,
    BlobLink,
    BlobError,
    Error,
    Issue,
    WidgetKind,
    Part,
    WidgetCreate,
    Widget,
    PhotoForm,
    Stored,
    WidgetList,
)

__version__ = "1.2.3"

__all__ = [
    "NULL",
    "ApiError",
    "BinaryResponse",
    "Client",
    "ErrorCode",
    "models",
    "BlobLinkRequest",
    "BlobLink",
    "BlobError",
    "Error",
    "Issue",
    "WidgetKind",
    "Part",
    "WidgetCreate",
    "Widget",
    "PhotoForm",
    "Stored",
    "WidgetList",
]
