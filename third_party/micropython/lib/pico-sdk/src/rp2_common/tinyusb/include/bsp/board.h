/*
 * Copyright (c) 2024 Raspberry Pi (Trading) Ltd.
 *
 * SPDX-License-Identifier: BSD-3-Clause
 */

// TinyUSB changed the location of this file, so we'll redirect to be friendly to end users
#ifndef _BSP_BOARD_H
#define _BSP_BOARD_H
#include "bsp/board_api.h"
#endif
