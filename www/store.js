// What the page keeps between visits: the reader's text first of all, then
// their choices (compared actors, merges, names, theme switches, imported
// dictionary, colour scheme). localStorage holds everything that fits;
// a text over its quota goes to IndexedDB, so a big paste survives too.

const TEXT_KEY = 'faultline.text';
const SETTINGS_KEY = 'faultline.settings';
const DB_NAME = 'faultline';
const BIG_TEXT = 1_000_000; // UTF-16 units: localStorage's quota is ~5 M

// Whether the database may hold a text: then a later small text must clear
// it, or a reload would bring back the big one. Unknown at start: true.
let inDatabase = true;

// Set while the database holds the text, so a start-up can tell a first
// visit (nothing saved anywhere) without opening the database, which takes
// 100–250 ms on a fresh profile.
const IN_DATABASE_KEY = 'faultline.textInDatabase';

/**
 * Whether a saved text may exist, answered at once from localStorage:
 * false only on a visit with nothing saved (or storage that says nothing).
 * Settings count too: a page from before the mark existed kept a big text
 * in the database with nothing else but its settings to show for it.
 */
export function mayHaveSavedText() {
  try {
    return [TEXT_KEY, IN_DATABASE_KEY, SETTINGS_KEY].some((key) => localStorage.getItem(key) !== null);
  } catch {
    return true; // storage blocked: ask the database as usual
  }
}

// Storage blocked: mayHaveSavedText then answers true anyway.
const markInDatabase = (yes) => (yes ? saveJson(IN_DATABASE_KEY, 1) : forget(IN_DATABASE_KEY));

/** Saves the text; resolves with null, or with the reason it could not be kept. */
export async function saveText(text) {
  if (text.length < BIG_TEXT) {
    try {
      localStorage.setItem(TEXT_KEY, text);
      if (inDatabase) inDatabase = !(await idbPut('text', null).then(() => true, () => false));
      if (!inDatabase) markInDatabase(false);
      return null;
    } catch {
      // Over quota or storage blocked: try the database below.
    }
  }
  try {
    markInDatabase(true); // before the write: a crash midway errs on asking
    await idbPut('text', text);
    inDatabase = true;
    forget(TEXT_KEY); // the database copy is the current one (and read first)
    return null;
  } catch (err) {
    return err?.name ?? 'storage unavailable';
  }
}

/** The saved text, or null when there is none. */
export async function loadText() {
  try {
    const big = await idbGet('text');
    if (typeof big === 'string') return big;
  } catch {
    // No database: fall back to localStorage.
  }
  try {
    return localStorage.getItem(TEXT_KEY);
  } catch {
    return null;
  }
}

export function loadSettings() {
  const parsed = loadJson(SETTINGS_KEY);
  return parsed && typeof parsed === 'object' ? parsed : {};
}

export function saveSettings(settings) {
  return saveJson(SETTINGS_KEY, settings);
}

/** Keeps `value` as JSON under `key`; false when storage refuses it. */
export function saveJson(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The JSON kept under `key`, or null (none, unreadable, storage off). */
export function loadJson(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Removes `key`; storage that is off has nothing to remove. */
export function forget(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing kept there either.
  }
}

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kv');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function idbPut(key, value) {
  const db = await openDb();
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      if (value === null) tx.objectStore('kv').delete(key);
      else tx.objectStore('kv').put(value, key);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

async function idbGet(key) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('kv').objectStore('kv').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
