set(PICO_DEFAULT_COMPILER "pico_arm_cortex_m33_gcc")
set(PICO_CHIP rp2350)

