# cmake file
