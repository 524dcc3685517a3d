# cmake file for Pololu Zumo 2040 Robot
