# policy-kg — quick start: `make demo`, then `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg

.PHONY: setup system-deps demo test lint bench pair-model clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

# Debian packages the browser and server tests drive: Chromium and Virtuoso.
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v virtuoso-t >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium virtuoso-opensource >/dev/null; \
	fi

demo: setup
	$(KG) add sources/
	$(KG) export --format turtle -o outputs/graph.ttl
	$(KG) viz -o outputs/graph.html
	$(KG) viz --view actors -o outputs/actors.html
	$(KG) viz --view commitments -o outputs/commitments.html
	@echo
	@echo "== Who adopts, implements or supports which plans (kg query --name plans-by-actor)"
	$(KG) query --name plans-by-actor
	@echo
	@echo "== Who partners with whom (kg query --name partners)"
	$(KG) query --name partners
	@echo
	@echo "Pages: outputs/graph.html outputs/actors.html outputs/commitments.html; graph: outputs/graph.ttl"

test: setup system-deps
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check kg tests bench tools
	$(VENV)/bin/mypy

bench: setup
	$(PY) -m bench.bench_extract
	$(PY) -m bench.bench_views
	$(PY) -m bench.bench_ingest
	$(PY) -m bench.bench_query
	$(PY) -m bench.bench_servers

# Train the pair model the extractor ships (kg/extract/data/pair_model.json) on gold sets:
# make pair-model PAIR_GOLD="../shared/eval eval eval/round2 ..." (sets outside the repository too).
PAIR_GOLD ?= ../shared/eval eval eval/round2 eval/round3 eval/round4 eval/round5
PAIR_THRESHOLD ?= 0.8
pair-model: setup
	$(PY) -m kg.extract.pair_training $(PAIR_GOLD) --threshold $(PAIR_THRESHOLD) --out kg/extract/data/pair_model.json

clean:
	rm -rf .kg outputs/*.html outputs/*.ttl
