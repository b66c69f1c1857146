//! The author's tone toward each actor: the mean valence of the clauses
//! that mention the actor, each clause once. A clause where the actor is
//! the one speaking still counts: the tone module scores the author's
//! words, and quotations are rare in op-eds; what it leaves out is any
//! clause that does not name or refer to the actor.

use crate::actors::Actors;
use crate::document::{BlockKind, Document};

/// Per actor (index into `actors.actors`): the mean clause valence, or
/// `None` when no clause of the essay's body mentions them.
/// `scorer` is the document's (see [`crate::tone::Scorer`]): the caller
/// shares it with the sentence valences.
pub fn toward_actors(
    doc: &Document,
    actors: &Actors,
    scorer: &mut crate::tone::Scorer,
) -> Vec<Option<f32>> {
    actors
        .actors
        .iter()
        .map(|actor| {
            let clauses: Vec<(u32, u32)> = actor
                .mentions
                .iter()
                .map(|m| (m.sentence, m.clause))
                .collect();
            let mut order: Vec<u32> = (0..clauses.len() as u32).collect();
            crate::actors::rank(&mut order, &|i| {
                let (s, c) = clauses[i as usize];
                ((s as u64) << 32) | c as u64
            });
            let mut clauses: Vec<(u32, u32)> = order.iter().map(|&i| clauses[i as usize]).collect();
            clauses.dedup();
            let mut sum = 0.0;
            let mut n = 0;
            for (s, c) in clauses {
                let Some(sentence) = doc.sentences.get(s as usize) else {
                    continue;
                };
                let body = doc
                    .blocks
                    .get(sentence.block as usize)
                    .is_some_and(|b| !matches!(b.kind, BlockKind::Bio | BlockKind::Byline));
                let Some(clause) = sentence.clauses.get(c as usize).filter(|_| body) else {
                    continue;
                };
                let [first, end] = doc.token_range(clause.span);
                sum += scorer.span(first, end);
                n += 1;
            }
            (n > 0).then(|| sum / n as f32)
        })
        .collect()
}
