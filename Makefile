# orbitrig: `make demo` runs the main job on an emulated board; `make test` runs every check.
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: demo test lint static unit hil hil-mcu mcu-tools mcu-image console-tools newest bench gen check-gen clean venv fuzz soak pico-tools picotool pico-image hil-pico hil-pico-subset

venv: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "error: $(PY) not found; install Python 3.11 or run make PY=/path/to/python3.11"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

demo: $(STAMP)
	$(BIN)/orbitrig demo

test: lint static mcu-image pico-image console-tools unit hil hil-mcu hil-pico-subset

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check protocol host tests hil_tests

static: $(STAMP)
	$(BIN)/python -m orbitrig.protocol.codegen --check
	$(BIN)/python -m orbitrig.protocol.spec --check
	$(BIN)/python -m orbitrig.host.testing.static_checks

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

# The emulated Raspberry Pi Pico (docs/pico.md): Debian's cmake, Arm cross compiler, newlib,
# build-essential and Node with npm, installed here when missing and we are root (CI); a user without
# root gets one line saying what to install, and the Pico's tests report themselves skipped with it
# (under CI=true that fails).
pico-tools: $(STAMP)
	@missing="$$($(BIN)/python -m orbitrig.host.boards.pico_build --missing)"; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing $$missing for the emulated Pico"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# picotool, then the RP2040 image with the firmware frozen in, each cached by a hash of its sources
# (build/pico/): an unchanged tree is not rebuilt. build/pico/firmware.uf2 is what a Pico takes in
# BOOTSEL mode. pico-image also installs the runner's npm packages (npm ci of its lock).
picotool: pico-tools
	$(BIN)/python -m orbitrig.host.boards.pico_build --if-tools --picotool

pico-image: pico-tools
	$(BIN)/python -m orbitrig.host.boards.pico_build --if-tools

# The whole HIL suite on the emulated Pico (about 0.4x real time), and the part of it `make test`
# runs: the Pico's own tests at its pins and as a board, without the slow flash over its USB
# (docs/pico.md).
hil-pico: pico-image
	$(BIN)/pytest -q hil_tests --board pico $(PYTEST_ARGS)

hil-pico-subset: pico-image
	$(BIN)/pytest -q hil_tests/test_pico_pins.py hil_tests/test_pico_board.py hil_tests/test_handshake.py --board pico \
		-k "not flash_over_usb" $(PYTEST_ARGS)

# The console's browser test (tests/test_console.py) drives Debian's chromium through chromium-driver:
# installed here when missing and we are root (CI); otherwise one line says what to install, and the
# test reports itself skipped (under CI=true it fails).
console-tools:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium chromium-driver for the console test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; \
	else echo "the console test needs chromium and chromium-driver: apt-get install chromium chromium-driver"; fi

# A second, smaller run on the newest Python we support (the main run uses $(PY), the oldest):
# the protocol, round trips, the rig server and the HIL handshake. Python 3.13 comes from PATH or
# pyenv (Debian 12 packages none); without one it is skipped in one line, and under CI=true it fails.
PY_NEWEST ?= python3.13
NEWEST_VENV := build/venv-newest
newest:
	@py=; for c in "$$(command -v $(PY_NEWEST))" $$(ls -d "$$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)"/versions/3.13*/bin/python3.13 2>/dev/null); do \
		if [ -n "$$c" ] && "$$c" -c 'import sys; assert sys.version_info[:2] == (3, 13)' 2>/dev/null; then py="$$c"; break; fi; \
	done; \
	if [ -z "$$py" ]; then \
		if [ "$${CI:-}" = true ]; then echo "error: no Python 3.13 on this machine (not on PATH, not in pyenv): the newest-Python run cannot run"; exit 1; fi; \
		echo "skipping the newest-Python run: no python3.13 (make newest PY_NEWEST=/path/to/python3.13)"; exit 0; \
	fi; \
	echo "newest Python: $$("$$py" --version)"; \
	if [ ! -x $(NEWEST_VENV)/bin/python ]; then "$$py" -m venv $(NEWEST_VENV) || exit 1; fi; \
	$(NEWEST_VENV)/bin/pip install --quiet --upgrade pip==25.3 && $(NEWEST_VENV)/bin/pip install --quiet -e '.[dev]' && \
	$(NEWEST_VENV)/bin/pytest -q tests/test_protocol.py tests/test_roundtrip.py tests/test_server.py hil_tests/test_handshake.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/orbitrig bench

# Fuzzing at the stated scale, fresh seeds every run (printed; a failure names its seed):
# 1,000,000 inputs through every decoder, 100,000 of them on the MicroPython VM, beside
# 10,000 random command sequences on the real firmware (the safety property), then the
# Hypothesis fuzz suite at ten times its `make test` size. `make test` runs the same code smaller.
fuzz: $(STAMP)
	@seed=$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '); \
	$(BIN)/python fuzz/volume.py --inputs 1000000 --vm-inputs 100000 & v=$$!; \
	ORBITRIG_PROPERTY_EXAMPLES=10000 $(BIN)/pytest -q -s -p no:cacheprovider tests/test_safety_property.py \
		-k random_commands --hypothesis-seed=$$seed; p=$$?; \
	wait $$v; v=$$?; \
	echo "safety property seed $$seed"; \
	test $$v = 0 -a $$p = 0
	ORBITRIG_FUZZ_SCALE=10 $(BIN)/pytest -q tests/test_fuzz.py -k "not atheris" $(PYTEST_ARGS)

# The noisy-link runs at the stated scale on an emulated board (each prints its counts):
# 100,000 commands through 1 % corruption + 0.2 % drops (lost, run twice, LINK_LOSS),
# 2,000 back-to-back moves on each of 5 fault seeds at the 250 ms watchdog, 100 connects at
# 2 % byte faults. About half an hour on two cores.
soak: $(STAMP)
	ORBITRIG_SOAK_COMMANDS=100000 ORBITRIG_NOISE_MOVES=2000 ORBITRIG_NOISE_SEEDS=1,2,3,4,5 \
	ORBITRIG_NOISE_CONNECTS=100 $(BIN)/pytest -q -s hil_tests/test_noise.py --board emulated $(PYTEST_ARGS)

gen: $(STAMP)
	$(BIN)/python -m orbitrig.protocol.codegen
	$(BIN)/python -m orbitrig.protocol.spec

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
