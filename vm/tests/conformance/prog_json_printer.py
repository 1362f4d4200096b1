# A hand-written JSON-like serializer and parser round trip.
def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None or obj is True or obj is False:
        return {None: "null", True: "true", False: "false"}[obj]
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, list):
        if not obj:
            return "[]"
        inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f'{pad}  {dumps(str(k))}: {dumps(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")

def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if text[pos] == "}":
                pos += 1; return out
            while True:
                k = value()
                ws(); pos += 1
                out[k] = value()
                ws(); pos += 1
                if text[pos - 1] == "}":
                    return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if text[pos] == "]":
                pos += 1; return out
            while True:
                out.append(value())
                ws(); pos += 1
                if text[pos - 1] == "]":
                    return out
        if ch == '"':
            end = pos + 1
            buf = []
            while text[end] != '"':
                if text[end] == "\\":
                    end += 1
                    buf.append({"n": "\n"}.get(text[end], text[end]))
                else:
                    buf.append(text[end])
                end += 1
            pos = end + 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        end = pos
        while end < len(text) and text[end] in "+-0123456789.e":
            end += 1
        tok, pos = text[pos:end], end
        return float(tok) if any(c in tok for c in ".e") else int(tok)
    return value()

doc = {"name": "pyrite", "version": [0, 1, 2], "stable": False, "ratio": 0.1,
       "tags": ["vm", "rust"], "meta": {"empty": {}, "none": None, "quote": 'say "hi"\n'},
       "big": 2 ** 64, "neg": -1.5e-07}
text = dumps(doc)
print(text)
back = loads(text)
print(back == doc, back["meta"]["quote"] == doc["meta"]["quote"], type(back["big"]).__name__)
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
