# cmake file for Adafruit Feather RP2040
