// The dictionary panel: the active dictionary and its themes, a switch per
// theme, import (our JSON, LIWC .dic/.dicx, Lexicoder .lcd/.lc3), export,
// and back to the default. Import errors name the line or entry; the
// essay is never touched by anything here.

import { el } from '../lib/dom.js';

/**
 * state: { catalog: [{id, label, color}], off: [id], dictionary: {name,
 * compiled} | null, error: string | null, info: {name, version, hash} }.
 * handlers: { onToggle(id, on), onImport(file), onExport(), onReset() }.
 */
export function renderDictionary(container, state, handlers) {
  const off = new Set(state.off);
  const switches = state.catalog.map((theme) => {
    const id = `theme-${theme.id}`;
    const box = el('input', { type: 'checkbox', id, checked: !off.has(theme.id) });
    box.addEventListener('change', () => handlers.onToggle(theme.id, box.checked));
    return el('li', {}, box,
      el('span', { class: 'swatch', 'aria-hidden': 'true', style: { '--swatch': theme.color ?? 'gray' } }),
      el('label', { for: id }, theme.label));
  });
  const file = el('input', { type: 'file', accept: '.json,.dic,.dicx,.lcd,.lc3,.txt', hidden: true, id: 'dictionary-file' });
  file.addEventListener('change', () => {
    if (file.files?.[0]) handlers.onImport(file.files[0]);
    file.value = '';
  });
  const info = state.info;
  container.replaceChildren(
    el('p', { class: 'dictionary-info' },
      'Active: ', el('strong', {}, info?.name ?? (state.dictionary?.name ?? 'default')),
      info?.version ? ` ${info.version}` : '',
      info?.hash ? el('code', { class: 'hash', title: 'The dictionary’s hash, in every report and export' }, ` ${info.hash}`) : ''),
    el('fieldset', { class: 'theme-switches' },
      el('legend', {}, 'Themes to read'),
      el('ul', {}, switches)),
    el('div', { class: 'controls' },
      el('button', { type: 'button', onclick: () => file.click() }, 'Import a dictionary…'),
      file,
      el('button', { type: 'button', onclick: handlers.onExport }, 'Export it (JSON)'),
      state.dictionary ? el('button', { type: 'button', onclick: handlers.onReset }, 'Back to the default') : null),
    el('p', { id: 'dictionary-error', class: 'error-box', role: 'alert', hidden: !state.error }, state.error ?? ''),
    el('p', { class: 'hint' }, 'Our JSON (see the schema in the source), LIWC .dic/.dicx or Lexicoder .lcd/.lc3. Imported word lists count towards salience only.'));
}
