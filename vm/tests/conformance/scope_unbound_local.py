# UnboundLocalError and NameError arising from scoping rules.
x = 10
def bad():
    print(x)
    x = 5
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
def bad_aug():
    x += 1
try:
    bad_aug()
except UnboundLocalError as e:
    print(type(e).__name__)
def conditional(flag):
    if flag:
        y = "set"
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__)
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__)
try:
    undefined_name_here
except NameError as e:
    print(type(e).__name__, e)
def uses_missing():
    return missing_global_value
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
missing_global_value = "now defined"
print(uses_missing())
def loop_var():
    for k in []:
        pass
    return k
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__)
def exc_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    exc_var()
except (UnboundLocalError, NameError) as e:
    print(type(e).__name__)
