# cmake file for Waveshare RP2040-LCD-0.96
set(PICO_BOARD "waveshare_rp2040_lcd_0.96")
