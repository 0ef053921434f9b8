#!/usr/bin/env node
// Exports the Smart Tenders of a running Blockchain MX node as OCDS 1.1 release packages, one
// per tender. See README.md.
//
//   node tools/ocds-export/ocds-export.mjs --rpc ws://127.0.0.1:9944 [--tender ID]...
//     [--out DIR] [--publisher NAME] [--ocid-prefix ocds-xxxxxx] [--uri-base URL] [--best]

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ensureTendersPallet, readTender, snapshotOf, tenderIds } from './chain.mjs';
import {
  DEFAULT_OCID_PREFIX,
  DEFAULT_PUBLISHER,
  isOcidPrefix,
  ocidOf,
  tenderToReleasePackage,
} from './lib.mjs';

const USAGE = `usage: ocds-export.mjs --rpc ws://HOST:PORT [--tender ID]... [--out DIR]
                      [--publisher NAME] [--ocid-prefix ocds-xxxxxx] [--uri-base URL] [--best]

Exports each tender of pallet-tenders as an OCDS 1.1 release package.

  --rpc URL            the node's WebSocket RPC endpoint (ws:// or wss://); required
  --tender ID          a tender id to export; repeat for several (default: every tender)
  --out DIR            write one <ocid>.json per tender into DIR (created if missing);
                       without it, the package of the single tender goes to stdout
  --publisher NAME     the package's publisher name (default: "${DEFAULT_PUBLISHER}")
  --ocid-prefix P      the OCID prefix registered with the Open Contracting Partnership,
                       "ocds-" and six letters or digits (default: ${DEFAULT_OCID_PREFIX}, unregistered)
  --uri-base URL       where the packages will be published: the package uri becomes
                       URL/<ocid>.json (default: a urn from the chain's genesis hash)
  --best               read the best block instead of the finalized one
  --timeout SECONDS    how long to wait for the node (default: 15)
  -h, --help           this help`;

/** A user error: printed without a stack trace, exit code 1. */
class UsageError extends Error {}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        rpc: { type: 'string' },
        tender: { type: 'string', multiple: true },
        out: { type: 'string' },
        publisher: { type: 'string' },
        'ocid-prefix': { type: 'string' },
        'uri-base': { type: 'string' },
        best: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  if (!values.rpc) throw new UsageError('--rpc is required, e.g. --rpc ws://127.0.0.1:9944');
  let url;
  try {
    url = new URL(values.rpc);
  } catch {
    throw new UsageError(`--rpc ${values.rpc} is not a URL; want ws://HOST:PORT or wss://HOST:PORT`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new UsageError(`--rpc ${values.rpc}: the scheme must be ws:// or wss://, not ${url.protocol}//`);
  }
  const tenders = (values.tender ?? []).map((id) => {
    if (!/^\d+$/.test(id) || Number(id) > 0xffffffff) {
      throw new UsageError(`--tender ${id} is not a tender id (an integer from 0 to 4294967295)`);
    }
    return Number(id);
  });
  const ocidPrefix = values['ocid-prefix'] ?? DEFAULT_OCID_PREFIX;
  if (!isOcidPrefix(ocidPrefix)) {
    throw new UsageError(`--ocid-prefix ${ocidPrefix}: want "ocds-" and six lower-case letters or digits`);
  }
  if (values.publisher !== undefined && values.publisher.trim() === '') {
    throw new UsageError('--publisher must not be empty');
  }
  let uriBase;
  if (values['uri-base'] !== undefined) {
    try {
      uriBase = new URL(values['uri-base']).toString().replace(/\/$/, '');
    } catch {
      throw new UsageError(`--uri-base ${values['uri-base']} is not a URL`);
    }
  }
  const timeout = values.timeout === undefined ? 15 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(`--timeout ${values.timeout} is not a positive number of seconds`);
  }
  return {
    rpc: values.rpc,
    tenders: [...new Set(tenders)],
    out: values.out,
    publisher: values.publisher ?? DEFAULT_PUBLISHER,
    ocidPrefix,
    uriBase,
    best: Boolean(values.best),
    timeoutMs: timeout * 1000,
  };
}

/** Within `timeoutMs`, `promise`'s outcome, else a rejection saying so. */
function within(promise, timeoutMs) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Connects to `rpc` once, without the provider's endless reconnection attempts, and fails after
 * `timeoutMs`; a connection lost later fails the pending requests instead of hanging.
 */
async function connect(rpc, timeoutMs) {
  const provider = new WsProvider(rpc, false, {}, timeoutMs);
  try {
    await within(
      new Promise((resolve, reject) => {
        provider.on('connected', resolve);
        provider.on('error', (event) => reject(new Error(event?.message || 'connection failed')));
        provider.connect().catch(reject);
      }),
      timeoutMs,
    );
    return await within(ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true }), timeoutMs);
  } catch (error) {
    await provider.disconnect().catch(() => {});
    throw new UsageError(`cannot connect to the node at ${rpc}: ${error?.message || error}`);
  }
}

async function main(argv) {
  const options = parse(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const api = await connect(options.rpc, options.timeoutMs);
  try {
    try {
      ensureTendersPallet(api);
    } catch (error) {
      throw new UsageError(error.message);
    }
    const snapshot = await snapshotOf(api, { best: options.best });
    const existing = await tenderIds(api, snapshot);
    const wanted = options.tenders.length ? options.tenders : existing;
    const unknown = wanted.filter((id) => !existing.includes(id));
    if (unknown.length) {
      const known = existing.length ? `0 to ${existing.length - 1}` : 'none';
      throw new UsageError(
        `unknown tender id${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} at block ` +
          `#${snapshot.blockNumber} (tender ids on chain: ${known})`,
      );
    }
    if (wanted.length === 0) {
      console.error(`ocds-export: no tenders on chain at block #${snapshot.blockNumber}; nothing exported`);
      return 0;
    }
    if (!options.out && wanted.length > 1) {
      throw new UsageError(
        `${wanted.length} tenders to export: give --out DIR (stdout takes a single tender, e.g. --tender ${wanted[0]})`,
      );
    }
    if (options.out) fs.mkdirSync(options.out, { recursive: true });
    for (const id of wanted) {
      const chainData = await readTender(api, id, snapshot);
      if (!chainData) throw new UsageError(`unknown tender id ${id}`);
      const ocid = ocidOf(options.ocidPrefix, id);
      const pkg = tenderToReleasePackage(chainData, {
        ocidPrefix: options.ocidPrefix,
        publisher: options.publisher,
        uri: options.uriBase ? `${options.uriBase}/${ocid}.json` : undefined,
      });
      const json = `${JSON.stringify(pkg, null, 2)}\n`;
      if (options.out) {
        const file = path.join(options.out, `${ocid}.json`);
        fs.writeFileSync(file, json);
        console.log(file);
      } else {
        process.stdout.write(json);
      }
    }
    return 0;
  } finally {
    await api.disconnect().catch(() => {});
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // Let stdout drain, then exit even if a socket lingers.
    process.exitCode = code;
    setTimeout(() => process.exit(code), 1000).unref();
  },
  (error) => {
    if (error instanceof UsageError) {
      console.error(`ocds-export: ${error.message}`);
      if (/^(Unknown option|Option|--rpc is required|Unexpected argument)/.test(error.message)) {
        console.error(USAGE);
      }
    } else {
      // A failure talking to the node (connection lost, RPC error): one line, the stack on demand.
      console.error(`ocds-export: ${error?.message || error}`);
      if (process.env.OCDS_EXPORT_DEBUG) console.error(error?.stack);
    }
    process.exit(1);
  },
);
