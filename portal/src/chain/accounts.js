// Who acts. On any chain: the accounts of a wallet extension (Polkadot{.js}, Talisman, SubWallet:
// the dapp API of `@polkadot/extension-dapp`), which keeps the keys and signs. On a development
// or local chain only: the well-known development accounts (//Alice, //One...) and any secret
// URI typed in, kept in this page's memory; they are public test keys and never exist on a live
// network.
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The development accounts a dev or local chain endows, with their roles in its genesis. */
export const DEV_ACCOUNTS = [
  { uri: '//Alice', name: 'Alice' },
  { uri: '//Bob', name: 'Bob' },
  { uri: '//Charlie', name: 'Charlie' },
  { uri: '//Dave', name: 'Dave' },
  { uri: '//Eve', name: 'Eve' },
  { uri: '//Ferdie', name: 'Ferdie' },
  { uri: '//One', name: 'One' },
  { uri: '//Two', name: 'Two' },
];

let keyring;

/** An account of a development secret URI: `{ address, name, source: 'dev', pair }`. */
export async function devAccount(uri, name = uri) {
  await cryptoWaitReady();
  keyring ??= new Keyring({ type: 'sr25519', ss58Format: 42 });
  const pair = keyring.addFromUri(uri, { name });
  return { address: pair.address, name, source: 'dev', pair };
}

/** The well-known development accounts. */
export const devAccounts = () => Promise.all(DEV_ACCOUNTS.map(({ uri, name }) => devAccount(uri, name)));

/**
 * The accounts of the browser's wallet extensions, `[]` when none is installed or the person
 * declines: `{ address, name, source, signer }`.
 */
export async function extensionAccounts(appName = 'Blockchain MX') {
  const { web3Enable, web3Accounts, web3FromSource } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable(appName);
  if (extensions.length === 0) return [];
  const accounts = await web3Accounts({ accountType: ['sr25519', 'ed25519'] });
  return Promise.all(
    accounts.map(async ({ address, meta }) => ({
      address,
      name: meta.name ?? address.slice(0, 8),
      source: meta.source,
      signer: (await web3FromSource(meta.source)).signer,
    })),
  );
}
