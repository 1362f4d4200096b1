//! The C library's `cbrt`, `erf`, `erfc`, `tgamma`, `lgamma` and inverse hyperbolic
//! functions, behind safe wrappers.
//!
//! CPython's `math` calls the platform libm for these, so pyrite must call the same
//! implementation to print the same digits (they are not correctly rounded, and other
//! implementations differ in the last bit). Rust's own `f64::cbrt` links to the port of
//! musl's libm in `compiler_builtins`, and `f64::asinh` and friends are computed in Rust, so on x86-64 glibc systems we bind glibc's versioned
//! symbols explicitly. Elsewhere the `libm` crate stands in.

#[cfg(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
mod imp {
    // Bind the local names to glibc's versioned symbols, bypassing the unversioned
    // definitions that `compiler_builtins` provides.
    std::arch::global_asm!(
        ".symver pyrite_glibc_cbrt, cbrt@GLIBC_2.2.5",
        ".symver pyrite_glibc_erf, erf@GLIBC_2.2.5",
        ".symver pyrite_glibc_erfc, erfc@GLIBC_2.2.5",
        ".symver pyrite_glibc_tgamma, tgamma@GLIBC_2.2.5",
        ".symver pyrite_glibc_lgamma, lgamma@GLIBC_2.23",
        ".symver pyrite_glibc_asinh, asinh@GLIBC_2.2.5",
        ".symver pyrite_glibc_acosh, acosh@GLIBC_2.2.5",
        ".symver pyrite_glibc_atanh, atanh@GLIBC_2.2.5",
    );

    #[link(name = "m")]
    extern "C" {
        fn pyrite_glibc_cbrt(x: f64) -> f64;
        fn pyrite_glibc_erf(x: f64) -> f64;
        fn pyrite_glibc_erfc(x: f64) -> f64;
        fn pyrite_glibc_tgamma(x: f64) -> f64;
        fn pyrite_glibc_lgamma(x: f64) -> f64;
        fn pyrite_glibc_asinh(x: f64) -> f64;
        fn pyrite_glibc_acosh(x: f64) -> f64;
        fn pyrite_glibc_atanh(x: f64) -> f64;
    }

    macro_rules! wrap {
        ($($name:ident => $c:ident;)*) => {$(
            /// The C library's function of the same name.
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function of one double; it reads no memory of
                // ours. (`lgamma` writes the global `signgam`, which nothing reads.)
                unsafe { $c(x) }
            }
        )*};
    }

    wrap! {
        cbrt => pyrite_glibc_cbrt;
        erf => pyrite_glibc_erf;
        erfc => pyrite_glibc_erfc;
        tgamma => pyrite_glibc_tgamma;
        lgamma => pyrite_glibc_lgamma;
        asinh => pyrite_glibc_asinh;
        acosh => pyrite_glibc_acosh;
        atanh => pyrite_glibc_atanh;
    }
}

#[cfg(not(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu")))]
mod imp {
    pub use libm::{acosh, asinh, atanh, cbrt, erf, erfc, lgamma, tgamma};
}

pub use imp::{acosh, asinh, atanh, cbrt, erf, erfc, lgamma, tgamma};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Not correctly rounded (glibc's cbrt(27) is 3.0000000000000004), hence tolerances.
        let close = |a: f64, b: f64| (a - b).abs() <= 4.0 * f64::EPSILON * b.abs();
        assert!(close(cbrt(27.0), 3.0));
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(erfc(0.0), 1.0);
        assert!(close(tgamma(5.0), 24.0));
        assert_eq!(lgamma(1.0), 0.0);
        assert!(close(erf(1.0), 0.8427007929497149));
    }
}
