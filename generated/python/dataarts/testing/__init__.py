"""dataarts.testing: a mock of the whole DataArts Studio API, generated from its spec.

`pip install dataarts-client[testing]`. The mock answers every operation with the reference's
examples, validates every request against the spec (openapi-core), remembers what a test
creates, updates and deletes, and can be told to answer otherwise or to fail:

    from dataarts.testing import MockDataArts

    mock = MockDataArts()
    with mock.client() as client:                       # in process, as an httpx transport
        ...                                             # the code under test
    mock.assert_called(operation_id, times=1)
    mock.fail(operation_id, status=503, retry_after=1, times=1)
    with mock.serve() as server:                        # the same mock on 127.0.0.1
        print(server.url)

The fixtures (the reference's examples per operation) ship as JSON in `dataarts/testing/fixtures/`
and the bundled spec as `dataarts/testing/openapi.json`, for tests in other languages. Importing
`dataarts` never imports this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Loaded on first use, so that pytest can load the plugin module (and with it this package)
# where the `testing` extra is not installed.
_EXPORTS = {
    "DEFAULT_AK": "_kit",
    "DEFAULT_PROJECT": "_kit",
    "MockDataArts": "_kit",
    "Call": "_mock",
    "Fault": "_mock",
    "Reply": "_mock",
    "MockServer": "_server",
}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from ._kit import DEFAULT_AK as DEFAULT_AK
    from ._kit import DEFAULT_PROJECT as DEFAULT_PROJECT
    from ._kit import MockDataArts as MockDataArts
    from ._mock import Call as Call
    from ._mock import Fault as Fault
    from ._mock import Reply as Reply
    from ._server import MockServer as MockServer


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'dataarts.testing' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
