set(PICO_BOARD "waveshare_rp2040_plus_4mb")

list(APPEND MICROPY_DEF_BOARD
    MICROPY_HW_BOARD_NAME="Waveshare RP2040-Plus 4MB"
)
