// The widget issue's budget, checked on every test run (after `make
// build`): a compact widget and a full one each fetch ≤ 20 KB gzip of
// JavaScript and CSS on top of the analyser they share with the page.
// `make size` prints the same figures file by file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WIDGET_BUDGET_GZIP_BYTES, measureWidget } from '../../scripts/widget-size.mjs';

test('the widget stays within its size budget in both modes', async () => {
  const widget = await measureWidget();
  const paths = widget.files.map((f) => f.path);
  // The measure sees the bundle: the entry, full mode's chunk and both stylesheets.
  assert.equal(paths[0], 'faultline-widget.js');
  assert.ok(paths.some((p) => /^faultline-widget-full-.*\.js$/.test(p)), paths.join(' '));
  assert.ok(paths.includes('widget/widget.css') && paths.includes('widget/full.css'), paths.join(' '));
  assert.ok(widget.compact < widget.full);
  for (const mode of ['compact', 'full']) {
    assert.ok(widget[mode] <= WIDGET_BUDGET_GZIP_BYTES, `${mode}: ${widget[mode]} bytes gzip, budget ${WIDGET_BUDGET_GZIP_BYTES}`);
  }
});
