if (NOT TARGET picotool)
    include("${CMAKE_CURRENT_LIST_DIR}/picotoolTargets.cmake")
endif()
