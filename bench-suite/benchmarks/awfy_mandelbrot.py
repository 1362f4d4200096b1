"""AWFY Mandelbrot: the Are-We-Fast-Yet variant of the benchmarks-game
Mandelbrot kernel.  Computes an n x n bitmap (50 iterations, escape radius
2), packs the pixels into bytes and xors the bytes together.  Known
results: size 500 gives 191, size 750 gives 50, size 1 gives 128.

Stresses: float arithmetic in a tight while-loop, integer bit operations.
run(n) renders size n and returns the xor checksum.
"""


def mandelbrot(size):
    total = 0
    byte_acc = 0
    bit_num = 0
    y = 0
    while y < size:
        ci = (2.0 * y / size) - 1.0
        x = 0
        while x < size:
            zrzr = 0.0
            zi = 0.0
            zizi = 0.0
            cr = (2.0 * x / size) - 1.5
            z = 0
            not_done = True
            escape = 0
            while not_done and z < 50:
                zr = zrzr - zizi + cr
                zi = 2.0 * zr * zi + ci
                zrzr = zr * zr
                zizi = zi * zi
                if zrzr + zizi > 4.0:
                    not_done = False
                    escape = 1
                z += 1
            byte_acc = (byte_acc << 1) + escape
            bit_num += 1
            if bit_num == 8:
                total ^= byte_acc
                byte_acc = 0
                bit_num = 0
            elif x == size - 1:
                byte_acc <<= 8 - bit_num
                total ^= byte_acc
                byte_acc = 0
                bit_num = 0
            x += 1
        y += 1
    return total


KNOWN = {1: 128, 500: 191, 750: 50}

QUICK = 100
DEFAULT = 400


def run(n):
    result = mandelbrot(n)
    expected = KNOWN.get(n)
    if expected is not None and result != expected:
        raise RuntimeError("mandelbrot: got %d, expected %d" % (result,
                                                                expected))
    return result
