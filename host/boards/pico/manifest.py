# manifest.py: what the orbitrig Pico image freezes: the stock rp2 image's modules, then the firmware.
include("$(PORT_DIR)/boards/manifest.py")
include("../../../firmware/manifest.py", hals="hal_board.py hal_rp2.py", boot=True)
