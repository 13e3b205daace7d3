# The two commands a newcomer needs: `make demo` and `make test`.
# Each bootstraps .venv from nothing (python3 -m venv, pip), so on a fresh
# machine it is the only command to run.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WHEEL_VENV := .venv-wheel
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed
# The suites run on every core (pytest-xdist); `make unit PARALLEL=` runs
# them in one process.
PARALLEL ?= -n auto --dist worksteal

.PHONY: demo test lint types unit docs dist wheel-test test-floors bench fuzz clean messages

# The package alone: all `make demo` needs.
$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

# The package with its extras and every development tool.
$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e ".[testing,fast]" \
		--group tests --group typing --group lint --group docs --group release
	touch $(STAMP)

demo: $(RUNTIME)
	$(BIN)/python -m mentoring demo

test: lint types dist unit docs wheel-test
	@echo "make test: all checks passed"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks docs tools
	$(BIN)/ruff format --check src tests benchmarks docs tools

types: $(STAMP)
	$(BIN)/mypy --strict src tests/typing

# The suite from the source tree (slow tests included: one of them installs
# the built wheel in a fresh venv, as a user would).
unit: $(STAMP) dist
	MENTORING_WHEEL="$$(ls dist/*.whl 2>/dev/null | head -n 1)" $(BIN)/python -m pytest -q $(PARALLEL)

# The fuzz suite at length (on demand, not part of `make test`): about
# 50,000 inputs across the loaders and the command; it prints the count and
# the time. FUZZ_EXAMPLES is the number of examples per small-value test
# (tests/fuzz/conftest.py gives the heavier tests a fifth or a tenth).
FUZZ_EXAMPLES ?= 4600
fuzz: $(STAMP)
	MENTORING_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q -p no:cacheprovider tests/fuzz

docs: $(STAMP)
	$(BIN)/sphinx-build -q -W -n -b html docs docs/_build/html

# twine checks the metadata (it does not render Markdown); the tests of the
# description render it as the package index does and follow its links.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --quiet --outdir dist . > /dev/null
	$(BIN)/twine check --strict dist/*
	MENTORING_WHEEL="$$(ls dist/*.whl)" $(BIN)/python -m pytest -q -p no:cacheprovider \
		tests/test_docs_reference.py -k "description or metadata"

# The suite once more against the installed wheel, from a copy of the tests
# outside the source tree (the benchmarks too: a test builds the indicator
# benchmark's organizations), so a file missing from the wheel fails.
wheel-test: dist
	rm -rf $(WHEEL_VENV) .wheel-test
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	$(WHEEL_VENV)/bin/python -m pip install --quiet "$$(ls dist/*.whl)[testing,fast]" \
		--group tests
	mkdir -p .wheel-test
	cp -r tests benchmarks docs README.md CHANGELOG.md CONTRIBUTING.md LICENSE pyproject.toml .wheel-test/
	cd .wheel-test && ../$(WHEEL_VENV)/bin/python -m pytest -q -p no:cacheprovider -m "not slow" $(PARALLEL)
	rm -rf .wheel-test

# The suite against the lowest versions pyproject.toml allows.
FLOORS_VENV := .venv-floors
FLOORS := attrs==24.2.0 cattrs==24.1.0 python-dateutil==2.9.0 \
	hypothesis==6.139.0 pytest==8.0.0 holidays==0.60
test-floors:
	rm -rf $(FLOORS_VENV)
	$(PYTHON) -m venv $(FLOORS_VENV)
	$(FLOORS_VENV)/bin/python -m pip install --quiet --upgrade "pip>=25.1"
	$(FLOORS_VENV)/bin/python -m pip install --quiet $(FLOORS) "jsonschema>=4.20" "scipy>=1.11"
	$(FLOORS_VENV)/bin/python -m pip install --quiet --no-deps -e .
	$(FLOORS_VENV)/bin/python -m pytest -q -p no:cacheprovider -m "not slow"

# The translation catalogues: extract the messages from the source, update
# the .po files of every language, compile the .mo files the package reads.
# Deterministic: a second run changes nothing. See CONTRIBUTING.md.
messages: $(STAMP)
	$(BIN)/python -m pip install --quiet --group i18n
	$(BIN)/python tools/messages.py

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --group bench
	$(BIN)/python benchmarks/public_api.py
	$(BIN)/python benchmarks/serialization.py
	$(BIN)/python benchmarks/matching.py
	$(BIN)/python benchmarks/indicators.py

clean:
	rm -rf $(VENV) $(WHEEL_VENV) $(FLOORS_VENV) .wheel-test dist docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
