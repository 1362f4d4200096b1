//! `_fileio`: the native half of text files (`open()`); the file object itself is the
//! frozen `io.TextIOWrapper`.
//!
//! A file's state is a `native_state` object holding the OS file, a read-ahead buffer of
//! bytes not yet returned and a write buffer. Reads decode UTF-8 and, in the default
//! newline mode, turn `\r\n` and `\r` into `\n` (a `\r` at the end of the read-ahead
//! waits for the next byte). Writes are buffered and flushed when the file is closed,
//! before any read or seek, by `flush()`, and at interpreter exit for files still open
//! (the registry below holds weak references, so it keeps no file alive).

use crate::error::{ExcKind, PyErr, PyResult};
use crate::objects::function::Args;
use crate::objects::{ExceptionData, Gc, NativeData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

/// An open (or closed) text file.
struct FileInner {
    file: Option<File>,
    /// Bytes read from the OS but not yet returned.
    rbuf: Vec<u8>,
    /// Bytes written but not yet given to the OS.
    wbuf: Vec<u8>,
    /// Translate `\r\n` and `\r` to `\n` when reading (`newline=None`).
    translate: bool,
    /// How lines end: 0 universal with translation (`newline=None`), 1 universal
    /// untranslated (`''`), 2 `'\n'`, 3 `'\r'`, 4 `'\r\n'`.
    newline: u8,
    eof: bool,
}

type Shared = Rc<RefCell<FileInner>>;

thread_local! {
    static OPEN_FILES: RefCell<Vec<Weak<RefCell<FileInner>>>> = const { RefCell::new(Vec::new()) };
}

/// Flushes every file still open (at interpreter exit).
pub fn flush_all() {
    OPEN_FILES.with(|files| {
        for f in files.borrow().iter().filter_map(Weak::upgrade) {
            let _ = f.borrow_mut().flush();
        }
    });
}

impl FileInner {
    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(f) = self.file.as_mut() {
            if !self.wbuf.is_empty() {
                f.write_all(&self.wbuf)?;
                self.wbuf.clear();
            }
        }
        Ok(())
    }

    /// Reads more bytes into `rbuf`; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        let Some(f) = self.file.as_mut() else {
            return Ok(false);
        };
        let mut chunk = [0u8; 8192];
        let n = f.read(&mut chunk)?;
        self.rbuf.extend_from_slice(&chunk[..n]);
        self.eof = n == 0;
        Ok(n > 0)
    }

    /// Takes `n` bytes off the front of the read-ahead buffer.
    fn take(&mut self, n: usize) -> Vec<u8> {
        self.rbuf.drain(..n).collect()
    }

    /// The byte position of the next byte a read returns.
    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush()?;
        let Some(f) = self.file.as_mut() else {
            return Ok(0);
        };
        Ok(f.stream_position()? - self.rbuf.len() as u64)
    }
}

pub(super) fn install(vm: &mut Vm) {
    let m = super::builtin_module(vm, "_fileio");
    vm.module_fn(m, "open", open);
    vm.module_fn(m, "read", read);
    vm.module_fn(m, "readline", readline);
    vm.module_fn(m, "write", write);
    vm.module_fn(m, "flush", flush);
    vm.module_fn(m, "close", close);
    vm.module_fn(m, "seek", seek);
    vm.module_fn(m, "tell", tell);
}

impl Vm {
    /// The Python exception for a failed OS call on `filename`: the OSError subclass
    /// for its errno, with CPython's `[Errno N] message: 'filename'`.
    pub(crate) fn os_error_from(&mut self, err: &std::io::Error, filename: Option<&str>) -> PyErr {
        let errno = err.raw_os_error().unwrap_or(0);
        let text = err.to_string();
        let strerror = match text.find(" (os error") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        let mut args = vec![self.new_int(errno as i64), self.new_str(strerror)];
        if let Some(f) = filename {
            args.push(self.new_str(f));
        }
        let cls = self.types.exc(ExcKind::OSError).value();
        match self.call(cls, &args, &[]) {
            Ok(e) => match Gc::<ExceptionData>::from_value(e) {
                Some(e) => PyErr::new(e),
                None => self.type_error("OSError() did not make an exception"),
            },
            Err(e) => e,
        }
    }
}

fn shared(vm: &mut Vm, v: Value) -> PyResult<Shared> {
    let bad = |vm: &mut Vm| vm.type_error("expected a _fileio state");
    let Some(d) = Gc::<NativeData>::from_value(v) else {
        return Err(bad(vm));
    };
    let state = d.state.borrow();
    match state.downcast_ref::<Shared>() {
        Some(s) => Ok(s.clone()),
        None => Err(bad(vm)),
    }
}

fn io_err(vm: &mut Vm, e: std::io::Error) -> PyErr {
    vm.os_error_from(&e, None)
}

/// Where the line starting at `buf[0]` ends (exclusive), scanning from `from`; `None`
/// when more bytes are needed (or, at end of file, when there is no terminator).
fn line_end(buf: &[u8], from: usize, newline: u8, eof: bool) -> Option<usize> {
    let mut i = from;
    while i < buf.len() {
        let c = buf[i];
        match (newline, c) {
            (0..=2, b'\n') => return Some(i + 1),
            (0 | 1, b'\r') | (4, b'\r') => match buf.get(i + 1) {
                Some(b'\n') => return Some(i + 2),
                Some(_) if newline != 4 => return Some(i + 1),
                None if !eof => return None,
                _ if newline != 4 => return Some(i + 1),
                _ => {}
            },
            (3, b'\r') => return Some(i + 1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// `open(path, mode, newline)`: mode is one of r, w, a, x with an optional '+';
/// newline is the line-ending code described at [`FileInner::newline`].
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("open", &args, 3, 3)?;
    let path = crate::ops::str_of(args.pos[0]).to_string();
    let mode = crate::ops::str_of(args.pos[1]).to_string();
    let newline = vm.to_ssize(args.pos[2])?.clamp(0, 4) as u8;
    let translate = newline == 0;
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => o.read(true).write(plus),
    };
    let file = match o.open(&path) {
        Ok(f) => f,
        Err(e) => return Err(vm.os_error_from(&e, Some(&path))),
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(vm.os_error_from(&e, Some(&path)));
    }
    let inner: Shared = Rc::new(RefCell::new(FileInner {
        file: Some(file),
        rbuf: Vec::new(),
        wbuf: Vec::new(),
        translate,
        newline,
        eof: false,
    }));
    OPEN_FILES.with(|files| {
        let mut files = files.borrow_mut();
        files.retain(|w| w.strong_count() > 0);
        files.push(Rc::downgrade(&inner));
    });
    let data = NativeData {
        state: RefCell::new(Box::new(inner)),
        size: 16 << 10,
    };
    Ok(vm.alloc(vm.types.native_state, data).value())
}

/// Decodes bytes read from the file, translating newlines if asked.
fn decode(vm: &mut Vm, bytes: Vec<u8>, translate: bool) -> PyResult<Value> {
    let s = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let b = e.as_bytes()[pos];
            let why = if e.utf8_error().error_len().is_none() {
                "unexpected end of data"
            } else if (0x80..0xc0).contains(&b) {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            let msg = format!("'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {why}");
            return Err(vm.new_error(ExcKind::UnicodeDecodeError, msg));
        }
    };
    let s = if translate && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    };
    Ok(vm.new_str(s))
}

/// Length of the longest prefix of `buf` that ends on a UTF-8 character boundary and
/// does not end with a `\r` that a following `\n` could join (unless at end of file).
fn complete_prefix(buf: &[u8], eof: bool, translate: bool) -> usize {
    let mut end = buf.len();
    if !eof {
        let mut back = 0;
        while back < 4 && back < end && (buf[end - 1 - back] & 0xc0) == 0x80 {
            back += 1;
        }
        if back < end {
            let lead = buf[end - 1 - back];
            let need = match lead {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            };
            if need > back + 1 {
                end -= back + 1;
            }
        }
        if translate && end > 0 && buf[end - 1] == b'\r' {
            end -= 1;
        }
    }
    end
}

/// `read(state, n)`: up to `n` characters (all that remain when `n` < 0).
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("read", &args, 2, 2)?;
    let f = shared(vm, args.pos[0])?;
    let n = vm.to_ssize(args.pos[1])?;
    let mut inner = f.borrow_mut();
    loop {
        let enough = n >= 0 && {
            let end = complete_prefix(&inner.rbuf, inner.eof, inner.translate);
            let chars = std::str::from_utf8(&inner.rbuf[..end]).map_or(end, |s| s.chars().count());
            chars > n as usize
        };
        if enough {
            break;
        }
        match inner.fill() {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(io_err(vm, e)),
        }
    }
    let translate = inner.translate;
    let bytes = if n < 0 {
        let all = inner.rbuf.len();
        inner.take(all)
    } else {
        let end = complete_prefix(&inner.rbuf, inner.eof, translate);
        let text = String::from_utf8_lossy(&inner.rbuf[..end]).into_owned();
        // Count characters after newline translation: "\r\n" is one character.
        let mut taken = 0usize;
        let mut chars = 0usize;
        let b = text.as_bytes();
        while chars < n as usize && taken < b.len() {
            let step = if translate && b[taken] == b'\r' && b.get(taken + 1) == Some(&b'\n') {
                2
            } else {
                text[taken..].chars().next().map_or(1, char::len_utf8)
            };
            taken += step;
            chars += 1;
        }
        inner.take(taken)
    };
    drop(inner);
    decode(vm, bytes, translate)
}

/// `readline(state, limit)`: the next line with its newline ('' at end of file).
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("readline", &args, 2, 2)?;
    let f = shared(vm, args.pos[0])?;
    let limit = vm.to_ssize(args.pos[1])?;
    let mut inner = f.borrow_mut();
    let end = loop {
        if let Some(e) = line_end(&inner.rbuf, 0, inner.newline, inner.eof) {
            break Some(e);
        }
        if limit >= 0 && inner.rbuf.len() >= limit as usize * 4 {
            break None;
        }
        match inner.fill() {
            Ok(true) => {}
            Ok(false) => break line_end(&inner.rbuf, 0, inner.newline, true),
            Err(e) => return Err(io_err(vm, e)),
        }
    };
    let mut end = end.unwrap_or(inner.rbuf.len());
    if limit >= 0 {
        let text = String::from_utf8_lossy(&inner.rbuf[..end]);
        if let Some((i, _)) = text.char_indices().nth(limit as usize) {
            end = end.min(i);
        }
    }
    let translate = inner.translate;
    let bytes = inner.take(end);
    drop(inner);
    decode(vm, bytes, translate)
}

/// `write(state, s)`: buffers the UTF-8 of `s`.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("write", &args, 2, 2)?;
    let f = shared(vm, args.pos[0])?;
    let s = crate::ops::str_of(args.pos[1]);
    let mut inner = f.borrow_mut();
    if !inner.rbuf.is_empty() {
        // Writing after reading: continue where the reader stopped.
        let back = inner.rbuf.len() as i64;
        inner.rbuf.clear();
        if let Some(file) = inner.file.as_mut() {
            if let Err(e) = file.seek(SeekFrom::Current(-back)) {
                drop(inner);
                return Err(io_err(vm, e));
            }
        }
    }
    inner.wbuf.extend_from_slice(s.as_bytes());
    let result = if inner.wbuf.len() > 1 << 16 {
        inner.flush()
    } else {
        Ok(())
    };
    drop(inner);
    result.map_err(|e| io_err(vm, e))?;
    Ok(Value::NONE)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("flush", &args, 1, 1)?;
    let f = shared(vm, args.pos[0])?;
    let r = f.borrow_mut().flush();
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("close", &args, 1, 1)?;
    let f = shared(vm, args.pos[0])?;
    let mut inner = f.borrow_mut();
    let r = inner.flush();
    inner.file = None;
    inner.rbuf.clear();
    drop(inner);
    r.map_err(|e| io_err(vm, e))?;
    Ok(Value::NONE)
}

/// `seek(state, offset, whence)`: returns the new byte position.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("seek", &args, 3, 3)?;
    let f = shared(vm, args.pos[0])?;
    let offset = vm.to_ssize(args.pos[1])?;
    let whence = vm.to_ssize(args.pos[2])?;
    let mut inner = f.borrow_mut();
    let pos = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset - inner.rbuf.len() as i64),
        _ => SeekFrom::End(offset),
    };
    let r = inner.flush().and_then(|_| match inner.file.as_mut() {
        Some(file) => file.seek(pos),
        None => Ok(0),
    });
    inner.rbuf.clear();
    inner.eof = false;
    drop(inner);
    let p = r.map_err(|e| io_err(vm, e))?;
    Ok(vm.new_int(p as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.arity("tell", &args, 1, 1)?;
    let f = shared(vm, args.pos[0])?;
    let r = f.borrow_mut().tell();
    let p = r.map_err(|e| io_err(vm, e))?;
    Ok(vm.new_int(p as i64))
}
