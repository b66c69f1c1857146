// The widget's analysis: its attributes as the engine's options, run in the
// worker every widget on the page shares (engine.js is one module, so one
// worker and one download of the wasm however many widgets there are).

import { analyzeText } from '../engine.js';
import { loadDictionary } from './dictionary.js';

/** "Trump, Musk" → ['Trump', 'Musk']. */
export const listOf = (value) => String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** { report, ms }, or null when a newer text of the same widget replaced this one. */
export async function analyse({ text, actors, dictionary }, key) {
  const options = { tokens: false };
  const compare = listOf(actors);
  if (compare.length) options.compare = compare;
  if (dictionary) options.dictionary = await loadDictionary(dictionary);
  return analyzeText(text, options, key);
}
