// Documents stay off chain; the chain keeps their blake2-256 hash. This checks a file the person
// holds against a hash on screen, and computes the hash of a file to send, in the browser: the
// file never leaves the device.
import { useState } from 'preact/hooks';
import { blake2AsHex } from '@polkadot/util-crypto';
import { useI18n } from '../i18n/index.js';
import { Hash } from './components.jsx';

/** The blake2-256 hash of a `File`, as the chain keeps documents. */
export async function fileHash(file) {
  return blake2AsHex(new Uint8Array(await file.arrayBuffer()), 256);
}

/** A document hash with a "check my copy" file picker beside it. */
export function DocumentCheck({ hash, testId }) {
  const { t } = useI18n();
  const [result, setResult] = useState(null);
  const check = async (event) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setResult((await fileHash(file)) === hash ? 'match' : 'differs');
  };
  const id = `check-${testId ?? hash.slice(2, 14)}`;
  return (
    <span class="doc">
      <Hash value={hash} />{' '}
      <label for={id} class="file-label">{t('document.check')}</label>
      <input id={id} type="file" class="visually-hidden" onChange={check} data-testid={testId} />
      {result && (
        <>
          {' '}
          <span class={`badge ${result === 'match' ? 'ok' : 'bad'}`} role="status">
            {t(`document.${result}`)}
          </span>
        </>
      )}
    </span>
  );
}

/**
 * A file picker that gives the hash of the chosen document to `onHash` (and shows it); the
 * hash is what a transaction sends.
 */
export function DocumentPicker({ label, hash, onHash, testId, hint }) {
  const { t } = useI18n();
  const id = `doc-${testId ?? label}`.replace(/[^\w-]/g, '-');
  const pick = async (event) => {
    const file = event.currentTarget.files?.[0];
    onHash(file ? await fileHash(file) : '');
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="file" onChange={pick} data-testid={testId} aria-describedby={`${id}-hint`} />
      <p class="hint" id={`${id}-hint`}>
        {hint ?? t('document.stays')} {hash && <>{t('document.hash')}: <Hash value={hash} /></>}
      </p>
    </div>
  );
}
