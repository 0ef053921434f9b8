// Where the portal finds its chain. `config.json`, written beside the page by whoever serves it
// (`scripts/run.sh` writes the local chain's), names the node's RPC endpoint, the chain spec the
// light client trusts, and the faucet of a development or test network. `?rpc=ws://...` in the
// page's address overrides the endpoint (a person's own node).

/** The endpoint when nothing says otherwise: `scripts/run.sh`'s default. */
export const DEFAULT_RPC = 'ws://127.0.0.1:9944';

/** Whether `url` is a WebSocket endpoint the browser may open. */
export function isEndpoint(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'ws:' || parsed.protocol === 'wss:';
  } catch {
    return false;
  }
}

/**
 * The portal's configuration: `{ rpc, chainSpec, faucet, explorer }`, from `config.json` (absent
 * or unreadable: the defaults) and the page's `?rpc=`.
 */
export async function loadConfig(location = window.location) {
  let file = {};
  try {
    const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    if (response.ok) file = await response.json();
  } catch {
    // No config.json: a portal built and opened on its own talks to the default endpoint.
  }
  const override = new URLSearchParams(location.search).get('rpc');
  const rpc = override && isEndpoint(override) ? override : isEndpoint(file.rpc) ? file.rpc : DEFAULT_RPC;
  return {
    rpc,
    chainSpec: typeof file.chainSpec === 'string' ? new URL(file.chainSpec, document.baseURI).href : null,
    faucet: typeof file.faucet === 'string' ? file.faucet : null,
  };
}
