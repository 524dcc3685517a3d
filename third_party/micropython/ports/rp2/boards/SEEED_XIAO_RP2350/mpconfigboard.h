// Board and hardware specific configuration
#define MICROPY_HW_BOARD_NAME                   "Seeed XIAO RP2350"
#define MICROPY_HW_FLASH_STORAGE_BYTES          (PICO_FLASH_SIZE_BYTES - 1024 * 1024)
