# cmake file for Pimoroni Tiny 2040
