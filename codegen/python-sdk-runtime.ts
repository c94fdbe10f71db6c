// The hand-written parts of the Python SDK: errors.py (ApiError, raised for every non-2xx answer,
// decoding the spec's `Error` schema) and the transport at the top of client.py (urllib, standard
// library only). Kept as text here so the emitter stays one program and the package has no dependencies.

import { docstring, GENERATED_STAMP, pyString, wrapText } from './python-sdk-names.js';
import { isRecord, type PySpec } from './python-sdk-spec.js';

/** The `code` values of components.schemas.Error, the closed set of error classes. */
function errorCodes(spec: PySpec): string[] {
  const error = spec.schemas.get('Error');
  const properties = isRecord(error?.properties) ? error.properties : {};
  const code = isRecord(properties.code) ? properties.code : {};
  return Array.isArray(code.enum)
    ? code.enum.filter((value): value is string => typeof value === 'string')
    : [];
}

export function emitErrors(spec: PySpec): string {
  const codes = errorCodes(spec);
  const errorCode =
    codes.length === 0
      ? 'ErrorCode = str\n'
      : `# components.schemas.Error.properties.code.enum\nErrorCode = Literal[\n${codes.map((c) => `    ${pyString(c)},\n`).join('')}]\n`;
  return `${GENERATED_STAMP}
${docstring(`ApiError: raised by the ${spec.title} client for every non-2xx answer.`, '')}
from __future__ import annotations

import json
from email.message import Message
from http import HTTPStatus
from typing import Any, ${codes.length === 0 ? '' : 'Literal, '}Optional

__all__ = ["ApiError", "ErrorCode"]

${errorCode}

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
        detail: The body's \`detail\`: reason details, or the list of validation issues for 422.
        body: The whole body: parsed JSON, else the raw text (None when empty).
        headers: The response headers (case-insensitive \`get\`).
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
        """An ApiError from a response: the \`Error\` JSON body if there is one, else the text."""
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
`;
}

/** client.py up to the Client class: imports and the urllib transport helpers. */
export function clientPrelude(
  spec: PySpec,
  modelImports: readonly string[],
  typing: readonly string[],
): string {
  const imports = modelImports.map((name) => `    ${name},\n`).join('');
  return `${GENERATED_STAMP}
${docstring(`The ${spec.title} client: one method per operation, standard library only.`, '')}
from __future__ import annotations

import email.utils
import json
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from typing import ${typing.join(', ')}

from .binary import BinaryResponse, multipart_body, raw_chunks, rewinder
from .errors import ApiError
from .models import (
${imports})

__all__ = ["Client"]

_USER_AGENT = ${pyString(`duckstorage-python/${spec.version}`)}

# Methods that may be sent again as they are; other calls only with an X-Idempotency-Key.
_RETRY_METHODS = ("GET", "HEAD", "PUT", "DELETE")
# Too many requests, and a gateway or server that is (for now) unable to answer.
_RETRY_STATUSES = (429, 502, 503, 504)


def _is_connection_error(err: OSError) -> bool:
    """No answer came: refused, reset or closed (a timeout is not retried; it already took its time)."""
    return isinstance(err, ConnectionError) or isinstance(getattr(err, "reason", None), ConnectionError)


def _retry_after(value: Optional[str]) -> float:
    """A Retry-After header (seconds or an HTTP date) in seconds; 0 when absent or unreadable."""
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, when.timestamp() - time.time())


def _path(value: Any) -> str:
    """A path parameter, percent-encoded whole: a \`/\` in a name never changes the route."""
    return urllib.parse.quote(str(value), safe="")


def _query_string(query: Mapping[str, Any]) -> str:
    """Query parameters without the None ones; a list repeats its parameter (form style, explode)."""
    pairs: List[Tuple[str, str]] = []
    for name, value in query.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item is not None:
                pairs.append((name, ("true" if item else "false") if isinstance(item, bool) else str(item)))
    return urllib.parse.urlencode(pairs)


def _json_body(required: Dict[str, Any], optional: Dict[str, Any]) -> Dict[str, Any]:
    """A JSON object body: every required field, and the optional ones that are not None."""
    body = dict(required)
    body.update((name, value) for name, value in optional.items() if value is not None)
    return body


def _read_body(headers: Message, raw: bytes) -> Any:
    if not raw:
        return None
    mime = headers.get_content_type()
    if mime == "application/json" or mime.endswith("+json"):
        return json.loads(raw.decode("utf-8"))
    if mime.startswith("text/"):
        return raw.decode(headers.get_content_charset() or "utf-8", errors="replace")
    return raw
`;
}

/** The Client class head: constructor and the one method that sends requests. */
export function clientClassHead(spec: PySpec): string {
  const about = [
    `Client for the ${spec.title} ${spec.version}.`,
    wrapText(spec.description ?? '', 92).join('\n'),
    'Every method raises ApiError for a non-2xx answer, and OSError (urllib.error.URLError,\nTimeoutError) when the server cannot be reached.',
  ];
  return `class Client:
${docstring(about.filter((p) => p !== '').join('\n\n'), '    ')}
    def __init__(
        self,
        base_url: str,
        api_key: Optional[str] = None,
        timeout: float = 30.0,
        headers: Optional[Dict[str, str]] = None,
        max_retries: int = 3,
        backoff: float = 0.2,
        max_backoff: float = 5.0,
    ) -> None:
        """\`base_url\` like "http://localhost:8000"; \`api_key\` is sent as \`Authorization: Bearer <api_key>\`.

        Calls that are safe to send again (GET, HEAD, PUT, DELETE, or any with an \`idempotency_key\`)
        are retried up to \`max_retries\` times after 429, 502, 503 or 504 or a connection error,
        waiting \`backoff\` seconds doubled per retry (with jitter; a Retry-After is honoured), at most
        \`max_backoff\` a wait. A body that cannot be read twice (an iterable, a pipe) is sent once.
        \`max_retries=0\` turns retrying off.
        """
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.headers: Dict[str, str] = dict(headers or {})
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff

    def __repr__(self) -> str:
        return f"Client({self.base_url!r})"

    def _request(
        self,
        method: str,
        path: str,
        *,
        query: Optional[Mapping[str, Any]] = None,
        json_body: Any = None,
        raw_body: Any = None,
        content_type: Optional[str] = None,
        fields: Optional[Mapping[str, Any]] = None,
        files: Optional[Mapping[str, Any]] = None,
        headers: Optional[Mapping[str, Optional[str]]] = None,
        accept: str = "application/json",
        stream: bool = False,
        empty_statuses: Tuple[int, ...] = (),
    ) -> Any:
        """Sends one request; returns the decoded JSON, text, bytes or None (empty body).

        The body is \`json_body\`, the multipart form \`fields\` + \`files\`, or \`raw_body\` (bytes, a
        file or chunks, streamed). With \`stream\`, returns the open BinaryResponse instead of reading
        it; \`empty_statuses\` are successes without content that urllib raises as errors (304).
        """
        url = self.base_url + path
        query_string = _query_string(query or {})
        if query_string:
            url = f"{url}?{query_string}"
        send: Dict[str, str] = {"Accept": accept, "User-Agent": _USER_AGENT, **self.headers}
        if self.api_key is not None:
            send["Authorization"] = f"Bearer {self.api_key}"
        extra = {name: str(value) for name, value in (headers or {}).items() if value is not None}
        encoded: Any = None
        if json_body is not None:
            encoded = json.dumps(_to_json(json_body), ensure_ascii=False, default=_json_default).encode("utf-8")
        # Retried only when repeating it is safe and its body can be sent again (bytes, seekable files).
        rewind = rewinder([raw_body, *(files or {}).values()])
        safe = method in _RETRY_METHODS or extra.get("X-Idempotency-Key") is not None
        retries = self.max_retries if safe and rewind is not None else 0
        attempt = 0
        while True:
            data: Any = None
            length: Optional[int] = None
            if encoded is not None:
                data = encoded
                send["Content-Type"] = "application/json"
            elif files is not None:
                data, send["Content-Type"], length = multipart_body(fields or {}, files)
            elif raw_body is not None:
                data, length = raw_chunks(raw_body)
                if content_type is not None:
                    send["Content-Type"] = content_type
            # Without a length, urllib sends an iterable body with Transfer-Encoding: chunked.
            if length is not None:
                send["Content-Length"] = str(length)
            request = urllib.request.Request(url, data=data, headers={**send, **extra}, method=method)
            try:
                response = urllib.request.urlopen(request, timeout=self.timeout)
            except urllib.error.HTTPError as err:
                if err.code in empty_statuses:
                    err.close()
                    return BinaryResponse(err.code, err.headers) if stream else None
                if attempt < retries and err.code in _RETRY_STATUSES:
                    wait = _retry_after(err.headers.get("Retry-After"))
                    err.close()
                    self._pause(attempt, wait, rewind)
                    attempt += 1
                    continue
                raise ApiError.from_response(err.code, err.headers, err.read(), method=method, url=url) from err
            except (urllib.error.URLError, ConnectionError) as err:
                if attempt < retries and _is_connection_error(err):
                    self._pause(attempt, 0.0, rewind)
                    attempt += 1
                    continue
                raise
            if stream:
                return BinaryResponse(response.status, response.headers, response)
            with response:
                return _read_body(response.headers, response.read())

    def _pause(self, attempt: int, at_least: float, rewind: Optional[Callable[[], None]]) -> None:
        """Waits before retry \`attempt\` + 1 and puts file bodies back where they started."""
        delay = self.backoff * (2**attempt) * random.uniform(0.5, 1.0)
        time.sleep(min(self.max_backoff, max(delay, at_least)))
        if rewind is not None:
            rewind()
`;
}
