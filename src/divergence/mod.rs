//! The fifth stage: per theme, how far apart the compared actors stand.
//!
//! For a pair with positions `a` and `b` on a theme's axis, the divergence
//! is `|a − b| / 2`: 0 when they stand together, 1 at opposite poles. A
//! pair diverges from [`DIVERGE_AT`] on. With three or more compared
//! actors every pair is measured and the theme takes its widest pair.
//! The divergence index is the mean divergence of the themes that have one,
//! each weighted by its salience in the text.

use crate::positions::Positions;
use crate::themes::{scores::DISCUSSED, Dictionary, ThemeScores};

/// From this divergence on, a pair "diverges"; below it, it "aligns".
pub const DIVERGE_AT: f32 = 0.4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Diverge,
    Align,
    OneSided,
    NoPositions,
    Absent,
}

/// One pair of compared actors on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub actors: [u32; 2],
    pub divergence: f32,
    pub status: Status,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeDivergence {
    pub theme: u16,
    pub status: Status,
    pub divergence: Option<f32>,
    /// Every pair of compared actors that both have a position.
    pub pairs: Vec<Pair>,
}

#[derive(Debug, Clone, Default)]
pub struct Divergence {
    /// Ranked: by divergence (highest first), then status, then salience.
    pub themes: Vec<ThemeDivergence>,
    pub index: Option<f32>,
}

/// Whether a text of `sentences` sentences discusses a theme that
/// reaches [`DISCUSSED`] in `strong` of them, `peak` at most in one. Two
/// such sentences do, and so does one with twice that (a section's
/// opening sentence that names the theme with several strong words), or
/// one in a short text ([`SHORT_TEXT`] sentences); not one in an essay,
/// where a single "prison" or "sheriff" in passing is an aside or a
/// figure of speech, not a discussion of crime. Weak words alone never
/// do, however many: "Mexico" ten times in an essay on Mexican politics
/// is its setting, not foreign affairs. (A title, heading or list item
/// that reaches it is a discussion whatever the rest: see
/// [`ThemeScores::headed`].)
pub fn discussed(strong: u32, peak: f32, sentences: u32) -> bool {
    strong >= 2 || (strong == 1 && (peak >= 2.0 * DISCUSSED || sentences <= SHORT_TEXT))
}

/// A text this short (in sentences) discusses a theme in one sentence.
pub const SHORT_TEXT: u32 = 12;

pub fn measure(
    dict: &Dictionary,
    themes: &ThemeScores,
    positions: &Positions,
    compared: &[u32],
) -> Divergence {
    let mut out = Divergence::default();
    let sentences = themes.sentences.len() as u32;
    for t in 0..dict.themes.len() {
        let theme = t as u16;
        let discussed = themes.headed.get(t).copied().unwrap_or(false)
            || discussed(
                themes.strong_counts.get(t).copied().unwrap_or(0),
                themes.peaks.get(t).copied().unwrap_or(0.0),
                sentences,
            );
        let mut pairs = Vec::new();
        for (i, &a) in compared.iter().enumerate() {
            for &b in &compared[i + 1..] {
                if let (Some(pa), Some(pb)) = (positions.get(a, theme), positions.get(b, theme)) {
                    let divergence = ((pa.value - pb.value).abs() / 2.0).clamp(0.0, 1.0);
                    pairs.push(Pair {
                        actors: [a, b],
                        divergence,
                        status: if divergence >= DIVERGE_AT {
                            Status::Diverge
                        } else {
                            Status::Align
                        },
                    });
                }
            }
        }
        let speakers = compared
            .iter()
            .filter(|&&a| positions.get(a, theme).is_some())
            .count();
        let widest = pairs.iter().map(|p| p.divergence).reduce(f32::max);
        let status = match widest {
            Some(d) if d >= DIVERGE_AT => Status::Diverge,
            Some(_) => Status::Align,
            None if speakers > 0 => Status::OneSided,
            None if discussed => Status::NoPositions,
            None => Status::Absent,
        };
        out.themes.push(ThemeDivergence {
            theme,
            status,
            divergence: widest,
            pairs,
        });
    }
    let salience = |t: u16| themes.salience.get(t as usize).copied().unwrap_or(0.0);
    let rank = |s: Status| -> u64 {
        match s {
            Status::Diverge => 0,
            Status::Align => 1,
            Status::OneSided => 2,
            Status::NoPositions => 3,
            Status::Absent => 4,
        }
    };
    // One integer key (the crate sorts through `actors::rank` only):
    // divergence in thousandths (none lowest), status, salience in
    // millionths, theme index.
    let mut order: Vec<u32> = (0..out.themes.len() as u32).collect();
    crate::actors::rank(&mut order, &|i| {
        let t = &out.themes[i as usize];
        let d = t
            .divergence
            .map_or(0, |d| (d.clamp(0.0, 1.0) * 1000.0) as u64 + 1);
        let s = (salience(t.theme).clamp(0.0, 1.0) * 1e6) as u64;
        (((1001 - d) * 10 + rank(t.status)) * 1_000_001 + (1_000_000 - s)) * 65536 + t.theme as u64
    });
    out.themes = order
        .iter()
        .map(|&i| out.themes[i as usize].clone())
        .collect();
    let (mut sum, mut weight) = (0.0, 0.0);
    for t in &out.themes {
        if let Some(d) = t.divergence {
            // A theme with evidence but no salience (all in the bio, say)
            // still counts a little.
            let w = salience(t.theme).max(1e-3);
            sum += d * w;
            weight += w;
        }
    }
    out.index = (weight > 0.0).then(|| sum / weight);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(text: &str, theme: &str) -> Status {
        let report = crate::analyze(text, &crate::Options::default());
        report
            .themes
            .iter()
            .find(|t| t.id == theme)
            .map(|t| t.status)
            .unwrap()
    }

    /// Fourteen sentences about nothing in particular, to make an essay.
    fn filler() -> String {
        (1..=14)
            .map(|i| format!("Paragraph {i} of the essay tells a story about two old friends. "))
            .collect()
    }

    #[test]
    fn one_strong_sentence_in_passing_is_no_discussion_in_an_essay() {
        let aside = "Smith said the prison food was cold. ";
        assert_eq!(
            status(&format!("{}{aside}", filler()), "justice"),
            Status::Absent
        );
        // Twice is a discussion; so is once in a short text, or once as a
        // list item of its own.
        let twice = format!(
            "{}{aside}Jones wants more police on the streets. ",
            filler()
        );
        assert_eq!(status(&twice, "justice"), Status::NoPositions);
        assert_eq!(status(aside, "justice"), Status::NoPositions);
        let listed = format!("{}\n\n1. More prison places.\n", filler());
        assert_eq!(status(&listed, "justice"), Status::NoPositions);
        // Weak words alone never are, however many.
        let setting: String = (0..6).map(|_| "Mexico voted in June. ").collect();
        assert_eq!(
            status(&format!("{}{setting}", filler()), "security"),
            Status::Absent
        );
    }

    #[test]
    fn the_presence_rule() {
        assert!(!discussed(0, 0.0, 1));
        assert!(discussed(1, 1.0, SHORT_TEXT));
        assert!(!discussed(1, 1.0, SHORT_TEXT + 1));
        assert!(discussed(1, 2.0, 500));
        assert!(discussed(2, 1.0, 500));
    }
}
