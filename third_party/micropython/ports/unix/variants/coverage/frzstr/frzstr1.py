print("frzstr1")
