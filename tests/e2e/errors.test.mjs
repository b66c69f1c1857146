// `analyze` fails loudly and precisely on bad options, and never on text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

test('an unknown option throws an Error that names it', async (t) => {
  const browser = await openBrowser();
  t.after(browser.close);
  const { page } = browser;
  await page.goto(browser.url);

  const result = await page.evaluate(async () => {
    const wasm = await import(new URL('pkg/faultline.js', location.href).href);
    await wasm.default();
    const outcome = (fn) => {
      try {
        return { ok: true, value: fn() };
      } catch (err) {
        return { ok: false, isError: err instanceof Error, message: String(err?.message ?? err) };
      }
    };
    const noTokens = wasm.analyze('One. Two.', { tokens: false }).document.tokens;
    return {
      unknown: outcome(() => wasm.analyze('Some text.', { bogusOption: true })),
      illTyped: outcome(() => wasm.analyze('Some text.', { tokens: 'yes' })),
      empty: outcome(() => wasm.analyze('').schemaVersion),
      loneSurrogate: outcome(() => wasm.analyze('a\ud800b. c').textLength),
      noTokens: [noTokens.start.length, noTokens.end.length, noTokens.term.length],
      schemaVersion: wasm.schemaVersion(),
    };
  });

  assert.equal(result.unknown.ok, false, 'unknown option accepted');
  assert.equal(result.unknown.isError, true, 'not an Error instance');
  assert.match(result.unknown.message, /bogusOption/);
  assert.equal(result.illTyped.ok, false, 'ill-typed option accepted');
  assert.equal(result.illTyped.isError, true);
  assert.match(result.illTyped.message, /tokens|bool/);
  assert.deepEqual(result.empty, { ok: true, value: 3 });
  assert.deepEqual(result.loneSurrogate, { ok: true, value: 6 });
  assert.deepEqual(result.noTokens, [0, 0, 0]);
  assert.equal(result.schemaVersion, 3);
});
