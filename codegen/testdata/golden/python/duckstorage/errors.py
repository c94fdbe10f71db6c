# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""ApiError: raised by the Mini API client for every non-2xx answer."""

from __future__ import annotations

import json
from email.message import Message
from http import HTTPStatus
from typing import Any, Literal, Optional

__all__ = ["ApiError", "ErrorCode"]

# components.schemas.Error.properties.code.enum
ErrorCode = Literal[
    "NOT_FOUND",
    "INTERNAL",
]


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) and value != "" else None


class ApiError(Exception):
    """A non-2xx answer of the API.

    Attributes:
        status: The HTTP status, e.g. 404.
        code: The error class (see ErrorCode), e.g. "NOT_FOUND"; None when the body is not the API's.
        error: The specific reason in snake_case, e.g. "bucket_not_found".
        message: What went wrong and why.
        request_id: The request id (body or X-Request-ID header); quote it when reporting a problem.
        detail: The body's `detail`: reason details, or the list of validation issues for 422.
        body: The whole body: parsed JSON, else the raw text (None when empty).
        headers: The response headers (case-insensitive `get`).
        method: The request method.
        url: The request URL.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: Optional[str] = None,
        error: Optional[str] = None,
        request_id: Optional[str] = None,
        detail: Any = None,
        body: Any = None,
        headers: Optional[Message] = None,
        method: Optional[str] = None,
        url: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.error = error
        self.request_id = request_id
        self.detail = detail
        self.body = body
        self.headers: Message = headers if headers is not None else Message()
        self.method = method
        self.url = url

    @classmethod
    def from_response(
        cls,
        status: int,
        headers: Message,
        raw: bytes,
        *,
        method: Optional[str] = None,
        url: Optional[str] = None,
    ) -> ApiError:
        """An ApiError from a response: the `Error` JSON body if there is one, else the text."""
        text = raw.decode("utf-8", errors="replace")
        body: Any = text if text != "" else None
        try:
            body = json.loads(text)
        except ValueError:
            pass
        fields = body if isinstance(body, dict) else {}
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "HTTP error"
        return cls(
            status,
            _text(fields.get("message")) or text.strip() or reason,
            code=_text(fields.get("code")),
            error=_text(fields.get("error")),
            request_id=_text(fields.get("request_id")) or headers.get("X-Request-ID"),
            detail=fields.get("detail"),
            body=body,
            headers=headers,
            method=method,
            url=url,
        )

    def __str__(self) -> str:
        head = " ".join(part for part in (str(self.status), self.code, self.error) if part)
        tail = f" (request_id {self.request_id})" if self.request_id else ""
        return f"{head}: {self.message}{tail}"
