"""What one play of a shot did: the Run record that `shot play` writes and reports read.

All times are microseconds relative to the shot's start (board time of shot tick 0), so
two runs of the same shot line up sample for sample. A Run is saved as JSON beside its
report (``run.json``) and is all that `orbitrig shot report` and `shot compare` need.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class CueFiring:
    """One trigger edge: when it was scheduled and when the board says it happened."""

    edge: int  # index into the compiled edge list
    cue: int  # index into Shot.cues
    kind: str  # the cue's kind (record_start, shutter, ...)
    line: int
    level: int  # 1 rising, 0 falling
    scheduled_us: int
    actual_us: int | None  # None: never reported (the take broke first)

    @property
    def error_us(self) -> int | None:
        return None if self.actual_us is None else self.actual_us - self.scheduled_us


@dataclass
class CameraFrame:
    """One shutter opening and the camera's confirmation (flash sync / hot shoe)."""

    edge: int  # the shutter's rising edge
    trigger_us: int  # when the board raised the shutter line
    confirm_us: int | None  # when the confirmation arrived; None: timed out

    @property
    def latency_us(self) -> int | None:
        return None if self.confirm_us is None else self.confirm_us - self.trigger_us


@dataclass
class Run:
    shot: str  # the shot's name
    shot_path: str
    board: dict[str, Any]  # port, board kind, build id, boot id
    started: str  # ISO 8601 wall-clock time of the start
    hz: int  # board tick rate
    axes: list[str]
    units: dict[str, str]  # axis -> "deg" | "mm"
    speed: float = 1.0  # time scale the shot was played at
    reverse: bool = False
    # planned position of every axis at every shot tick (the exact board command)
    planned: dict[str, list[float]] = field(default_factory=dict)
    # telemetry: shot time (us) and per-axis position as the board reported it
    actual_us: list[int] = field(default_factory=list)
    actual: dict[str, list[float]] = field(default_factory=dict)
    cues: list[CueFiring] = field(default_factory=list)
    camera: list[CameraFrame] = field(default_factory=list)
    outcome: str = "COMPLETE"  # COMPLETE, STOPPED, STARVED, ESTOP, FAULT, LINK_LOST, RESET
    broke_at_frame: int | None = None  # the frame the take broke at, when it did not complete
    clock: dict[str, float] = field(default_factory=dict)  # sync estimate: offset, drift, error
    notes: list[str] = field(default_factory=list)
    stream: dict[str, float] = field(default_factory=dict)  # a streamed shot: buffer and margin figures
    # stop-motion: every frame shot: index, shutter time (us from the start), confirmation
    # latency (us, None when the camera did not confirm within the timeout)
    frames: list[dict[str, int | None]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    def save(self, path: Path) -> None:
        path.write_text(self.to_json())

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Run:
        d = dict(d)
        d["cues"] = [CueFiring(**c) for c in d.get("cues", [])]
        d["camera"] = [CameraFrame(**c) for c in d.get("camera", [])]
        return cls(**d)

    @classmethod
    def load(cls, path: Path) -> Run:
        return cls.from_dict(json.loads(Path(path).read_text()))
