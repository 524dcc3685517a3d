"""orbitrig.host: the host library (Rig), the emulated board, flashing and the CLI."""
