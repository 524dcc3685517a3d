# align_native.cmake: give frozen native code in frozen_content.c 4-byte alignment (see pico_build.cmake).
#
# cmake -DFILE=<build>/frozen_content.c -P align_native.cmake; rewrites the file only when it changes.
file(READ "${FILE}" text)
string(REPLACE "__attribute__ ((aligned (2)))" "__attribute__ ((aligned (4)))" fixed "${text}")
if(NOT fixed STREQUAL text)
    file(WRITE "${FILE}" "${fixed}")
endif()
