// Places the chart, its table and the theme flow strip (views/chart.js
// draws them) on the page, with the selected theme marked.

import { renderChart, renderChartTable, renderFlow } from './chart.js';

export function renderCharts(state, handlers) {
  const { report, ctx } = state;
  if (!report) return;
  const chart = document.getElementById('chart');
  const options = {
    // The chart lays its text out for this width, then scales with the box.
    width: chart.clientWidth || 640,
    compared: report.compared ?? [],
    names: Object.fromEntries(ctx.names),
    colors: Object.fromEntries(ctx.colors),
    selectedTheme: state.selectedTheme,
    onSelectTheme: handlers.onSelectTheme,
  };
  chart.replaceChildren(renderChart(report, options));
  document.getElementById('chart-table').replaceChildren(renderChartTable(report, options));
  document.getElementById('flow').replaceChildren(renderFlow(report, options));
}
