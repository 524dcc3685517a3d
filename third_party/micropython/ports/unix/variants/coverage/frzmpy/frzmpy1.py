print("frzmpy1")
