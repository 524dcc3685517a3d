set(PICO_BOARD "weactstudio_4MiB")
