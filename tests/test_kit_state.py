"""The testing kit's state: what a test creates can be listed, shown, updated and deleted."""

from __future__ import annotations

import asyncio

import pytest

from dataarts import ApiError
from dataarts.testing import MockDataArts

SCRIPT = {"name": "s1", "type": "Shell", "content": "echo 1"}


def not_found(mock: MockDataArts, error: ApiError, operation: str) -> None:
    """The refusal is the one the reference documents: the status the operation lists for a
    missing item and the error code x-state names, in the error body."""
    op = mock.core.spec.by_id[operation]
    code = op.state["not-found"]
    assert error.error_code == code
    assert error.status_code in op.statuses
    assert error.status_code == (404 if 404 in op.statuses else 400)


def test_script_lifecycle() -> None:
    mock = MockDataArts(seed=False)
    with mock.client() as client:
        assert client.dlf.scripts.list().scripts == []
        client.dlf.scripts.create(body=SCRIPT)
        shown = client.dlf.scripts.show("s1")
        assert (shown.name, shown.type_, shown.content) == ("s1", "Shell", "echo 1")
        assert [s.name for s in client.dlf.scripts.list().scripts] == ["s1"]
        client.dlf.scripts.update("s1", body={**SCRIPT, "content": "echo 2"})
        assert client.dlf.scripts.show("s1").content == "echo 2"
        client.dlf.scripts.delete("s1")
        with pytest.raises(ApiError) as info:
            client.dlf.scripts.show("s1")
        not_found(mock, info.value, "ShowScript")
        assert "s1" in str(info.value.error_msg)
        assert client.dlf.scripts.list().scripts == []


def test_seeded_world_answers_the_examples_until_changed() -> None:
    mock = MockDataArts()
    with mock.client() as client:
        example = client.dlf.scripts.list()
        assert example.scripts and example.total == len(example.scripts)
        name = example.scripts[0].name
        client.dlf.scripts.create(body=SCRIPT)
        names = [s.name for s in client.dlf.scripts.list().scripts]
        assert names == [name, "s1"]
        client.dlf.scripts.delete(name)
        assert [s.name for s in client.dlf.scripts.list().scripts] == ["s1"]
        with pytest.raises(ApiError):
            client.dlf.scripts.show(name)


def test_pagination_on_lists() -> None:
    mock = MockDataArts(seed=False)
    with mock.client() as client:
        for i in range(5):
            client.dlf.scripts.create(body={**SCRIPT, "name": f"s{i}"})
        page = client.dlf.scripts.list(offset=2, limit=2)
        assert [s.name for s in page.scripts] == ["s2", "s3"]
        assert page.total == 5
        every = [s.name for s in client.dlf.scripts.iter_list(page_size=2)]
        assert every == [f"s{i}" for i in range(5)]
        assert [s.name for s in client.dlf.scripts.list(script_name="s4").scripts] == ["s4"]


def test_resource_ids_are_made_by_the_mock() -> None:
    mock = MockDataArts(seed=False)
    body = {"name": "r1", "type": "jar", "location": "obs://bucket/r1.jar"}
    with mock.client() as client:
        first = client.dlf.resources.create(body=body).resource_id
        second = client.dlf.resources.create(body={**body, "name": "r2"}).resource_id
        assert first and second and first != second
        assert client.dlf.resources.show(first).name == "r1"
        listed = client.dlf.resources.list().resources
        assert [(r.id_, r.name) for r in listed] == [(first, "r1"), (second, "r2")]
        client.dlf.resources.delete(first)
        with pytest.raises(ApiError) as info:
            client.dlf.resources.show(first)
        not_found(mock, info.value, "ShowResource")


def test_cdm_link_lifecycle_answers_404() -> None:
    mock = MockDataArts(seed=False)
    link = {
        "name": "l1",
        "connector-name": "generic-jdbc-connector",
        "link-config-values": {
            "configs": [
                {"name": "linkConfig", "inputs": [{"name": "linkConfig.host", "value": "h"}]}
            ]
        },
    }
    with mock.client() as client:
        with pytest.raises(ApiError) as info:
            client.cdm.links.show("c1", "l1")
        not_found(mock, info.value, "ShowLink")
        client.cdm.links.create("c1", body={"links": [link]})
        assert client.cdm.links.show("c1", "l1").links[0].name == "l1"
        client.cdm.links.delete("c1", "l1")
        with pytest.raises(ApiError) as info:
            client.cdm.links.show("c1", "l1")
        assert info.value.status_code == 404
        # CDM link errors carry the fields 5.3.1 documents, not DLF's.
        body = info.value.response.json()
        assert "l1" in str(body) and "error_code" not in body


def test_starting_a_job_records_an_instance() -> None:
    mock = MockDataArts(seed=False)
    with mock.client() as client:
        client.dlf.jobs.create(
            body={
                "name": "j1",
                "nodes": [],
                "schedule": {"type": "EXECUTE_ONCE"},
                "processType": "BATCH",
            }
        )
        assert [j.name for j in client.dlf.jobs.list().jobs] == ["j1"]
        client.dlf.jobs.start("j1", body={})
        client.dlf.jobs.start("j1", body={})
        instances = client.dlf.job_instances.list(job_name="j1").instances
        assert [i.job_name for i in instances] == ["j1", "j1"]
        ids = [i.instance_id for i in instances]
        assert len(set(ids)) == 2
        shown = client.dlf.job_instances.show("j1", ids[0])
        assert shown.instance_id == ids[0]
        with pytest.raises(ApiError) as info:
            client.dlf.jobs.start("missing", body={})
        not_found(mock, info.value, "StartDlfJob")


def test_state_through_the_async_client() -> None:
    mock = MockDataArts(seed=False)

    async def main() -> list[str]:
        async with mock.async_client() as client:
            await client.dlf.connections.create(body={"name": "c1", "type": "DWS", "config": {}})
            await client.dlf.connections.delete("c1")
            await client.dlf.connections.create(body={"name": "c2", "type": "DWS", "config": {}})
            return [c.name for c in (await client.dlf.connections.list()).connections]

    assert asyncio.run(main()) == ["c2"]


def test_creating_a_taken_name_is_refused() -> None:
    mock = MockDataArts(seed=False)
    with mock.client() as client:
        client.dlf.scripts.create(body=SCRIPT)
        with pytest.raises(ApiError) as info:
            client.dlf.scripts.create(body=SCRIPT)
    op = mock.core.spec.by_id["CreateScript"]
    assert info.value.error_code == op.state["exists"]
    assert info.value.status_code == 400 and "s1" in str(info.value.error_msg)
