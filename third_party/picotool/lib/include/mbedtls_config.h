#include "picotool_mbedtls_config.h"
