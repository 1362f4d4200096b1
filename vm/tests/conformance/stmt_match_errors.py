# match: CPython's compile-time checks (SyntaxError with msg and lineno).
def t(src):
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
t('match 1:\n case x: pass\n case 2: pass')
t('match 1:\n case _: pass\n case 2: pass')
t('match 1:\n case [x, x]: pass')
t('match 1:\n case [x] | y: pass')
t('match 1:\n case {"a": 1, "a": 2}: pass')
t('match 1:\n case (x as y) | z: pass')
t('class C: a=1\nmatch C():\n case C(a=1, a=2): pass')
t('match 1:\n case x if x > 0: print("guarded", x)\n case 2: pass')
t('match [1, 2]:\n case [a, *b] | [*b, a]: print(a, b)')
t('match 1:\n case 1 | x: pass\n case 2: pass')
