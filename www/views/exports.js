// The export buttons: the report as JSON, the sentences and statements as
// CSV, a Markdown report, the chart as SVG and PNG. Each file is made from
// what the page shows now (the same report, names and summary).

import { el } from '../lib/dom.js';
import { download } from '../lib/download.js';
import { reportJson, sentencesCsv, statementsCsv, markdown } from '../export/formats.js';
import { standaloneSvg, svgToPng } from '../export/image.js';

export function renderExports(container, state) {
  const base = () => fileBase(state);
  const names = () => Object.fromEntries(state.ctx.names);
  const chart = () => document.querySelector('#chart svg');
  const exports = [
    ['JSON report', 'export-json', () => download(`${base()}.json`, reportJson(state.report, { engine: state.report.engine }), 'application/json')],
    ['Sentences CSV', 'export-sentences', () => download(`${base()}-sentences.csv`, sentencesCsv(state.report, state.text, { names: names() }), 'text/csv')],
    ['Statements CSV', 'export-statements', () => download(`${base()}-statements.csv`, statementsCsv(state.report, state.text, { names: names() }), 'text/csv')],
    ['Markdown report', 'export-markdown', () => download(`${base()}.md`, markdown(state.report, state.text, { names: names(), summary: state.summary, engine: state.report.engine }), 'text/markdown')],
    ['Chart SVG', 'export-svg', () => chart() && download(`${base()}-chart.svg`, standaloneSvg(chart()), 'image/svg+xml')],
    ['Chart PNG', 'export-png', async () => chart() && download(`${base()}-chart.png`, await svgToPng(chart()), 'image/png')],
  ];
  container.replaceChildren(
    el('div', { class: 'export-buttons' }, exports.map(([label, id, run]) => el('button', {
      type: 'button',
      id,
      onclick: async () => {
        try {
          await run();
        } catch (err) {
          document.getElementById('status').textContent = `Export failed: ${err.message}`;
        }
      },
    }, label))),
    el('button', { type: 'button', onclick: () => print() }, 'Print'),
    el('p', { class: 'hint' }, 'Files are made in this page; nothing is uploaded.'));
}

// A file name from the essay's title, or "faultline".
function fileBase(state) {
  const title = state.report?.document?.title;
  const words = title ? state.text.slice(title.start, title.end) : '';
  const slug = words.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return slug || 'faultline';
}
