# raise SystemExit(0): exits with status 0 (no .err file), stdout kept, rest skipped.
def main():
    tasks = ["build", "test", "deploy"]
    for t in tasks:
        print("running", t)
        if t == "test":
            print("stopping early with status 0")
            raise SystemExit(0)
    print("not reached")


try:
    main()
finally:
    print("finally still runs on SystemExit")
print("not reached either")
