"""Generates the dataarts client, models, fixtures and docs from the spec in spec/.

Stages, one module each: load -> validate -> model -> render -> write. `python -m generator`
runs them (see __main__.py).
"""
