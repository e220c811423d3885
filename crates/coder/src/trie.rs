//! A token-id trie with optional gaps, for greedy longest phrase matching on token boundaries.
//!
//! Tokens are interned to `u32` ids; an edge is a `(node, token)` key in one hash
//! map, which keeps the structure flat and lookups to one hash each. A node may
//! also have a *gap* edge: the pattern `accuse ... of` skips up to [`MAX_GAP`]
//! tokens between `accuse` and `of`.

use rustc_hash::FxHashMap;

use crate::store::{Reader, Writer};

/// Most tokens a `...` gap may skip.
pub(crate) const MAX_GAP: usize = 8;

const NO_GAP: u32 = u32::MAX;

/// A node without a value, in the stored form (values are indices, never `u32::MAX`).
const NO_VALUE: u32 = u32::MAX;

/// Marks a gap in a pattern given to [`Trie::insert`].
pub(crate) const GAP: u32 = u32::MAX;

/// A phrase trie over token ids; values are caller-defined `u32` indices.
#[derive(Default, Debug)]
pub(crate) struct Trie {
    edges: FxHashMap<(u32, u32), u32>,
    /// Whether token id `t` starts some pattern (`starts[t]`): most tokens start none, and a
    /// vector read is much cheaper than the hash lookup the walk would do.
    starts: Vec<bool>,
    /// Per node: the child reached through a gap, or `NO_GAP` (a vector, not a map: it is read at every step).
    gaps: Vec<u32>,
    values: Vec<Option<u32>>,
}

/// One match: `[start, end)` token positions, the value, and the token range the first gap skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TrieMatch {
    pub start: usize,
    pub end: usize,
    pub value: u32,
    pub gap: Option<(usize, usize)>,
}

impl Trie {
    pub(crate) fn new() -> Trie {
        Trie { edges: FxHashMap::default(), starts: Vec::new(), gaps: vec![NO_GAP], values: vec![None] }
    }

    /// Insert a pattern of token ids (`GAP` for a gap). The first value inserted for a pattern wins.
    pub(crate) fn insert(&mut self, pattern: &[u32], value: u32) {
        if let Some(&first) = pattern.first().filter(|&&t| t != GAP) {
            if self.starts.len() <= first as usize {
                self.starts.resize(first as usize + 1, false);
            }
            self.starts[first as usize] = true;
        }
        let mut node = 0u32;
        for &tok in pattern {
            let next_id = self.values.len() as u32;
            let map = if tok == GAP { None } else { Some(()) };
            let child = match map {
                Some(()) => *self.edges.entry((node, tok)).or_insert(next_id),
                None => {
                    let g = &mut self.gaps[node as usize];
                    if *g == NO_GAP {
                        *g = next_id;
                    }
                    *g
                }
            };
            if child == next_id {
                self.values.push(None);
                self.gaps.push(NO_GAP);
            }
            node = child;
        }
        let slot = &mut self.values[node as usize];
        if slot.is_none() {
            *slot = Some(value);
        }
    }

    /// Writes the trie, its edges sorted (see `store.rs`).
    #[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
    pub(crate) fn encode(&self, w: &mut Writer) {
        let mut edges: Vec<_> = self.edges.iter().collect();
        edges.sort_unstable();
        w.usize(edges.len());
        for (&(node, tok), &child) in edges {
            [node, tok, child].into_iter().for_each(|n| w.u32(n));
        }
        w.usize(self.starts.len());
        self.starts.iter().for_each(|&s| w.u32(s.into()));
        w.usize(self.gaps.len());
        self.gaps.iter().for_each(|&g| w.u32(g));
        // A node's value or NO_VALUE; `values` and `gaps` have one item per node.
        self.values.iter().for_each(|v| w.u32(v.unwrap_or(NO_VALUE)));
    }

    pub(crate) fn decode(r: &mut Reader) -> Trie {
        let n = r.usize();
        let mut edges = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let key = (r.u32(), r.u32());
            edges.insert(key, r.u32());
        }
        let n = r.usize();
        let starts = (0..n).map(|_| r.u32() != 0).collect();
        let n = r.usize();
        let gaps = (0..n).map(|_| r.u32()).collect();
        let values = (0..n).map(|_| Some(r.u32()).filter(|&v| v != NO_VALUE)).collect();
        Trie { edges, starts, gaps, values }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.len() == 1
    }

    /// The longest match starting at `start`; `stop(i)` says token `i` may not be inside a gap.
    pub(crate) fn longest_at(&self, tokens: &[u32], start: usize, stop: &dyn Fn(usize) -> bool) -> Option<TrieMatch> {
        // Fast path: most tokens start no phrase (id 0 is "unknown", and the root never has a gap).
        match tokens.get(start) {
            Some(&t) if self.starts.get(t as usize).copied().unwrap_or(false) || self.gaps[0] != NO_GAP => {}
            _ => return None,
        }
        let mut best: Option<TrieMatch> = None;
        self.walk(tokens, start, 0, start, None, stop, &mut best);
        best
    }

    /// The longest match starting at `start` that skips no token (a gap may match nothing).
    pub(crate) fn longest_contiguous_at(&self, tokens: &[u32], start: usize) -> Option<TrieMatch> {
        self.longest_at(tokens, start, &|_| true)
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        tokens: &[u32],
        start: usize,
        mut node: u32,
        mut pos: usize,
        gap: Option<(usize, usize)>,
        stop: &dyn Fn(usize) -> bool,
        best: &mut Option<TrieMatch>,
    ) {
        loop {
            if let Some(value) = self.values[node as usize] {
                if pos > start && best.is_none_or(|b| pos > b.end || (pos == b.end && value < b.value)) {
                    *best = Some(TrieMatch { start, end: pos, value, gap });
                }
            }
            let g = self.gaps[node as usize];
            if g != NO_GAP {
                // Try every gap length from 1; a zero-length gap is the plain continuation below.
                let mut skip_end = pos;
                while skip_end < tokens.len() && skip_end - pos < MAX_GAP && !stop(skip_end) {
                    skip_end += 1;
                    // The first gap is kept: it holds the object ("blame [the rebels] for [the] attack").
                    let first = gap.unwrap_or((pos, skip_end));
                    self.walk(tokens, start, g, skip_end, Some(first), stop, best);
                }
                self.walk(tokens, start, g, pos, gap, stop, best);
            }
            let Some(&tok) = tokens.get(pos) else { return };
            match self.edges.get(&(node, tok)) {
                Some(&child) => {
                    node = child;
                    pos += 1;
                }
                None => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_wins() {
        let mut t = Trie::new();
        t.insert(&[1], 10);
        t.insert(&[1, 2, 3], 11);
        let m = t.longest_at(&[1, 2, 3, 4], 0, &|_| false).unwrap();
        assert_eq!((m.end, m.value), (3, 11));
        let m = t.longest_at(&[1, 2, 4], 0, &|_| false).unwrap();
        assert_eq!((m.end, m.value), (1, 10));
        assert!(t.longest_at(&[2], 0, &|_| false).is_none());
    }

    #[test]
    fn gaps_skip_tokens_but_not_stops() {
        let mut t = Trie::new();
        t.insert(&[1, GAP, 2], 5);
        let m = t.longest_at(&[1, 7, 8, 2], 0, &|_| false).unwrap();
        assert_eq!((m.end, m.gap), (4, Some((1, 3))));
        assert!(t.longest_at(&[1, 7, 9, 2], 0, &|i| i == 2).is_none());
        assert_eq!(t.longest_at(&[1, 2], 0, &|_| false).unwrap().gap, None);
        let over = [vec![1], vec![0; MAX_GAP + 1], vec![2]].concat();
        assert!(t.longest_at(&over, 0, &|_| false).is_none());
        let within = [vec![1], vec![0; MAX_GAP], vec![2]].concat();
        assert!(t.longest_at(&within, 0, &|_| false).is_some());
    }

    #[test]
    fn first_value_kept() {
        let mut t = Trie::new();
        t.insert(&[3, 4], 1);
        t.insert(&[3, 4], 2);
        assert_eq!(t.longest_at(&[3, 4], 0, &|_| false).unwrap().value, 1);
    }
}
