// Helpers to run `bmx-node` processes in end-to-end tests: locate the binary, pick free ports,
// spawn nodes with their output logged, talk JSON-RPC to them and stop them cleanly.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Lines of output kept in memory per process, for failure messages. */
const TAIL_LINES = 40;

/** Processes still running; killed when the test process exits, whatever the outcome. */
const running = new Set();

/** Per-process scratch directory for logs and base paths; removed only if every test passed. */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bmx-e2e-'));

process.on('exit', (code) => {
  for (const child of running) child.kill('SIGKILL');
  if (code === 0) fs.rmSync(scratch, { recursive: true, force: true });
  else console.error(`bmx e2e: logs and base paths kept in ${scratch}`);
});

/** Path of the bmx-node binary: $BMX_NODE, else the release build in the cargo target dir. */
export function nodeBinary() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache/bmx/target');
  const binary = process.env.BMX_NODE ?? path.join(targetDir, 'release/bmx-node');
  if (!fs.existsSync(binary)) {
    throw new Error(`bmx-node not found at ${binary}: build it or set BMX_NODE`);
  }
  return binary;
}

/**
 * Arguments that give a node the compiled-runtime cache every test chain shares
 * (`--wasm-cache-dir`): $BMX_WASM_CACHE, else `wasm-cache` in the cargo target dir. A chain
 * started with `--tmp` would otherwise compile the runtime at every start.
 */
export function wasmCacheArgs() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(os.homedir(), '.cache/bmx/target');
  return ['--wasm-cache-dir', process.env.BMX_WASM_CACHE ?? path.join(targetDir, 'wasm-cache')];
}

/** A new empty directory under this run's scratch directory. */
export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(scratch, `${prefix}-`));
}

const handedOut = new Set();

/**
 * A TCP port that is free on every IPv4 interface (bound on 0.0.0.0 and released, so it is also
 * free for p2p listeners), never the same one twice in this process.
 */
export async function freePort() {
  for (;;) {
    const server = net.createServer();
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port: 0, host: '0.0.0.0' }, resolve);
    });
    const { port } = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** `count` distinct free ports. */
export async function freePorts(count) {
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  return ports;
}

/** A TCP server holding `port` on `host` until closed, to provoke "address in use". */
export async function occupyPort(host) {
  const server = net.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host }, resolve);
  });
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

/** Keeps the last TAIL_LINES lines written to a stream and copies everything to a log file. */
function captureOutput(stream, log, tail) {
  let partial = '';
  stream.on('data', (chunk) => {
    log.write(chunk);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    tail.push(...lines);
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  });
  stream.on('end', () => partial && tail.push(partial));
}

/** A running bmx-node process with its output logged to `<scratch>/<name>-*.log`. */
export class BmxNode {
  /**
   * Spawns `bmx-node <args>` (or `command <args>`, with extra environment `env`); `name` labels
   * the log file and error messages.
   */
  constructor(name, args, { command = nodeBinary(), env = {} } = {}) {
    this.name = name;
    this.args = args;
    this.logFile = path.join(tempDir(`log-${name}`), 'node.log');
    this.tail = [];
    const log = fs.createWriteStream(this.logFile);
    this.child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    running.add(this.child);
    captureOutput(this.child.stdout, log, this.tail);
    captureOutput(this.child.stderr, log, this.tail);
    this.exitStatus = null;
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => this.tail.push(`spawn error: ${error.message}`));
      this.child.on('close', (code, signal) => {
        running.delete(this.child);
        log.end();
        this.exitStatus = { code, signal };
        resolve(this.exitStatus);
      });
    });
  }

  /** Whether any output line so far (from the log file, not only the tail) contains `text`. */
  printed(text) {
    return fs.readFileSync(this.logFile, 'utf8').includes(text);
  }

  /** The node's last output lines, for assertion messages. */
  logTail() {
    return `--- last lines of ${this.name} (${this.logFile}) ---\n${this.tail.join('\n')}`;
  }

  /** Sends SIGINT and waits for the exit, SIGKILLing after `timeoutMs`; returns {code, signal}. */
  async stop(timeoutMs = 30_000) {
    if (this.exitStatus) return this.exitStatus;
    this.child.kill('SIGINT');
    const status = await Promise.race([this.exited, sleep(timeoutMs, null)]);
    if (status) return status;
    this.kill();
    throw new Error(`${this.name} did not exit within ${timeoutMs} ms of SIGINT\n${this.logTail()}`);
  }

  /** Kills the process at once if it is still running (cleanup after failures). */
  kill() {
    if (!this.exitStatus) this.child.kill('SIGKILL');
  }
}

/**
 * Runs `bmx-node <args>` to completion; returns {code, signal, stdout, stderr, timedOut}.
 * The process is SIGKILLed if it is still running after `timeoutMs`.
 */
export async function runToExit(args, { timeoutMs = 60_000 } = {}) {
  const child = spawn(nodeBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (out.stdout += chunk));
  child.stderr.on('data', (chunk) => (out.stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const [code, signal] = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (...status) => resolve(status));
  });
  clearTimeout(timer);
  running.delete(child);
  return { code, signal, timedOut, ...out };
}

/** Calls a JSON-RPC method over HTTP on 127.0.0.1:`port`; returns the result or throws its error. */
export async function rpc(port, method, params = []) {
  const response = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/**
 * Polls `probe` every `intervalMs` until it returns a truthy value, which is returned. Fails after
 * `timeoutMs`, or as soon as one of `nodes` exits, with `what`, the last probe error and the nodes'
 * last log lines.
 */
export async function waitFor(what, probe, { timeoutMs, intervalMs = 1000, nodes = [] }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    const dead = nodes.find((node) => node.exitStatus);
    if (dead) {
      throw new Error(
        `${dead.name} exited (${JSON.stringify(dead.exitStatus)}) while waiting for ${what}\n` +
          dead.logTail(),
      );
    }
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError ? ` (last error: ${lastError.message})` : '';
      const logs = nodes.map((node) => node.logTail()).join('\n');
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}\n${logs}`);
    }
    await sleep(intervalMs);
  }
}

/** Waits until `node` answers `system_health` on its RPC port. */
export function waitForRpc(node, port, timeoutMs = 60_000) {
  return waitFor(`${node.name} RPC on port ${port}`, () => rpc(port, 'system_health'), {
    timeoutMs,
    nodes: [node],
  });
}

/** Number of the finalized head of the node serving RPC on `port`. */
export async function finalizedNumber(port) {
  const hash = await rpc(port, 'chain_getFinalizedHead');
  const header = await rpc(port, 'chain_getHeader', [hash]);
  return Number.parseInt(header.number, 16);
}

/** Waits until the node on `port` has finalized block `height`; returns the finalized number. */
export function waitForFinalized(node, port, height, timeoutMs) {
  return waitFor(
    `${node.name} to finalize block ${height}`,
    async () => {
      const number = await finalizedNumber(port);
      return number >= height && number;
    },
    { timeoutMs, intervalMs: 2000, nodes: [node] },
  );
}
