set(PICO_BOARD "waveshare_rp2040_plus_16mb")

list(APPEND MICROPY_DEF_BOARD
    MICROPY_HW_BOARD_NAME="Waveshare RP2040-Plus 16MB"
)
