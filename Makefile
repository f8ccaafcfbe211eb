# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench profile soak sysdeps node clean postgres scale-sysdeps test-scale debian-packages diagrams

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# OCR for screenshots (Debian packages), as root or through sudo. Quiet and fast when they are there (one
# dpkg-query); `apt-get update` only when one is missing. Without them the bot still runs and says OCR is
# unavailable; under CI=true the OCR tests then fail, naming what is missing (tests/system_tools.py).
SYSDEPS := tesseract-ocr tesseract-ocr-fra
sysdeps:
	@$(MAKE) --no-print-directory debian-packages PACKAGES="$(SYSDEPS)" \
		UNAVAILABLE="la lecture de captures d'écran sera indisponible"

# The fake Bot API server used by the end-to-end tests (pinned by package-lock.json). Without npm it is said
# and skipped; under CI=true the end-to-end tests then fail, naming what is missing.
node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else \
		echo "AVERTISSEMENT : npm absent (paquets Debian nodejs npm) ; les tests de bout en bout seront ignorés."; \
	fi

run: $(STAMP) sysdeps
	$(BIN)/verif-recouvrement bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# The fast part: everything but the load and end-to-end tests (markers set by folder in tests/conftest.py).
unit: $(STAMP)
	$(BIN)/pytest -m "not load and not e2e"

# Everything, with coverage of bot/, checks/ and knowledge/; below the floor in pyproject.toml it fails.
test: $(STAMP) sysdeps node postgres lint typecheck
	$(BIN)/pytest -n auto --dist loadfile --cov --cov-report=term:skip-covered

# PostgreSQL from Debian for the store contract tests (they start their own server in a temporary folder, on
# 127.0.0.1), and HAProxy, whose check of the generated deployment configuration is a test; installed only
# when missing, as root or through sudo. The Debian services are not needed. Missing, those tests are
# skipped, and fail under CI=true (tests/store_contract/conftest.py, tests/system_tools.py).
postgres:
	@$(MAKE) --no-print-directory debian-packages PACKAGES="postgresql haproxy"

# `make test-scale`: PostgreSQL, 3 webhook workers behind HAProxy and a fake Telegram, all on 127.0.0.1 (a few
# minutes); see deploy/README.md. Its last line is the measured summary; non-zero exit on any duplicate,
# lost or out-of-order answer.
scale-sysdeps:
	@$(MAKE) --no-print-directory debian-packages PACKAGES="postgresql haproxy"

test-scale: $(STAMP) scale-sysdeps
	$(BIN)/python -m tests.scale.run

# Installs the Debian packages of PACKAGES that are missing (one dpkg-query when none is), as root or via sudo.
UNAVAILABLE ?= les tests qui en ont besoin seront ignorés (en échec sous CI=true)
debian-packages:
	@missing=$$(for p in $(PACKAGES); do \
		dpkg-query -W -f='$${db:Status-Abbrev}' "$$p" 2>/dev/null | grep -q '^ii' || echo "$$p"; done); \
	if [ -n "$$missing" ]; then \
		echo "Installation des paquets Debian manquants :" $$missing; \
		if [ "$$(id -u)" = 0 ]; then as_root=; else as_root=sudo; fi; \
		{ $$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
			&& $$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
			|| echo "AVERTISSEMENT : $$missing non installé(s) ; $(UNAVAILABLE)."; \
	fi

# py-spy (a sampling profiler) goes into the venv with the bench tools: `make profile` uses it.
$(BIN)/py-spy: $(STAMP)
	$(BIN)/python -m pip install -q py-spy
	touch $@

bench: $(STAMP) $(BIN)/py-spy
	$(BIN)/python -m bench

# Where the bot's time goes with 50 users at once (flame graph in var/profile-bot.svg).
profile: $(STAMP) $(BIN)/py-spy
	$(BIN)/python -m bench.profile

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis

# One Mermaid diagram per conversation flow, drawn from the flow tables (tests fail when one is stale).
diagrams: $(STAMP)
	$(BIN)/python -m bot.conversation.diagrams docs/flows
