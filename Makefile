# make generate: render generated/ from spec/ and templates/ (only what changed; caches in .cache/)
# make test:     the test suite (what CI runs)
# make check:    fail when generated/ is not what the spec and templates produce
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready

.PHONY: generate regenerate check validate bundle test typecheck bench clean

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

generate: $(READY)
	$(BIN)/python -m generator generate

regenerate: $(READY)
	$(BIN)/python -m generator generate --force

check: $(READY)
	$(BIN)/python -m generator check

validate: $(READY)
	$(BIN)/python -m generator validate

bundle: $(READY)
	$(BIN)/python -m generator bundle -o build/openapi.json

typecheck: $(READY)
	cd generated/python && ../../$(BIN)/mypy --strict --cache-dir /dev/null dataarts

test: $(READY)
	$(BIN)/python -m pytest

bench: $(READY)
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .cache
