"""A user's script: a CDM link built with the connector helpers, then a job, typed throughout."""

from __future__ import annotations

from dataarts import AkSkCredentials, DataArts
from dataarts.connectors import obs_link
from dataarts.models.cdm import Link, LinkConfigValues, LinkCreateAndUpdateRequest


def create_link(client: DataArts, cluster_id: str) -> str | None:
    configs = LinkConfigValues.model_validate(
        {
            "configs": obs_link(
                storage_type="OBS",
                server="obs.example.com",
                port="443",
                access_key="AK",
                security_key="SK",
            )
        }
    )
    body = LinkCreateAndUpdateRequest(
        links=[Link(name="obs-link", connector_name="obs-connector", link_config_values=configs)]
    )
    created = client.cdm.links.create(cluster_id, body)
    return created.name


def start_job(client: DataArts, cluster_id: str, job_name: str) -> list[int]:
    started = client.cdm.jobs.start(cluster_id, job_name)
    return [s.submission_id for s in started.submissions or [] if s.submission_id is not None]


def main() -> None:
    with DataArts(
        region="ap-southeast-1", project_id="p", credentials=AkSkCredentials.from_env()
    ) as client:
        print(create_link(client, "cluster-1"))
        print(start_job(client, "cluster-1", "obs2obs"))
