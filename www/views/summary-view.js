// Draws the template summary (summary.js writes it): plain paragraphs,
// each claim a link to the sentence that shows it.

import { el } from '../lib/dom.js';
import { summarize } from '../summary.js';

/** Renders the summary of `report` and returns it (the Markdown export quotes it). */
export function renderSummary(container, report, text, ctx, onSentence) {
  const summary = summarize(report, text, { names: Object.fromEntries(ctx.names) });
  container.replaceChildren(...summary.paragraphs.map((segments) => el('p', { class: summary.thin ? 'thin' : null },
    segments.map((segment) => (typeof segment === 'string' ? segment : el('a', {
      href: `#s${segment.sentence}`,
      onclick: (e) => {
        e.preventDefault();
        onSentence(segment.sentence);
      },
    }, segment.text))))));
  return summary;
}
