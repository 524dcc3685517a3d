set(PICO_BOARD "weactstudio_16MiB")
