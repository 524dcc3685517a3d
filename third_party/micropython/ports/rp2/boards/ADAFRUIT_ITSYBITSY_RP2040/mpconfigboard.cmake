# cmake file for Adafruit ItsyBitsy RP2040
