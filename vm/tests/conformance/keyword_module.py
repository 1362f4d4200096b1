# keyword: the keyword lists and predicates
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ['if', 'match', 'case', 'print', 'None', 'async', '_', 'self'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'case', '_', 'type'] if keyword.issoftkeyword(w)])
import functools, itertools, collections
print(functools.__name__, itertools.__name__, collections.__name__, 'deque' in dir(collections))
