# cmake file for Pimoroni Pico LiPo 4MB
