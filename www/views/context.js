// What every view needs to know about a report's people and themes: the
// name to show for each actor (the reader's renames first), the short name
// a pronoun label uses, each actor's colour, and the themes by id. Built
// once per report, by the page and by the widget alike.

import { actorColors } from '../palette.js';

/** `renames`: { actorId: name } chosen by the reader. */
export function viewContext(report, renames = {}) {
  // Own keys only: an actor may be called "constructor" (ids come from text).
  const nameOf = (a) => (Object.hasOwn(renames ?? {}, a.id) && typeof renames[a.id] === 'string' ? renames[a.id] : a.name);
  const names = new Map(report.actors.map((a) => [a.id, nameOf(a)]));
  return {
    names,
    shortNames: new Map(report.actors.map((a) => [a.id, shortName(a, names.get(a.id))])),
    colors: actorColors(report),
    themes: new Map(report.themes.map((t) => [t.id, t])),
  };
}

/**
 * The short name a pronoun label shows: the part of the full name the text
 * uses alone ("Le Pen" of "Marine Le Pen", "Xi" of "Xi Jinping", "Lula" of
 * "Luiz Inácio Lula da Silva"), else the last word; a reader's rename, its
 * last word.
 */
function shortName(actor, name) {
  const words = String(name).split(/\s+/).filter(Boolean);
  if (name !== actor.name || words.length < 2) return words.at(-1) ?? String(name);
  // Without regard to case: an alias first met at a sentence's start is
  // "Von der Leyen", and the label should still read "von der Leyen".
  const lower = (s) => String(s).toLowerCase();
  const used = new Set(Array.isArray(actor.aliases) ? actor.aliases.map(lower) : []);
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (used.has(lower(tail))) return tail;
  }
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(0, k).join(' ');
    if (used.has(lower(head))) return head;
  }
  // A part in the middle: "Lula" of "Luiz Inácio Lula da Silva".
  for (let n = words.length - 2; n > 0; n--) {
    for (let k = 1; k + n < words.length; k++) {
      const part = words.slice(k, k + n).join(' ');
      if (used.has(lower(part))) return part;
    }
  }
  return words.at(-1);
}
