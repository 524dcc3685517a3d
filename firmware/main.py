# main.py: boot entry. Picks this board's HAL and runs the control loop.
import sys


def _hal():
    if sys.platform == "rp2":
        import hal_rp2 as mod
    elif sys.platform == "esp32":
        import hal_esp32 as mod
    else:
        import hal_sim as mod
    return mod.Hal()


from orbitfw import loop  # noqa: E402

loop.run(_hal())
