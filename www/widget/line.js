// The widget's one-line summary, from the themes' statuses (the report's
// own verdicts for the compared people). The page's longer summary
// (summary.js, a paragraph per claim with links to the evidence) would
// cost a widget a fifth of its size budget; the passages of full mode
// show the evidence instead.

const MAX = 3;

// "Climate & Energy" → "climate & energy"; "AI" and "EU" keep their capitals.
const lower = (label) => label.replace(/\p{L}+/gu, (w) => (/^\p{Lu}\P{Lu}*$/u.test(w) ? w.toLowerCase() : w));

function list(items) {
  const shown = items.length > MAX + 1 ? [...items.slice(0, MAX), `${items.length - MAX} more`] : items;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

export function summaryLine(report, names) {
  const people = (report.compared ?? []).map((id) => names.get(id) ?? id);
  if (people.length < 2) return 'Faultline found no two people to compare in this text.';
  const on = (status) => report.themes.filter((t) => t.status === status).map((t) => lower(t.label ?? t.id));
  const split = on('diverge');
  const together = on('align');
  if (!split.length && !together.length) return `No theme shows both ${list(people)} taking a side.`;
  const clauses = [];
  if (split.length) clauses.push(`split on ${list(split)}`);
  if (together.length) clauses.push(`stand together on ${list(together)}`);
  return `${list(people)} ${clauses.join('; they ')}.`;
}
