"""The `orbitrig` command line: one module per command group, a thin table over the library.

``main`` holds the root group, the board commands and ``main()`` (the console script);
``config`` and ``log`` are lazily loaded groups (`orbitrig shot` is ``orbitrig.host.shots.cli``);
``tools`` is what the commands share; ``watch`` (`orbitrig monitor`'s view) and ``demo`` are
the bodies of two commands. Nothing here is imported by `orbitrig --help` beyond ``main``.
"""
