# % formatting with mapping keys.
data = {"name": "Ada", "age": 36, "score": 97.5, "lang": "python"}
print("%(name)s is %(age)d years old" % data)
print("%(name)-10s|%(age)05d|%(score)8.2f|" % data)
print("%(lang)r %(lang)s %(lang).3s" % data)
print("%(age)x %(age)o %(score)e" % data)
print("%(name)s %(name)s %(name)s" % data)
print("%(a)s+%(b)s" % {"a": 1, "b": [2]}, "%%(x)s" % {})
try:
    "%(missing)s" % data
except KeyError as e:
    print(type(e).__name__, e)
rows = [{"item": "pen", "qty": 3, "price": 1.2}, {"item": "notebook", "qty": 12, "price": 3.45}]
for r in rows:
    print("%(item)-10s x%(qty)3d @ %(price)6.2f = %(total)7.2f" % dict(r, total=r["qty"] * r["price"]))
template = "Dear %(title)s %(last)s,"
for person in ({"title": "Dr.", "last": "Who"}, {"title": "Ms.", "last": "Smith"}):
    print(template % person)
print("%s" % {"k": 1}, "%s %s" % ("x", {"k": 2}))
print("%(0)s %(1)s" % {"0": "zero", "1": "one"})
print("%-6s|%6s|" % ("ab", "cd"), "%3d%%" % 7)
