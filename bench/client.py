"""Benchmark: the client's speed as users feel it, beside the vendor SDK (huaweicloudsdkcdm/dgc).

Both clients run in one interpreter against one loopback server in its own process
(bench/server.py, payloads in bench/client_data.py), timed in alternation (the order rotates each
round). Every call's result is kept alive until the same client's next call (as a caller's
`clusters = client.list()` does), and every garbage collection is charged to the call that made it
due: after each call one tracked object is allocated inside the timed span, before the previous
result is freed (freeing lowers the collector's count), so a collection the call left pending runs
there; a gc callback adds up the collectors' time per client.

1. time from `import` to the first answered call, in a fresh process, per service (CDM, DLF);
2. time per call (ShowClusterDetail) and the overhead over the transport each client uses:
   ours sends through httpx.HTTPTransport, the vendor through a requests.Session; many short
   rounds, the overhead taken round by round (a client's median minus its transport's, timed
   next to it), the same way for both clients;
3. ListClusters of 1000 clusters, a 1000-job CDM list (ShowJobs "all"), a 500-node DLF job, and
   two floors: the same list parsed by the client's models alone and by plain pydantic models;
4. 200 async calls, one after the other and all at once, beside raw httpx.AsyncClient (the
   ratio taken per round, its median over the rounds).

Prints medians with their spread (p10-p90), the ratios and the goals. The vendor SDKs live only in
this benchmark's venv (bench/.venv-client); the script re-runs itself there.

    python3 bench/client.py [--quick] [--first-call]
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-client"
PACKAGES = [
    "huaweicloudsdkcdm==3.1.219",
    "huaweicloudsdkdgc==3.1.219",
    "huaweicloudsdkcore==3.1.219",
    "httpx==0.28.1",
    "pydantic==2.14.4",
    "requests",
]
QUICK = "--quick" in sys.argv
FIRST_ONLY = "--first-call" in sys.argv  # only part 1
ROUNDS = 3 if QUICK else 7
ASYNC_ROUNDS = 5 if QUICK else 21  # batches of 200 calls per case: the ratio is taken per round
MS = 1000.0


def ensure_venv() -> None:
    python = VENV / "bin" / "python"
    if Path(sys.prefix) == VENV:
        return
    ready = (
        python.exists()
        and subprocess.run(
            [str(python), "-c", "import huaweicloudsdkdgc"], capture_output=True
        ).returncode
        == 0
    )
    if not ready:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'generated' / 'python'}:{ROOT / 'bench'}"}
    os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)


class GcMeter:
    """Seconds the cyclic collector ran, per label (the client whose call was running)."""

    def __init__(self) -> None:
        self.label = ""
        self.seconds: dict[str, float] = {}
        self.runs: dict[str, int] = {}
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
            return
        self.seconds[self.label] = self.seconds.get(self.label, 0.0) + (
            time.perf_counter() - self._start
        )
        self.runs[self.label] = self.runs.get(self.label, 0) + 1


METER = GcMeter()
KEPT: dict[str, Any] = {}


def spread(samples: list[float]) -> str:
    """median [p10-p90] in ms."""
    qs = statistics.quantiles(samples, n=10) if len(samples) >= 10 else [min(samples)] * 9
    lo, hi = qs[0], qs[-1] if len(samples) >= 10 else max(samples)
    return f"{statistics.median(samples) * MS:9.3f} ms [{lo * MS:.3f}-{hi * MS:.3f}]"


# This process's CPU seconds per call, by case: on a loaded machine the wall time of a call is
# mostly waiting for a core, its CPU time is not.
CPU: dict[str, list[float]] = {}
# Per case, each round's median per call (wall, CPU): an overhead is taken round by round, a
# client against its transport timed next to it, so a drift of the machine's load between
# rounds (other processes, a core's clock) cancels out instead of landing on one side.
PER_ROUND: dict[str, list[tuple[float, float]]] = {}


def interleaved(
    cases: dict[str, Callable[[], Any]], calls: int, rounds: int = ROUNDS
) -> dict[str, list[float]]:
    """Per-call seconds of each case, timed in alternation, results kept, collections charged."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for fn in cases.values():  # warm up: validators built, connections open
        for _ in range(3):
            fn()
    for r in range(rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            fn, out = cases[name], samples[name]
            METER.label = name
            cpu = CPU.setdefault(name, [])
            first = len(out)
            for _ in range(calls):
                start, cpu_start = time.perf_counter(), time.process_time()
                result = fn()
                _due = [None]  # a tracked allocation: a collection this call made due runs here
                KEPT[name] = result  # (before the previous result is freed, which is timed too)
                out.append(time.perf_counter() - start)
                cpu.append(time.process_time() - cpu_start)
            METER.label = ""
            PER_ROUND.setdefault(name, []).append(
                (statistics.median(out[first:]), statistics.median(cpu[-calls:]))
            )
    return samples


def paired(case: str, floor: str, cpu: bool = False) -> list[float]:
    """Each round's overhead of `case` over `floor` (medians per call, seconds)."""
    i = 1 if cpu else 0
    return [a[i] - b[i] for a, b in zip(PER_ROUND[case], PER_ROUND[floor])]


def quartiles(values: list[float], scale: float = MS) -> str:
    """median [p25-p75] of `values`, scaled."""
    q = statistics.quantiles(values, n=4) if len(values) >= 4 else [min(values), 0, max(values)]
    return f"{statistics.median(values) * scale:.3f} [{q[0] * scale:.3f}-{q[2] * scale:.3f}]"


def plain_model(name: str, sample: Any) -> Any:
    """A plain pydantic type inferred from a JSON sample: objects become `BaseModel`s (default
    configuration, every field optional), lists take their first item's type."""
    from pydantic import create_model

    if isinstance(sample, dict):
        fields = {
            key: (plain_model(f"{name}_{key}", value) | None, None) for key, value in sample.items()
        }
        return create_model(name, **fields)  # type: ignore[call-overload]
    if isinstance(sample, list):
        return list[plain_model(name, sample[0]) if sample else Any]  # type: ignore[misc]
    return type(sample)


def floors(listing: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    """What parsing the 1000-cluster body into typed models costs without any client around it:
    the client's own response model alone, and plain pydantic models of the same shape (no
    validators, no aliases, unknown fields dropped). Timed like the clients, garbage included."""
    from dataarts.models.cdm.clusters import ListClustersResponse

    body = json.dumps(listing).encode()
    plain = plain_model("PlainList", {"clusters": listing["clusters"][:1]})

    def parsed(model: Any) -> Callable[[], Any]:
        def parse() -> Any:  # the collector paused while parsing, one young collection after
            gc.disable()  # (the client's way, the fastest found; a collection is paid in full)
            try:
                return model.model_validate_json(body)
            finally:
                gc.enable()
                gc.collect(0)

        return parse

    return {
        "floor: its models alone": parsed(ListClustersResponse),
        "floor: plain pydantic models": parsed(plain),
    }


def first_call_times(snippets: dict[str, str], url: str, runs: int) -> dict[str, list[float]]:
    """Seconds from the first import to the first answered call, each in a fresh process."""
    # Bytecode cached as an installed package has it (pip compiles at install): a shell with
    # PYTHONDONTWRITEBYTECODE would otherwise make every run compile the generated modules.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["BENCH_URL"] = url
    out: dict[str, list[float]] = {name: [] for name in snippets}
    for r in range(runs + 1):
        for name, code in (snippets.items() if r % 2 else reversed(snippets.items())):
            prog = (
                "import time\nt0, c0 = time.perf_counter(), time.process_time()\n"
                + code
                + "\nprint(time.perf_counter() - t0, time.process_time() - c0)\n"
            )
            done = subprocess.run(
                [sys.executable, "-c", prog], env=env, check=True, capture_output=True, text=True
            )
            if r:  # the first run of each compiles the bytecode
                wall, cpu = done.stdout.strip().splitlines()[-1].split()
                out[name].append(float(wall))
                out.setdefault(name + " (CPU)", []).append(float(cpu))
    return out


# What any client built on pydantic and httpx pays before its own code runs: the part of the
# first call that no change to this client can remove.
DEPENDENCIES = "from pydantic import BaseModel, TypeAdapter\nimport httpx\nhttpx.HTTPTransport()\n"
PYDANTIC = "from pydantic import BaseModel, TypeAdapter\n"


OURS_SETUP = (
    "from dataarts import DataArts, AkSkCredentials\n"
    "c = DataArts(endpoints={{'{svc}': os.environ['BENCH_URL']}}, project_id={project!r},"
    " credentials=AkSkCredentials('AK', 'SK'), max_retries=0)\n"
)
VENDOR_CDM = (
    "from huaweicloudsdkcdm.v1 import CdmClient, ShowClusterDetailRequest\n"
    "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
    "v = CdmClient.new_builder().with_credentials(BasicCredentials('AK', 'SK', {project!r}))"
    ".with_endpoints([os.environ['BENCH_URL']]).build()\n"
    "assert v.show_cluster_detail(ShowClusterDetailRequest(cluster_id={cluster!r})).name == 'cdm-0'"
)
VENDOR_DLF = (
    "from huaweicloudsdkdgc.v1 import DgcClient, ShowJobRequest\n"
    "from huaweicloudsdkcore.auth.credentials import BasicCredentials\n"
    "v = DgcClient.new_builder().with_credentials(BasicCredentials('AK', 'SK', {project!r}))"
    ".with_endpoints([os.environ['BENCH_URL']]).build()\n"
    "assert len(v.show_job(ShowJobRequest(job_name={job!r})).nodes) == 500"
)


def main() -> None:
    ensure_venv()
    import httpx
    import requests
    from client_data import AK, CLUSTER, DLF_JOB, PATHS, PROJECT, SK, routes
    from huaweicloudsdkcdm.v1 import (
        CdmClient,
        ListClustersRequest,
        ShowClusterDetailRequest,
        ShowJobsRequest,
    )
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkdgc.v1 import DgcClient, ShowJobRequest

    from dataarts import AkSkCredentials, AsyncDataArts, DataArts

    work = Path(tempfile.mkdtemp(prefix="bench-client-"))
    routes_file = work / "routes.json"
    table = routes()
    routes_file.write_text(json.dumps(table))
    sizes = {key: len(json.dumps(table[path])) for key, path in PATHS.items()}
    port_file = work / "port"
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "server.py"), str(port_file), str(routes_file)]
    )
    try:
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port_file.read_text()}"
        fmt = {"project": PROJECT, "cluster": CLUSTER, "job": DLF_JOB}
        ours_cdm = (
            "import os\n"
            + OURS_SETUP.format(svc="cdm", **fmt)
            + (f"assert c.cdm.clusters.show({CLUSTER!r}).name == 'cdm-0'")
        )
        ours_dlf = (
            "import os\n"
            + OURS_SETUP.format(svc="dlf", **fmt)
            + (f"assert len(c.dlf.jobs.show({DLF_JOB!r}).nodes or []) == 500")
        )
        first = first_call_times(
            {
                "dataarts cdm": ours_cdm,
                "vendor cdm": "import os\n" + VENDOR_CDM.format(**fmt),
                "dataarts dlf": ours_dlf,
                "vendor dlf": "import os\n" + VENDOR_DLF.format(**fmt),
                "pydantic + httpx + transport": DEPENDENCIES,
                "pydantic alone": PYDANTIC,
            },
            url,
            runs=5 if QUICK else 11,
        )
        if FIRST_ONLY:
            for name, samples in first.items():
                print(f"  {name:<32} {spread(samples)}")
            return

        creds = AkSkCredentials(AK, SK)
        ours = DataArts(
            endpoints={"cdm": url, "dlf": url}, project_id=PROJECT, credentials=creds, max_retries=0
        )
        vendor = (
            CdmClient.new_builder()
            .with_credentials(BasicCredentials(AK, SK, PROJECT))
            .with_endpoints([url])
            .build()
        )
        vendor_dlf = (
            DgcClient.new_builder()
            .with_credentials(BasicCredentials(AK, SK, PROJECT))
            .with_endpoints([url])
            .build()
        )
        transport = httpx.HTTPTransport()
        session = requests.Session()
        headers = {"Content-Type": "application/json"}
        show_url = url + PATHS["show"]

        def raw_transport() -> bytes:
            response = transport.handle_request(httpx.Request("GET", show_url, headers=headers))
            return response.read()

        assert ours.cdm.clusters.show(CLUSTER).name == "cdm-0"
        assert len(ours.cdm.clusters.list().clusters or []) == 1000
        assert len(ours.cdm.jobs.show(CLUSTER, "all").jobs or []) == 1000
        assert len(ours.dlf.jobs.show(DLF_JOB).nodes or []) == 500
        assert (
            len(vendor.show_jobs(ShowJobsRequest(cluster_id=CLUSTER, job_name="all")).jobs) == 1000
        )
        assert len(vendor_dlf.show_job(ShowJobRequest(job_name=DLF_JOB)).nodes) == 500

        single = interleaved(
            {
                "dataarts show": lambda: ours.cdm.clusters.show(CLUSTER),
                "vendor show": lambda: vendor.show_cluster_detail(
                    ShowClusterDetailRequest(cluster_id=CLUSTER)
                ),
                "httpx transport GET": raw_transport,
                "requests Session GET": lambda: session.get(show_url, headers=headers).content,
            },
            calls=10 if QUICK else 40,  # many short rounds: every case sees the same load
            rounds=12 if QUICK else 40,
        )
        large = interleaved(
            {
                "dataarts list 1000 clusters": lambda: ours.cdm.clusters.list(),
                "vendor list 1000 clusters": lambda: vendor.list_clusters(ListClustersRequest()),
                "dataarts 1000 CDM jobs": lambda: ours.cdm.jobs.show(CLUSTER, "all"),
                "vendor 1000 CDM jobs": lambda: vendor.show_jobs(
                    ShowJobsRequest(cluster_id=CLUSTER, job_name="all")
                ),
                "dataarts DLF job 500 nodes": lambda: ours.dlf.jobs.show(DLF_JOB),
                "vendor DLF job 500 nodes": lambda: vendor_dlf.show_job(
                    ShowJobRequest(job_name=DLF_JOB)
                ),
                **floors(table[PATHS["list"]]),
            },
            calls=4 if QUICK else 8,
        )
        ours.close()
        async_rows = asyncio.run(async_bench(url, AsyncDataArts, AkSkCredentials))
    finally:
        server.terminate()
        server.wait()
    report(first, single, large, async_rows, sizes)


async def async_bench(url: str, AsyncDataArts: Any, AkSkCredentials: Any) -> dict[str, list[float]]:
    """Seconds per batch of 200 calls, sequential and concurrent, ours against raw httpx."""
    import httpx
    from client_data import AK, CLUSTER, PATHS, PROJECT, SK

    ours = AsyncDataArts(
        endpoints={"cdm": url},
        project_id=PROJECT,
        credentials=AkSkCredentials(AK, SK),
        max_retries=0,
    )
    raw = httpx.AsyncClient()
    show_url, headers = url + PATHS["show"], {"Content-Type": "application/json"}

    async def raw_call() -> Any:
        return (await raw.get(show_url, headers=headers)).json()

    async def ours_call() -> Any:
        return await ours.cdm.clusters.show(CLUSTER)

    async def sequential(call: Callable[[], Awaitable[Any]]) -> list[Any]:
        return [await call() for _ in range(200)]

    async def concurrent(call: Callable[[], Awaitable[Any]]) -> list[Any]:
        return list(await asyncio.gather(*(call() for _ in range(200))))

    cases = {
        "dataarts async sequential": (sequential, ours_call),
        "httpx.AsyncClient sequential": (sequential, raw_call),
        "dataarts async concurrent": (concurrent, ours_call),
        "httpx.AsyncClient concurrent": (concurrent, raw_call),
    }
    out: dict[str, list[float]] = {name: [] for name in cases}
    for shape, call in cases.values():
        await shape(call)
    names = list(cases)
    for r in range(ASYNC_ROUNDS):
        for name in names[r % 4 :] + names[: r % 4]:
            shape, call = cases[name]
            METER.label = name
            start = time.perf_counter()
            result = await shape(call)
            _due = [None]
            KEPT[name] = result
            out[name].append(time.perf_counter() - start)
            METER.label = ""
    await ours.aclose()
    await raw.aclose()
    return out


def report(
    first: dict[str, list[float]],
    single: dict[str, list[float]],
    large: dict[str, list[float]],
    async_rows: dict[str, list[float]],
    sizes: dict[str, int],
) -> None:
    med = {
        k: statistics.median(v)
        for rows in (first, single, large, async_rows)
        for k, v in rows.items()
    }
    calls = {k: len(v) for rows in (single, large) for k, v in rows.items()}
    print("\n1. import to first answered call, fresh process (median [p10-p90])")
    for name, samples in first.items():
        print(f"  {name:<32} {spread(samples)}")
    print(f"\n2. one ShowClusterDetail call (body {sizes['show']} bytes)")
    for name, samples in single.items():
        print(f"  {name:<32} {spread(samples)}{gc_note(name, calls)}")
    print(
        f"\n3. large bodies (list {sizes['list'] / 1e6:.2f} MB, jobs {sizes['jobs'] / 1e6:.2f} MB, DLF job {sizes['dlf'] / 1e6:.2f} MB)"
    )
    for name, samples in large.items():
        print(f"  {name:<32} {spread(samples)}{gc_note(name, calls)}")
    print("\n4. 200 async calls (seconds per batch shown as ms)")
    for name, samples in async_rows.items():
        print(f"  {name:<32} {spread(samples)}")
    ours_rounds = paired("dataarts show", "httpx transport GET")
    vendor_rounds = paired("vendor show", "requests Session GET")
    ours_over, vendor_over = statistics.median(ours_rounds), statistics.median(vendor_rounds)
    seq = [
        a / b
        for a, b in zip(
            async_rows["dataarts async sequential"], async_rows["httpx.AsyncClient sequential"]
        )
    ]
    conc = [
        a / b
        for a, b in zip(
            async_rows["dataarts async concurrent"], async_rows["httpx.AsyncClient concurrent"]
        )
    ]
    goals = [
        ("first call CDM: dataarts / vendor", med["dataarts cdm"] / med["vendor cdm"], "<=", 0.5),
        ("first call DLF: dataarts / vendor", med["dataarts dlf"] / med["vendor dlf"], "<=", 0.5),
        ("overhead over transport: dataarts / vendor", ours_over / vendor_over, "<=", 0.1),
        (
            "list 1000 clusters: vendor / dataarts",
            med["vendor list 1000 clusters"] / med["dataarts list 1000 clusters"],
            ">=",
            5.0,
        ),
        (
            "1000 CDM jobs: vendor / dataarts",
            med["vendor 1000 CDM jobs"] / med["dataarts 1000 CDM jobs"],
            "",
            0,
        ),
        (
            "DLF job 500 nodes: vendor / dataarts",
            med["vendor DLF job 500 nodes"] / med["dataarts DLF job 500 nodes"],
            "",
            0,
        ),
        ("async sequential: dataarts / httpx", statistics.median(seq), "<=", 1.1),
        ("async concurrent: dataarts / httpx", statistics.median(conc), "<=", 1.1),
    ]
    cpu = {k: v for k, v in med.items() if k.endswith(" (CPU)")}
    if cpu:
        print("\nfirst call in CPU time (the machine's load aside): ratios to the vendor's")
        for name in ("dataarts cdm", "pydantic + httpx + transport", "pydantic alone"):
            print(
                f"  {name:<44} {cpu[name + ' (CPU)'] / cpu['vendor cdm (CPU)']:6.2f} x vendor cdm"
            )
        print(
            f"  {'dataarts dlf':<44} {cpu['dataarts dlf (CPU)'] / cpu['vendor dlf (CPU)']:6.2f} x vendor dlf"
        )
    print(
        f"\nratios (overhead per call, median [p25-p75] of {len(ours_rounds)} rounds, each a"
        " client's median minus its transport's in the same round:"
        f" dataarts {quartiles(ours_rounds)} ms over httpx's transport,"
        f" vendor {quartiles(vendor_rounds)} ms over requests)"
    )
    if "dataarts show" in CPU:
        cpu = {k: statistics.median(v) for k, v in CPU.items()}
        ours_cpu = statistics.median(paired("dataarts show", "httpx transport GET", cpu=True))
        vendor_cpu = statistics.median(paired("vendor show", "requests Session GET", cpu=True))
        print(
            f"  (in CPU time: dataarts {ours_cpu * MS:.3f} ms over httpx's transport, vendor {vendor_cpu * MS:.3f} ms over requests: {ours_cpu / vendor_cpu:.2f};"
            f" list 1000 clusters vendor / dataarts {cpu['vendor list 1000 clusters'] / cpu['dataarts list 1000 clusters']:.2f})"
        )
    print(
        f"  async, per round of 200 calls, median [p25-p75] of {len(seq)}: sequential"
        f" {quartiles(seq, 1)}, concurrent {quartiles(conc, 1)}"
    )
    floor = med["floor: plain pydantic models"]
    print(
        f"  {'list 1000 clusters: vendor / pydantic floor':<44} "
        f"{med['vendor list 1000 clusters'] / floor:6.2f}  (the most any pydantic-model client can reach)"
    )
    for label, value, op, goal in goals:
        if not op:
            print(f"  {label:<44} {value:6.2f}")
            continue
        ok = value <= goal if op == "<=" else value >= goal
        print(f"  {label:<44} {value:6.2f}  goal {op} {goal:<4} {'met' if ok else 'NOT MET'}")


def gc_note(name: str, calls: dict[str, int]) -> str:
    seconds = METER.seconds.get(name, 0.0)
    return f"  gc {seconds / calls[name] * MS:.3f} ms/call ({METER.runs.get(name, 0)} runs)"


if __name__ == "__main__":
    main()
