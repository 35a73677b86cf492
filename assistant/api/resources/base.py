"""`Resource`: what every feature's routes are built from — a parsed GET, a POST, a paged list, an ETag catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote

from assistant.api.errors import BadResponse, default_message

if TYPE_CHECKING:
    from assistant.api.client import PlatformClient

T = TypeVar("T")
PAGE_SIZE = 100
MAX_PAGES = 1000  # a platform that keeps handing out cursors is answering nonsense, not holding 100,000 items
# form field: (file name, content, content type); a list when one field carries several files. A part with no file
# name is a plain form field (the JSON `application` of a repair).
Files = dict[str, tuple[str, bytes, str]] | list[tuple[str, tuple[str | None, bytes, str]]]


def segment(value: str) -> str:
    """A path segment from user input, quoted so it cannot change the path."""
    return quote(value, safe="")


class Page(Protocol):
    """One page of a list route: `?limit=&cursor=` → `{items, next_cursor}`."""

    items: list[Any]
    next_cursor: str | None


@dataclass(frozen=True)
class Catalogue:
    """A catalogue as fetched: `items` is None when the cached copy with `etag` is still current (304)."""

    items: list | None
    etag: str | None


class Resource:
    """A feature's routes. The `_` helpers are for subclasses; a resource touches only the client's public surface
    (`request`, `parse`, `credentials`), so the transport can change without touching any feature."""

    def __init__(self, client: PlatformClient):
        self._client = client

    def _get(self, path: str, model: type[T] | Any, *, params: dict[str, Any] | None = None,
             authenticated: bool = True) -> T:
        response = self._client.request("GET", path, params=params, authenticated=authenticated)
        return self._client.parse(response, model)

    def _post(self, path: str, model: type[T] | Any, *, json: Any = None, files: Files | None = None,
              idempotency_key: str | None = None, authenticated: bool = True) -> T:
        """POST and parse the answer as `model`.

        Only a POST with an `idempotency_key` is retried after a failure that may have reached the platform.
        """
        response = self._client.request("POST", path, json=json, files=files, idempotency_key=idempotency_key,
                                         authenticated=authenticated)
        return self._client.parse(response, model)

    def _paginate(self, path: str, page: type[Page], *, params: dict[str, Any] | None = None,
                  limit: int = PAGE_SIZE, authenticated: bool = True) -> list:
        """Every item of a list route, following `next_cursor` page by page."""
        items: list = []
        cursor: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            query = {**(params or {}), "limit": limit, **({"cursor": cursor} if cursor else {})}
            answer = self._get(path, page, params=query, authenticated=authenticated)
            items.extend(answer.items)
            cursor = answer.next_cursor
            if not cursor:
                return items
            if cursor in seen:
                break  # a cursor handed out twice would loop forever
            seen.add(cursor)
        raise BadResponse(default_message(BadResponse))

    def _catalogue(self, path: str, model: type[Page], etag: str | None) -> Catalogue:
        """A whole catalogue, revalidated with `etag`. Asked without a token: catalogues are public, so drafting and
        matching work before signing in."""
        response = self._client.request("GET", path, etag=etag, authenticated=False)
        if response.status_code == 304:
            return Catalogue(None, etag)
        return Catalogue(self._client.parse(response, model).items, response.headers.get("ETag"))
