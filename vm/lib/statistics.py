"""Basic statistics (pyrite's own implementation of a subset of `statistics`).

Sums are computed exactly (every value as an integer ratio, totalled as a Fraction)
and converted once at the end, and square roots of exact ratios are correctly
rounded, so results equal CPython's to the last bit rather than depending on the
order of float additions.
"""

import math
from fractions import Fraction
from collections import Counter

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'correlation', 'covariance',
           'linear_regression']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    except (OverflowError, ValueError):
        return (x, None)


def _result_type(T, S):
    """The type a mix of T and S values is reported in (CPython's coercion rules)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    """(type, exact total, count); the total is a Fraction (or an inf/nan float)."""
    count = 0
    T = int
    by_denominator = {}
    special = None
    for x in data:
        count += 1
        T = _result_type(T, type(x))
        n, d = _ratio(x)
        if d is None:
            special = x if special is None else special + x
            continue
        by_denominator[d] = by_denominator.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))
    return T, total, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def mean(data):
    """Arithmetic mean ("average") of data, computed exactly."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data, weights = list(data), list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """Geometric mean, via the mean of the logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean of positive data."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    weights = [1] * n if weights is None else list(weights)
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if any(x == 0 for x in data):
        return 0
    T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    _, wsum, _ = _sum(weights)
    return _convert(wsum / total, T)


def median(data):
    """Median (middle value); the mean of the two middle values for even counts."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller of the two middle values for even counts."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """High median: the larger of the two middle values for even counts."""
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    """Most common value (the first one met among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """All the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


def _sum_sq_dev(data, center=None):
    """(type, exact sum of squared deviations from center or from the exact mean)."""
    if center is not None:
        T, total, _ = _sum((x - center) * (x - center) for x in data)
        return T, total
    T, total, n = _sum(data)
    if not isinstance(total, Fraction):
        return T, total
    mean_exact = total / n
    ss = Fraction(0)
    for x in data:
        nx, dx = _ratio(x)
        diff = Fraction(nx, dx) - mean_exact
        ss += diff * diff
    return T, ss


def _sqrt_ratio(n, m):
    """The correctly rounded float square root of n/m (n, m > 0 ints)."""
    # Scale so the integer root has about 110 bits, round it to odd (so the one
    # rounding in the final division is exact-to-nearest), then divide.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        q = n // (m << 2 * shift)
        root = math.isqrt(q)
        root |= root * root * (m << 2 * shift) != n
        return float(root << shift)
    num = n << -2 * shift
    root = math.isqrt(num // m)
    root |= root * root * m != num
    return root / (1 << -shift)


def _spread(data, center, divisor_offset, what, minimum):
    data = list(data)
    n = len(data)
    if n < minimum:
        raise StatisticsError(f'{what} requires at least {"two" if minimum == 2 else "one"} '
                              'data point' + ('s' if minimum == 2 else ''))
    T, ss = _sum_sq_dev(data, center)
    return T, ss, n - divisor_offset


def variance(data, xbar=None):
    """Sample variance (divisor n - 1)."""
    T, ss, d = _spread(data, xbar, 1, 'variance', 2)
    return _convert(ss / d, T)


def pvariance(data, mu=None):
    """Population variance (divisor n)."""
    T, ss, d = _spread(data, mu, 0, 'pvariance', 1)
    return _convert(ss / d, T)


def _root(T, value):
    if not isinstance(value, Fraction):
        return math.sqrt(value)
    if value == 0:
        return 0.0
    return _sqrt_ratio(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    T, ss, d = _spread(data, xbar, 1, 'stdev', 2)
    return _root(T, ss / d)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of the population variance."""
    T, ss, d = _spread(data, mu, 0, 'pstdev', 1)
    return _root(T, ss / d)


def covariance(x, y, /):
    """Sample covariance of two inputs of equal length."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar, ybar = _fsum_mean(x), _fsum_mean(y)
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def _fsum_mean(values):
    return math.fsum(values) / len(values)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar, ybar = _fsum_mean(x), _fsum_mean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (ordinary least squares)."""
    from collections import namedtuple
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar, ybar = _fsum_mean(x), _fsum_mean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return namedtuple('LinearRegression', ('slope', 'intercept'))(slope, intercept)
