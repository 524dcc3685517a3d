# boot.py: chooses the build this board runs, and finishes or undoes an interrupted update.
#
# The flash (docs/flashing.md):
#   app/        the current build: compiled firmware, BUILD (its id) and READY
#   app.new/    a build that `orbitrig flash` is staging
#   app.old/    the previous build, kept until the current one is confirmed
#   app.trial   "<build id> <boots>" while app/ is on trial (not yet confirmed by the host)
#   BUILD       a copy of app/BUILD: the firmware reports the BUILD of its working directory
# A directory is a build only while it holds READY. The host writes READY last, once the
# board has checked the sha256 of every file, and deleting a build removes READY first, so
# a half-written or half-deleted tree never runs. Every step below is a rename or a delete
# that the next boot redoes if a power loss cuts it short.
#
# A board with no app/ but the firmware copied flat into its root (a source install) runs
# that. Safe mode: hold the safe-mode pin low through reset (Pico GP22, ESP32 GPIO23; the
# emulated board: `orbitrig emulate --safe-mode`) and boot.py changes nothing and main.py
# starts nothing, which leaves the REPL free for mpremote.
#
# boot.py and main.py run in the same globals: ORBITRIG_SAFE_MODE and ORBITRIG_APP (the
# build directory, "" for a flat install, None when there is none) tell main.py what to do.
import os
import sys


def _boot():
    # Returns (safe mode, build dir); the helpers stay out of the REPL's globals.
    def safe_mode():
        pin = {"rp2": 22, "esp32": 23}.get(sys.platform)
        if pin is None:
            getenv = getattr(os, "getenv", None)  # the emulated board's "pin"
            return getenv is not None and getenv("ORBITRIG_SAFE_MODE") == "1"
        from machine import Pin

        return Pin(pin, Pin.IN, Pin.PULL_UP).value() == 0

    def exists(path):
        try:
            os.stat(path)
            return True
        except OSError:
            return False

    def read(path):
        try:
            with open(path) as f:
                return f.read().strip()
        except OSError:
            return ""

    def write(path, text):
        # New content under a temporary name, then a rename: the old file or the new, never half.
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            f.write(text)
        try:
            os.rename(tmp, path)
        except OSError:  # FAT does not rename over an existing file
            os.remove(path)
            os.rename(tmp, path)

    def ready(d):
        return exists(d + "/READY")

    def rmtree(d):
        try:
            os.remove(d + "/READY")
        except OSError:
            pass
        for entry in os.ilistdir(d):
            path = d + "/" + entry[0]
            if entry[1] == 0x4000:
                rmtree(path)
            else:
                os.remove(path)
        os.rmdir(d)

    def switch():
        # app.new is verified: it becomes app, and app becomes app.old; the trial starts first so
        # that it covers every state from here on.
        write("app.trial", read("app.new/BUILD") + " 0")
        if exists("app"):
            if ready("app"):
                if exists("app.old"):
                    rmtree("app.old")
                os.rename("app", "app.old")
            else:
                rmtree("app")
        os.rename("app.new", "app")

    def trial():
        # Each boot of a build on trial counts; the host confirms it (deletes app.trial) once it
        # has answered HELLO with its id. A build that boots a second time unconfirmed goes back.
        parts = read("app.trial").split()
        build = read("app/BUILD")
        if len(parts) != 2 or parts[0] != build or not parts[1].isdigit():
            os.remove("app.trial")  # left over from an earlier switch or a rollback
            return
        if int(parts[1]) < 1:
            write("app.trial", build + " " + str(int(parts[1]) + 1))
            return
        print("boot.py: build %s was never confirmed; going back to the previous one" % build)
        if ready("app.old"):
            os.rename("app", "app.bad")
            os.rename("app.old", "app")
        elif exists("orbitfw"):
            os.rename("app", "app.bad")  # back to the flat install in the root
            if exists("BUILD"):
                os.remove("BUILD")
        os.remove("app.trial")
        if exists("app.bad"):
            rmtree("app.bad")

    def settle():
        if ready("app.new"):
            switch()
        if not ready("app"):
            if exists("app"):
                rmtree("app")  # a deletion that a power loss cut short
            if ready("app.old"):
                os.rename("app.old", "app")  # a rollback that a power loss cut short
        if exists("app.bad"):
            rmtree("app.bad")
        if exists("app.trial"):
            trial()
        if ready("app"):
            build = read("app/BUILD")
            if read("BUILD") != build:
                write("BUILD", build)
            sync = getattr(os, "sync", None)
            if sync is not None:
                sync()

    def choose():
        if ready("app"):
            here = os.getcwd()
            path = (here if here != "/" else "") + "/app"
            while "" in sys.path:
                sys.path.remove("")  # a build imports only its own modules
            sys.path.insert(0, path)
            return path
        if exists("orbitfw"):
            return ""
        return None

    try:
        safe = safe_mode()
    except Exception:
        safe = False
    if safe:
        print("boot.py: safe mode: firmware not started, flash left as it is")
        return True, None
    try:
        settle()
    except Exception as e:  # a damaged filesystem must not stop the board from booting
        print("boot.py: could not settle the flash:", repr(e))
    return False, choose()


ORBITRIG_SAFE_MODE, ORBITRIG_APP = _boot()
del _boot
