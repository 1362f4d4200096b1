# User-defined exception classes with custom __init__, __str__ and attributes.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key

def validate(user):
    if "name" not in user:
        raise NotFound("name")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    return "ok"

for u in ({"name": "Al"}, {"name": "A"}, {}):
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", e, e.args, e.field)
    except AppError as e:
        print(type(e).__name__, e, e.args, getattr(e, "key", None))

class Plain(Exception):
    pass
for args in [(), ("one",), ("a", 2)]:
    e = Plain(*args)
    print(repr(str(e)), e.args, repr(e))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, isinstance(e, Exception), issubclass(WithDefault, BaseException))
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
try:
    raise Retry(3)
except Retry as e:
    print(e.attempts, e.args, repr(str(e)))
