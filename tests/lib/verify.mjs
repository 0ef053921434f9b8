// Helpers for tests that run the trust-minimised verifier `bmx-verify` (tools/bmx-verify):
// locate and run the binary, and put a dishonest JSON-RPC proxy between it and a node.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { nodeBinary } from './node.mjs';

/** Path of the bmx-verify binary: $BMX_VERIFY, else next to bmx-node. */
export function verifyBinary() {
  const binary = process.env.BMX_VERIFY ?? path.join(path.dirname(nodeBinary()), 'bmx-verify');
  if (!fs.existsSync(binary)) {
    throw new Error(`bmx-verify not found at ${binary}: build it with the release set (source scripts/env.sh && build_release) or set BMX_VERIFY`);
  }
  return binary;
}

/** Runs bmx-verify with `args`; resolves {code, stdout, stderr} whatever the exit code. */
export function runVerify(args) {
  return new Promise((resolve, reject) => {
    execFile(verifyBinary(), args, { timeout: 120_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`bmx-verify did not run (${error.message})\n${stderr}`));
        return;
      }
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** Flips one bit of the byte at `offset` of a 0x-hex string. */
export function flipByte(hex, offset) {
  const bytes = Buffer.from(hex.slice(2), 'hex');
  assert.ok(offset < bytes.length, `offset ${offset} beyond ${bytes.length} bytes`);
  bytes[offset] ^= 0x01;
  return `0x${bytes.toString('hex')}`;
}

/**
 * An HTTP JSON-RPC proxy to the node on `targetPort` that passes every answer through
 * `tamper(method, result)`; `tampered` counts the answers it changed.
 */
export async function startProxy(port, targetPort) {
  const proxy = { tamper: null, tampered: 0 };
  proxy.server = http.createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const upstream = await fetch(`http://127.0.0.1:${targetPort}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const reply = await upstream.json();
      const { method } = JSON.parse(body);
      if (proxy.tamper && reply.result !== undefined && reply.result !== null) {
        const altered = proxy.tamper(method, reply.result);
        if (altered !== undefined) {
          reply.result = altered;
          proxy.tampered += 1;
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply));
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`proxy error: ${error.message}`);
    }
  });
  await new Promise((resolve, reject) => {
    proxy.server.once('error', reject);
    proxy.server.listen(port, '127.0.0.1', resolve);
  });
  return proxy;
}
