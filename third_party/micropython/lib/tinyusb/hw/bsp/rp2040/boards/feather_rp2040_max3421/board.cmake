set(PICO_PLATFORM rp2040)
set(PICO_BOARD adafruit_feather_rp2040)

# Enable MAX3421E USB Host
set(MAX3421_HOST 1)
