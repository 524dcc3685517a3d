"""`orbitrig bench`: the figures, measured on emulated boards.

``run`` takes them all (link, codec, safety, homing, flashing, and the shots', server's and
boards' own benches, which live beside their code); ``board`` times the firmware's own code
inside the MicroPython VM.
"""
