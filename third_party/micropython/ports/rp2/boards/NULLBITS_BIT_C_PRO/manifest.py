include("$(PORT_DIR)/boards/manifest.py")
module("board.py")
