from dataarts import DataArts


def list_jobs(client: DataArts) -> None:
    client.dlf.jobs.list(job_type="DAILY")  # E
