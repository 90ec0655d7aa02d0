# goftar: every target creates and reuses its own virtual environment.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' builder/__init__.py)
CORPUS ?= corpus
DIST ?= dist
GOLD ?= ../shared/gold
SHARED ?= ../shared/corpus

.PHONY: install dataset test eval eval-set bench bench-adversarial clean report publish

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml builder/__init__.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,ray]'
	touch $@

dataset: install
	$(VENV)/bin/goftar build $(CORPUS) --dist $(DIST)

report: install
	$(VENV)/bin/goftar report $(or $(RELEASE),$(DIST)/v$(VERSION))

test: install
	$(PY) -m pytest

# Score the builder on each annotated set: build a release of the set's articles (listed in
# <set>-files.txt, read from $(SHARED)), then compare it with <set>.jsonl. The figures go to
# eval/<set>.json, which the dataset card reports. dev = the gold development set; heldout,
# heldout2 and test = articles annotated independently for this project (eval/README.md).
eval: install
	@$(MAKE) --no-print-directory eval-set SET=dev SETGOLD=$(GOLD)
	@$(MAKE) --no-print-directory eval-set SET=heldout SETGOLD=eval
	@if [ -f eval/heldout2.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout2 SETGOLD=eval; fi
	@if [ -f eval/heldout3.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout3 SETGOLD=eval; fi
	@if [ -f eval/heldout4.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout4 SETGOLD=eval; fi
	@if [ -f eval/heldout5.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout5 SETGOLD=eval; fi
	@if [ -f eval/heldout6.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout6 SETGOLD=eval; fi
	@if [ -f eval/heldout7.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout7 SETGOLD=eval; fi
	@if [ -f eval/heldout8.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout8 SETGOLD=eval; fi
	@if [ -f eval/heldout9.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout9 SETGOLD=eval; fi
	@if [ -f eval/heldout10.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=heldout10 SETGOLD=eval; fi
	@if [ -f eval/test.jsonl ]; then $(MAKE) --no-print-directory eval-set SET=test SETGOLD=eval; fi

eval-set:
	@rm -rf .eval/$(SET) && mkdir -p .eval/$(SET)/corpus eval
	@while read -r f; do [ -n "$$f" ] && mkdir -p ".eval/$(SET)/corpus/$$(dirname $$f)" && cp "$(SHARED)/$$f" ".eval/$(SET)/corpus/$$f"; done < $(SETGOLD)/$(SET)-files.txt
	@$(VENV)/bin/goftar build .eval/$(SET)/corpus --dist .eval/$(SET)/dist --workers 1 > /dev/null
	@echo "== $(SET)"
	@$(VENV)/bin/goftar eval --gold $(SETGOLD) --set $(SET) --corpus $(SHARED) --release .eval/$(SET)/dist/v$(VERSION) --json eval/$(SET).json

bench: install
	$(PY) -m bench.speed --corpus $(SHARED)

# Time per KB of texts built to break regexes, against ordinary news (issue: no hang).
bench-adversarial: install
	$(PY) -m bench.adversarial

# make publish REPO=<org>/<name> [DRY_RUN=1]: verify dist/v<version>, upload it, tag it (token: HF_TOKEN)
publish: install
	@test -n "$(REPO)" || { echo "make publish: give the Hub repository: make publish REPO=<org>/<name>" >&2; exit 2; }
	$(VENV)/bin/goftar publish $(DIST)/v$(VERSION) --repo $(REPO) $(if $(DRY_RUN),--dry-run)

clean:
	rm -rf $(VENV) dist .pytest_cache
