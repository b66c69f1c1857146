// <faultline-essay>: attributes mirrored by properties, a lazy start when
// the element nears the viewport, and updates coalesced in a microtask
// (setting three attributes in a row costs one analysis). The host's DOM
// is never written: whatever fails, its text stays as it was.

import { buildShell } from './shell.js';
import { sourceElement, readText, watchText } from './source.js';

const ATTRIBUTES = ['for', 'actors', 'themes', 'dictionary', 'mode', 'theme'];
// These change what is analysed; 'themes' and 'mode' only what is drawn,
// and 'theme' not even that (the CSS follows the attribute).
const REANALYSE = ['for', 'actors', 'dictionary'];
const DEFAULTS = { mode: 'compact', theme: 'auto' };
const DRAW = 1;
const ANALYSE = 2;
const LOOK_AHEAD = '400px';

let count = 0;

export class FaultlineEssay extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #parts = buildShell(this);
  // The engine's replacement key: this widget's newer text replaces only
  // its own older one, never another widget's.
  #key = `widget-${++count}`;
  #started = false;
  #queued = 0;
  #analyses = 0;
  #draws = 0;
  #unannounced = null; // a new report not yet drawn
  #input = null; // { text, actors, dictionary } of the report shown
  #report = null;
  #stopLazy = null;
  #watched = null;
  #stopWatch = null;
  #resized = null;
  #relayoutQueued = false;

  /** The report drawn last, or null. */
  get report() {
    return this.#report;
  }

  connectedCallback() {
    // A property set before this element was defined hides the accessor:
    // hand it over to the attribute.
    for (const name of ATTRIBUTES) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
    this.#parts.source.hidden = this.hasAttribute('for');
    this.#resized ??= new ResizeObserver(() => this.#relayout());
    this.#resized.observe(this);
    if (this.#started) this.#schedule(ANALYSE); // moved: its text may differ
    else this.#stopLazy = whenNear(this, () => {
      this.#started = true;
      this.#schedule(ANALYSE);
    });
  }

  disconnectedCallback() {
    this.#stopLazy?.();
    this.#stopWatch?.();
    this.#resized?.disconnect();
    this.#stopLazy = this.#stopWatch = this.#watched = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && name !== 'theme') this.#schedule(REANALYSE.includes(name) ? ANALYSE : DRAW);
  }

  #schedule(level) {
    if (!this.#queued) {
      queueMicrotask(() => {
        const queued = this.#queued;
        this.#queued = 0;
        if (this.#started && this.isConnected) this.#update(queued);
      });
    }
    this.#queued = Math.max(this.#queued, level);
  }

  async #update(level) {
    const parts = this.#parts;
    const analysing = level === ANALYSE || !this.#report;
    const n = analysing ? ++this.#analyses : this.#analyses;
    try {
      // The views load while the worker starts and analyses (a failed load
      // is reported below, by the import that waits for it).
      const fullView = () => (this.mode === 'full' ? import('./full.js') : null);
      for (const view of [import('./render.js'), fullView()]) view?.catch(() => {});
      if (analysing) {
        const source = sourceElement(this);
        this.#watch(source);
        const input = { text: readText(source), actors: this.actors, dictionary: this.dictionary };
        if (!sameInput(input, this.#input)) {
          if (!this.#report) parts.placeholder.textContent = 'Faultline is reading the text…';
          const { analyse } = await import('./render.js');
          const result = await analyse(input, this.#key);
          if (n !== this.#analyses || !result) return; // a newer update draws
          this.#input = input;
          this.#report = this.#unannounced = result.report;
        }
      }
      // The mode as it is now: it may have changed while the text was
      // analysed. Of two updates waiting here, only the later draws.
      const drawing = ++this.#draws;
      const [render, full] = await Promise.all([import('./render.js'), fullView()]);
      if (n !== this.#analyses || drawing !== this.#draws) return;
      await render.draw(parts, this.#report, this.#input.text, { themes: this.themes, full });
      parts.source.hidden = this.hasAttribute('for') || Boolean(full);
      // Whichever update draws a new report announces it, once.
      const report = this.#unannounced;
      this.#unannounced = null;
      if (report) this.#emit('faultline:analyzed', { report });
    } catch (err) {
      if (n === this.#analyses) this.#fail(err);
    }
  }

  // Once per frame at most, and only once something is drawn (render.js
  // is loaded by then).
  #relayout() {
    if (!this.#report || this.#relayoutQueued) return;
    this.#relayoutQueued = true;
    requestAnimationFrame(async () => {
      this.#relayoutQueued = false;
      (await import('./render.js')).relayout(this.#parts);
    });
  }

  #watch(source) {
    if (source === this.#watched) return;
    this.#stopWatch?.();
    this.#watched = source;
    this.#stopWatch = watchText(source, () => this.#schedule(ANALYSE));
  }

  // The message replaces the drawing (a stale chart beside an error would
  // mislead); the widget's own text, if it has one, shows again.
  #fail(err) {
    const message = String(err?.message ?? err);
    const parts = this.#parts;
    this.#report = this.#input = this.#unannounced = null;
    for (const name of ['placeholder', 'summary', 'chart', 'table', 'passages']) parts[name].hidden = true;
    parts.message.textContent = `Faultline could not analyse this text: ${message}`;
    parts.message.hidden = false;
    parts.source.hidden = this.hasAttribute('for');
    this.#emit('faultline:error', { message });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

// Properties mirror attributes: reading gives the attribute (or the
// default), writing sets it, null or undefined removes it.
for (const name of ATTRIBUTES) {
  Object.defineProperty(FaultlineEssay.prototype, name, {
    get() {
      return this.getAttribute(name) ?? DEFAULTS[name] ?? null;
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    configurable: true,
    enumerable: true,
  });
}

const sameInput = (a, b) => Boolean(b) && a.text === b.text && a.actors === b.actors && a.dictionary === b.dictionary;

// Calls `start` once the element is within LOOK_AHEAD of the viewport;
// returns a function that stops waiting.
function whenNear(element, start) {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return null;
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    start();
  }, { rootMargin: LOOK_AHEAD });
  observer.observe(element);
  return () => observer.disconnect();
}
