# build interpreter with nan-boxing as object model (object repr D)

MICROPY_FORCE_32BIT = 1
