"""Benchmark: the generated client against the vendor SDK (huaweicloudsdkcdm) and raw HTTP.

In one run, against a fast loopback server in another process (bench/server.py):
- the time per signed ShowClusterDetail call: dataarts, the vendor SDK, raw httpx, raw requests;
- a ListClusters call whose response holds 1000 fully populated clusters (about 2 MB);
- the import time of `dataarts` against `huaweicloudsdkcdm.v1`.
Prints the numbers and the ratios against the goals. The vendor SDK is installed only in this
benchmark's own venv (bench/.venv-client), never in the project's; the script re-runs itself there.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".venv-client"
PACKAGES = [
    "huaweicloudsdkcdm==3.1.219",
    "huaweicloudsdkcore==3.1.219",
    "httpx==0.28.1",
    "pydantic==2.14.4",
    "requests",
]
PROJECT, CLUSTER, AK, SK = (
    "0123456789abcdef0123456789abcdef",
    "bae65496-643e-47ca-84af-948672de7eeb",
    "AKBENCH",
    "SKBENCH",
)
CALLS, ROUNDS = 2000, 5


def ensure_venv() -> None:
    python = VENV / "bin" / "python"
    if Path(sys.prefix) == VENV:
        return
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "python")}
    os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)


def cluster(i: int) -> dict[str, Any]:
    """One fully populated cluster of the list (every field of the reference's tables)."""
    link = [{"rel": "self", "href": f"https://cdm.example.com/v1.1/{PROJECT}/clusters/{i}"}]
    instance = {
        "flavor": {"id": "fb8fe666-6734-4b11-bc6c-43d11db3c745", "links": link},
        "volume": {"type": "LOCAL_DISK", "size": 100},
        "status": "200",
        "actions": ["REBOOTING"],
        "type": "cdm",
        "id": f"635dce67-3df8-4756-b4c7-{i:012d}",
        "name": f"cdm-{i}-instance",
        "isFrozen": "0",
        "components": "cdm",
        "config_status": "In-Sync",
        "role": "master",
        "group": "default",
        "links": link,
        "paramsGroupid": "pg-1",
        "publicip": "49.0.0.1",
        "manageIp": "192.168.0.10",
        "trafficIp": "192.168.0.11",
        "shard_id": "s-1",
        "manage_fix_ip": "192.168.0.12",
        "private_ip": "192.168.0.13",
        "internal_ip": "192.168.0.14",
        "resource": [{"resource_id": f"r-{i}", "resource_type": "server"}],
    }
    return {
        "publicEndpoint": "49.0.0.1",
        "instances": [instance],
        "security_group_id": "sg-1",
        "subnet_id": "subnet-1",
        "vpc_id": "vpc-1",
        "customerConfig": {
            "failureRemind": "false",
            "clusterName": f"cdm-{i}",
            "serviceProvider": "hw",
            "localDisk": "true",
            "ssl": "false",
            "createFrom": "console",
            "resourceId": f"r-{i}",
            "flavorType": "cdm.large",
            "workSpaceId": "ws-1",
            "trial": "false",
        },
        "datastore": {"type": "cdm", "version": "2.10.0"},
        "isAutoOff": False,
        "publicEndpointDomainName": "cdm.example.com",
        "bakExpectedStartTime": "01:00",
        "bakKeepDay": 7,
        "maintainWindow": {"day": "Sun", "startTime": "01:00", "endTime": "05:00"},
        "recentEvent": 3,
        "flavorName": "cdm.large",
        "azName": "az1",
        "endpointDomainName": "cdm-internal.example.com",
        "publicEndpointStatus": {"status": "COMPLETE", "errorMessage": ""},
        "isScheduleBootOff": False,
        "namespace": "SYS.CDM",
        "eipId": "eip-1",
        "failedReasons": {"CREATE_FAILED": {"errorCode": "", "errorMsg": ""}},
        "dbuser": "cdm",
        "links": link,
        "clusterMode": "sharding",
        "task": {"description": "", "id": "t-1", "name": "create"},
        "created": "2018-09-05T08:38:25",
        "statusDetail": "Normal",
        "config_status": "In-Sync",
        "actionProgress": {"CREATING": "100%"},
        "name": f"cdm-{i}",
        "id": f"bae65496-643e-47ca-84af-{i:012d}",
        "isFrozen": "0",
        "actions": ["REBOOTING"],
        "updated": "2018-09-05T08:38:25",
        "status": "200",
    }


def list_item(i: int) -> dict[str, Any]:
    """A cluster as ListClusters returns it: every field of the list tables (5-51, 5-52...)."""
    from dataarts.models import cdm

    def keep(model: Any, data: dict[str, Any]) -> dict[str, Any]:
        wire = {f.serialization_alias or f.alias or name for name, f in model.model_fields.items()}
        return {k: v for k, v in data.items() if k in wire}

    item = keep(cdm.ClusterListItem, cluster(i))
    item["instances"] = [keep(cdm.ClusterDetailInstance, x) for x in item["instances"]]
    return item


def per_call(fn: Callable[[], Any], calls: int = CALLS, rounds: int = ROUNDS) -> float:
    """Median over rounds of the mean seconds per call."""
    for _ in range(50):
        fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def import_time(statement: str, runs: int = 15) -> float:
    python = sys.executable

    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True, env=dict(os.environ))
        return time.perf_counter() - start

    base = statistics.median(once("pass") for _ in range(runs))
    return statistics.median(once(statement) for _ in range(runs)) - base


def main() -> None:
    ensure_venv()
    import httpx
    import requests
    from huaweicloudsdkcdm.v1 import CdmClient, ListClustersRequest, ShowClusterDetailRequest
    from huaweicloudsdkcore.auth.credentials import BasicCredentials

    from dataarts import AkSkCredentials, DataArts

    work = Path(tempfile.mkdtemp(prefix="bench-client-"))
    clusters_file = work / "clusters.json"
    clusters_file.write_text(json.dumps([cluster(0)] + [list_item(i) for i in range(1, 1001)]))
    port_file = work / "port"
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "server.py"), str(port_file), str(clusters_file)]
    )
    try:
        while not port_file.exists() or not port_file.read_text():
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port_file.read_text()}"
        detail_path = f"/v1.1/{PROJECT}/clusters/{CLUSTER}"
        list_path = f"/v1.1/{PROJECT}/clusters"

        ours = DataArts(
            endpoints={"cdm": url},
            project_id=PROJECT,
            credentials=AkSkCredentials(AK, SK),
            max_retries=0,
        )
        vendor = (
            CdmClient.new_builder()
            .with_credentials(BasicCredentials(AK, SK, PROJECT))
            .with_endpoints([url])
            .build()
        )
        raw_httpx = httpx.Client()
        raw_requests = requests.Session()
        headers = {"Content-Type": "application/json"}
        size = len(json.dumps({"clusters": json.loads(clusters_file.read_text())[1:]}))

        assert ours.cdm.clusters.show(CLUSTER).name == "cdm-0"
        assert (
            vendor.show_cluster_detail(ShowClusterDetailRequest(cluster_id=CLUSTER)).name == "cdm-0"
        )
        assert len(ours.cdm.clusters.list().clusters or []) == 1000
        assert len(vendor.list_clusters(ListClustersRequest()).clusters) == 1000

        rows = {
            "dataarts show": per_call(lambda: ours.cdm.clusters.show(CLUSTER)),
            "vendor show": per_call(
                lambda: vendor.show_cluster_detail(ShowClusterDetailRequest(cluster_id=CLUSTER))
            ),
            "raw httpx GET": per_call(
                lambda: raw_httpx.get(url + detail_path, headers=headers).content
            ),
            "raw requests GET": per_call(
                lambda: raw_requests.get(url + detail_path, headers=headers).content
            ),
            "dataarts list 1000": per_call(lambda: ours.cdm.clusters.list(), calls=20),
            "vendor list 1000": per_call(
                lambda: vendor.list_clusters(ListClustersRequest()), calls=20
            ),
            "raw httpx + json list 1000": per_call(
                lambda: json.loads(raw_httpx.get(url + list_path).content), calls=20
            ),
        }
    finally:
        server.terminate()
        server.wait()
    imports = {
        "import dataarts": import_time("import dataarts"),
        "from dataarts import DataArts": import_time("from dataarts import DataArts"),
        "import huaweicloudsdkcdm.v1": import_time("import huaweicloudsdkcdm.v1"),
    }
    ms = 1000.0
    print(f"\nper call (median of {ROUNDS} rounds of {CALLS}), list body {size / 1e6:.2f} MB")
    for name, seconds in rows.items():
        print(f"  {name:<30} {seconds * ms:8.3f} ms")
    ours_over = rows["dataarts show"] - rows["raw httpx GET"]
    vendor_over = rows["vendor show"] - rows["raw requests GET"]
    print("\nimport (median wall time minus interpreter start-up)")
    for name, seconds in imports.items():
        print(f"  {name:<30} {seconds * ms:8.1f} ms")
    print("\nratios")
    print(
        f"  own overhead per call: dataarts {ours_over * ms:.3f} ms (vs raw httpx), vendor {vendor_over * ms:.3f} ms (vs raw requests)"
    )
    print(
        f"  overhead ratio dataarts / vendor        {ours_over / vendor_over:6.2f}  (goal <= 0.20)"
    )
    print(
        f"  list 1000: vendor / dataarts            {rows['vendor list 1000'] / rows['dataarts list 1000']:6.2f}x (goal >= 4)"
    )
    print(
        f"  import: dataarts / vendor               {imports['import dataarts'] / imports['import huaweicloudsdkcdm.v1']:6.2f}  (goal <= 0.33)"
    )
    print(
        f"  import DataArts: dataarts / vendor      {imports['from dataarts import DataArts'] / imports['import huaweicloudsdkcdm.v1']:6.2f}"
    )


if __name__ == "__main__":
    main()
