// Board and hardware specific configuration
#define MICROPY_HW_BOARD_NAME                   "GARATRONIC_PYBSTICK26_RP2040"
#define MICROPY_HW_FLASH_STORAGE_BYTES          (384 * 1024)
