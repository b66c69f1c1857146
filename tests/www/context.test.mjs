// The view context (www/views/context.js): names with the reader's renames,
// short names, colours and themes, for any actor ids a text can produce.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { viewContext } from '../../www/views/context.js';

const report = (ids) => ({
  actors: ids.map((id) => ({ id, name: `Name of ${id}`, kind: 'person' })),
  compared: ids.slice(0, 2),
  themes: [{ id: 'trade', label: 'Trade' }],
});

test('renames apply to their actors only, and name the short name too', () => {
  const ctx = viewContext(report(['donald-trump', 'elon-musk']), { 'elon-musk': 'The Rocket Man' });
  assert.equal(ctx.names.get('donald-trump'), 'Name of donald-trump');
  assert.equal(ctx.names.get('elon-musk'), 'The Rocket Man');
  assert.equal(ctx.shortNames.get('elon-musk'), 'Man');
  assert.equal(ctx.themes.get('trade').label, 'Trade');
  assert.equal(ctx.colors.size, 2);
});

test('actor ids that are also names of object properties take no rename from the prototype', () => {
  // A State of the Union text gave an actor the id "constructor".
  const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
  for (const renames of [undefined, null, {}]) {
    const ctx = viewContext(report(ids), renames);
    for (const id of ids) assert.equal(ctx.names.get(id), `Name of ${id}`, `${id} with ${JSON.stringify(renames)}`);
  }
  // A rename that is not text is ignored.
  assert.equal(viewContext(report(['a']), { a: 42 }).names.get('a'), 'Name of a');
});

test('the short name is the part of the name the text uses alone', () => {
  const actor = (id, name, aliases) => ({ id, name, aliases, kind: 'person' });
  const ctx = viewContext({
    actors: [
      actor('marine-le-pen', 'Marine Le Pen', ['Le Pen']),
      actor('xi-jinping', 'Xi Jinping', ['Xi']),
      actor('donald-trump', 'Donald Trump', ['Trump', 'Trumpism']),
      actor('nero', 'Nero', []),
      actor('odd', 'Odd Name', null),
      actor('ursula-von-der-leyen', 'Ursula von der Leyen', ['Von der Leyen']),
      actor('lula', 'Luiz Inácio Lula da Silva', ['Lula', 'The president']),
    ],
    compared: ['marine-le-pen', 'xi-jinping'],
    themes: [],
  });
  assert.equal(ctx.shortNames.get('marine-le-pen'), 'Le Pen');
  assert.equal(ctx.shortNames.get('xi-jinping'), 'Xi');
  assert.equal(ctx.shortNames.get('donald-trump'), 'Trump');
  assert.equal(ctx.shortNames.get('nero'), 'Nero');
  assert.equal(ctx.shortNames.get('odd'), 'Name');
  // The alias met at a sentence's start is capitalised; the label keeps
  // the name's own particles.
  assert.equal(ctx.shortNames.get('ursula-von-der-leyen'), 'von der Leyen');
  // A part in the middle of the name.
  assert.equal(ctx.shortNames.get('lula'), 'Lula');
});
