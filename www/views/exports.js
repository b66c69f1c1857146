// The export buttons: the report as JSON, the sentences and statements as
// CSV, a Markdown report, the chart as SVG and PNG. Each file is made from
// what the page shows now (the same report, names and summary).

import { el } from '../lib/dom.js';
import { download } from '../lib/download.js';

// The file makers load on the first export: most visits never export, and
// the page's first load stays smaller by their size.
const formats = () => import('../export/formats.js');
const image = () => import('../export/image.js');

export function renderExports(container, state) {
  const base = () => fileBase(state);
  const names = () => Object.fromEntries(state.ctx.names);
  const chart = () => document.querySelector('#chart svg');
  const exports = [
    ['JSON report', 'export-json', async () => download(`${base()}.json`, (await formats()).reportJson(state.report, { engine: state.report.engine }), 'application/json')],
    ['Sentences CSV', 'export-sentences', async () => download(`${base()}-sentences.csv`, (await formats()).sentencesCsv(state.report, state.text, { names: names() }), 'text/csv')],
    ['Statements CSV', 'export-statements', async () => download(`${base()}-statements.csv`, (await formats()).statementsCsv(state.report, state.text, { names: names() }), 'text/csv')],
    ['Markdown report', 'export-markdown', async () => download(`${base()}.md`, (await formats()).markdown(state.report, state.text, { names: names(), summary: state.summary, engine: state.report.engine }), 'text/markdown')],
    ['Chart SVG', 'export-svg', async () => chart() && download(`${base()}-chart.svg`, (await image()).standaloneSvg(chart()), 'image/svg+xml')],
    ['Chart PNG', 'export-png', async () => chart() && download(`${base()}-chart.png`, await (await image()).svgToPng(chart()), 'image/png')],
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
