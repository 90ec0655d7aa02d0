# goftar: every target creates and reuses its own virtual environment.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' builder/__init__.py)
CORPUS ?= corpus
DIST ?= dist
GOLD ?= ../shared/gold
SHARED ?= ../shared/corpus

.PHONY: install dataset test eval bench bench-adversarial clean report publish

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml builder/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

dataset: install
	$(VENV)/bin/goftar build $(CORPUS) --dist $(DIST)

report: install
	$(VENV)/bin/goftar report $(or $(RELEASE),$(DIST)/v$(VERSION))

test: install
	$(PY) -m pytest

# Build a release of the development articles (listed in $(GOLD)/dev-files.txt), then score it
# against $(GOLD)/dev.jsonl; the figures go to eval/dev.json, which the dataset card reports.
eval: install
	rm -rf .eval && mkdir -p .eval/corpus eval
	while read -r f; do mkdir -p ".eval/corpus/$$(dirname $$f)" && cp "$(SHARED)/$$f" ".eval/corpus/$$f"; done < $(GOLD)/dev-files.txt
	$(VENV)/bin/goftar build .eval/corpus --dist .eval/dist --workers 1
	$(VENV)/bin/goftar eval --gold $(GOLD) --corpus $(SHARED) --release .eval/dist/v$(VERSION) --json eval/dev.json

# make publish REPO=<org>/<name> [DRY_RUN=1]: verify dist/v<version>, upload it, tag it (token: HF_TOKEN)
publish: install
	@test -n "$(REPO)" || { echo "make publish: give the Hub repository: make publish REPO=<org>/<name>" >&2; exit 2; }
	$(VENV)/bin/goftar publish $(DIST)/v$(VERSION) --repo $(REPO) $(if $(DRY_RUN),--dry-run)

bench-adversarial: install
	$(PY) -m bench.adversarial

clean:
	rm -rf $(VENV) dist .pytest_cache
