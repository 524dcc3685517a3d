// modos_port.c (included by extmod/modos.c): os.getenv and friends, over the board's boot straps.
//
// The board has no environment; its straps (pins read at reset, set by the host in the flash
// header) show up as variables, which is how firmware/boot.py reads the safe-mode pin of an
// emulated board: ORBITRIG_SAFE_MODE=1 while the safe-mode strap is held. ORBITRIG_REPLAY=1
// asks hal_mcu.py to take the link's input from a script on the flash (deterministic runs).
#include "board.h"

MP_REGISTER_ROOT_POINTER(mp_obj_t board_env);

static mp_obj_t board_env(void) {
    if (MP_STATE_VM(board_env) == MP_OBJ_NULL) {
        mp_obj_t env = mp_obj_new_dict(2);
        if (board_straps() & BOARD_STRAP_SAFE_MODE) {
            mp_obj_dict_store(env, MP_OBJ_NEW_QSTR(MP_QSTR_ORBITRIG_SAFE_MODE), mp_obj_new_str("1", 1));
        }
        if (board_straps() & BOARD_STRAP_REPLAY) {
            mp_obj_dict_store(env, MP_OBJ_NEW_QSTR(MP_QSTR_ORBITRIG_REPLAY), mp_obj_new_str("1", 1));
        }
        MP_STATE_VM(board_env) = env;
    }
    return MP_STATE_VM(board_env);
}

static mp_obj_t board_getenv(size_t n_args, const mp_obj_t *args) {
    mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(board_env()), args[0], MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    return n_args > 1 ? args[1] : mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(mp_os_getenv_obj, 1, 2, board_getenv);

static mp_obj_t board_putenv(mp_obj_t key, mp_obj_t value) {
    mp_obj_dict_store(board_env(), key, value);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_2(mp_os_putenv_obj, board_putenv);

static mp_obj_t board_unsetenv(mp_obj_t key) {
    mp_map_lookup(mp_obj_dict_get_map(board_env()), key, MP_MAP_LOOKUP_REMOVE_IF_FOUND);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_1(mp_os_unsetenv_obj, board_unsetenv);
