# Error behaviour for list operations (messages only for common ones).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__)

lst = [1, 2, 3]
attempt("index 3", lambda: lst[3])
attempt("index -4", lambda: lst[-4])
attempt("index -3", lambda: lst[-3])
attempt("str index", lambda: lst["0"])
attempt("float index", lambda: lst[1.0])
attempt("bool index", lambda: lst[True])
attempt("slice ok", lambda: lst[1:100])
attempt("mul float", lambda: lst * 2.0)
attempt("add tuple", lambda: lst + (4,))
attempt("remove", lambda: lst.remove(9))
attempt("pop empty", lambda: [].pop())
attempt("index missing", lambda: lst.index(7))
attempt("sort mixed", lambda: sorted([1, None]))
attempt("unhashable", lambda: {lst: 1})
attempt("set of tuples", lambda: sorted({(1, 2), tuple(lst)}))
try:
    lst[10]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    lst + "x"
except TypeError as e:
    print(e)
try:
    hash(lst)
except TypeError as e:
    print(type(e).__name__)
print(lst)
