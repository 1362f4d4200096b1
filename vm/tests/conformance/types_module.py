# types: names of the built-in types, SimpleNamespace, new_class
import types, sys

def f():
    yield 1
async def co():
    pass
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(f(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
c = co(); print(isinstance(c, types.CoroutineType)); c.close()
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GenericAlias.__name__, types.UnionType.__name__)
print(isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType), isinstance(f.__code__, types.CodeType))
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]; print(ns, ns.a, ns.c, ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns == types.SimpleNamespace(a=1))
del ns.a; print(ns, vars(ns), types.SimpleNamespace())
try:
    types.SimpleNamespace({'x': 1})
except TypeError as e:
    print('TypeError:', e)
r = types.SimpleNamespace(); r.me = r; print(r)
class NS(types.SimpleNamespace):
    pass
print(NS(q=1))
print(hasattr(ns, 'missing'), getattr(ns, 'b'))
K = types.new_class('K', (C,), exec_body=lambda d: d.update({'x': 5}))
print(K.__name__, K.x, K.__mro__[1].__name__, isinstance(K(), C))
