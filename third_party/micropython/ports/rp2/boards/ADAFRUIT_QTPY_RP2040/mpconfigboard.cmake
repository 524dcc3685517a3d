# cmake file for Adafruit QT Py RP2040
