// Places the chart, its table and the theme flow strip (views/chart.js
// draws them) on the page, with the selected theme marked.

import { renderChart, renderChartTable, renderFlow, renderPairMatrix } from './chart.js';

// The chart box's width, kept by a ResizeObserver: reading clientWidth at
// each redraw would force a layout of the whole page (the textarea and
// the essay included) in the middle of typing.
let boxWidth = 0;
let redraw = null; // set by the first renderCharts
let observed = null;

/**
 * Starts watching the chart box's width; called once at start-up, so the
 * width is known (from the page's first layout) before the first report
 * arrives, and the first draw forces no layout either.
 */
export function watchChartWidth(chart = document.getElementById('chart')) {
  if (observed === chart || typeof ResizeObserver === 'undefined') return;
  observed = chart;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    // Text is laid out for the width: redraw when it changes noticeably.
    if (width > 0 && Math.abs(width - boxWidth) > 8) {
      const first = boxWidth === 0;
      boxWidth = width;
      if (!first) redraw?.();
    }
  }).observe(chart);
}

export function renderCharts(state, handlers) {
  const { report, ctx } = state;
  if (!report) return;
  const chart = document.getElementById('chart');
  watchChartWidth(chart);
  redraw = () => renderCharts(state, handlers);
  if (boxWidth === 0) boxWidth = chart.clientWidth; // only if the observer has not reported yet
  const options = {
    // The chart lays its text out for this width, then scales with the box.
    width: boxWidth || 640,
    compared: report.compared ?? [],
    names: Object.fromEntries(ctx.names),
    colors: Object.fromEntries(ctx.colors),
    selectedTheme: state.selectedTheme,
    onSelectTheme: handlers.onSelectTheme,
  };
  // A row chosen by keyboard keeps the focus through the redraw.
  const focused = document.activeElement?.closest?.('#chart [data-theme], #flow [data-theme]');
  const refocus = focused && { box: focused.closest('#chart, #flow').id, theme: focused.dataset.theme };

  chart.replaceChildren(renderChart(report, options));
  document.getElementById('chart-table').replaceChildren(renderChartTable(report, options));
  document.getElementById('flow').replaceChildren(renderFlow(report, options));
  // Three or more people: every pair's mean divergence, beside the chart.
  const matrix = renderPairMatrix(report, options);
  const pairs = document.getElementById('pair-matrix');
  pairs.hidden = !matrix;
  pairs.replaceChildren(...(matrix ? [matrix] : []));

  if (refocus) {
    const again = [...document.getElementById(refocus.box).querySelectorAll('[data-theme]')].find((g) => g.dataset.theme === refocus.theme);
    again?.focus();
  }
}
