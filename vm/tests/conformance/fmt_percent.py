# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.0001, 1e20))
print("%g %g %g %g %g" % (100000, 1000000, 1e-4, 1e-5, 123456789))
print("%.3g %.10g %#g" % (3.14159, 1 / 3, 1.0))
print("%s and %s" % ("a", [1, 2]), "%s" % (("tuple", "inside"),))
print("%c%c%c" % (72, "i", 33))
print("100%%" % (), "%d%%" % 50, "%s" % None, "%s" % True, "%d" % True)
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % 3.0, "%r" % 0.1, "%d" % 3.99, "%d" % -3.99, "%.0f" % 2.5, "%.0f" % 3.5)
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%r" % "it's", "%r" % [1, "b"], "%s" % [1, "b"])
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70), "%x" % (2 ** 70))
print("%s" % "single", "%s" % ["list"], "%s|%s" % (1.5, -0.0))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
    try:
        bad[0] % bad[1]
    except TypeError as e:
        print(type(e).__name__)
try:
    "%z" % 1
except ValueError as e:
    print(type(e).__name__)
