# cmake file for Machdyne Werkzeug
set(PICO_BOARD "machdyne_werkzeug")
set(PICO_PLATFORM "rp2040")
