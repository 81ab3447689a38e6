# DPO Workbench — set-up and everyday commands.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed

.PHONY: run test lint bench install clean translations package smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

PACKAGE_STAMP = $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

## The Linux desktop application: dist/dpo-workbench/ (one folder, PyInstaller) and
## dist/dpo-workbench-VERSION-linux-ARCH.tar.gz with install.sh. See packaging/README.md.
package: $(PACKAGE_STAMP)
	PYTHON=$(BIN)/python packaging/build.sh

## Use the built application as a person would (after `make package`): packaging/smoke.sh.
smoke:
	packaging/smoke.sh

## Install, then open the application (demo data: `$(BIN)/dpo-workbench demo` first).
run: $(STAMP)
	$(BIN)/dpo-workbench

## Install, then run the whole test suite (offscreen, no display needed).
test: $(STAMP)
	$(BIN)/pytest

## Lint and types: ruff (style, likely bugs, import order) and mypy on the package; CI runs it before the tests.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

## Speed and memory figures (100,000 requests); prints figures and ratios.
bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

## Refresh the translation sources from the code, then compile them. French holds every
## message; English only the plural (%n) ones, the other English texts are the source texts.
## Translate the new messages (Qt Linguist) and run it again: tests/ui/test_i18n.py checks both.
I18N = resources/i18n
UI_SOURCES = $(shell find dpo_workbench/ui -name '*.py' | sort)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -source-language en -target-language fr \
		$(UI_SOURCES) dpo_workbench/errors.py -ts $(I18N)/dpo_workbench_fr.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en \
		$(UI_SOURCES) dpo_workbench/errors.py -ts $(I18N)/dpo_workbench_en.ts
	$(BIN)/pyside6-lrelease $(I18N)/dpo_workbench_fr.ts -qm $(I18N)/dpo_workbench_fr.qm
	$(BIN)/pyside6-lrelease $(I18N)/dpo_workbench_en.ts -qm $(I18N)/dpo_workbench_en.qm

clean:
	rm -rf $(VENV) build dist *.egg-info
