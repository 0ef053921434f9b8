// Imported first by a test file whose journeys share one chain (tests/node/users-journeys.test.mjs,
// tests/journeys/light-client.mjs): every later `startJourneyChain` of the process then resolves
// with the same chain. The importer registers `closeSharedJourneyChain` as a root `after` hook;
// it closes the chain once, later calls do nothing.

import { shareJourneyChain } from './dev-chain.mjs';

export const closeSharedJourneyChain = shareJourneyChain();
