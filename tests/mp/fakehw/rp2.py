# rp2.py (fake, for tests/test_board_hal.py): asm_pio assembles a PIO program into a list of
# instructions, and StateMachine runs it, cycle for cycle, when the test calls run(cycles):
# the step pulses it sets move the rig model (machine.step), and `jmp pin` reads the pin live.
# It knows the instructions the firmware uses: pull, push, out, in_, mov, set, jmp, with
# delays; blocking pull and push stall the machine. A `jmp y_dec` onto itself (a delay loop)
# is run in one go.
import machine


class PIO:
    OUT_LOW = 2
    OUT_HIGH = 3
    IN_LOW = 0
    IN_HIGH = 1
    SHIFT_LEFT = 0
    SHIFT_RIGHT = 1


_M = 0xFFFFFFFF


class _Ins:
    def __init__(self, op, a=None, b=None):
        self.op = op
        self.a = a
        self.b = b
        self.delay = 0

    def __getitem__(self, d):
        self.delay = d
        return self


class _Asm:
    def __init__(self):
        self.prog = []
        self.labels = {}

    def names(self):
        prog = self.prog
        labels = self.labels

        def add(op, a=None, b=None):
            ins = _Ins(op, a, b)
            prog.append(ins)
            return ins

        def label(name):
            labels[name] = len(prog)

        def jmp(cond, target=None):
            if target is None:
                return add("jmp", None, cond)
            return add("jmp", cond, target)

        g = {
            "label": label,
            "jmp": jmp,
            "pull": lambda *a: add("pull"),
            "push": lambda *a: add("push"),
            "out": lambda d, n: add("out", d, n),
            "in_": lambda s, n: add("in", s, n),
            "mov": lambda d, s: add("mov", d, s),
            "set": lambda d, v: add("set", d, v),
            "nop": lambda: add("mov", "y", "y"),
            "wrap_target": lambda: None,
            "wrap": lambda: None,
        }
        for n in ("pins", "x", "y", "isr", "osr", "null", "pin", "not_x", "not_y", "x_dec", "y_dec"):
            g[n] = n
        return g


def asm_pio(**kw):
    def program(f):
        asm = _Asm()
        g = f.__globals__
        saved = dict(g)
        g.update(asm.names())
        try:
            f()
        finally:
            for k in asm.names():
                if k in saved:
                    g[k] = saved[k]
                else:
                    del g[k]
        for ins in asm.prog:
            if ins.op == "jmp":
                ins.b = asm.labels[ins.b]
        return asm.prog

    return program


class StateMachine:
    def __init__(self, id, prog, freq=0, set_base=None, out_base=None, jmp_pin=None, **kw):
        self.prog = prog
        self.set_gpio = set_base.id if set_base is not None else -1
        self.out_gpio = out_base.id if out_base is not None else -1
        self.jmp = jmp_pin
        if self.set_gpio >= 0 and self.out_gpio >= 0:
            machine.DIR_OF[self.set_gpio] = self.out_gpio
        self.tx = []
        self.rx = []
        self.pc = 0
        self.x = 0
        self.y = 0
        self.isr = 0
        self.osr = 0
        self.on = False
        self.late = 0  # cycles of a delay loop left over for the next run()

    def active(self, v=None):
        if v is not None:
            self.on = bool(v)
        return self.on

    def put(self, w):
        if len(self.tx) >= 4:
            raise RuntimeError("TX FIFO full: put() would block the board")
        self.tx.append(w & _M)

    def get(self):
        return self.rx.pop(0)

    def tx_fifo(self):
        return len(self.tx)

    def rx_fifo(self):
        return len(self.rx)

    def _src(self, s):
        if s == "x":
            return self.x
        if s == "y":
            return self.y
        if s == "isr":
            return self.isr
        if s == "osr":
            return self.osr
        if s == "null":
            return 0
        raise ValueError(s)

    def _dst(self, d, v):
        v &= _M
        if d == "x":
            self.x = v
        elif d == "y":
            self.y = v
        elif d == "isr":
            self.isr = v
        elif d == "pins":
            machine.LEVEL[self.out_gpio] = v & 1
        else:
            raise ValueError(d)

    def run(self, cycles):
        # Run `cycles` cycles of the program (the test's clock: 1 cycle = 1 us at 1 MHz).
        if not self.on:
            return
        prog = self.prog
        while cycles > 0:
            ins = prog[self.pc]
            op = ins.op
            nxt = self.pc + 1
            cost = 1 + ins.delay
            if op == "pull":
                if not self.tx:
                    return  # stalled until the CPU puts a word
                self.osr = self.tx.pop(0)
            elif op == "push":
                if len(self.rx) >= 4:
                    return  # stalled until the CPU reads
                self.rx.append(self.isr)
                self.isr = 0
            elif op == "out":
                n = ins.b
                v = self.osr & ((1 << n) - 1)
                self.osr >>= n
                self._dst(ins.a, v)
            elif op == "in":
                n = ins.b
                self.isr = ((self.isr << n) | (self._src(ins.a) & ((1 << n) - 1))) & _M
            elif op == "mov":
                self._dst(ins.a, self._src(ins.b))
            elif op == "set":
                g = self.set_gpio
                was = machine.LEVEL.get(g, 0)
                machine.LEVEL[g] = ins.b
                if ins.b and not was:
                    machine.step(g)
            elif op == "jmp":
                c = ins.a
                take = True
                if c == "pin":
                    take = self.jmp.value() == 1
                elif c == "not_y":
                    take = self.y == 0
                elif c == "not_x":
                    take = self.x == 0
                elif c == "y_dec" or c == "x_dec":
                    r = self.y if c == "y_dec" else self.x
                    if ins.b == self.pc and c == "y_dec":
                        # a delay loop: y + 1 cycles in one go (or what this run has left)
                        if r + 1 > cycles:
                            self.y = r - cycles
                            return
                        cost = r + 1
                        self.y = _M
                        take = False
                    else:
                        take = r != 0
                        r = (r - 1) & _M
                        if c == "y_dec":
                            self.y = r
                        else:
                            self.x = r
                if take:
                    nxt = ins.b
            cycles -= cost
            self.pc = nxt if nxt < len(prog) else 0
