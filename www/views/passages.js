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
const SECTION_LEVEL = 2; // "The essay, read" is an h2 in index.html

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
    this.open = null; // the block being drawn: { element, index, cursor }
    this.covered = 0;
    this.list = null;
    this.cancelled = false;
    this.marks = new SentenceMarks(report);
    this.observer = null;
    this.headingLevel = SECTION_LEVEL; // the last heading drawn; levels never skip
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

  // One page of sentences, in time slices; the first page replaces the old
  // essay in one swap, so the reader never sees a half-drawn one.
  drawPage() {
    const limit = this.covered + PAGE_CHARS;
    const slice = () => {
      if (this.cancelled) return;
      const until = performance.now() + SLICE_MS;
      const done = this.drawUntil(() => this.covered >= limit || performance.now() > until);
      if (!done && this.covered < limit) {
        setTimeout(slice, 0);
        return;
      }
      this.flush(done);
      this.firstPage = false;
      this.container.dispatchEvent(new CustomEvent('passages:drawn', { detail: { done } }));
    };
    slice();
  }

  // Puts what was drawn on the page, and the sentinel for the next page.
  flush(done) {
    if (done) this.keepStrayText(this.covered, this.text.length);
    if (this.firstPage) {
      // Back to the top before the new page goes in, not after: setting
      // scrollTop lays the container out at once, and after it that was
      // the whole new page (~100 ms for a book's first page).
      this.container.scrollTop = 0;
      this.container.replaceChildren(this.target);
    } else this.container.append(this.target);
    this.target = document.createDocumentFragment();
    if (!done) this.watchEnd();
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

  // Draws one sentence (or opens or closes one block) at a time until
  // `stop()` says so or the essay is done; returns whether it is done. A
  // block is left open between calls, so a one-paragraph paste of a whole
  // book is drawn in slices too.
  drawUntil(stop) {
    const { blocks, sentences } = this.report.document;
    while (!stop()) {
      if (!this.open) {
        if (this.nextBlock >= blocks.length) return true;
        this.openBlock(this.nextBlock++);
        continue;
      }
      const { element, index } = this.open;
      const i = this.nextSentence;
      if (i < sentences.length && sentences[i].block === index) {
        this.nextSentence++;
        appendText(element, this.text, this.open.cursor, sentences[i].start);
        element.append(this.sentenceElement(i));
        this.open.cursor = Math.max(this.open.cursor, sentences[i].end);
        this.covered = this.open.cursor;
        continue;
      }
      const block = blocks[index];
      appendText(element, this.text, this.open.cursor, block.end);
      this.covered = block.end;
      this.open = null;
    }
    return !this.open && this.nextBlock >= blocks.length;
  }

  openBlock(index) {
    const block = this.report.document.blocks[index];
    this.keepStrayText(this.covered, block.start);
    this.covered = block.start;
    const element = this.blockElement(block);
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
    this.open = { element, index, cursor: block.start };
  }

  // The essay sits under the page's own section heading, so its title is one
  // level below it and its headings below that; a heading may go down only
  // one level at a time (screen readers navigate by level), up any number.
  blockElement(block) {
    let tag = 'p';
    if (block.kind === 'title' || block.kind === 'heading') {
      const wanted = block.kind === 'title' ? SECTION_LEVEL + 1 : SECTION_LEVEL + 1 + (block.level ?? 1);
      const level = Math.min(wanted, this.headingLevel + 1, MAX_HEADING);
      this.headingLevel = level;
      tag = `h${level}`;
    } else if (block.kind === 'listItem') {
      tag = 'li';
    }
    // A page's furniture pasted with the article ("Share", "5 min read"):
    // kept, since it is the reader's text, but shown as what it is.
    const furniture = block.rule === 'web-furniture' ? ' block-furniture' : '';
    return el(tag, { class: `block block-${block.kind}${furniture}` });
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
    appendMarked(span, this.text, start, end, this.marks.of(i), this.ctx);
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
    if (this.elements[i] || this.cancelled) return this.elements[i] ?? null;
    this.observer?.disconnect();
    this.container.querySelector('.passages-more')?.remove();
    const done = this.drawUntil(() => Boolean(this.elements[i]));
    this.flush(done);
    this.firstPage = false;
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

// The marks of each sentence (theme triggers, actor mentions), gathered
// as sentences are drawn: sentences are drawn in order, so one cursor per
// actor walks its mentions once, and a long text's marks are never all
// built at once (a 6 MB paste has a million of them).
class SentenceMarks {
  constructor(report) {
    this.report = report;
    this.lists = (report.actors ?? []).map((actor) => inTextOrder(actor.mentions ?? []));
    this.cursors = this.lists.map(() => 0);
    this.next = 0; // the first sentence not gathered yet
    this.pending = new Map(); // sentence → mention marks, gathered ahead
  }

  /** The marks of sentence `i` (asked for in increasing order). */
  of(i) {
    const marks = [];
    for (const theme of this.report.sentences?.[i]?.themes ?? []) {
      for (const match of theme.matches ?? []) marks.push({ ...match, kind: 'match', theme: theme.id });
    }
    if (i < this.next) this.rewind(); // drawn again: start over
    this.gatherMentions(i);
    marks.push(...(this.pending.get(i) ?? []));
    this.pending.delete(i);
    return marks;
  }

  // Mentions of every sentence up to `i`. "They", "both men": one span,
  // one mention per actor, drawn as one mark that points to all of them.
  gatherMentions(i) {
    const bySpan = new Map();
    this.lists.forEach((mentions, a) => {
      const id = this.report.actors[a].id;
      let k = this.cursors[a];
      for (; k < mentions.length && mentions[k].sentence <= i; k++) {
        const m = mentions[k];
        const key = `${m.start}:${m.end}`;
        const seen = bySpan.get(key);
        if (seen) {
          seen.actors.push(id);
          continue;
        }
        const mark = { start: m.start, end: m.end, kind: 'mention', actors: [id], how: m.kind };
        bySpan.set(key, mark);
        if (!this.pending.has(m.sentence)) this.pending.set(m.sentence, []);
        this.pending.get(m.sentence).push(mark);
      }
      this.cursors[a] = k;
    });
    this.next = i + 1;
  }

  rewind() {
    this.cursors = this.lists.map(() => 0);
    this.pending.clear();
    this.next = 0;
  }
}

function inTextOrder(mentions) {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k].sentence < mentions[k - 1].sentence) return [...mentions].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  }
  return mentions;
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

function appendText(element, text, start, end) {
  if (end > start) element.append(text.slice(start, end));
}
