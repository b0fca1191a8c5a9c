# Limner — every target installs what it needs into .venv first.
#   make serve   start the API (SQLite + files under .limner/)
#   make test    install test dependencies, lint, and run every test
#   make bench   performance ratios against baselines measured in the same run
#                (one section: make bench BENCH_ARGS='--only banner'; see python -m bench --help)
#   make lint    ruff + mypy --strict on src/
#   make eval    the reasoner's accuracy per category (also a regression floor in make test)
#   make gallery render everyday prompts into docs/gallery/ (look at them after a drawing change)
#   make concepts rebuild the WordNet noun concepts (needs Debian's wordnet-base) and the i18n lexicons

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
DATA   ?= .limner
PYTEST_ARGS ?=
# Two workers; how files are shared between them (--dist loadfile, slow files first) is in pyproject.toml.
PYTEST_WORKERS ?= -n 2

RUNTIME_STAMP := $(VENV)/.runtime-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TEST_STAMP    := $(VENV)/.test-$(shell cat pyproject.toml sdk/python/pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: serve test bench lint format eval lexicon concepts clean system-deps gallery

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml sdk/python/pyproject.toml | $(BIN)/python
	bash scripts/system-deps.sh test
	$(BIN)/python -m pip install --quiet -e '.[test,diffusion]' -e sdk/python
	touch $@

serve: $(RUNTIME_STAMP)
	$(BIN)/limner serve --host $(HOST) --port $(PORT) --data-dir $(DATA)

# PYTHONDONTWRITEBYTECODE is emptied for the tests: they start many Python processes (servers,
# the CLI, workers), and each one compiled every module of src/ again when no bytecode could be cached.
test: lint
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(TEST_STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(TEST_STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

# Render the fixed list of everyday prompts into docs/gallery/ (PNGs, README.md, index.html).
gallery: $(RUNTIME_STAMP)
	$(BIN)/python -m bench.gallery --out docs/gallery

eval: $(TEST_STAMP)
	$(BIN)/python -m bench.eval --check

# Rebuild reason/lexicon/<lang>/generated.tsv from CLDR, simplemma, ICU and OpenCC (commit the result).
lexicon: $(TEST_STAMP)
	$(BIN)/python -m limner.reason.i18n.build_lexicon

# Rebuild reason/lexicon/concepts.tsv.xz and english_words.txt.xz from WordNet 3.0 (Debian's wordnet-base;
# commit the result),
# then the other languages' lexicons, whose CLDR names link to the English nouns.
concepts: $(TEST_STAMP)
	@test -f /usr/share/wordnet/data.noun || { echo "needs WordNet 3.0: apt-get install wordnet-base" >&2; exit 1; }
	$(BIN)/python -m limner.reason.concepts_build
	$(BIN)/python -m limner.reason.i18n.build_lexicon

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
