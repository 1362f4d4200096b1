# eval/exec see the caller's variables (a snapshot inside functions), any mapping as
# locals; locals() includes closure variables.
def f(a):
    c = a + 1
    print(eval("a * 10 + c"))
    exec("newname = 1")
    print("newname" in globals())
    exec("print(a, c)")
    d = {}
    exec("z = 1", None, d)
    print(d)
f(1)
print("newname" in globals())
def outer():
    x = 5
    def inner():
        y = x + 1
        print(sorted(locals()), eval("x + y"))
    inner()
outer()
g = {"q": 3}
print(eval("q + 1", g), "q" in globals())
exec("w = 7", g)
print(g["w"], "w" in globals())
class M:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
print(eval("magic + 1", {}, M()))
class K:
    v = 3
    print(eval("v * 2"))
    exec("u = v + 1")
print(K.u)
