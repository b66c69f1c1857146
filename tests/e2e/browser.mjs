// Starts Debian's Chromium through playwright-core, with a fresh profile and
// the page's own server on a free port. Shared by the e2e tests and the
// browser benchmark. No `npx playwright install`: the browser comes from apt.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless, sandbox off (we run as root), and no background traffic, so a
// request to another origin in a test can only come from the page.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Serves www/ (plus `mounts`; `isolated` as in startServer) and opens a
 * browser on a new profile (`contextOptions` go to Playwright's context).
 * Returns { url, context, page, requests, requestLog, dialogs, errors, close }:
 * `requests`, `dialogs` and `errors` collect every URL the browser asked
 * for, every dialog the page opened (dismissed) and every uncaught
 * exception or console error; `requestLog` the same requests as
 * { url, serviceWorker, resourceType }, `serviceWorker` true for those the
 * service worker made itself.
 */
export async function openBrowser({ mounts, isolated, contextOptions = {} } = {}) {
  const server = await startServer({ mounts, isolated });
  const profile = await mkdtemp(join(tmpdir(), 'faultline-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
      ...contextOptions,
    });
  } catch (err) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  const requests = [];
  const requestLog = [];
  const dialogs = [];
  context.on('request', (request) => {
    requests.push(request.url());
    // Who asked: the service worker's own fetches (its precache) are not
    // the page's, and the browser reads the manifest and an icon by itself.
    requestLog.push({ url: request.url(), serviceWorker: request.serviceWorker() !== null, resourceType: request.resourceType() });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  // Uncaught exceptions and console errors (a CSP violation is one).
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  const close = async () => {
    await context.close().catch(() => {});
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { url: server.url, context, page, requests, requestLog, dialogs, errors, close };
}
