"""Regenerate tests/vectors/frames.json. Run ONLY for a deliberate wire-format change
(and note it in CHANGES.md): the vectors exist to catch accidental ones.

    .venv/bin/python tests/vectors/regen.py
"""

from __future__ import annotations

import json
from pathlib import Path

from orbitrig.protocol import SCHEMA_HASH, framing
from orbitrig.protocol.messages import PAYLOADS, Msg

AXES = [
    {"name": "pan", "kind": 0, "unit": 0, "min": -170000, "max": 170000, "vmax": 180000},
    {"name": "slider", "kind": 1, "unit": 1, "min": 0, "max": 1000000, "vmax": 250000},
]

# (name, msg, seq, fields): chosen to cover zeros (COBS), negatives, every tail kind, and a
# frame longer than one 254-byte COBS block.
CASES = [
    (
        "hello",
        Msg.HELLO,
        1,
        {"host_version": 1, "host_schema": 0x9A932722, "session": 0x0BADF00D, "flags": 1},
    ),
    (
        "identify",
        Msg.IDENTIFY,
        1,
        {
            "version": 1,
            "schema": 0x12345678,
            "rx_window": 4,
            "board": 0,
            "reset_cause": 2,
            "tick_hz": 200,
            "boot_id": 0xBEEF,
            "rx_next": 3,
            "ev_next": 17,
            "build_id": "a1b2c3d4e5f6+g0badc0d",
            "axes": AXES,
        },
    ),
    (
        "identify_16_axes",
        Msg.IDENTIFY,
        15,
        {
            "version": 1,
            "schema": 0xFFFFFFFF,
            "rx_window": 8,
            "board": 1,
            "reset_cause": 0,
            "tick_hz": 1000,
            "boot_id": 0,
            "rx_next": 0,
            "ev_next": 0,
            "build_id": "x" * 32,
            "axes": [dict(AXES[i % 2], name=f"ax{i}") for i in range(16)],
        },
    ),
    ("ack", Msg.ACK, 2, {"seq": 2, "result": 7}),
    ("nack_limit", Msg.NACK, 3, {"seq": 3, "code": 6, "reason": "pan target 200.000 above max 170.000"}),
    ("nack_empty_reason", Msg.NACK, 0, {"seq": 0, "code": 1, "reason": ""}),
    ("nack_cancelled", Msg.NACK, 9, {"seq": 9, "code": 12, "reason": "cancelled by a later STOP"}),
    ("ping", Msg.PING, 4, {"token": 0xDEADBEEF}),
    ("ping_zero", Msg.PING, 0, {"token": 0}),
    ("pong", Msg.PONG, 4, {"token": 0xDEADBEEF, "t_us": 0x3FFFFFFF}),
    ("get_status", Msg.GET_STATUS, 5, {}),
    ("event_motion_done", Msg.EVENT, 12, {"evseq": 4, "kind": 1, "t_us": 5000, "a": 3, "b": 0}),
    ("event_state", Msg.EVENT, 13, {"evseq": 65535, "kind": 2, "t_us": 0, "a": 3, "b": 2}),
    ("get_events", Msg.GET_EVENTS, 14, {"from_seq": 2}),
    ("get_axis", Msg.GET_AXIS, 3, {"axis": 4}),
    ("axis", Msg.AXIS, 3, dict(AXES[1], axis=4, count=5)),
    ("event_dropped", Msg.EVENT, 6, {"evseq": 7, "kind": 1, "t_us": 5000, "a": 9, "b": 6}),
    (
        "status",
        Msg.STATUS,
        5,
        {
            "state": 3,
            "flags": 0,
            "t_us": 123456789,
            "rx_frames": 1000,
            "rx_bad": 2,
            "tx_frames": 999,
            "telemetry_hz": 50,
            "motion_id": 65535,
            "executed": 998,
            "rx_dup": 3,
            "ev_next": 65535,
            "axes": [{"pos": -1, "target": 0}, {"pos": 500000, "target": 1000000}],
        },
    ),
    ("set_telemetry", Msg.SET_TELEMETRY, 6, {"rate_hz": 50}),
    (
        "telemetry",
        Msg.TELEMETRY,
        7,
        {
            "t_us": 1073741823,
            "tseq": 65535,
            "state": 2,
            "flags": 0,
            "ev_next": 4,
            "axes": [
                {"pos": 30000, "vel": -180000},
                {"pos": 0, "vel": 0},
                {"pos": -45000, "vel": 1},
                {"pos": 1000000, "vel": 250000},
                {"pos": 20000, "vel": -20000},
            ],
        },
    ),
    ("arm", Msg.ARM, 8, {}),
    ("disarm", Msg.DISARM, 9, {}),
    (
        "move_to",
        Msg.MOVE_TO,
        10,
        {
            "duration_ms": 2500,
            "speed_permille": 1000,
            "targets": [{"axis": 0, "pos": 30000}, {"axis": 1, "pos": -10000}, {"axis": 3, "pos": 250000}],
        },
    ),
    ("stop", Msg.STOP, 11, {}),
    ("estop", Msg.ESTOP, 12, {}),
    ("clear", Msg.CLEAR, 13, {}),
    ("jog", Msg.JOG, 14, {"axis": 0, "vel": -45000, "jog_id": 65535, "timeout_ms": 200}),
    ("jog_end", Msg.JOG_END, 15, {"jog_id": 1}),
    ("home", Msg.HOME, 0, {"axes": 0x18}),
    ("get_config", Msg.GET_CONFIG, 1, {"axis": 255, "key": 32}),
    ("config", Msg.CONFIG, 1, {"axis": 0, "key": 3, "value": 180000, "lo": 1, "hi": 2000000}),
    ("set_config", Msg.SET_CONFIG, 2, {"axis": 3, "key": 1, "value": -5000}),
    ("get_name", Msg.GET_NAME, 4, {}),
    ("name", Msg.NAME, 4, {"name": "A-cam"}),
    ("set_name", Msg.SET_NAME, 5, {"name": "B_cam.2"}),
    (
        "config_stage",
        Msg.CONFIG_STAGE,
        6,
        {
            "begin": 1,
            "items": [{"axis": 0, "key": 6, "value": 120000}, {"axis": 255, "key": 32, "value": 500}],
        },
    ),
    ("config_apply", Msg.CONFIG_APPLY, 7, {"count": 2}),
    ("repl", Msg.REPL, 3, {}),
    (
        "shot_load",
        Msg.SHOT_LOAD,
        4,
        {"shot_id": 0xBEEF, "words": 1290, "ticks": 24000, "crc": 0xCBF43926, "flags": 1},
    ),
    (
        "shot_data",
        Msg.SHOT_DATA,
        5,
        {"offset": 125, "words": [{"w": 0}, {"w": -1}, {"w": 0x7FFFFFFF}, {"w": -(1 << 31)}, {"w": 3}]},
    ),
    (
        "shot_data_full",
        Msg.SHOT_DATA,
        6,
        {"offset": 0, "words": [{"w": i * 0x01010101 - 7} for i in range(125)]},
    ),
    ("shot_commit", Msg.SHOT_COMMIT, 7, {"shot_id": 1, "words": 1290, "crc": 0}),
    ("shot_play", Msg.SHOT_PLAY, 8, {"shot_id": 65535, "start_us": 0x3FFFFFFF, "flags": 0}),
    ("get_shot", Msg.GET_SHOT, 9, {}),
    ("shot_pause", Msg.SHOT_PAUSE, 10, {}),
    ("shot_resume", Msg.SHOT_RESUME, 11, {}),
    (
        "shot_state",
        Msg.SHOT_STATE,
        9,
        {
            "shot_id": 7,
            "phase": 4,
            "done_reason": 5,
            "tick": 1200,
            "ticks": 24000,
            "received": 16384,
            "consumed": 9000,
            "capacity": 16384,
            "start_us": 123456,
            "edges": 480,
            "lines": 4,
        },
    ),
    ("trigger", Msg.TRIGGER, 10, {"line": 3, "level": 1, "pulse_us": 20000}),
    ("event_cue", Msg.EVENT, 11, {"evseq": 9, "kind": 7, "t_us": 1000123, "a": 262143, "b": 1000000}),
]


def main() -> None:
    out = []
    for name, msg, seq, fields in CASES:
        payload = PAYLOADS[msg].build(fields)
        out.append(
            {
                "name": name,
                "msg": msg.name,
                "seq": seq,
                "fields": fields,
                "payload_hex": payload.hex(),
                "wire_hex": framing.wire(1, seq, msg, payload).hex(),
            }
        )
    path = Path(__file__).with_name("frames.json")
    path.write_text(json.dumps({"schema": f"{SCHEMA_HASH:08x}", "vectors": out}, indent=1) + "\n")
    print(f"wrote {len(out)} vectors to {path}")


if __name__ == "__main__":
    main()
