# orbitrig: `make demo` runs the main job on an emulated board; `make test` runs every check.
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: demo test lint static unit hil hil-mcu mcu-tools mcu-image bench gen check-gen clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "error: $(PY) not found; install Python 3.11 or run make PY=/path/to/python3.11"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

demo: $(STAMP)
	$(BIN)/orbitrig demo

test: lint static mcu-image unit hil hil-mcu

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check protocol host tests hil_tests

static: $(STAMP)
	$(BIN)/python -m orbitrig.protocol.codegen --check
	$(BIN)/python -m orbitrig.protocol.spec --check
	$(BIN)/python -m orbitrig.host.static_checks

unit: $(STAMP)
	$(BIN)/pytest -q tests $(PYTEST_ARGS)

hil: $(STAMP)
	$(BIN)/pytest -q hil_tests --board emulated $(PYTEST_ARGS)

# The emulated microcontroller (docs/mcu.md): Debian's cross compiler, newlib and QEMU, installed
# here when missing and we are root (CI); a user without root gets one line saying what to
# install, and the MCU tests report themselves skipped with it (under CI=true that fails).
mcu-tools: $(STAMP)
	@missing="$$($(BIN)/python -m orbitrig.host.boards.mcu_build --missing)"; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing $$missing for the MCU board"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# The image is cached by a hash of its sources (build/mcu/images): an unchanged tree is not rebuilt.
mcu-image: mcu-tools
	$(BIN)/python -m orbitrig.host.boards.mcu_build --if-tools

hil-mcu: mcu-image
	$(BIN)/pytest -q hil_tests --board mcu $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/orbitrig bench

gen: $(STAMP)
	$(BIN)/python -m orbitrig.protocol.codegen
	$(BIN)/python -m orbitrig.protocol.spec

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
