# config_harness.py: loads the firmware's stored configuration (orbitfw.config) on the
# MicroPython unix port, for tests/test_config.py. cwd is the board's flash.
# stdin: one JSON object per line: {"op": "load"} reads config.json (or config.tmp) as a
# booting board does. stdout: {"used": bool, "fault": bool, "defaults": bool, "vals": ...}.
import json
import sys

sys.path.insert(0, sys.argv[1])  # the firmware dir

from orbitfw.config import AXES, Config  # noqa: E402


def main():
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        json.loads(line)
        c = Config(AXES)
        d = Config(AXES)
        try:
            used = c.load()
            rep = {
                "used": used,
                "fault": c.fault,
                "defaults": c.vals == d.vals and c.board == d.board,
                "vmax": c.vals[3][0],
                "link_timeout": c.board[32],
            }
        except Exception as e:  # the test wants to see it, by name
            rep = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(rep) + "\n")


main()
