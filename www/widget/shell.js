// The widget's shadow root: its stylesheets and the empty parts the views
// fill. Everything the host page may style is a ::part() (see README).

import { el } from '../lib/dom.js';

// The host's box, applied the moment the element upgrades, before
// widget.css arrives: the reserved height keeps the page from shifting,
// and nothing unstyled shows but the host's own text (the slot).
// A constructed sheet is CSSOM, which the CSP's style-src allows.
let critical = null;
function criticalSheet() {
  if (!critical) {
    critical = new CSSStyleSheet();
    critical.replaceSync(`:host{display:block;contain:content;min-height:var(--faultline-min-height,var(--_reserve))}
:host([hidden]){display:none}:host{--_reserve:28rem}:host([mode=full]){--_reserve:40rem}
.fl:not(.styled){visibility:hidden}.fl-source{visibility:visible}`);
  }
  return critical;
}

/** Resolves when the stylesheet has loaded or failed (then the widget shows unstyled, never hidden). */
function addStyles(root, href) {
  const existing = root.querySelector(`link[href="${href}"]`);
  if (existing) return existing.done;
  const link = el('link', { rel: 'stylesheet', href });
  link.done = new Promise((ok) => {
    link.addEventListener('load', ok, { once: true });
    link.addEventListener('error', ok, { once: true });
  });
  root.append(link);
  return link.done;
}

/** Builds the shadow root of `host`; returns its parts by name. */
export function buildShell(host) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [criticalSheet()];
  const part = (tag, name, props = {}, ...children) => el(tag, { part: name, class: `fl-${name}`, ...props }, ...children);
  const parts = {
    root,
    brand: part('p', 'brand', {}, el('b', {}, 'Faultline'), ' · where the people in this text split and align, theme by theme'),
    placeholder: part('p', 'placeholder', {}, 'The analysis appears when this comes into view.'),
    message: part('p', 'message', { role: 'alert', hidden: true }),
    summary: part('div', 'summary', { hidden: true }),
    chart: part('div', 'chart', { hidden: true }),
    table: part('details', 'table', { hidden: true }),
    passages: part('section', 'passages', { hidden: true }),
    source: part('div', 'source', {}, el('slot')),
  };
  parts.box = el('div', { class: 'fl', part: 'box' },
    parts.brand, parts.placeholder, parts.message, parts.summary, parts.chart, parts.table, parts.passages, parts.source);
  // widget.css imports ../views/chart.css first, so its own rules (and
  // full.css, added later) win over the chart's.
  parts.addStyles = (href) => addStyles(root, href);
  parts.addStyles(new URL('./widget.css', import.meta.url).href).then(() => parts.box.classList.add('styled'));
  root.append(parts.box);
  return parts;
}
