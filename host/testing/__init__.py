"""Test support: the pytest plugin that gives a test its board (``pytest_plugin``, the
``--board`` option) and the firmware's static checks (``static_checks``, `make static`)."""
