// The ring prover in the page: the WebAssembly module of `tools/ring-wasm` (built by
// `scripts/ring-wasm.sh` into `portal/generated/bmx-ring.wasm`). It calls the same `verifiable`
// crate the same way as the native client `bmx-ring`, so the same secret file gives the same
// member key, aliases and possession signature, and proofs the chain verifies alike. The module
// speaks a plain C ABI over its memory (`tools/ring-wasm/src/lib.rs`): each call here copies its
// inputs into buffers of the module, reads the outputs, then wipes and frees every buffer. The
// proofs' blinding draws from `crypto.getRandomValues`. No Node-only import: the same file runs
// in browsers and in Node 20 (the portal's tests).

/** The module's negative return codes by the name an error's `code` carries. */
const FAILURES = new Map([
  [-1, ['NotInRing', 'the member key is not in the ring']],
  [-2, ['SetFull', 'the ring has more keys than its domain holds']],
  [-3, ['BadDomain', 'the ring domain is not 11, 12 or 16']],
  [-4, ['BadKey', 'a key of the ring is not a valid member key']],
  [-5, ['ProverFailed', 'the prover failed']],
  [-6, ['BadInput', 'the prover was given a missing buffer or no (or too many) contexts']],
]);

/** The most bytes `crypto.getRandomValues` fills at once. */
const RANDOM_CHUNK = 65_536;

/** What the module exports; a module without them is not the prover. */
const EXPORTS = [
  'memory', 'bmx_alloc', 'bmx_free', 'bmx_member', 'bmx_alias', 'bmx_sign', 'bmx_prove',
  'bmx_output_ptr', 'bmx_output_len', 'bmx_output_clear',
];

/** A failure of the prover: `code` is one of 'NotInRing', 'SetFull', 'BadDomain', 'BadKey',
 * 'ProverFailed' or 'BadInput'. */
export class ProverError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ProverError';
    this.code = code;
  }
}

/** The secure random source, or an error saying there is none. */
function randomSource() {
  const crypto = globalThis.crypto;
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new Error('this environment has no crypto.getRandomValues: the ring prover needs a secure random source');
  }
  return (bytes) => {
    for (let at = 0; at < bytes.length; at += RANDOM_CHUNK) crypto.getRandomValues(bytes.subarray(at, at + RANDOM_CHUNK));
  };
}

/** Instantiates the module from a URL, a `Response`, a compiled module or its bytes. */
async function instantiate(source, imports) {
  if (typeof source === 'string' || source instanceof URL) source = await fetch(source);
  if (typeof Response !== 'undefined' && source instanceof Response) {
    if (!source.ok) throw new Error(`cannot load the ring prover from ${source.url}: HTTP ${source.status}`);
    const streaming = typeof WebAssembly.instantiateStreaming === 'function'
      && (source.headers.get('content-type') ?? '').startsWith('application/wasm');
    if (streaming) return (await WebAssembly.instantiateStreaming(source, imports)).instance;
    source = await source.arrayBuffer();
  }
  if (source instanceof WebAssembly.Module) return WebAssembly.instantiate(source, imports);
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    return (await WebAssembly.instantiate(source, imports)).instance;
  }
  throw new TypeError('the ring prover loads from a URL, a Response, a WebAssembly.Module or the bytes of bmx-ring.wasm');
}

/** `value` if it is a `Uint8Array` of `length` bytes (any length when none is given). */
function bytes(value, what, length) {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${what} must be a Uint8Array`);
  if (length !== undefined && value.length !== length) throw new TypeError(`${what} must be ${length} bytes, not ${value.length}`);
  return value;
}

/** `items` (an array of 32-byte `Uint8Array`s) as one run of bytes. */
function concat32(items, what, invalid) {
  if (!Array.isArray(items)) throw new TypeError(`${what} must be an array of Uint8Array`);
  const all = new Uint8Array(items.length * 32);
  items.forEach((item, i) => {
    if (!(item instanceof Uint8Array) || item.length !== 32) invalid(`${what}[${i}] is not 32 bytes`);
    all.set(item, i * 32);
  });
  return all;
}

/**
 * Loads the prover from `source`: the module's URL (a string or `URL`), a `Response`, a compiled
 * `WebAssembly.Module`, or its bytes. Resolves to the prover's calls; each takes the member
 * secret's 32 bytes of entropy (as the `bmx-ring` secret file holds them) and throws a
 * `ProverError` (an `Error` with a `code`) when the module refuses, a `TypeError` for arguments of
 * the wrong type or length.
 */
export async function loadProver(source) {
  const fill = randomSource();
  let memory = null;
  const imports = {
    env: { bmx_random: (ptr, len) => fill(new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0)) },
  };
  const instance = await instantiate(source, imports);
  const wasm = instance.exports;
  const missing = EXPORTS.filter((name) => !(name in wasm));
  if (missing.length) throw new Error(`not the bmx-ring prover module: it lacks ${missing.join(', ')}`);
  memory = wasm.memory;

  /** The module's memory as bytes (a new view: the memory may have grown since the last). */
  const heap = () => new Uint8Array(memory.buffer);

  /** Runs `body(reserve, put)`; every buffer reserved (`reserve(len)`) or copied in (`put(bytes)`)
   * is wiped and freed after, whatever happens. */
  const withBuffers = (body) => {
    const buffers = [];
    const reserve = (len) => {
      const ptr = wasm.bmx_alloc(len) >>> 0;
      if (ptr === 0) throw new ProverError('ProverFailed', `the prover cannot reserve ${len} bytes`);
      buffers.push([ptr, len]);
      return ptr;
    };
    const put = (value) => {
      const ptr = reserve(value.length);
      heap().set(value, ptr);
      return ptr;
    };
    try {
      return body(reserve, put);
    } finally {
      for (const [ptr, len] of buffers) wasm.bmx_free(ptr, len);
    }
  };

  /** `code` if the call succeeded, else the `ProverError` it stands for. */
  const check = (code) => {
    if (code >= 0) return code;
    const [name, message] = FAILURES.get(code) ?? ['ProverFailed', `the prover failed with code ${code}`];
    throw new ProverError(name, message);
  };

  /** The `len` bytes at `ptr`, copied out of the module. */
  const read = (ptr, len) => heap().slice(ptr, ptr + len);

  return {
    /** The member key (32 bytes): the key `register_member_key` registers and the rings hold. */
    memberKey(entropy) {
      bytes(entropy, 'the entropy', 32);
      return withBuffers((reserve, put) => {
        const [secret, out] = [put(entropy), reserve(32)];
        check(wasm.bmx_member(secret, out));
        return read(out, 32);
      });
    },

    /** The member's alias (32 bytes) in `context` (`ballotContext`, `pseudonymContext`, ...). */
    alias(entropy, context) {
      bytes(entropy, 'the entropy', 32);
      bytes(context, 'the context');
      return withBuffers((reserve, put) => {
        const [secret, contextPtr, out] = [put(entropy), put(context), reserve(32)];
        check(wasm.bmx_alias(secret, contextPtr, context.length, out));
        return read(out, 32);
      });
    },

    /** The secret's plain signature (64 bytes) over `message`: over `keyPossessionMessage`, the
     * proof of possession `register_member_key` takes. */
    sign(entropy, message) {
      bytes(entropy, 'the entropy', 32);
      bytes(message, 'the message');
      return withBuffers((reserve, put) => {
        const [secret, messagePtr, out] = [put(entropy), put(message), reserve(64)];
        check(wasm.bmx_sign(secret, messagePtr, message.length, out));
        return read(out, 64);
      });
    },

    /**
     * A ring proof that the holder of the secret is a member of the ring of `keys` (its member
     * keys, 32 bytes each, in ring order) on the domain `domain` (the exponent of the runtime's
     * `RingDomainSize`: 11, 12 or 16), for each of `contexts` (1 to 16, 32 bytes each), binding
     * `message`. Returns `{ proof, aliases }`: the proof's bytes and one alias per context, in
     * order. Throws a `ProverError` 'NotInRing' when the secret's key is not among `keys`.
     */
    prove(entropy, { domain, keys, contexts, message }) {
      bytes(entropy, 'the entropy', 32);
      bytes(message, 'the message');
      if (!Number.isInteger(domain)) throw new ProverError('BadDomain', `the ring domain is not 11, 12 or 16: ${domain}`);
      const ring = concat32(keys, 'keys', (text) => {
        throw new ProverError('BadKey', `${text}: not a member key`);
      });
      const contextBytes = concat32(contexts, 'contexts', (text) => {
        throw new TypeError(text);
      });
      return withBuffers((_, put) => {
        const [secret, ringPtr, contextsPtr, messagePtr] = [put(entropy), put(ring), put(contextBytes), put(message)];
        try {
          const proofLength = check(wasm.bmx_prove(
            secret, domain >>> 0, ringPtr, keys.length, contextsPtr, contexts.length, messagePtr, message.length,
          ));
          const output = read(wasm.bmx_output_ptr() >>> 0, wasm.bmx_output_len() >>> 0);
          const aliases = contexts.map((_, i) => output.slice(proofLength + 32 * i, proofLength + 32 * (i + 1)));
          return { proof: output.slice(0, proofLength), aliases };
        } finally {
          wasm.bmx_output_clear();
        }
      });
    },
  };
}

/** 32 new bytes of entropy for a member secret, from `crypto.getRandomValues`. */
export function newEntropy() {
  const entropy = new Uint8Array(32);
  randomSource()(entropy);
  return entropy;
}

/**
 * The 32 bytes of entropy of a `bmx-ring` secret file (`bmx-ring keygen`: 64 hex digits and a
 * newline). Read as `bmx-ring` reads it: white space around, a `0x` and upper-case digits are
 * accepted. Throws an `Error` with `code` 'BadSecretFile' for anything else.
 */
export function parseSecretFile(text) {
  if (typeof text !== 'string') throw new TypeError('the secret file must be read as text');
  const trimmed = text.trim();
  const digits = trimmed.startsWith('0x') ? trimmed.slice(2) : trimmed;
  if (!/^[0-9a-fA-F]{64}$/.test(digits)) {
    const error = new Error('not a bmx-ring secret file: it must hold 64 hex digits (32 bytes)');
    error.code = 'BadSecretFile';
    throw error;
  }
  return Uint8Array.from({ length: 32 }, (_, i) => Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16));
}

/** The text of a `bmx-ring` secret file for `entropy`: 64 lower-case hex digits and a newline,
 * as `bmx-ring keygen` writes it. */
export function secretFileText(entropy) {
  bytes(entropy, 'the entropy', 32);
  return `${Array.from(entropy, (byte) => byte.toString(16).padStart(2, '0')).join('')}\n`;
}
