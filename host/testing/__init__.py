"""Test support: the pytest plugin that gives a test its board, and the firmware's static checks.

``pytest_plugin`` (the ``--board`` option, registered through the pytest11 entry point) and
``static_checks`` (`make static`: mpy-cross per arch, pyright per port).
"""
