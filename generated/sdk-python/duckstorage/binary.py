# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Binary bodies and answers of the DuckStorage API client: uploads streamed from files, downloads streamed to them.
"""

from __future__ import annotations

import io
import json
import os
import stat
import uuid
from email.message import Message
from typing import Any, BinaryIO, Callable, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

__all__ = ["CHUNK_SIZE", "BinaryResponse"]

# Bytes read from a file per chunk, on upload and download.
CHUNK_SIZE = 64 * 1024

_BYTES = (bytes, bytearray, memoryview)


def _remaining(body: Any) -> Optional[int]:
    """Bytes left in `body`: exact for bytes, regular files and seekable streams; None otherwise."""
    if isinstance(body, _BYTES):
        return memoryview(body).nbytes
    try:
        info = os.fstat(body.fileno())
        if stat.S_ISREG(info.st_mode):
            return max(info.st_size - body.tell(), 0)
    except (AttributeError, OSError, ValueError):
        pass
    try:
        if body.seekable():
            here = body.tell()
            end = body.seek(0, io.SEEK_END)
            body.seek(here)
            return max(end - here, 0)
    except (AttributeError, OSError, ValueError):
        pass
    return None


def _checked(piece: Any) -> bytes:
    if isinstance(piece, str):
        raise TypeError("binary bodies take bytes: open the file in binary mode ('rb')")
    return bytes(piece)


def _chunks(body: Any) -> Iterator[bytes]:
    """`body` in pieces: bytes as they are, a file read CHUNK_SIZE bytes at a time as it is sent."""
    if isinstance(body, _BYTES):
        yield bytes(body)
    elif hasattr(body, "read"):
        while True:
            piece = body.read(CHUNK_SIZE)
            if not piece:
                return
            yield _checked(piece)
    else:
        for piece in body:
            if piece:
                yield _checked(piece)


def _binary_only(body: Any) -> None:
    """Fails before anything is sent when a file was opened in text mode."""
    if isinstance(body, (str, io.TextIOBase)):
        raise TypeError("binary bodies take bytes: open the file in binary mode ('rb')")


def raw_chunks(body: Union[bytes, BinaryIO, Iterable[bytes]]) -> Tuple[Any, Optional[int]]:
    """What urllib sends for a raw body, and its length when known (None = chunked)."""
    _binary_only(body)
    if isinstance(body, (bytes, bytearray)):
        return body, len(body)
    return _chunks(body), _remaining(body)


def rewinder(bodies: Iterable[Any]) -> Optional[Callable[[], None]]:
    """A function that puts file bodies back where they are now, so a retry sends them again whole.

    None when one of `bodies` cannot be sent twice: an iterable of chunks or a stream that cannot seek.
    """
    marks: List[Tuple[Any, int]] = []
    for body in bodies:
        if body is None or isinstance(body, _BYTES):
            continue
        try:
            if not body.seekable():
                return None
            marks.append((body, body.tell()))
        except (AttributeError, OSError, ValueError):
            return None

    def rewind() -> None:
        for body, position in marks:
            body.seek(position)

    return rewind


def _quote(value: str) -> str:
    """A name or filename in a Content-Disposition header (RFC 7578 4.2, as browsers escape it)."""
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _field_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def multipart_body(
    fields: Mapping[str, Any], files: Mapping[str, Any]
) -> Tuple[Iterator[bytes], str, Optional[int]]:
    """A multipart/form-data body: text fields first, then file parts read as they are sent.

    Returns the chunks, the Content-Type (with its boundary) and the length (None when a file's size
    is unknown, then the body goes out chunked). None values are left out.
    """
    boundary = f"duckstorage-{uuid.uuid4().hex}"
    parts: List[Tuple[bytes, Any]] = []
    for name, value in fields.items():
        if value is not None:
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'
            parts.append((head.encode("utf-8"), _field_text(value).encode("utf-8")))
    for name, value in files.items():
        if value is None:
            continue
        _binary_only(value)
        path = getattr(value, "name", None)
        filename = os.path.basename(path) if isinstance(path, str) and path else name
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"; '
            f'filename="{_quote(filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        )
        parts.append((head.encode("utf-8"), value))
    tail = f"--{boundary}--\r\n".encode("ascii")
    sizes = [_remaining(content) for _, content in parts]
    length: Optional[int] = None
    if all(size is not None for size in sizes):
        length = len(tail) + sum(len(head) + (size or 0) + 2 for (head, _), size in zip(parts, sizes))

    def chunks() -> Iterator[bytes]:
        for head, content in parts:
            yield head
            yield from _chunks(content)
            yield b"\r\n"
        yield tail

    return chunks(), f"multipart/form-data; boundary={boundary}", length


class BinaryResponse:
    """A binary answer, read as it arrives.

    Iterate over it (or `iter_chunks()`) for chunks, `save(path_or_file)` to write it to a file, or
    `read()` for the whole body. Use it as a context manager, or `close()` it, to free the connection.
    An answer without content (e.g. 304 Not Modified) has no chunks.

    Attributes:
        status: The HTTP status, e.g. 200, 206 (a Range) or 304 (If-None-Match matched).
        headers: The response headers (case-insensitive `get`).
    """

    def __init__(self, status: int, headers: Message, stream: Optional[BinaryIO] = None) -> None:
        self.status = status
        self.headers = headers
        self._stream = stream

    def __repr__(self) -> str:
        return f"BinaryResponse(status={self.status}, content_length={self.content_length})"

    @property
    def etag(self) -> Optional[str]:
        """The ETag header, quotes included (send it back as if_none_match)."""
        return self.headers.get("ETag")

    @property
    def content_range(self) -> Optional[str]:
        """The Content-Range header of a 206, e.g. "bytes 0-99/1000"."""
        return self.headers.get("Content-Range")

    @property
    def content_length(self) -> Optional[int]:
        value = self.headers.get("Content-Length")
        return int(value) if value is not None and value.isdigit() else None

    def iter_chunks(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of at most `chunk_size` bytes; closes the response at the end."""
        stream = self._stream
        if stream is None:
            return
        try:
            while True:
                chunk = stream.read(chunk_size)
                if not chunk:
                    return
                yield chunk
        finally:
            self.close()

    def __iter__(self) -> Iterator[bytes]:
        return self.iter_chunks()

    def read(self) -> bytes:
        """The whole body (b"" for an answer without content)."""
        return b"".join(self.iter_chunks())

    def save(self, target: Union[str, os.PathLike, BinaryIO]) -> int:
        """Writes the body to a path (created or truncated) or a binary file; returns the bytes written."""
        if isinstance(target, (str, os.PathLike)):
            with open(target, "wb") as file:
                return self.save(file)
        written = 0
        for chunk in self.iter_chunks():
            target.write(chunk)
            written += len(chunk)
        return written

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
