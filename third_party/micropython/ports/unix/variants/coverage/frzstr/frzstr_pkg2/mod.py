# test frozen package without __init__.py
print("frzstr_pkg2.mod")


class Foo:
    x = 1
