//! Maps keyed by token forms, for the term table of one analysis and the
//! vocabulary shared by all of them.
//!
//! The lookup runs once per token, millions of times on a book, so the
//! layout is chosen for the cache:
//! - Entries (key and value) sit in one dense vector in the order they were
//!   added. A text's frequent forms appear early, so they share a few
//!   cache lines at its front.
//! - The index is an open-addressed array of 8-byte slots (entry number and
//!   32 bits of the hash), half empty at most, probed linearly: a quarter
//!   of the size of a table holding the keys themselves. A slot whose hash
//!   bits differ is skipped without touching its entry.
//!
//! Measured against the standard map with the same keys, the change that
//! counted was how a key is built (`ShortForm::from_window`: three word
//! loads, no loop over the bytes), not the layout.
//!
//! A form of up to 23 bytes (nearly every word) is its own key, stored
//! inline as three words (`ShortForm`): a key that pointed into the text
//! would send every check to the form's first occurrence, anywhere in a
//! book. Longer forms are boxed, in a plain map of their own. The hash is
//! FxHash (rustc's): fast on short keys, and the keys come from the text
//! being analysed, not from an adversary who profits from collisions.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A map from token forms to `V`.
pub struct FormMap<V> {
    /// Entry number + 1 (0: empty) in the low half, hash bits in the high.
    slots: Vec<u64>,
    entries: Vec<(ShortForm, V)>,
    long: FastMap<Box<str>, V>,
}

impl<V> Default for FormMap<V> {
    fn default() -> Self {
        Self {
            slots: Vec::new(),
            entries: Vec::new(),
            long: FastMap::default(),
        }
    }
}

impl<V> FormMap<V> {
    pub fn with_capacity(forms: usize) -> Self {
        let mut map = Self::default();
        map.entries.reserve(forms);
        map.slots = vec![0; slots_for(forms)];
        map
    }

    pub fn get(&self, form: &str) -> Option<&V> {
        self.get_in(form, form, 0)
    }

    /// The value of `form`, to change in place.
    pub fn get_mut(&mut self, form: &str) -> Option<&mut V> {
        match ShortForm::new(form) {
            Some(key) => {
                let (found, _) = self.find(key, key.hash());
                found.and_then(|i| self.entries.get_mut(i)).map(|(_, v)| v)
            }
            None => self.long.get_mut(form),
        }
    }

    /// Every value, to change in place (in no particular order).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.entries
            .iter_mut()
            .map(|(_, v)| v)
            .chain(self.long.values_mut())
    }

    /// [`Self::get`] for the form `text[start..start + form.len()]`, its
    /// key read from the text as [`Self::get_or_insert_in`] reads it.
    pub fn get_in(&self, text: &str, form: &str, start: usize) -> Option<&V> {
        match ShortForm::in_text(text, form, start) {
            Some(key) => {
                let (found, _) = self.find(key, key.hash());
                found.and_then(|i| self.entries.get(i)).map(|(_, v)| v)
            }
            None => self.long.get(form),
        }
    }

    /// The value of `form`, made by `make` and kept if there is none yet.
    /// Returns a copy: the values kept here are an id or two shared strings.
    pub fn get_or_insert_with(&mut self, form: &str, make: impl FnOnce() -> V) -> V
    where
        V: Clone,
    {
        self.get_or_insert_in(form, form, 0, make)
    }

    /// [`Self::get_or_insert_with`] for the form `text[start..start + form.len()]`:
    /// the key is read from the text in three word loads where 24 bytes
    /// follow `start`, not byte by byte.
    pub fn get_or_insert_in(
        &mut self,
        text: &str,
        form: &str,
        start: usize,
        make: impl FnOnce() -> V,
    ) -> V
    where
        V: Clone,
    {
        let Some(key) = ShortForm::in_text(text, form, start) else {
            if let Some(v) = self.long.get(form) {
                return v.clone();
            }
            let v = make();
            self.long.insert(Box::from(form), v.clone());
            return v;
        };
        let hash = key.hash();
        let (found, free) = self.find(key, hash);
        if let Some((_, v)) = found.and_then(|i| self.entries.get(i)) {
            return v.clone();
        }
        let v = make();
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
            self.place(hash, self.entries.len());
        } else if let Some(slot) = free.and_then(|f| self.slots.get_mut(f)) {
            *slot = packed(hash, self.entries.len());
        }
        self.entries.push((key, v.clone()));
        v
    }

    pub fn len(&self) -> usize {
        self.entries.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = 0);
        self.entries.clear();
        self.long.clear();
    }

    /// The entry holding `key`, or else the empty slot where it would go.
    #[inline(always)]
    fn find(&self, key: ShortForm, hash: u64) -> (Option<usize>, Option<usize>) {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return (None, None);
        }
        let tag = hash >> 32;
        let mut at = home(hash, mask);
        // Half the slots at least are empty, so the probe ends.
        loop {
            let slot = self.slots.get(at).copied().unwrap_or(0);
            if slot == 0 {
                return (None, Some(at));
            }
            if slot >> 32 == tag {
                let i = (slot as u32 as usize) - 1;
                if self.entries.get(i).is_some_and(|(k, _)| *k == key) {
                    return (Some(i), None);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// Doubles the index and puts every entry back.
    fn grow(&mut self) {
        let size = slots_for(self.entries.len() + 1).max(self.slots.len() * 2);
        self.slots = vec![0; size];
        for i in 0..self.entries.len() {
            let hash = self.entries.get(i).map_or(0, |(k, _)| k.hash());
            self.place(hash, i);
        }
    }

    /// Records entry `i` (hash `hash`) in the first empty slot of its probe.
    fn place(&mut self, hash: u64, i: usize) {
        let mask = self.slots.len() - 1;
        let mut at = home(hash, mask);
        while self.slots.get(at).is_some_and(|&s| s != 0) {
            at = (at + 1) & mask;
        }
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = packed(hash, i);
        }
    }
}

/// Index slots for `forms` entries: a power of two, at least twice as many.
fn slots_for(forms: usize) -> usize {
    (forms.max(8) * 2).next_power_of_two()
}

/// Where a hash's probe starts.
fn home(hash: u64, mask: usize) -> usize {
    hash as usize & mask
}

fn packed(hash: u64, i: usize) -> u64 {
    (hash & !0xFFFF_FFFF) | (i as u64 + 1)
}

/// A surface form of up to 23 bytes, stored inline with its length, as a
/// hash key. Keys that point into the text would send every lookup to the
/// form's first occurrence, anywhere in a book: a cache miss per token.
#[derive(Clone, Copy, Eq)]
struct ShortForm([u64; 3]);

/// Three word compares, not the `memcmp` call the derived `==` becomes in
/// the size-optimised wasm.
impl PartialEq for ShortForm {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0, other.0);
        ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2])) == 0
    }
}

impl ShortForm {
    const MAX: usize = 23;

    #[inline(always)]
    fn new(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() > Self::MAX {
            return None;
        }
        // Built in registers: writing bytes to a buffer and reading it back
        // as words stalls store forwarding on every token.
        let part = |from: usize, to: usize| load_le(b.get(from..to.min(b.len())).unwrap_or(&[]));
        let len = (b.len() as u64) << 56;
        Some(ShortForm([part(0, 8), part(8, 16), part(16, 23) | len]))
    }

    /// The key of `form`, found at `text[start..]`: three word loads where
    /// 24 bytes follow `start`; `None` for a long form.
    #[inline(always)]
    fn in_text(text: &str, form: &str, start: usize) -> Option<Self> {
        match text.as_bytes().get(start..start + Self::MAX + 1) {
            Some(window) if form.len() <= Self::MAX => Some(Self::from_window(window, form.len())),
            _ => Self::new(form),
        }
    }

    /// The form of the first `len` (≤ 23) bytes of a 24-byte `window`,
    /// without a branch on the length.
    #[inline(always)]
    fn from_window(window: &[u8], len: usize) -> Self {
        ShortForm([
            masked_word(window, 0, len),
            masked_word(window, 1, len),
            masked_word(window, 2, len) | ((len as u64) << 56),
        ])
    }

    #[inline(always)]
    fn hash(self) -> u64 {
        let mut h = FxHasher::default();
        for w in self.0 {
            h.write_u64(w);
        }
        // FxHash's low bits see only the low bits of the words; folding the
        // high half in gives the probe's start all of them.
        let h = h.finish();
        h ^ (h >> 32)
    }
}

/// Word `k` of `window` with the bytes from `len` on cleared. A function,
/// not a closure: the size-optimised wasm calls closures out of line.
#[inline(always)]
fn masked_word(window: &[u8], k: usize, len: usize) -> u64 {
    let bytes = window.get(8 * k..8 * k + 8).unwrap_or(&[0; 8]);
    let w = u64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
    // The low `bits` bits, 0 to 64, in two shifts: one shift by 64 would
    // overflow, and u128 is a library call in wasm.
    let bits = 8 * len.saturating_sub(8 * k).min(8) as u32;
    w & ((1u64 << (bits / 2)) << (bits - bits / 2)).wrapping_sub(1)
}

/// Up to eight bytes as a little-endian word, zero above them. Two
/// overlapping loads instead of a loop over the bytes: where the loads
/// overlap they read the same bytes into the same places.
#[inline(always)]
fn load_le(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let at = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) << (8 * (n / 2)) | at(n - 1) << (8 * (n - 1)),
        4..=7 => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
        _ => match <[u8; 8]>::try_from(&bytes[..8]) {
            Ok(word) => u64::from_le_bytes(word),
            Err(_) => 0,
        },
    }
}

/// FxHash (rustc's hasher); see the module docs.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.write_u64(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }
    #[inline(always)]
    fn write_u64(&mut self, word: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_load_as_a_byte_loop_would() {
        let bytes: Vec<u8> = (1..=9).collect();
        for n in 0..=8 {
            let want = bytes[..n]
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | (u64::from(b) << (8 * i)));
            assert_eq!(load_le(&bytes[..n]), want, "{n} bytes");
        }
    }

    #[test]
    fn short_and_long_forms() {
        let long = "counterrevolutionary-minded";
        let mut map = FormMap::default();
        assert_eq!(map.get_or_insert_with("Trump", || 1), 1);
        assert_eq!(map.get_or_insert_with(long, || 2), 2);
        assert_eq!(map.get_or_insert_with("Trump", || 3), 1);
        assert_eq!(map.get(long), Some(&2));
        // Forms that differ only after byte 16 or in length stay apart.
        assert_eq!(map.get("Trum"), None);
        assert_eq!(map.get("abcdefghijklmnopqrstuvw"), None);
        map.get_or_insert_with("abcdefghijklmnopqrstuvw", || 4);
        assert_eq!(map.get("abcdefghijklmnopqrstuvx"), None);
        assert_eq!(map.len(), 3);
        // Changed in place, short and long alike.
        if let Some(v) = map.get_mut("Trump") {
            *v = 10;
        }
        assert_eq!(map.get_mut("Trum"), None);
        map.values_mut().for_each(|v| *v += 1);
        assert_eq!(map.get("Trump"), Some(&11));
        assert_eq!(map.get(long), Some(&3));
    }

    #[test]
    fn a_form_read_in_its_text_is_the_form_read_alone() {
        let text = "Trump’s counterrevolutionary-minded rival, Musk, x and abcdefghijklmnopqrstuvw";
        let mut map = FormMap::default();
        let mut next = 0;
        let mut start = 0;
        for form in text.split(' ') {
            let id = map.get_or_insert_in(text, form, start, || {
                next += 1;
                next
            });
            assert_eq!(map.get(form), Some(&id), "{form}");
            assert_eq!(map.get_or_insert_with(form, || 0), id, "{form}");
            for cut in 1..form.len() {
                if let Some(prefix) = form.get(..cut) {
                    assert_ne!(map.get(prefix), Some(&id), "{prefix} of {form}");
                }
            }
            start += form.len() + 1;
        }
        assert_eq!(map.len(), 7);
    }

    #[test]
    fn grows_and_clears_without_losing_a_form() {
        let forms: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        let mut map = FormMap::with_capacity(4);
        for (i, f) in forms.iter().enumerate() {
            assert_eq!(map.get_or_insert_with(f, || i), i);
        }
        assert_eq!(map.len(), forms.len());
        for (i, f) in forms.iter().enumerate() {
            assert_eq!(map.get(f), Some(&i), "{f}");
            assert_eq!(map.get_or_insert_with(f, || usize::MAX), i);
        }
        assert_eq!(map.get("w20000"), None);
        map.clear();
        assert!(map.is_empty());
        assert_eq!(map.get("w1"), None);
        assert_eq!(map.get_or_insert_with("w1", || 7), 7);
        assert_eq!(map.get("w1"), Some(&7));
    }
}
