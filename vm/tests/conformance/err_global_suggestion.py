counter = 0
lst = [1, 2]
print(len(lst))
print(lenn(lst))
