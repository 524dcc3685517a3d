"""The `orbitrig` command line: one module per command group, a thin table over the library.

``main`` holds the root group, the board commands and ``main()`` (the console script);
``config`` and ``log`` are groups loaded when used (`orbitrig shot` is ``orbitrig.host.shots.cli``);
``tools`` is what the commands share; ``watch`` (`orbitrig monitor`'s view) and ``demo`` are the
bodies of two commands. `orbitrig --help` imports ``main`` alone.
"""
