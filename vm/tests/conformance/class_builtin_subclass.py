# Subclassing built-in types: list, dict, int, str, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), s.pop(), isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s == [1, 2], sorted(Stack([3, 1, 2])))

class CountingDict(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1

cd = CountingDict()
for ch in "abracadabra":
    cd.add(ch)
print(cd, cd.get("z", 0), "z" in cd, len(cd), isinstance(cd, dict))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), t + 1, type(t + 1).__name__, isinstance(t, float))

class Even(int):
    def is_even(self):
        return self % 2 == 0
print(Even(4).is_even(), Even(7).is_even(), Even(3) + Even(4), type(Even(3) + 1).__name__)

class Shout(str):
    def shout(self):
        return self.upper() + "!"
w = Shout("hey")
print(w, w.shout(), len(w), w + "?", type(w + "?").__name__, w == "hey", w[1:])

class MyList(list):
    def __init__(self, *args):
        super().__init__(args)
        self.created = True
ml = MyList(3, 1, 2)
ml.sort()
print(ml, ml.created, ml[::-1])

class Reversed(list):
    def __iter__(self):
        return iter(self[::-1])
r = Reversed([1, 2, 3])
print(list(r), [x for x in r], r[0], len(r))
