# goftar: every target creates and reuses its own virtual environment.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' builder/__init__.py)
CORPUS ?= corpus
DIST ?= dist
GOLD ?= ../shared/gold
SHARED ?= ../shared/corpus

.PHONY: install dataset test eval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml builder/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,ray]'
	touch $@

dataset: install
	$(VENV)/bin/goftar build $(CORPUS) --dist $(DIST)

test: install
	$(PY) -m pytest

eval: install
	$(VENV)/bin/goftar eval --gold $(GOLD) --corpus $(SHARED)

bench: install
	$(PY) -m bench.speed --corpus $(SHARED)

clean:
	rm -rf $(VENV) dist .pytest_cache
