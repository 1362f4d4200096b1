"""Warning control (pyrite's own implementation of `warnings`).

warn() finds the caller's file and line with sys._getframe(stacklevel), picks the
action of the first matching filter (CPython 3.11's default filters: DeprecationWarning
shown only when triggered by __main__; PendingDeprecationWarning, ImportWarning and
ResourceWarning ignored; everything else shown once per location) and prints
`file:line: Category: message` and the source line to stderr. Filter message and module
patterns match as prefixes (pyrite has no `re` module yet); exact CPython regex
semantics apply to plain literal patterns only.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')
filters = []
defaultaction = 'default'
_onceregistry = set()
_registry = set()
_filters_version = [0]
_line_cache = {}


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters[:] = _default_filters()


def _getline(filename, lineno):
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, NotImplementedError):
            lines = []
        _line_cache[filename] = lines
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way."""
    s = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        line = _getline(filename, lineno)
    if line:
        s += f'  {line.strip()}\n'
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1
    _registry.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter((action, message.lower() or None, category, module or None, lineno),
                append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_action(action)
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_version[0] += 1
    _registry.clear()


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or text.lower().startswith(msg))
                and issubclass(category, cat)
                and (mod is None or module == mod or module.startswith(mod + '.'))
                and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface: issue a warning at an explicit location."""
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    if action == 'once':
        key = (text, category)
        if key in _onceregistry:
            return
        _onceregistry.add(key)
    elif action in ('default', 'module'):
        key = (text, category, module if action == 'module' else (filename, lineno))
        if key in _registry:
            return
        _registry.add(key)
    showwarning(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f'category must be a Warning subclass, not '
                        f"'{type(category).__name__}'")
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get('__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module)


class WarningMessage:
    """A recorded warning (catch_warnings(record=True))."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : {self._category_name!r}, '
                f'filename : {self.filename!r}, lineno : {self.lineno}, '
                f'line : {self.line!r}}}')


class catch_warnings:
    """Save the warning filters and showwarning() on entry and restore them on exit."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._filter_args = (category, lineno, append)

    def __repr__(self):
        return f"catch_warnings({'record=True' if self._record else ''})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        module = sys.modules['warnings']
        self._saved = (filters[:], module.showwarning, set(_registry))
        if self._action:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            module.showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        saved_filters, show, registry = self._saved
        filters[:] = saved_filters
        sys.modules['warnings'].showwarning = show
        _registry.clear()
        _registry.update(registry)
        _filters_version[0] += 1
