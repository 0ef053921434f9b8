// The account the person acts as, shared by the screens: chosen from a wallet extension or, on
// a development chain, a development key. Remembered by address for the next visit.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const AccountContext = createContext({ account: null, accounts: [], choose: () => {}, add: () => {} });

/**
 * `{ account, accounts, choose(address), add(account) → address, loadExtension() }`: `add`
 * returns the account's address in the chain's format.
 */
export const useAccount = () => useContext(AccountContext);

const STORAGE_KEY = 'bmx.account';

export function keptAddress() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function keepAddress(address) {
  try {
    if (address) localStorage.setItem(STORAGE_KEY, address);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: the choice lasts for this page.
  }
}
