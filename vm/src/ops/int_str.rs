//! The limit on decimal conversions of big ints (CPython 3.11's
//! `sys.set_int_max_str_digits`, a defence against quadratic-time conversions of huge
//! numbers).
//!
//! Converting an int to a string in a base that is not a power of two (decimal for `str`,
//! `repr`, `%d`, `format`) and parsing a string of digits in such a base both refuse more
//! than the limit's number of digits (default 4300; 0 means no limit) with CPython's
//! `ValueError`. Binary, octal and hexadecimal conversions are linear and never limited.
//! The digit count of a number whose size alone proves it over the limit is not computed:
//! the error comes before the conversion.

use crate::error::PyResult;
use crate::vm::Vm;
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const MIN_MAX_STR_DIGITS: usize = 640;

/// log10(2): decimal digits per bit.
const LOG10_2: f64 = std::f64::consts::LOG10_2;

impl Vm {
    /// The decimal digits of `i` (with a `-` sign when negative), refused with a
    /// `ValueError` beyond the digit limit.
    pub fn int_to_decimal(&mut self, i: &BigInt) -> PyResult<String> {
        let limit = self.int_max_str_digits;
        // A number of b bits has at least floor((b - 1) * log10 2) + 1 digits.
        if limit > 0 && i.bits() > 64 && ((i.bits() - 1) as f64 * LOG10_2) as usize > limit {
            return Err(self.int_limit_error(None));
        }
        let s = i.to_string();
        let digits = s.len() - usize::from(s.starts_with('-'));
        if limit > 0 && digits > limit {
            return Err(self.int_limit_error(None));
        }
        Ok(s)
    }

    /// Refuses to parse `digits` digits in a base that is not a power of two when that is
    /// beyond the limit.
    pub fn check_int_parse_digits(&mut self, digits: usize, base: u32) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit > 0 && !base.is_power_of_two() && digits > limit {
            return Err(self.int_limit_error(Some(digits)));
        }
        Ok(())
    }

    fn int_limit_error(&mut self, parsed: Option<usize>) -> crate::error::PyErr {
        let limit = self.int_max_str_digits;
        let has = match parsed {
            Some(n) => format!(": value has {n} digits"),
            None => String::new(),
        };
        self.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion{has}; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    }
}
