// machine_uart_port.c (included by extmod/machine_uart.c): machine.UART for the board's two UARTs.
//
// UART(0) is the REPL's UART: it reads from the same receive ring as sys.stdin (board.c).
// UART(1) transmits only; the emulated board's simulation trace leaves on it. Reads never wait
// (as timeout=0 on a real port): they return what has arrived, None when nothing has.
// UART(0, mark=0x00) makes poll report it readable only once a 0x00 byte (a whole frame) is
// there, so a board that waits for frames wakes its Python loop once per frame, not per byte.
#include "py/mperrno.h"
#include "board.h"

typedef struct _machine_uart_obj_t {
    mp_obj_base_t base;
    uint8_t id;
    uint32_t baudrate;
} machine_uart_obj_t;

static machine_uart_obj_t machine_uart_obj[2] = {
    { { &machine_uart_type }, 0, 115200 },
    { { &machine_uart_type }, 1, 115200 },
};

static void mp_machine_uart_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "UART(%u, baudrate=%u)", self->id, (unsigned)self->baudrate);
}

static void mp_machine_uart_init_helper(machine_uart_obj_t *self, size_t n_args, const mp_obj_t *pos_args, mp_map_t *kw_args) {
    // The emulated UARTs run at whatever speed the host takes bytes; the rate is kept for print().
    enum { ARG_baudrate, ARG_timeout, ARG_mark };
    static const mp_arg_t allowed_args[] = {
        { MP_QSTR_baudrate, MP_ARG_INT, {.u_int = -1} },
        { MP_QSTR_timeout, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = 0} },
        { MP_QSTR_mark, MP_ARG_KW_ONLY | MP_ARG_INT, {.u_int = -2} },
    };
    mp_arg_val_t args[MP_ARRAY_SIZE(allowed_args)];
    mp_arg_parse_all(n_args, pos_args, kw_args, MP_ARRAY_SIZE(allowed_args), allowed_args, args);
    if (args[ARG_baudrate].u_int > 0) {
        self->baudrate = (uint32_t)args[ARG_baudrate].u_int;
    }
    if (args[ARG_timeout].u_int != 0) {
        mp_raise_ValueError(MP_ERROR_TEXT("only timeout=0 is supported"));
    }
    mp_int_t mark = args[ARG_mark].u_int;
    if (mark != -2) {
        if (self->id != 0 || mark < -1 || mark > 255) {
            mp_raise_ValueError(MP_ERROR_TEXT("mark: a byte value, or -1, on UART(0) only"));
        }
        board_uart0_set_mark((int)mark);
    }
}

static mp_obj_t mp_machine_uart_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 1, MP_OBJ_FUN_ARGS_MAX, true);
    mp_int_t id = mp_obj_get_int(args[0]);
    if (id < 0 || id > 1) {
        mp_raise_msg_varg(&mp_type_ValueError, MP_ERROR_TEXT("UART(%d) doesn't exist"), (int)id);
    }
    machine_uart_obj_t *self = &machine_uart_obj[id];
    mp_map_t kw_args;
    mp_map_init_fixed_table(&kw_args, n_kw, args + n_args);
    mp_machine_uart_init_helper(self, n_args - 1, args + 1, &kw_args);
    return MP_OBJ_FROM_PTR(self);
}

static void mp_machine_uart_deinit(machine_uart_obj_t *self) {
    (void)self;
}

static mp_int_t mp_machine_uart_any(machine_uart_obj_t *self) {
    return self->id == 0 ? board_uart0_rx_any() : 0;
}

static bool mp_machine_uart_txdone(machine_uart_obj_t *self) {
    (void)self;
    return true;
}

static mp_uint_t mp_machine_uart_read(mp_obj_t self_in, void *buf_in, mp_uint_t size, int *errcode) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    uint8_t *buf = buf_in;
    mp_uint_t n = 0;
    while (self->id == 0 && n < size) {
        int c = board_uart0_rx_chr();
        if (c < 0) {
            break;
        }
        buf[n++] = (uint8_t)c;
    }
    if (n == 0 && size > 0) {
        *errcode = MP_EAGAIN;
        return MP_STREAM_ERROR;
    }
    return n;
}

static mp_uint_t mp_machine_uart_write(mp_obj_t self_in, const void *buf_in, mp_uint_t size, int *errcode) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->id == 0) {
        board_uart0_tx(buf_in, size);
    } else {
        board_uart1_tx(buf_in, size);
    }
    return size;
}

static mp_uint_t mp_machine_uart_ioctl(mp_obj_t self_in, mp_uint_t request, uintptr_t arg, int *errcode) {
    machine_uart_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (request == MP_STREAM_POLL) {
        mp_uint_t ret = arg & MP_STREAM_POLL_WR;
        if ((arg & MP_STREAM_POLL_RD) && self->id == 0 && board_uart0_rx_marked()) {
            ret |= MP_STREAM_POLL_RD;
        }
        return ret;
    }
    if (request == MP_STREAM_FLUSH) {
        return 0;
    }
    *errcode = MP_EINVAL;
    return MP_STREAM_ERROR;
}
