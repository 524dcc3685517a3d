# cmake file for SparkFun Pro Micro RP2040
