# hal_harness.py: the real firmware Board over a board HAL, tick by tick, for
# tests/test_board_hal.py: hal_rp2 or hal_esp32 over the fake hardware in tests/mp/fakehw (a
# rig model: carriages the step pulses move, homing switches that read them), or hal_sim.
# argv: the firmware dir, the HAL ("rp2", "esp32", "sim"), the fake hardware's dir.
# stdin, one JSON object per line:
#   {"carriage": {"3": steps}, "switch_at": {"3": steps}}   place the model's carriages/switches
#   {"frames": "hex", "ticks": n}   feed frames, handle them, run n ticks (and 5 ms of PIO each)
# stdout, one JSON object per line: the board's output (hex), state, flags, and the hardware:
#   per stepper axis the carriage (model), the step pulses seen, and the HAL's sent/target
#   counts (hal_sim: its carriage, in 0.001 unit)
import json
import sys

sys.path.insert(0, sys.argv[1])
NAME = sys.argv[2]
if NAME != "sim":
    sys.path.insert(0, sys.argv[3])  # machine, rp2, esp32
mod = __import__("hal_" + NAME)
from orbitfw.loop import Board  # noqa: E402

if NAME != "sim":
    import machine


class HarnessHal(mod.Hal):
    def __init__(self):
        super().__init__()
        self.inbox = b""
        self.out = bytearray()

    def link_open(self):
        pass

    def link_close(self):
        pass

    def link_read(self, buf):
        n = min(len(self.inbox), len(buf))
        buf[:n] = self.inbox[:n]
        self.inbox = self.inbox[n:]
        return n

    def link_write(self, buf, n):
        self.out.extend(buf[:n])

    def link_wait(self, ms):
        pass

    def wdt_start(self, ms):
        pass


def steppers():
    # (axis, step gpio, dir gpio) of the HAL's stepper table
    return [(r[0], r[1], r[2]) for r in mod._STEPPERS] if NAME != "sim" else []


def switch_of(axis):
    for a, g in mod._SWITCHES:
        if a == axis:
            return g
    return None


def hw(hal):
    out = {}
    if NAME == "sim":
        for i in range(hal.naxes):
            if not hal._servo[i]:
                out[str(i)] = {"carriage": hal._phys[i], "cmd": hal._cmd[i]}
        return out
    for j, (axis, step, _) in enumerate(steppers()):
        out[str(axis)] = {
            "carriage": machine.CARRIAGE.get(step, 0),
            "pulses": machine.PULSES.get(step, 0),
            "sent": hal._sent[j],
            "target": hal._target[j],
        }
    return out


def place(req):
    for axis, pos in req.get("carriage", {}).items():
        for a, step, _ in steppers():
            if a == int(axis):
                machine.CARRIAGE[step] = pos
    for axis, at in req.get("switch_at", {}).items():
        step = [s for a, s, _ in steppers() if a == int(axis)][0]
        gpio = switch_of(int(axis))

        def closed(step=step, at=at):
            return 0 if machine.CARRIAGE.get(step, 0) <= at else 1  # pulled up; closed = low

        machine.INPUTS[gpio] = closed


def main():
    hal = HarnessHal()
    if NAME != "sim":
        machine.ENABLE = hal._en.id
        for _, step, d in steppers():
            machine.DIR_OF[step] = d
    board = Board(hal)
    sms = []
    if NAME == "rp2":
        sms = hal._sms + getattr(hal, "_edge_sms", [])
    t = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        req = json.loads(line)
        hal.out = bytearray()
        try:
            place(req)
            hal.inbox = bytes.fromhex(req.get("frames", ""))
            while board.service() or hal.inbox:
                pass
            for _ in range(req.get("ticks", 0)):
                t = (t + 5000) & 0x3FFFFFFF
                board.tick(t)
                for sm in sms:
                    sm.run(5000)  # the 5 ms until the next tick
            rep = {"out": bytes(hal.out).hex(), "state": board.state, "flags": board.flags, "hw": hw(hal)}
        except Exception as e:
            sys.print_exception(e, sys.stderr)  # stdout carries the replies
            rep = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(rep) + "\n")


main()
