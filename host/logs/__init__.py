"""Session logs: every frame a Rig sends and receives, written as it goes and read back
(``session``: the format, the writer, the reader and the decoder; `orbitrig log` is its CLI)."""
