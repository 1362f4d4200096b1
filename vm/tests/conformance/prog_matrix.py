# Matrix multiply, transpose, determinant (fractions-free Bareiss) and identity checks.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    m = [row[:] for row in m]
    n = len(m)
    sign, prev = 1, 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k] != 0:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[n - 1][n - 1]

def show(m):
    for row in m:
        print(" ".join(f"{v:6}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b, matmul(a, identity(3)) == a)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m), det(identity(4)), det([[0, 1], [1, 0]]), det([[1, 2], [2, 4]]))
fib = [[1, 1], [1, 0]]
result = identity(2)
power = fib
n = 90
while n:
    if n & 1:
        result = matmul(result, power)
    power = matmul(power, power)
    n >>= 1
print("fib(90) via matrix power:", result[0][1])
size = 12
big = [[(i * i + 3 * j) % 7 - 3 for j in range(size)] for i in range(size)]
sq = matmul(big, big)
print(sum(map(sum, sq)), sq[0][:5], det([r[:4] for r in big[:4]]), det([r[1:6] for r in big[2:7]]))
print(sum(sq[i][i] for i in range(size)))
