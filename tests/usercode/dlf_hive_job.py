"""A user's script: create and start a DLF job with a Hive SQL node, page through instances,
export the job to a file; sync and async."""

from __future__ import annotations

import asyncio

from dataarts import AkSkCredentials, AsyncDataArts, DataArts
from dataarts.models.dlf import (
    DlfHiveSQLNode,
    DlfHiveSQLNodePropertiesValueItemOption1,
    DlfJob,
    DlfJobLocation,
    DlfJobSchedule,
)


def hive_job(name: str) -> DlfJob:
    node = DlfHiveSQLNode(
        name="hive",
        type_="HiveSQL",
        location=DlfJobLocation(x=10, y=20),
        properties=[DlfHiveSQLNodePropertiesValueItemOption1(name="scriptName", value="s1")],
        retry_times=3,
        fail_policy="IGNORE",
    )
    return DlfJob(
        name=name,
        nodes=[node],
        schedule=DlfJobSchedule(type_="EXECUTE_ONCE"),
        process_type="BATCH",
    )


def run(client: DataArts) -> int:
    client.dlf.jobs.create(hive_job("job1"))
    client.dlf.jobs.start("job1")
    done = 0
    for instance in client.dlf.job_instances.iter_list(job_name="job1", page_size=50):
        done += instance.status == "success"
    return client.dlf.jobs.export("job1").save("job1.zip") + done


async def run_async(client: AsyncDataArts) -> list[str]:
    await client.dlf.jobs.create({"name": "job2", "nodes": [], "processType": "BATCH"})
    names = [job.name async for job in client.dlf.jobs.iter_list(job_type="BATCH")]
    await (await client.dlf.jobs.export("job2")).save("job2.zip")
    return names


def main() -> None:
    credentials = AkSkCredentials.from_env()
    with DataArts(region="ap-southeast-1", project_id="p", credentials=credentials) as client:
        print(run(client))

    async def go() -> None:
        async with AsyncDataArts(
            region="ap-southeast-1", project_id="p", credentials=credentials
        ) as client:
            print(await run_async(client))

    asyncio.run(go())
