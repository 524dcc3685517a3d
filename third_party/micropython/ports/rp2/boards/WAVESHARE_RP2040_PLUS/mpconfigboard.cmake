# cmake file for Waveshare RP2040-Plus
