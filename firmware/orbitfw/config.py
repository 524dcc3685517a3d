# config.py: the board's axis configuration: defaults, validation, and atomic storage.
#
# Values live in flat lists indexed by axis, one per key, so the rest of the firmware reads
# them without dict lookups. The file on flash is JSON, written to a temporary file and
# renamed over the old one, so a power cut leaves either the old or the new file. A file
# that does not parse or validate brings the board up on safe defaults with a fault flag:
# never a crash.
import json
import os

from micropython import const

from orbitfw import wire
from orbitfw.motion import AMAX_LIMIT, JMAX_LIMIT, POS_LIMIT, VMAX_LIMIT

# The rig's axes, the same on every board: the emulated one (hal_sim) and the real ones
# (hal_board) both report this table from Hal.axes(), and it gives the defaults below.
# name, kind, unit, min, max, vmax, amax (positions in 0.001 unit), cal_lo, cal_hi:
# servos: pulse width in us at min and at max; steppers: steps per unit, 0.
# slider: GT2 belt, 20-tooth pulley, 200 steps x 16 microsteps = 80 steps/mm.
# focus: 2 mm lead screw, 200 steps x 8 microsteps = 800 steps/mm.
AXES = (
    ("pan", wire.AXIS_SERVO, wire.UNIT_DEG, -170000, 170000, 180000, 720000, 500, 2500),
    ("tilt", wire.AXIS_SERVO, wire.UNIT_DEG, -90000, 90000, 120000, 480000, 500, 2500),
    ("roll", wire.AXIS_SERVO, wire.UNIT_DEG, -45000, 45000, 90000, 360000, 500, 2500),
    ("slider", wire.AXIS_STEPPER, wire.UNIT_MM, 0, 1000000, 250000, 500000, 80, 0),
    ("focus", wire.AXIS_STEPPER, wire.UNIT_MM, 0, 20000, 20000, 80000, 800, 0),
)

FILE = "config.json"
_TMP = "config.tmp"
_MAX_BYTES = const(4096)  # the file this module writes is ~1 KB: a far bigger one is not ours

# per-axis keys: name in the file, wire key
AXIS_KEYS = (
    ("min", wire.CFG_MIN),
    ("max", wire.CFG_MAX),
    ("vmax", wire.CFG_VMAX),
    ("amax", wire.CFG_AMAX),
    ("jmax", wire.CFG_JMAX),
    ("home", wire.CFG_HOME),
    ("invert", wire.CFG_INVERT),
    ("cal_lo", wire.CFG_CAL_LO),
    ("cal_hi", wire.CFG_CAL_HI),
    ("estop_hold", wire.CFG_ESTOP_HOLD),
)
BOARD_KEYS = (
    ("link_timeout_ms", wire.CFG_LINK_TIMEOUT),
    ("jog_timeout_ms", wire.CFG_JOG_TIMEOUT),
    ("require_home", wire.CFG_REQUIRE_HOME),
)

_SERVO_POS = 180_000  # a servo turns at most half a turn each way
NAME_MAX = 16
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."
STAGE_MAX = 64  # settings one all-or-nothing change may hold (5 axes x 10 keys + 3 board keys fit)


class ConfigError(Exception):
    # args: (reason,) naming the field and its allowed range
    pass


def _range(kind, key):
    # The allowed range of a key, by axis kind. Servo calibration is a pulse width in us;
    # stepper calibration is steps per unit.
    if key == wire.CFG_MIN or key == wire.CFG_MAX or key == wire.CFG_HOME:
        return (-_SERVO_POS, _SERVO_POS) if kind == wire.AXIS_SERVO else (-POS_LIMIT, POS_LIMIT)
    if key == wire.CFG_VMAX:
        return 1, VMAX_LIMIT
    if key == wire.CFG_AMAX:
        return 1, AMAX_LIMIT
    if key == wire.CFG_JMAX:
        return 1, JMAX_LIMIT
    if key == wire.CFG_INVERT or key == wire.CFG_ESTOP_HOLD:
        return 0, 1
    if key == wire.CFG_CAL_LO or key == wire.CFG_CAL_HI:
        if kind == wire.AXIS_SERVO:
            return 400, 2600
        return (1, 100_000) if key == wire.CFG_CAL_LO else (0, 0)
    if key == wire.CFG_LINK_TIMEOUT:
        return 50, 10_000
    if key == wire.CFG_JOG_TIMEOUT:
        return 50, 5_000
    if key == wire.CFG_REQUIRE_HOME:
        return 0, 1
    return None


def _read(path):
    # At most one byte past the limit, so a huge file costs no more heap than a big one.
    with open(path, "rb") as f:
        return f.read(_MAX_BYTES + 1)


def _parse(data):
    if len(data) > _MAX_BYTES:
        raise ConfigError("config file over %d bytes" % _MAX_BYTES)
    text = data.decode()
    if "\x00" in text:
        # MicroPython's parser stops at a NUL: valid JSON with garbage after one would pass
        raise ConfigError("config file holds a NUL byte")
    return json.loads(text)


def _only(d, known, where):
    for k in d:
        if k not in known:
            raise ConfigError("unknown key %s in %s" % (k, where))


class Config:
    def __init__(self, axes):
        # axes: the HAL's table: (name, kind, unit, min, max, vmax, amax)
        self.names = [a[0] for a in axes]
        self.kinds = [a[1] for a in axes]
        self.units = [a[2] for a in axes]
        self.n = len(axes)
        self._hw = axes
        self.vals = {}  # wire key -> list by axis
        self.board = {}  # wire key -> value
        self.name = ""  # the rig's name, so that a host can refuse the wrong rig
        self.stage = []  # (axis, key, value) held for CONFIG_APPLY
        self.defaults()
        self.fault = False  # the stored file was unusable: running on defaults

    def defaults(self):
        axes = self._hw
        servo = [a[1] == wire.AXIS_SERVO for a in axes]
        self.vals = {
            wire.CFG_MIN: [a[3] for a in axes],
            wire.CFG_MAX: [a[4] for a in axes],
            wire.CFG_VMAX: [a[5] for a in axes],
            wire.CFG_AMAX: [a[6] for a in axes],
            wire.CFG_JMAX: [a[6] * 8 for a in axes],
            wire.CFG_HOME: [0 if s else a[3] for s, a in zip(servo, axes)],
            wire.CFG_INVERT: [0] * self.n,
            wire.CFG_CAL_LO: [a[7] for a in axes],
            wire.CFG_CAL_HI: [a[8] for a in axes],
            wire.CFG_ESTOP_HOLD: [1 if s else 0 for s in servo],
        }
        self.board = {
            wire.CFG_LINK_TIMEOUT: 250,
            wire.CFG_JOG_TIMEOUT: 200,
            wire.CFG_REQUIRE_HOME: 1,
        }

    # --- access -------------------------------------------------------------------------
    def label(self, axis, key):
        if axis == wire.BOARD_AXIS:
            for name, k in BOARD_KEYS:
                if k == key:
                    return "board." + name
        elif axis < self.n:
            for name, k in AXIS_KEYS:
                if k == key:
                    return self.names[axis] + "." + name
        return "axis %d key %d" % (axis, key)

    def get(self, axis, key):
        # -> (value, lo, hi); ConfigError for an unknown axis or key
        if axis == wire.BOARD_AXIS:
            if key not in self.board:
                raise ConfigError("no board setting %d" % key)
            lo, hi = _range(0, key)
            return self.board[key], lo, hi
        if axis >= self.n:
            raise ConfigError("no axis %d (board has %d)" % (axis, self.n))
        if key not in self.vals:
            raise ConfigError("no axis setting %d" % key)
        lo, hi = _range(self.kinds[axis], key)
        return self.vals[key][axis], lo, hi

    def check(self, axis, key, value, partners=True):
        # Validate one value against its range and (with ``partners``) the axis's other limits;
        # ConfigError names them.
        if not isinstance(value, int):
            raise ConfigError("%s is not an integer" % self.label(axis, key))
        _, lo, hi = self.get(axis, key)
        if not lo <= value <= hi:
            raise ConfigError("%s %d outside %d..%d" % (self.label(axis, key), value, lo, hi))
        if axis == wire.BOARD_AXIS or not partners:
            return
        vmin = self.vals[wire.CFG_MIN][axis]
        vmax = self.vals[wire.CFG_MAX][axis]
        home = self.vals[wire.CFG_HOME][axis]
        if key == wire.CFG_MIN:
            vmin = value
        elif key == wire.CFG_MAX:
            vmax = value
        elif key == wire.CFG_HOME:
            home = value
        name = self.names[axis]
        if vmin >= vmax:
            raise ConfigError("%s.min %d must be below %s.max %d" % (name, vmin, name, vmax))
        if not vmin <= home <= vmax:
            raise ConfigError("%s.home %d outside %s.min..max %d..%d" % (name, home, name, vmin, vmax))

    def set(self, axis, key, value, partners=True):
        self.check(axis, key, value, partners)
        if axis == wire.BOARD_AXIS:
            self.board[key] = value
        else:
            self.vals[key][axis] = value

    def check_name(self, name):
        if len(name) > NAME_MAX:
            raise ConfigError("rig name is %d characters: at most %d" % (len(name), NAME_MAX))
        for c in name:
            if c not in _NAME_CHARS:
                raise ConfigError("rig name: %r not allowed (letters, digits, - _ .)" % c)

    # --- all-or-nothing changes -----------------------------------------------------------
    def stage_add(self, axis, key, value):
        # Each value against its own range now; the set as a whole at stage_check().
        if len(self.stage) >= STAGE_MAX:
            raise ConfigError("more than %d settings in one change" % STAGE_MAX)
        self.check(axis, key, value, False)
        self.stage.append((axis, key, value))

    def stage_check(self, pos):
        # Would the staged values, all together, make a valid configuration with every axis
        # (at ``pos``) inside its limits? ConfigError names the first problem; nothing changes.
        vmin = list(self.vals[wire.CFG_MIN])
        vmax = list(self.vals[wire.CFG_MAX])
        home = list(self.vals[wire.CFG_HOME])
        for axis, key, value in self.stage:
            if axis == wire.BOARD_AXIS:
                continue
            if key == wire.CFG_MIN:
                vmin[axis] = value
            elif key == wire.CFG_MAX:
                vmax[axis] = value
            elif key == wire.CFG_HOME:
                home[axis] = value
        for i in range(self.n):
            name = self.names[i]
            if vmin[i] >= vmax[i]:
                raise ConfigError("%s.min %d must be below %s.max %d" % (name, vmin[i], name, vmax[i]))
            if not vmin[i] <= home[i] <= vmax[i]:
                raise ConfigError("%s.home %d outside %s.min..max %d..%d" % (name, home[i], name, vmin[i], vmax[i]))
            if not vmin[i] <= pos[i] <= vmax[i]:
                raise ConfigError("%s.min..max %d..%d excludes the axis at %d" % (name, vmin[i], vmax[i], pos[i]))

    def stage_apply(self):
        for axis, key, value in self.stage:
            if axis == wire.BOARD_AXIS:
                self.board[key] = value
            else:
                self.vals[key][axis] = value
        self.stage = []

    def axis_table(self):
        # (name, kind, unit, lo, hi, vmax, amax, jmax) per axis, for the motion core
        v = self.vals
        return [
            (
                self.names[i],
                self.kinds[i],
                self.units[i],
                v[wire.CFG_MIN][i],
                v[wire.CFG_MAX][i],
                v[wire.CFG_VMAX][i],
                v[wire.CFG_AMAX][i],
                v[wire.CFG_JMAX][i],
            )
            for i in range(self.n)
        ]

    # --- storage ------------------------------------------------------------------------
    def to_json(self):
        axes = {}
        for i in range(self.n):
            axes[self.names[i]] = {name: self.vals[k][i] for name, k in AXIS_KEYS}
        board = {name: self.board[k] for name, k in BOARD_KEYS}
        return json.dumps({"version": 1, "axes": axes, "board": board, "name": self.name})

    def load(self):
        # Read the stored file. Returns True if it was used; on any problem, keeps the
        # defaults, sets ``fault`` and returns False. Whatever the file holds (bytes that are
        # not UTF-8, nesting that exhausts the heap, a size that does), the board boots.
        try:
            data = _read(FILE)
        except OSError:
            data = self._recover_tmp()
            if data is None:
                return True  # nothing stored yet: defaults are the configuration
        try:
            self._apply(_parse(data))
        except Exception:  # MemoryError and UnicodeError too: a bad file must never stop the boot
            self.defaults()
            self.fault = True
            return False
        return True

    def _recover_tmp(self):
        # A power cut between removing the old file and renaming the new one leaves only
        # the temporary file, already complete (it is renamed only after it is written).
        try:
            data = _read(_TMP)
            os.rename(_TMP, FILE)
            return data
        except OSError:
            return None

    def _apply(self, doc):
        # Every value is range-checked; then each axis is checked as a whole, so the order
        # of keys in the file does not matter. Anything this module would not have written
        # (another type, a key it does not know) is refused, not skipped.
        if not isinstance(doc, dict) or doc.get("version") != 1:
            raise ConfigError("unknown config version")
        _only(doc, ("version", "axes", "board", "name"), "top level")
        axes = doc["axes"]
        if not isinstance(axes, dict):
            raise ConfigError("axes is not an object")
        _only(axes, self.names, "axes")
        for i in range(self.n):
            entry = axes[self.names[i]]
            if not isinstance(entry, dict):
                raise ConfigError("%s is not an object" % self.names[i])
            _only(entry, [k[0] for k in AXIS_KEYS], self.names[i])
            for name, key in AXIS_KEYS:
                if name in entry:
                    self.set(i, key, entry[name], False)
        board = doc.get("board", {})
        if not isinstance(board, dict):
            raise ConfigError("board is not an object")
        _only(board, [k[0] for k in BOARD_KEYS], "board")
        for name, key in BOARD_KEYS:
            if name in board:
                self.set(wire.BOARD_AXIS, key, board[name], False)
        for i in range(self.n):
            self.check(i, wire.CFG_MIN, self.vals[wire.CFG_MIN][i])
        name = doc.get("name", "")
        if not isinstance(name, str):
            raise ConfigError("rig name is not text")
        self.check_name(name)
        self.name = name

    def save(self):
        # Atomic: write the whole file under a temporary name, then rename it over the old.
        text = self.to_json()
        with open(_TMP, "w") as f:
            f.write(text)
        try:
            os.rename(_TMP, FILE)
        except OSError:
            # some filesystems (FAT) refuse to rename over an existing file
            os.remove(FILE)
            os.rename(_TMP, FILE)
