# Every target runs in the project's own virtual environment, made by `make venv`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: venv demo test test-fast lint check-wheel docs generate check-generated spec bump bench bench-parse bench-app bench-data clean help

help:
	@echo "make demo             set up, start a sandbox server, run examples/quickstart.py"
	@echo "make test             the whole test suite (starts real BEMServer servers)"
	@echo "make lint             ruff, mypy --strict, layer contracts, workflow schema"
	@echo "make check-wheel      build sdist and wheel, install the wheel, smoke test it (~1 min)"
	@echo "make docs             build the reference site into site/ (strict, offline)"
	@echo "make spec API_VERSION=x.y.z   pull the OpenAPI document of a release into spec/"
	@echo "make generate         regenerate the typed core from spec/ and templates/"
	@echo "make check-generated  fail if the committed core is not what generate makes"
	@echo "make bump [API_VERSION=x.y.z]  follow a new API release (exit 0/10/20, see README)"
	@echo "make bench            benchmark: import time against the existing client"
	@echo "make bench-parse      benchmark: .parsed of 20,000-item lists against json.loads (~1 min)"
	@echo "make bench-app        benchmark: a web app's pages (a client + 3 calls each) (~3 min)"
	@echo "make bench-data       benchmark: timeseries data up/down, peak memory, files, Dask (~20 min)"

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

demo: venv
	$(PY) examples/quickstart.py

# The whole suite against API 0.27.0, then the integration tests against 0.24.3
# (tests of entry points a version lacks are deselected, and counted, by marker).
test: venv
	$(PY) -m pytest
	$(PY) -m pytest -m integration --bemserver-api-version 0.24.3

test-fast: venv
	$(PY) -m pytest -m "not integration"

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict bemserver_api_client
	$(BIN)/lint-imports --no-cache
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

# The package as users install it (scripts/check_wheel.py): the sdist and the
# wheel built from it hold what git tracks; the wheel, installed into a new venv,
# passes a smoke test run from outside the checkout against a sandbox server.
# DIST_DIR=dir keeps the sdist and the wheel; CHECK_PYTHON=python3.x installs
# the wheel for another Python.
check-wheel: venv
	$(PY) scripts/check_wheel.py $(if $(DIST_DIR),--dist-dir $(DIST_DIR))$(if $(CHECK_PYTHON), --python $(CHECK_PYTHON))

# The reference site, into site/. Strict: a broken reference or link fails it.
# The entry point pages are written from the code at each build (docs/hooks.py).
docs: venv
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

generate: venv
	$(PY) -m generator build

check-generated: venv
	$(PY) -m generator check

spec: venv
	@test -n "$(API_VERSION)" || (echo "usage: make spec API_VERSION=x.y.z" && exit 2)
	$(PY) -m generator pull --api-version $(API_VERSION)

# Pull, diff, regenerate, classify, test and report (generator/bump.py); without
# API_VERSION, the newest release on the index. BUMP_FLAGS=--skip-tests etc.
bump: venv
	$(PY) -m generator bump $(if $(API_VERSION),--api-version $(API_VERSION)) $(BUMP_FLAGS)

bench: venv
	$(PY) benchmarks/import_time.py

bench-parse: venv
	$(PY) benchmarks/parse_speed.py

bench-app: venv
	$(PY) benchmarks/web_app.py

# The round trip at 0.22.0's largest single request, then at 200k points in JSON
# and CSV (peak memory against 0.22.0), then files: peak memory of Parquet and
# CSV transfers at 0.25M and 1M points, and the Dask reader's throughput.
bench-data: venv
	$(PY) benchmarks/timeseries_throughput.py
	$(PY) benchmarks/timeseries_throughput.py --existing-sizes 200000 --format json
	$(PY) benchmarks/timeseries_throughput.py --existing-sizes 200000 --format csv
	$(PY) benchmarks/bulk_files.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site
