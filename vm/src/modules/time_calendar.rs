//! The calendar half of `time`: broken-down times and strftime, from the C library.
//!
//! CPython's `time.localtime`, `mktime` and `strftime` call the platform C library, so
//! pyrite calls the same functions (time zone rules, `%c` and `%x` forms, the `tm_zone`
//! names) through the `libc` crate. Each call is wrapped in a small safe function; the
//! frozen `time` module builds `struct_time` values from the tuples these return.

use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm, m: crate::objects::Gc<crate::objects::ModuleData>) {
    vm.module_fn(m, "_gmtime", gmtime);
    vm.module_fn(m, "_localtime", localtime);
    vm.module_fn(m, "_mktime", mktime);
    vm.module_fn(m, "_strftime", strftime);
    tzset();
    let (std_name, dst_name, timezone, altzone, daylight) = zone_info();
    let names = vec![vm.new_str(std_name), vm.new_str(dst_name)];
    let names = vm.new_tuple(names);
    vm.module_attr(m, "tzname", names);
    for (k, v) in [
        ("timezone", timezone),
        ("altzone", altzone),
        ("daylight", daylight),
    ] {
        let v = vm.new_int(v);
        vm.module_attr(m, k, v);
    }
}

fn tzset() {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only reads the TZ environment variable and initialises the C
    // library's time zone globals; pyrite runs it on one thread.
    unsafe { tzset() }
}

/// (standard name, DST name, seconds west of UTC, DST seconds west, daylight flag),
/// from the zone in force in January and July of the current year.
fn zone_info() -> (String, String, i64, i64, i64) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let year_start = now - now.rem_euclid(365 * 86400);
    let jan = local_tm(year_start).unwrap_or_else(zero_tm);
    let jul = local_tm(year_start + 182 * 86400).unwrap_or_else(zero_tm);
    let (std, dst) = if jan.tm_gmtoff <= jul.tm_gmtoff {
        (jan, jul)
    } else {
        (jul, jan)
    };
    (
        zone_name(&std),
        zone_name(&dst),
        -std.tm_gmtoff,
        -dst.tm_gmtoff,
        (std.tm_gmtoff != dst.tm_gmtoff) as i64,
    )
}

fn zero_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data (ints, a long and a pointer); all zeros is valid
    // (a null zone pointer is handled by `zone_name`).
    unsafe { std::mem::zeroed() }
}

fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return "UTC".into();
    }
    // SAFETY: a non-null tm_zone from localtime_r points to a NUL-terminated string in
    // the C library's static zone tables, valid for the life of the process.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn local_tm(t: i64) -> Option<libc::tm> {
    let mut tm = zero_tm();
    let tt = t as libc::time_t;
    // SAFETY: both pointers refer to valid, exclusively borrowed locals for the call.
    let r = unsafe { libc::localtime_r(&tt, &mut tm) };
    (!r.is_null()).then_some(tm)
}

fn utc_tm(t: i64) -> Option<libc::tm> {
    let mut tm = zero_tm();
    let tt = t as libc::time_t;
    // SAFETY: both pointers refer to valid, exclusively borrowed locals for the call.
    let r = unsafe { libc::gmtime_r(&tt, &mut tm) };
    (!r.is_null()).then_some(tm)
}

/// The seconds argument: floor of a float or int (None is the caller's business).
fn seconds(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(f) = crate::ops::float::as_float(v) {
        if !f.is_finite() || f.abs() > 1e17 {
            return Err(vm.new_error(
                ExcKind::OverflowError,
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(f.floor() as i64);
    }
    vm.to_ssize(v)
}

/// The 11-tuple (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff).
fn tm_tuple(vm: &mut Vm, tm: &libc::tm) -> Value {
    let ints = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let mut items: Vec<Value> = ints.iter().map(|i| vm.new_int(*i)).collect();
    items.push(vm.new_str(zone_name(tm)));
    items.push(vm.new_int(tm.tm_gmtoff));
    vm.new_tuple(items)
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_gmtime", &args, 1, 1)?;
    let t = seconds(vm, args.pos[0])?;
    match utc_tm(t) {
        Some(tm) => Ok(tm_tuple(vm, &tm)),
        None => Err(vm.new_error(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        )),
    }
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_localtime", &args, 1, 1)?;
    let t = seconds(vm, args.pos[0])?;
    match local_tm(t) {
        Some(tm) => Ok(tm_tuple(vm, &tm)),
        None => Err(vm.new_error(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        )),
    }
}

/// A `struct tm` from the first nine items of a time tuple (already range-checked by
/// the caller; wday/yday are converted back to C's conventions).
fn tm_from(vm: &mut Vm, t: Value) -> PyResult<libc::tm> {
    let items = vm.collect_iterable(t)?;
    if items.len() < 9 {
        return Err(vm.type_error("time tuple must have 9 elements"));
    }
    let mut v = [0i64; 9];
    for (i, x) in items.iter().take(9).enumerate() {
        v[i] = vm.to_ssize(*x)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = (v[0] - 1900) as libc::c_int;
    tm.tm_mon = (v[1] - 1) as libc::c_int;
    tm.tm_mday = v[2] as libc::c_int;
    tm.tm_hour = v[3] as libc::c_int;
    tm.tm_min = v[4] as libc::c_int;
    tm.tm_sec = v[5] as libc::c_int;
    tm.tm_wday = ((v[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (v[7] - 1) as libc::c_int;
    tm.tm_isdst = v[8] as libc::c_int;
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_mktime", &args, 1, 1)?;
    let mut tm = tm_from(vm, args.pos[0])?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, exclusively borrowed local.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.new_error(ExcKind::OverflowError, "mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

/// `_strftime(format, tuple, zone, gmtoff)`: zone and gmtoff (or None) are the
/// `tm_zone`/`tm_gmtoff` of a struct_time, used by `%Z` and `%z`.
fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("_strftime", &args, 4, 4)?;
    let fmt = crate::ops::str_of(args.pos[0]).to_string();
    let mut tm = tm_from(vm, args.pos[1])?;
    let zone = crate::ops::as_str(args.pos[2]).and_then(|z| std::ffi::CString::new(z).ok());
    if let Some(z) = &zone {
        // The pointer stays valid while `zone` lives, which outlasts the strftime call.
        tm.tm_zone = z.as_ptr();
    }
    if !args.pos[3].is_none() {
        tm.tm_gmtoff = vm.to_ssize(args.pos[3])? as libc::c_long;
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else {
        return Err(vm.new_error(ExcKind::ValueError, "embedded null character"));
    };
    let mut size = 256 + fmt.len() * 8;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes, cfmt is NUL-terminated and tm is a
        // valid local; strftime writes at most `size` bytes including the NUL.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || fmt.is_empty() || size > 1 << 20 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}
