// The registries' form fields: a document's fingerprint computed in the browser from the file
// the person picks (blake2-256; the file never leaves the browser), a calendar date shown with
// the block it becomes, a municipality (state and INEGI code), a check box and a text area. Each
// keeps its value in the caller's state, so an error never loses what was typed.
import { useState } from 'preact/hooks';
import { blake2AsHex } from '@polkadot/util-crypto';
import { useI18n } from '../../i18n/index.js';
import { useChain } from '../../chain/api.js';
import { Field, InputError, Select } from '../../ui/components.jsx';
import { dateTime, parsePesos } from '../../ui/format.js';
import { blockOfDate, isAccount, MEXICAN_STATES, parseHash, parseMunicipality } from './helpers.js';

const fieldId = (prefix, key) => `${prefix}-${key}`.replace(/[^\w-]/g, '-');

/**
 * A document given by its file: the browser computes its blake2-256 fingerprint, which is all
 * that goes on chain. The fingerprint can also be pasted. `value` is the hash text.
 */
export function DocumentField({ label, value, onChange, testId, hint }) {
  const { t } = useI18n();
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const id = fieldId('doc', testId ?? label);
  const pick = async (event) => {
    const chosen = event.currentTarget.files?.[0];
    if (!chosen) return;
    setBusy(true);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      onChange(blake2AsHex(bytes, 256));
      setFile(chosen.name);
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset class="field document">
      <legend>{label}</legend>
      <label for={id}>{t('registries.document.file')}</label>
      <input id={id} type="file" onChange={pick} data-testid={testId ? `${testId}-file` : undefined} aria-describedby={`${id}-hint`} />
      <label for={`${id}-hash`}>{t('registries.document.hash')}</label>
      <input id={`${id}-hash`} class="mono" value={value} onInput={(e) => { setFile(null); onChange(e.currentTarget.value); }}
        placeholder="0x…" autocomplete="off" spellcheck={false} data-testid={testId} />
      <p class="hint" id={`${id}-hint`} role="status">
        {busy ? t('registries.document.hashing') : file ? t('registries.document.hashed', { name: file }) : hint ?? t('registries.document.hint')}
      </p>
    </fieldset>
  );
}

/** A calendar date, with the block it becomes (the chain counts time in blocks). */
export function DateField({ label, value, onInput, testId, hint }) {
  const { heads, info } = useChain();
  const { language, t } = useI18n();
  const block = value ? blockOfDate(value, heads.best, info.blockTimeMs) : null;
  return (
    <Field label={label} type="date" value={value} onInput={onInput} testId={testId}
      hint={block !== null
        ? t('registries.date.block', { block, date: dateTime(Date.now() + (block - heads.best) * info.blockTimeMs, language) })
        : hint ?? t('registries.date.hint')} />
  );
}

/** A municipality: the state and its INEGI municipality code. `value`: `{ state, municipality }`. */
export function JurisdictionField({ label, value, onChange, testId }) {
  const { t } = useI18n();
  return (
    <fieldset class="field jurisdiction">
      <legend>{label}</legend>
      <Select label={t('registries.place.state')} value={value.state} onChange={(state) => onChange({ ...value, state })}
        options={MEXICAN_STATES.map(([name, code, text]) => [name, `${String(code).padStart(2, '0')} ${text}`])}
        testId={testId ? `${testId}-state` : undefined} />
      <Field label={t('registries.place.municipality')} value={value.municipality} inputMode="numeric"
        onInput={(municipality) => onChange({ ...value, municipality })} hint={t('registries.place.municipalityHint')}
        testId={testId ? `${testId}-municipality` : undefined} />
    </fieldset>
  );
}

/** A labelled check box. */
export function Check({ label, checked, onChange, testId, hint }) {
  const id = fieldId('c', testId ?? label);
  return (
    <div class="field">
      <div class="field checkbox">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} data-testid={testId}
          aria-describedby={hint ? `${id}-hint` : undefined} />
        <label for={id}>{label}</label>
      </div>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

/** A labelled text area. */
export function TextArea({ label, value, onInput, testId, hint, rows = 3 }) {
  const id = fieldId('t', testId ?? label);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onInput={(e) => onInput(e.currentTarget.value)} data-testid={testId}
        aria-describedby={hint ? `${id}-hint` : undefined} spellcheck={false} />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

/** A form that never reloads the page: its acts are `TxButton`s. */
export function ActForm({ title, children, testId, lead }) {
  const id = fieldId('act', testId ?? title);
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-labelledby={id} data-testid={testId} noValidate>
      <h3 id={id}>{title}</h3>
      {lead && <p class="hint">{lead}</p>}
      {children}
    </form>
  );
}

// The conversions every act's `build` uses: each throws an `InputError` naming the field.

/** The account typed in `text`, or an `InputError` naming `field`. */
export function needAccount(text, field) {
  if (!isAccount(text)) throw new InputError('registries.input.account', { field });
  return String(text).trim();
}

/** The fingerprint typed or computed in `text`, or an `InputError`. */
export function needHash(text, field) {
  const hash = parseHash(text);
  if (!hash) throw new InputError('registries.input.document', { field });
  return hash;
}

/** Pesos typed as centavos (bigint), positive unless `allowZero`, or an `InputError`. */
export function needPesos(text, field, { allowZero = false } = {}) {
  const centavos = parsePesos(text);
  if (centavos === null || (!allowZero && centavos === 0n)) throw new InputError('registries.input.pesos', { field });
  return centavos;
}

/** A `{ state, municipality }` as the chain's `Jurisdiction`, or an `InputError`. */
export function needJurisdiction(value, field) {
  const municipality = parseMunicipality(value.municipality);
  if (municipality === null || !MEXICAN_STATES.some(([name]) => name === value.state)) {
    throw new InputError('registries.input.municipality', { field });
  }
  return { state: value.state, municipality };
}

/** A date as the block it becomes, after the head, or an `InputError`. */
export function needFutureBlock(date, field, heads, info) {
  const block = blockOfDate(date, heads.best, info.blockTimeMs);
  if (block === null) throw new InputError('registries.input.date', { field });
  if (block <= heads.best) throw new InputError('registries.input.datePast', { field });
  return block;
}
