# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench soak sysdeps node clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# OCR for screenshots (Debian packages). Without them the bot still runs and says OCR is unavailable.
sysdeps:
	@if ! (command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx fra); then \
		echo "Installation de Tesseract (OCR français)…"; \
		if [ "$$(id -u)" = 0 ]; then P=; else P=sudo; fi; \
		($$P apt-get update -qq && $$P DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-fra >/dev/null) \
			|| echo "AVERTISSEMENT : Tesseract n'a pas pu être installé ; la lecture de captures d'écran sera indisponible."; \
	fi

# The fake Bot API server used by the end-to-end tests (pinned by package-lock.json).
node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: $(STAMP) sysdeps
	$(BIN)/verif-recouvrement bot

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

test: $(STAMP) sysdeps node lint typecheck unit

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis

# One Mermaid diagram per conversation flow, drawn from the flow tables (tests fail when one is stale).
.PHONY: diagrams
diagrams: $(STAMP)
	$(BIN)/python -m bot.conversation.diagrams docs/flows
