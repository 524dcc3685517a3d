"""Shots: timing-critical camera moves that the board plays on its own clock.

A shot travels through these modules, in order (docs/shots.md has the whole story):

    shotfile   TOML text -> Shot (validated; every error names file, line and field)
    plan       Shot -> Plan: per-axis trajectories at the tick rate, limit checks, timeline
    compile    Plan -> board records (per-axis constant-jerk segments in the motion core's
               fixed point, trigger edges, stop-motion frames) and the exact positions
               the board will command at every tick
    player     upload (chunked, CRC-checked, atomic or streamed), clock sync, synchronized
               start, progress, pause, resume, abort; collects a Run
    report     Run -> stats JSON and PNG; compare two runs
    export     per-frame CSV / JSON / chan for visual-effects work
    record     a jogged move captured into a shot file
"""
