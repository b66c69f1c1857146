// Actor colours: the Okabe–Ito palette, safe for the common colour-vision
// deficiencies, in an order that keeps the first two far apart. The
// compared actors take the first colours, so the pair always contrasts;
// the chart also gives each a shape, so colour is never the only cue.

const OKABE_ITO = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442'];
const REST = '#8a8f98';

/** actorId → colour for every actor of `report`. */
export function actorColors(report) {
  const order = [...(report.compared ?? [])];
  for (const actor of report.actors ?? []) if (!order.includes(actor.id)) order.push(actor.id);
  return new Map(order.map((id, k) => [id, OKABE_ITO[k] ?? REST]));
}
