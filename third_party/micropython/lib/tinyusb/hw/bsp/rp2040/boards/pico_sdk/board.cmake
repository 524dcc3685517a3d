# This builds with settings based purely on the current PICO_BOARD set via the SDK
