set(PICO_BOARD "weactstudio_8MiB")
