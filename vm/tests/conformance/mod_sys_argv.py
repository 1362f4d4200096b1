# args: alpha "two words" 42 --flag=x
# sys.argv: the script name comes first, then the arguments from the "# args:" header.
import sys

print(len(sys.argv))
print(sys.argv[0].endswith("mod_sys_argv.py"))
print(sys.argv[1:])
args = sys.argv[1:]
positional = [a for a in args if not a.startswith("--")]
options = dict(a[2:].split("=", 1) for a in args if a.startswith("--"))
print("positional:", positional)
print("options:", options)
numbers = [int(a) for a in positional if a.isdigit()]
print("numbers:", numbers, "sum:", sum(numbers))
print("words:", [a for a in positional if " " in a])
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
sys.argv.append("mutable")
print(sys.argv[-1], len(sys.argv))
