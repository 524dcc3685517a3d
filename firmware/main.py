# main.py: launcher. boot.py chose the build and put it on sys.path; this starts it.
#
# It stays source and small: `orbitrig flash` replaces the build under it, not it. The HAL
# object is kept in the globals so that, after the REPL command has handed the port back,
# the host can keep the watchdog fed from the REPL while it flashes (host/deploy/flash.py).
import sys

_WDT_REPL_MS = 8000  # the watchdog cannot be stopped; at the REPL it gets the longest period


def _hal():
    if sys.platform == "rp2":
        import hal_rp2 as mod
    elif sys.platform == "esp32":
        import hal_esp32 as mod
    elif sys.platform == "qemu":
        import hal_mcu as mod
    else:
        import hal_sim as mod
    return mod.Hal()


def _frozen():
    # Firmware frozen into the image (the emulated MCU board's) runs when the flash has none.
    try:
        import orbitfw  # noqa: F401
    except ImportError:
        return False
    return True


def _main():
    g = globals()
    if g.get("ORBITRIG_SAFE_MODE"):
        return
    if "ORBITRIG_APP" in g and g["ORBITRIG_APP"] is None and not _frozen():
        print("main.py: no firmware on this board; flash one with `orbitrig flash`")
        return
    from orbitfw import loop

    hal = _hal()
    g["orbitrig_hal"] = hal
    loop.run(hal)
    # The REPL command ended the loop: the port is the REPL's now, the outputs are off.
    try:
        hal.wdt_start(_WDT_REPL_MS)
    except Exception:
        pass


_main()
