# Storing attributes where there is no storage: object(), ints, methods of built-in types.
for stmt in ["object().x = 1", "o = object(); print(o.x)", "del object().x", "(1).x = 2", "[].append = 3"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print("AttributeError:", e)
