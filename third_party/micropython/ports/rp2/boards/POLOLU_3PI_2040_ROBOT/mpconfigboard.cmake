# cmake file for Pololu 3pi+ 2040 Robot
