//! Big integers: ints that do not fit in a tagged word. The VM keeps the invariant that a
//! `BigIntData` never holds a value that would fit in a small int, so equality of small ints
//! never needs to look at big ones.

use super::{Kind, Payload};
use num_bigint::BigInt;
use pyrite_gc::Tracer;

/// Payload of big `int` objects.
pub struct BigIntData {
    /// The value (outside the small-int range).
    pub value: BigInt,
}

impl Payload for BigIntData {
    const KIND: Kind = Kind::BigInt;
    fn trace(&self, _tracer: &mut dyn Tracer) {}
    fn external_size(&self) -> usize {
        (self.value.bits() / 8) as usize
    }
}
