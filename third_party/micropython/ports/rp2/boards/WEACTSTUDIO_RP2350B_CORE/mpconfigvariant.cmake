# Set the ARM-based RP2350 platform
set(PICO_PLATFORM "rp2350")
