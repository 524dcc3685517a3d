# cmake file for Waveshare RP2040-Zero
set(PICO_BOARD "waveshare_rp2040_zero")
