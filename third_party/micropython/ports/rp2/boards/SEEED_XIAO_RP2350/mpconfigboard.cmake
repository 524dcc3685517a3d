# cmake file for Seeed XIAO RP2350
set(PICO_BOARD "seeed_xiao_rp2350")

# To change the gpio count for QFN-80
# set(PICO_NUM_GPIOS 48)
