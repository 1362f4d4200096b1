# PEP 562: a module-level __getattr__ supplies missing module attributes (the test
# imports itself as a module).
def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    import mod_getattr_pep562 as m
    print(m.lazy_x)
    from mod_getattr_pep562 import lazy_y
    print(lazy_y)
    try:
        m.other
    except AttributeError as e:
        print(e)
