set(PICO_DEFAULT_COMPILER "pico_riscv_gcc")
set(PICO_CHIP rp2350)

