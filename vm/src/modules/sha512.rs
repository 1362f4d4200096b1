//! SHA-512 (FIPS 180-4), used by `random.seed` for str seeds exactly as CPython does.
//!
//! The message is padded with a 1 bit, zeros and its 128-bit length to a multiple of
//! 1024 bits; each block is expanded to 80 words and mixed into eight 64-bit state
//! words by 80 rounds. The round constants are the first 64 bits of the fractional parts
//! of the cube roots of the first 80 primes; the initial state uses square roots of the
//! first 8.

fn primes(count: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(count);
    let mut n = 2u64;
    while out.len() < count {
        if (2..n)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
        {
            out.push(n);
        }
        n += 1;
    }
    out
}

/// First 64 fractional bits of the `k`-th root of `p` (k = 2 or 3), by integer Newton
/// iteration on the root of p·2^(64k), so no floating point rounding is involved.
fn frac_root_bits(p: u64, k: u32) -> u64 {
    use num_bigint::BigUint;
    let target = BigUint::from(p) << (64 * k as usize);
    // Integer k-th root of target by Newton's method, starting above the root.
    let mut x = BigUint::from(1u8) << ((target.bits() as usize) / k as usize + 1);
    loop {
        let xk1 = x.pow(k - 1);
        let y = (&x * (k - 1) + &target / &xk1) / k;
        if y >= x {
            break;
        }
        x = y;
    }
    let digits = x.to_u64_digits();
    digits.first().copied().unwrap_or(0)
}

struct Constants {
    k: [u64; 80],
    h0: [u64; 8],
}

fn constants() -> &'static Constants {
    static C: std::sync::OnceLock<Constants> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut k = [0u64; 80];
        for (i, p) in ps.iter().enumerate() {
            k[i] = frac_root_bits(*p, 3);
        }
        let mut h0 = [0u64; 8];
        for (i, p) in ps.iter().take(8).enumerate() {
            h0[i] = frac_root_bits(*p, 2);
        }
        Constants { k, h0 }
    })
}

fn compress(h: &mut [u64; 8], block: &[u8], k: &[u64; 80]) {
    let mut w = [0u64; 80];
    for (i, chunk) in block.chunks_exact(8).enumerate() {
        w[i] = u64::from_be_bytes(chunk.try_into().expect("8 bytes"));
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for i in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(k[i])
            .wrapping_add(w[i]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(v);
    }
}

/// The SHA-512 digest of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let c = constants();
    let mut h = c.h0;
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        compress(&mut h, block, &c.k);
    }
    let mut out = [0u8; 64];
    for (i, v) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&v.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sha512;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn matches_the_fips_180_examples() {
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        let long = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno\
ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
        assert_eq!(
            hex(&sha512(long)),
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018\
             501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
        );
    }
}
