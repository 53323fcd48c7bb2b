# make generate: render generated/ from spec/ and templates/ (only what changed; caches in .cache/)
# make test:     the test suite (what CI runs)
# make check:    fail when generated/ is not what the spec and templates produce
# make lint:     Spectral, Redocly, openapi-spec-validator, our validator and the coverage check
# make docs:     the review pages in generated/docs/ (reference.html opens from disk, offline)
# make coverage: the reference's sections and tables the spec covers; fails on an uncovered
#                operation section
# make diff BASE=<git ref>: changes since BASE for client users, breaking or not, semver bump
# make browser-test: headless Chromium opens reference.html (installs chromium when missing)
# make mutation: mutation testing (cosmic-ray) of the runtime and the generator's safety stages;
#                slow, not part of `make test`; report in build/mutation/report.md;
#                MODULES="_paging.py ..." for some modules, MODULES=--recheck to re-run survivors
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
READY  := $(VENV)/.ready
# The npm tools (Spectral, Redocly CLI, Prism), exactly as package-lock.json pins them.
NODE_READY := node_modules/.ready

.PHONY: generate regenerate check validate bundle lint node-tools test typecheck bench clean docs \
	coverage diff cjk-fonts chromium browser-test mutation

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
	$(BIN)/python -m generator coverage

typecheck: $(READY)
	cd generated/python && ../../$(BIN)/mypy --strict --cache-dir /dev/null dataarts

# The suite runs every check: lint, Prism, the browser test (Chromium and CJK fonts from Debian).
test: $(READY) $(NODE_READY) chromium cjk-fonts
	$(BIN)/python -m pytest

bench: $(READY)
	$(BIN)/python bench/generate.py

# Debian packages the review pages use: CJK fonts for the Chinese text, Chromium for the test.
cjk-fonts:
	@fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || { apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk; }

chromium:
	@command -v chromium >/dev/null || { apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

docs: $(READY) cjk-fonts
	$(BIN)/python -m generator generate
	@echo "open generated/docs/reference.html (notes: generated/docs/notes.md, coverage: generated/docs/coverage.md)"

coverage: $(READY)
	$(BIN)/python -m generator coverage

diff: $(READY)
	@test -n "$(BASE)" || { echo "usage: make diff BASE=<git ref>" >&2; exit 2; }
	@mkdir -p build
	$(BIN)/python -m generator diff "$(BASE)" --html build/docs/reference.html > build/diff.txt; \
		status=$$?; cat build/diff.txt; exit $$status

browser-test: $(READY) chromium cjk-fonts
	$(BIN)/python -m pytest tests/test_browser.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .cache node_modules

mutation: $(READY)
	nice -n 10 $(BIN)/python mutation/run.py $(MODULES)
