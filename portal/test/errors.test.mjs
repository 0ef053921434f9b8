// The error catalogue (`src/i18n/errors.js`) against the Rust sources: every variant of every
// `#[pallet::error]` enum of `pallets/*` has a Spanish and an English text under the section
// `api.registry.findMetaError()` reports for it (the runtime's pallet name in lowerCamelCase,
// read from `runtime/src/lib.rs`), and the catalogue names no variant that does not exist.
// The upstream sections (`system`, `balances`...) are checked the same way against the crate
// versions of `Cargo.lock` when their sources are in the local cargo registry.
//
// Run from the repository root: `node --test portal/test/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ERROR_TEXT } from '../src/i18n/errors.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PALLETS = join(ROOT, 'pallets');
const RUNTIME = join(ROOT, 'runtime', 'src', 'lib.rs');

/** Sections that are not a pallet's `Error` enum: the module-less dispatch errors and the
 * transaction validity and pool errors. */
const NON_PALLET_SECTIONS = ['dispatch', 'transaction'];

// ---------------------------------------------------------------------------------------------
// Reading Rust.

/** Whether the `r` at `i` opens a raw string (`r"`, `br"`) rather than ending an identifier. */
function isRawPrefix(source, i) {
  const identifier = /[A-Za-z0-9_]/;
  const before = source[i - 1] ?? '';
  if (!identifier.test(before)) return true;
  return before === 'b' && !identifier.test(source[i - 2] ?? '');
}

/** `source` without its comments (`//...`, `/* ... */`, nested), string and char literals kept
 * verbatim so that a `//` inside a string is not taken for a comment. */
function stripComments(source) {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (source[i] === '/' && source[i + 1] === '*') {
          depth += 1;
          i += 2;
        } else if (source[i] === '*' && source[i + 1] === '/') {
          depth -= 1;
          i += 2;
        } else {
          i += 1;
        }
      }
      out += ' ';
    } else if (c === 'r' && /^r#*"/.test(source.slice(i, i + 260)) && isRawPrefix(source, i)) {
      // Raw string: r"...", r#"..."#, br"..."
      const hashes = /^r(#*)"/.exec(source.slice(i))[1];
      const end = source.indexOf(`"${hashes}`, i + 2 + hashes.length);
      const stop = end < 0 ? n : end + 1 + hashes.length;
      out += source.slice(i, stop);
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < n && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      // A char literal ('a', '\n', '\u{1F600}', '"'), or else a lifetime ('a, 'static).
      const literal = /^'(?:\\(?:u\{[0-9A-Fa-f]+\}|x[0-9A-Fa-f]{2}|.)|[^\\'])'/u.exec(source.slice(i, i + 12));
      const length = literal ? literal[0].length : 1;
      out += source.slice(i, i + length);
      i += length;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The index just past the bracket that closes the one opening at `open`. */
function closingIndex(text, open) {
  const pairs = { '{': '}', '(': ')', '[': ']' };
  const stack = [];
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === '}' || c === ')' || c === ']') {
      assert.equal(c, stack.pop(), `unbalanced brackets at offset ${i}`);
      if (stack.length === 0) return i + 1;
    } else if (c === '"') {
      i += 1;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    }
  }
  throw new Error(`no closing bracket for offset ${open}`);
}

/** `body` split at its top-level commas (not inside (), [], {} or <>). */
function splitTopLevel(body) {
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if ('([{<'.includes(c)) depth += 1;
    else if (')]}'.includes(c) || (c === '>' && body[i - 1] !== '-' && body[i - 1] !== '=')) depth -= 1;
    else if (c === ',' && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  items.push(body.slice(start));
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * The variants of each `#[pallet::error]` enum of `source` (comments already stripped):
 * `[{ name, optional }]`, `optional` for a variant behind a `#[cfg(...)]` attribute, which the
 * built runtime may or may not have. Doc comments are gone with the comments; `#[doc = ...]`
 * and other attributes are skipped.
 */
function errorEnums(source) {
  const enums = [];
  const marker = /#\s*\[\s*pallet\s*::\s*error\s*\]/g;
  for (let match = marker.exec(source); match; match = marker.exec(source)) {
    const declaration = /\benum\s+Error\b/g;
    declaration.lastIndex = match.index;
    const found = declaration.exec(source);
    assert.ok(found, `#[pallet::error] at offset ${match.index} is not followed by an Error enum`);
    const open = source.indexOf('{', found.index);
    const close = closingIndex(source, open);
    const variants = [];
    for (let item of splitTopLevel(source.slice(open + 1, close - 1))) {
      let optional = false;
      while (item.startsWith('#')) {
        const bracket = item.indexOf('[');
        const end = closingIndex(item, bracket);
        if (/^\s*cfg\s*\(/.test(item.slice(bracket + 1, end - 1))) optional = true;
        item = item.slice(end).trim();
      }
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(item)?.[0];
      assert.ok(name, `cannot read a variant from ${JSON.stringify(item)}`);
      variants.push({ name, optional });
    }
    enums.push(variants);
  }
  return enums;
}

/** Every `.rs` file under `dir`, leaving out tests and mock runtimes. */
function rustFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'tests') files.push(...rustFiles(path));
    } else if (entry.endsWith('.rs') && !/^mock\w*\.rs$/.test(entry)) {
      files.push(path);
    }
  }
  return files;
}

/** The `[package]` name of a Cargo.toml, as a Rust crate name (`pallet_tenders`). */
function crateName(cargoToml) {
  const text = readFileSync(cargoToml, 'utf8');
  const pkg = /^\[package\]([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
  assert.ok(name, `${relative(ROOT, cargoToml)} has no [package] name`);
  return name.replaceAll('-', '_');
}

/** The section `findMetaError` reports for a runtime pallet name (`@polkadot/util`'s
 * `stringCamelCase` of a PascalCase name). */
const sectionOf = (palletName) => palletName[0].toLowerCase() + palletName.slice(1);

/**
 * The runtime's pallets: `Map<crate, [section]>` from the `pub type Name = crate;` lines of the
 * `#[frame_support::runtime]` module (`pub type Councils = pallet_governing_councils;`). A crate
 * with instances appears once per instance; a path (`pallet_session::historical`) is not a
 * pallet crate of its own and is left out.
 */
function runtimeSections() {
  const source = stripComments(readFileSync(RUNTIME, 'utf8'));
  const module = /\bmod\s+runtime\s*\{/.exec(source);
  assert.ok(module, 'runtime/src/lib.rs has no `mod runtime { ... }`');
  const open = source.indexOf('{', module.index);
  const body = source.slice(open, closingIndex(source, open));
  const sections = new Map();
  for (const [, name, crate] of body.matchAll(/\bpub\s+type\s+(\w+)\s*=\s*(\w+)\s*(?:<[^;]*>)?\s*;/g)) {
    sections.set(crate, [...(sections.get(crate) ?? []), sectionOf(name)]);
  }
  assert.ok(sections.size > 0, 'no `pub type X = pallet;` line found in the runtime module');
  return sections;
}

// ---------------------------------------------------------------------------------------------
// What the sources say.

/** The local pallets: `[{ dir, crate, variants: [{ name, optional }] }]`. */
function localPallets() {
  const pallets = [];
  for (const dir of readdirSync(PALLETS).sort()) {
    const cargoToml = join(PALLETS, dir, 'Cargo.toml');
    const src = join(PALLETS, dir, 'src');
    if (!existsSync(cargoToml) || !existsSync(src)) continue;
    const enums = rustFiles(src).flatMap((file) => errorEnums(stripComments(readFileSync(file, 'utf8'))));
    assert.ok(enums.length <= 1, `pallets/${dir} has ${enums.length} #[pallet::error] enums`);
    pallets.push({ dir, crate: crateName(cargoToml), variants: enums[0] ?? [] });
  }
  return pallets;
}

const PALLETS_FOUND = localPallets();
const RUNTIME_SECTIONS = runtimeSections();

/** `Map<section, { origin, variants }>`: what each section of the catalogue must hold. */
const EXPECTED = new Map();
for (const pallet of PALLETS_FOUND) {
  for (const section of RUNTIME_SECTIONS.get(pallet.crate) ?? []) {
    EXPECTED.set(section, { origin: `pallets/${pallet.dir}`, variants: pallet.variants });
  }
}

const requiredNames = (variants) => variants.filter((v) => !v.optional).map((v) => v.name);
const allNames = (variants) => new Set(variants.map((v) => v.name));

// ---------------------------------------------------------------------------------------------
// The tests.

test('the sources were read: pallets, error enums and the runtime mapping', () => {
  assert.ok(PALLETS_FOUND.length > 0, 'no pallet found under pallets/');
  const withErrors = PALLETS_FOUND.filter((p) => p.variants.length > 0);
  assert.ok(withErrors.length > 0, 'no #[pallet::error] enum found under pallets/');
  for (const pallet of withErrors) {
    assert.ok(
      RUNTIME_SECTIONS.has(pallet.crate),
      `pallets/${pallet.dir} (${pallet.crate}) is not in runtime/src/lib.rs: is it meant to be?`,
    );
    const names = pallet.variants.map((v) => v.name);
    assert.equal(new Set(names).size, names.length, `pallets/${pallet.dir}: a variant is read twice`);
  }
});

test('every error variant of every pallet has a Spanish and an English text', () => {
  const missing = [];
  for (const [section, { origin, variants }] of EXPECTED) {
    for (const name of requiredNames(variants)) {
      const entry = ERROR_TEXT[section]?.[name];
      if (!entry) missing.push(`${section}.${name} (${origin})`);
    }
  }
  assert.deepEqual(missing, [], `variants without a text:\n  ${missing.join('\n  ')}`);
});

test('the catalogue names no variant that does not exist', () => {
  const extra = [];
  for (const [section, { variants }] of EXPECTED) {
    const names = allNames(variants);
    for (const key of Object.keys(ERROR_TEXT[section] ?? {})) {
      if (!names.has(key)) extra.push(`${section}.${key}`);
    }
  }
  assert.deepEqual(extra, [], `entries for variants that do not exist:\n  ${extra.join('\n  ')}`);
});

test('every section is a runtime pallet, or dispatch or transaction', () => {
  const runtime = new Set([...RUNTIME_SECTIONS.values()].flat());
  const unknown = Object.keys(ERROR_TEXT).filter(
    (section) => !runtime.has(section) && !NON_PALLET_SECTIONS.includes(section),
  );
  assert.deepEqual(unknown, [], `sections that are no pallet of the runtime: ${unknown.join(', ')}`);
  for (const section of NON_PALLET_SECTIONS) assert.ok(ERROR_TEXT[section], `no ${section} section`);
});

test('every entry has non-empty Spanish and English texts, and they differ', () => {
  const problems = [];
  for (const [section, entries] of Object.entries(ERROR_TEXT)) {
    for (const [key, entry] of Object.entries(entries)) {
      const where = `${section}.${key}`;
      const languages = Object.keys(entry ?? {}).sort();
      if (languages.join() !== 'en,es') problems.push(`${where}: languages ${languages.join(', ')}`);
      for (const language of ['es', 'en']) {
        const text = entry?.[language];
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}: empty ${language}`);
        else if (text !== text.trim()) problems.push(`${where}: ${language} has surrounding spaces`);
      }
      if (entry?.es === entry?.en) problems.push(`${where}: the Spanish text is the English one`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the runtime section names are what @polkadot/api reports', async (t) => {
  let stringCamelCase;
  try {
    ({ stringCamelCase } = await import('@polkadot/util'));
  } catch {
    t.skip('@polkadot/util is not installed (npm ci in portal/)');
    return;
  }
  const source = stripComments(readFileSync(RUNTIME, 'utf8'));
  for (const [, name] of source.matchAll(/\bpub\s+type\s+(\w+)\s*=\s*pallet_\w+\s*(?:<[^;]*>)?\s*;/g)) {
    assert.equal(sectionOf(name), stringCamelCase(name), `section of ${name}`);
  }
});

/** The directory of `crate`'s sources at its `Cargo.lock` version in the local cargo registry. */
function registrySource(crate) {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const packageName = crate.replaceAll('_', '-');
  const versions = [...lock.matchAll(/\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"/g)]
    .filter(([, name]) => name === packageName)
    .map(([, , version]) => version);
  if (versions.length !== 1) return undefined;
  const registry = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  if (!existsSync(registry)) return undefined;
  for (const index of readdirSync(registry)) {
    const dir = join(registry, index, `${packageName}-${versions[0]}`);
    if (existsSync(join(dir, 'src', 'lib.rs'))) return dir;
  }
  return undefined;
}

test('the upstream pallet sections match their sources at the locked versions', async (t) => {
  const local = new Set(EXPECTED.keys());
  const crateOfSection = new Map();
  for (const [crate, sections] of RUNTIME_SECTIONS) for (const s of sections) crateOfSection.set(s, crate);
  const upstream = Object.keys(ERROR_TEXT).filter((s) => !local.has(s) && !NON_PALLET_SECTIONS.includes(s));
  for (const section of upstream) {
    await t.test(section, (st) => {
      const crate = crateOfSection.get(section);
      const dir = registrySource(crate);
      if (!dir) {
        st.skip(`the sources of ${crate} are not in the local cargo registry`);
        return;
      }
      const enums = rustFiles(join(dir, 'src')).flatMap((file) =>
        errorEnums(stripComments(readFileSync(file, 'utf8'))),
      );
      assert.equal(enums.length, 1, `${crate}: ${enums.length} #[pallet::error] enums`);
      const names = allNames(enums[0]);
      const keys = Object.keys(ERROR_TEXT[section]);
      assert.deepEqual(requiredNames(enums[0]).filter((name) => !keys.includes(name)), [], `${section}: missing`);
      assert.deepEqual(keys.filter((key) => !names.has(key)), [], `${section}: no such variant`);
    });
  }
});
