set(PICO_BOARD "weactstudio_2MiB")
