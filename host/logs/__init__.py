"""Session logs: every frame a Rig sends and receives, written as it goes and read back.

``session`` holds the format, the writer, the reader and the decoder; `orbitrig log` is its
command (``orbitrig.host.cli.log``).
"""
