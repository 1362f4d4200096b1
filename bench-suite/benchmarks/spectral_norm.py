"""Spectral norm: power iteration estimating the largest singular value of
the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to n x n.

Stresses: function calls in nested loops, float division, list building.
run(n) returns the spectral norm rounded to 9 digits.
"""
import math


def eval_a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def mult_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mult_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mult_atav(v, n):
    return mult_atv(mult_av(v, n), n)


QUICK = 80
DEFAULT = 300


def run(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mult_atav(u, n)
        u = mult_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round(math.sqrt(vbv / vv), 9)
