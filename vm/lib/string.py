"""String constants, capwords and Template (pyrite's own implementation of `string`)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (a space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _scan(self):
        """Yield (literal text, placeholder name or None, start index) pieces."""
        t = self.template
        delim = self.delimiter
        i = 0
        text_start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                yield t[text_start:], None, None, None
                return
            k = j + len(delim)
            if t.startswith(delim, k):
                yield t[text_start:k], None, None, None
                i = text_start = k + len(delim)
                continue
            name = None
            end = k
            if k < len(t) and t[k] == '{':
                e = k + 1
                if e < len(t) and _is_ident_start(t[e]):
                    e += 1
                    while e < len(t) and _is_ident_char(t[e]):
                        e += 1
                    if e < len(t) and t[e] == '}':
                        name, end = t[k + 1:e], e + 1
            elif k < len(t) and _is_ident_start(t[k]):
                e = k + 1
                while e < len(t) and _is_ident_char(t[e]):
                    e += 1
                name, end = t[k:e], e
            yield t[text_start:j], name, j, t[j:end]
            i = text_start = end if name is not None else k

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _render(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        out = []
        for text, name, index, raw in self._scan():
            out.append(text)
            if index is None:
                continue
            if name is None:
                if safe:
                    out.append(self.delimiter)
                    continue
                self._invalid(index + len(self.delimiter))
            if safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(raw)
            else:
                out.append(str(mapping[name]))
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        """Substitute $name placeholders; missing names raise KeyError."""
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Substitute what is known and leave other placeholders as they are."""
        return self._render(mapping, kws, True)

    def get_identifiers(self):
        """Names of the valid placeholders, in order of first appearance."""
        ids = []
        for _, name, index, _ in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        """Whether every delimiter starts a valid placeholder."""
        return all(index is None or name is not None for _, name, index, _ in self._scan())


def _split_field_name(name):
    """('first', [(is_attribute, key), ...]) for 'a.b[0]'-style field names."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field '
                                 'specifier')
    return first, rest


def _parse_format(s):
    """The (literal, field_name, format_spec, conversion) chunks of a format string."""
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        depth, j = 1, i + 1
        bracket = False
        while j < n:
            ch = s[j]
            if ch == '[':
                bracket = True
            elif ch == ']':
                bracket = False
            elif ch == '{' and not bracket:
                depth += 1
            elif ch == '}' and not bracket:
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        k, m = 0, len(field)
        bracket = False
        while k < m and (bracket or field[k] not in '!:'):
            if field[k] == '[':
                bracket = True
            elif field[k] == ']':
                bracket = False
            k += 1
        name, conversion, spec = field[:k], None, ''
        if k < m and field[k] == '!':
            if k + 1 >= m:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = field[k + 1]
            k += 2
            if k < m and field[k] != ':':
                raise ValueError('expected \':\' after conversion specifier')
        if k < m and field[k] == ':':
            spec = field[k + 1:]
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


class Formatter:
    """str.format's machinery as overridable methods (parse, get_field, ...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython words this case like the opposite one.)
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


__all__.append('Formatter')
