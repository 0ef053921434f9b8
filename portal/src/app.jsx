// The portal's shell: it reads its configuration, connects to the node, and gives every screen
// the chain (`ChainContext`), the language (`LanguageContext`) and the acting account
// (`AccountContext`). Routes live in the address's hash, so the build is served as plain files.
import { useEffect, useMemo, useState, useCallback, useErrorBoundary } from 'preact/hooks';
import { Router, Route, Switch, Link } from 'wouter-preact';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import { LanguageContext, LANGUAGES, initialLanguage, keepLanguage, translator, useI18n } from './i18n/index.js';
import { ChainContext, chainInfo, connect, useChain } from './chain/api.js';
import { loadConfig } from './chain/config.js';
import { AccountContext, keepAddress, keptAddress } from './chain/account-context.js';
import { devAccounts, extensionAccounts } from './chain/accounts.js';
import { AccountPicker } from './ui/account-picker.jsx';
import { NoticeArea, NoticeContext } from './ui/components.jsx';
import { Home } from './pages/home.jsx';
import { TenderList } from './pages/tender-list.jsx';
import { TenderPage } from './pages/tender.jsx';
import { Verify } from './pages/verify.jsx';
import { Network } from './pages/network.jsx';
import { Governance } from './pages/governance.jsx';
import { Buyer } from './pages/buyer.jsx';
import { Supplier } from './pages/supplier.jsx';
import { Participation } from './pages/participation.jsx';
import { Oversight } from './pages/oversight.jsx';
import { Registries } from './pages/registries.jsx';
import { Faucet } from './pages/faucet.jsx';

const PUBLIC_LINKS = [
  ['/', 'nav.home'],
  ['/licitaciones', 'nav.tenders'],
  ['/verificar', 'nav.verify'],
  ['/red', 'nav.network'],
  ['/gobernanza', 'nav.governance'],
];
const ACCOUNT_LINKS = [
  ['/comprador', 'nav.buyer'],
  ['/proveedor', 'nav.supplier'],
  ['/participacion', 'nav.participation'],
  ['/vigilancia', 'oversight.nav'],
  ['/registros', 'nav.registries'],
];

export function App() {
  const [language, setLanguageState] = useState(initialLanguage);
  const i18n = useMemo(() => {
    const setLanguage = (next) => {
      keepLanguage(next);
      setLanguageState(next);
    };
    return { language, t: translator(language), setLanguage };
  }, [language]);
  useEffect(() => keepLanguage(language), []);

  const [chain, setChain] = useState({ status: 'connecting', heads: { best: 0, finalized: 0, finalizedHash: null } });
  useEffect(() => {
    let closed = false;
    let close = async () => {};
    (async () => {
      const config = await loadConfig();
      setChain((c) => ({ ...c, config }));
      try {
        const connection = await connect(config.rpc, (heads) => !closed && setChain((c) => ({ ...c, heads })));
        close = connection.close;
        const info = await chainInfo(connection.api);
        if (!closed) setChain((c) => ({ ...c, api: connection.api, provider: connection.provider, info, status: 'ready' }));
      } catch (error) {
        if (!closed) setChain((c) => ({ ...c, status: 'error', error }));
      }
    })();
    return () => {
      closed = true;
      close();
    };
  }, []);

  const [accounts, setAccounts] = useState([]);
  const [address, setAddress] = useState(keptAddress);
  const ss58 = chain.info?.ss58;
  const add = useCallback((account) => {
    // The chain's address format, whatever format a wallet or the keyring uses.
    const address = ss58 == null ? account.address : encodeAddress(decodeAddress(account.address), ss58);
    const normalised = { ...account, address };
    setAccounts((list) => [...list.filter((a) => a.address !== address), normalised]);
    return address;
  }, [ss58]);
  const choose = useCallback((next) => {
    keepAddress(next);
    setAddress(next);
  }, []);
  const loadExtension = useCallback(async () => {
    const found = await extensionAccounts();
    found.forEach(add);
    return found.length;
  }, [add]);
  useEffect(() => {
    if (chain.info?.isDevelopment) devAccounts().then((list) => list.forEach(add));
  }, [chain.info?.isDevelopment, add]);
  const [notices, setNotices] = useState([]);
  const notify = useCallback((notice) => {
    setNotices((list) => [notice, ...list.filter((n) => n.id !== notice.id)].slice(0, 3));
  }, []);
  const noticeContext = useMemo(() => ({ notices, notify }), [notices, notify]);
  const account = accounts.find((a) => a.address === address) ?? null;
  const accountContext = { account, accounts, choose, add, loadExtension };

  const { t } = i18n;
  return (
    <LanguageContext.Provider value={i18n}>
      <ChainContext.Provider value={chain}>
        <AccountContext.Provider value={accountContext}>
          <NoticeContext.Provider value={noticeContext}>
          <Router hook={useHashLocation}>
            <a class="skip" href="#contenido" onClick={(e) => { e.preventDefault(); document.getElementById('contenido')?.focus(); }}>
              {t('nav.skip')}
            </a>
            <header class="top">
              <div class="brand">
                <Link href="/">Blockchain MX</Link>
                <span class="network" data-testid="network-name">{chain.info ? `${chain.info.chain} · ${chain.info.specName} v${chain.info.specVersion}` : ''}</span>
              </div>
              <nav aria-label={t('nav.label')}>
                <ul>
                  {PUBLIC_LINKS.map(([href, key]) => <li key={href}><Link href={href}>{t(key)}</Link></li>)}
                  {ACCOUNT_LINKS.map(([href, key]) => <li key={href}><Link href={href}>{t(key)}</Link></li>)}
                  {chain.info?.isDevelopment && chain.config?.faucet && <li><Link href="/faucet">{t('nav.faucet')}</Link></li>}
                </ul>
              </nav>
              <div class="tools">
                <label>
                  <span class="visually-hidden">{t('nav.language')}</span>
                  <select value={language} onChange={(e) => i18n.setLanguage(e.currentTarget.value)} data-testid="language">
                    {LANGUAGES.map((l) => <option key={l} value={l}>{l === 'es' ? 'Español' : 'English'}</option>)}
                  </select>
                </label>
                <AccountPicker />
              </div>
            </header>
            <main id="contenido" tabIndex={-1}>
              <ChainStatus />
              <NoticeArea />
              {chain.status === 'ready' && (
                <Boundary>
                <Switch>
                  <Route path="/" component={Home} />
                  <Route path="/licitaciones" component={TenderList} />
                  <Route path="/licitaciones/:id">{(params) => <TenderPage id={params.id} />}</Route>
                  <Route path="/verificar" component={Verify} />
                  <Route path="/verificar/:kind/:number">{(params) => <Verify kind={params.kind} number={params.number} />}</Route>
                  <Route path="/red" component={Network} />
                  <Route path="/gobernanza" component={Governance} />
                  <Route path="/comprador" component={Buyer} />
                  <Route path="/proveedor" component={Supplier} />
                  <Route path="/participacion" component={Participation} />
                  <Route path="/vigilancia" component={Oversight} />
                  <Route path="/registros" component={Registries} />
                  <Route path="/faucet" component={Faucet} />
                  <Route><p>{t('nav.notFound')}</p></Route>
                </Switch>
                </Boundary>
              )}
            </main>
            <footer class="bottom">
              <p>{t('footer.text')}</p>
            </footer>
          </Router>
          </NoticeContext.Provider>
        </AccountContext.Provider>
      </ChainContext.Provider>
    </LanguageContext.Provider>
  );
}

/**
 * A screen that fails to render shows what happened instead of a blank page; the rest of the
 * portal (the header, the other screens) keeps working.
 */
function Boundary({ children }) {
  const { t } = useI18n();
  const [error, reset] = useErrorBoundary();
  if (!error) return children;
  return (
    <div class="banner error" role="alert">
      <p>{t('error.unexpected')}</p>
      <details><summary>{t('error.details')}</summary><code>{String(error?.message ?? error)}</code></details>
      <button type="button" class="secondary" onClick={reset}>{t('error.retry')}</button>
    </div>
  );
}

function ChainStatus() {
  const { status, config, error, heads } = useChain();
  const { t } = useI18n();
  if (status === 'connecting') {
    return <p class="banner" role="status">{t('chain.connecting', { rpc: config?.rpc ?? '…' })}</p>;
  }
  if (status === 'error') {
    return (
      <div class="banner error" role="alert">
        <p>{t('chain.unreachable', { rpc: config?.rpc ?? '' })}</p>
        <details><summary>{t('error.details')}</summary><code>{String(error?.message ?? error)}</code></details>
      </div>
    );
  }
  return (
    <p class="heads" data-testid="heads">
      {t('chain.heads', { best: heads.best, finalized: heads.finalized })}
    </p>
  );
}
