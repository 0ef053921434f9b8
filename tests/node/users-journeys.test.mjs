// Issue 18, scenario 5: the users' journeys on the local network of four validators, a bootnode
// and an archive node (tests/lib/network.mjs), one after the other on one network, through
// @polkadot/api from signed extrinsics, metadata-decoded events and storage only, failing on any
// error event their calls did not expect (`submit` in tests/lib/chain.mjs):
//
// - the public registries: a certificate of deposit, a reforestation grant with its duplicate
//   rejected, a property folio and a commerce registration, then verified with bmx-verify against
//   the network's own raw spec (tests/journeys/registries.mjs);
// - identities verified and used, and tenders from supplier registration to a completed
//   contract: RENAPO and SAT verify the officials and suppliers, SAT binds their e.firmas, the
//   contracts are signed with e.firma acts, and the tenders are exported as OCDS
//   (tests/journeys/ocds-export.mjs);
// - a light client (smoldot) that follows the network from its raw spec over libp2p and reads the
//   registries' certificates from finalized state it verified itself (tests/journeys/light-client.mjs).
//
// Each journey also runs alone (`npm run test:registries`, `test:ocds`, `test:light-client`) on its own
// network, or on a dev chain with BMX_JOURNEY_CHAIN=dev. The e.firma journey
// (node/efirma.test.mjs) runs on a dev chain of its own: one TEST certificate backs one account,
// and it binds the same three certificates (tools/efirma/fixtures) as the tenders do.

import { after } from 'node:test';
// First: the journeys imported after it share one chain.
import { closeSharedJourneyChain } from '../lib/share-journey-chain.mjs';
import '../journeys/registries.mjs';
import '../journeys/ocds-export.mjs';
import '../journeys/light-client.mjs';

after(closeSharedJourneyChain);
