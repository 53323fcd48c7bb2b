"""Every item of a paged list operation (the spec's `x-pagination`), fetching pages as needed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any


class _Pager:
    """Where a paged list stands: (style, position arg, size arg, first page, items attribute,
    total attribute) of the spec's x-pagination."""

    def __init__(self, spec: tuple[str, str, str, int, str, str], page_size: int) -> None:
        self.style, self.position_arg, self.size_arg, first, self.items, self.total = spec
        self.position, self.seen, self.page_size = (
            (0 if self.style == "offset" else first),
            0,
            page_size,
        )
        self.done = False

    def args(self) -> dict[str, int]:
        return {self.position_arg: self.position, self.size_arg: self.page_size}

    def take(self, page: Any) -> list[Any]:
        """The page's items; afterwards `done` says whether another page is needed."""
        items = list(getattr(page, self.items, None) or [])
        self.seen += len(items)
        total = getattr(page, self.total, None) if self.total else None
        self.done = (
            len(items) < self.page_size
            or not items
            or (isinstance(total, int) and self.seen >= total)
        )
        self.position += len(items) if self.style == "offset" else 1
        return items


def paginate(
    fetch: Callable[..., Any],
    kwargs: dict[str, Any],
    spec: tuple[str, str, str, int, str, str],
    page_size: int,
) -> Iterator[Any]:
    """Every item of a paged list operation, fetching pages as needed."""
    pager = _Pager(spec, page_size)
    while True:
        yield from pager.take(fetch(**kwargs, **pager.args()))
        if pager.done:
            return


async def apaginate(
    fetch: Callable[..., Awaitable[Any]],
    kwargs: dict[str, Any],
    spec: tuple[str, str, str, int, str, str],
    page_size: int,
) -> AsyncIterator[Any]:
    """The async twin of paginate."""
    pager = _Pager(spec, page_size)
    while True:
        for item in pager.take(await fetch(**kwargs, **pager.args())):
            yield item
        if pager.done:
            return
