// The summary at the top of the page: a few sentences of plain English
// written by templates from the report, never by a model, so every claim
// can be traced. Theme names and pole words are links (segments carrying a
// sentence index) to the sentence that shows the claim.
//
// Conventions, chosen once here so every essay reads the same:
// - People are named, never "he"/"she" (the analyser's gender guess may be
//   wrong, and a renamed actor may not be a person at all); "they" only
//   stands for the two compared people together.
// - Theme labels run lower-case in a sentence: each word written Capitalised
//   ("Climate", "Energy") loses its capital; a word with another capital
//   ("AI", "EU", "McCarthy") is kept as is. Custom labels with proper nouns
//   ("Europe") lose theirs too: simple beats clever here.
// - Lists read "A, B and C"; when an item holds a comma itself ("health,
//   welfare & education") the items are split by "; " so the list stays
//   readable. At most MAX_LISTED themes are named, then "and N more".

/** |tone| from which the author's tone toward a compared person is said.
 * The tone is the mean VADER-style clause valence (-1..1). Over the nine
 * corpus essays three people in four sit within ±0.2 and 16 of the 18
 * compared within ±0.17; from 0.25 on a reader would notice the slant. */
export const TONE_CLEAR = 0.25;
/** Fewer stances than this by the compared people make the evidence thin. */
export const MIN_STATEMENTS = 5;
/** A position this confident or more is firm; none firm → thin evidence. */
export const FIRM = 0.5;
const MAX_LISTED = 3;
/** Position values from these magnitudes on are "at" / "leaning to" a pole. */
const AT_POLE = 0.75;
const LEANS = 0.25;

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n) => NUMBER_WORDS[n] ?? String(n);

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const arr = (x) => (Array.isArray(x) ? x : []);
const num = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const own = (o, k) => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);

/** "Climate & Energy" → "climate & energy"; "Technology & AI" → "technology & AI". */
export function themeName(label) {
  return String(label ?? '').replace(/[\p{L}\p{M}'’-]+/gu, (w) =>
    (/^\p{Lu}[^\p{Lu}]*$/u.test(w) ? w[0].toLowerCase() + w.slice(1) : w));
}

/** Everything the templates need, read defensively once: a report from an
 * older page, a hand-edited file or an odd input must not throw. */
export function readReport(report, text, names) {
  const rep = isObj(report) ? report : {};
  const doc = isObj(rep.document) ? rep.document : {};
  const sentences = arr(doc.sentences).filter(isObj);
  const actors = arr(rep.actors).filter((a) => isObj(a) && typeof a.id === 'string');
  const byId = new Map(actors.map((a) => [a.id, a]));
  const nameOf = (id) => {
    const given = names instanceof Map ? names.get(id) : own(names, id);
    if (typeof given === 'string' && given.trim()) return given.trim();
    const a = byId.get(id);
    return typeof a?.name === 'string' && a.name ? a.name : String(id);
  };
  const compared = [...new Set(arr(rep.compared).filter((id) => typeof id === 'string'))];
  const themes = arr(rep.themes).filter((t) => isObj(t) && typeof t.id === 'string');
  const theme = new Map(themes.map((t) => [t.id, t]));
  const sentenceThemes = arr(rep.sentences);
  const str = typeof text === 'string' ? text : '';
  /** Index of the sentence holding code unit `at` (sentences are sorted). */
  const sentenceAt = (at) => {
    if (num(at) === null) return null;
    let lo = 0, hi = sentences.length - 1, found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  const validSentence = (i) => (Number.isInteger(i) && i >= 0 && i < sentences.length ? i : null);
  return { rep, doc, sentences, actors, byId, nameOf, compared, themes, theme, sentenceThemes, text: str, sentenceAt, validSentence };
}

/** A compared person's position on a theme, or null. */
function positionOf(t, id) {
  const p = own(t.positions, id);
  return isObj(p) && num(p.value) !== null ? p : null;
}

/** Sentence indexes of a position's evidence, strongest first. */
function evidenceSentences(ctx, p) {
  return arr(p?.evidence).map((e) => (isObj(e)
    ? ctx.validSentence(e.sentence) ?? ctx.sentenceAt(e.start) : null)).filter((i) => i !== null);
}

/** The sentence that best shows a theme for these people: one that is
 * evidence for most of them (a "While Trump builds walls, Musk builds
 * rockets" sentence shows both sides), then the strongest, then the
 * sentence where the theme scores highest. */
function themeSentence(ctx, t, ids) {
  const seen = new Map(); // sentence → [how many people, best rank]
  for (const id of ids) {
    const list = [...new Set(evidenceSentences(ctx, positionOf(t, id)))];
    list.forEach((s, rank) => {
      const [n, r] = seen.get(s) ?? [0, Infinity];
      seen.set(s, [n + 1, Math.min(r, rank)]);
    });
  }
  let best = null;
  for (const [s, [n, r]] of seen) {
    if (!best || n > best[1] || (n === best[1] && r < best[2])) best = [s, n, r];
  }
  if (best) return best[0];
  return topSentence(ctx, t.id);
}

/** The sentence where a theme scores highest, or null; a sentence of the
 * essay's body before one of its title, byline or author bio (a bio's
 * "International Relations" is not the essay discussing security). */
function topSentence(ctx, themeId) {
  let best = null;
  ctx.sentenceThemes.forEach((st, i) => {
    if (ctx.validSentence(i) === null) return;
    const th = arr(st?.themes).find((x) => x?.id === themeId);
    const score = num(th?.score) ?? 0;
    if (score <= 0) return;
    const kind = ctx.doc.blocks?.[ctx.sentences[i].block]?.kind;
    const body = !['title', 'byline', 'dateline', 'bio'].includes(kind);
    if (!best || body > best.body || (body === best.body && score > best.score)) best = { i, body, score };
  });
  return best ? best.i : null;
}

const link = (text, sentence) => (sentence === null || sentence === undefined ? text : { text, sentence });

/** "A, B and C" from segments; "A; B; and C" when an item holds a comma. */
function list(items, { more = 'more' } = {}) {
  const shown = items.length > MAX_LISTED + 1 ? items.slice(0, MAX_LISTED) : items;
  const rest = items.length - shown.length;
  const parts = rest ? [...shown, `${numberWord(rest)} ${more}`] : shown;
  const comma = parts.some((p) => (typeof p === 'string' ? p : p.text).includes(','));
  const out = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(i < parts.length - 1 ? (comma ? '; ' : ', ') : (comma && parts.length > 2 ? '; and ' : ' and '));
    out.push(p);
  });
  return out;
}

const names = (ctx, ids) => list(ids.map(ctx.nameOf));

/** Where a value stands on a theme's axis, as words: [verb, pole] with
 * the verb in the plural ("stand at", "lean to"), or null without poles. */
function stance(t, value) {
  const poles = arr(t.poles);
  if (poles.length !== 2) return null;
  const [a, b] = poles.map((p) => `“${p}”`);
  if (Math.abs(value) < LEANS) return ['stand between', `the ${a} and ${b} poles`];
  const pole = `the ${value < 0 ? a : b} pole`;
  return Math.abs(value) >= AT_POLE ? ['stand at', pole] : ['lean to', pole];
}

/** "On trade, A stands at the “x” pole; B leans to the “y” pole." People
 * who stand alike are named together ("A and B both stand at …"); the pole
 * words link to the sentence that shows it. */
function stanceSentence(ctx, t, ids) {
  const groups = new Map();
  for (const id of ids) {
    const p = positionOf(t, id);
    const s = p && stance(t, p.value);
    if (!s) continue;
    const key = s.join('\u0000');
    groups.set(key, { s, ids: [...(groups.get(key)?.ids ?? []), id] });
  }
  if (!groups.size) return [];
  const out = ['On ', themeName(t.label ?? t.id), ', '];
  [...groups.values()].forEach(({ s: [verb, pole], ids: who }, i) => {
    const [v, rest] = [verb.slice(0, verb.indexOf(' ')), verb.slice(verb.indexOf(' '))];
    const says = who.length === 1 ? `${v}s${rest} ` : `${who.length === 2 ? 'both' : 'all'} ${verb} `;
    out.push(i ? '; ' : '', ...names(ctx, who), ` ${says}`, link(pole, themeSentence(ctx, t, who)));
  });
  out.push('.');
  return out;
}

/** Pairs of compared people who both hold a position on a theme. */
function pairsOf(ctx, t) {
  const cmp = new Set(ctx.compared);
  const given = arr(t.pairs).filter((p) => isObj(p) && arr(p.actors).length === 2 && p.actors.every((a) => cmp.has(a)));
  if (given.length || Array.isArray(t.pairs)) return given.map((p) => ({ actors: p.actors, divergence: num(p.divergence) ?? 0, status: p.status }));
  // No pairs field (an older or hand-made report): measure them as the
  // divergence stage does, |a − b| / 2, diverging from 0.4.
  const out = [];
  ctx.compared.forEach((a, i) => ctx.compared.slice(i + 1).forEach((b) => {
    const pa = positionOf(t, a), pb = positionOf(t, b);
    if (!pa || !pb) return;
    const divergence = Math.abs(pa.value - pb.value) / 2;
    out.push({ actors: [a, b], divergence, status: divergence >= 0.4 ? 'diverge' : 'align' });
  }));
  return out;
}

/** Theme status for the compared people, recomputed when missing. */
function statusOf(ctx, t, pairs) {
  if (['diverge', 'align', 'oneSided', 'noPositions', 'absent'].includes(t.status)) return t.status;
  if (pairs.length) return pairs.some((p) => p.status === 'diverge') ? 'diverge' : 'align';
  return ctx.compared.some((id) => positionOf(t, id)) ? 'oneSided' : 'absent';
}

/**
 * The summary: paragraphs of segments, each a string or
 * { text, sentence } (sentence = index into report.document.sentences).
 * thin is true when the findings rest on too little to trust: no text, no
 * pair of compared people, no theme where two of them take a position,
 * fewer than MIN_STATEMENTS stances by them, or no position of theirs as
 * confident as FIRM.
 */
export function summarize(report, text, { names: given } = {}) {
  const ctx = readReport(report, text, given);
  const { compared, actors } = ctx;
  if (!ctx.sentences.length && !ctx.text.trim()) {
    return done([['The text is empty, so there is nothing to summarize yet.']], true);
  }

  const themes = ctx.themes.map((t) => {
    const pairs = pairsOf(ctx, t);
    return { t, pairs, status: statusOf(ctx, t, pairs), held: compared.filter((id) => positionOf(t, id)) };
  });
  const first = [];

  if (compared.length < 2) {
    if (compared.length === 1 && actors.length > 1) {
      first.push(`Only ${ctx.nameOf(compared[0])} is selected for comparison, so there is no one to compare with. `);
    } else if (compared.length === 1 || actors.length === 1) {
      first.push(`Faultline found only one person, ${ctx.nameOf(compared[0] ?? actors[0].id)}, so there is no one to compare. `);
    } else if (actors.length) {
      first.push(`Faultline found ${numberWord(actors.length)} people but none is selected for comparison. `);
    } else {
      first.push('Faultline found no people in this text, so there is no one to compare. ');
    }
    const solo = compared[0] ?? (actors.length === 1 ? actors[0].id : null);
    const paragraphs = [first];
    if (solo) {
      // What the one person stands for, most confident first.
      const held = themes.filter((x) => positionOf(x.t, solo))
        .sort((x, y) => (positionOf(y.t, solo).confidence ?? 0) - (positionOf(x.t, solo).confidence ?? 0));
      const second = held.slice(0, MAX_LISTED).flatMap((x) => [' ', ...stanceSentence(ctx, x.t, [solo])]).slice(1);
      if (second.length) paragraphs.push(second);
      toneSentence(ctx, [solo], paragraphs[paragraphs.length - 1]);
    } else {
      discussed(ctx, themes, first, 'It discusses ', '.');
    }
    return done(paragraphs, true);
  }

  const n = compared.length;
  first.push('This essay compares ', ...names(ctx, compared), '. ');
  // Widest split first (the report ranks them so already; a hand-made one may not).
  const widest = (x) => Math.max(...x.pairs.map((p) => p.divergence));
  const split = themes.filter((x) => x.status === 'diverge' && x.pairs.length).sort((a, b) => widest(b) - widest(a));
  const together = themes.filter((x) => x.status === 'align' && x.pairs.length);
  const themeLink = (x, ids = x.held) => link(themeName(x.t.label ?? x.t.id), themeSentence(ctx, x.t, ids));

  if (!split.length && !together.length) {
    first.push(`No theme shows positions for ${n === 2 ? 'both of them' : 'two of them'}, so Faultline cannot say where they split or agree. `);
  } else if (n === 2) {
    const clauses = [];
    if (split.length) clauses.push([`They split ${split.length > 1 ? 'most ' : ''}on `, ...list(split.map((x) => themeLink(x)), { more: 'other themes' })]);
    if (together.length) clauses.push([`${clauses.length ? 'they' : 'They'} stand together on `, ...list(together.map((x) => themeLink(x)), { more: 'other themes' })]);
    first.push(...clauses.flatMap((c, i) => (i ? ['; ', ...c] : c)), '. ');
  } else {
    first.push(...pairSentences(ctx, split, together, themeLink));
  }

  // One-sided themes, grouped by the one person who speaks.
  const lone = new Map();
  for (const x of themes.filter((y) => y.status === 'oneSided' && y.held.length === 1)) {
    lone.set(x.held[0], [...(lone.get(x.held[0]) ?? []), x]);
  }
  [...lone].forEach(([id, xs], i) => {
    const items = list(xs.map((x) => themeLink(x)), { more: 'other themes' });
    if (i === 0) {
      const plural = xs.length > 1;
      first.push(`Only ${ctx.nameOf(id)}'s stance${plural ? 's' : ''} on `, ...items, plural ? ' are shown' : ' is shown');
    } else {
      first.push(`, and only ${ctx.nameOf(id)}'s on `, ...items);
    }
  });
  if (lone.size) first.push('. ');
  discussed(ctx, themes.filter((x) => x.status === 'noPositions'), first, 'The essay also touches on ',
    ` without ${n === 2 ? 'either of them' : 'any of them'} taking a side. `);

  // Thin evidence: say why in one sentence.
  const cmp = new Set(compared);
  const stances = arr(ctx.rep.statements).filter((s) => cmp.has(s?.actor)).length;
  const firm = themes.some((x) => x.held.some((id) => (num(positionOf(x.t, id).confidence) ?? 0) >= FIRM));
  const reasons = [];
  if (stances === 0) reasons.push('no stances recorded');
  else if (stances < MIN_STATEMENTS) reasons.push(`only ${numberWord(stances)} stance${stances === 1 ? '' : 's'} taken by ${n === 2 ? 'them' : 'the people compared'}`);
  if (!firm) reasons.push(`no position held with confidence of ${FIRM} or more`);
  const paired = split.length + together.length > 0;
  if (paired && reasons.length) first.push(`The evidence is thin (${reasons.join('; ')}), so read this as tentative.`);

  const paragraphs = [first];
  const top = split[0] ?? [...together].sort((a, b) => confidence(ctx, b) - confidence(ctx, a))[0];
  const second = top ? stanceSentence(ctx, top.t, top.held) : [];
  if (second.length) paragraphs.push(second);
  toneSentence(ctx, compared, paragraphs[paragraphs.length - 1]);
  return done(paragraphs, !paired || reasons.length > 0);
}

const confidence = (ctx, x) => Math.min(...x.held.map((id) => num(positionOf(x.t, id).confidence) ?? 0));

/** Three or more people: which pair splits most, on what; the other
 * splitting pairs; and who stands together on what. */
function pairSentences(ctx, split, together, themeLink) {
  const byPair = new Map();
  for (const x of split) {
    for (const p of x.pairs.filter((q) => q.status === 'diverge')) {
      const key = p.actors.join('\u0000');
      const e = byPair.get(key) ?? { actors: p.actors, themes: [], sum: 0 };
      e.themes.push(x);
      e.sum += p.divergence;
      byPair.set(key, e);
    }
  }
  const ranked = [...byPair.values()].sort((a, b) => b.themes.length - a.themes.length || b.sum - a.sum);
  const out = [];
  ranked.slice(0, MAX_LISTED).forEach((e, i) => {
    const items = list(e.themes.map((x) => themeLink(x, e.actors)), { more: 'other themes' });
    out.push(i === 0 ? 'The widest split is between ' : '; ', ...names(ctx, e.actors));
    out.push(i === 0 ? ', on ' : ' split on ', ...items);
  });
  if (ranked.length) out.push('. ');
  // Themes where they stand together, grouped by who holds a position:
  // one sentence per group.
  const groups = new Map();
  for (const x of together) {
    const key = x.held.join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  for (const xs of groups.values()) {
    const held = xs[0].held;
    const who = held.length === ctx.compared.length ? [`All ${numberWord(held.length)}`] : names(ctx, held);
    out.push(...who, ' stand together on ', ...list(xs.map((x) => themeLink(x)), { more: 'other themes' }), '. ');
  }
  return out;
}

/** "It discusses economy & jobs and security." with links to the sentence
 * where each theme scores highest. */
function discussed(ctx, xs, out, before, after) {
  const shown = xs.filter((x) => x.status !== 'absent' && (num(x.t.sentences) ?? 1) > 0)
    .sort((a, b) => (num(b.t.salience) ?? 0) - (num(a.t.salience) ?? 0));
  if (!shown.length) return;
  out.push(before, ...list(shown.map((x) => link(themeName(x.t.label ?? x.t.id), topSentence(ctx, x.t.id))), { more: 'other themes' }), after);
}

/** The author's tone toward the people, when clearly non-neutral. */
function toneSentence(ctx, ids, out) {
  const tone = isObj(ctx.rep.tone) ? ctx.rep.tone : {};
  const clear = ids.map((id) => [id, num(own(tone, id))]).filter(([, v]) => v !== null && Math.abs(v) >= TONE_CLEAR);
  if (!clear.length) return;
  const parts = clear.map(([id, v]) => `${v < 0 ? 'negatively' : 'positively'} of ${ctx.nameOf(id)} (tone ${v > 0 ? '+' : '−'}${Math.abs(v).toFixed(2)})`);
  const last = out[out.length - 1];
  if (out.length && !(typeof last === 'string' && /\s$/.test(last))) out.push(' ');
  out.push('The author writes ', ...list(parts), '.');
}

/** Merges adjacent strings and trims each paragraph's ends. */
function done(paragraphs, thin) {
  const clean = paragraphs.map((p) => {
    const out = [];
    for (const s of p) {
      if (s === '' || s === null || s === undefined) continue;
      if (typeof s === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += s;
      else out.push(s);
    }
    if (typeof out[0] === 'string') out[0] = out[0].trimStart();
    const last = out.length - 1;
    if (typeof out[last] === 'string') out[last] = out[last].trimEnd();
    return out.filter((s) => s !== '');
  }).filter((p) => p.length);
  return { paragraphs: clean, thin };
}

const segText = (s) => (typeof s === 'string' ? s : String(s?.text ?? ''));

/** The summary as plain text: paragraphs separated by a blank line. */
export function summaryText(summary) {
  return arr(summary?.paragraphs).map((p) => arr(p).map(segText).join('')).join('\n\n');
}

/** The summary as Markdown; link(i) gives a segment's target (default
 * "#s" + i); a link() returning nothing leaves the words unlinked. */
export function summaryMarkdown(summary, { link: target = (i) => `#s${i}` } = {}) {
  return arr(summary?.paragraphs).map((p) => arr(p).map((s) => {
    const words = escapeMarkdown(segText(s));
    const href = typeof s === 'object' && s !== null && Number.isInteger(s.sentence) && target ? target(s.sentence) : null;
    return href ? `[${words}](${escapeUrl(href)})` : words;
  }).join('')).join('\n\n');
}

/**
 * Text from an essay (or a name, or a label) made inert in Markdown: it
 * can never become a link, an image, HTML, emphasis, code, a heading, a
 * list, a quote or a table break. Line breaks become spaces (the callers
 * put text inside one line: a paragraph, a cell, a quote). "<" and ">"
 * become entities, not backslash escapes, so no "<" followed by a letter
 * survives for a careless renderer; "&" only where it would start an
 * entity, so "climate & energy" stays readable.
 */
export function escapeMarkdown(value) {
  // "(" and "!" need no escape: after an escaped "]" they cannot make a
  // link or an image; "](" still gets one, so no checker or careless
  // renderer ever sees "](javascript:".
  const s = String(value ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\]\(/g, ']\\(');
  // A list, heading or setext marker only counts at the start of a line.
  return s.replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2');
}

/** Our own link targets are plain; still, no ")" or space may end one early. */
const escapeUrl = (href) => String(href).replace(/[\s()<>]/g, encodeURIComponent);
