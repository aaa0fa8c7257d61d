# GPS-U for QGIS: the single entry point. `make` (or `make help`) lists the targets.
#
# PyQGIS only imports in the Debian Python (/usr/bin/python3): /usr/bin comes first on PATH for
# every recipe, and Python is always called by absolute path (or through .venv, made from it).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# targets depend on each other in order (setup before compile before test): keep make serial
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules

export PATH := /usr/bin:/bin:$(PATH)

PYTHON      := /usr/bin/python3
VENV        := .venv
VENV_PY     := $(VENV)/bin/python
VENV_STAMP  := $(VENV)/.requirements.stamp
# PySAL's esda, the reference the Gi* test compares with; it needs a newer numpy than PyQGIS's,
# so it lives in a venv of its own that the test calls as a subprocess
ESDA_VENV   := .venv-esda
ESDA_STAMP  := $(ESDA_VENV)/.requirements.stamp
PYRCC5      ?= pyrcc5
LRELEASE    ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)
PYTEST_ARGS ?=
# libpq conninfo of the database `make demo` uses; empty: a local server in .gpsu/
GPSU_DB     ?=
export GPSU_DB
# size and seed of the generated demo municipality (scripts/generate_demo.py)
DEMO_SIZE   ?= 20000
DEMO_SEED   ?= 42
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

DEB_PACKAGES := qgis python3-qgis postgresql-15-postgis-3 postgresql-client python3-venv \
                python3-psycopg2 python3-keyring python3-reportlab python3-matplotlib xvfb xauth poppler-utils \
                pyqt5-dev-tools qttools5-dev-tools zip
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

PLUGIN      := gpsu_plugin
QRC         := resources.qrc
QRC_INPUTS  := $(shell sed -n 's|.*<file[^>]*>\(.*\)</file>.*|\1|p' $(QRC) 2>/dev/null)
RESOURCES   := $(PLUGIN)/resources_rc.py
TS_FILES    := $(wildcard i18n/*.ts)
QM_FILES    := $(patsubst i18n/%.ts,$(PLUGIN)/i18n/%.qm,$(TS_FILES))
COPIED      := $(PLUGIN)/metadata.txt $(PLUGIN)/LICENSE

.PHONY: FORCE help setup deb-packages compile test demo demo-reset demo-stop report package deploy translations bench lint clean

help: ## list the targets
	@echo "GPS-U for QGIS - make targets:"
	@grep -E '^[a-zA-Z_-]+:.*## ' $(firstword $(MAKEFILE_LIST)) | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  %-13s %s\n", $$1, $$2}'
	@echo "Variables: GPSU_DB='<libpq conninfo>' (demo), PYTEST_ARGS='...' (test), QGIS_PROFILE_DIR=... (deploy)"

# ---------------------------------------------------------------------------------------------------
setup: deb-packages $(VENV_STAMP) $(ESDA_STAMP) ## install Debian packages and the test venvs; quick when done

deb-packages:
	@missing=""; \
	for pkg in $(DEB_PACKAGES); do \
	  [ "$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null)" = "install ok installed" ] || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	else \
	  echo "Debian packages: all installed"; \
	fi

# a venv made by another Python (e.g. pyenv's) cannot import qgis: rebuild it
VENV_FOREIGN := $(shell [ -f $(VENV)/pyvenv.cfg ] && ! grep -qE '^home = /usr/bin/?$$' $(VENV)/pyvenv.cfg && echo yes)
$(VENV)/pyvenv.cfg: $(if $(VENV_FOREIGN),FORCE) | deb-packages
	@if [ -n "$(VENV_FOREIGN)" ]; then echo "$(VENV) was not made by $(PYTHON): recreating it"; rm -rf $(VENV); fi
	$(PYTHON) -m venv --system-site-packages $(VENV)
	@touch $@

FORCE:

$(ESDA_STAMP): requirements-esda.txt | deb-packages
	rm -rf $(ESDA_VENV)
	$(PYTHON) -m venv $(ESDA_VENV)
	$(ESDA_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-esda.txt
	@touch $@

$(VENV_STAMP): requirements-dev.txt $(VENV)/pyvenv.cfg
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(VENV_PY) -c 'import qgis.core, pytest, pytestqt, pytest_qgis' || \
	  { echo "$(VENV) cannot import qgis/pytest: remove $(VENV) and run make setup again" >&2; exit 1; }
	@touch $@

# ---------------------------------------------------------------------------------------------------
compile: $(RESOURCES) $(QM_FILES) $(COPIED) ## build resources_rc.py, .qm translations, copy metadata.txt/LICENSE

$(RESOURCES): $(QRC) $(QRC_INPUTS)
	$(PYRCC5) -o $@ $(QRC)
	sed -i "s/^from PyQt5 import QtCore$$/from qgis.PyQt import QtCore  # rewritten by make: Qt through qgis.PyQt/" $@

$(PLUGIN)/i18n/%.qm: i18n/%.ts
	@mkdir -p $(@D)
	$(LRELEASE) -silent $< -qm $@

$(PLUGIN)/metadata.txt: metadata.txt
	cp $< $@

$(PLUGIN)/LICENSE: LICENSE
	cp $< $@

# ---------------------------------------------------------------------------------------------------
test: setup compile ## run the test suite (PYTEST_ARGS='-k name -x' to narrow it)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m pytest tests $(PYTEST_ARGS)

bench: setup compile ## run the benchmarks (ONLY=name for one); results in bench/results.json
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m pytest tests/bench -q -s -p no:cacheprovider \
	  $(if $(ONLY),-k "$(ONLY)")

lint: setup ## ruff over gpsu_plugin, scripts and tests (not part of test)
	$(VENV)/bin/ruff check gpsu_plugin scripts tests

# ---------------------------------------------------------------------------------------------------
demo: setup compile ## open QGIS with the plugin on a demo database (GPSU_DB, or a local server in .gpsu/)
	@conninfo="$${GPSU_DB:-}"; \
	if [ -z "$$conninfo" ]; then \
	  conninfo="$$($(PYTHON) scripts/localdb.py start --dir .gpsu --dbname gpsu)"; \
	fi; \
	echo "GPS-U demo database: $$conninfo"; \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" db upgrade; \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" db seed; \
	incidents="$$($(PYTHON) -c 'import sys, psycopg2; c = psycopg2.connect(sys.argv[1]); cur = c.cursor(); \
	  cur.execute("SELECT count(*) FROM gpsu.incidents"); print(cur.fetchone()[0])' "$$conninfo")"; \
	if [ "$$incidents" = "0" ]; then \
	  $(PYTHON) scripts/generate_demo.py --db "$$conninfo" --incidents $(DEMO_SIZE) --seed $(DEMO_SEED) --accounts; \
	else \
	  echo "The demo database already holds $$incidents incidents (make demo-reset to generate them again)"; \
	fi; \
	if [ ! -f scripts/run_qgis.sh ]; then \
	  echo "scripts/run_qgis.sh is missing: cannot open QGIS (the database is ready: $$conninfo)" >&2; exit 1; \
	fi; \
	bash scripts/run_qgis.sh "$$conninfo"

demo-reset: setup compile ## generate the demo data again (DEMO_SIZE incidents, DEMO_SEED) on the demo database
	@conninfo="$${GPSU_DB:-}"; \
	if [ -z "$$conninfo" ]; then conninfo="$$($(PYTHON) scripts/localdb.py start --dir .gpsu --dbname gpsu)"; fi; \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" db upgrade; \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" db seed; \
	$(PYTHON) scripts/generate_demo.py --db "$$conninfo" --incidents $(DEMO_SIZE) --seed $(DEMO_SEED) --replace --accounts

report: setup compile ## the new-facts PDF (last 7 days), the DLS report and the district atlas on the demo database (headless), in dist/
	@conninfo="$${GPSU_DB:-}"; \
	if [ -z "$$conninfo" ]; then conninfo="$$($(PYTHON) scripts/localdb.py start --dir .gpsu --dbname gpsu)"; fi; \
	mkdir -p dist; \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" report new-facts --from "$$(date -d '7 days ago' +%F)" \
	  --maps --no-record --out dist/gpsu-new-facts.pdf && \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" report dls --maps -o dist/gpsu-dls.pdf && \
	$(PYTHON) -m gpsu_plugin.cli --db "$$conninfo" report atlas --kind district \
	  --from "$$(date -d '1 year ago' +%F)" -o dist/gpsu-atlas-districts.pdf

demo-stop: ## stop the local demo database server (.gpsu/ is kept)
	$(PYTHON) scripts/localdb.py stop --dir .gpsu

# ---------------------------------------------------------------------------------------------------
package: compile ## build dist/gpsu_plugin-<version>.zip for the QGIS plugin repository
	$(PYTHON) scripts/package.py --out dist

deploy: compile ## symlink gpsu_plugin/ into $(QGIS_PROFILE_DIR)/python/plugins
	@plugins="$(QGIS_PROFILE_DIR)/python/plugins"; target="$$plugins/$(PLUGIN)"; \
	mkdir -p "$$plugins"; \
	if [ -e "$$target" ] && [ ! -L "$$target" ]; then \
	  echo "$$target is a real folder (an installed release?): remove it, then run make deploy again" >&2; \
	  exit 1; \
	fi; \
	ln -sfn "$(CURDIR)/$(PLUGIN)" "$$target"; \
	echo "Linked $$target -> $(CURDIR)/$(PLUGIN) (restart QGIS or use Plugin Reloader)"

translations: ## update i18n/*.ts from the sources, then compile the .qm files
	$(PYTHON) scripts/update_translations.py
	@$(MAKE) --no-print-directory compile

clean: ## remove build outputs (dist/, generated files, caches); keeps .venv and .gpsu
	rm -rf dist build $(RESOURCES) $(PLUGIN)/i18n $(COPIED) .pytest_cache .ruff_cache
	find $(PLUGIN) scripts tests -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true
