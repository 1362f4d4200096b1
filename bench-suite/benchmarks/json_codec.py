"""JSON codec: a JSON encoder and a recursive-descent JSON decoder written
in pure Python (no json module), round-tripping pseudo-randomly generated
nested documents -- objects, arrays, strings with escapes and non-ASCII
characters, integers, floats, booleans and null.

Stresses: string building with lists and join, character-by-character
scanning and slicing, dict/list construction, recursion, isinstance
dispatch, int/float parsing and repr.
run(n) round-trips documents totalling about n values and returns
"length checksum".
"""
import _util

ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
    '\b': '\\b', '\f': '\\f',
}
UNESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
    'r': '\r', 't': '\t',
}
HEX = "0123456789abcdef"


def encode_string(s, out):
    out.append('"')
    start = 0
    for i in range(len(s)):
        ch = s[i]
        code = ord(ch)
        if code >= 0x20 and code < 0x7f and ch != '"' and ch != '\\':
            continue
        if start < i:
            out.append(s[start:i])
        esc = ESCAPES.get(ch)
        if esc is None:
            esc = "\\u" + HEX[(code >> 12) & 15] + HEX[(code >> 8) & 15] + \
                HEX[(code >> 4) & 15] + HEX[code & 15]
        out.append(esc)
        start = i + 1
    if start < len(s):
        out.append(s[start:])
    out.append('"')


def encode_value(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(repr(v))
    elif isinstance(v, str):
        encode_string(v, out)
    elif isinstance(v, list):
        out.append("[")
        first = True
        for item in v:
            if not first:
                out.append(",")
            first = False
            encode_value(item, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for key, item in v.items():
            if not first:
                out.append(",")
            first = False
            encode_string(key, out)
            out.append(":")
            encode_value(item, out)
        out.append("}")
    else:
        raise TypeError("cannot encode %r" % (v,))


def encode(v):
    out = []
    encode_value(v, out)
    return "".join(out)


class DecodeError(Exception):
    pass


class Decoder(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        n = len(text)
        while pos < n and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def decode(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise DecodeError("trailing data at %d" % self.pos)
        return value

    def value(self):
        self.skip_ws()
        text = self.text
        if self.pos >= len(text):
            raise DecodeError("unexpected end")
        ch = text[self.pos]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.array()
        if ch == '"':
            return self.string()
        if ch == 't' and text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == 'f' and text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == 'n' and text.startswith("null", self.pos):
            self.pos += 4
            return None
        if ch == '-' or '0' <= ch <= '9':
            return self.number()
        raise DecodeError("unexpected %r at %d" % (ch, self.pos))

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == '}':
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos] != '"':
                raise DecodeError("expected key at %d" % self.pos)
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ':':
                raise DecodeError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                raise DecodeError("expected ',' or '}' at %d" % self.pos)

    def array(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == ']':
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == ']':
                return result
            if ch != ',':
                raise DecodeError("expected ',' or ']' at %d" % self.pos)

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        start = pos
        while True:
            ch = text[pos]
            if ch == '"':
                chunks.append(text[start:pos])
                self.pos = pos + 1
                return "".join(chunks)
            if ch == '\\':
                chunks.append(text[start:pos])
                esc = text[pos + 1]
                if esc == 'u':
                    chunks.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    rep = UNESCAPES.get(esc)
                    if rep is None:
                        raise DecodeError("bad escape at %d" % pos)
                    chunks.append(rep)
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == '-':
            pos += 1
        n = len(text)
        while pos < n and '0' <= text[pos] <= '9':
            pos += 1
        is_float = False
        if pos < n and text[pos] == '.':
            is_float = True
            pos += 1
            while pos < n and '0' <= text[pos] <= '9':
                pos += 1
        if pos < n and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < n and '0' <= text[pos] <= '9':
                pos += 1
        self.pos = pos
        if is_float:
            return float(text[start:pos])
        return int(text[start:pos])


WORDS = ["alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash",
         "new\nline", "tab\there", "caf\u00e9", "\u03bb-calculus",
         "\u20ac100", "snow\u2603man", "ctrl\u0001char", "", "x" * 20]


class Generator(object):
    def __init__(self, seed):
        self.rng = _util.Random(seed)
        self.count = 0

    def string(self):
        rng = self.rng
        return rng.choice(WORDS) + str(rng.randrange(1000))

    def value(self, depth):
        rng = self.rng
        self.count += 1
        kind = rng.randrange(10) if depth < 5 else 4 + rng.randrange(6)
        if kind < 2:
            d = {}
            for _ in range(rng.randrange(6)):
                d[self.string()] = self.value(depth + 1)
            return d
        if kind < 4:
            return [self.value(depth + 1) for _ in range(rng.randrange(7))]
        if kind < 6:
            return self.string()
        if kind == 6:
            return rng.randint(-10 ** 6, 10 ** 6) * (rng.randrange(3) + 1)
        if kind == 7:
            return rng.randrange(2000000) / 64.0 - 10000.0
        if kind == 8:
            return rng.randrange(2) == 0
        return None


QUICK = 6000
DEFAULT = 60000


def run(n):
    gen = Generator(99)
    length = 0
    checksum = 0
    while gen.count < n:
        doc = {"id": gen.count, "payload": gen.value(0),
               "tags": [gen.string() for _ in range(3)]}
        text = encode(doc)
        back = Decoder(text).decode()
        if back != doc:
            raise RuntimeError("json round trip mismatch")
        again = encode(back)
        if again != text:
            raise RuntimeError("json re-encode mismatch")
        length += len(text)
        for ch in text[::7]:
            checksum = (checksum * 33 + ord(ch)) % 1000000007
    return "%d %d" % (length, checksum)
