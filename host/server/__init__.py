"""The rig server: one process owns a board; the CLI, scripts and the browser console are its clients.

Modules: ``registry`` (where running servers are found), ``owner`` (the thread that holds the
board's link), ``app`` (the aiohttp application: JSON over HTTP and a WebSocket, the console's
static files), ``remote`` (the WebSocket link a ``Rig`` uses through a server) and ``client``
(the quick HTTP calls the CLI makes for status and stop). docs/server.md describes the wire.
"""
