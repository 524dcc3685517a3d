# codec_harness.py: runs under the MicroPython unix port and drives the firmware's own
# codec (orbitfw.wire, generated) and framing (orbitfw.link) for the CPython tests.
# Protocol: one JSON object per line on stdin, one JSON reply per line on stdout.
#   {"op": "decode", "hex": "..."}   wire bytes -> frames the firmware sees
#   {"op": "encode", "msg": "telemetry", "seq": 3, "fixed": [...], "items": [[...]] | "tail": "hex"}
import json
import sys

sys.path.insert(0, sys.argv[1])  # the firmware dir

from orbitfw import wire  # noqa: E402
from orbitfw.link import PAYLOAD, Link  # noqa: E402


class _Hal:
    # just enough HAL for Link: bytes in from a buffer, bytes out to a list
    def __init__(self):
        self.inbox = b""
        self.out = bytearray()

    def link_read(self, buf):
        n = len(self.inbox)
        if n > len(buf):
            n = len(buf)
        for i in range(n):
            buf[i] = self.inbox[i]
        self.inbox = self.inbox[n:]
        return n

    def link_write(self, buf, n):
        self.out.extend(buf[:n])


def _plain(v):
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex()}
    return v


def _arg(v):
    if isinstance(v, dict):
        return bytes.fromhex(v["b"])
    return v


ITEMS = {}  # message name -> item name of its array tail, sent by the host ("tails" op)


def _item_fn(prefix, name):
    # the pack_/unpack_ function for items of message ``name``, if it has an array tail
    item = ITEMS.get(name)
    if item is None:
        return None, None
    return getattr(wire, prefix + name + "_" + item), item


def decode(hal, link, data):
    hal.inbox = data
    frames = []
    while True:
        r = link.poll()
        if r == 0:
            break
        if r < 0:
            frames.append({"r": -1, "seq": link.seq})
            continue
        name = None
        for attr in dir(wire):
            if attr.startswith("MSG_") and getattr(wire, attr) == link.msg:
                name = attr[4:].lower()
        out = {"r": 1, "msg": link.msg, "seq": link.seq, "version": link.version, "plen": link.plen}
        fn = getattr(wire, "unpack_" + name, None) if name else None
        if fn is not None:
            fixed = fn(link.frame, PAYLOAD)
            out["fixed"] = [_plain(v) for v in fixed]
            size = getattr(wire, name.upper() + "_SIZE")
            item_fn, item = _item_fn("unpack_", name)
            if item_fn is not None:
                isize = getattr(wire, name.upper() + "_" + item.upper() + "_SIZE")
                out["items"] = [
                    [_plain(v) for v in item_fn(link.frame, PAYLOAD + size + k * isize)]
                    for k in range(fixed[-1])
                ]
        frames.append(out)
    return {"frames": frames, "rx_frames": link.rx_frames, "rx_bad": link.rx_bad}


def encode(hal, link, req):
    name = req["msg"]
    fixed = [_arg(v) for v in req["fixed"]]
    fn = getattr(wire, "pack_" + name)
    tx = link.tx
    if "tail" in req:
        end = fn(tx, PAYLOAD, *(fixed + [bytes.fromhex(req["tail"])]))
    elif "items" in req:
        items = req["items"]
        end = fn(tx, PAYLOAD, *(fixed + [len(items)]))
        item_fn, _ = _item_fn("pack_", name)
        for it in items:
            end = item_fn(tx, end, *[_arg(v) for v in it])
    else:
        end = fn(tx, PAYLOAD, *fixed)
    hal.out = bytearray()
    link.send(getattr(wire, "MSG_" + name.upper()), req["seq"], end - PAYLOAD)
    return {"hex": bytes(hal.out).hex()}


def main():
    hal = _Hal()
    link = Link(hal)
    while True:
        line = sys.stdin.readline()
        if not line:
            break
        req = json.loads(line)
        try:
            if req["op"] == "decode":
                rep = decode(hal, link, bytes.fromhex(req["hex"]))
            elif req["op"] == "encode":
                rep = encode(hal, link, req)
            elif req["op"] == "tails":
                ITEMS.update(req["items"])
                rep = {"ok": len(ITEMS)}
            elif req["op"] == "consts":
                rep = {"version": wire.PROTOCOL_VERSION, "schema": wire.SCHEMA_HASH}
            else:
                rep = {"error": "unknown op"}
        except Exception as e:
            rep = {"error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(rep))
        sys.stdout.write("\n")


main()
