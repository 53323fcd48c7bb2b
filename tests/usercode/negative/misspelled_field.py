from dataarts.models.cdm import Link, LinkConfigValues

Link(name="x", conector_name="obs-connector", link_config_values=LinkConfigValues(configs=[]))  # E
