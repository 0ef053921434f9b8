// The portal as its browser tests use it: built from `portal/`, served with `portal/serve.mjs`
// and an overlay that points it at the test's chain (its RPC and, for the light client, its raw
// spec with a WebSocket boot node), and opened in Debian's Chromium, headless, through
// playwright-core. Each page is checked with axe-core and saved as a screenshot.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { randomAsHex } from '@polkadot/util-crypto';
import { startDevChain } from './dev-chain.mjs';
import { freePort, tempDir, waitFor } from './node.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORTAL = path.join(ROOT, 'portal');
const require = createRequire(import.meta.url);

/** Where screenshots go: $BMX_ARTIFACTS_DIR/portal, else tests/artifacts/portal. */
export const ARTIFACTS = path.join(process.env.BMX_ARTIFACTS_DIR ?? path.join(ROOT, 'tests', 'artifacts'), 'portal');

/** The Chromium binary: $CHROMIUM, else Debian's. */
export function chromiumBinary() {
  const binary = process.env.CHROMIUM ?? '/usr/bin/chromium';
  assert.ok(fs.existsSync(binary), `no Chromium at ${binary}: run scripts/setup.sh with BMX_SETUP_BROWSER=1 (apt-get install chromium) or set CHROMIUM`);
  return binary;
}

/**
 * Builds the portal (`vite build`, a few seconds) into a new directory of this run and returns
 * it. Each test file gets its own: a build empties its output directory first, so a shared
 * `portal/dist` rebuilt by one file would briefly lose the chunks another file's pages load.
 * Vite's per-project lock is bypassed for the same reason: the outputs no longer collide.
 */
export function buildPortal() {
  assert.ok(fs.existsSync(path.join(PORTAL, 'node_modules', 'vite')), 'portal/ has no node_modules: run scripts/setup.sh (npm ci in portal)');
  const out = tempDir('portal-dist');
  execFileSync('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir', '--bypass-lock'], { cwd: PORTAL, stdio: 'inherit' });
  return out;
}

/**
 * Serves the built portal for the chain at `rpcPort`, whose raw spec is `rawSpecFile` and whose
 * light-client boot node is `bootnode` (a WebSocket multiaddress), from `dir` (`buildPortal()`'s).
 * Resolves with `{ url, close }`.
 */
export async function servePortal({ dir, rpcPort, rawSpecFile, bootnode, faucet = false }) {
  const overlay = tempDir('portal-overlay');
  const spec = JSON.parse(fs.readFileSync(rawSpecFile, 'utf8'));
  spec.bootNodes = [bootnode];
  fs.writeFileSync(path.join(overlay, 'chain-spec.json'), JSON.stringify(spec));
  fs.writeFileSync(
    path.join(overlay, 'config.json'),
    JSON.stringify({ rpc: `ws://127.0.0.1:${rpcPort}`, chainSpec: 'chain-spec.json', faucet: faucet ? 'faucet' : null }),
  );
  const port = await freePort();
  const args = [path.join(PORTAL, 'serve.mjs'), '--dir', dir, '--overlay', overlay, '--port', `${port}`];
  if (faucet) args.push('--faucet-rpc', `ws://127.0.0.1:${rpcPort}`);
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => { output += d; });
  server.stderr.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor('the portal server', async () => (await fetch(url).then((r) => r.ok, () => false)) || null, { timeoutMs: 30_000 });
  return {
    url,
    output: () => output,
    close: () => new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', resolve);
      server.kill('SIGTERM');
    }),
  };
}

/**
 * Starts headless Chromium. Resolves with `{ browser, newPage(name), close }`; `newPage` opens a
 * page in its own context (its own storage: one person per context) with a phone-sized or a
 * desktop viewport, collecting console errors and failed requests in `page.problems`.
 */
export async function startBrowser() {
  const browser = await chromium.launch({
    executablePath: chromiumBinary(),
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const newPage = async ({ phone = false, acceptDownloads = true } = {}) => {
    const context = await browser.newContext({
      viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
      acceptDownloads,
      locale: 'es-MX',
    });
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
    // Anything the page asks of another origin than the portal's and the node's is a failure.
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        page.problems.push(`external request: ${request.url()}`);
      }
    });
    return page;
  };
  return { browser, newPage, close: () => browser.close() };
}

/**
 * Runs axe-core on `page` (WCAG 2.1 A and AA) and fails on any serious or critical violation,
 * listing them.
 */
export async function assertAccessible(page, what) {
  // Evaluated through the DevTools protocol: the portal's Content-Security-Policy forbids inline
  // scripts, as it should.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const blocking = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(
    blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`),
    [],
    `${what}: accessibility violations`,
  );
  return results;
}

/** Saves a full-page screenshot of `page` as `ARTIFACTS/name.png`. */
export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Chooses the development account of secret URI `uri` in the page's account picker. */
export async function actAs(page, uri) {
  await page.getByTestId('dev-uri').fill(uri);
  await page.getByTestId('dev-uri-add').click();
  await page.waitForFunction(
    (wanted) => {
      const select = document.querySelector('[data-testid="account"]');
      return select && select.selectedOptions[0]?.textContent.startsWith(wanted);
    },
    uri,
  );
}

/**
 * Waits until the page's notice of the transaction sent with the button `testId` says it is
 * final (the form itself may be gone by then: its act is done); fails with the notice's error.
 */
export async function waitForFinal(page, testId, timeoutMs = 90_000) {
  const notice = page.locator(`[data-testid="notice"][data-for="${testId}"]`);
  const local = page.locator('.tx', { has: page.getByTestId(testId) }).locator('[data-testid="error"]');
  // An earlier attempt's error (by the form, and its notice) goes when the click is handled,
  // but on a loaded machine the page may re-render a moment after the click returned: give it
  // that moment, or the old error would read as this attempt's. One that stays is this one's.
  if (await local.count()) await local.first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  if ((await notice.count()) && (await notice.getAttribute('data-stage')) === 'error') {
    await page.locator(`[data-testid="notice"][data-for="${testId}"]:not([data-stage="error"])`).waitFor({ timeout: 10_000 }).catch(() => {});
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await notice.count()) {
      const stage = await notice.getAttribute('data-stage');
      if (stage === 'finalized') return;
      if (stage === 'error') throw new Error(`${testId}: ${await notice.innerText()}`);
    }
    // An error of input stays by the form.
    if (await local.count()) throw new Error(`${testId}: ${await local.first().innerText()}`);
    await page.waitForTimeout(500);
  }
  const shot = await screenshot(page, `failed-${testId}`).catch(() => 'none');
  throw new Error(`${testId}: not final after ${timeoutMs} ms (screenshot ${shot}); notices: ${await page.locator('.notices').innerText().catch(() => '')}`);
}

/**
 * Waits for the element `testId` of `page`; on a timeout saves a screenshot named `name` and
 * fails with what the page's main area says, so that a failure explains itself.
 */
export async function waitVisible(page, testId, name, timeoutMs = 60_000) {
  try {
    await page.getByTestId(testId).first().waitFor({ timeout: timeoutMs });
  } catch (error) {
    const shot = await screenshot(page, `failed-${name}`).catch(() => 'none');
    const text = await page.locator('main').innerText().catch(() => '(no main)');
    // The raw errors for support sit in closed <details>: not in the visible text.
    const raw = await page.locator('[data-testid="error-raw"]').allTextContents().catch(() => []);
    throw new Error(`${name}: ${testId} did not show within ${timeoutMs} ms (screenshot ${shot}); the page says:\n${text.slice(0, 2000)}\nraw errors: ${raw.join(' | ')}\nproblems: ${page.problems.join('; ')}`);
  }
}

/**
 * What a browser test of the portal starts with: a dev chain named `name` (with WebSocket p2p,
 * for the browser's light client), the built portal served for it, headless Chromium, and the
 * documents people attach, `<document>.pdf` with random content in `files` (their content stays
 * in the browser, only hashes go out). `file(document)` is a document's path;
 * `open(page, route)` goes to a route and waits for the chain's heads; `close()` stops it all.
 */
export async function startPortalSession(name, documents) {
  const dir = buildPortal();
  const chain = await startDevChain(name, { webSocketP2p: true });
  let portal;
  let browser;
  try {
    portal = await servePortal({ dir, rpcPort: chain.rpcPort, rawSpecFile: await chain.rawSpec(), bootnode: chain.bootnodes[0] });
    browser = await startBrowser();
  } catch (error) {
    // What started is stopped: the test's `after` never sees a session that failed to start.
    await portal?.close();
    await chain.close();
    throw error;
  }
  const files = tempDir(`${name}-files`);
  for (const document of documents) {
    fs.writeFileSync(path.join(files, `${document}.pdf`), `%PDF-1.4 ${document} ${randomAsHex(8)}`);
  }
  return {
    chain,
    portal,
    browser,
    files,
    file: (document) => path.join(files, `${document}.pdf`),
    async open(page, route) {
      await page.goto(`${portal.url}#${route}`);
      await page.getByTestId('heads').waitFor({ timeout: 60_000 });
    },
    async close() {
      await browser.close();
      await portal.close();
      await chain.close();
    },
  };
}
