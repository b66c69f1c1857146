// The people panel: the actors found, with counts; which to compare; and
// the reader's corrections (rename, merge, aliases, affiliations, leave
// out), each sent back to the analysis as options through `onChange`.

import { el } from '../lib/dom.js';

/**
 * settings.actors: { compare: [name], merge: [[name, name]], aliases:
 * {name: [alias]}, affiliations: {name: [org]}, exclude: [name], rename:
 * {id: name} }. `onChange(next)` gets a new settings.actors. `view.all`:
 * every person is listed; the caller keeps `view`, so the choice
 * outlasts the next analysis (an edit, a merge).
 */
export function renderActors(container, report, ctx, actorSettings, onChange, view = { all: false }) {
  const all = view.all;
  const found = (report.actors ?? []).filter((a) => a.kind === 'person');
  const compared = new Set(report.compared ?? []);
  // A book names hundreds of people: the most salient first (the report's
  // order) and the compared, the rest on request. A row and three menu
  // entries each were ~10,000 elements for a 10 MB text, laid out with
  // everything else.
  const people = all ? found : found.filter((a, k) => k < SHOWN || compared.has(a.id));
  const s = normalize(actorSettings);
  const change = (patch) => onChange({ ...s, ...patch });
  const nameOf = (a) => ctx.names.get(a.id) ?? a.name;

  if (people.length === 0) {
    container.replaceChildren(...[el('p', {}, 'No people found yet.'), resetButton(s, change)].filter(Boolean));
    return;
  }

  const rows = people.map((a) => {
    const total = (a.counts?.name ?? 0) + (a.counts?.alias ?? 0) + (a.counts?.pronoun ?? 0) + (a.counts?.reference ?? 0);
    const id = `compare-${a.id}`;
    const box = el('input', { type: 'checkbox', id, checked: compared.has(a.id) });
    box.addEventListener('change', () => {
      const next = found.filter((p) => (p.id === a.id ? box.checked : compared.has(p.id))).map((p) => p.name);
      change({ compare: next });
    });
    const rename = el('button', { type: 'button', class: 'small', 'aria-label': `Rename ${nameOf(a)}` }, 'Rename');
    rename.addEventListener('click', () => {
      const input = el('input', { type: 'text', value: nameOf(a), 'aria-label': `New name for ${a.name}`, maxlength: '80' });
      let finished = false;
      const done = () => {
        if (finished) return; // Enter, then the change event of the same edit
        finished = true;
        const value = input.value.trim();
        // Back to text at once, focus on the button: the panel is not
        // redrawn while a text box in it has focus.
        label.replaceChildren(value || a.name);
        rename.focus();
        const renames = { ...s.rename };
        if (value && value !== a.name) renames[a.id] = value;
        else delete renames[a.id];
        change({ rename: renames });
      };
      input.addEventListener('keydown', (e) => {
        // preventDefault: focus moves to the Rename button during this
        // keydown, and the same key would otherwise press it again.
        if (e.key === 'Enter') {
          e.preventDefault();
          done();
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          finished = true;
          label.replaceChildren(nameOf(a));
          rename.focus();
        }
      });
      input.addEventListener('change', done);
      label.replaceChildren(input);
      input.focus();
      input.select();
    });
    const leave = el('button', { type: 'button', class: 'small', 'aria-label': `Leave out ${nameOf(a)}` }, 'Leave out');
    leave.addEventListener('click', () => change({ exclude: [...s.exclude, a.name], compare: s.compare.filter((n) => n !== a.name) }));
    const label = el('label', { for: id, class: 'actor-name' }, nameOf(a));
    return el('li', { class: 'actor-row', dataset: { actor: a.id } },
      box,
      el('span', { class: 'swatch', 'aria-hidden': 'true', style: { '--swatch': ctx.colors.get(a.id) ?? 'gray' } }),
      label,
      el('span', { class: 'count', title: `${a.counts?.name ?? 0} by name, ${a.counts?.alias ?? 0} by alias, ${a.counts?.pronoun ?? 0} pronouns, ${a.counts?.reference ?? 0} other references` }, `${total}×`),
      a.aliases?.length ? el('span', { class: 'aliases' }, `also “${a.aliases.slice(0, 4).join('”, “')}”${a.aliases.length > 4 ? '…' : ''}`) : null,
      el('span', { class: 'actor-actions' }, rename, leave));
  });

  const more = found.length > people.length
    ? el('button', { type: 'button', class: 'small' }, `Show all ${found.length} people`)
    : null;
  more?.addEventListener('click', () => {
    view.all = true;
    renderActors(container, report, ctx, actorSettings, onChange, view);
    container.querySelector('.actor-list')?.focus();
  });

  // The menus list the people listed above; when some are not, the last
  // entry says so and how to list them.
  const hidden = found.length - people.length;
  const options = () => [
    ...people.map((a) => el('option', { value: a.name }, nameOf(a))),
    hidden > 0 ? el('option', { value: '', disabled: true }, `(${hidden} more: “Show all” lists them)`) : null,
  ].filter(Boolean);
  const mergeFrom = el('select', { 'aria-label': 'Person to merge' }, options());
  const mergeInto = el('select', { 'aria-label': 'Merge into' }, options());
  if (people.length > 1) mergeInto.selectedIndex = 1;
  const mergeButton = el('button', { type: 'button' }, 'Merge');
  mergeButton.addEventListener('click', () => {
    if (!mergeFrom.value || !mergeInto.value || mergeFrom.value === mergeInto.value) return;
    change({ merge: [...s.merge, [mergeInto.value, mergeFrom.value]] });
  });

  const whom = el('select', { 'aria-label': 'Person' }, options());
  const kind = el('select', { 'aria-label': 'Kind of name' },
    el('option', { value: 'aliases' }, 'is also called'),
    el('option', { value: 'affiliations' }, 'stands behind (organisation)'));
  const extra = el('input', { type: 'text', placeholder: 'e.g. the Donald, Tesla', 'aria-label': 'Other name', maxlength: '80' });
  const addButton = el('button', { type: 'button' }, 'Add');
  const add = () => {
    const names = extra.value.split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length === 0 || !whom.value) return;
    // A null prototype: a name is text, and "__proto__" must stay a key.
    const table = Object.assign(Object.create(null), s[kind.value]);
    const had = Array.isArray(table[whom.value]) ? table[whom.value] : [];
    table[whom.value] = [...new Set([...had, ...names])];
    change({ [kind.value]: table });
  };
  addButton.addEventListener('click', add);
  extra.addEventListener('keydown', (e) => e.key === 'Enter' && add());

  // replaceChildren would turn a null into the text "null".
  container.replaceChildren(...[
    el('p', { class: 'hint' }, 'Tick the people to compare (two or more).'),
    el('ul', { class: 'actor-list', tabindex: '-1' }, rows),
    more,
    el('div', { class: 'actor-tool' }, mergeFrom, el('span', {}, 'is the same person as'), mergeInto, mergeButton),
    el('div', { class: 'actor-tool' }, whom, kind, extra, addButton),
    changesList(s, change),
    resetButton(s, change)].filter(Boolean));
}

/** People listed before "Show all". */
const SHOWN = 60;

function normalize(s = {}) {
  return {
    compare: s.compare ?? [],
    merge: s.merge ?? [],
    aliases: s.aliases ?? {},
    affiliations: s.affiliations ?? {},
    exclude: s.exclude ?? [],
    rename: s.rename ?? {},
  };
}

// The corrections in force, each removable: a reader must be able to
// undo one without starting over.
function changesList(s, change) {
  const items = [];
  s.merge.forEach(([into, from], k) => items.push([`${from} merged into ${into}`, () => change({ merge: s.merge.filter((_, j) => j !== k) })]));
  for (const key of ['aliases', 'affiliations']) {
    for (const [who, names] of Object.entries(s[key])) {
      items.push([`${who}: ${key === 'aliases' ? 'also called' : 'behind'} ${names.join(', ')}`, () => {
        const table = { ...s[key] };
        delete table[who];
        change({ [key]: table });
      }]);
    }
  }
  s.exclude.forEach((name, k) => items.push([`${name} left out`, () => change({ exclude: s.exclude.filter((_, j) => j !== k) })]));
  if (items.length === 0) return null;
  return el('ul', { class: 'changes' }, items.map(([label, undo]) => el('li', {}, label, ' ',
    el('button', { type: 'button', class: 'small', onclick: undo, 'aria-label': `Undo: ${label}` }, 'Undo'))));
}

function resetButton(s, change) {
  const any = s.compare.length || s.merge.length || s.exclude.length || Object.keys(s.aliases).length || Object.keys(s.affiliations).length || Object.keys(s.rename).length;
  if (!any) return null;
  return el('button', { type: 'button', onclick: () => change(normalize({})) }, 'Reset people');
}

/** The analysis options these settings ask for. */
export function actorOptions(actorSettings) {
  const s = normalize(actorSettings);
  const options = {};
  if (s.compare.length) options.compare = s.compare;
  if (s.merge.length) options.merge = s.merge;
  if (Object.keys(s.aliases).length) options.aliases = s.aliases;
  if (Object.keys(s.affiliations).length) options.affiliations = s.affiliations;
  if (s.exclude.length) options.exclude = s.exclude;
  return options;
}
