# Alignment and fill characters across types.
for fill in " *0.#":
    print(f"|{'ab':{fill}<6}|{'ab':{fill}>6}|{'ab':{fill}^6}|{'ab':{fill}^7}|")
print(f"|{-5:<6}|{-5:>6}|{-5:^6}|{-5:=6}|{-5:06}|")
print(f"|{5:=+6}|{5:+^6}|{-5:0>6}|{-5:0<6}|")
print(f"|{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"|{'é✓':^6}|{'日本':>5}|{'😀':*<3}|")
print(f"|{'':^4}|{'x':^1}|{'toolongvalue':^5}|{'abc':.2}|{'abcdef':>8.3}|")
print("|{:<8}|{:>8}|{:^8}|".format(1.5, -2.25, 0))
print("|{:=>10}|{:_<10}|".format("r", "l"))
print("|{0:x^9}|{0:x<9}|{0:x>9}|".format(42))
header = ["id", "name", "score"]
data = [(1, "ann", 9.5), (22, "bob", 10.25), (333, "carolina", 7.0)]
print(f"{header[0]:>4} {header[1]:<9} {header[2]:>6}")
for i, nm, sc in data:
    print(f"{i:>4} {nm:<9} {sc:>6.2f}")
print(f"{'total':.>20}{sum(r[2] for r in data):.>8.2f}")
print(str(7).center(5, "0"), "%-5s|%5s|" % ("a", "b"))
