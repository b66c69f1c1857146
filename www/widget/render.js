// What every widget loads as it comes into view, in one chunk of the
// bundle (scripts/widget-bundle.mjs): the analysis, and the drawing of a
// report into the widget's parts: the summary line and the chart in every
// mode; full mode (widget/full.js) adds the rest. The views are the page's
// own (views/chart.js), called directly rather than through chart-view.js,
// which looks its boxes up by id in the document.

import { renderChart, renderChartTable, selectChartTheme } from '../views/chart.js';
import { viewContext } from '../views/context.js';
import { el } from '../lib/dom.js';
import { listOf } from './analysis.js';
import { summaryLine } from './line.js';

export { analyse } from './analysis.js';

// Full mode draws the table with this module's chart code, handed over
// rather than imported: imported by both, views/chart.js would be a chunk
// of its own in the bundle, one more file to fetch.
const FULL_CHARTS = { renderChartTable, selectChartTheme };

/**
 * view: { themes: "id, id" | null (the rows to show), full: the full-mode
 * module or null }.
 */
export async function draw(parts, report, text, view) {
  const ids = listOf(view.themes);
  // Only the chosen themes' rows and sentences; the report itself (in
  // faultline:analyzed and for the passages) stays whole.
  const shown = ids.length ? { ...report, themes: report.themes.filter((t) => ids.includes(t.id)) } : report;
  const ctx = viewContext(report);
  if (view.full) await view.full.ready(parts);
  const options = {
    compared: report.compared ?? [],
    names: Object.fromEntries(ctx.names),
    colors: Object.fromEntries(ctx.colors),
    onSelectTheme: view.full ? (id) => view.full.select(parts, id) : null,
  };
  parts.placeholder.hidden = true;
  parts.message.hidden = true;
  parts.summary.hidden = parts.chart.hidden = false;
  // The chart measures its labels in the font it is drawn in, the widget's
  // --sans (a host's --faultline-font, else our stack): they fit where it
  // placed them.
  options.fontFamily = getComputedStyle(parts.chart).getPropertyValue('--sans').trim();
  options.width = parts.chart.clientWidth || 640;
  const chart = renderChart(shown, options);
  parts.chart.replaceChildren(chart);
  parts.summary.replaceChildren(el('p', {}, summaryLine(shown, ctx.names)));
  // Leaving full mode: its passages stop drawing and its state goes.
  if (!view.full) parts.drawn?.full?.clear(parts);
  parts.drawn = { shown, options, full: view.full };
  if (view.full) view.full.draw(parts, { shown, report, text, ctx, options, chart, charts: FULL_CHARTS });
  else for (const name of ['table', 'passages']) parts[name].hidden = true;
}

/** Lays the chart out again when its box has changed width (a phone
 * turned, a window resized): the SVG scales, but its text would shrink. */
export function relayout(parts) {
  const drawn = parts.drawn;
  const width = parts.chart.clientWidth;
  if (!drawn || !width || Math.abs(width - drawn.options.width) < 32) return;
  drawn.options.width = width;
  const chart = renderChart(drawn.shown, drawn.options);
  parts.chart.replaceChildren(chart);
  drawn.full?.relayout(parts, chart);
}
