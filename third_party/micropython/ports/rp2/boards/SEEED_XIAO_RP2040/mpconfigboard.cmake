# cmake file for Seeed Studio XIAO RP204

set(PICO_BOARD "seeed_xiao_rp2040")
