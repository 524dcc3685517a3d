// flashbdev.c: the board's flash as a MicroPython block device, and its littlefs mounted at /.
//
// The filesystem occupies the first board_fs_bytes() of the flash region (board.h). Reads and
// writes are plain copies: the host file behind the region sees each write as it happens, so a
// killed emulator leaves the flash as a power cut would.
#include <string.h>

#include "py/runtime.h"
#include "py/mperrno.h"
#include "extmod/vfs.h"
#include "extmod/vfs_lfs.h"
#include "board.h"

typedef struct _flash_bdev_obj_t {
    mp_obj_base_t base;
} flash_bdev_obj_t;

static uint8_t *flash_addr(mp_obj_t block_in, mp_obj_t off_in, size_t len) {
    mp_int_t block = mp_obj_get_int(block_in);
    mp_int_t off = off_in == MP_OBJ_NULL ? 0 : mp_obj_get_int(off_in);
    uint32_t fs = board_fs_bytes();
    mp_int_t start = block * (mp_int_t)BOARD_FLASH_BLOCK + off;
    if (block < 0 || off < 0 || start + (mp_int_t)len > (mp_int_t)fs) {
        mp_raise_OSError(MP_EIO);
    }
    return (uint8_t *)BOARD_FLASH_BASE + start;
}

static mp_obj_t flash_bdev_readblocks(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t buf;
    mp_get_buffer_raise(args[2], &buf, MP_BUFFER_WRITE);
    memcpy(buf.buf, flash_addr(args[1], n_args > 3 ? args[3] : MP_OBJ_NULL, buf.len), buf.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(flash_bdev_readblocks_obj, 3, 4, flash_bdev_readblocks);

static mp_obj_t flash_bdev_writeblocks(size_t n_args, const mp_obj_t *args) {
    mp_buffer_info_t buf;
    mp_get_buffer_raise(args[2], &buf, MP_BUFFER_READ);
    memcpy(flash_addr(args[1], n_args > 3 ? args[3] : MP_OBJ_NULL, buf.len), buf.buf, buf.len);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(flash_bdev_writeblocks_obj, 3, 4, flash_bdev_writeblocks);

static mp_obj_t flash_bdev_ioctl(mp_obj_t self_in, mp_obj_t op_in, mp_obj_t arg_in) {
    switch (mp_obj_get_int(op_in)) {
        case MP_BLOCKDEV_IOCTL_BLOCK_COUNT:
            return MP_OBJ_NEW_SMALL_INT(board_fs_bytes() / BOARD_FLASH_BLOCK);
        case MP_BLOCKDEV_IOCTL_BLOCK_SIZE:
            return MP_OBJ_NEW_SMALL_INT(BOARD_FLASH_BLOCK);
        case MP_BLOCKDEV_IOCTL_BLOCK_ERASE:
            // As a NOR chip: an erased block reads as 0xff.
            memset(flash_addr(arg_in, MP_OBJ_NULL, BOARD_FLASH_BLOCK), 0xff, BOARD_FLASH_BLOCK);
            return MP_OBJ_NEW_SMALL_INT(0);
        default:
            return MP_OBJ_NEW_SMALL_INT(0);
    }
}
static MP_DEFINE_CONST_FUN_OBJ_3(flash_bdev_ioctl_obj, flash_bdev_ioctl);

static const mp_rom_map_elem_t flash_bdev_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_readblocks), MP_ROM_PTR(&flash_bdev_readblocks_obj) },
    { MP_ROM_QSTR(MP_QSTR_writeblocks), MP_ROM_PTR(&flash_bdev_writeblocks_obj) },
    { MP_ROM_QSTR(MP_QSTR_ioctl), MP_ROM_PTR(&flash_bdev_ioctl_obj) },
};
static MP_DEFINE_CONST_DICT(flash_bdev_locals_dict, flash_bdev_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    flash_bdev_type,
    MP_QSTR_Flash,
    MP_TYPE_FLAG_NONE,
    locals_dict, &flash_bdev_locals_dict
    );

static const flash_bdev_obj_t flash_bdev_obj = { { &flash_bdev_type } };

static void mount(mp_obj_t bdev) {
    mp_obj_t vfs = MP_OBJ_TYPE_GET_SLOT(&mp_type_vfs_lfs2, make_new)(&mp_type_vfs_lfs2, 1, 0, &bdev);
    mp_obj_t args[2] = { vfs, MP_OBJ_NEW_QSTR(MP_QSTR__slash_) };
    mp_vfs_mount(2, args, (mp_map_t *)&mp_const_empty_map);
}

void flash_mount_root(void) {
    // A flash with no filesystem on it (a new board) is formatted, as rp2 and esp32 boards do.
    mp_obj_t bdev = MP_OBJ_FROM_PTR(&flash_bdev_obj);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mount(bdev);
        nlr_pop();
    } else {
        mp_printf(&mp_plat_print, "flash: no filesystem, formatting %u KiB\n", (unsigned)(board_fs_bytes() / 1024));
        if (nlr_push(&nlr) == 0) {
            mp_obj_t mkfs = mp_load_attr(MP_OBJ_FROM_PTR(&mp_type_vfs_lfs2), MP_QSTR_mkfs);
            mp_call_function_1(mkfs, bdev);
            mount(bdev);
            nlr_pop();
        } else {
            mp_printf(&mp_plat_print, "flash: cannot format the filesystem: ");
            mp_obj_print_exception(&mp_plat_print, MP_OBJ_FROM_PTR(nlr.ret_val));
            return;
        }
    }
    mp_vfs_chdir(MP_OBJ_NEW_QSTR(MP_QSTR__slash_));
}
