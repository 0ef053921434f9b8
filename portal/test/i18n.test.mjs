// Both languages hold the same keys, and every key the screens name literally exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, '..', 'src');
const areas = fs.readdirSync(path.join(src, 'i18n', 'messages')).filter((f) => f.endsWith('.js'));

const dictionaries = { es: {}, en: {} };
for (const file of areas) {
  const area = await import(path.join(src, 'i18n', 'messages', file));
  for (const language of ['es', 'en']) {
    for (const key of Object.keys(area[language])) {
      assert.ok(!(key in dictionaries[language]), `${key} is defined twice (${file})`);
    }
    Object.assign(dictionaries[language], area[language]);
  }
}

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(jsx?|mjs)$/.test(entry.name) ? [full] : [];
  });
}

test('Spanish and English hold the same keys, none empty, with the same placeholders', () => {
  assert.deepEqual(Object.keys(dictionaries.en).sort(), Object.keys(dictionaries.es).sort());
  for (const [key, es] of Object.entries(dictionaries.es)) {
    const en = dictionaries.en[key];
    assert.ok(es.trim() && en.trim(), `${key} is empty`);
    const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(en), names(es), `${key}: placeholders differ`);
  }
});

test('every key a screen names literally exists', () => {
  const missing = [];
  for (const file of sources(src)) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
      if (!(match[1] in dictionaries.es)) missing.push(`${path.relative(src, file)}: ${match[1]}`);
    }
    // Keys passed to t() later: InputError's, a form's own error state, the faucet's results.
    for (const match of code.matchAll(/(?:new InputError\(|setError\(|\berror: )\s*'([\w.]+)'/g)) {
      if (!(match[1] in dictionaries.es)) missing.push(`${path.relative(src, file)}: ${match[1]}`);
    }
  }
  assert.deepEqual(missing, []);
});
