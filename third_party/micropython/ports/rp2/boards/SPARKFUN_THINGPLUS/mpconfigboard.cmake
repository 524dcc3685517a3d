# cmake file for SparkFun Thing Plus RP2040
