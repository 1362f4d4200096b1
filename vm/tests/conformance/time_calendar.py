# time: struct_time, gmtime/localtime/mktime round trips, strftime and asctime
import time
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, isinstance(t, tuple))
g = time.gmtime(1700000000.75); print(tuple(g), g.tm_wday, g.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b %%', g), time.strftime('%A %B %d %y', time.gmtime(86400 * 365.25 * 30)))
print(time.asctime(g), time.asctime(time.gmtime(0)), time.strftime('%H:%M', (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, type(time.mktime(lt)).__name__, time.localtime(time.mktime(lt)) == lt)
print(time.ctime(0) == time.asctime(time.localtime(0)), isinstance(time.timezone, int), len(time.tzname), time.daylight in (0, 1))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)); print(st, st.tm_mday, st.tm_zone)
for bad in [lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((1, 2, 3)), lambda: time.strftime(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
now = time.time(); print(abs(time.mktime(time.localtime(now)) - int(now)) < 1, time.gmtime().tm_year >= 2024, time.perf_counter() >= 0)
