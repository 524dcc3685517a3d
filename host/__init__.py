"""The orbitrig host: the library a script imports (Rig, Link), and subpackages by role.

``rig``, ``link``, ``errors``, ``clock`` and ``rigname`` are the library; ``shots/``, ``logs/``,
``boards/``, ``deploy/``, ``server/``, ``cli/``, ``bench/`` and ``testing/`` hold the rest
(docs/code_overview.md maps them).
"""
