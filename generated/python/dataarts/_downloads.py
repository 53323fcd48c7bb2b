"""Binary responses (exports): sent when read, streamed, never held whole in memory.

`save` writes to a temporary file created exclusively (O_EXCL, links not followed) in the
target's folder, and replaces the target with it only once the download is complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx

from ._errors import TransportError
from ._settings import PreparedRequest, RequestOptions

if TYPE_CHECKING:
    from ._transport import AsyncCore, Core


def _temporary(target: str | os.PathLike[str]) -> tuple[IO[bytes], Path, Path]:
    """A new temporary file beside `target` (O_EXCL, never a link), its path, the target."""
    path = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    return os.fdopen(fd, "wb"), Path(name), path


class Download:
    """A binary response (an export): sent when read, streamed, never held whole in memory."""

    def __init__(self, core: Core, request: PreparedRequest, opts: RequestOptions) -> None:
        self._core, self._request, self._opts = core, request, opts

    def iter_bytes(self, chunk_size: int = 65536) -> Iterator[bytes]:
        """The body, chunk by chunk."""
        response = self._core.send(self._request, self._opts, stream=True)
        try:
            yield from response.iter_bytes(chunk_size)
        except httpx.HTTPError as exc:
            raise TransportError(
                f"{self._request.operation}: download interrupted: {exc}"
            ) from None
        finally:
            response.close()

    def save(self, target: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the body to a file path (atomically) or a binary file; returns its size."""
        written = 0
        if isinstance(target, (str, os.PathLike)):
            fh, tmp, path = _temporary(target)
            try:
                with fh:
                    for chunk in self.iter_bytes():
                        written += fh.write(chunk)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
            return written
        for chunk in self.iter_bytes():
            written += target.write(chunk)
        return written


class AsyncDownload:
    """The async twin of Download."""

    def __init__(self, core: AsyncCore, request: PreparedRequest, opts: RequestOptions) -> None:
        self._core, self._request, self._opts = core, request, opts

    async def iter_bytes(self, chunk_size: int = 65536) -> AsyncIterator[bytes]:
        """The body, chunk by chunk."""
        response = await self._core.send(self._request, self._opts, stream=True)
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as exc:
            raise TransportError(
                f"{self._request.operation}: download interrupted: {exc}"
            ) from None
        finally:
            await response.aclose()

    async def save(self, target: str | os.PathLike[str]) -> int:
        """Write the body to a file path (atomically); returns its size."""
        fh, tmp, path = _temporary(target)
        written = 0
        try:
            with fh:
                async for chunk in self.iter_bytes():
                    written += fh.write(chunk)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return written
