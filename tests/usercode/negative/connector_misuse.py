from dataarts.connectors import job_task, obs_link, obs_source_job
from dataarts.models.cdm import Job, Link

link_configs = obs_link(storage_type="OBS", server="s", port="443", access_key="a", security_key="k")
Job(
    name="j",
    job_type="NORMAL_JOB",
    from_connector_name="obs-connector",
    from_link_name="a",
    from_config_values=link_configs,  # E
    to_connector_name="obs-connector",
    to_link_name="b",
    to_config_values=obs_source_job(bucket_name="b", input_directory="/", input_format="CSV_FILE"),
    driver_config_values=job_task(),
)
Link(name="x", connector_name="obs-connector", link_config_values=job_task())  # E
obs_link(storage_type="OBS", server="s", port="443", acess_key="a", security_key="k")  # E
obs_source_job(bucket_name="b", input_directory="/", input_format="XML_FILE")  # E
