// The divergence chart: one row per theme, each compared actor a dot on the
// theme's axis between its two poles, the gap between them drawn as a bar;
// a table with the same content; a pair matrix for three or more actors; and
// the theme flow strip (where in the essay each theme is discussed).
//
// chartRows and pairMatrix are pure (Node-testable). The render functions
// build SVG/HTML with www/lib/dom.js only: names and pole labels (which may
// come from user dictionaries) enter the page as text nodes and attributes.
// Colours, fonts and states come from classes in views/chart.css; geometry
// and the data colours (actor dots, theme cells) are presentation attributes.

import { el, svg } from '../lib/dom.js';

/** From this divergence on a pair "diverges" (src/divergence DIVERGE_AT). */
export const DIVERGE_AT = 0.4;

/** Okabe–Ito, colour-blind safe; used when the page passes no colours. */
export const DEFAULT_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442'];

/** Dot shapes by compared index, so colour is never the only cue. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down'];

const STATUS_WORDS = {
  diverge: 'split',
  align: 'aligned',
  oneSided: 'one-sided',
  noPositions: 'no stance',
};

const MINUS = '\u2212';

// ---------------------------------------------------------------------------
// Data: rows and pairs (pure)
// ---------------------------------------------------------------------------

/**
 * The rows to draw, in order: themes where the compared actors take stances
 * (diverge / align) by divergence descending, then one-sided themes, then
 * themes discussed without any stance ("noStance", by salience). Absent
 * themes are left out.
 *
 * Options: `compared` (actor ids, default report.compared), `names`
 * (Map or object actorId → display name; default the report's names).
 *
 * Each row: { id, label, color, poles, status, statusWord, kind
 * ('stance' | 'oneSided' | 'noStance'), divergence (number | null),
 * salience, sentences, dots: [{ id, name, index, value, confidence,
 * sentences, evidence }], gap: { actors: [a, b], from, to, divergence } |
 * null, missing: [names without a stance], description }.
 */
export function chartRows(report, { compared, names } = {}) {
  const themes = Array.isArray(report?.themes) ? report.themes : [];
  const ids = comparedIds(report, compared);
  const same = sameList(ids, report?.compared);
  const nameOf = nameLookup(report, names);

  const stance = [];
  const oneSided = [];
  const noStance = [];
  themes.forEach((theme, order) => {
    if (!theme || typeof theme.id !== 'string') return;
    const positions = theme.positions && typeof theme.positions === 'object' ? theme.positions : {};
    const dots = [];
    ids.forEach((id, index) => {
      // Own keys only: an id comes from the text ("constructor" is one).
      const p = Object.hasOwn(positions, id) ? positions[id] : null;
      if (!p || !Number.isFinite(p.value)) return;
      const evidence = Array.isArray(p.evidence) ? p.evidence : [];
      dots.push({
        id,
        name: nameOf(id),
        index,
        value: clamp(p.value, -1, 1),
        confidence: Number.isFinite(p.confidence) ? clamp(p.confidence, 0, 1) : 0.5,
        sentences: sentenceCount(evidence),
        evidence,
      });
    });
    const pairs = pairsOf(theme, dots);
    const widest = pairs.reduce((best, p) => (best && best.divergence >= p.divergence ? best : p), null);

    let status = same ? theme.status : derivedStatus(theme, dots, widest);
    // A report that contradicts itself (a stance status without two dots)
    // is drawn as its dots show.
    if (!STATUS_WORDS[status] && status !== 'absent') status = derivedStatus(theme, dots, widest);
    if ((status === 'diverge' || status === 'align') && !widest) status = derivedStatus(theme, dots, widest);
    if (status === 'oneSided' && dots.length === 0) status = derivedStatus(theme, dots, widest);
    if (status === 'absent') return;
    if (status === 'noPositions' && !(theme.salience > 0 || theme.sentences > 0)) return;

    let divergence = null;
    if (widest) {
      divergence = same && Number.isFinite(theme.divergence) ? theme.divergence : widest.divergence;
    }
    const gap = widest
      ? {
          actors: [widest.a.id, widest.b.id],
          from: Math.min(widest.a.value, widest.b.value),
          to: Math.max(widest.a.value, widest.b.value),
          divergence: widest.divergence,
        }
      : null;
    const poles = Array.isArray(theme.poles) && theme.poles.length === 2 ? theme.poles.map(String) : null;
    const row = {
      id: theme.id,
      label: typeof theme.label === 'string' && theme.label ? theme.label : theme.id,
      color: typeof theme.color === 'string' ? theme.color : null,
      poles,
      status,
      statusWord: STATUS_WORDS[status],
      kind: status === 'oneSided' ? 'oneSided' : status === 'noPositions' ? 'noStance' : 'stance',
      divergence,
      salience: Number.isFinite(theme.salience) ? theme.salience : 0,
      sentences: Number.isFinite(theme.sentences) ? theme.sentences : 0,
      dots,
      gap,
      missing: ids.filter((id) => !dots.some((d) => d.id === id)).map(nameOf),
      order,
      description: '',
    };
    row.description = describeRow(row, dots.length > 2 || ids.length > 2 ? widest : null);
    if (row.kind === 'stance') stance.push(row);
    else if (row.kind === 'oneSided') oneSided.push(row);
    else noStance.push(row);
  });
  stance.sort((a, b) => b.divergence - a.divergence || a.order - b.order);
  noStance.sort((a, b) => b.salience - a.salience || a.order - b.order);
  return [...stance, ...oneSided, ...noStance];
}

/**
 * For each pair of compared actors (in compared order): the mean divergence
 * over the themes where both take a stance, and the theme that splits them
 * most. → [{ actors: [a, b], mean: number | null, themes: count,
 * top: { id, label, divergence, status } | null }].
 */
export function pairMatrix(report, compared) {
  const ids = comparedIds(report, compared);
  const themes = Array.isArray(report?.themes) ? report.themes : [];
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      let sum = 0;
      let count = 0;
      let top = null;
      for (const theme of themes) {
        const d = pairDivergence(theme, a, b);
        if (d === null) continue;
        sum += d;
        count += 1;
        if (!top || d > top.divergence) {
          top = {
            id: theme.id,
            label: typeof theme.label === 'string' && theme.label ? theme.label : theme.id,
            divergence: d,
            status: d >= DIVERGE_AT ? 'diverge' : 'align',
          };
        }
      }
      out.push({ actors: [a, b], mean: count ? sum / count : null, themes: count, top });
    }
  }
  return out;
}

function comparedIds(report, compared) {
  const list = Array.isArray(compared) ? compared : Array.isArray(report?.compared) ? report.compared : [];
  return [...new Set(list.filter((id) => typeof id === 'string' && id))];
}

function sameList(a, b) {
  return Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

function nameLookup(report, names) {
  const fromReport = new Map();
  for (const actor of Array.isArray(report?.actors) ? report.actors : []) {
    if (actor && typeof actor.id === 'string') fromReport.set(actor.id, String(actor.name ?? actor.id));
  }
  return (id) => {
    const given = lookup(names, id);
    return typeof given === 'string' && given ? given : fromReport.get(id) ?? id;
  };
}

function lookup(map, key) {
  if (!map) return undefined;
  if (map instanceof Map) return map.get(key);
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

function pairsOf(theme, dots) {
  const pairs = [];
  for (let i = 0; i < dots.length; i++) {
    for (let j = i + 1; j < dots.length; j++) {
      const d = pairDivergence(theme, dots[i].id, dots[j].id, dots[i].value, dots[j].value);
      pairs.push({ a: dots[i], b: dots[j], divergence: d });
    }
  }
  return pairs;
}

// The report's pair divergence when it lists the pair, else |a − b| / 2.
function pairDivergence(theme, a, b, va, vb) {
  const listed = Array.isArray(theme?.pairs)
    ? theme.pairs.find(
        (p) => Array.isArray(p?.actors) && ((p.actors[0] === a && p.actors[1] === b) || (p.actors[0] === b && p.actors[1] === a)),
      )
    : null;
  if (listed && Number.isFinite(listed.divergence)) return clamp(listed.divergence, 0, 1);
  const pa = va ?? theme?.positions?.[a]?.value;
  const pb = vb ?? theme?.positions?.[b]?.value;
  if (!Number.isFinite(pa) || !Number.isFinite(pb)) return null;
  return clamp(Math.abs(pa - pb) / 2, 0, 1);
}

function derivedStatus(theme, dots, widest) {
  if (widest) return widest.divergence >= DIVERGE_AT ? 'diverge' : 'align';
  if (dots.length > 0) return 'oneSided';
  if (theme.status && theme.status !== 'absent') return 'noPositions';
  return 'absent';
}

function sentenceCount(evidence) {
  const seen = new Set();
  let loose = 0;
  for (const e of evidence) {
    if (Number.isInteger(e?.sentence)) seen.add(e.sentence);
    else loose += 1;
  }
  return seen.size + loose;
}

function clamp(x, lo, hi) {
  return Math.min(hi, Math.max(lo, x));
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

/** "+1.00", "−0.33" (a real minus sign), "0.00". */
export function formatValue(v) {
  const s = Math.abs(v).toFixed(2);
  if (s === '0.00') return s;
  return (v < 0 ? MINUS : '+') + s;
}

/** "0.67"; "—" without a divergence. */
export function formatDivergence(d) {
  return Number.isFinite(d) ? d.toFixed(2) : '—';
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function joinNames(list) {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "at fossil-first / sceptic", "leans green transition", "midway". */
export function positionPhrase(value, poles) {
  const a = Math.abs(value);
  if (a < 0.2) return poles ? `midway between ${poles[0]} and ${poles[1]}` : 'midway';
  if (!poles) return a >= 0.75 ? `at the ${value < 0 ? 'first' : 'second'} pole` : `leans to the ${value < 0 ? 'first' : 'second'} pole`;
  const pole = value < 0 ? poles[0] : poles[1];
  return a >= 0.75 ? `at ${pole}` : `leans ${pole}`;
}

function describeDot(dot, poles) {
  return `${dot.name} ${positionPhrase(dot.value, poles)} (${formatValue(dot.value)}, ${plural(dot.sentences, 'sentence')})`;
}

function describeRow(row, widest) {
  if (row.kind === 'noStance') {
    return `${row.label}: discussed in ${plural(row.sentences, 'sentence')}, no stance taken by ${joinNames(row.missing) || 'the compared people'}`;
  }
  let head = `${row.label}: ${row.statusWord}`;
  if (row.divergence !== null) head += `, divergence ${formatDivergence(row.divergence)}`;
  if (widest && widest.divergence > 0) head += ` (widest gap: ${widest.a.name} and ${widest.b.name})`;
  let text = `${head}. ${row.dots.map((d) => describeDot(d, row.poles)).join('; ')}`;
  if (row.missing.length) text += `. ${joinNames(row.missing)} ${row.missing.length === 1 ? 'takes' : 'take'} no stance`;
  return text;
}

// ---------------------------------------------------------------------------
// Text measurement and wrapping (layout is computed, SVG cannot reflow)
// ---------------------------------------------------------------------------

const FALLBACK_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';
let measureCtx = null;
// One canvas per font: setting a canvas's font parses it and looks the
// font up, and labels alternate between sizes and weights.
const fontContexts = new Map();
function contextFor(font) {
  let ctx = fontContexts.get(font);
  if (!ctx) {
    ctx = fontContexts.size === 0 ? measureCtx : document.createElement('canvas').getContext('2d');
    ctx.font = font;
    fontContexts.set(font, ctx);
  }
  return ctx;
}
const widthCache = new Map(); // "weight|size|text" → px, for widthFamily
let widthFamily = '';
const WIDTH_CACHE_MAX = 20_000;

// The page's --sans, read once it is set: getComputedStyle at every draw
// forced a style recalculation of the whole page (the essay included) in
// the middle of drawing. The stylesheets set it once; an empty value (read
// before they applied) is not kept.
let sansStack = '';
function fontStack() {
  if (sansStack) return sansStack;
  try {
    sansStack = getComputedStyle(document.documentElement).getPropertyValue('--sans').trim();
  } catch {
    sansStack = '';
  }
  return sansStack || FALLBACK_SANS;
}

// `family`: the font the caller draws in (the widget's, which a host may
// set); else the page's --sans.
function makeMeasure(family = '') {
  family ||= typeof document !== 'undefined' ? fontStack() : FALLBACK_SANS;
  if (typeof document !== 'undefined' && !measureCtx) {
    try {
      measureCtx = document.createElement('canvas').getContext('2d');
    } catch {
      measureCtx = null;
    }
  }
  // Widths outlive one drawing: a redraw while typing measures the same
  // labels again. Setting the canvas font parses it, so only on a change.
  if (family !== widthFamily) {
    widthCache.clear();
    fontContexts.clear();
    widthFamily = family;
  }
  const cache = widthCache;
  return (text, size, weight = 400) => {
    const key = `${weight}|${size}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (measureCtx) {
        w = contextFor(`${weight} ${size}px ${family}`).measureText(text).width;
      } else {
        w = text.length * size * (weight >= 600 ? 0.58 : 0.54);
      }
      if (cache.size > WIDTH_CACHE_MAX) cache.clear(); // essays come and go
      cache.set(key, w);
    }
    return w;
  };
}

/**
 * Measures a few strings in the chart's sizes and weights, so the canvas
 * finds its fonts (a first use costs tens of ms) while the page is still
 * waiting for its first report, not during the first chart.
 */
export function warmChartText() {
  const measure = makeMeasure();
  for (const size of new Set(Object.values(F))) {
    for (const weight of [400, 500, 600, 700]) measure('Trade & Globalisation 0.67', size, weight);
  }
}

// Greedy word wrap; a lone "/" stays with the word before it. At most
// maxLines lines, the last one ellipsised when the text does not fit.
function wrap(measure, text, size, weight, width, maxLines = 3) {
  const words = [];
  let carry = '';
  // Only plain spaces break: a no-break space keeps "4\u00a0sentences" whole.
  for (const w of String(text).split(/[ \t\r\n]+/).filter(Boolean)) {
    // Never a line that starts with "/" or "→", or ends with "←".
    if (w === '←') carry = carry ? `${carry} ${w}` : w;
    else if ((w === '/' || w === '&' || w === '→') && words.length) words[words.length - 1] += ` ${w}`;
    else {
      words.push(carry ? `${carry} ${w}` : w);
      carry = '';
    }
  }
  if (carry) words.push(carry);
  const lines = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (!line || measure(next, size, weight) <= width) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = ellipsis(measure, `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, size, weight, width);
    return kept;
  }
  return lines.map((l) => (measure(l, size, weight) > width ? ellipsis(measure, l, size, weight, width) : l));
}

function ellipsis(measure, text, size, weight, width) {
  if (measure(text, size, weight) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`, size, weight) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

const r2 = (x) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------

/** An SVG path for a marker of equal area to a circle of radius r. */
export function shapePath(shape, cx, cy, r) {
  switch (shape) {
    case 'square': {
      const s = r * 0.886;
      return `M${r2(cx - s)} ${r2(cy - s)}h${r2(2 * s)}v${r2(2 * s)}h${r2(-2 * s)}z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M${r2(cx)} ${r2(cy - d)}L${r2(cx + d)} ${r2(cy)}L${r2(cx)} ${r2(cy + d)}L${r2(cx - d)} ${r2(cy)}z`;
    }
    case 'triangle':
    case 'triangle-down': {
      const a = r * 1.42;
      const k = shape === 'triangle' ? 1 : -1;
      const yTop = cy - k * a * 0.9;
      const yBase = cy + k * a * 0.6;
      return `M${r2(cx)} ${r2(yTop)}L${r2(cx + a * 0.866)} ${r2(yBase)}L${r2(cx - a * 0.866)} ${r2(yBase)}z`;
    }
    default:
      return `M${r2(cx - r)} ${r2(cy)}a${r2(r)} ${r2(r)} 0 1 0 ${r2(2 * r)} 0a${r2(r)} ${r2(r)} 0 1 0 ${r2(-2 * r)} 0z`;
  }
}

function actorStyle(index, id, colors) {
  const given = lookup(colors, id);
  return {
    color: typeof given === 'string' && given ? given : DEFAULT_COLORS[index % DEFAULT_COLORS.length],
    shape: SHAPES[index % 4],
    hollow: index >= 4,
  };
}

function marker(index, id, colors, cx, cy, r, extraClass = '') {
  const st = actorStyle(index, id, colors);
  return svg('path', {
    class: `chart-dot${st.hollow ? ' chart-dot--hollow' : ''}${extraClass ? ` ${extraClass}` : ''}`,
    d: shapePath(st.shape, cx, cy, r),
    fill: st.hollow ? 'none' : st.color,
    stroke: st.hollow ? st.color : null,
    'data-actor': id,
  });
}

// ---------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------

const F = {
  label: 15,
  number: 15,
  status: 12.5,
  pole: 12,
  legend: 13,
  note: 11.5,
  tip: 12.5,
};
const PAD = 2; // side margin inside the viewBox
const R_MIN = 4.5;
const R_SPAN = 3.5; // radius = R_MIN + R_SPAN * confidence
const R_MAX = R_MIN + R_SPAN;

const controllers = new WeakMap();

/**
 * The divergence chart as an <svg class="chart">.
 *
 * Options: compared, names (see chartRows); colors (Map or object actorId →
 * CSS colour; default Okabe–Ito); onSelectTheme(id | null); selectedTheme;
 * width (layout width in px, default 640: pass the container's width so text
 * renders at its designed size; the SVG then scales with width 100%);
 * title (accessible name, default "Divergence by theme"); fontFamily (the
 * font the chart is drawn in, for measuring its labels; default the page's
 * --sans).
 */
export function renderChart(report, options = {}) {
  const { colors, onSelectTheme, selectedTheme = null, title = 'Divergence by theme' } = options;
  const W = Math.max(280, Math.round(Number(options.width) || 640));
  const measure = makeMeasure(options.fontFamily);
  const rows = chartRows(report, options);
  const ids = comparedIds(report, options.compared);
  const nameOf = nameLookup(report, options.names);

  const root = svg('svg', {
    class: 'chart',
    role: 'group',
    'aria-label': rows.length
      ? `${title}: ${rows.filter((r) => r.kind !== 'noStance').length} themes with stances between ${joinNames(ids.map(nameOf)) || 'no one'}`
      : `${title}: no themes with evidence`,
  });
  root.append(svg('title', {}, title));

  let y = 0;
  const x0 = PAD + R_MAX + 2;
  const x1 = W - PAD - R_MAX - 2;
  const xOf = (v) => x0 + ((clamp(v, -1, 1) + 1) / 2) * (x1 - x0);

  // Legend: one marker and name per compared actor; the column head on the
  // right ("divergence") on the last legend line when it fits.
  const legend = svg('g', { class: 'chart-legend', 'aria-hidden': 'true' });
  const headWord = 'divergence';
  const headW = measure(headWord.toUpperCase(), 11, 400) + 10 * 0.44;
  let lx = PAD;
  let ly = 14;
  ids.forEach((id, index) => {
    const name = ellipsis(measure, nameOf(id), F.legend, 500, W - 2 * PAD - 20);
    const itemW = 16 + measure(name, F.legend, 500) + 18;
    if (lx > PAD && lx + itemW > W - PAD) {
      lx = PAD;
      ly += 20;
    }
    legend.append(marker(index, id, colors, lx + 6, ly - 4.5, 5.5));
    legend.append(svg('text', { class: 'chart-legend-name', x: r2(lx + 16), y: ly, 'font-size': F.legend, 'font-weight': 500 }, name));
    lx += itemW;
  });
  if (rows.some((r) => r.divergence !== null)) {
    if (lx + headW > W - PAD) ly += 20;
    legend.append(
      svg('text', { class: 'chart-colhead', x: W - PAD - 6, y: ly, 'text-anchor': 'end', 'font-size': 11 }, headWord),
    );
  }
  if (ids.length || rows.length) {
    root.append(legend);
    y = ly + 10;
  }

  if (!rows.length) {
    root.append(
      svg(
        'text',
        { class: 'chart-empty', x: PAD, y: y + 22, 'font-size': F.legend },
        ids.length ? 'No theme has evidence yet.' : 'No people to compare yet.',
      ),
    );
    y += 36;
    return finish(root, W, y, [], { onSelectTheme, selectedTheme });
  }

  const rowEls = [];
  const drawn = rows.filter((r) => r.kind !== 'noStance');
  const quiet = rows.filter((r) => r.kind === 'noStance');

  drawn.forEach((row, i) => {
    const top = y;
    const g = rowGroup(row);
    g.append(svg('rect', { class: 'chart-row-bg', x: 0, y: top + 1, width: W, height: 0, rx: 6 }));
    g.append(svg('rect', { class: 'chart-row-mark', x: 0, y: top + 6, width: 3, height: 0, rx: 1.5 }));

    // Header: label (wraps to 2 lines) · status word · number.
    const num = formatDivergence(row.divergence);
    const numW = measure(num, F.number, 600);
    const statusW = measure(row.statusWord, F.status, 400);
    const rightW = numW + 8 + statusW;
    const labelLines = wrap(measure, row.label, F.label, 600, W - 2 * PAD - rightW - 14 - (row.color ? 16 : 0), 2);
    let by = top + 22;
    if (row.color) {
      g.append(svg('rect', { class: 'chart-swatch', x: PAD + 6, y: by - 10.5, width: 10, height: 10, rx: 2, fill: row.color }));
    }
    const lx0 = PAD + 6 + (row.color ? 16 : 0);
    labelLines.forEach((line, k) => {
      g.append(svg('text', { class: 'chart-label', x: lx0, y: by + k * 19, 'font-size': F.label, 'font-weight': 600 }, line));
    });
    g.append(
      svg(
        'text',
        {
          class: `chart-number${row.divergence === null ? ' chart-number--none' : ''}`,
          x: W - PAD - 6,
          y: by,
          'text-anchor': 'end',
          'font-size': F.number,
          'font-weight': 600,
        },
        num,
      ),
    );
    g.append(
      svg(
        'text',
        { class: `chart-status chart-status--${row.status}`, x: r2(W - PAD - 6 - numW - 8), y: by, 'text-anchor': 'end', 'font-size': F.status },
        row.statusWord,
      ),
    );
    by += (labelLines.length - 1) * 19;

    // Pole labels above the axis ends, each wrapping within half the axis.
    let axisTop = by + 6;
    if (row.poles) {
      // The two labels share the line: a short one leaves the rest of the
      // width to the other before either wraps.
      const leftText = `← ${row.poles[0]}`;
      const rightText = `${row.poles[1]} →`;
      const span = W - 2 * PAD - 12;
      const between = 16;
      const lw = measure(leftText, F.pole, 400);
      const rw = measure(rightText, F.pole, 400);
      const half = (span - between) / 2;
      let [lMax, rMax] = [half, half];
      if (lw + rw + between <= span) [lMax, rMax] = [lw + 1, rw + 1];
      else if (lw <= half) rMax = span - between - lw;
      else if (rw <= half) lMax = span - between - rw;
      const left = wrap(measure, leftText, F.pole, 400, lMax, 3);
      const right = wrap(measure, rightText, F.pole, 400, rMax, 3);
      const n = Math.max(left.length, right.length);
      const py = by + 19;
      left.forEach((line, k) => {
        g.append(svg('text', { class: 'chart-pole', x: PAD + 6, y: py + k * 15, 'font-size': F.pole }, line));
      });
      right.forEach((line, k) => {
        g.append(svg('text', { class: 'chart-pole', x: W - PAD - 6, y: py + k * 15, 'text-anchor': 'end', 'font-size': F.pole }, line));
      });
      axisTop = py + (n - 1) * 15 + 6;
    }

    // Dots: clusters of overlapping dots are spread vertically.
    const placed = placeDots(row.dots, xOf);
    const spread = Math.max(0, ...placed.map((p) => Math.abs(p.dy)));
    const axisY = axisTop + R_MAX + spread + 4;

    // Axis with light ticks at −1, −½, 0, ½, 1.
    g.append(svg('line', { class: 'chart-axis', x1: r2(x0), x2: r2(x1), y1: r2(axisY), y2: r2(axisY) }));
    for (const t of [-1, -0.5, 0, 0.5, 1]) {
      const h = t === 0 ? 6 : 3.5;
      g.append(
        svg('line', {
          class: `chart-tick${t === 0 ? ' chart-tick--mid' : ''}`,
          x1: r2(xOf(t)),
          x2: r2(xOf(t)),
          y1: r2(axisY - h),
          y2: r2(axisY + h),
        }),
      );
    }

    if (row.gap && row.gap.to > row.gap.from) {
      g.append(
        svg('line', {
          class: 'chart-gap',
          x1: r2(xOf(row.gap.from)),
          x2: r2(xOf(row.gap.to)),
          y1: r2(axisY),
          y2: r2(axisY),
          'stroke-width': 6,
          'stroke-opacity': r2(0.15 + 0.4 * row.gap.divergence),
        }),
      );
    }
    for (const p of placed) {
      g.append(marker(p.dot.index, p.dot.id, colors, p.x, axisY + p.dy, R_MIN + R_SPAN * p.dot.confidence));
    }

    let bottom = axisY + R_MAX + spread + 12;
    if (row.missing.length) {
      // Who takes no stance, under the axis.
      const words = `${joinNames(row.missing.map(isolate))}: no stance`;
      const lines = wrap(measure, words, F.pole, 400, W - 2 * PAD - 12, 2);
      lines.forEach((line, k) => {
        g.append(svg('text', { class: 'chart-missing', x: PAD + 6, y: r2(bottom + 2 + k * 15), 'font-size': F.pole }, line));
      });
      bottom += lines.length * 15 + 2;
    }
    setRowBox(g, top, bottom);
    g.__tip = { anchorY: axisY + R_MAX + spread + 6, topY: top + 4, x: placed.length ? mean(placed.map((p) => p.x)) : W / 2 };
    if (i < drawn.length - 1 || quiet.length) {
      g.append(svg('line', { class: 'chart-rule', x1: 0, x2: W, y1: r2(bottom), y2: r2(bottom) }));
    }
    root.append(g);
    rowEls.push(g);
    y = bottom;
  });

  // Themes discussed without any stance: a compact, wrapping list of chips.
  if (quiet.length) {
    y += 8;
    const headText = 'Discussed, no stance:';
    const headW2 = measure(headText, F.status, 400);
    root.append(svg('text', { class: 'chart-quiet-head', x: PAD + 6, y: y + 17, 'font-size': F.status }, headText));
    let cx = PAD + 6 + headW2 + 8;
    let cy = y;
    if (cx + 60 > W) {
      cx = PAD + 6;
      cy += 26;
    }
    for (const row of quiet) {
      const tw = measure(row.label, F.status, 500);
      const cw = Math.min(tw, W - 2 * PAD - 20) + 16;
      if (cx + cw > W - PAD && cx > PAD + 6) {
        cx = PAD + 6;
        cy += 28;
      }
      const g = rowGroup(row);
      g.append(svg('rect', { class: 'chart-row-bg chart-chip', x: r2(cx), y: cy + 3, width: r2(cw), height: 22, rx: 11 }));
      const text = tw > cw - 16 ? ellipsis(measure, row.label, F.status, 500, cw - 16) : row.label;
      g.append(svg('text', { class: 'chart-chip-label', x: r2(cx + 8), y: cy + 18, 'font-size': F.status, 'font-weight': 500 }, text));
      g.__tip = { anchorY: cy + 29, topY: cy + 1, x: cx + cw / 2 };
      root.append(g);
      rowEls.push(g);
      cx += cw + 6;
    }
    y = cy + 32;
  }

  // Note: how to read the chart.
  const noteText = [
    drawn.length ? 'Dot size shows confidence in the position.' : '',
    drawn.some((r) => r.gap && r.gap.to > r.gap.from) ? 'The bar spans the gap between the two people furthest apart.' : '',
    drawn.some((r) => r.divergence !== null) ? 'Divergence: 0 = aligned, 1 = opposite poles.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const note = wrap(
    measure,
    noteText,
    F.note,
    400,
    W - 2 * PAD - 12,
    4,
  );
  if (note.length) {
    y += 8;
    note.forEach((line, k) => {
      root.append(svg('text', { class: 'chart-note', x: PAD + 6, y: y + 12 + k * 15, 'font-size': F.note }, line));
    });
    y += 12 + (note.length - 1) * 15 + 8;
  }

  return finish(root, W, y, rowEls, { onSelectTheme, selectedTheme, measure, rows, colors });
}

function rowGroup(row) {
  const g = svg(
    'g',
    {
      class: `chart-row chart-row--${row.kind}`,
      'data-theme': row.id,
      tabindex: 0,
      role: 'button',
      'aria-pressed': 'false',
      'aria-label': row.description,
    },
    svg('title', {}, row.description),
  );
  g.__row = row;
  return g;
}

function setRowBox(g, top, bottom) {
  const bg = g.querySelector('.chart-row-bg');
  bg.setAttribute('height', r2(bottom - top - 2));
  const mark = g.querySelector('.chart-row-mark');
  if (mark) mark.setAttribute('height', r2(bottom - top - 12));
}

function mean(xs) {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

// Dots that would overlap are spread above and below the axis, keeping
// their x (the value) exact.
function placeDots(dots, xOf) {
  const items = dots
    .map((dot) => ({ dot, x: xOf(dot.value), dy: 0 }))
    .sort((a, b) => a.x - b.x || a.dot.index - b.dot.index);
  const clusters = [];
  for (const it of items) {
    const last = clusters[clusters.length - 1];
    if (last && it.x - last[last.length - 1].x < 2 * R_MAX + 1) last.push(it);
    else clusters.push([it]);
  }
  for (const c of clusters) {
    if (c.length < 2) continue;
    c.sort((a, b) => a.dot.index - b.dot.index);
    const step = 2 * R_MAX - 1;
    c.forEach((it, k) => {
      it.dy = (k - (c.length - 1) / 2) * step;
    });
  }
  return items;
}

function finish(root, W, H, rowEls, ctx) {
  const height = Math.ceil(H);
  frame(root, W, height);
  const tip = svg('g', { class: 'chart-tip', 'aria-hidden': 'true', 'data-export': 'skip', display: 'none' });
  root.append(tip);

  let tipOwner = null;
  const hideTip = (g) => {
    if (g && tipOwner !== g) return;
    if (tipOwner?.__title && !tipOwner.querySelector('title')) tipOwner.prepend(tipOwner.__title);
    tipOwner = null;
    tip.setAttribute('display', 'none');
    tip.replaceChildren();
  };
  const showTip = (g) => {
    if (!ctx.measure || !g.__row) return;
    hideTip();
    tipOwner = g;
    // The visible tooltip replaces the native one while it is shown.
    const t = g.querySelector(':scope > title');
    if (t) {
      g.__title = t;
      t.remove();
    }
    drawTip(tip, g.__row, g.__tip, W, height, ctx);
    tip.removeAttribute('display');
  };

  for (const g of rowEls) {
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hideTip();
    });
    g.addEventListener('pointerenter', () => showTip(g));
    g.addEventListener('pointerleave', () => hideTip(g));
    g.addEventListener('focus', () => showTip(g));
    g.addEventListener('blur', () => hideTip(g));
  }
  return selectable(root, rowEls, ctx);
}

// The drawing's size: its viewBox, scaled to its box's width; the layout
// width and height kept for the exports.
function frame(root, W, H) {
  root.setAttribute('viewBox', `0 0 ${W} ${H}`);
  root.setAttribute('width', '100%');
  root.dataset.width = String(W);
  root.dataset.height = String(H);
}

// Rows that select their theme (the chart's and the flow's): click, Enter
// or Space toggles; the selection shows as classes and aria-pressed, and
// select*Theme sets it from outside without calling back.
function selectable(root, rowEls, { selectedTheme, onSelectTheme }) {
  let selected = null;
  const mark = (id) => {
    selected = id ?? null;
    root.classList.toggle('has-selection', selected !== null);
    for (const g of rowEls) {
      const on = g.dataset.theme === selected;
      g.classList.toggle('is-selected', on);
      g.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
  };
  mark(selectedTheme);
  for (const g of rowEls) {
    const toggle = () => {
      const next = selected === g.dataset.theme ? null : g.dataset.theme;
      mark(next);
      if (typeof onSelectTheme === 'function') onSelectTheme(next);
    };
    g.addEventListener('click', toggle);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        toggle();
      }
    });
  }
  controllers.set(root, { mark });
  return root;
}

/** Marks a theme as selected (or none with null) without calling back. */
export function selectChartTheme(chartSvg, id) {
  controllers.get(chartSvg)?.mark(id);
}

// The visible tooltip: the numbers and evidence counts of a row, drawn in
// the SVG beside (below, or above when there is no room) the row's dots.
function drawTip(tip, row, at, W, H, ctx) {
  const { measure, colors } = ctx;
  const maxW = Math.min(W - 2 * PAD - 8, 400);
  const lines = []; // { text, size, weight, cls, marker }
  const add = (text, cls, opts = {}) => {
    const size = opts.size ?? F.tip;
    const weight = opts.weight ?? 400;
    const indent = opts.marker ? 16 : opts.indent ?? 0;
    const wrapped = wrap(measure, text, size, weight, maxW - 20 - indent, 3);
    wrapped.forEach((t, k) => lines.push({ text: t, size, weight, cls, indent, marker: k === 0 ? opts.marker : null }));
  };
  if (row.kind === 'noStance') {
    add(row.label, 'chart-tip-title', { weight: 600 });
    add(`Discussed in ${nb(plural(row.sentences, 'sentence'))}; no stance taken.`, 'chart-tip-text');
  } else {
    add(row.label, 'chart-tip-title', { weight: 600 });
    for (const d of row.dots) {
      add(`${d.name} ${formatValue(d.value)}`, 'chart-tip-name', { weight: 600, marker: d });
      add(
        `${positionPhrase(d.value, row.poles)} · ${nb(plural(d.sentences, 'sentence'))} · ${nb(`confidence ${d.confidence.toFixed(2)}`)}`,
        'chart-tip-text',
        { indent: 16, size: F.tip - 0.5 },
      );
    }
    if (row.missing.length) add(`${joinNames(row.missing.map(isolate))}: no stance`, 'chart-tip-text');
    if (row.divergence !== null) {
      add(`${nb(`Divergence ${formatDivergence(row.divergence)}`)}: ${row.statusWord}`, 'chart-tip-foot', { weight: 600 });
    }
  }
  let width = 0;
  for (const l of lines) width = Math.max(width, l.indent + measure(l.text, l.size, l.weight));
  const boxW = Math.min(maxW, width + 20);
  const boxH = lines.length * 17 + 14;
  let x = clamp(at.x - boxW / 2, PAD, W - PAD - boxW);
  let y = at.anchorY + 2;
  if (y + boxH > H && at.topY - boxH - 4 >= 0) y = at.topY - boxH - 4;
  tip.append(svg('rect', { class: 'chart-tip-box', x: r2(x), y: r2(y), width: r2(boxW), height: boxH, rx: 6 }));
  lines.forEach((l, k) => {
    const ty = y + 20 + k * 17;
    if (l.marker) {
      tip.append(marker(l.marker.index, l.marker.id, colors, x + 10 + 5, ty - 4.5, 5));
    }
    tip.append(
      svg(
        'text',
        { class: l.cls, x: r2(x + 10 + l.indent), y: r2(ty), 'font-size': l.size, 'font-weight': l.weight },
        l.text,
      ),
    );
  });
}

// ---------------------------------------------------------------------------
// The table (screen readers; the page may show it in a <details>)
// ---------------------------------------------------------------------------

/**
 * The chart's content as a <table class="chart-table">: theme, status,
 * divergence, and per compared actor the value, pole words and evidence
 * count. Options as chartRows, plus caption.
 */
export function renderChartTable(report, options = {}) {
  const rows = chartRows(report, options);
  const ids = comparedIds(report, options.compared);
  const nameOf = nameLookup(report, options.names);
  const caption =
    options.caption ?? `Divergence by theme between ${joinNames(ids.map(nameOf)) || 'the compared people'}`;
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Theme'),
    el('th', { scope: 'col' }, 'Status'),
    el('th', { scope: 'col', class: 'num' }, 'Divergence'),
    ids.map((id) => el('th', { scope: 'col' }, nameOf(id))),
  );
  const body = rows.map((row) =>
    el(
      'tr',
      { dataset: { theme: row.id } },
      el('th', { scope: 'row' }, row.label),
      el('td', {}, row.kind === 'noStance' ? 'discussed, no stance' : row.statusWord),
      el('td', { class: 'num' }, formatDivergence(row.divergence)),
      ids.map((id) => {
        const d = row.dots.find((x) => x.id === id);
        if (!d) return el('td', { class: 'none' }, 'no stance');
        return el(
          'td',
          {},
          el('span', { class: 'num' }, formatValue(d.value)),
          ' ',
          positionPhrase(d.value, row.poles),
          el('span', { class: 'chart-table-count' }, ` (${plural(d.sentences, 'sentence')})`),
        );
      }),
    ),
  );
  return el(
    'table',
    { class: 'chart-table' },
    el('caption', {}, caption),
    el('thead', {}, head),
    el('tbody', {}, rows.length ? body : el('tr', {}, el('td', { colSpan: 3 + ids.length }, 'No theme has evidence yet.'))),
  );
}

/**
 * For three or more compared actors: a small <table class="pair-matrix">,
 * actors × actors, each cell the pair's mean divergence and the theme that
 * splits them most. Null with fewer than three actors (the chart says it).
 */
export function renderPairMatrix(report, options = {}) {
  const ids = comparedIds(report, options.compared);
  if (ids.length < 3) return null;
  const nameOf = nameLookup(report, options.names);
  const pairs = pairMatrix(report, ids);
  const find = (a, b) => pairs.find((p) => (p.actors[0] === a && p.actors[1] === b) || (p.actors[0] === b && p.actors[1] === a));
  return el(
    'table',
    { class: 'pair-matrix' },
    el('caption', {}, options.caption ?? 'Mean divergence per pair, and the theme that splits them most'),
    el('thead', {}, el('tr', {}, el('td', {}), ids.map((id) => el('th', { scope: 'col' }, nameOf(id))))),
    el(
      'tbody',
      {},
      ids.map((a) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, nameOf(a)),
          ids.map((b) => {
            if (a === b) return el('td', { class: 'none' }, '—');
            const p = find(a, b);
            if (!p || p.mean === null) return el('td', { class: 'none' }, 'no shared theme');
            return el(
              'td',
              {},
              el('span', { class: 'num' }, formatDivergence(p.mean)),
              el('span', { class: 'pair-count' }, ` over ${plural(p.themes, 'theme')}`),
              p.top && p.top.divergence > 0
                ? el('span', { class: 'pair-top' }, `most split on ${p.top.label} (${formatDivergence(p.top.divergence)})`)
                : el('span', { class: 'pair-top' }, 'aligned on every shared theme'),
            );
          }),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------
// The theme flow strip
// ---------------------------------------------------------------------------

/**
 * A strip: x = paragraphs (report.themeFlow), one thin row per theme with
 * salience > 0, cells in the theme's colour with opacity by score.
 * Options: onSelectTheme(id | null), selectedTheme, width (px, default
 * 640), fontFamily (as renderChart's). Rows are focusable buttons; every
 * cell has a <title>.
 */
export function renderFlow(report, options = {}) {
  const W = Math.max(280, Math.round(Number(options.width) || 640));
  const measure = makeMeasure(options.fontFamily);
  const flow = Array.isArray(report?.themeFlow) ? report.themeFlow : [];
  const themes = (Array.isArray(report?.themes) ? report.themes : []).filter(
    (t) => t && typeof t.id === 'string' && t.salience > 0,
  );
  const root = svg('svg', {
    class: 'flow',
    role: 'group',
    'aria-label': `Theme flow: where each theme is discussed, over ${plural(flow.length, 'paragraph')}`,
  });
  root.append(svg('title', {}, 'Theme flow'));
  if (!flow.length || !themes.length) {
    root.append(svg('text', { class: 'chart-empty', x: PAD, y: 18, 'font-size': F.legend }, 'No themes discussed yet.'));
    root.setAttribute('viewBox', `0 0 ${W} 28`);
    root.setAttribute('width', '100%');
    return root;
  }

  // Label column: full labels if they fit in 38% of the width, else short
  // ones ("Climate" for "Climate & Energy"), ellipsised if need be.
  const size = 12;
  const maxCol = Math.round(W * 0.38);
  const label = (t) => (typeof t.label === 'string' && t.label ? t.label : t.id);
  const short = (t) => label(t).split(/\s*[&,]\s*|\s+and\s+/)[0];
  const full = Math.max(...themes.map((t) => measure(label(t), size, 500)));
  const useShort = full > maxCol;
  const names = themes.map((t) => (useShort ? short(t) : label(t)));
  const colW = Math.min(maxCol, Math.max(...names.map((n) => measure(n, size, 500)))) + 10;

  const rowH = 13;
  const gapY = 4;
  const top = 4;
  const gx0 = PAD + colW;
  const gx1 = W - PAD;
  // At least 2 px a cell: a book's thousands of paragraphs share cells.
  const per = paragraphsPerCell(flow.length, (gx1 - gx0) / 2);
  const cellW = (gx1 - gx0) / Math.ceil(flow.length / per);
  let max = 0;
  for (const f of flow) for (const v of Object.values(f?.scores ?? {})) if (Number.isFinite(v)) max = Math.max(max, v);
  if (!(max > 0)) max = 1;

  const rowEls = [];
  themes.forEach((t, i) => {
    const y = top + i * (rowH + gapY);
    const discussed = flow
      .map((f, p) => ({ p, score: Number(f?.scores?.[t.id]) || 0 }))
      .filter((c) => c.score > 0);
    const peak = discussed.reduce((a, c) => (a && a.score >= c.score ? a : c), null);
    const desc = discussed.length
      ? `${label(t)}: discussed in ${plural(discussed.length, 'paragraph')} (${ranges(discussed.map((c) => c.p + 1))}); strongest in paragraph ${peak.p + 1} (${round1(peak.score)})`
      : `${label(t)}: not in any paragraph`;
    const g = svg(
      'g',
      { class: 'flow-row', 'data-theme': t.id, tabindex: 0, role: 'button', 'aria-pressed': 'false', 'aria-label': desc },
      svg('title', {}, desc),
    );
    g.append(svg('rect', { class: 'flow-row-bg', x: 0, y: y - 2, width: W, height: rowH + 4, rx: 3 }));
    g.append(
      svg(
        'text',
        { class: 'flow-label', x: PAD + colW - 10, y: y + rowH - 2.5, 'text-anchor': 'end', 'font-size': size, 'font-weight': 500 },
        ellipsis(measure, names[i], size, 500, colW - 10),
      ),
    );
    g.append(svg('rect', { class: 'flow-track', x: r2(gx0), y, width: r2(gx1 - gx0), height: rowH }));
    for (const c of flowCells(flow, t.id, per)) {
      const where = c.first === c.last ? `Paragraph ${c.first + 1}` : `Paragraphs ${c.first + 1}–${c.last + 1}`;
      const cell = svg(
        'rect',
        {
          class: 'flow-cell',
          x: r2(gx0 + (c.first / per) * cellW + 0.5),
          y,
          width: r2(Math.max(1, cellW - 1)),
          height: rowH,
          fill: typeof t.color === 'string' ? t.color : 'currentColor',
          'fill-opacity': r2(0.18 + 0.82 * Math.sqrt(c.score / max)),
          'data-start': c.start,
          'data-end': c.end,
        },
        svg('title', {}, `${where}: ${label(t)} ${round1(c.score)}`),
      );
      // The theme colour, mixed a little toward the ink by chart.css so
      // dark colours stay visible in dark mode (CSSOM: allowed by the CSP).
      if (typeof t.color === 'string') cell.style.setProperty('--cell', t.color);
      g.append(cell);
    }
    root.append(g);
    rowEls.push(g);
  });
  let y = top + themes.length * (rowH + gapY) + 12;
  root.append(svg('text', { class: 'flow-axis', x: r2(gx0), y, 'font-size': 11 }, '¶ 1'));
  root.append(svg('text', { class: 'flow-axis', x: r2(gx1), y, 'text-anchor': 'end', 'font-size': 11 }, `¶ ${flow.length}`));
  root.append(
    svg('text', { class: 'flow-axis', x: r2((gx0 + gx1) / 2), y, 'text-anchor': 'middle', 'font-size': 11 }, 'paragraphs →'),
  );
  y += 6;
  frame(root, W, y);
  return selectable(root, rowEls, options);
}

/** How many paragraphs share a flow cell so that there are at most `cells`. */
export function paragraphsPerCell(paragraphs, cells) {
  return Math.max(1, Math.ceil(paragraphs / Math.max(1, Math.floor(cells))));
}

/**
 * One theme's cells in the flow strip, `per` paragraphs each: { first,
 * last } paragraph indexes, the score (the run's peak, so that one
 * paragraph on the theme among many stays visible) and the text span.
 * Runs without the theme have no cell.
 */
export function flowCells(flow, id, per) {
  const cells = [];
  for (let first = 0; first < flow.length; first += per) {
    const last = Math.min(flow.length, first + per) - 1;
    let score = 0;
    for (let p = first; p <= last; p++) score = Math.max(score, Number(flow[p]?.scores?.[id]) || 0);
    if (score > 0) cells.push({ first, last, score, start: flow[first]?.start, end: flow[last]?.end });
  }
  return cells;
}

/** Marks a theme in the flow strip as selected, without calling back. */
export const selectFlowTheme = selectChartTheme;

// A name in a list keeps its own direction (an Arabic name between Latin
// ones): first-strong isolate … pop directional isolate.
function isolate(text) {
  return `\u2068${text}\u2069`;
}

function nb(text) {
  return text.replace(/ /g, '\u00a0');
}

function round1(x) {
  return String(Math.round(x * 10) / 10);
}

// [1,2,3,5,7,8] → "1–3, 5, 7–8"; past `most` ranges, the first and how many more.
export function ranges(ns, most = 12) {
  const out = [];
  let start = null;
  let prev = null;
  for (const n of ns) {
    if (start === null) start = prev = n;
    else if (n === prev + 1) prev = n;
    else {
      out.push(start === prev ? `${start}` : `${start}–${prev}`);
      start = prev = n;
    }
  }
  if (start !== null) out.push(start === prev ? `${start}` : `${start}–${prev}`);
  // A book's theme runs through hundreds of ranges: a screen reader reads
  // the first few and how many more.
  if (out.length > most) return `${out.slice(0, most).join(', ')} and ${out.length - most} more ranges`;
  return out.join(', ');
}
