"""Payloads of the client benchmark (bench/client.py) and the routes of its loopback server.

Realistic bodies: a fully populated cluster (every field of the reference's tables), the list of
1000 clusters as ListClusters returns them, 1000 CDM jobs (the ShowJobs fixture's job, renamed)
and a DLF job of 500 nodes in a chain (the ShowDlfJob fixture's node, renamed).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROJECT, CLUSTER, AK, SK = (
    "0123456789abcdef0123456789abcdef",
    "bae65496-643e-47ca-84af-948672de7eeb",
    "AKBENCH",
    "SKBENCH",
)
DLF_JOB = "bench_job"
PATHS = {
    "show": f"/v1.1/{PROJECT}/clusters/{CLUSTER}",
    "list": f"/v1.1/{PROJECT}/clusters",
    "jobs": f"/v1.1/{PROJECT}/clusters/{CLUSTER}/cdm/job/all",
    "dlf": f"/v1/{PROJECT}/jobs/{DLF_JOB}",
}


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
        wire = {f.alias or name for name, f in model.model_fields.items()}
        return {k: v for k, v in data.items() if k in wire}

    item = keep(cdm.ClusterListItem, cluster(i))
    item["instances"] = [keep(cdm.ClusterDetailInstance, x) for x in item["instances"]]
    return item


def _fixture_body(service: str, operation: str) -> dict[str, Any]:
    path = ROOT / "generated" / "fixtures" / service / f"{operation}.json"
    body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["cases"][0]["response"][
        "body"
    ]
    return body


def cdm_jobs(count: int = 1000) -> dict[str, Any]:
    """ShowJobs(job_name="all") answering `count` jobs."""
    job = _fixture_body("cdm", "ShowJobs")["jobs"][0]
    jobs = []
    for i in range(count):
        one = copy.deepcopy(job)
        one["name"] = f"job-{i}"
        jobs.append(one)
    return {"total": count, "jobs": jobs, "page_size": count}


def dlf_job(nodes: int = 500) -> dict[str, Any]:
    """ShowDlfJob answering a job of `nodes` nodes, each depending on the one before."""
    body = _fixture_body("dlf", "ShowDlfJob")
    node = body["nodes"][0]
    body["name"] = DLF_JOB
    body["nodes"] = []
    for i in range(nodes):
        one = copy.deepcopy(node)
        one["name"] = f"node_{i}"
        one["preNodeName"] = [f"node_{i - 1}"] if i else []
        one["location"] = {"x": str(i * 10), "y": "0"}
        body["nodes"].append(one)
    return body


def routes() -> dict[str, Any]:
    """Path (no query) -> JSON body, for bench/server.py."""
    return {
        PATHS["show"]: cluster(0),
        PATHS["list"]: {"clusters": [list_item(i) for i in range(1, 1001)]},
        PATHS["jobs"]: cdm_jobs(),
        PATHS["dlf"]: dlf_job(),
    }
