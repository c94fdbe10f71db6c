# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""The DuckStorage API client: one method per operation, standard library only."""

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
    _decode,
    _json_default,
    _to_json,
    HealthResponse,
    InitBackendResponse,
    ProjectResponse,
    ProjectCreateResponse,
    ProjectListResponse,
    ProjectStatsResponse,
    ApiKeyResponse,
    ApiKeyCreateResponse,
    ApiKeyListResponse,
    BranchResponse,
    BranchListResponse,
    BranchDetailResponse,
    PullTableResponse,
    MergeTableResponse,
    BranchMergeStatusResponse,
    BucketResponse,
    BucketListResponse,
    BucketShareInfo,
    GrantReadonlyResponse,
    ColumnDefinition,
    TableResponse,
    TableListResponse,
    TablePreviewResponse,
    FilePrepareResponse,
    FileUploadResponse,
    FileResponse,
    FileListResponse,
    RowFilter,
    CsvOptions,
    ImportOptions,
    ColumnMapping,
    ImportResponse,
    OrderBy,
    ExportResponse,
    DeleteRowsResponse,
    TableProfileResponse,
    SnapshotResponse,
    SnapshotListResponse,
    SnapshotDetailResponse,
    SnapshotRestoreResponse,
    SnapshotTriggerSettings,
    SnapshotRetentionSettings,
    SnapshotSettingsResponse,
    ServiceInfoResponse,
    S3CredentialCreateResponse,
    S3CredentialListResponse,
    PresignResponse,
    WorkspaceConnectionInfo,
    WorkspaceResponse,
    WorkspaceDetailResponse,
    WorkspaceListResponse,
    WorkspaceLoadItem,
    WorkspaceLoadResponse,
    PGWireAuthResponse,
    PGWireSessionInfo,
    PGWireCleanupResponse,
    DriverExecuteResponse,
    DriverCommandList,
)

__all__ = ["Client"]

_USER_AGENT = "duckstorage-python/0.1.0"

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
    """Client for the DuckStorage API 0.1.0.

    Self-hosted Keboola Storage on DuckDB: projects, API keys, buckets and tables.

    Errors: every non-2xx JSON answer has the `Error` body. Every answer carries `X-Request-ID`
    (the caller's, or a new one).

    Idempotency: POST, PUT and DELETE accept `X-Idempotency-Key` (see the parameter).

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

    # backend: Health and storage initialization.

    def get_service_info(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> ServiceInfoResponse:
        """Service info.

        Names the service and its version, and where its health check is. No credential needed. A
        browser, whose Accept prefers text/html over JSON, gets the landing page instead (links to
        the API reference and the dashboard); any other client (`*/*`, no Accept,
        application/json) gets the JSON.

        GET /

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ServiceInfoResponse.from_dict(response)

    def get_health(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> HealthResponse:
        """Health check.

        Checks that every storage directory exists and is writable and that the metadata database
        answers. No credential needed.

        GET /health

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/health",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return HealthResponse.from_dict(response)

    def init_backend(
        self,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> InitBackendResponse:
        """Initialize storage directories.

        Creates the data, DuckDB, files and snapshots directories if missing and checks they are
        writable. Idempotent.

        POST /backend/init

        Args:
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/backend/init",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return InitBackendResponse.from_dict(response)

    def remove_backend(
        self,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> InitBackendResponse:
        """Acknowledge backend removal.

        Kept for Keboola parity: acknowledges the removal and deletes nothing (data stays; remove
        projects one by one).

        POST /backend/remove

        Args:
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/backend/remove",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return InitBackendResponse.from_dict(response)

    # projects: Projects and their statistics.

    def create_project(
        self,
        *,
        id: str,
        name: Optional[str] = None,
        settings: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ProjectCreateResponse:
        """Create a project.

        Registers the project, creates its directory and returns its first project_admin key
        (shown only here).

        POST /projects

        Args:
            id: Project id (Keboola Connection's project id). 1-64 characters of letters,
                digits, `_` and `-`, starting with a letter or digit, never containing `_branch_`.
            name: Human-readable name.
            settings: Free-form project settings, stored and returned as given.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/projects",
            json_body=_json_body({"id": id}, {"name": name, "settings": settings}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ProjectCreateResponse.from_dict(response)

    def list_projects(
        self,
        *,
        status: Optional[Literal["active", "deleted"]] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> ProjectListResponse:
        """List projects.

        Newest first.

        GET /projects

        Args:
            status: Only projects with this status.
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/projects",
            query={"status": status, "limit": limit, "offset": offset},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ProjectListResponse.from_dict(response)

    def get_project(
        self,
        project_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> ProjectResponse:
        """Get a project.

        With live counts of buckets and tables and the bytes of its table files.

        GET /projects/{project_id}

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ProjectResponse.from_dict(response)

    def update_project(
        self,
        project_id: str,
        *,
        name: Optional[str] = None,
        settings: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ProjectResponse:
        """Update a project.

        Changes the name and/or settings. Needs the admin key or a project_admin key.

        PUT /projects/{project_id}

        Args:
            project_id: Project id.
            name: New name; absent or null keeps the current one.
            settings: New settings (replaces the old object); absent or null keeps them.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/projects/{_path(project_id)}",
            json_body=_json_body({}, {"name": name, "settings": settings}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ProjectResponse.from_dict(response)

    def delete_project(
        self,
        project_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a project.

        Removes the project, its keys, buckets and tables, metadata and files. Needs the admin key
        or a project_admin key. The id can be reused afterwards.

        DELETE /projects/{project_id}

        Args:
            project_id: Project id.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def get_project_stats(
        self,
        project_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> ProjectStatsResponse:
        """Project statistics.

        Bucket and table counts and table-file bytes, computed now.

        GET /projects/{project_id}/stats

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/stats",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ProjectStatsResponse.from_dict(response)

    # api-keys: Project API keys and their scopes.

    def create_api_key(
        self,
        project_id: str,
        *,
        description: str,
        scope: Optional[Literal["project_admin", "branch_admin", "branch_read"]] = None,
        branch_id: Optional[str] = None,
        expires_in_days: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ApiKeyCreateResponse:
        """Create an API key.

        Issues a new key (shown only here). Needs the admin key or a project_admin key.

        POST /projects/{project_id}/api-keys

        Args:
            project_id: Project id.
            description: What the key is for.
            scope: `project_admin`: everything in the project; `branch_admin`: read and write on
                one branch; `branch_read`: read-only on one branch. Default: "project_admin".
            branch_id: Required for branch scopes (`default` = the main branch), null for
                project_admin.
            expires_in_days: Lifetime in days; null = no expiry.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/api-keys",
            json_body=_json_body({"description": description}, {"scope": scope, "branch_id": branch_id, "expires_in_days": expires_in_days}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ApiKeyCreateResponse.from_dict(response)

    def list_api_keys(
        self,
        project_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> ApiKeyListResponse:
        """List API keys.

        Keys that are not revoked, newest first (expired ones included).

        GET /projects/{project_id}/api-keys

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/api-keys",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ApiKeyListResponse.from_dict(response)

    def get_api_key(
        self,
        project_id: str,
        key_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> ApiKeyResponse:
        """Get an API key.

        Also answers for revoked keys (`is_revoked`).

        GET /projects/{project_id}/api-keys/{key_id}

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/api-keys/{_path(key_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return ApiKeyResponse.from_dict(response)

    def revoke_api_key(
        self,
        project_id: str,
        key_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Revoke an API key.

        The key stops working at once. The last active project_admin key cannot be revoked (400);
        a key already revoked is 409.

        DELETE /projects/{project_id}/api-keys/{key_id}

        Args:
            project_id: Project id.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/api-keys/{_path(key_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def rotate_api_key(
        self,
        project_id: str,
        key_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ApiKeyCreateResponse:
        """Rotate an API key.

        Issues a new key with the same scope, branch, description and lifetime and revokes the old
        one, in one step.

        POST /projects/{project_id}/api-keys/{key_id}/rotate

        Args:
            project_id: Project id.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/api-keys/{_path(key_id)}/rotate",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ApiKeyCreateResponse.from_dict(response)

    # s3-credentials: Per-project S3 access key pairs for SigV4 clients (aws-cli, boto3, rclone, the
    # AWS SDK).

    def create_s3_credential(
        self,
        project_id: str,
        *,
        description: Optional[str] = None,
        read_only: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> S3CredentialCreateResponse:
        """Create an S3 credential.

        Issues an access key id and secret access key bound to this project, for SigV4 clients of
        the S3 API; the secret is shown only here. Needs the admin key or a project_admin key (as
        API key management); `read_only: true` makes a credential that can only read. At most
        `S3_CREDENTIALS_PER_PROJECT` per project (429 naming the limit). The answer also gives the
        endpoint, region and bucket to configure a client with.

        POST /projects/{project_id}/s3-credentials

        Args:
            project_id: Project id.
            description: What the credential is for.
            read_only: Allow only reads (GET, HEAD, listings); writes and deletes are
                `AccessDenied`. Default: false.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/s3-credentials",
            json_body=_json_body({}, {"description": description, "read_only": read_only}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return S3CredentialCreateResponse.from_dict(response)

    def list_s3_credentials(
        self,
        project_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> S3CredentialListResponse:
        """List S3 credentials.

        The project's S3 credentials, newest first, without their secrets. Needs the admin key or
        a project_admin key.

        GET /projects/{project_id}/s3-credentials

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/s3-credentials",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return S3CredentialListResponse.from_dict(response)

    def delete_s3_credential(
        self,
        project_id: str,
        access_key_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete an S3 credential.

        The credential stops working at once (requests signed with it get `InvalidAccessKeyId`);
        URLs it pre-signed stop working too. An access key id of another project is 404
        `s3_credential_not_found`.

        DELETE /projects/{project_id}/s3-credentials/{access_key_id}

        Args:
            project_id: Project id.
            access_key_id: S3 access key id (from createS3Credential).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/s3-credentials/{_path(access_key_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # branches: Dev branches of a project: created empty, a table is copied into the branch on its
    # first write there; pulled back from main or merged into it table by table.

    def create_branch(
        self,
        project_id: str,
        *,
        name: str,
        description: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BranchResponse:
        """Create a dev branch.

        Creates an empty dev branch: nothing is copied. The branch reads main's tables until it
        writes one, which first copies that table into the branch. 409 `branch_name_exists` when
        the project has a branch of that name.

        POST /projects/{project_id}/branches

        Args:
            project_id: Project id.
            name: Branch name, unique in the project; 1-100 characters. Characters the server
                does not accept are 400 `invalid_name`.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches",
            json_body=_json_body({"name": name}, {"description": description}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return BranchResponse.from_dict(response)

    def list_branches(
        self,
        project_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> BranchListResponse:
        """List dev branches.

        Dev branches of the project, newest first. The main branch (`default`) is not one of them.

        GET /projects/{project_id}/branches

        Args:
            project_id: Project id.
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches",
            query={"limit": limit, "offset": offset},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BranchListResponse.from_dict(response)

    def get_branch(
        self,
        project_id: str,
        branch_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> BranchDetailResponse:
        """Get a dev branch.

        The branch with the tables that live in it (copies of main tables and tables created in
        the branch).

        GET /projects/{project_id}/branches/{branch_id}

        Args:
            project_id: Project id.
            branch_id: Dev branch id (createBranch). `default`, the main branch, is not a dev
                branch: 404 `branch_not_found`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BranchDetailResponse.from_dict(response)

    def delete_branch(
        self,
        project_id: str,
        branch_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a dev branch.

        Removes the branch and every table that lives in it; main is not touched. Nothing is
        snapshotted: the branch's tables cannot be recovered.

        DELETE /projects/{project_id}/branches/{branch_id}

        Args:
            project_id: Project id.
            branch_id: Dev branch id (createBranch). `default`, the main branch, is not a dev
                branch: 404 `branch_not_found`.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def pull_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> PullTableResponse:
        """Pull a table from main.

        Drops the branch's copy of the table, so the branch reads main's table again and its next
        write copies it anew. Nothing is written to main. Answers 200 with `was_local: false` when
        the branch had no copy. 404 `table_not_found` when main has no such table.

        POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/pull

        Args:
            project_id: Project id.
            branch_id: Dev branch id (createBranch). `default`, the main branch, is not a dev
                branch: 404 `branch_not_found`.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/tables/{_path(bucket_name)}/{_path(table_name)}/pull",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return PullTableResponse.from_dict(response)

    def merge_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        force: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> MergeTableResponse:
        """Merge a table into main.

        Writes the branch's version of the table (schema and rows) to main: replaces main's table,
        after a snapshot of it, or creates it in main when main has none. When main's table
        changed after the branch copied it, 409 `merge_conflict` unless `force` is true. 404 when
        the table does not live in the branch. The body may be omitted.

        POST /projects/{project_id}/branches/{branch_id}/tables/{bucket_name}/{table_name}/merge

        Args:
            project_id: Project id.
            branch_id: Dev branch id (createBranch). `default`, the main branch, is not a dev
                branch: 404 `branch_not_found`.
            force: Merge even when main's table changed after the branch copied it, overwriting
                those changes. Default: false.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/tables/{_path(bucket_name)}/{_path(table_name)}/merge",
            json_body=_json_body({}, {"force": force}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return MergeTableResponse.from_dict(response)

    def get_branch_merge_status(
        self,
        project_id: str,
        branch_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> BranchMergeStatusResponse:
        """Merge status of a dev branch.

        For each table that lives in the branch: whether the branch, main or both changed it since
        the copy, i.e. what mergeTable would do.

        GET /projects/{project_id}/branches/{branch_id}/merge-status

        Args:
            project_id: Project id.
            branch_id: Dev branch id (createBranch). `default`, the main branch, is not a dev
                branch: 404 `branch_not_found`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/merge-status",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BranchMergeStatusResponse.from_dict(response)

    # buckets: Buckets on branch-first URLs (`default` = main branch).

    def create_bucket(
        self,
        project_id: str,
        branch_id: str,
        *,
        name: str,
        description: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BucketResponse:
        """Create a bucket.

        Creates an empty bucket on the branch.

        POST /projects/{project_id}/branches/{branch_id}/buckets

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            name: Bucket name: 1-96 letters, digits, `_`, `-`, `.`, starting with a letter or
                digit (e.g. `in_c_sales`). Unique per project regardless of case.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets",
            json_body=_json_body({"name": name}, {"description": description}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return BucketResponse.from_dict(response)

    def list_buckets(
        self,
        project_id: str,
        branch_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> BucketListResponse:
        """List buckets.

        Buckets of the branch in name order.

        GET /projects/{project_id}/branches/{branch_id}/buckets

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BucketListResponse.from_dict(response)

    def get_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        request_id: Optional[str] = None,
    ) -> BucketResponse:
        """Get a bucket.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return BucketResponse.from_dict(response)

    def delete_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        cascade: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a bucket.

        With `cascade=true` (default) its tables are dropped too; with `cascade=false` a bucket
        that still has tables is 409 `bucket_not_empty`.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            cascade: Drop the bucket's tables too. Default: true.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}",
            query={"cascade": cascade},
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # bucket-sharing: Sharing a bucket with other projects, which link it read-only; main branch
    # only.

    def share_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        target_project_id: str,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BucketShareInfo:
        """Share a bucket with another project.

        Allows the target project to link this bucket (linkBucket), read-only. Main branch only
        (400 `operation_not_allowed` on a dev branch). 404 when the bucket or the target project
        does not exist; 409 `already_shared` when the bucket is shared with that project already.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            target_project_id: The project to share the bucket with.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/share",
            json_body=_json_body({"target_project_id": target_project_id}, {}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return BucketShareInfo.from_dict(response)

    def unshare_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        target_project_id: str,
        force: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Stop sharing a bucket with a project.

        Withdraws the share with one project. While that project links the bucket, 409
        `share_in_use`; with `force=true` its links are removed too. Main branch only (400
        `operation_not_allowed` on a dev branch). 404 when the bucket is not shared with that
        project.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/share

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            target_project_id: The project to stop sharing with.
            force: Also remove that project's links to the bucket. Default: false.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/share",
            query={"target_project_id": target_project_id, "force": force},
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def link_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        source_project_id: str,
        source_bucket_name: str,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BucketResponse:
        """Link a bucket of another project.

        Makes a bucket that another project shares with this one readable here as `{bucket_name}`.
        Only metadata is stored: reads see the source's current data, and the linked bucket is
        read-only. Main branch only (400 `operation_not_allowed` on a dev branch). 403 when the
        source bucket is not shared with this project; 404 when the source project or bucket does
        not exist; 409 `bucket_exists` or `bucket_already_linked` when the name is taken here.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            source_project_id: The project that owns and shares the bucket.
            source_bucket_name: The bucket in that project.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/link",
            json_body=_json_body({
                "source_project_id": source_project_id,
                "source_bucket_name": source_bucket_name,
            }, {}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return BucketResponse.from_dict(response)

    def unlink_bucket(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Unlink a bucket.

        Removes the link; the source bucket and its data are not touched. Main branch only (400
        `operation_not_allowed` on a dev branch). 404 `link_not_found` when `{bucket_name}` is not
        a link.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/link

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/link",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def grant_readonly(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> GrantReadonlyResponse:
        """Grant read-only access to a bucket.

        Kept for Keboola API compatibility: links are always read-only, so nothing is stored. Main
        branch only (400 `operation_not_allowed` on a dev branch). 404 when the bucket does not
        exist.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/grant-readonly",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return GrantReadonlyResponse.from_dict(response)

    def revoke_readonly(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Revoke read-only access to a bucket.

        Kept for Keboola API compatibility: nothing is stored, so nothing changes. Main branch
        only (400 `operation_not_allowed` on a dev branch). 404 when the bucket does not exist.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/grant-readonly

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/grant-readonly",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # tables: Tables, their schema and a row preview.

    def create_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        name: str,
        columns: List[Union[ColumnDefinition, Dict[str, Any]]],
        primary_key: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Create a table.

        Creates the table file with typed columns and an optional primary key, atomically: a
        failed create leaves nothing behind.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            name: Table name, same rules as bucket names.
            primary_key: Column names of the primary key; null or [] = none.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables",
            json_body=_json_body({"name": name, "columns": columns}, {"primary_key": primary_key}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def list_tables(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        request_id: Optional[str] = None,
    ) -> TableListResponse:
        """List tables.

        Tables of the bucket in name order, with columns, primary key, row count and size.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return TableListResponse.from_dict(response)

    def get_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Get a table.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def delete_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a table.

        Removes the table and its file (and WAL).

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def preview_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        limit: Optional[int] = None,
        columns: Optional[str] = None,
        where_column: Optional[str] = None,
        where_operator: Optional[Literal["eq", "ne", "gt", "ge", "lt", "le"]] = None,
        where_values: Optional[List[str]] = None,
        order_by: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TablePreviewResponse:
        """Preview table rows.

        Up to `limit` rows in a stable order (the `order_by` columns, else the primary key, else
        insertion order), optionally only some columns and only rows matching a filter.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/preview

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            limit: Rows to return (1-10000; the server may set a lower cap, PREVIEW_MAX_ROWS).
                Default: 1000.
            columns: Comma-separated column names to return, in that order.
            where_column: Filter: the column to compare.
            where_operator: Filter: `eq` = equal to any value, `ne` = equal to none;
                `gt`/`ge`/`lt`/`le` compare with the single value. Default: "eq".
            where_values: Filter: values (repeat the parameter), cast to the column's type.
            order_by: Comma-separated `column[:asc|desc]`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/preview",
            query={
                "limit": limit,
                "columns": columns,
                "where_column": where_column,
                "where_operator": where_operator,
                "where_values": where_values,
                "order_by": order_by,
            },
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return TablePreviewResponse.from_dict(response)

    # files: Project files: three-step or streamed upload, list, download (ranges), delete.

    def prepare_file_upload(
        self,
        project_id: str,
        *,
        filename: str,
        content_type: Optional[str] = None,
        size_bytes: Optional[int] = None,
        tags: Optional[Dict[str, str]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> FilePrepareResponse:
        """Open an upload session.

        Step 1 of the three-step upload: opens a session (kept in metadata.duckdb, so it survives
        a restart) that expires after UPLOAD_SESSION_TTL_SECONDS.

        POST /projects/{project_id}/files/prepare

        Args:
            project_id: Project id.
            filename: Name the file will have (no path separators, at most 255 bytes); stored as
                metadata only, never used as a path.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/files/prepare",
            json_body=_json_body({"filename": filename}, {"content_type": content_type, "size_bytes": size_bytes, "tags": tags}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return FilePrepareResponse.from_dict(response)

    def upload_file(
        self,
        project_id: str,
        upload_key: str,
        *,
        file: Union[bytes, BinaryIO],
        request_id: Optional[str] = None,
    ) -> FileUploadResponse:
        """Upload the bytes of a session.

        Step 2: the multipart part `file` is streamed to a staging file while its size, SHA-256
        and MD5 are computed; uploading again replaces the bytes. Limits: MAX_UPLOAD_BYTES and the
        project quota FILES_QUOTA_BYTES (413 naming the limit).

        POST /projects/{project_id}/files/upload/{upload_key}

        Args:
            project_id: Project id.
            upload_key: Upload session key from prepareFileUpload.
            file: The file bytes (the part's own filename and type are ignored). Bytes or a
                binary file object (read in chunks while it is sent).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/files/upload/{_path(upload_key)}",
            files={"file": file},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return FileUploadResponse.from_dict(response)

    def upload_file_stream(
        self,
        project_id: str,
        *,
        body: Union[bytes, BinaryIO, Iterable[bytes]],
        name: str,
        content_type: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> FileResponse:
        """Upload a file in one streamed request.

        The request body is the file (any length up to MAX_UPLOAD_BYTES), streamed to disk; the
        file is registered when the body is complete. `Content-Type` is stored as the file's
        content type.

        POST /projects/{project_id}/files/stream

        Args:
            project_id: Project id.
            body: Sent as application/octet-stream: bytes, a binary file object or an iterable
                of chunks. A file or iterable is read while it is sent, with Content-Length when its
                size is known, else chunked.
            name: File name (metadata only).
            content_type: The body's Content-Type. Default: application/octet-stream.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/files/stream",
            raw_body=body,
            content_type=content_type or "application/octet-stream",
            query={"name": name},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return FileResponse.from_dict(response)

    def register_file(
        self,
        project_id: str,
        *,
        upload_key: str,
        name: Optional[str] = None,
        tags: Optional[Dict[str, str]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> FileResponse:
        """Register an uploaded file.

        Step 3: moves the staged bytes to their permanent, id-derived path and records the file.

        POST /projects/{project_id}/files

        Args:
            project_id: Project id.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/files",
            json_body=_json_body({"upload_key": upload_key}, {"name": name, "tags": tags}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return FileResponse.from_dict(response)

    def list_files(
        self,
        project_id: str,
        *,
        include_staged: Optional[bool] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> FileListResponse:
        """List files.

        Newest first.

        GET /projects/{project_id}/files

        Args:
            project_id: Project id.
            include_staged: Also list upload sessions whose bytes are staged but not registered.
                Default: false.
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/files",
            query={"include_staged": include_staged, "limit": limit, "offset": offset},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return FileListResponse.from_dict(response)

    def get_file(
        self,
        project_id: str,
        file_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> FileResponse:
        """Get a file's metadata.



        GET /projects/{project_id}/files/{file_id}

        Args:
            project_id: Project id.
            file_id: File id (from registerFile, uploadFileStream or exportTable).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/files/{_path(file_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return FileResponse.from_dict(response)

    def delete_file(
        self,
        project_id: str,
        file_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a file.

        The record is deleted first, then the bytes.

        DELETE /projects/{project_id}/files/{file_id}

        Args:
            project_id: Project id.
            file_id: File id (from registerFile, uploadFileStream or exportTable).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/files/{_path(file_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def download_file(
        self,
        project_id: str,
        file_id: str,
        *,
        range: Optional[str] = None,
        if_none_match: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> Optional[bytes]:
        """Download a file.

        Streams the bytes with `ETag` (the SHA-256 when known), `Last-Modified`,
        `Content-Disposition` and `Accept-Ranges: bytes`; a single `Range` gives 206;
        `If-None-Match` with the current ETag gives 304.

        GET /projects/{project_id}/files/{file_id}/download

        Args:
            project_id: Project id.
            file_id: File id (from registerFile, uploadFileStream or exportTable).
            range: Sent as the Range header.
            if_none_match: Sent as the If-None-Match header.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.

        Returns:
            The whole body, in memory. None for 304 (no content). For large answers use
            download_file_stream().
        """
        with self.download_file_stream(
            project_id,
            file_id,
            range=range,
            if_none_match=if_none_match,
            request_id=request_id,
        ) as response:
            return None if response.status == 304 else response.read()

    def download_file_stream(
        self,
        project_id: str,
        file_id: str,
        *,
        range: Optional[str] = None,
        if_none_match: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> BinaryResponse:
        """Download a file, streamed.

        Streams the bytes with `ETag` (the SHA-256 when known), `Last-Modified`,
        `Content-Disposition` and `Accept-Ranges: bytes`; a single `Range` gives 206;
        `If-None-Match` with the current ETag gives 304.

        GET /projects/{project_id}/files/{file_id}/download

        Args:
            project_id: Project id.
            file_id: File id (from registerFile, uploadFileStream or exportTable).
            range: Sent as the Range header.
            if_none_match: Sent as the If-None-Match header.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.

        Returns:
            The answer, read as it arrives: iterate over it for chunks, save(path_or_file) or
            read(); use it in a `with` block to free the connection. 304 has no chunks.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/files/{_path(file_id)}/download",
            headers={"Range": range, "If-None-Match": if_none_match, "X-Request-ID": request_id},
            accept="*/*",
            stream=True,
            empty_statuses=(304,),
        )
        return cast("BinaryResponse", response)

    # import-export: Loading files and tables into tables, exporting tables to files.

    def import_from_file(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        file_id: str,
        format: Optional[str] = None,
        csv_options: Optional[Union[CsvOptions, Dict[str, Any]]] = None,
        import_options: Optional[Union[ImportOptions, Dict[str, Any]]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ImportResponse:
        """Load a file into a table.

        CSV or Parquet read by DuckDB with the table's own column types, columns matched by name.
        A full load builds a new table file and swaps it in atomically; an incremental load
        appends or upserts by primary key in one transaction. A row that does not fit is 400
        naming its line and column, and nothing changes.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/file

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            format: `csv` or `parquet`. Default: "csv".
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/import/file",
            json_body=_json_body({"file_id": file_id}, {
                "format": format,
                "csv_options": csv_options,
                "import_options": import_options,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ImportResponse.from_dict(response)

    def import_from_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        source_bucket: str,
        source_table: str,
        columns: Optional[List[Union[ColumnMapping, Dict[str, Any]]]] = None,
        where: Optional[List[Union[RowFilter, Dict[str, Any]]]] = None,
        where_filter: Optional[str] = None,
        import_options: Optional[Union[ImportOptions, Dict[str, Any]]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ImportResponse:
        """Load another table into a table.

        Same semantics as importFromFile, reading another table of the same project (and branch),
        with optional column mapping and filters.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/import/table

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            where: Structured filters, all of which must hold (AND); values are bound, never
                spliced.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/import/table",
            json_body=_json_body({"source_bucket": source_bucket, "source_table": source_table}, {
                "columns": columns,
                "where": where,
                "where_filter": where_filter,
                "import_options": import_options,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ImportResponse.from_dict(response)

    def export_to_file(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        format: Optional[str] = None,
        compression: Optional[str] = None,
        columns: Optional[List[str]] = None,
        where_filter: Optional[str] = None,
        where: Optional[List[Union[RowFilter, Dict[str, Any]]]] = None,
        order_by: Optional[List[Union[OrderBy, Dict[str, Any]]]] = None,
        limit: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> ExportResponse:
        """Export a table to a new file.

        DuckDB writes CSV (optionally gzip) or Parquet straight into a new file of the Files API,
        with column selection, filters, order and limit.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/export

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            format: `csv` or `parquet`. Default: "csv".
            where: Structured filters, all of which must hold (AND); values are bound, never
                spliced.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/export",
            json_body=_json_body({}, {
                "format": format,
                "compression": compression,
                "columns": columns,
                "where_filter": where_filter,
                "where": where,
                "order_by": order_by,
                "limit": limit,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return ExportResponse.from_dict(response)

    # table-schema: Column and primary-key changes, row deletes and profiling.

    def add_column(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        name: str,
        type: str,
        nullable: Optional[bool] = None,
        default: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Add a column.

        Atomic, under the table's write lock.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            type: A DuckDB type, checked by the type grammar of createTable.
            nullable: Default: true.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/columns",
            json_body=_json_body({"name": name, "type": type}, {"nullable": nullable, "default": default}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def drop_column(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        column_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Drop a column.

        A primary key column or the last column cannot be dropped (400).

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/columns/{_path(column_name)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def alter_column(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        column_name: str,
        *,
        new_name: Optional[str] = None,
        new_type: Optional[str] = None,
        set_not_null: Optional[bool] = None,
        set_default: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Alter a column.

        Rename, change type, set or drop NOT NULL, set or drop the default; all given changes
        apply together or none does.

        PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/columns/{column_name}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/columns/{_path(column_name)}",
            json_body=_json_body({}, {
                "new_name": new_name,
                "new_type": new_type,
                "set_not_null": set_not_null,
                "set_default": set_default,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def set_primary_key(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        columns: List[str],
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Set the primary key.

        Replaces any existing key. Refused with 409 naming a duplicated key value (or 400 for
        NULLs) when the data does not fit; the table is unchanged then.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/primary-key",
            json_body=_json_body({"columns": columns}, {}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def drop_primary_key(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableResponse:
        """Drop the primary key.



        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/primary-key

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/primary-key",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableResponse.from_dict(response)

    def delete_rows(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        where_clause: Optional[str] = None,
        where: Optional[List[Union[RowFilter, Dict[str, Any]]]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> DeleteRowsResponse:
        """Delete rows matching a filter.



        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/rows

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            where_clause: A filter as SQL text, e.g. `status = 'deleted' AND id IN (1, 2)`. It
                is parsed by DuckDB and only column references of this table, literals, comparisons,
                AND/OR/NOT, IN, BETWEEN, LIKE/ILIKE, IS [NOT] NULL and a short list of scalar
                functions are accepted; the statement is rebuilt from the checked tree with bound
                values. Anything else (subqueries, table functions, other tables, several
                statements) is 400 `invalid_where_clause`.
            where: Structured filters, all of which must hold (AND); values are bound, never
                spliced.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/rows",
            json_body=_json_body({}, {"where_clause": where_clause, "where": where}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return DeleteRowsResponse.from_dict(response)

    def profile_table(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        mode: Optional[Literal["basic", "distribution", "quality", "full"]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> TableProfileResponse:
        """Profile a table.

        Per-column statistics computed in DuckDB in a few aggregate passes, bounded by
        QUERY_TIMEOUT_MS.

        POST /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/profile

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            mode: distribution adds histograms; quality adds string patterns and correlations;
                full adds both. Default: "basic".
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/profile",
            query={"mode": mode},
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return TableProfileResponse.from_dict(response)

    # snapshots: Point-in-time copies of one table (main branch only): taken on request or
    # automatically before destructive changes; listed, previewed, restored, deleted.

    def create_snapshot(
        self,
        project_id: str,
        branch_id: str,
        *,
        bucket: str,
        table: str,
        description: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotResponse:
        """Create a snapshot.

        Copies every row and the schema of one table into a new manual snapshot. Main branch only.
        400 `snapshots_disabled` when the table's effective settings have `enabled: false`.

        POST /projects/{project_id}/branches/{branch_id}/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            bucket: Bucket of the table.
            table: The table to snapshot.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots",
            json_body=_json_body({"bucket": bucket, "table": table}, {"description": description}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotResponse.from_dict(response)

    def list_snapshots(
        self,
        project_id: str,
        branch_id: str,
        *,
        bucket: Optional[str] = None,
        table: Optional[str] = None,
        type: Optional[str] = None,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotListResponse:
        """List snapshots.

        Snapshots of the project, newest first, optionally only those of one bucket, table or
        type. Expired snapshots are listed until they are removed.

        GET /projects/{project_id}/branches/{branch_id}/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            bucket: Only snapshots of tables in this bucket.
            table: Only snapshots of tables with this name (in any bucket unless `bucket` is
                given).
            type: Only snapshots of this `snapshot_type` (e.g. `manual`, `auto_predrop`).
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots",
            query={
                "bucket": bucket,
                "table": table,
                "type": type,
                "limit": limit,
                "offset": offset,
            },
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotListResponse.from_dict(response)

    def get_snapshot(
        self,
        project_id: str,
        branch_id: str,
        snapshot_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> SnapshotDetailResponse:
        """Get a snapshot.

        The snapshot with the columns and primary key of the table it was taken from.

        GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            snapshot_id: Snapshot id (from createSnapshot or listSnapshots).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots/{_path(snapshot_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotDetailResponse.from_dict(response)

    def delete_snapshot(
        self,
        project_id: str,
        branch_id: str,
        snapshot_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a snapshot.

        Removes the snapshot and its data file. The table it was taken from is not touched.

        DELETE /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            snapshot_id: Snapshot id (from createSnapshot or listSnapshots).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots/{_path(snapshot_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def restore_snapshot(
        self,
        project_id: str,
        branch_id: str,
        snapshot_id: str,
        *,
        target_bucket: Optional[str] = None,
        target_table: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotRestoreResponse:
        """Restore a snapshot.

        Recreates the table from the snapshot: by default under its original bucket and name,
        replacing the table there if it exists (after a safety snapshot of it when the
        `restore_overwrite` trigger is on); or as a new table under `target_bucket` /
        `target_table`, which must not exist yet (409 `table_exists`). Send `{}` for the original
        location.

        POST /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/restore

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            snapshot_id: Snapshot id (from createSnapshot or listSnapshots).
            target_bucket: Bucket to restore into; absent or null = the snapshot's bucket.
            target_table: Table name to restore as; absent or null = the snapshot's table name.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots/{_path(snapshot_id)}/restore",
            json_body=_json_body({}, {"target_bucket": target_bucket, "target_table": target_table}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotRestoreResponse.from_dict(response)

    def preview_snapshot(
        self,
        project_id: str,
        branch_id: str,
        snapshot_id: str,
        *,
        limit: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> TablePreviewResponse:
        """Preview snapshot rows.

        Up to `limit` rows of the snapshot's data, in the order they were stored, without
        restoring it.

        GET /projects/{project_id}/branches/{branch_id}/snapshots/{snapshot_id}/preview

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            snapshot_id: Snapshot id (from createSnapshot or listSnapshots).
            limit: Rows to return (1-10000; the server may set a lower cap, PREVIEW_MAX_ROWS).
                Default: 1000.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/snapshots/{_path(snapshot_id)}/preview",
            query={"limit": limit},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return TablePreviewResponse.from_dict(response)

    # snapshot-settings: Snapshot triggers, retention and switches per project, bucket and table;
    # each level overrides the one above (system, project, bucket, table).

    def get_project_snapshot_settings(
        self,
        project_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Get project snapshot settings.

        What applies to the project's tables (system defaults overridden by the project's own
        settings), where each value comes from, and what the project stores.

        GET /projects/{project_id}/settings/snapshots

        Args:
            project_id: Project id.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/settings/snapshots",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def update_project_snapshot_settings(
        self,
        project_id: str,
        *,
        auto_snapshot_triggers: Optional[Union[SnapshotTriggerSettings, Dict[str, Any]]] = None,
        retention: Optional[Union[SnapshotRetentionSettings, Dict[str, Any]]] = None,
        enabled: Optional[bool] = None,
        fail_on_error: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Update project snapshot settings.

        Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces
        the value stored here, an explicit null removes it (the level inherits it again), an
        omitted key keeps what this level already stores. Unknown keys are 422; retention days
        outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.

        PUT /projects/{project_id}/settings/snapshots

        Args:
            project_id: Project id.
            auto_snapshot_triggers: Which destructive changes take an automatic snapshot first;
                null unsets every trigger at this level.
            retention: How long snapshots are kept; null unsets both at this level.
            enabled: Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and
                takes no automatic snapshots.
            fail_on_error: true: when an automatic snapshot fails, the change that triggered it
                is not made (the call fails); false: the failure is logged and the change goes
                ahead.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/projects/{_path(project_id)}/settings/snapshots",
            json_body=_json_body({}, {
                "auto_snapshot_triggers": auto_snapshot_triggers,
                "retention": retention,
                "enabled": enabled,
                "fail_on_error": fail_on_error,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def delete_project_snapshot_settings(
        self,
        project_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Reset project snapshot settings.

        Removes the project's own settings: every value comes from the system defaults again,
        unless a bucket or table sets it. 204 also when nothing was stored.

        DELETE /projects/{project_id}/settings/snapshots

        Args:
            project_id: Project id.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/settings/snapshots",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def get_bucket_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Get bucket snapshot settings.

        What applies to the bucket's tables (system, then project, then bucket settings), where
        each value comes from, and what the bucket stores. Main branch only.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/settings/snapshots",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def update_bucket_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        auto_snapshot_triggers: Optional[Union[SnapshotTriggerSettings, Dict[str, Any]]] = None,
        retention: Optional[Union[SnapshotRetentionSettings, Dict[str, Any]]] = None,
        enabled: Optional[bool] = None,
        fail_on_error: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Update bucket snapshot settings.

        Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces
        the value stored here, an explicit null removes it (the level inherits it again), an
        omitted key keeps what this level already stores. Unknown keys are 422; retention days
        outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.

        PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            auto_snapshot_triggers: Which destructive changes take an automatic snapshot first;
                null unsets every trigger at this level.
            retention: How long snapshots are kept; null unsets both at this level.
            enabled: Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and
                takes no automatic snapshots.
            fail_on_error: true: when an automatic snapshot fails, the change that triggered it
                is not made (the call fails); false: the failure is logged and the change goes
                ahead.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/settings/snapshots",
            json_body=_json_body({}, {
                "auto_snapshot_triggers": auto_snapshot_triggers,
                "retention": retention,
                "enabled": enabled,
                "fail_on_error": fail_on_error,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def delete_bucket_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Reset bucket snapshot settings.

        Removes the bucket's own settings, so it inherits from the project again. 204 also when
        nothing was stored. Main branch only.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/settings/snapshots",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def get_table_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Get table snapshot settings.

        What applies to the table (system, then project, bucket and table settings), where each
        value comes from, and what the table stores. Main branch only.

        GET /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/settings/snapshots",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def update_table_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        auto_snapshot_triggers: Optional[Union[SnapshotTriggerSettings, Dict[str, Any]]] = None,
        retention: Optional[Union[SnapshotRetentionSettings, Dict[str, Any]]] = None,
        enabled: Optional[bool] = None,
        fail_on_error: Optional[bool] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> SnapshotSettingsResponse:
        """Update table snapshot settings.

        Merge patch (RFC 7396) of this level's stored settings: a key present in the body replaces
        the value stored here, an explicit null removes it (the level inherits it again), an
        omitted key keeps what this level already stores. Unknown keys are 422; retention days
        outside 1-3650 are 400 `invalid_config`. Answers the settings after the change.

        PUT /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            auto_snapshot_triggers: Which destructive changes take an automatic snapshot first;
                null unsets every trigger at this level.
            retention: How long snapshots are kept; null unsets both at this level.
            enabled: Master switch: false refuses createSnapshot (400 `snapshots_disabled`) and
                takes no automatic snapshots.
            fail_on_error: true: when an automatic snapshot fails, the change that triggered it
                is not made (the call fails); false: the failure is logged and the change goes
                ahead.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PUT",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/settings/snapshots",
            json_body=_json_body({}, {
                "auto_snapshot_triggers": auto_snapshot_triggers,
                "retention": retention,
                "enabled": enabled,
                "fail_on_error": fail_on_error,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return SnapshotSettingsResponse.from_dict(response)

    def delete_table_snapshot_settings(
        self,
        project_id: str,
        branch_id: str,
        bucket_name: str,
        table_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Reset table snapshot settings.

        Removes the table's own settings, so it inherits from its bucket again. 204 also when
        nothing was stored. Main branch only.

        DELETE /projects/{project_id}/branches/{branch_id}/buckets/{bucket_name}/tables/{table_name}/settings/snapshots

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/buckets/{_path(bucket_name)}/tables/{_path(table_name)}/settings/snapshots",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # workspaces: Workspaces: a DuckDB database per workspace for SQL over PG wire (and gRPC),
    # seeing its project's main or branch tables read-only; copy tables in, list, clear, drop, reset
    # the password, delete. TTL and size limit enforced by a reaper.

    def create_workspace(
        self,
        project_id: str,
        *,
        name: str,
        ttl_hours: Optional[int] = None,
        size_limit_gb: Optional[int] = None,
        preload_tables: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceResponse:
        """Create a workspace on main.

        A DuckDB database of its own to work in over PG wire (or gRPC), seeing the main branch's
        tables read-only. The answer holds the password, shown this once. With `X-Idempotency-Key`
        a retry by the same caller (the same key) gets the same answer, password included; the
        stored answer is encrypted under that caller's key and never replayed to another caller.

        POST /projects/{project_id}/workspaces

        Args:
            project_id: Project id.
            name: A label; need not be unique.
            size_limit_gb: What the workspace may use, in GiB: loads past it fail, and SQL
                sessions of a workspace over it are ended. Default: 10.
            preload_tables: Tables (`bucket.table`) copied in at once, as loadWorkspaceTables
                does. An unknown one fails the request before anything is created; a load that fails
                deletes the new workspace again and is the answer.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/workspaces",
            json_body=_json_body({"name": name}, {
                "ttl_hours": ttl_hours,
                "size_limit_gb": size_limit_gb,
                "preload_tables": preload_tables,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceResponse.from_dict(response)

    def list_workspaces(
        self,
        project_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceListResponse:
        """List workspaces.

        The project's workspaces, main's and every dev branch's (a branch-limited key sees its
        branch's only), newest first. Expired ones are listed with `status: expired` until the
        reaper deletes them.

        GET /projects/{project_id}/workspaces

        Args:
            project_id: Project id.
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/workspaces",
            query={"limit": limit, "offset": offset},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceListResponse.from_dict(response)

    def get_workspace(
        self,
        project_id: str,
        workspace_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> WorkspaceDetailResponse:
        """Get a workspace.

        Any workspace of the project (main or branch), with its live sessions, the project tables
        its sessions see and its own tables and views.

        GET /projects/{project_id}/workspaces/{workspace_id}

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceDetailResponse.from_dict(response)

    def delete_workspace(
        self,
        project_id: str,
        workspace_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a workspace.

        Ends its SQL sessions, then removes the row and the file. Expired workspaces can be
        deleted.

        DELETE /projects/{project_id}/workspaces/{workspace_id}

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def clear_workspace(
        self,
        project_id: str,
        workspace_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Drop every table and view of a workspace.

        Drops what the detail lists as `workspace_objects`; internal `_` names, schemas and other
        object kinds stay.

        POST /projects/{project_id}/workspaces/{workspace_id}/clear

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "POST",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}/clear",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def drop_workspace_object(
        self,
        project_id: str,
        workspace_id: str,
        object_name: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Drop a table or view of a workspace.

        `object_name` as the detail lists it (`name`, or `schema.name` outside `main`); 404
        `object_not_found` otherwise.

        DELETE /projects/{project_id}/workspaces/{workspace_id}/objects/{object_name}

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}/objects/{_path(object_name)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def load_workspace_tables(
        self,
        project_id: str,
        workspace_id: str,
        *,
        tables: List[Union[WorkspaceLoadItem, Dict[str, Any]]],
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceLoadResponse:
        """Copy tables into a workspace.

        Each item copies one table of the workspace's project view (a branch workspace reads the
        branch's copy where it has one; linked buckets work) into the workspace, with a column
        choice and structured filters (values bound). Items run in order; one that fails (unknown
        table, bad filter, existing destination without `overwrite`, size limit) reports `status:
        failed` with its error and changes nothing, the others go on: the answer is 200 either
        way.

        POST /projects/{project_id}/workspaces/{workspace_id}/load

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}/load",
            json_body=_json_body({"tables": tables}, {}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceLoadResponse.from_dict(response)

    def reset_workspace_credentials(
        self,
        project_id: str,
        workspace_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceConnectionInfo:
        """Give a workspace a new password.

        The username stays; the old password stops working at once and every live session of the
        workspace is ended. The answer holds the new password, shown this once. With
        `X-Idempotency-Key` a retry by the same caller (the same key) gets the same answer,
        password included; the stored answer is encrypted under that caller's key and never
        replayed to another caller.

        POST /projects/{project_id}/workspaces/{workspace_id}/credentials/reset

        Args:
            project_id: Project id.
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/workspaces/{_path(workspace_id)}/credentials/reset",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceConnectionInfo.from_dict(response)

    def create_branch_workspace(
        self,
        project_id: str,
        branch_id: str,
        *,
        name: str,
        ttl_hours: Optional[int] = None,
        size_limit_gb: Optional[int] = None,
        preload_tables: Optional[List[str]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceResponse:
        """Create a workspace on a branch.

        As createWorkspace, seeing the branch's tables (its copies and own tables, main's where it
        has none); `default` is main. With `X-Idempotency-Key` a retry by the same caller (the
        same key) gets the same answer, password included; the stored answer is encrypted under
        that caller's key and never replayed to another caller.

        POST /projects/{project_id}/branches/{branch_id}/workspaces

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            name: A label; need not be unique.
            size_limit_gb: What the workspace may use, in GiB: loads past it fail, and SQL
                sessions of a workspace over it are ended. Default: 10.
            preload_tables: Tables (`bucket.table`) copied in at once, as loadWorkspaceTables
                does. An unknown one fails the request before anything is created; a load that fails
                deletes the new workspace again and is the answer.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/workspaces",
            json_body=_json_body({"name": name}, {
                "ttl_hours": ttl_hours,
                "size_limit_gb": size_limit_gb,
                "preload_tables": preload_tables,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceResponse.from_dict(response)

    def list_branch_workspaces(
        self,
        project_id: str,
        branch_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        request_id: Optional[str] = None,
    ) -> WorkspaceListResponse:
        """List a branch's workspaces.

        The branch's workspaces only (`default`: main's), newest first.

        GET /projects/{project_id}/branches/{branch_id}/workspaces

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            limit: Default: 100.
            offset: Default: 0.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/workspaces",
            query={"limit": limit, "offset": offset},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceListResponse.from_dict(response)

    def get_branch_workspace(
        self,
        project_id: str,
        branch_id: str,
        workspace_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> WorkspaceDetailResponse:
        """Get a branch's workspace.

        As getWorkspace; a workspace of another branch (or of main, unless `default`) is 404
        `workspace_not_found`.

        GET /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/workspaces/{_path(workspace_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return WorkspaceDetailResponse.from_dict(response)

    def delete_branch_workspace(
        self,
        project_id: str,
        branch_id: str,
        workspace_id: str,
        *,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """Delete a branch's workspace.

        As deleteWorkspace, for a workspace of this branch only.

        DELETE /projects/{project_id}/branches/{branch_id}/workspaces/{workspace_id}

        Args:
            project_id: Project id.
            branch_id: Branch id: `default` for the main branch, or the id of a dev branch
                (createBranch).
            workspace_id: Workspace id (`ws_` + 16 hex, from createWorkspace or
                createBranchWorkspace).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/projects/{_path(project_id)}/branches/{_path(branch_id)}/workspaces/{_path(workspace_id)}",
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    # pgwire-internal: For an external SQL front end: workspace password checks and its sessions.
    # Admin key only; bind the listener to a private network if it is used at all (PG wire clients
    # connect to the built-in listener, which needs none of this).

    def authenticate_pgwire_user(
        self,
        *,
        username: str,
        password: str,
        client_ip: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> PGWireAuthResponse:
        """Check a workspace password.

        For an external SQL front end: verifies a workspace username and password against the
        stored SCRAM verifier. Failures count per username and client address; past
        PGWIRE_AUTH_MAX_FAILURES in a minute further attempts are 429 `too_many_auth_attempts`
        before any check. A wrong password and an unknown user are the same 401
        `invalid_credentials`; only after the password is proven are an expired workspace (410)
        and a full connection limit (429 `connection_limit_reached`) told. Opens no session. Never
        replayed: `X-Idempotency-Key` is ignored here.

        POST /internal/pgwire/auth

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/internal/pgwire/auth",
            json_body=_json_body({"username": username, "password": password}, {"client_ip": client_ip}),
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return PGWireAuthResponse.from_dict(response)

    def register_pgwire_session(
        self,
        *,
        session_id: str,
        workspace_id: str,
        client_ip: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> PGWireSessionInfo:
        """Register a session.

        Registers a session of an external SQL front end; it counts toward
        PGWIRE_MAX_CONNECTIONS_PER_WORKSPACE and PGWIRE_MAX_CONNECTIONS_TOTAL like a PG wire
        connection (429 `connection_limit_reached`). 404 for an unknown workspace, 410 for an
        expired one, 409 `session_exists` for an id in use.

        POST /internal/pgwire/sessions

        Args:
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/internal/pgwire/sessions",
            json_body=_json_body({"session_id": session_id, "workspace_id": workspace_id}, {"client_ip": client_ip}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return PGWireSessionInfo.from_dict(response)

    def list_pgwire_sessions(
        self,
        *,
        workspace_id: Optional[str] = None,
        status: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> List[PGWireSessionInfo]:
        """List live sessions.

        Live sessions (PG wire connections and registered ones), newest first; a bare array.

        GET /internal/pgwire/sessions

        Args:
            status: Only `active` matches: ended sessions are not kept.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/internal/pgwire/sessions",
            query={"workspace_id": workspace_id, "status": status},
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return cast("List[PGWireSessionInfo]", _decode(response, _list_of(PGWireSessionInfo.from_dict)))

    def cleanup_pgwire_sessions(
        self,
        *,
        idle_timeout_seconds: Optional[int] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> PGWireCleanupResponse:
        """End idle sessions.

        Ends every session without activity for `idle_timeout_seconds` (absent or 0:
        PGWIRE_IDLE_TIMEOUT_SECONDS; negative: every session). PG wire clients are told
        `idle_timeout`.

        POST /internal/pgwire/sessions/cleanup

        Args:
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/internal/pgwire/sessions/cleanup",
            query={"idle_timeout_seconds": idle_timeout_seconds},
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return PGWireCleanupResponse.from_dict(response)

    def get_pgwire_session(
        self,
        session_id: str,
        *,
        request_id: Optional[str] = None,
    ) -> PGWireSessionInfo:
        """Get a live session.



        GET /internal/pgwire/sessions/{session_id}

        Args:
            session_id: Session id: of a PG wire connection (`pgw_…`) or the id it was
                registered under.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            f"/internal/pgwire/sessions/{_path(session_id)}",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return PGWireSessionInfo.from_dict(response)

    def end_pgwire_session(
        self,
        session_id: str,
        *,
        reason: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> None:
        """End a session.

        A PG wire connection is closed (its client gets a FATAL `terminated_by_admin`); a
        registered session is forgotten. `reason` goes to the operations log.

        DELETE /internal/pgwire/sessions/{session_id}

        Args:
            session_id: Session id: of a PG wire connection (`pgw_…`) or the id it was
                registered under.
            reason: Default: "disconnected".
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        self._request(
            "DELETE",
            f"/internal/pgwire/sessions/{_path(session_id)}",
            query={"reason": reason},
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )

    def update_pgwire_session_activity(
        self,
        session_id: str,
        *,
        increment_queries: Optional[bool] = None,
        request_id: Optional[str] = None,
    ) -> PGWireSessionInfo:
        """Record a session's activity.

        A registered session's `last_activity_at` becomes now and its `query_count` goes up by one
        (unless `increment_queries` is false). A PG wire connection records its own activity; for
        it this reads the values.

        PATCH /internal/pgwire/sessions/{session_id}/activity

        Args:
            session_id: Session id: of a PG wire connection (`pgw_…`) or the id it was
                registered under.
            increment_queries: Default: true.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "PATCH",
            f"/internal/pgwire/sessions/{_path(session_id)}/activity",
            json_body=_json_body({}, {"increment_queries": increment_queries}),
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return PGWireSessionInfo.from_dict(response)

    # metrics: Prometheus metrics.

    def get_metrics(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> str:
        """Prometheus metrics.

        Text exposition format: HTTP requests and latency by operationId and status, open table
        files, DuckDB errors, storage gauges.

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

    # pages: What a browser opens: the landing page (`GET /` preferring text/html), the API
    # reference (`/docs`), the live dashboard (`/dashboard`), their assets, and this document
    # (`/openapi.json`). The pages load nothing from other origins: their scripts and styles come
    # from this server's npm packages (swagger-ui-dist, chart.js).

    def get_open_api_document(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> Dict[str, Any]:
        """This OpenAPI document.

        specs/duckapi.json, the contract this server implements (OpenAPI 3.1): what `/docs`
        renders and the SDKs are generated from.

        GET /openapi.json

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/openapi.json",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return cast("Dict[str, Any]", response)

    # s3-compat: The S3-compatible API under `S3_PREFIX` (default `/s3`), served by the S3 adapter,
    # not the REST router: XML bodies, SigV4 and pre-signed URLs. Declared here as far as OpenAPI
    # can describe it.

    def create_presigned_url(
        self,
        bucket: str,
        *,
        key: str,
        method: Optional[Literal["GET", "PUT", "DELETE", "HEAD"]] = None,
        expires_in: Optional[int] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> PresignResponse:
        """Create a pre-signed URL.

        A URL that performs one request (its method, on one key, until it expires) with no other
        credential, signed with a key derived from `DATA_DIR/secret.key` so it survives restarts.
        A PUT URL can be bound to a Content-Type. A read-only credential can pre-sign only GET and
        HEAD.

        POST /s3/{bucket}/presign

        Args:
            bucket: The project as an S3 bucket: `project_{id}`, or the project id itself.
            key: The object key the URL is for (checked like any object key).
            method: Default: "GET".
            expires_in: Lifetime in seconds, at most 7 days. Default: 3600.
            content_type: For PUT: the Content-Type the upload must send (signed into the URL).
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            f"/s3/{_path(bucket)}/presign",
            json_body=_json_body({"key": key}, {"method": method, "expires_in": expires_in, "content_type": content_type}),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return PresignResponse.from_dict(response)

    # driver: Keboola's storage-driver protocol over HTTP: the gRPC driver's commands as proto3
    # canonical JSON (what Connection's PHP client uses).

    def execute_driver_command(
        self,
        *,
        command: Dict[str, Any],
        credentials: Optional[Dict[str, Any]] = None,
        features: Optional[List[str]] = None,
        runtimeOptions: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
        request_id: Optional[str] = None,
    ) -> DriverExecuteResponse:
        """Run a driver command.

        Runs one command of the storage-driver protocol (the same dispatcher as gRPC
        StorageDriverService/Execute). `command.type` (or `@type`) names it: `CreateBucketCommand`
        or its full type URL; the other keys are its fields, camelCase or snake_case, parsed as
        proto3 JSON (unknown fields are 400). The bearer key acts as the credentials' key: a
        project key acts on its own project only (`credentials.host` / `project_id`, paths and
        project fields must name it, else 403); backend and project create/drop need the admin
        key. `commandResponse` is the response message as proto3 canonical JSON (int64 as strings,
        enums by name, default values left out) with `@type`, or null; `messages` are this call's
        log messages. A command DuckStorage does not serve is 501 naming it.

        POST /driver/execute

        Args:
            command: `type` or `@type` plus the command message fields (proto3 JSON).
            credentials: GenericBackendCredentials: `host` (else `project_id`) names the
                project; the key is the bearer token.
            idempotency_key: Makes a retried request safe: the first successful (2xx) or
                conflicting (409) answer is kept for 10 minutes for this caller and replayed, with
                `X-Idempotency-Replay: true`, to a request with the same key, method, URL and body.
                The same key with another method, URL or body is 409 `idempotency_conflict`; while
                the first request is still running, 409 `idempotency_in_progress`.
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "POST",
            "/driver/execute",
            json_body=_json_body({"command": command}, {
                "credentials": credentials,
                "features": features,
                "runtimeOptions": runtimeOptions,
            }),
            headers={"X-Idempotency-Key": idempotency_key, "X-Request-ID": request_id},
            accept="application/json",
        )
        return DriverExecuteResponse.from_dict(response)

    def list_driver_commands(
        self,
        *,
        request_id: Optional[str] = None,
    ) -> DriverCommandList:
        """List driver commands.

        Every command of the driver protos (specs/proto/), with its type URL, response message and
        whether DuckStorage serves it. No credential needed.

        GET /driver/commands

        Args:
            request_id: Sent as X-Request-ID to trace this call; the server makes one up
                otherwise.
        """
        response = self._request(
            "GET",
            "/driver/commands",
            headers={"X-Request-ID": request_id},
            accept="application/json",
        )
        return DriverCommandList.from_dict(response)
