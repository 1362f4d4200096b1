//! `_random`: the Mersenne Twister (MT19937) core behind the frozen `random` module.
//!
//! The generator keeps 624 32-bit words; every 624 outputs the whole array is
//! regenerated ("twisted"), and each output word is tempered by shifts and masks.
//! Seeding and the derivation of floats and wide integers follow CPython's `_random`
//! bit for bit, so a program seeded the same way draws the same numbers: an int seed
//! is split into 32-bit words (least significant first) and mixed in with
//! `init_by_array`; a str seed is first extended with its SHA-512 digest; `random()`
//! combines 27 and 26 high bits of two outputs into a 53-bit float. The state lives in
//! a `native_state` heap object that the Python `Random` class holds.

use super::sha512::sha512;
use crate::error::{ExcKind, PyResult};
use crate::objects::function::Args;
use crate::objects::{Gc, NativeData, TupleData};
use crate::ops::int::as_int;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

/// MT19937 state.
struct Mt {
    words: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, seed: u32) {
        self.words[0] = seed;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mt = &mut self.words;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mt = &mut self.words;
        for k in 0..N {
            let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % N] & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "_random");
    vm.module_fn(m, "new_state", new_state);
    vm.module_fn(m, "seed_int", seed_int);
    vm.module_fn(m, "seed_str", seed_str);
    vm.module_fn(m, "seed_entropy", seed_entropy);
    vm.module_fn(m, "random", random);
    vm.module_fn(m, "getrandbits", getrandbits);
    vm.module_fn(m, "getstate", getstate);
    vm.module_fn(m, "setstate", setstate);
}

/// Runs `f` on the generator held by the state object `v`.
fn with_mt<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let Some(d) = Gc::<NativeData>::from_value(v) else {
        return Err(vm.type_error("expected a _random state"));
    };
    let mut state = d.state.borrow_mut();
    match state.downcast_mut::<Mt>() {
        Some(mt) => Ok(f(mt)),
        None => Err(vm.type_error("expected a _random state")),
    }
}

fn new_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("new_state", &args, 0, 0)?;
    let mut mt = Mt {
        words: [0; N],
        index: N,
    };
    mt.init_genrand(5489);
    let data = NativeData {
        state: RefCell::new(Box::new(mt)),
        size: std::mem::size_of::<Mt>(),
    };
    Ok(vm.alloc(vm.types.native_state, data).value())
}

/// The 32-bit words of |n|, least significant first (at least one word).
fn key_words(n: &BigInt) -> Vec<u32> {
    let mut words = n.magnitude().to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

/// `seed_int(state, n)`: seeds from the absolute value of the int `n`.
fn seed_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("seed_int", &args, 2, 2)?;
    let Some(n) = as_int(args.pos[1]) else {
        return Err(vm.type_error("seed_int() expects an int"));
    };
    let key = key_words(&n.to_big());
    with_mt(vm, args.pos[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::NONE)
}

/// `seed_str(state, s)`: CPython's version-2 seeding of str: the int whose big-endian
/// bytes are the UTF-8 of `s` followed by its SHA-512 digest.
fn seed_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("seed_str", &args, 2, 2)?;
    let Some(s) = crate::ops::as_str(args.pos[1]) else {
        return Err(vm.type_error("seed_str() expects a str"));
    };
    let mut bytes = s.as_bytes().to_vec();
    bytes.extend_from_slice(&sha512(s.as_bytes()));
    let key = key_words(&BigInt::from_bytes_be(Sign::Plus, &bytes));
    with_mt(vm, args.pos[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::NONE)
}

/// `seed_entropy(state)`: seeds from the operating system's random source (falling back
/// to the clock and process id).
fn seed_entropy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("seed_entropy", &args, 1, 1)?;
    let mut bytes = vec![0u8; N * 4];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !from_os {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        bytes = (t ^ std::process::id() as u128).to_le_bytes().to_vec();
    }
    let key: Vec<u32> = bytes
        .chunks(4)
        .map(|c| c.iter().rev().fold(0u32, |acc, b| (acc << 8) | *b as u32))
        .collect();
    with_mt(vm, args.pos[0], |mt| mt.init_by_array(&key))?;
    Ok(Value::NONE)
}

/// `random(state)`: a float in [0.0, 1.0) with 53 random bits.
fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("random", &args, 1, 1)?;
    let f = with_mt(vm, args.pos[0], |mt| mt.random())?;
    Ok(vm.new_float(f))
}

/// `getrandbits(state, k)`: an int with `k` random bits, built from 32-bit outputs
/// least significant word first (the last word keeps its high bits).
fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getrandbits", &args, 2, 2)?;
    let k = vm.to_ssize(args.pos[1])?;
    if k < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    let k = k as u64;
    if k <= 32 {
        let r = with_mt(vm, args.pos[0], |mt| {
            if k == 0 {
                0
            } else {
                mt.next_u32() >> (32 - k)
            }
        })?;
        return Ok(vm.new_int(r as i64));
    }
    let words = with_mt(vm, args.pos[0], |mt| {
        let mut left = k;
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while left > 0 {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        words
    })?;
    let n = BigInt::from_slice(Sign::Plus, &words);
    Ok(vm.int_from_big(n))
}

/// `getstate(state)`: the 624 words and the position, as a tuple of 625 ints.
fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("getstate", &args, 1, 1)?;
    let (words, index) = with_mt(vm, args.pos[0], |mt| (mt.words, mt.index))?;
    let mut items: Vec<Value> = words.iter().map(|w| vm.new_int(*w as i64)).collect();
    items.push(vm.new_int(index as i64));
    Ok(vm.new_tuple(items))
}

/// `setstate(state, t)`: restores a tuple made by `getstate`.
fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("setstate", &args, 2, 2)?;
    let Some(t) = crate::ops::unwrap_kind(args.pos[1], crate::objects::Kind::Tuple)
        .and_then(Gc::<TupleData>::from_value)
    else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(vm.new_error(ExcKind::ValueError, "state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (i, v) in t.items.iter().take(N).enumerate() {
        let w = as_int(*v).and_then(|x| x.to_i64());
        match w {
            Some(w) if (0..=u32::MAX as i64).contains(&w) => words[i] = w as u32,
            _ => {
                return Err(vm.new_error(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                ))
            }
        }
    }
    let index = as_int(t.items[N]).and_then(|x| x.to_i64()).unwrap_or(-1);
    if !(0..=N as i64).contains(&index) {
        return Err(vm.new_error(ExcKind::ValueError, "invalid state"));
    }
    with_mt(vm, args.pos[0], |mt| {
        mt.words = words;
        mt.index = index as usize;
    })?;
    Ok(Value::NONE)
}
