# Augmented assignment on names, attributes, subscripts; evaluation order.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
x = 7
x /= 2
print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class Box:
    def __init__(self):
        self.v = 1
b = Box()
b.v += 10
b.v *= 3
print(b.v)
d = {"k": 1}
d["k"] += 1
d.setdefault("n", 0)
d["n"] -= 5
print(d)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, calls)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
