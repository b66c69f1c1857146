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
    shortNames: new Map([...names].map(([id, name]) => [id, name.split(/\s+/).at(-1)])),
    colors: actorColors(report),
    themes: new Map(report.themes.map((t) => [t.id, t])),
  };
}
