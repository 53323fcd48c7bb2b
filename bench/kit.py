"""Benchmark: the testing kit (dataarts.testing).

Prints, each the median of several runs:
- the import time of `dataarts` alone (the client; it must not grow with the kit) and of
  `dataarts.testing` (openapi-core and the bundled spec), each in a fresh interpreter;
- MockDataArts() construction, and the first call (openapi-core builds its validators lazily);
- one call in process (the httpx transport) and over HTTP (the server), validated and signed;
- the server's start and stop (goal: well under a second each).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generated" / "python"
sys.path.insert(0, str(PACKAGE))
RUNS = 7


def import_time(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONPATH": str(PACKAGE), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def timed(action: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print(f"import dataarts:          {import_time('dataarts') * 1000:8.1f} ms")
    print(f"import dataarts.testing:  {import_time('dataarts.testing._kit') * 1000:8.1f} ms")
    from dataarts.testing import MockDataArts

    print(f"MockDataArts():           {timed(MockDataArts) * 1000:8.1f} ms")
    mock = MockDataArts()
    with mock.client(max_retries=0) as client:
        first = timed(lambda: client.cdm.clusters.list(), runs=1)
        list_call = timed(lambda: client.cdm.clusters.list(), runs=50)
    print(f"first call (in process):  {first * 1000:8.1f} ms")
    print(f"call (in process):        {list_call * 1000:8.1f} ms")
    starts, stops = [], []
    for _ in range(RUNS):
        begin = time.perf_counter()
        serving = mock.serve()
        server = serving.__enter__()
        starts.append(time.perf_counter() - begin)
        with server.client(max_retries=0) as client:
            over_http = timed(lambda: client.cdm.clusters.list(), runs=20)
        begin = time.perf_counter()
        serving.__exit__(None, None, None)
        stops.append(time.perf_counter() - begin)
    print(f"call (over HTTP):         {over_http * 1000:8.1f} ms")
    print(f"server start:             {statistics.median(starts) * 1000:8.1f} ms")
    print(f"server stop:              {statistics.median(stops) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
