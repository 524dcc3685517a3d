#include <metal/config.h>
