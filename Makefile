# Two commands: `make demo` and `make test`. Each builds its own .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo-out

.PHONY: demo test lint typecheck browser bench docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian's Chromium for the browser tests (a browser download of Playwright's own cannot work here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "the browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) browser lint typecheck
	$(BIN)/pytest -n 2 --dist loadfile -q

demo: $(STAMP)
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	@echo "== known media: a bank from a (benign, generated) hash list, then a scan of uploads =="
	$(BIN)/safeguarding demo media $(DEMO)/media
	$(BIN)/safeguarding bank import demo-list $(DEMO)/media/bank.csv --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding scan $(DEMO)/media/uploads --bank demo-list --db $(DEMO)/safeguarding.db

# Screenshots of the reviewer pages into docs/screenshots (headless Chromium).
docs: $(STAMP) browser
	$(BIN)/python scripts/screenshot_case_page.py

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/hash_throughput.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .mypy_cache .ruff_cache .hypothesis
