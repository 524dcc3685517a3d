# pico_build.cmake: orbitrig's two changes to the rp2 port's build, included after its project().
#
# Passed as CMAKE_PROJECT_INCLUDE by host/boards/pico_build.py; the vendored sources stay as they are.
#
# 1. No libstdc++. The image has no C++ code: the pico-sdk's one C++ file (pico_cxx_options/
#    new_delete.cpp, operator new/delete over malloc) is emptied by its own switch, and the link goes
#    through gcc, where g++ would ask for libstdc++ (Debian's libstdc++-arm-none-eabi-newlib is
#    1.5 GB installed, for nothing).
# 2. Frozen native code word-aligned. MicroPython 1.28's mpy-tool places the machine code of frozen
#    @micropython.native and @micropython.viper functions 2-byte aligned on every Thumb core. The
#    ARMv6-M (Cortex-M0+) code generator assumes a word-aligned start: it pads its PC-relative
#    literals by the code offset, and the runtime reads a native function's first word with a plain
#    load. At a 2-mod-4 address the first loads the wrong constants and the second hard-faults the
#    RP2040 (seen on the emulated Pico: hal_board._read_polled, the first link read). The generated
#    frozen_content.c gets 4-byte alignment for those arrays instead (align_native.cmake).
add_compile_definitions(PICO_CXX_DISABLE_ALLOCATION_OVERRIDES=1)
set(CMAKE_CXX_LINK_EXECUTABLE
    "${CMAKE_C_COMPILER} <FLAGS> <CMAKE_CXX_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES> -lm")

set(ORBITRIG_PICO_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR})

function(orbitrig_align_frozen_native)
    if(NOT TARGET BUILD_FROZEN_CONTENT)
        message(FATAL_ERROR "orbitrig: the rp2 build has no frozen content target (is FROZEN_MANIFEST set?)")
    endif()
    add_custom_command(TARGET BUILD_FROZEN_CONTENT POST_BUILD
        COMMAND ${CMAKE_COMMAND} -DFILE=${CMAKE_BINARY_DIR}/frozen_content.c
                -P ${ORBITRIG_PICO_CMAKE_DIR}/align_native.cmake
        VERBATIM)
endfunction()

# the port defines the frozen content target further down its CMakeLists.txt: attach to it at the end
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL orbitrig_align_frozen_native)
