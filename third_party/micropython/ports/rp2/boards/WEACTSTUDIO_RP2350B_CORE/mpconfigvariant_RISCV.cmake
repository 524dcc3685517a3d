# Set the RISC-V-based RP2350 platform
set(PICO_PLATFORM "rp2350-riscv")
