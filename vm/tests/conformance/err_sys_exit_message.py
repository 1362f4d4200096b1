# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys

required = ["name", "email"]
form = {"name": "Zoe"}
print("validating form with fields:", sorted(form))
missing = []
for field in required:
    if field in form:
        print("ok:", field)
    else:
        missing.append(field)
if missing:
    print("about to exit")
    sys.exit("error: missing fields: " + ", ".join(missing))
print("not reached")
