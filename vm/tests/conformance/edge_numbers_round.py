import math

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# correctly rounded int / int
attempt("div", lambda: (2 ** 80 + 2 ** 27 + 1) / 2 ** 27)
attempt("div2", lambda: (10 ** 30 + 1) / 3)
attempt("div3", lambda: -(2 ** 100 + 1) / 7)
attempt("div4", lambda: 1 / 3 ** 200)
attempt("div5", lambda: 3 ** 700 / 7 ** 300)
attempt("div6", lambda: 2 ** 2000 / 3)
attempt("div7", lambda: (2 ** 64 - 1) / (2 ** 64 + 1))
attempt("div8", lambda: 10 ** 400 / 10 ** 399)

# float repr ties and shortest digits
for f in [653953861584754.25, 0.5, 2.5, 1e23, 9007199254740993.0, 0.1 + 0.2, 1 / 3, 5e-324,
          1.7976931348623157e308, 2 ** 0.5, 123456789.125, 0.000123, 1e16, 1e-5]:
    print(repr(f), str(f), f)

# round()
attempt("round1", lambda: [round(x, 2) for x in (2.675, 0.125, 0.375, -2.5, 1.005)])
attempt("round2", lambda: (round(1e300, -300), round(5e-324, 323), round(5e-324, 324)))
attempt("round3", lambda: (round(1.0, 10 ** 20), round(1.0, -10 ** 20), round(-0.001, 1)))
attempt("round4", lambda: (round(1234.5, -2), round(1250.0, -2), round(1350, -2), round(-1250, -2)))
attempt("round5", lambda: round(1.7e308, -308))
attempt("round6", lambda: (round(123456, -3), round(10 ** 30 + 5 * 10 ** 9, -10)))
attempt("round7", lambda: (round(2.5), round(3.5), round(-0.5), round(7, 2)))

# math
attempt("log big", lambda: (math.log(10 ** 1000), math.log10(10 ** 500), math.log2(2 ** 2000)))
attempt("log base", lambda: (math.log(10 ** 400, 10), math.log(2 ** 5000, 2)))
attempt("log2 0", lambda: math.log2(0))
attempt("log10 0", lambda: math.log10(0))
attempt("log1p -1", lambda: math.log1p(-1))
attempt("log -1", lambda: math.log(-1))
attempt("log small", lambda: (math.log2(8), math.log10(1000), math.log1p(1e-20), math.log(2 ** 63 + 1)))
attempt("fsum overflow", lambda: math.fsum([1e308, 1e308]))
attempt("fsum", lambda: math.fsum([0.1] * 10))
attempt("ldexp", lambda: (math.ldexp(1.0, -1075), math.ldexp(1.5, -1075), math.ldexp(1.0, -2 ** 70)))
attempt("ldexp big", lambda: math.ldexp(1.0, 2 ** 70))
attempt("ldexp 2", lambda: math.ldexp(2.0 ** 100, -1100) == 2.0 ** -1000)

# shifts, big multiplications
attempt("shift", lambda: (1 << 200) >> 190)
attempt("shift huge", lambda: 1 << (2 ** 70))
attempt("frozenset hash", lambda: [hash(frozenset(range(n))) for n in range(6)])
attempt("frozenset hash2", lambda: hash(frozenset(["a"])) == hash(frozenset(["a"])))
attempt("frozenset order", lambda: list({frozenset([1]), frozenset([1, 2, 3]), frozenset()}))

# Unicode decimal digits in int(), float() and str.isdecimal().
for s in ['١٢', '  ١٢٣ ', '１２３', '-٣', '٣.٥', '１e３', '٠x١', '1_٢', '𝟏𝟐', '²', '--inf', '+-1', '-inf', '+nan', 'infinity', '- 1']:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, repr(f(s)))
        except ValueError as e:
            print(repr(s), f.__name__, 'ValueError', e)
print('١٢'.isdecimal(), '²'.isdecimal(), '²'.isdigit(), '٣'.isdigit(), 'Ⅻ'.isdecimal(), '𝟏'.isdecimal(), '〇'.isdecimal())
print(int('٣', 16), int('１０', 2))
