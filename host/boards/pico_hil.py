"""The HIL suite on the emulated Pico (``--board pico``): which tests cannot hold on it, and why.

The pytest plugin calls ``mark_items`` under ``--board pico``. The emulated Pico runs the real
RP2040 HAL, so it is tested as a real board is: tests that read the simulated HAL's trace
(``emulated_only``) skip, its own pin-level tests are hil_tests/test_pico_*.py. The tests named in
SKIPS cannot hold on this emulator; each says why.
"""

from __future__ import annotations

import pytest

# test node id (path::name, without parameters) -> why it cannot hold on the emulated Pico
SKIPS: dict[str, str] = {}


def mark_items(items: list[pytest.Item]) -> None:
    """Skip, with their reasons, the tests that cannot run on the emulated Pico."""
    for item in items:
        if "emulated_only" in item.keywords:
            item.add_marker(
                pytest.mark.skip(
                    reason="reads the simulated HAL's trace; the emulated Pico's trace is its pins "
                    "(hil_tests/test_pico_*.py)"
                )
            )
        elif "hardware_only" in item.keywords:
            item.add_marker(pytest.mark.skip(reason="needs a real board (--board PORT)"))
        why = SKIPS.get(item.nodeid.split("[", 1)[0])
        if why is not None:
            item.add_marker(pytest.mark.skip(reason=f"emulated Pico: {why}"))
