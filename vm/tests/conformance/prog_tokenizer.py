# A small tokenizer and recursive-descent expression evaluator.
class ParseError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(("EOF", None))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] == "OP" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("OP", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "NUM":
            return val
        if kind == "NAME":
            return self.env[val]
        if (kind, val) == ("OP", "("):
            v = self.expr()
            self.take()
            return v
        raise ParseError(f"unexpected token {val!r}")

env = {"x": 3, "pi": 3.14159, "big": 2 ** 70}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "17 % 5 - x",
            "pi * x ^ 2", "big * big", "1.5 + .5", "((((7))))", "2 * (3 + 4) * 5"]:
    print(f"{src:18} => {Parser(tokenize(src), env).expr()}")
print(tokenize("a_1 + 22")[:3])
for bad in ["1 + $", "1 + * 2"]:
    try:
        Parser(tokenize(bad), env).expr()
    except ParseError as e:
        print("ParseError:", e)
