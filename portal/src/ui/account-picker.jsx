// The acting account: the wallet extension's accounts, and on a development chain the
// development keys and any secret URI typed in (never on a live network).
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { useChain } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { devAccount } from '../chain/accounts.js';
import { shortAddress } from './format.js';

export function AccountPicker() {
  const { t } = useI18n();
  const { info } = useChain();
  const { account, accounts, choose, add, loadExtension } = useAccount();
  const [uri, setUri] = useState('');
  const [message, setMessage] = useState(null);
  const connectWallet = async () => {
    setMessage(null);
    try {
      const found = await loadExtension();
      if (found === 0) setMessage(t('account.noExtension'));
    } catch (error) {
      setMessage(String(error?.message ?? error));
    }
  };
  const addUri = async (event) => {
    event.preventDefault();
    if (!uri.startsWith('//') && !uri.includes(' ')) {
      setMessage(t('account.badUri'));
      return;
    }
    const added = await devAccount(uri.trim(), uri.trim());
    choose(add(added));
    setUri('');
  };
  return (
    <div class="account-picker">
      <label>
        <span class="visually-hidden">{t('account.label')}</span>
        <select value={account?.address ?? ''} onChange={(e) => choose(e.currentTarget.value || null)} data-testid="account">
          <option value="">{t('account.none')}</option>
          {accounts.map((a) => (
            <option key={a.address} value={a.address}>
              {a.name} · {shortAddress(a.address)}{a.source === 'dev' ? ` (${t('account.dev')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="secondary" onClick={connectWallet}>{t('account.connect')}</button>
      {info?.isDevelopment && (
        <form class="dev-uri" onSubmit={addUri}>
          <label for="dev-uri" class="visually-hidden">{t('account.devUri')}</label>
          <input id="dev-uri" value={uri} placeholder={t('account.devUriPlaceholder')} onInput={(e) => setUri(e.currentTarget.value)} data-testid="dev-uri" autocomplete="off" />
          <button type="submit" class="secondary" data-testid="dev-uri-add">{t('account.add')}</button>
        </form>
      )}
      {message && <p class="hint" role="status">{message}</p>}
    </div>
  );
}
