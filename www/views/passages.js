// The essay as Faultline reads it: blocks (title, headings, paragraphs,
// list items) holding sentences; each sentence tinted by its leading theme,
// the words that triggered a theme underlined, actor mentions marked in the
// actor's colour, pronouns labelled with whom they point to (a CSS ::after
// from a data attribute, so the text itself stays exactly the essay's).
//
// Every character is placed as a text node: the essay is untrusted input.
// A long text is drawn a page at a time (PAGE_CHARS), the next page when
// the reader scrolls near the end, and each page in slices of at most
// SLICE_MS, so neither typing nor a 10 MB paste freezes the page.

import { el } from '../lib/dom.js';

const PAGE_CHARS = 60_000;
const SLICE_MS = 6;
const MAX_HEADING = 6;

/**
 * Draws into `container`. ctx: { names, shortNames, colors, themes (id →
 * theme), onSentence(i) }. Returns a handle: { cancel(), setFilter(set|null),
 * sentenceElement(i), ensureRendered(i) }.
 */
export function renderPassages(container, text, report, ctx) {
  const view = new PassageView(container, text, report, ctx);
  view.start();
  return view;
}

class PassageView {
  constructor(container, text, report, ctx) {
    this.container = container;
    this.text = text;
    this.report = report;
    this.ctx = ctx;
    this.elements = []; // sentence index → element, once drawn
    this.filter = null; // Set of sentence indices, or null
    this.nextBlock = 0;
    this.nextSentence = 0;
    this.covered = 0;
    this.list = null;
    this.cancelled = false;
    this.marks = marksBySentence(report, ctx);
    this.observer = null;
  }

  start() {
    this.target = document.createDocumentFragment();
    this.firstPage = true;
    this.drawPage();
  }

  cancel() {
    this.cancelled = true;
    this.observer?.disconnect();
  }

  // One page of blocks, in time slices; the first page replaces the old
  // essay in one swap, so the reader never sees a half-drawn one.
  drawPage() {
    const { blocks } = this.report.document;
    const limit = this.covered + PAGE_CHARS;
    const slice = () => {
      if (this.cancelled) return;
      const until = performance.now() + SLICE_MS;
      while (this.nextBlock < blocks.length && blocks[this.nextBlock].start < limit) {
        this.drawBlock(this.nextBlock++);
        if (performance.now() > until) {
          setTimeout(slice, 0);
          return;
        }
      }
      const done = this.nextBlock >= blocks.length;
      if (done) this.keepStrayText(this.covered, this.text.length);
      if (this.firstPage) {
        this.firstPage = false;
        this.container.replaceChildren(this.target);
        this.container.scrollTop = 0;
      } else {
        this.container.append(this.target);
      }
      this.target = document.createDocumentFragment();
      if (!done) this.watchEnd();
      this.container.dispatchEvent(new CustomEvent('passages:drawn', { detail: { done } }));
    };
    slice();
  }

  // The next page is drawn when a sentinel at the end comes near the view.
  watchEnd() {
    const sentinel = el('p', { class: 'passages-more' }, 'Drawing the rest of the essay…');
    this.container.append(sentinel);
    this.observer?.disconnect();
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer.disconnect();
      sentinel.remove();
      this.drawPage();
    }, { rootMargin: '800px' });
    this.observer.observe(sentinel);
  }

  drawBlock(index) {
    const { blocks, sentences } = this.report.document;
    const block = blocks[index];
    this.keepStrayText(this.covered, block.start);
    this.covered = block.end;
    const element = blockElement(block);
    element.dataset.block = String(index);
    if (block.kind === 'listItem') {
      if (!this.list) {
        this.list = el('ul');
        this.target.append(this.list);
      }
      this.list.append(element);
    } else {
      this.list = null;
      this.target.append(element);
    }
    let cursor = block.start;
    while (this.nextSentence < sentences.length && sentences[this.nextSentence].block === index) {
      const i = this.nextSentence++;
      const sentence = sentences[i];
      appendText(element, this.text, cursor, sentence.start);
      element.append(this.sentenceElement(i));
      cursor = Math.max(cursor, sentence.end);
    }
    appendText(element, this.text, cursor, block.end);
  }

  sentenceElement(i) {
    const { start, end } = this.report.document.sentences[i];
    const scored = this.report.sentences?.[i];
    const span = el('span', { class: 'sentence', tabindex: i === 0 ? '0' : '-1', dataset: { index: String(i) } });
    const theme = scored?.leading ? this.ctx.themes.get(scored.leading) : null;
    if (theme) {
      span.classList.add('tinted');
      // CSSOM, not a style attribute: the page's CSP forbids those.
      span.style.setProperty('--tint', theme.color);
    }
    this.lightUp(span, i);
    appendMarked(span, this.text, start, end, this.marks.get(i) ?? [], this.ctx);
    this.elements[i] = span;
    return span;
  }

  lightUp(span, i) {
    const lit = this.filter ? this.filter.has(i) : span.classList.contains('tinted');
    span.classList.toggle('lit', lit);
    span.classList.toggle('dimmed', Boolean(this.filter) && !lit);
  }

  /** Highlights only the sentences in `set` (null: every tinted one). */
  setFilter(set) {
    this.filter = set;
    this.container.classList.toggle('filtered', Boolean(set));
    this.elements.forEach((span, i) => span && this.lightUp(span, i));
  }

  /** Draws pages until sentence `i` exists; returns its element or null. */
  ensureRendered(i) {
    const { blocks } = this.report.document;
    while (!this.elements[i] && this.nextBlock < blocks.length && !this.cancelled) {
      this.observer?.disconnect();
      this.container.querySelector('.passages-more')?.remove();
      while (this.nextBlock < blocks.length && !this.elements[i]) this.drawBlock(this.nextBlock++);
      if (this.nextBlock >= blocks.length) this.keepStrayText(this.covered, this.text.length);
      this.container.append(this.target);
      this.target = document.createDocumentFragment();
      if (this.nextBlock < blocks.length) this.watchEnd();
    }
    return this.elements[i] ?? null;
  }

  // Text between blocks is normally only line breaks; anything else is
  // shown as it is rather than dropped.
  keepStrayText(start, end) {
    const stray = this.text.slice(start, end);
    if (stray.trim() === '') return;
    this.list = null;
    this.target.append(el('p', { class: 'block block-unparsed' }, stray));
  }
}

/** Theme matches and actor mentions, grouped by sentence index. */
function marksBySentence(report, ctx) {
  const marks = new Map();
  const add = (i, mark) => {
    if (!marks.has(i)) marks.set(i, []);
    marks.get(i).push(mark);
  };
  (report.sentences ?? []).forEach((sentence, i) => {
    for (const theme of sentence.themes ?? []) {
      for (const match of theme.matches ?? []) add(i, { ...match, kind: 'match', theme: theme.id });
    }
  });
  // "They", "both men": one span, one mention per actor; drawn as one mark
  // that points to all of them.
  const mentions = new Map();
  for (const actor of report.actors ?? []) {
    for (const m of actor.mentions ?? []) {
      const key = `${m.start}:${m.end}`;
      const seen = mentions.get(key);
      if (seen) seen.actors.push(actor.id);
      else mentions.set(key, { start: m.start, end: m.end, kind: 'mention', actors: [actor.id], how: m.kind, sentence: m.sentence });
    }
  }
  for (const mark of mentions.values()) add(mark.sentence, mark);
  return marks;
}

// Cuts the sentence at every mark boundary and wraps each piece in the
// marks that cover it, so overlapping marks (a theme phrase containing a
// name) both show.
function appendMarked(parent, text, start, end, marks, ctx) {
  if (marks.length === 0) {
    parent.append(text.slice(start, end));
    return;
  }
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = text.slice(a, b);
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      parent.append(piece);
      continue;
    }
    const span = el('span', {}, piece);
    for (const mark of covering) decorate(span, mark, ctx, b === mark.end);
    parent.append(span);
  }
}

// `last`: this piece ends the mark, so it carries the mark's label.
function decorate(span, mark, ctx, last) {
  if (mark.kind === 'match') {
    const theme = ctx.themes.get(mark.theme);
    span.classList.add('trigger');
    span.dataset.theme = mark.theme;
    if (theme) span.style.setProperty('--trigger', theme.color);
    span.title = `${theme?.label ?? mark.theme}: “${mark.entry}”`;
  } else {
    const names = mark.actors.map((id) => ctx.names.get(id) ?? id);
    span.classList.add('mention', `mention-${mark.how}`);
    span.dataset.actor = mark.actors.join(' ');
    const colors = mark.actors.map((id) => ctx.colors.get(id) ?? 'currentColor');
    span.style.setProperty('--actor', colors[0]);
    // Two people: the underline is split half and half.
    if (colors.length > 1) {
      span.classList.add('mention-shared');
      span.style.setProperty('--actor-2', colors[1]);
    }
    if (last && (mark.how === 'pronoun' || mark.how === 'reference')) {
      span.dataset.ref = mark.actors.map((id) => ctx.shortNames.get(id) ?? id).join(' & ');
    }
    const who = names.join(' and ');
    span.title = span.title ? `${span.title}; ${who}` : who;
  }
}

function blockElement(block) {
  let tag = 'p';
  if (block.kind === 'title') tag = 'h2';
  else if (block.kind === 'heading') tag = `h${Math.min(Math.max((block.level ?? 1) + 2, 3), MAX_HEADING)}`;
  else if (block.kind === 'listItem') tag = 'li';
  return el(tag, { class: `block block-${block.kind}` });
}

function appendText(element, text, start, end) {
  if (end > start) element.append(text.slice(start, end));
}
