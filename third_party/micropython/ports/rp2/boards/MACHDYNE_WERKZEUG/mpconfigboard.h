// Board and hardware specific configuration
#define MICROPY_HW_BOARD_NAME                   "Machdyne Werkzeug"
#define MICROPY_HW_FLASH_STORAGE_BYTES          (384 * 1024)
