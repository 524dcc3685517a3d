# manifest.py: the one list of what the orbitrig firmware freezes into a MicroPython image.
#
# MicroPython's build runs this file (tools/makemanifest.py: FROZEN_MANIFEST=<this file>) and
# compiles each listed module into the image, where its bytecode runs from flash instead of the
# heap (docs/memory.md). Options, given by an including manifest or taken from the defaults:
#   hals   the HAL modules of the board, space separated (default: the emulated MCU board's)
#   boot   also freeze boot.py and main.py (default: yes)
#
# The emulated MCU board (firmware/ports/qemu) uses it as it is. On the board, boot.py and main.py
# on the flash win over the frozen copies, and a flashed build in app/ over the frozen modules,
# so `orbitrig flash` still updates a board that has the firmware frozen in.
#
# A Pico or an ESP32 image: put the firmware into the port's own board manifest, e.g. for
# ports/rp2/boards/RPI_PICO/manifest.py (and the same for ports/esp32 with hal_esp32.py):
#     include("$(PORT_DIR)/boards/manifest.py")
#     include("/path/to/orbitrig/firmware/manifest.py", hals="hal_board.py hal_rp2.py", boot=False)
# and build with the port's SDK as usual (make -C ports/rp2 BOARD=RPI_PICO). boot=False because
# those ports run a frozen boot.py or main.py in preference to the one on the flash, which would
# pin them to the image; copy boot.py and main.py onto the flash instead (`orbitrig flash` does).
#
# makemanifest.py runs this file with its functions in the globals.
_api = globals()
options, package, module = _api["options"], _api["package"], _api["module"]

options.defaults(hals="hal_mcu.py simmodel.py", boot=True)
package("orbitfw")
for _hal in options.hals.split():
    module(_hal)
if options.boot:
    module("boot.py")
    module("main.py")
