/**
 * \defgroup pico_standard_link pico_standard_link
 * \brief Setup for link options for a standard SDK executable
 * 
 * This includes
 *   - C runtime initialization
 *   - Linker scripts for 'default', 'no_flash', 'blocked_ram' and 'copy_to_ram' binaries
 *   - 'Binary Information' support
 *   - Linker option control
 */
