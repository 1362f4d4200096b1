# warnings: default filters, once-per-location, error/ignore actions, catch_warnings(record=True)
import sys, warnings
import os
class _Out:  # the printed warnings go to stdout, without the directory part of the path
    def write(self, s):
        sys.stdout.write(s.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Out()
def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
def risky(n):
    warnings.warn(f'risky {n}')
for i in range(3):
    risky(1)
risky(2)
old_api()
warnings.warn('plain', RuntimeWarning)
warnings.warn(UserWarning('instance'))
warnings.warn('pending', PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    risky(1)
    risky(1)
    warnings.warn('dep', DeprecationWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        risky(3)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    risky(4)
warnings.filterwarnings('ignore', message='risky 5')
risky(5)
risky(6)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError:', e)
print(warnings.formatwarning('msg', FutureWarning, 'file.py', 10, 'code line'))
