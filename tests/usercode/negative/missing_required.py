from dataarts.models.dlf import DlfJob, DlfJobSchedule

DlfJob(name="j", schedule=DlfJobSchedule(type_="EXECUTE_ONCE"), process_type="BATCH")  # E
