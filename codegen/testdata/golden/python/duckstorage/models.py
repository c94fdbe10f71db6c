# generated from specs/duckapi.json by codegen/python-sdk.ts; do not edit
"""Data classes for the schemas of Mini API 1.2.3 (components.schemas)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, Union

__all__ = [
    "NULL",
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
class BlobLinkRequest:
    """The `BlobLinkRequest` schema."""

    key: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobLinkRequest:
        """BlobLinkRequest from a decoded JSON object; unknown keys are ignored."""
        return cls(
            key=data["key"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "key": self.key,
        }
        return data


@dataclass
class BlobLink:
    """The `BlobLink` schema."""

    url: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobLink:
        """BlobLink from a decoded JSON object; unknown keys are ignored."""
        return cls(
            url=data["url"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "url": self.url,
        }
        return data


@dataclass
class BlobError:
    """The `BlobError` schema."""

    Code: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobError:
        """BlobError from a decoded JSON object; unknown keys are ignored."""
        return cls(
            Code=data.get("Code"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {}
        if self.Code is not None:
            data["Code"] = self.Code
        return data


@dataclass
class Error:
    """The error body."""

    code: Literal["NOT_FOUND", "INTERNAL"]
    error: str
    message: str
    request_id: str
    detail: Optional[Union[Dict[str, Any], List[Issue]]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Error from a decoded JSON object; unknown keys are ignored."""
        return cls(
            code=data["code"],
            error=data["error"],
            message=data["message"],
            request_id=data["request_id"],
            detail=_decode(data.get("detail"), _one_of(on_dict=None, on_list=_list_of(Issue.from_dict))),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "code": self.code,
            "error": self.error,
            "message": self.message,
            "request_id": self.request_id,
        }
        if self.detail is not None:
            data["detail"] = _to_json(self.detail)
        return data


@dataclass
class Issue:
    """The `Issue` schema."""

    loc: List[Union[str, int]]
    msg: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Issue:
        """Issue from a decoded JSON object; unknown keys are ignored."""
        return cls(
            loc=data["loc"],
            msg=data["msg"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "loc": self.loc,
            "msg": self.msg,
        }
        return data


@dataclass
class Part:
    """The `Part` schema."""

    name: str
    # Supplier (a Python keyword as a field name).
    from_: Optional[str] = None
    # Default: 1.
    qty: Optional[int] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Part:
        """Part from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            from_=data.get("from"),
            qty=data.get("qty"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
        }
        if self.from_ is not None:
            data["from"] = self.from_
        if self.qty is not None:
            data["qty"] = self.qty
        return data


@dataclass
class WidgetCreate:
    """The `WidgetCreate` schema."""

    # Widget name.
    name: str
    parts: List[Part]
    # Free text; null = none.
    note: Optional[str] = None
    # How big a widget is. Default: "small".
    kind: Optional[Literal["small", "large"]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetCreate:
        """WidgetCreate from a decoded JSON object; unknown keys are ignored."""
        return cls(
            name=data["name"],
            parts=_decode(data["parts"], _list_of(Part.from_dict)),
            note=data.get("note"),
            kind=data.get("kind"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "name": self.name,
            "parts": _to_json(self.parts),
        }
        if self.note is not None:
            data["note"] = self.note
        if self.kind is not None:
            data["kind"] = self.kind
        return data


@dataclass
class Widget:
    """The `Widget` schema."""

    id: str
    name: str
    parts: List[Part]
    note: Optional[str]
    # How big a widget is.
    kind: Literal["small", "large"]
    attrs: Optional[Dict[str, Any]] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Widget:
        """Widget from a decoded JSON object; unknown keys are ignored."""
        return cls(
            id=data["id"],
            name=data["name"],
            parts=_decode(data["parts"], _list_of(Part.from_dict)),
            note=data["note"],
            kind=data["kind"],
            attrs=data.get("attrs"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "parts": _to_json(self.parts),
            "note": self.note,
            "kind": self.kind,
        }
        if self.attrs is not None:
            data["attrs"] = self.attrs
        return data


@dataclass
class PhotoForm:
    """The `PhotoForm` schema."""

    # The image.
    photo: str
    # Shown under the photo.
    caption: Optional[str] = None
    thumbnail: Optional[str] = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhotoForm:
        """PhotoForm from a decoded JSON object; unknown keys are ignored."""
        return cls(
            photo=data["photo"],
            caption=data.get("caption"),
            thumbnail=data.get("thumbnail"),
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "photo": self.photo,
        }
        if self.caption is not None:
            data["caption"] = self.caption
        if self.thumbnail is not None:
            data["thumbnail"] = self.thumbnail
        return data


@dataclass
class Stored:
    """The `Stored` schema."""

    size_bytes: int
    sha256: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stored:
        """Stored from a decoded JSON object; unknown keys are ignored."""
        return cls(
            size_bytes=data["size_bytes"],
            sha256=data["sha256"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "size_bytes": self.size_bytes,
            "sha256": self.sha256,
        }
        return data


@dataclass
class WidgetList:
    """The `WidgetList` schema."""

    widgets: List[Widget]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetList:
        """WidgetList from a decoded JSON object; unknown keys are ignored."""
        return cls(
            widgets=_decode(data["widgets"], _list_of(Widget.from_dict)),
            total=data["total"],
        )

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object; optional fields that are None are left out."""
        data: Dict[str, Any] = {
            "widgets": _to_json(self.widgets),
            "total": self.total,
        }
        return data


# How big a widget is.
WidgetKind = Literal["small", "large"]
