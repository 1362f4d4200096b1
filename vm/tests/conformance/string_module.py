# string: constants, capwords and Template substitution
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_uppercase[:5])
print(string.capwords('hello   big  world'), string.capwords('a-b c-d', '-'), string.capwords(''))
t = string.Template('$who likes ${what} for $$5, not $who2')
print(t.substitute(who='tim', what='kung pao', who2='al'), t.substitute({'who': 'x', 'what': 'y', 'who2': 'z'}))
print(t.safe_substitute(who='ann'), t.get_identifiers(), t.is_valid(), t.template)
print(string.Template('$a$b ${c}d').substitute(a=1, b=2, c=3), string.Template('no vars').substitute())
for tmpl, kw in [('$missing', {}), ('cost: $ 5', {}), ('line1\n  $', {}), ('${bad', {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(string.Template('$ok and $5 and ${x').safe_substitute(ok='fine'), string.Template('$5').is_valid())
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name is %% done').substitute(name='job'))
