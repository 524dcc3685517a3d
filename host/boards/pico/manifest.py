# manifest.py: what the orbitrig Pico image freezes: the stock rp2 image's modules, then the firmware.
#
# host/boards/pico_build.py builds ports/rp2 (board RPI_PICO) with this as FROZEN_MANIFEST and
# ORBITRIG_FIRMWARE set to the firmware/ tree. The firmware comes from its own manifest.py, the
# one the emulated MCU board freezes, with the Pico's HAL. boot.py and main.py are frozen too: a
# Pico fresh from BOOTSEL has nothing on its flash, and runs orbitrig from the image at once. A
# build `orbitrig flash` writes into the flash's app/ still takes over, as boot.py puts app/ first.
include("$(PORT_DIR)/boards/manifest.py")
include("$(ORBITRIG_FIRMWARE)/manifest.py", hals="hal_board.py hal_rp2.py", boot=True)
