# newsgraph: `make demo` and `make test` are the two commands (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= newsgraph.db
PORT ?= 8001

.PHONY: install demo test typecheck browser bench batteries clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,spark]"
	touch $(STAMP)

install: $(STAMP)

## Analyse the bundled sample articles into $(DB), print a summary, serve the explorer.
demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/newsgraph ingest samples/ --db $(DB)
	@echo "Explorer: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	$(BIN)/newsgraph serve $(DB) --port $(PORT)

## Debian's Chromium for the browser tests (installed when missing and we are root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found and cannot install it: browser tests will skip"; fi; }

## Static types of the package (settings in pyproject.toml).
typecheck: install
	$(BIN)/python -m mypy

## The whole test suite, after the type check.
test: install browser typecheck
	$(BIN)/python -m pytest

## Throughput and speed benchmarks; results go to BENCHMARKS.md.
bench: install
	$(BIN)/python benchmarks/throughput.py

## Our sentence batteries (events, quotes, places, numbers, entities): strict lines per file.
batteries: install
	for scorer in benchmarks/*_batteries.py; do $(BIN)/python $$scorer || exit 1; done

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm test-output .pytest_cache
