"""Deploy: the firmware's files for each board, its compiled builds, and `orbitrig flash`.

``firmware`` (where the firmware lives, which files a board gets), ``build`` (mpy-cross and
build ids) and ``flash`` (the session that puts a build on a board and switches to it).
"""
