"""Emulated boards beyond the unix-port one: the MCU board (MicroPython on QEMU's Cortex-M3) and its tools."""
