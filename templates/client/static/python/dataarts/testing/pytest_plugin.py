"""pytest fixtures of the testing kit, registered by dataarts-client's `pytest11` entry point.

- `dataarts_mock`: a fresh MockDataArts per test;
- `dataarts_client`: a DataArts client over it (opened and closed for the test);
- `dataarts_async_client`: an AsyncDataArts client over it (use it with `async with`);
- `dataarts_mock_server`: the mock served on 127.0.0.1 (`.url`, `.endpoints`).

The kit is imported only when a test asks for one of them, so installing the client without
the `testing` extra never breaks a pytest run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dataarts import AsyncDataArts, DataArts

    from ._kit import MockDataArts
    from ._server import MockServer


@pytest.fixture
def dataarts_mock() -> MockDataArts:
    from ._kit import MockDataArts

    return MockDataArts()


@pytest.fixture
def dataarts_client(dataarts_mock: MockDataArts) -> Iterator[DataArts]:
    with dataarts_mock.client() as client:
        yield client


@pytest.fixture
def dataarts_async_client(dataarts_mock: MockDataArts) -> AsyncDataArts:
    return dataarts_mock.async_client()


@pytest.fixture
def dataarts_mock_server(dataarts_mock: MockDataArts) -> Iterator[MockServer]:
    with dataarts_mock.serve() as server:
        yield server
