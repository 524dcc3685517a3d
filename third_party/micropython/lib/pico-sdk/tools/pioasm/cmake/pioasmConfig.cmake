if (NOT TARGET pioasm)
    include("${CMAKE_CURRENT_LIST_DIR}/pioasmTargets.cmake")
endif()
