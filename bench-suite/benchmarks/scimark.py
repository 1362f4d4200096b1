"""SciMark 2: the four classic numeric kernels in one benchmark --
successive over-relaxation on a 2-D grid, Monte Carlo estimation of pi with
the PRNG, sparse matrix-vector multiply in compressed-row format, and dense
LU factorisation with partial pivoting.

Stresses: float arithmetic, nested lists (2-D arrays), indexed loads and
stores, row swapping, integer index arithmetic.
run(n) scales the repetition count of every kernel by n and returns the four
results (rounded) as a string.
"""
import _util


def new_matrix(rows, cols, rng):
    return [[rng.random() for _ in range(cols)] for _ in range(rows)]


def sor(grid, omega, cycles):
    m = len(grid)
    n = len(grid[0])
    w4 = omega * 0.25
    w1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, m - 1):
            above = grid[i - 1]
            row = grid[i]
            below = grid[i + 1]
            for j in range(1, n - 1):
                row[j] = (w4 * (above[j] + below[j] + row[j - 1] + row[j + 1])
                          + w1 * row[j])
    total = 0.0
    for row in grid:
        for v in row:
            total += v
    return total


def monte_carlo(samples, rng):
    under = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            under += 1
    return under * 4.0 / samples


def sparse_setup(n, nz, rng):
    """Random sparse matrix in CSR form with about nz non-zeros."""
    per_row = nz // n
    values = []
    cols = []
    row_start = [0] * (n + 1)
    for r in range(n):
        step = n // per_row
        if step < 1:
            step = 1
        for k in range(per_row):
            cols.append((k * step + rng.randrange(step)) % n)
            values.append(rng.random())
        row_start[r + 1] = row_start[r] + per_row
    return values, row_start, cols


def sparse_matmult(values, row_start, cols, x, iterations):
    n = len(row_start) - 1
    y = [0.0] * n
    for _ in range(iterations):
        for r in range(n):
            s = 0.0
            for k in range(row_start[r], row_start[r + 1]):
                s += x[cols[k]] * values[k]
            y[r] = s
    total = 0.0
    for v in y:
        total += v
    return total


def lu_factor(a, pivot):
    n = len(a)
    for j in range(n):
        # find pivot in column j
        jp = j
        largest = abs(a[j][j])
        for i in range(j + 1, n):
            v = abs(a[i][j])
            if v > largest:
                largest = v
                jp = i
        pivot[j] = jp
        if a[jp][j] == 0.0:
            raise ZeroDivisionError("singular matrix")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < n - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, n):
                a[k][j] *= recp
        if j < n - 1:
            row_j = a[j]
            for ii in range(j + 1, n):
                row_i = a[ii]
                f = row_i[j]
                for jj in range(j + 1, n):
                    row_i[jj] -= f * row_j[jj]


def lu(size, rounds, rng):
    base = new_matrix(size, size, rng)
    total = 0.0
    pivot = [0] * size
    for _ in range(rounds):
        a = [row[:] for row in base]
        lu_factor(a, pivot)
        for row in a:
            for v in row:
                total += v
    return total


QUICK = 2
DEFAULT = 50


def run(n):
    rng = _util.Random(101010)
    grid = new_matrix(40, 40, rng)
    r_sor = sor(grid, 1.25, 10 * n)
    r_mc = monte_carlo(20000 * n, rng)
    values, row_start, cols = sparse_setup(400, 2000, rng)
    x = [rng.random() for _ in range(400)]
    r_sparse = sparse_matmult(values, row_start, cols, x, 10 * n)
    r_lu = lu(40, 2 * n, rng)
    return "%r %r %r %r" % (round(r_sor, 6), round(r_mc, 6),
                            round(r_sparse, 6), round(r_lu, 6))
