"""Deploy: the firmware's files for each board (``firmware``), its compiled builds (``build``) and
``orbitrig flash`` (``flash``: the session that puts a build on a board and switches to it)."""
