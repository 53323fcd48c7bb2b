# make generate: render generated/ from spec/ and templates/ (only what changed; caches in .cache/)
# make test:     the test suite (what CI runs)
# make check:    fail when generated/ is not what the spec and templates produce
# make lint:     Spectral, Redocly, openapi-spec-validator, our validator, the coverage check and
#                the spec's layout (lists the files `make fmt-spec` would rewrite)
# make fmt-spec: rewrite spec/ in its canonical layout (ruamel.yaml: indentation, key order,
#                quoting; comments kept; refuses a rewrite that would change the data)
# make docs:     the review pages in generated/docs/ (reference.html opens from disk, offline)
# make coverage: the reference's sections and tables the spec covers; fails on an uncovered
#                operation section
# make diff BASE=<git ref>: changes since BASE for client users, breaking or not, semver bump
# make browser-test: headless Chromium opens reference.html (installs chromium when missing)
# make release-check: changes since the last release tag (Python API and spec), the minimum
#                semver bump; fails when x-release.version in spec/openapi.yaml is lower
# make dist:     sdist and wheel of the client in build/dist/ (built out of tree), twine check
# make release-test: upload to a local pypiserver, install in fresh venvs, call the kit
# make release VERSION=x.y.z: check, test, release-check, dist, changelog, commit and tag
#                (local only: it never pushes or uploads)
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
	coverage diff cjk-fonts chromium browser-test release-check dist release-test release mutation \
	fmt-spec

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

# Every check runs; lint fails if one of them does.
lint: bundle $(NODE_READY)
	@status=0; \
	$(BIN)/python tests/linters.py build/openapi.json || status=1; \
	$(BIN)/python -m generator coverage || status=1; \
	$(BIN)/python -m generator.fmt_spec --check || status=1; \
	exit $$status

fmt-spec: $(READY)
	$(BIN)/python -m generator.fmt_spec

typecheck: $(READY)
	cd generated/python && ../../$(BIN)/mypy --strict --cache-dir /dev/null dataarts

# The suite runs every check: lint, Prism, the browser test (Chromium and CJK fonts from Debian),
# then the release test (its own target: it installs from a local index into fresh venvs).
test: $(READY) $(NODE_READY) chromium cjk-fonts
	$(BIN)/python -m pytest -m "not release"
	$(MAKE) release-test

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

release-check: check
	$(BIN)/python -m generator.releases check

dist: $(READY)
	$(BIN)/python -m generator.dist

release-test: $(READY)
	$(BIN)/python -m pytest -m release tests/test_release_install.py

# Each line stops the release when it fails; nothing is pushed or uploaded. RELEASE_TEST names
# the test target (default: the whole suite, release test included).
RELEASE_TEST ?= test
release: $(READY)
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z" >&2; exit 2; }
	$(BIN)/python -m generator.releases version --expect "$(VERSION)"
	@git diff --quiet HEAD || { echo "error: commit or stash your changes first" >&2; exit 1; }
	$(MAKE) check
	$(MAKE) $(RELEASE_TEST)
	$(MAKE) release-check
	$(MAKE) dist
	$(BIN)/python -m generator.releases changelog --write CHANGELOG.md
	git add CHANGELOG.md
	git commit -q -m "Release dataarts-client $(VERSION)"
	git tag -a "$$($(BIN)/python -m generator.releases tag)" -m "dataarts-client $(VERSION)"
	@echo "Tagged $$($(BIN)/python -m generator.releases tag) locally; nothing was pushed."
	@echo "To publish: git push origin <branch> <tag> && $(BIN)/python -m twine upload build/dist/*"

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .cache node_modules

mutation: $(READY)
	nice -n 10 $(BIN)/python mutation/run.py $(MODULES)
