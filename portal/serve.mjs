#!/usr/bin/env node
// Serves the portal's build as static files, with `config.json` and the chain spec from an
// overlay directory, and on development and test networks the faucet (`POST /faucet`), on one
// origin. `scripts/run.sh` starts it; any static server can serve `dist/` instead (without the
// faucet).
//
//   node serve.mjs --dir dist [--overlay DIR] [--port 8080] [--host 127.0.0.1]
//                  [--faucet-rpc ws://127.0.0.1:9944 --faucet-uri //Ferdie
//                   --faucet-amount 100 --faucet-minutes 10]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    overlay: { type: 'string' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'faucet-rpc': { type: 'string' },
    'faucet-uri': { type: 'string', default: '//Ferdie' },
    'faucet-amount': { type: 'string', default: '100' },
    'faucet-minutes': { type: 'string', default: '10' },
  },
});

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const roots = [args.overlay, args.dir].filter(Boolean).map((dir) => path.resolve(dir));
if (!fs.existsSync(path.join(path.resolve(args.dir), 'index.html'))) {
  console.error(`serve.mjs: ${args.dir} has no index.html: build the portal first (npm run build)`);
  process.exit(2);
}

/** The file a request path names, in the overlay first; null outside the roots. */
function fileOf(urlPath) {
  let relative;
  try {
    relative = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (relative.endsWith('/')) relative += 'index.html';
  for (const root of roots) {
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep)) return null;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

const faucet = args['faucet-rpc'] ? await startFaucet() : null;

const server = http.createServer(async (request, response) => {
  // No page of ours loads anything from another origin; the browser enforces it.
  const security = {
    'Content-Security-Policy':
      "default-src 'self'; connect-src 'self' ws: wss: http://127.0.0.1:* http://localhost:*; img-src 'self' data: blob:; " +
      "style-src 'self' 'unsafe-inline'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (request.url.startsWith('/faucet')) {
    if (!faucet) {
      response.writeHead(404, { 'Content-Type': 'application/json', ...security });
      response.end(JSON.stringify({ error: 'unavailable' }));
      return;
    }
    return faucet.handle(request, response, security);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, security);
    response.end();
    return;
  }
  const file = fileOf(request.url);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security });
    response.end('not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...security,
  });
  if (request.method === 'HEAD') return response.end();
  fs.createReadStream(file).pipe(response);
});

server.listen(Number(args.port), args.host, () => {
  console.log(`portal: http://${args.host}:${args.port}/${faucet ? ` (faucet: ${faucet.describe})` : ''}`);
});

const stop = () => {
  server.close();
  faucet?.close().finally(() => process.exit(0));
  if (!faucet) process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

/**
 * The faucet of a development or test network: it sends `--faucet-amount` tokens from the
 * well-known `--faucet-uri` account to an account that asks, at most once every
 * `--faucet-minutes` per account and once every 2 s in all. It refuses to start on a live chain.
 */
async function startFaucet() {
  const { ApiPromise, WsProvider } = await import('@polkadot/api');
  const { Keyring } = await import('@polkadot/keyring');
  const { cryptoWaitReady, decodeAddress } = await import('@polkadot/util-crypto');
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(args['faucet-rpc']), noInitWarn: true });
  const chainType = await api.rpc.system.chainType();
  if (!(chainType.isDevelopment || chainType.isLocal)) {
    await api.disconnect();
    console.error(`serve.mjs: the chain is ${chainType.type}: a faucet runs on development and local chains only`);
    process.exit(2);
  }
  const pair = new Keyring({ type: 'sr25519' }).addFromUri(args['faucet-uri']);
  const decimals = api.registry.chainDecimals[0] ?? 18;
  const amount = BigInt(args['faucet-amount']) * 10n ** BigInt(decimals);
  const intervalMs = Number(args['faucet-minutes']) * 60_000;
  const lastSent = new Map();
  let lastAny = 0;
  // One transfer at a time, so nonces never collide.
  let queue = Promise.resolve();

  const reply = (response, status, body, security) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...security });
    response.end(JSON.stringify(body));
  };

  const transfer = (to) =>
    new Promise((resolve, reject) => {
      api.tx.balances
        .transferKeepAlive(to, amount)
        .signAndSend(pair, ({ status, dispatchError }) => {
          if (dispatchError) reject(new Error(dispatchError.toString()));
          else if (status.isInBlock) {
            api.rpc.chain.getHeader(status.asInBlock).then((h) => resolve(h.number.toNumber()), reject);
          } else if (status.isInvalid || status.isDropped) reject(new Error(status.type));
        })
        .catch(reject);
    });

  return {
    describe: `${args['faucet-amount']} ${api.registry.chainTokens[0] ?? 'BMX'} per account every ${args['faucet-minutes']} min`,
    amount: args['faucet-amount'],
    async handle(request, response, security) {
      if (request.method === 'GET') {
        return reply(response, 200, { amount: args['faucet-amount'], minutes: Number(args['faucet-minutes']), token: api.registry.chainTokens[0] ?? 'BMX' }, security);
      }
      if (request.method !== 'POST') return reply(response, 405, { error: 'method' }, security);
      let body = '';
      for await (const chunk of request) {
        body += chunk;
        if (body.length > 1024) return reply(response, 413, { error: 'too large' }, security);
      }
      let address;
      try {
        address = JSON.parse(body).address;
        decodeAddress(address);
      } catch {
        return reply(response, 400, { error: 'badAddress' }, security);
      }
      const key = Buffer.from(decodeAddress(address)).toString('hex');
      const now = Date.now();
      const last = lastSent.get(key) ?? -Infinity;
      if (now - last < intervalMs) {
        return reply(response, 429, { error: 'limited', minutes: Math.ceil((intervalMs - (now - last)) / 60_000) }, security);
      }
      if (now - lastAny < 2_000) return reply(response, 429, { error: 'busy', minutes: 1 }, security);
      lastSent.set(key, now);
      lastAny = now;
      const job = queue.then(() => transfer(address));
      queue = job.catch(() => {});
      try {
        return reply(response, 200, { block: await job }, security);
      } catch (error) {
        lastSent.delete(key);
        return reply(response, 500, { error: String(error.message ?? error) }, security);
      }
    },
    close: () => api.disconnect(),
  };
}
