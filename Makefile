# goftar: every target creates and reuses its own virtual environment.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' builder/__init__.py)
CORPUS ?= corpus
DIST ?= dist
GOLD ?= ../shared/gold
SHARED ?= ../shared/corpus

.PHONY: install dataset test eval bench clean publish

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml builder/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

dataset: install
	$(VENV)/bin/goftar build $(CORPUS) --dist $(DIST)

test: install
	$(PY) -m pytest

eval: install
	$(VENV)/bin/goftar eval --gold $(GOLD) --corpus $(SHARED)

# make publish REPO=<org>/<name> [DRY_RUN=1]: verify dist/v<version>, upload it, tag it (token: HF_TOKEN)
publish: install
	@test -n "$(REPO)" || { echo "make publish: give the Hub repository: make publish REPO=<org>/<name>" >&2; exit 2; }
	$(VENV)/bin/goftar publish $(DIST)/v$(VERSION) --repo $(REPO) $(if $(DRY_RUN),--dry-run)

clean:
	rm -rf $(VENV) dist .pytest_cache
