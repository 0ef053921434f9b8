// Test funds on development and test networks: the faucet that `serve.mjs` runs beside the
// portal sends a fixed amount to an account, at most once per interval per account.
import { useEffect, useState } from 'preact/hooks';
import { decodeAddress } from '@polkadot/util-crypto';
import { useI18n } from '../i18n/index.js';
import { useChain } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { Field } from '../ui/components.jsx';

export function Faucet() {
  const { t } = useI18n();
  const { config, info } = useChain();
  const { account } = useAccount();
  const [terms, setTerms] = useState(null);
  const [address, setAddress] = useState(account?.address ?? '');
  const [result, setResult] = useState(null);
  const [busy, setBusy] = useState(false);
  const url = config.faucet ? new URL(config.faucet, document.baseURI).href : null;
  useEffect(() => {
    if (!url) return;
    fetch(url).then((r) => (r.ok ? r.json() : null)).then(setTerms, () => setTerms(null));
  }, [url]);
  if (!info.isDevelopment || !url) return <section><h1>{t('faucet.title')}</h1><p>{t('faucet.unavailable')}</p></section>;
  const ask = async (event) => {
    event.preventDefault();
    setResult(null);
    try {
      decodeAddress(address.trim());
    } catch {
      return setResult({ error: 'faucet.badAddress' });
    }
    setBusy(true);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ address: address.trim() }) });
      const body = await response.json();
      if (response.ok) setResult({ ok: t('faucet.sent', { block: body.block }) });
      else if (response.status === 429) setResult({ error: 'faucet.limited', params: { minutes: body.minutes } });
      else if (body.error === 'badAddress') setResult({ error: 'faucet.badAddress' });
      else setResult({ error: 'error.unexpected', raw: body.error });
    } catch (error) {
      setResult({ error: 'error.Unreachable', raw: String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h1>{t('faucet.title')}</h1>
      {terms && <p>{t('faucet.lead', { amount: `${terms.amount} ${terms.token}`, minutes: terms.minutes })}</p>}
      <form onSubmit={ask}>
        <Field label={t('faucet.address')} value={address} onInput={setAddress} testId="faucet-address" />
        <button type="submit" disabled={busy} data-testid="faucet-send">{t('faucet.send')}</button>
        {result?.ok && <p class="ok-box" role="status" data-testid="faucet-result">{result.ok}</p>}
        {result?.error && (
          <div class="error-box" role="alert" data-testid="faucet-error">
            <p>{t(result.error, result.params)}</p>
            {result.raw && <details><summary>{t('error.details')}</summary><code>{result.raw}</code></details>}
          </div>
        )}
      </form>
    </section>
  );
}
