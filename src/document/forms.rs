//! Maps keyed by token forms, for the term table of one analysis and the
//! vocabulary shared by all of them.
//!
//! A form of up to 23 bytes (nearly every word) is its own key, stored
//! inline as three words (`ShortForm`): a key that pointed into the text
//! would send every lookup to the form's first occurrence, anywhere in a
//! book, a cache miss per token. Longer forms are boxed. The hasher is
//! FxHash (rustc's): fast on short keys, and the keys come from the text
//! being analysed, not from an adversary who profits from collisions.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A map from token forms to `V`.
pub struct FormMap<V> {
    short: FastMap<ShortForm, V>,
    long: FastMap<Box<str>, V>,
}

impl<V> Default for FormMap<V> {
    fn default() -> Self {
        Self {
            short: FastMap::default(),
            long: FastMap::default(),
        }
    }
}

impl<V> FormMap<V> {
    pub fn with_capacity(forms: usize) -> Self {
        let mut map = Self::default();
        map.short.reserve(forms);
        map
    }

    pub fn get(&self, form: &str) -> Option<&V> {
        match ShortForm::new(form) {
            Some(key) => self.short.get(&key),
            None => self.long.get(form),
        }
    }

    /// The value of `form`, made by `make` and kept if there is none yet.
    /// Returns a copy: the values kept here are an id or two shared strings.
    pub fn get_or_insert_with(&mut self, form: &str, make: impl FnOnce() -> V) -> V
    where
        V: Clone,
    {
        match ShortForm::new(form) {
            Some(key) => {
                if let Some(v) = self.short.get(&key) {
                    return v.clone();
                }
                let v = make();
                self.short.insert(key, v.clone());
                v
            }
            None => {
                if let Some(v) = self.long.get(form) {
                    return v.clone();
                }
                let v = make();
                self.long.insert(Box::from(form), v.clone());
                v
            }
        }
    }

    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }
}

/// A surface form of up to 23 bytes, stored inline with its length, as a
/// hash key. Keys that point into the text would send every lookup to the
/// form's first occurrence, anywhere in a book: a cache miss per token.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ShortForm([u64; 3]);

impl ShortForm {
    const MAX: usize = 23;

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
}

/// Up to eight bytes as a little-endian word.
fn load_le(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(word) => u64::from_le_bytes(word),
        Err(_) => bytes
            .iter()
            .enumerate()
            .fold(0, |w, (i, &b)| w | (u64::from(b) << (8 * i))),
    }
}

impl std::hash::Hash for ShortForm {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for w in self.0 {
            state.write_u64(w);
        }
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
    }
}
