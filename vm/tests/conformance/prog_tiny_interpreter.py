# A tiny stack-based interpreter with variables, jumps and a call stack.
PROGRAM = """
    push 0
    store i
    push 1
    store acc
loop:
    load i
    push 10
    lt
    jz end
    load acc
    push 2
    mul
    store acc
    load i
    push 1
    add
    store i
    jmp loop
end:
    load acc
    print
    push 7
    call square
    print
    halt
square:
    dup
    mul
    ret
"""

def assemble(text):
    code, labels = [], {}
    for line in text.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return code, labels

def run(code, labels, trace=False):
    stack, env, calls, pc, steps = [], {}, [], 0, 0
    binops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b,
              "sub": lambda a, b: a - b, "lt": lambda a, b: int(a < b)}
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "load":
            stack.append(env[arg])
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            stack.append(binops[op](a, b))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "call":
            calls.append(pc)
            pc = labels[arg]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            print("OUT:", stack.pop())
        elif op == "halt":
            return steps, env
        else:
            raise ValueError(f"bad op {op}")

code, labels = assemble(PROGRAM)
print(len(code), "instructions; labels:", labels)
steps, env = run(code, labels)
print("steps:", steps, "env:", env)
try:
    run([("push", "1"), ("frobnicate", None)], {})
except ValueError as e:
    print("ValueError:", e)
