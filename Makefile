# Two commands: `make demo` and `make test`. Each builds its own .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo-out
# Every package pinned with its hashes (make lock); the project itself goes on top without its deps.
LOCK := requirements.lock

.PHONY: demo test evaluate chats-model lint typecheck browser bench docs clean lock audit fuzz

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@$(BIN)/pip check >/dev/null || { $(BIN)/pip check; echo "$(LOCK) does not match pyproject.toml: run make lock" >&2; exit 1; }
	touch $(STAMP)

# Re-pin after a change to pyproject.toml; pins already in the lock stay unless LOCK_ARGS=--upgrade
# (or LOCK_ARGS='-P NAME' for one package). Index and find-links come from pip's own configuration.
lock:
	@test -x $(BIN)/pip-compile || { $(PYTHON) -m venv $(VENV) && $(BIN)/pip install --quiet pip-tools; }
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --all-build-deps --strip-extras --extra test \
	  --no-emit-index-url --no-emit-find-links $(LOCK_ARGS) -o $(LOCK) pyproject.toml

# Known vulnerabilities in the locked packages; one plain line where no advisory source can be reached.
audit: $(STAMP)
	$(BIN)/python scripts/audit_dependencies.py $(LOCK)

# Long fuzzing (docs/SECURITY.md): the fuzz tests with SAFEGUARDING_FUZZ=long, then atheris (coverage-guided)
# on each harness for FUZZ_SECONDS, its corpus kept in .fuzz/ between runs.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS := hash_list_csv hash_list_tx ads_jsonl chats_jsonl pan_xml image
fuzz: $(STAMP)
	SAFEGUARDING_FUZZ=long $(BIN)/pytest tests/fuzz -q -n 2
	mkdir -p .fuzz
	cd .fuzz && for target in $(FUZZ_TARGETS); do \
	  PYTHONPATH=$(CURDIR) $(CURDIR)/$(BIN)/python -m tests.fuzz.atheris_run $$target corpus/$$target \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 > $$target.log 2>&1; status=$$?; \
	  echo "$$target: $$(grep -E '^Done [0-9]+ runs' $$target.log)"; \
	  test $$status -eq 0 || { tail -30 $$target.log; exit 1; }; done

# Debian's Chromium for the browser tests (a browser download of Playwright's own cannot work here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "the browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks evaluation/run.py
	$(BIN)/ruff format --check src tests benchmarks evaluation/run.py

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) browser lint typecheck audit
	$(BIN)/pytest -n 2 --dist loadfile -q

# The demo's audit log signs its tree heads with a key of its own (docs/AUDIT.md).
demo: export SAFEGUARDING_SIGNING_KEY = $(CURDIR)/$(DEMO)/signing-key.pem
demo: $(STAMP)
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/safeguarding audit keygen --out $(DEMO)/signing-key.pem
	@echo "== known media: a bank from a (benign, generated) hash list, then a scan of uploads =="
	$(BIN)/safeguarding demo media $(DEMO)/media
	$(BIN)/safeguarding bank import demo-list $(DEMO)/media/bank.csv --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding scan $(DEMO)/media/uploads --bank demo-list --db $(DEMO)/safeguarding.db
	@echo "== known video: a vPDQ bank entry; trimmed, re-encoded and embedded copies are found, with their ranges =="
	$(BIN)/safeguarding demo videos $(DEMO)/videos
	$(BIN)/safeguarding bank import demo-videos $(DEMO)/videos/known.txt --format vpdq --label demo-video --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding match --bank demo-videos $(DEMO)/videos/uploads --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding scan $(DEMO)/videos/uploads --bank demo-videos --db $(DEMO)/safeguarding.db
	@echo "== live stream: a known clip appears in a local HLS stream; an alert line and an imminent-harm case =="
	$(BIN)/safeguarding demo stream $(DEMO)/stream --db $(DEMO)/safeguarding.db
	@echo "== classified ads: link a synthetic, non-explicit crawl into the networks behind it =="
	mkdir -p $(DEMO)/ads
	$(BIN)/safeguarding ads generate --ads 3000 --seed 11 --out $(DEMO)/ads/ads.jsonl --truth $(DEMO)/ads/truth.jsonl
	$(BIN)/safeguarding ads link $(DEMO)/ads/ads.jsonl --out $(DEMO)/ads/linked.jsonl
	$(BIN)/safeguarding ads evaluate $(DEMO)/ads/linked.jsonl $(DEMO)/ads/truth.jsonl
	$(BIN)/safeguarding ads networks $(DEMO)/ads/linked.jsonl --html $(DEMO)/ads/networks > $(DEMO)/ads/networks.txt
	head -8 $(DEMO)/ads/networks.txt
	@echo "== chats: grooming early warning, message by message =="
	mkdir -p $(DEMO)/chats
	$(BIN)/safeguarding chats generate --n 400 --seed 11 --out $(DEMO)/chats/chats.jsonl --truth $(DEMO)/chats/truth.jsonl
	$(BIN)/safeguarding chats score $(DEMO)/chats/chats.jsonl --out $(DEMO)/chats/scored.jsonl
	$(BIN)/safeguarding chats evaluate $(DEMO)/chats/scored.jsonl $(DEMO)/chats/truth.jsonl
	@echo "== triage: every detection becomes a case in one priority queue =="
	$(BIN)/safeguarding cases ingest --from ads $(DEMO)/ads/linked.jsonl --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding cases ingest --from chats $(DEMO)/chats/scored.jsonl --conversations $(DEMO)/chats/chats.jsonl --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding cases stats --db $(DEMO)/safeguarding.db
	@echo "== entities: a phone in an ad network and in a grooming chat, a reused ad photo in the bank, a partner's hashed handle =="
	$(BIN)/safeguarding demo entities $(DEMO)/entities --bank-list $(DEMO)/media/bank.csv
	$(BIN)/safeguarding cases ingest --from ads $(DEMO)/entities/linked.jsonl --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding chats score $(DEMO)/entities/chats.jsonl --out $(DEMO)/entities/scored.jsonl
	$(BIN)/safeguarding cases ingest --from chats $(DEMO)/entities/scored.jsonl --conversations $(DEMO)/entities/chats.jsonl --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding entities show "+1 202 555 0147" --json --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding entities show $$(cat $(DEMO)/entities/photo.pdq) --json --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding entities import $(DEMO)/entities/from-hotline-b.jsonl --from hotline-b --key-file $(DEMO)/entities/hotline-b.key --db $(DEMO)/safeguarding.db
	@echo "== measurement: six weeks of synthetic review history, then the figures (charts at /ui/dashboard) =="
	$(BIN)/safeguarding demo history --db $(DEMO)/safeguarding.db
	$(BIN)/safeguarding stats --only funnel --only recall --only agreement --db $(DEMO)/safeguarding.db
	@echo "== review: add an account, then run the service and open http://127.0.0.1:8000/ui/ =="
	echo demo-password-1 | $(BIN)/safeguarding users add demo-reviewer --role child_safety_reviewer --password-stdin --db $(DEMO)/safeguarding.db
	echo demo-password-1 | $(BIN)/safeguarding users add demo-analyst --role analyst --password-stdin --db $(DEMO)/safeguarding.db
	@echo "   SAFEGUARDING_SIGNING_KEY=$(DEMO)/signing-key.pem $(BIN)/safeguarding serve --db $(DEMO)/safeguarding.db   (log in as demo-reviewer / demo-password-1; demo-analyst sees /ui/dashboard)"
	@echo "   results: $(DEMO)/safeguarding.db, $(DEMO)/ads/networks/index.html, $(DEMO)/chats/scored.jsonl"
	$(BIN)/safeguarding audit verify --db $(DEMO)/safeguarding.db

# Blind evaluation: each detector on its own generator and on corpora written apart from it (docs/EVALUATION.md).
evaluate: $(STAMP)
	$(BIN)/python evaluation/run.py $(EVALUATE_ARGS)

# The chat model trained on the project's generator and every independent training writer
# (evaluation/training/chats/*/generate.py, never a blind one); docs/CHATS.md, "The trainable model".
CHATS_TRAIN := build/chats-train
chats-model: $(STAMP)
	mkdir -p $(CHATS_TRAIN)
	$(BIN)/safeguarding chats generate --n 2000 --seed 2 --labelled --out $(CHATS_TRAIN)/own.jsonl
	for g in evaluation/training/chats/*/generate.py; do w=$$(basename $$(dirname $$g)); \
	  $(BIN)/python $$g --seed 1 --n 3000 --out $(CHATS_TRAIN)/$$w.jsonl --truth $(CHATS_TRAIN)/$$w.truth.jsonl || exit 1; done
	$(BIN)/safeguarding chats train $(CHATS_TRAIN)/own.jsonl $$(ls $(CHATS_TRAIN)/*.jsonl | grep -v -e /own.jsonl -e .truth.jsonl) \
	  $$(for t in $(CHATS_TRAIN)/*.truth.jsonl; do echo --truth $$t; done) --out build/chats-model.json

# Screenshots of the reviewer pages into docs/screenshots (headless Chromium).
docs: $(STAMP) browser
	$(BIN)/python scripts/screenshot_case_page.py

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/hash_throughput.py

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .mypy_cache .ruff_cache .hypothesis .fuzz
