// Signing a contract with the e.firma, in the browser: the party picks the contract's document
// (its hash must be the drafted contract's), its `.cer` and `.key` and types the key's password;
// the key signs the chain's signing statement here (src/efirma/), and one transaction registers
// the signing act (`digitalIdentity.signDocument`) and signs the contract
// (`tenders.signContract`, which requires that act), together or not at all (`batchAll`).
// The `.key` and the password never leave the page: nothing is stored or sent but the signature;
// the key is decrypted when the button is pressed and overwritten once it has signed, and the
// password is cleared once the contract is signed.
import { useRef, useState } from 'preact/hooks';
import { u8aToHex } from '@polkadot/util';
import { useI18n } from '../i18n/index.js';
import { useChain } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { ErrorBox, InputError, TxButton } from './components.jsx';
import { DocumentPicker } from './document.jsx';
import { dateTime } from './format.js';

/** The e.firma module (node-forge with it), loaded when a desk first needs it. */
const loadEfirma = () => import('../efirma/index.js');

/** The signing window: from a minute before the chain's time, for an hour (as the tools use). */
const WINDOW_BEFORE_MS = 60_000;
const WINDOW_MS = 3_600_000;

/** Why the document is signed: public on chain, with the act. */
export const contractPurpose = (tenderId) => `Contrato de la licitación ${tenderId}`;

/** A serial as people read it: SAT's are ASCII digits; any other as hex. */
export function serialText(serial) {
  const bytes = typeof serial === 'string' ? hexBytes(serial) : serial;
  const printable = bytes.length > 0 && bytes.every((b) => b > 0x20 && b < 0x7f);
  return printable ? String.fromCharCode(...bytes) : u8aToHex(bytes);
}

function hexBytes(hex) {
  const digits = hex.replace(/^0x/, '');
  return Uint8Array.from(digits.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** The `InputError` that tells the person what to do about an `EfirmaError`. */
function explain(error, language) {
  if (error?.name !== 'EfirmaError') return error;
  const { reason, params } = error;
  if (reason === 'expired') return new InputError('efirma.error.expired', { date: dateTime(params.notAfter, language) });
  if (reason === 'notYetValid') return new InputError('efirma.error.notYetValid', { date: dateTime(params.notBefore, language) });
  const known = ['notACertificate', 'notAKeyFile', 'unencryptedKey', 'unsupportedEncryption', 'wrongPassword', 'notRsa', 'unsupportedKey', 'keyMismatch'];
  return new InputError(known.includes(reason) ? `efirma.error.${reason}` : 'efirma.error.statement');
}

const bytesOf = async (file) => new Uint8Array(await file.arrayBuffer());

/**
 * The e.firma signing form of the contract of tender `tenderId` (`contract`, the chain's
 * `Contract`): `testId` names the button (its inputs are `<testId>-document`, `-cer`, `-key`,
 * `-password`); `heading` is the heading's element, in the page's order.
 */
export function ContractSigning({ tenderId, contract, onDone, testId, heading: Heading = 'h5' }) {
  const { t, language } = useI18n();
  const { api } = useChain();
  const { account } = useAccount();
  const [document, setDocument] = useState('');
  const [cer, setCer] = useState(null);
  const [keyFile, setKeyFile] = useState(null);
  const [password, setPassword] = useState('');
  const keyInput = useRef(null);
  const expected = contract.document.toHex();
  const purpose = contractPurpose(tenderId);
  const ids = { heading: `${testId}-heading`, cer: `${testId}-cer`, key: `${testId}-key`, password: `${testId}-password` };

  /** Read the `.cer` as soon as it is chosen: who it names, and whether the chain binds it here. */
  const pickCertificate = async (event) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return setCer(null);
    setCer({ file });
    try {
      const efirma = await loadEfirma();
      const certificate = efirma.readCertificate(await bytesOf(file));
      const binding = account ? await api.query.digitalIdentity.efirmas(account.address) : null;
      const bound = binding?.isSome ? binding.unwrap().certificate.toHex() : null;
      setCer({ file, certificate, bound });
    } catch (error) {
      setCer({ file, error: explain(error, language) });
    }
  };

  const build = async (txApi) => {
    if (!document) throw new InputError('efirma.error.noDocument');
    if (document !== expected) throw new InputError('efirma.error.otherDocument');
    const signer = account.address;
    const signContract = txApi.tx.tenders.signContract(tenderId);
    const [acts, binding, now] = await Promise.all([
      txApi.query.digitalIdentity.signatures(document),
      txApi.query.digitalIdentity.efirmas(signer),
      txApi.query.timestamp.now(),
    ]);
    // The document signed with the e.firma already (with the `efirma` tool): only the contract.
    if (acts.some((act) => act.signer.toString() === signer)) return signContract;
    if (!cer?.file) throw new InputError('efirma.error.noCertificate');
    if (!keyFile) throw new InputError('efirma.error.noKey');
    if (!password) throw new InputError('efirma.error.noPassword');
    const efirma = await loadEfirma();
    let certificate;
    try {
      certificate = efirma.readCertificate(await bytesOf(cer.file));
    } catch (error) {
      throw explain(error, language);
    }
    const serial = u8aToHex(certificate.serial);
    if (binding.isNone) throw new InputError('efirma.error.notBound');
    const bound = binding.unwrap().certificate.toHex();
    if (bound !== serial) {
      throw new InputError('efirma.error.otherCertificate', { serial: serialText(serial), bound: serialText(bound) });
    }
    if ((await txApi.query.digitalIdentity.revokedCertificates(serial)).isSome) throw new InputError('efirma.error.revoked');
    // The chain's time, not this device's clock: the chain checks the window and validity by it.
    const chainNow = now.toNumber();
    let key;
    try {
      efirma.ensureValidAt(certificate, chainNow);
      key = efirma.decryptKey(await bytesOf(keyFile), password);
      const act = await efirma.signingAct({
        certificate,
        key,
        genesis: txApi.genesisHash.toHex(),
        signer,
        document,
        purpose,
        notBefore: chainNow - WINDOW_BEFORE_MS,
        notAfter: chainNow - WINDOW_BEFORE_MS + WINDOW_MS,
        now: chainNow,
      });
      return txApi.tx.utility.batchAll([
        txApi.tx.digitalIdentity.signDocument(act.document, act.purpose_hex, act.not_before, act.not_after, act.signature),
        signContract,
      ]);
    } catch (error) {
      throw explain(error, language);
    } finally {
      efirma.forgetKey(key);
    }
  };

  const done = async (result) => {
    setPassword('');
    setKeyFile(null);
    if (keyInput.current) keyInput.current.value = '';
    await onDone?.(result);
  };

  const certificate = cer?.certificate;
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid={`${testId}-form`} aria-labelledby={ids.heading} autocomplete="off">
      <Heading id={ids.heading}>{t('efirma.title')}</Heading>
      <p class="hint">{t('efirma.intro')}</p>
      <DocumentPicker label={t('efirma.document')} hash={document} onHash={setDocument} testId={`${testId}-document`} />
      {document && (
        <p class={document === expected ? 'ok-box' : 'error-box'} role="status" data-testid={`${testId}-document-match`} data-match={String(document === expected)}>
          {t(document === expected ? 'efirma.documentMatches' : 'efirma.documentDiffers')}
        </p>
      )}
      <div class="field">
        <label for={ids.cer}>{t('efirma.certificate')}</label>
        <input id={ids.cer} type="file" accept=".cer,.crt,.pem" onChange={pickCertificate} data-testid={ids.cer} aria-describedby={`${ids.cer}-hint`} />
        <p class="hint" id={`${ids.cer}-hint`}>{t('efirma.certificateHint')}</p>
      </div>
      {cer?.error && <ErrorBox error={cer.error} />}
      {certificate && (
        <div class={cer.bound === u8aToHex(certificate.serial) ? 'ok-box' : 'warning'} role="status" data-testid={`${testId}-certificate`}>
          <p>
            {t('efirma.certificateOf', {
              name: certificate.holder.commonName ?? certificate.holder.name ?? '—',
              rfc: certificate.holder.rfc ?? '—',
              serial: serialText(certificate.serial),
              from: dateTime(certificate.notBefore, language),
              until: dateTime(certificate.notAfter, language),
            })}
          </p>
          <p data-testid={`${testId}-certificate-bound`} data-bound={String(cer.bound === u8aToHex(certificate.serial))}>
            {cer.bound === u8aToHex(certificate.serial) ? t('efirma.bound')
              : cer.bound ? t('efirma.error.otherCertificate', { serial: serialText(certificate.serial), bound: serialText(cer.bound) })
                : t('efirma.error.notBound')}
          </p>
        </div>
      )}
      <div class="field">
        <label for={ids.key}>{t('efirma.key')}</label>
        <input id={ids.key} ref={keyInput} type="file" accept=".key,.pem" onChange={(e) => setKeyFile(e.currentTarget.files?.[0] ?? null)} data-testid={ids.key} />
      </div>
      <div class="field">
        <label for={ids.password}>{t('efirma.password')}</label>
        <input id={ids.password} type="password" value={password} onInput={(e) => setPassword(e.currentTarget.value)}
          autocomplete="off" spellcheck={false} data-testid={ids.password} aria-describedby={`${ids.password}-hint`} />
        <p class="hint" id={`${ids.password}-hint`}>{t('efirma.passwordHint')}</p>
      </div>
      <p>{t('efirma.purpose')}: <q data-testid={`${testId}-purpose`}>{purpose}</q></p>
      <TxButton build={build} onDone={done} testId={testId}>{t('efirma.send')}</TxButton>
    </form>
  );
}
