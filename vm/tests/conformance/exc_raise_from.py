# raise ... from ...: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key}") from e

try:
    load({}, "port")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("implicit chain")
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

cause = LookupError("root cause")
try:
    raise TypeError("explicit") from cause
except TypeError as e:
    print(e.__cause__ is cause, e.__context__)

e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__)

def chain_depth(exc):
    depth = 0
    while exc is not None:
        depth += 1
        exc = exc.__cause__ or exc.__context__
    return depth

try:
    try:
        try:
            raise KeyError("a")
        except KeyError as a:
            raise IndexError("b") from a
    except IndexError:
        raise ZeroDivisionError("c")
except ZeroDivisionError as top:
    print(chain_depth(top), type(top.__context__).__name__, type(top.__context__.__cause__).__name__)
