# DPO Workbench — set-up and everyday commands.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test bench install clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Install, then open the application (demo data: `$(BIN)/dpo-workbench demo` first).
run: $(STAMP)
	$(BIN)/dpo-workbench

## Install, then run the whole test suite (offscreen, no display needed).
test: $(STAMP)
	$(BIN)/pytest

## Speed and memory figures (100,000 requests); prints figures and ratios.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

## Refresh the French translation source from the code, then compile it.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate dpo_workbench/ui/*.py -ts resources/i18n/dpo_workbench_fr.ts
	$(BIN)/pyside6-lrelease resources/i18n/dpo_workbench_fr.ts -qm resources/i18n/dpo_workbench_fr.qm

clean:
	rm -rf $(VENV) build dist *.egg-info
