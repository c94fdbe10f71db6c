# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""The Mini API client: one method per operation, standard library only."""

from __future__ import annotations

import email.utils
import json
import random
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from typing import Any, BinaryIO, Callable, Dict, Iterable, List, Literal, Mapping, Optional, Tuple, Union, cast

from .binary import BinaryResponse, multipart_body, raw_chunks, rewinder
from .errors import ApiError
from .models import (
    _json_default,
    _to_json,
    BlobLink,
    Part,
    Widget,
    Stored,
    WidgetList,
)

__all__ = ["Client"]

_USER_AGENT = "duckstorage-python/1.2.3"

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
    """A path parameter, percent-encoded whole: a `/` in a name never changes the route."""
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


class Client:
    """Client for the Mini API 1.2.3.

    A small API for the Python SDK emitter's golden test.

    Every method raises ApiError for a non-2xx answer, and OSError (urllib.error.URLError,
    TimeoutError) when the server cannot be reached.
    """

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
        """`base_url` like "http://localhost:8000"; `api_key` is sent as `Authorization: Bearer <api_key>`.

        Calls that are safe to send again (GET, HEAD, PUT, DELETE, or any with an `idempotency_key`)
        are retried up to `max_retries` times after 429, 502, 503 or 504 or a connection error,
        waiting `backoff` seconds doubled per retry (with jitter; a Retry-After is honoured), at most
        `max_backoff` a wait. A body that cannot be read twice (an iterable, a pipe) is sent once.
        `max_retries=0` turns retrying off.
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

        The body is `json_body`, the multipart form `fields` + `files`, or `raw_body` (bytes, a
        file or chunks, streamed). With `stream`, returns the open BinaryResponse instead of reading
        it; `empty_statuses` are successes without content that urllib raises as errors (304).
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
        """Waits before retry `attempt` + 1 and puts file bodies back where they started."""
        delay = self.backoff * (2**attempt) * random.uniform(0.5, 1.0)
        time.sleep(min(self.max_backoff, max(delay, at_least)))
        if rewind is not None:
            rewind()

    # widgets: Widgets on shelves.

    def list_widgets(
        self,
        shelf_id: str,
        *,
        limit: Optional[int] = None,
        state: Optional[Literal["new", "used"]] = None,
        tag: Optional[List[str]] = None,
        request_id: Optional[str] = None,
    ) -> WidgetList:
        """List widgets.

        Widgets of the shelf, "newest" first.

        GET /shelves/{shelf_id}/widgets

        Args:
            shelf_id: Shelf id.
            limit: Default: 10.
            state: Only widgets in this state.
            tag: Any of these tags (repeat the parameter).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/shelves/{_path(shelf_id)}/widgets",
            query={"limit": limit, "state": state, "tag": tag},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return WidgetList.from_dict(response)

    def create_widget(
        self,
        shelf_id: str,
        *,
        name: str,
        parts: List[Union[Part, Dict[str, Any]]],
        note: Optional[str] = None,
        kind: Optional[Literal["small", "large"]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> Widget:
        """Create a widget.

        POST /shelves/{shelf_id}/widgets

        Args:
            shelf_id: Shelf id.
            name: Widget name.
            note: Free text; null = none.
            kind: How big a widget is. Default: "small".
            idempotency_key: Replays the first answer to a retry with the same key.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/shelves/{_path(shelf_id)}/widgets",
            json_body=_json_body({"name": name, "parts": parts}, {"note": note, "kind": kind}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return Widget.from_dict(response)

    def delete_widget(
        self,
        shelf_id: str,
        widget_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a widget.

        DELETE /shelves/{shelf_id}/widgets/{widget_id}

        Args:
            shelf_id: Shelf id.
            idempotency_key: Replays the first answer to a retry with the same key.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/shelves/{_path(shelf_id)}/widgets/{_path(widget_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # files: Photos and manuals (binary bodies).

    def upload_photo(
        self,
        shelf_id: str,
        *,
        caption: Optional[str] = None,
        photo: Union[bytes, BinaryIO],
        thumbnail: Optional[Union[bytes, BinaryIO]] = None,
        request_id: Optional[str] = None,
    ) -> Stored:
        """Upload the shelf's photo.

        PUT /shelves/{shelf_id}/photo

        Args:
            shelf_id: Shelf id.
            caption: Shown under the photo.
            photo: The image. Bytes or a binary file object (read in chunks while it is sent).
            thumbnail: Bytes or a binary file object (read in chunks while it is sent).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/shelves/{_path(shelf_id)}/photo",
            fields={"caption": caption},
            files={"photo": photo, "thumbnail": thumbnail},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return Stored.from_dict(response)

    def download_photo(
        self,
        shelf_id: str,
        *,
        range: Optional[str] = None,
        if_none_match: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> Optional[bytes]:
        """Download the shelf's photo.

        GET /shelves/{shelf_id}/photo

        Args:
            shelf_id: Shelf id.
            range: One byte range, e.g. bytes=0-99.
            if_none_match: Sent as the If-None-Match header.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.

        Returns:
            The whole body, in memory. None for 304 (no content). For large answers use
            download_photo_stream().
        """
        with self.download_photo_stream(
            shelf_id,
            range=range,
            if_none_match=if_none_match,
            request_id=request_id,
        ) as response:
            return None if response.status == 304 else response.read()

    def download_photo_stream(
        self,
        shelf_id: str,
        *,
        range: Optional[str] = None,
        if_none_match: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BinaryResponse:
        """Download the shelf's photo, streamed.

        GET /shelves/{shelf_id}/photo

        Args:
            shelf_id: Shelf id.
            range: One byte range, e.g. bytes=0-99.
            if_none_match: Sent as the If-None-Match header.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.

        Returns:
            The answer, read as it arrives: iterate over it for chunks, save(path_or_file) or
            read(); use it in a `with` block to free the connection. 304 has no chunks.
        """
        response = self._request(
            "GET",
            f"/shelves/{_path(shelf_id)}/photo",
            headers={"Range": range, "If-None-Match": if_none_match, "X-Request-ID": request_id},
            accept="*/*",
            stream=True,
            empty_statuses=(304,),
        )
        return cast("BinaryResponse", response)

    def upload_manual(
        self,
        shelf_id: str,
        *,
        body: Union[bytes, BinaryIO, Iterable[bytes]],
        name: str,
        content_type: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> Stored:
        """Upload a manual in one request.

        POST /shelves/{shelf_id}/manuals

        Args:
            shelf_id: Shelf id.
            body: Sent as application/octet-stream: bytes, a binary file object or an iterable
                of chunks. A file or iterable is read while it is sent, with Content-Length when its
                size is known, else chunked.
            name: File name.
            content_type: The body's Content-Type. Default: application/octet-stream.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/shelves/{_path(shelf_id)}/manuals",
            raw_body=body,
            content_type=content_type or "application/octet-stream",
            query={"name": name},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return Stored.from_dict(response)

    # system: Operations.

    def get_metrics(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> str:
        """Prometheus metrics.

        GET /metrics

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/metrics",
            headers={"X-Request-ID": request_id},
            accept="text/plain",
        )
        return cast("str", response)

    # blobs: Served by another adapter (x-duckstorage-protocol: s3); only its JSON call reaches the
    # SDKs.

    def link_blob(
        self,
        bucket: str,
        *,
        key: str,
        request_id: Optional[str] = None,
    ) -> BlobLink:
        """JSON call of the other adapter (in the SDKs).

        POST /blobs/{bucket}/link

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/blobs/{_path(bucket)}/link",
            json_body=_json_body({"key": key}, {}),
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BlobLink.from_dict(response)
