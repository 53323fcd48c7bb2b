"""A user's script: CDM links and a job built with the connector helpers, typed throughout
(no casts, no dicts): each helper returns the config values its body field takes."""

from __future__ import annotations

from dataarts import AkSkCredentials, AsyncDataArts, DataArts
from dataarts.connectors import (
    job_task,
    obs_link,
    obs_target_job,
    relational_database_link,
    relational_database_source_job,
)
from dataarts.models.cdm import CdmCreateJobRequest, Job, Link, LinkCreateAndUpdateRequest


def links() -> LinkCreateAndUpdateRequest:
    obs = Link(
        name="obs-link",
        connector_name="obs-connector",
        link_config_values=obs_link(
            storage_type="OBS",
            server="obs.example.com",
            port="443",
            access_key="AK",
            security_key="SK",
        ),
    )
    mysql = Link(
        name="mysql-link",
        connector_name="generic-jdbc-connector",
        link_config_values=relational_database_link(
            database_type="MYSQL",
            host="10.0.0.1",
            port="3306",
            database="sales",
            username="etl",
            password="secret",
            use_agent=False,
        ),
    )
    return LinkCreateAndUpdateRequest(links=[obs, mysql])


def job(name: str) -> Job:
    return Job(
        name=name,
        job_type="NORMAL_JOB",
        from_connector_name="generic-jdbc-connector",
        from_link_name="mysql-link",
        from_config_values=relational_database_source_job(
            use_sql=False, schema_name="sales", table_name="orders"
        ),
        to_connector_name="obs-connector",
        to_link_name="obs-link",
        to_config_values=obs_target_job(
            bucket_name="exports", output_directory="/orders/", output_format="CSV_FILE"
        ),
        driver_config_values=job_task(num_extractors=2, retry_job_type="RETRY_TRIPLE"),
    )


def create(client: DataArts, cluster_id: str) -> list[int]:
    created = client.cdm.links.create(cluster_id, links())
    print(created.name)
    client.cdm.jobs.create(cluster_id, CdmCreateJobRequest(jobs=[job("orders2obs")]))
    started = client.cdm.jobs.start(cluster_id, "orders2obs")
    return [s.submission_id for s in started.submissions or [] if s.submission_id is not None]


async def create_async(client: AsyncDataArts, cluster_id: str) -> None:
    await client.cdm.links.create(cluster_id, links())
    await client.cdm.jobs.create(cluster_id, CdmCreateJobRequest(jobs=[job("orders2obs")]))


def main() -> None:
    with DataArts(
        region="ap-southeast-1", project_id="p", credentials=AkSkCredentials.from_env()
    ) as client:
        print(create(client, "cluster-1"))
