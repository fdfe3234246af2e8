# conflictmap — `make run` and `make test` are the whole quick start.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Geoparsing benchmark corpora (GWN.xml, lgl.xml, ... of Gritta et al.; not shipped): files or a folder.
CORPORA ?= $(CONFLICTMAP_BENCH_CORPORA)

.PHONY: run serve test bench lint index assets notebooks clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# Gazetteer index and the map's JavaScript/CSS assets are built once, offline afterwards.
index: $(STAMP)
	$(BIN)/conflictmap index build --quiet

assets: $(STAMP)
	$(BIN)/python -m app.map.assets --quiet

run: index assets
	$(BIN)/conflictmap serve --host $(HOST) --port $(PORT)

test: index assets
	$(BIN)/python -m pytest -q -p no:randomly

bench: index
	$(BIN)/python -m pytest tests/benchmarks tests/benchmarks/bench_map.py tests/benchmarks/bench_hostile.py tests/benchmarks/bench_fair_share.py -q -s --benchmark-enable --benchmark-columns=min,median,mean,max,ops
	$(BIN)/python tests/benchmarks/bench_geoparsing.py $(CORPORA)
	@echo "OGC items under wrk beside tipg and pygeoapi (8 and 64 connections): $(BIN)/python tests/benchmarks/bench_ogc_wrk.py --workers 2 (needs wrk; README: Latency under load)"

# Runs the notebooks top to bottom, offline, and writes their outputs in place (they are committed with them).
notebooks: index
	$(BIN)/python -m notebooks.run

lint: $(STAMP)
	$(BIN)/ruff check app tests
	$(BIN)/ruff format --check app tests

clean:
	rm -rf data/index .pytest_cache .benchmarks
