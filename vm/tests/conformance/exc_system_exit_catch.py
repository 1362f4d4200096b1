# Catching SystemExit and KeyboardInterrupt; sys.exit raises SystemExit.
import sys
for arg in (None, 0, 3, "message"):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("SystemExit caught, code =", repr(e.code), "args =", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise KeyboardInterrupt("simulated")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt:", e)
def catch_all():
    try:
        sys.exit(2)
    except Exception:
        return "caught by Exception (wrong)"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
print(catch_all())
try:
    try:
        sys.exit(5)
    finally:
        print("finally runs during SystemExit")
except SystemExit as e:
    print("exit code", e.code)
print("program continues normally")
