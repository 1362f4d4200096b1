//! The free-list space: where objects live.
//!
//! Small objects (up to [`MAX_SMALL`] bytes including the header) are allocated from 64 KiB
//! blocks, each block holding cells of one size class (a segregated-fit allocator, as in
//! most non-moving collectors). Free cells of a class form a singly linked list threaded
//! through their header's class word. Larger objects are allocated one by one from the system
//! allocator and kept in a table.
//!
//! The space is shared by every plan: mark-sweep marks and then calls [`Space::sweep`];
//! a refcounting plan would call [`Space::free`] when a count drops to zero; a non-moving
//! generational plan (sticky mark bits) would sweep with the age bits.
//!
//! In *verify* mode (used by `--gc-stress`) freed cells are poisoned and kept out of the
//! free lists until the following collection (a one-cycle quarantine), so a dangling
//! reference still finds a `FREE` header when the next collection traces it, and is reported.

use crate::header::{flags, Header, HEADER_SIZE, LARGE};
use crate::objref::ObjRef;
use std::alloc::{alloc, dealloc, Layout};
use std::collections::HashMap;
use std::ptr::NonNull;

/// Size of one block of small objects; blocks are aligned to their size.
pub const BLOCK_SIZE: usize = 64 * 1024;
/// Largest object (header included) allocated from blocks.
pub const MAX_SMALL: usize = 2048;
/// Cell sizes of the small-object size classes.
pub const SIZE_CLASSES: [usize; 24] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048,
];
const NCLASSES: usize = SIZE_CLASSES.len();
/// Empty blocks kept for reuse before they are returned to the system.
const KEEP_FREE_BLOCKS: usize = 32;
/// Byte written over the payload of freed objects in verify mode.
const POISON: u8 = 0xDB;

/// Index of the smallest size class holding `size` bytes (`size <= MAX_SMALL`).
fn class_index(size: usize) -> usize {
    SIZE_CLASSES.partition_point(|&c| c < size)
}

/// A block of equally sized cells.
struct Block {
    start: NonNull<u8>,
    class: usize,
}

impl Block {
    fn cells(&self) -> impl Iterator<Item = ObjRef> + '_ {
        let size = SIZE_CLASSES[self.class];
        let base = self.start.as_ptr() as usize;
        // SAFETY: every cell start inside an owned block is a header written by `carve`.
        (0..BLOCK_SIZE / size).map(move |i| unsafe { ObjRef::from_raw(base + i * size) })
    }
}

/// Why the space could not allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// Result of a sweep.
#[derive(Debug, Default, Clone, Copy)]
pub struct SweepReport {
    /// Objects reclaimed.
    pub freed_objects: usize,
    /// Bytes reclaimed (cell sizes).
    pub freed_bytes: usize,
    /// Objects that survived.
    pub live_objects: usize,
}

/// Segregated-fit space of small-object blocks plus individually allocated large objects.
pub struct Space {
    blocks: Vec<Block>,
    /// Block start address -> index into `blocks` (for [`Space::is_live_object`]).
    block_index: HashMap<usize, usize>,
    free_lists: [usize; NCLASSES],
    empty_blocks: Vec<NonNull<u8>>,
    large: HashMap<usize, usize>,
    bytes_in_use: usize,
    verify: bool,
}

impl Space {
    /// An empty space. In verify mode freed memory is poisoned and never reused.
    pub fn new(verify: bool) -> Space {
        Space {
            blocks: Vec::new(),
            block_index: HashMap::new(),
            free_lists: [0; NCLASSES],
            empty_blocks: Vec::new(),
            large: HashMap::new(),
            bytes_in_use: 0,
            verify,
        }
    }

    /// Bytes currently occupied by objects (cell sizes, headers included).
    pub fn bytes_in_use(&self) -> usize {
        self.bytes_in_use
    }

    /// Bytes reserved from the system (blocks, empty blocks and large objects).
    pub fn bytes_reserved(&self) -> usize {
        (self.blocks.len() + self.empty_blocks.len()) * BLOCK_SIZE
            + self.large.values().sum::<usize>()
    }

    /// Allocates `size` bytes (header included) and writes a fresh header.
    pub fn alloc(&mut self, size: usize, class: usize, kind: u8) -> Result<ObjRef, OutOfMemory> {
        let size = size.max(HEADER_SIZE);
        if size > MAX_SMALL {
            return self.alloc_large(size, class, kind);
        }
        let ci = class_index(size);
        if self.free_lists[ci] == 0 {
            self.add_block(ci)?;
        }
        // SAFETY: free-list entries are free cells of an owned block.
        let obj = unsafe { ObjRef::from_raw(self.free_lists[ci]) };
        let header = Self::raw_header(obj);
        self.free_lists[ci] = header.class();
        header.reset(class, kind, ci as u16);
        self.bytes_in_use += SIZE_CLASSES[ci];
        Ok(obj)
    }

    /// The header of a cell that may be free (`ObjRef::header` rejects free cells in debug).
    pub(crate) fn raw_header<'a>(obj: ObjRef) -> &'a Header {
        // SAFETY: `obj` is a cell of an owned block or a live large object; headers are
        // accessed only through Cells.
        unsafe { obj.cast::<Header>() }
    }

    fn alloc_large(&mut self, size: usize, class: usize, kind: u8) -> Result<ObjRef, OutOfMemory> {
        let layout = Layout::from_size_align(size, 16).map_err(|_| OutOfMemory)?;
        // SAFETY: the layout has a non-zero size.
        let ptr = NonNull::new(unsafe { alloc(layout) }).ok_or(OutOfMemory)?;
        let header = ptr.cast::<Header>();
        // SAFETY: freshly allocated, suitably aligned memory of at least HEADER_SIZE bytes.
        unsafe { header.as_ptr().write(Header::new(class, kind, LARGE)) };
        self.large.insert(ptr.as_ptr() as usize, size);
        self.bytes_in_use += size;
        Ok(ObjRef::from_ptr(header))
    }

    fn add_block(&mut self, ci: usize) -> Result<(), OutOfMemory> {
        let start = match self.empty_blocks.pop() {
            Some(b) => b,
            None => {
                let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).expect("block layout");
                // SAFETY: the layout has a non-zero size.
                NonNull::new(unsafe { alloc(layout) }).ok_or(OutOfMemory)?
            }
        };
        let block = Block { start, class: ci };
        self.carve(&block);
        self.block_index
            .insert(start.as_ptr() as usize, self.blocks.len());
        self.blocks.push(block);
        Ok(())
    }

    /// Writes a free header into every cell of a block and pushes them on the free list.
    fn carve(&mut self, block: &Block) {
        let size = SIZE_CLASSES[block.class];
        let base = block.start.as_ptr() as usize;
        let n = BLOCK_SIZE / size;
        for i in (0..n).rev() {
            let cell = (base + i * size) as *mut Header;
            // SAFETY: the cell lies inside the owned block and is 16-byte aligned.
            unsafe { cell.write(Header::new(0, 0, block.class as u16)) };
            // SAFETY: just initialised.
            unsafe { &*cell }.make_free(self.free_lists[block.class]);
            self.free_lists[block.class] = cell as usize;
        }
    }

    /// Whether `obj` is an object currently allocated in this space (not a free cell, not a
    /// stray address). Used to verify references during marking.
    pub fn is_live_object(&self, obj: ObjRef) -> bool {
        let addr = obj.addr();
        if self.large.contains_key(&addr) {
            return true;
        }
        let start = addr & !(BLOCK_SIZE - 1);
        let Some(&bi) = self.block_index.get(&start) else {
            return false;
        };
        let size = SIZE_CLASSES[self.blocks[bi].class];
        (addr - start).is_multiple_of(size) && !Self::raw_header(obj).has(flags::FREE)
    }

    /// Reclaims every unmarked object (calling `finalize` on each first) and clears the marks
    /// of the survivors. Rebuilds the free lists; returns wholly empty blocks to the pool.
    pub fn sweep(&mut self, finalize: &mut dyn FnMut(ObjRef)) -> SweepReport {
        let mut report = SweepReport::default();
        self.free_lists = [0; NCLASSES];
        let mut kept = Vec::with_capacity(self.blocks.len());
        for block in std::mem::take(&mut self.blocks) {
            let size = SIZE_CLASSES[block.class];
            let mut live = 0;
            let mut quarantined = 0;
            let mut free_cells = Vec::new();
            for cell in block.cells() {
                let h = Self::raw_header(cell);
                if h.has(flags::FREE) {
                    free_cells.push(cell);
                } else if h.has(flags::MARK) {
                    h.clear(flags::MARK);
                    live += 1;
                } else {
                    finalize(cell);
                    self.release_cell(cell, size);
                    report.freed_objects += 1;
                    report.freed_bytes += size;
                    if self.verify {
                        quarantined += 1;
                    } else {
                        free_cells.push(cell);
                    }
                }
            }
            report.live_objects += live;
            if live == 0 && quarantined == 0 {
                self.empty_blocks.push(block.start);
                continue;
            }
            for cell in free_cells.into_iter().rev() {
                Self::raw_header(cell).make_free(self.free_lists[block.class]);
                self.free_lists[block.class] = cell.addr();
            }
            kept.push(block);
        }
        self.blocks = kept;
        self.block_index = self
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.start.as_ptr() as usize, i))
            .collect();
        self.trim_empty_blocks();
        self.sweep_large(finalize, &mut report);
        report
    }

    /// Marks a small cell free (poisoning it in verify mode) and updates the accounting.
    fn release_cell(&mut self, cell: ObjRef, size: usize) {
        if self.verify {
            // SAFETY: the payload bytes belong to this dead cell.
            unsafe { std::ptr::write_bytes(cell.payload_ptr(), POISON, size - HEADER_SIZE) };
        }
        Self::raw_header(cell).make_free(0);
        self.bytes_in_use -= size;
    }

    fn sweep_large(&mut self, finalize: &mut dyn FnMut(ObjRef), report: &mut SweepReport) {
        let mut dead = Vec::new();
        for &addr in self.large.keys() {
            // SAFETY: every key of `large` is a live large object.
            let obj = unsafe { ObjRef::from_raw(addr) };
            let h = obj.header();
            if h.has(flags::MARK) {
                h.clear(flags::MARK);
                report.live_objects += 1;
            } else {
                dead.push(obj);
            }
        }
        for obj in dead {
            finalize(obj);
            let size = self.large.remove(&obj.addr()).expect("large object");
            self.free_large(obj, size);
            report.freed_objects += 1;
            report.freed_bytes += size;
        }
    }

    fn free_large(&mut self, obj: ObjRef, size: usize) {
        self.bytes_in_use -= size;
        let layout = Layout::from_size_align(size, 16).expect("large layout");
        // SAFETY: allocated in `alloc_large` with this layout, removed from the table.
        unsafe { dealloc(obj.addr() as *mut u8, layout) };
    }

    fn trim_empty_blocks(&mut self) {
        while self.empty_blocks.len() > KEEP_FREE_BLOCKS {
            let b = self.empty_blocks.pop().expect("non-empty");
            let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).expect("block layout");
            // SAFETY: blocks are allocated in `add_block` with this layout and not in use.
            unsafe { dealloc(b.as_ptr(), layout) };
        }
    }

    /// Every allocated object (for teardown and debugging).
    pub fn objects(&self) -> Vec<ObjRef> {
        let mut v: Vec<ObjRef> = self
            .blocks
            .iter()
            .flat_map(|b| b.cells())
            .filter(|c| !Self::raw_header(*c).has(flags::FREE))
            .collect();
        // SAFETY: keys of `large` are live large objects.
        v.extend(self.large.keys().map(|&a| unsafe { ObjRef::from_raw(a) }));
        v
    }
}

impl Drop for Space {
    fn drop(&mut self) {
        let layout = Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE).expect("block layout");
        for b in self
            .blocks
            .drain(..)
            .map(|b| b.start)
            .chain(self.empty_blocks.drain(..))
        {
            // SAFETY: every block was allocated with this layout and is dropped once.
            unsafe { dealloc(b.as_ptr(), layout) };
        }
        for (addr, size) in self.large.drain() {
            let layout = Layout::from_size_align(size, 16).expect("large layout");
            // SAFETY: allocated in `alloc_large` with this layout.
            unsafe { dealloc(addr as *mut u8, layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_round_up() {
        assert_eq!(SIZE_CLASSES[class_index(16)], 16);
        assert_eq!(SIZE_CLASSES[class_index(17)], 32);
        assert_eq!(SIZE_CLASSES[class_index(129)], 160);
        assert_eq!(SIZE_CLASSES[class_index(2048)], 2048);
    }

    #[test]
    fn cells_are_reused_after_sweep() {
        let mut s = Space::new(false);
        let a = s.alloc(40, 7, 1).unwrap();
        assert_eq!(s.bytes_in_use(), 48);
        let r = s.sweep(&mut |_| {});
        assert_eq!(r.freed_objects, 1);
        assert_eq!(s.bytes_in_use(), 0);
        let b = s.alloc(40, 7, 1).unwrap();
        assert!(s.is_live_object(b));
        let _ = a;
    }

    #[test]
    fn verify_mode_quarantines_freed_cells_for_one_collection() {
        let mut s = Space::new(true);
        let keep = s.alloc(40, 7, 1).unwrap();
        let a = s.alloc(40, 7, 1).unwrap();
        Space::raw_header(keep).set(flags::MARK);
        s.sweep(&mut |_| {});
        assert!(!s.is_live_object(a));
        let b = s.alloc(40, 7, 1).unwrap();
        assert_ne!(a, b, "a cell freed by the last collection is not reused");
        Space::raw_header(keep).set(flags::MARK);
        Space::raw_header(b).set(flags::MARK);
        s.sweep(&mut |_| {});
        let mut reused = false;
        for _ in 0..BLOCK_SIZE / 48 {
            reused |= s.alloc(40, 7, 1).unwrap() == a;
        }
        assert!(reused, "after one more collection the cell is reusable");
    }
}
