"""Shallow and deep copies (pyrite's own implementation of `copy`).

Classes control copying with __copy__/__deepcopy__; otherwise an instance is rebuilt
with `cls.__new__(cls, *x.__getnewargs__())` (when defined), its built-in content
(list, dict, set items), its __dict__ and its slots are copied, and __setstate__ is
honoured. deepcopy keeps a memo from id() to copies so shared and cyclic structure is
reproduced.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(len), type(Ellipsis),
           type(NotImplemented), frozenset)


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        return True
    return cls.__name__ in ('function', 'builtin_function_or_method', 'code', 'module',
                            'property', 'weakref') and cls.__module__ == 'builtins'


def _state_of(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x), True
    state = dict(getattr(x, '__dict__', {}))
    for klass in type(x).__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                state[name] = getattr(x, name)
    return state, False


def _rebuild(x, copier):
    cls = type(x)
    getnewargs = getattr(cls, '__getnewargs__', None)
    args = getnewargs(x) if getnewargs is not None else ()
    y = cls.__new__(cls, *[copier(a) for a in args])
    if isinstance(x, list):
        y.extend(copier(v) for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[copier(k)] = copier(v)
    elif isinstance(x, (set,)):
        y.update(copier(v) for v in x)
    return y


def _restore(y, state, custom):
    setstate = getattr(y, '__setstate__', None)
    if custom or (setstate is not None and type(y).__dict__.get('__setstate__')):
        if setstate is None:
            raise Error(f'un(deep)copyable object of type {type(y)}')
        setstate(state)
        return
    for k, v in state.items():
        object.__setattr__(y, k, v)


def _user_reduction(x):
    """The result of a class's own __reduce_ex__(4) or __reduce__, if it has one."""
    cls = type(x)
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return method(x, 4) if name == '__reduce_ex__' else method(x)
    return None


def _reconstruct(x, rv, copier, memo=None):
    """Rebuild from a reduction (callable, args[, state[, listitems[, dictitems]]])."""
    if isinstance(rv, str):
        return x
    func, args, *rest = rv
    state = rest[0] if rest else None
    listiter = rest[1] if len(rest) > 1 else None
    dictiter = rest[2] if len(rest) > 2 else None
    y = func(*[copier(a) for a in args])
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        state = copier(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(copier(item))
    if dictiter is not None:
        for key, value in dictiter:
            y[copier(key)] = copier(value)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _user_reduction(x)
    if rv is not None:
        return _reconstruct(x, rv, lambda v: v)
    y = _rebuild(x, lambda v: v)
    state, custom = _state_of(x)
    if state or custom:
        _restore(y, state, custom)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        y.extend(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        rv = None if copier is not None else _user_reduction(x)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif rv is not None:
            y = _reconstruct(x, rv, lambda v: deepcopy(v, memo), memo)
        else:
            y = _rebuild(x, lambda v: deepcopy(v, memo))
            memo[d] = y
            state, custom = _state_of(x)
            if state or custom:
                _restore(y, deepcopy(state, memo), custom)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
