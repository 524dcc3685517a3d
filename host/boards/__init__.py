"""Emulated boards, and the tools around a board's link.

The unix-port board (``emulator``; ``trace`` reads its simulated HAL's trace), the MCU board
(``mcu*``: MicroPython on QEMU's Cortex-M3), the Raspberry Pi Pico (``pico*``: the RP2040 image
on rp2040js), the pty host they share (``ptyhost``), where `orbitrig emulate` keeps a board's
flash (``boardstate``) and the fault-injecting link proxy (``faultlink``).
"""
