def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class I(int):
    def __str__(self):
        return "I-str"

class F(float):
    def __str__(self):
        return "F-str"

attempt("subclass empty spec", lambda: (f"{I(3)}", f"{F(1.5)}", format(I(3)), f"{I(3):d}", f"{True}"))
attempt("zero str", lambda: "{:010}".format("s"))
attempt("zero num", lambda: ("{:010}".format(-3), "{:010,}".format(1234567), "{:<05}".format(7)))
attempt("c align", lambda: "{:5c}|".format(65))
attempt("z", lambda: (f"{-0.001:z.2f}", f"{-0.0:z}", f"{-1.5:z.0f}", f"{-0.4:z.0f}"))
attempt("z int", lambda: format(2, "z"))
attempt("n grouping", lambda: "{:,n}".format(1))
attempt("n underscore", lambda: "{:_n}".format(1.5))
attempt("str grouping", lambda: format("abc", ","))
attempt("alt c", lambda: "{:#c}".format(65))
attempt("neg index", lambda: "{0[-1]}".format([1]))
attempt("dict key", lambda: "{0[a]}".format({"a": 5}))
attempt("plus key", lambda: "{+1}".format(1, 2))
attempt("big precision f", lambda: len("{:.70000f}".format(1.0)))
attempt("big precision e", lambda: "{:.65535e}".format(1.5)[-8:])
attempt("big precision g", lambda: "%.70000g" % 1.5)
attempt("huge precision", lambda: "{:.2147483648f}".format(1.0))
attempt("percent prec", lambda: len("%.65536f" % 1))
attempt("percent prec too big", lambda: "%.2147483648f" % 1.0)
attempt("percent width too big", lambda: "%99999999999999999999d" % 1)
attempt("percent star", lambda: "%*d|%-*d|" % (4, 1, 3, 2))
attempt("percent star big", lambda: "%.*f" % (2 ** 70, 1.0))
attempt("percent star neg", lambda: "%.*f" % (-5, 1.0))
attempt("percent star type", lambda: "%*d" % ("x", 1))
attempt("percent d float", lambda: ("%d" % 1e300)[:20] + "..." + str(len("%d" % 1e300)))
attempt("percent d inf", lambda: "%d" % float("inf"))
attempt("percent d nan", lambda: "%d" % float("nan"))
attempt("percent i", lambda: "%i %u" % (3.99, -2.5))
attempt("percent precision int", lambda: "%.5d|%.3x" % (42, 255))
attempt("eval spaces", lambda: eval("  1 + 1"))
attempt("eval tab", lambda: eval("\t 2 * 3"))

# %-format: a % with modifiers takes an argument; keyed conversions use up positional ones.
cases = [
    ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)s %(a)s', {'a': 1}),
    ('%s', {'a': 1}), ('%s %s', {'a': 1}), ('%5%|', ()), ('%-5%|', ()), ('%%', ()),
    ('%5%|', (1,)), ('%-5%|', (1,)), ('%5%|%s', (1, 2)), ('%.3%|', (1,)),
    ('%(a)%|', {'a': 1}), ('%(a)5%|', {'a': 1}), ('%*%|', (3,)), ('%*%|', (3, 4)),
    ('%d%%', 50), ('100%% %s', ('sure',)),
]
for f, a in cases:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)

# Grouping twice, and indexes too long for a machine word.
for s in ['{:,_}', '{:_,}', '{:,,}', '{:__}', '{99999999999999999999}', '{0[99999999999999999999]}',
          '{:99999999999999999999}', '{:.99999999999999999999}', '{:_,d}', '{:,.2f}', '{:_x}']:
    try:
        print(s, repr(s.format(1)))
    except Exception as e:
        print(s, type(e).__name__, e)
