// url: https://www.waveshare.com/product/rp2040-zero.htm
// wiki: http://www.waveshare.com/wiki/RP2040-Zero

#define MICROPY_HW_BOARD_NAME "Waveshare RP2040-Zero"
#define MICROPY_HW_FLASH_STORAGE_BYTES (1408 * 1024)

#define MICROPY_HW_USB_VID (0x2E8A)
#define MICROPY_HW_USB_PID (0x101F)
