from dataarts.models.cdm import Link, LinkConfigValues

Link(name="x", connector_name="s3-connector", link_config_values=LinkConfigValues(configs=[]))  # E
