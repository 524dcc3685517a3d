# cmake file for SparkFun Pro Micro RP2350

set(PICO_BOARD "sparkfun_promicro_rp2350")
set(PICO_PLATFORM "rp2350")
