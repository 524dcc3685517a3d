// Board and hardware specific configuration
#define MICROPY_HW_BOARD_NAME                   "Cytron MOTION 2350 Pro"
#define MICROPY_HW_FLASH_STORAGE_BYTES          (1024 * 1024)
