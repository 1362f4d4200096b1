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
