# make generate: render generated/ from spec/ and templates/ (does nothing when nothing changed)
# make test:     the test suite (what CI runs)
# make check:    fail when generated/ is not what the spec and templates produce
# make lint:     Spectral, Redocly, openapi-spec-validator and our validator on the bundle
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready
# The npm tools (Spectral, Redocly CLI, Prism), exactly as package-lock.json pins them.
NODE_READY := node_modules/.ready

.PHONY: generate regenerate check validate bundle lint node-tools test typecheck bench clean

$(READY): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@

$(NODE_READY): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

node-tools: $(NODE_READY)

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

lint: bundle $(NODE_READY)
	$(BIN)/python tests/linters.py build/openapi.json

typecheck: $(READY)
	cd generated/python && ../../$(BIN)/mypy --strict --cache-dir /dev/null dataarts

test: $(READY) $(NODE_READY)
	$(BIN)/python -m pytest

bench: $(READY)
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache node_modules
