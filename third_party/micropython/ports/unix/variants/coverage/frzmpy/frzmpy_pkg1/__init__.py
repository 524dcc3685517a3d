# test frozen package with __init__.py
print("frzmpy_pkg1.__init__")
x = 1
