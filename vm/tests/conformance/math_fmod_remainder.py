# math.fmod and math.remainder: exact results, infinities and domain errors as CPython.
import math
print(math.remainder(1e308, 10), math.remainder(-8.0, 1/3), math.remainder(-1.0, math.inf))
for f in (math.fmod, math.remainder):
    for a, b in [(math.inf, math.inf), (1.0, 0.0), (math.inf, 2.0), (5.0, math.inf), (-5.0, -math.inf), (math.nan, 0.0), (0.0, math.nan), (7.5, 2.0), (-7.5, 2.0), (5.0, 2.0), (7.0, 2.0), (-0.0, 1.0), (1e-320, 3e-321)]:
        try:
            print(f.__name__, a, b, f(a, b))
        except ValueError as e:
            print(f.__name__, a, b, "ValueError", e)
