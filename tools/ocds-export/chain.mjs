// Reads the on-chain record of Smart Tenders from a node with @polkadot/api and decodes it into
// the plain `chainData` objects that `lib.mjs` maps to OCDS. Everything is read at one snapshot
// block, so a package is a consistent picture of the chain at that block.

/** The block time assumed when the runtime exposes none: 6 s, Blockchain MX's Aura slot. */
export const DEFAULT_BLOCK_TIME_MS = 6000;

/**
 * The storage maps of a tender's record keyed by tender id alone. Comments are a double map
 * (tender, index): a new one changes `tenders` (its `commentCount`); an answer is dated apart.
 * The panel's scores and the ballot's tallies live in their own pallets, under the numbers
 * `tenderPanels` and `citizenBallots` give (see `serviceKeys`).
 */
const TENDER_MAPS = [
  'tenders', 'bids', 'enquiries', 'tenderPanels', 'citizenBallots', 'awards', 'complaints',
  'contracts', 'socialWitnesses',
];

/** The variant name of an enum. */
const variant = (value) => value.type;

/** An Option's value through `map`, or null. */
const option = (value, map = (x) => x) => (value.isSome ? map(value.unwrap()) : null);

/** A BoundedVec<u8> of UTF-8 text as a string. */
const text = (bytes) => new TextDecoder().decode(bytes.toU8a(true));

/** A u128 (or any integer codec) as a decimal string, keeping every digit. */
const big = (value) => value.toBigInt().toString();

/** A Perbill as its parts per billion. */
const parts = (value) => value.toNumber();

export function decodeTender(t) {
  const scope = { kind: variant(t.scope) };
  if (t.scope.isState) scope.state = variant(t.scope.asState);
  if (t.scope.isMunicipality) {
    const [state, municipality] = t.scope.asMunicipality;
    scope.state = variant(state);
    scope.municipality = municipality.toNumber();
  }
  const s = t.schedule;
  return {
    buyerUnit: t.buyerUnit.toNumber(),
    title: text(t.title),
    description: t.description.toHex(),
    budget: big(t.budget),
    referencePrice: big(t.referencePrice),
    partidas: t.partidas.map((p) => ({
      description: p.description.toHex(),
      quantity: p.quantity.toBigInt().toString(),
      unit: String.fromCharCode(...p.unit.toU8a(true)),
      cucop: Number(p.cucop.toString()),
      requirements: p.requirements.map((r) => r.toHex()),
    })),
    weights: {
      price: t.weights.price.toNumber(),
      technical: t.weights.technical.toNumber(),
      citizen: t.weights.citizen.toNumber(),
    },
    scope,
    schedule: {
      enquiriesEnd: s.enquiriesEnd.toNumber(),
      biddingEnd: s.biddingEnd.toNumber(),
      revealEnd: s.revealEnd.toNumber(),
      evaluationEnd: s.evaluationEnd.toNumber(),
      scoreRevealEnd: s.scoreRevealEnd.toNumber(),
      voteEnd: s.voteEnd.toNumber(),
      complaintsEnd: s.complaintsEnd.toNumber(),
      contractDeadline: s.contractDeadline.toNumber(),
    },
    status: variant(t.status),
    desertReason: t.status.isDeserted ? variant(t.status.asDeserted) : null,
    publishedAt: option(t.publishedAt, (n) => n.toNumber()),
    amendments: t.amendments.toNumber(),
    bidCount: t.bidCount.toNumber(),
    commentCount: t.commentCount.toNumber(),
  };
}

/** A stored bid, with `votes`, its tally in the tender's secret ballot. */
function decodeBid(b, votes) {
  return {
    bidder: b.bidder.toString(),
    commitment: b.commitment.toHex(),
    submittedAt: b.submittedAt.toNumber(),
    deposit: big(b.deposit),
    offer: option(b.offer, (o) => ({
      price: big(o.price),
      partidaOffers: o.partidaOffers.map(big),
      proposal: o.proposal.toHex(),
      revealedAt: o.revealedAt.toNumber(),
    })),
    forfeited: b.forfeited.isTrue,
    votes,
  };
}

function decodeAward(a) {
  return {
    scores: a.scores.map((s) => ({
      bidIndex: s.bidIndex.toNumber(),
      bidder: s.bidder.toString(),
      price: big(s.price),
      standing: variant(s.standing),
      priceScore: s.priceScore.toNumber(),
      technicalScore: s.technicalScore.toNumber(),
      votes: s.votes.toNumber(),
      citizenScore: s.citizenScore.toNumber(),
      total: s.total.toNumber(),
    })),
    winner: option(a.winner, (w) => w.toNumber()),
    passedOver: option(a.passedOver, (w) => w.toNumber()),
    totalVotes: a.totalVotes.toNumber(),
    evaluators: a.evaluators.toNumber(),
    computedAt: a.computedAt.toNumber(),
    isFinal: a.isFinal.isTrue,
  };
}

function decodeContract(c) {
  return {
    supplier: c.supplier.toString(),
    document: c.document.toHex(),
    value: big(c.value),
    deliverables: c.deliverables.map((d) => ({
      description: d.description.toHex(),
      due: d.due.toNumber(),
      amount: big(d.amount),
      status: variant(d.status),
    })),
    buyerSignatory: option(c.buyerSignatory, (a) => a.toString()),
    supplierSigned: c.supplierSigned.isTrue,
    guarantee: big(c.guarantee),
    status: variant(c.status),
  };
}

function decodeSocialWitness(w) {
  return {
    witness: w.witness.toString(),
    assignedAt: w.assignedAt.toNumber(),
    testimony: option(w.testimony, ([document, block]) => ({ document: document.toHex(), filedAt: block.toNumber() })),
  };
}

function decodeComment(c) {
  return {
    author: c.author.toString(),
    document: c.document.toHex(),
    postedAt: c.postedAt.toNumber(),
    answer: option(c.answer, (a) => a.toHex()),
  };
}

/**
 * The runtime's tender rules the export states: guarantee shares and minimum, price margins,
 * the runner-up's margin; with the chain's token (symbol and decimals) that holds guarantees.
 */
export function tenderRules(api) {
  const c = api.consts.tenders;
  return {
    bidGuarantee: parts(c.bidGuarantee),
    minBidGuarantee: big(c.minBidGuarantee),
    performanceGuarantee: parts(c.performanceGuarantee),
    priceCeilingMargin: parts(c.priceCeilingMargin),
    convenientPriceShare: parts(c.convenientPriceShare),
    runnerUpMargin: parts(c.runnerUpMargin),
    // Runtimes before the constant: the exporter falls back to 1 BMX per peso.
    balancePerPeso: c.balancePerPeso ? big(c.balancePerPeso) : null,
    token: {
      symbol: api.registry.chainTokens[0] ?? 'BMX',
      decimals: api.registry.chainDecimals[0] ?? 12,
    },
  };
}

/** Fails unless the node's runtime has the tenders pallet. */
export function ensureTendersPallet(api) {
  if (!api.query.tenders?.tenders) {
    throw new Error('the node\'s runtime has no tenders pallet (pallet-tenders): nothing to export');
  }
  if (!api.query.tenders.socialWitnesses || !api.query.procurementCatalogue?.codes) {
    throw new Error(
      'the node\'s runtime has an older pallet-tenders (no social witnesses, no CUCoP catalogue): ' +
        'use the ocds-export of that runtime\'s release',
    );
  }
}

/** The block time of the chain, in ms: Aura's slot duration, else twice the timestamp minimum period. */
export function blockTimeMs(api) {
  const slot = api.consts.aura?.slotDuration;
  if (slot) return Number(slot.toString());
  const minimumPeriod = api.consts.timestamp?.minimumPeriod;
  if (minimumPeriod) return 2 * Number(minimumPeriod.toString());
  return DEFAULT_BLOCK_TIME_MS;
}

/** The snapshot block: the finalized head, or the best block with `best`. */
export async function snapshotOf(api, { best = false } = {}) {
  const blockHash = best ? await api.rpc.chain.getBlockHash() : await api.rpc.chain.getFinalizedHead();
  const header = await api.rpc.chain.getHeader(blockHash);
  const timestamp = await api.query.timestamp.now.at(blockHash);
  return {
    blockNumber: header.number.toNumber(),
    blockHash: blockHash.toHex(),
    timestamp: timestamp.toNumber(),
    blockTimeMs: blockTimeMs(api),
    genesisHash: api.genesisHash.toHex(),
  };
}

/** The ids of every tender at the snapshot: 0 to NextTenderId - 1. */
export async function tenderIds(api, snapshot) {
  const next = await api.query.tenders.nextTenderId.at(snapshot.blockHash);
  return Array.from({ length: next.toNumber() }, (_, i) => i);
}

/**
 * The timestamp (unix ms) of block `number`: `timestamp.now` in its state, else the
 * `timestamp.set` inherent in its body (nodes keep bodies longer than state), else undefined.
 */
export async function blockTimestamp(api, number) {
  let hash;
  try {
    hash = await api.rpc.chain.getBlockHash(number);
    if (hash.isEmpty) return undefined;
  } catch {
    return undefined;
  }
  try {
    return (await api.query.timestamp.now.at(hash)).toNumber();
  } catch {
    // State pruned: read the inherent.
  }
  try {
    const { block } = await api.rpc.chain.getBlock(hash);
    const set = block.extrinsics.find(
      (ex) => ex.method.section === 'timestamp' && ex.method.method === 'set',
    );
    return set ? Number(set.method.args[0].toString()) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first block in [lo, hi] at which `predicate(blockHash)` holds, assuming it holds at `hi`
 * and, once it holds, keeps holding (a binary search over past state). Null when the node no
 * longer has the state needed (pruned: run an archive node for these dates).
 */
async function firstBlockWhere(api, lo, hi, predicate) {
  lo = Math.max(0, Math.min(lo, hi));
  try {
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const hash = await api.rpc.chain.getBlockHash(mid);
      if (await predicate(hash)) hi = mid;
      else lo = mid + 1;
    }
    return hi;
  } catch {
    return null;
  }
}

/**
 * The storage keys of what the panel and ballot services keep for the tender at `blockHash`:
 * the panel (its state) and its selections (their scores), and the ballot's status and
 * tallies.
 */
async function serviceKeys(api, tenderId, blockHash) {
  const [panel, ballot] = await Promise.all([
    api.query.tenders.tenderPanels.at(blockHash, tenderId),
    api.query.tenders.citizenBallots.at(blockHash, tenderId),
  ]);
  const keys = [];
  if (panel.isSome) {
    keys.push(api.query.anonymousPanels.panels.key(panel.unwrap()));
    keys.push(api.query.anonymousPanels.selections.key(panel.unwrap()));
  }
  if (ballot.isSome) {
    keys.push(api.query.secretBallots.ballots.key(ballot.unwrap()));
    keys.push(api.query.secretBallots.tallies.key(ballot.unwrap()));
  }
  return keys;
}

/** The storage hashes of the tender's record at `blockHash`, its panel's and ballot's included, joined. */
async function recordFingerprint(api, tenderId, blockHash) {
  const keys = [
    ...TENDER_MAPS.map((map) => api.query.tenders[map].key(tenderId)),
    ...(await serviceKeys(api, tenderId, blockHash)),
  ];
  const hashes = await Promise.all(keys.map((key) => api.rpc.state.getStorageHash(key, blockHash)));
  return hashes.map((h) => h.toString()).join(',');
}

/**
 * The technical scores of the tender's panel, one list per evaluator who revealed, once the
 * panel concluded (none before, or for a panel that failed or was cancelled): the panel names
 * no evaluator, only pseudonyms, which the export does not republish.
 */
async function readEvaluations(at, tenderId) {
  const panel = await at.query.tenders.tenderPanels(tenderId);
  if (panel.isNone) return [];
  const record = await at.query.anonymousPanels.panels(panel.unwrap());
  if (record.isNone || !record.unwrap().state.isConcluded) return [];
  const selections = await at.query.anonymousPanels.selections(panel.unwrap());
  return selections
    .filter((s) => s.scores.isSome)
    .map((s) => ({ scores: s.scores.unwrap().map((x) => x.toNumber()) }));
}

/**
 * The votes of each revealed bid in the tender's secret ballot, in bid order (the ballot's
 * options are the revealed bids, in bid order); empty without a ballot or when it was
 * cancelled.
 */
async function readTallies(at, tenderId) {
  const ballot = await at.query.tenders.citizenBallots(tenderId);
  if (ballot.isNone) return [];
  const [record, tallies] = await Promise.all([
    at.query.secretBallots.ballots(ballot.unwrap()),
    at.query.secretBallots.tallies(ballot.unwrap()),
  ]);
  if (record.isNone || record.unwrap().status.isCancelled || tallies.isNone) return [];
  return tallies.unwrap().map((count) => count.toNumber());
}

/**
 * The decoded record of tender `tenderId` at the snapshot, or null when there is no such
 * tender; with the catalogue entries of its partidas' CUCoP keys, the runtime's tender rules,
 * the blocks of past events found by probing past state (`history`) and the timestamps of the
 * past blocks it refers to (`blockTimes`). With `history: false` the probing of past state is
 * skipped (`history` and `blockTimes` are null): enough to show the record, not to export it.
 */
export async function readTender(api, tenderId, snapshot, { history = true } = {}) {
  const at = await api.at(snapshot.blockHash);
  const maybeTender = await at.query.tenders.tenders(tenderId);
  if (maybeTender.isNone) return null;
  const tender = decodeTender(maybeTender.unwrap());
  const [unit, enquiries, bids, evaluations, award, complaints, contract, tallies, witnesses, comments] =
    await Promise.all([
      at.query.tenders.buyerUnits(tender.buyerUnit),
      at.query.tenders.enquiries(tenderId),
      at.query.tenders.bids(tenderId),
      readEvaluations(at, tenderId),
      at.query.tenders.awards(tenderId),
      at.query.tenders.complaints(tenderId),
      at.query.tenders.contracts(tenderId),
      readTallies(at, tenderId),
      at.query.tenders.socialWitnesses(tenderId),
      at.query.tenders.comments.entries(tenderId),
    ]);
  // The citizens' votes per bid index: the ballot counts the revealed bids in bid order.
  const votes = new Map();
  bids.forEach((b, index) => {
    if (b.offer.isSome) votes.set(index, tallies[votes.size] ?? 0);
  });
  const data = {
    tenderId,
    tender,
    buyerUnit: option(unit, (u) => ({
      id: tender.buyerUnit,
      name: text(u.name),
      officials: u.officials.map((o) => o.toString()),
    })),
    suppliers: {},
    enquiries: enquiries.map((e) => ({
      supplier: e.supplier.toString(),
      question: e.question.toHex(),
      answer: option(e.answer, (a) => a.toHex()),
    })),
    bids: bids.map((b, index) => decodeBid(b, votes.get(index) ?? 0)),
    evaluations,
    award: option(award, decodeAward),
    complaints: complaints.map((c) => ({
      complainant: c.complainant.toString(),
      document: c.document.toHex(),
      status: variant(c.status),
    })),
    contract: option(contract, decodeContract),
    socialWitnesses: witnesses.map(decodeSocialWitness),
    comments: comments
      .map(([key, comment]) => ({ index: key.args[1].toNumber(), comment }))
      .filter(({ comment }) => comment.isSome)
      .sort((x, y) => x.index - y.index)
      .map(({ comment }) => decodeComment(comment.unwrap())),
    catalogue: {},
    rules: tenderRules(api),
  };
  for (const code of new Set(tender.partidas.map((p) => p.cucop))) {
    const entry = await at.query.procurementCatalogue.codes(code);
    if (entry.isSome) {
      const e = entry.unwrap();
      data.catalogue[code] = { name: text(e.name), status: variant(e.status) };
    }
  }
  const accounts = new Set([...data.enquiries.map((e) => e.supplier), ...data.bids.map((b) => b.bidder)]);
  for (const account of accounts) {
    const supplier = await at.query.tenders.suppliers(account);
    if (supplier.isSome) {
      const s = supplier.unwrap();
      data.suppliers[account] = {
        organisationKey: s.organisationKey.toHex(),
        status: variant(s.status),
        registeredAt: s.registeredAt.toNumber(),
      };
    }
  }
  data.history = history ? await readHistory(api, data, snapshot) : null;
  data.blockTimes = history ? await readBlockTimes(api, data, snapshot) : null;
  data.snapshot = snapshot;
  return data;
}

/** The blocks of the events the record does not date itself, found by probing past state. */
async function readHistory(api, data, snapshot) {
  const { tenderId, tender, bids, award, contract, socialWitnesses, comments } = data;
  const head = snapshot.blockNumber;
  const recorded = [
    tender.publishedAt,
    ...bids.flatMap((b) => [b.submittedAt, b.offer?.revealedAt]),
    award?.computedAt,
    ...socialWitnesses.flatMap((w) => [w.assignedAt, w.testimony?.filedAt]),
    ...comments.map((c) => c.postedAt),
  ].filter((n) => n != null && n <= head);
  const latestRecorded = recorded.length ? Math.max(...recorded) : 0;
  const history = {
    lastChangeBlock: null,
    contractSignedBlock: null,
    supplierSignedBlock: null,
    contractEndedBlock: null,
    awardFinalisedBlock: null,
    awardPassedBlock: null,
    desertedBlock: null,
    cancelledBlock: null,
    deliverableSettledBlocks: [],
    bidGuarantees: [],
    performanceGuaranteeHeld: null,
    commentAnsweredBlocks: [],
  };
  const tenderAt = async (hash) => {
    const t = await api.query.tenders.tenders.at(hash, tenderId);
    return t.isSome ? t.unwrap() : null;
  };
  const awardAt = async (hash) => {
    const a = await api.query.tenders.awards.at(hash, tenderId);
    return a.isSome ? a.unwrap() : null;
  };
  const contractAt = async (hash) => {
    const c = await api.query.tenders.contracts.at(hash, tenderId);
    return c.isSome ? c.unwrap() : null;
  };
  const bidOfAt = async (hash, bidder) =>
    (await api.query.tenders.bids.at(hash, tenderId)).find((b) => b.bidder.toString() === bidder) ?? null;

  // The bid guarantees: the amount held at each bid's submission (the record keeps only what is
  // held now), and the block it was returned or forfeited.
  for (const bid of bids) {
    const entry = { held: null, settledBlock: null };
    try {
      const submitted = await bidOfAt(await api.rpc.chain.getBlockHash(bid.submittedAt), bid.bidder);
      if (submitted) entry.held = big(submitted.deposit);
    } catch {
      // State pruned: the amount is computed from the rules instead.
    }
    if (BigInt(bid.deposit) === 0n) {
      entry.settledBlock = await firstBlockWhere(api, bid.submittedAt, head, async (hash) => {
        const b = await bidOfAt(hash, bid.bidder);
        return b == null || b.deposit.isZero();
      });
    }
    history.bidGuarantees.push(entry);
  }

  const current = await recordFingerprint(api, tenderId, snapshot.blockHash);
  history.lastChangeBlock = await firstBlockWhere(
    api,
    latestRecorded,
    head,
    async (hash) => (await recordFingerprint(api, tenderId, hash)) === current,
  );
  // An answer to a comment changes only the comment's own entry.
  for (const [index, comment] of comments.entries()) {
    history.commentAnsweredBlocks.push(
      comment.answer == null
        ? null
        : await firstBlockWhere(api, comment.postedAt, head, async (hash) => {
            const c = await api.query.tenders.comments.at(hash, tenderId, index);
            return c.isSome && c.unwrap().answer.isSome;
          }),
    );
  }
  const answered = history.commentAnsweredBlocks.filter((n) => n != null);
  if (answered.length && history.lastChangeBlock != null) {
    history.lastChangeBlock = Math.max(history.lastChangeBlock, ...answered);
  }
  if (award?.isFinal) {
    history.awardFinalisedBlock = await firstBlockWhere(api, award.computedAt, head, async (hash) => {
      const a = await awardAt(hash);
      return a != null && a.isFinal.isTrue;
    });
  }
  if (award?.passedOver != null) {
    history.awardPassedBlock = await firstBlockWhere(api, award.computedAt, head, async (hash) => {
      const a = await awardAt(hash);
      return a != null && a.passedOver.isSome;
    });
  }
  if (tender.status === 'Deserted') {
    history.desertedBlock = await firstBlockWhere(api, award?.computedAt ?? tender.publishedAt ?? 0, head, async (hash) => {
      const t = await tenderAt(hash);
      return t != null && t.status.isDeserted;
    });
  }
  if (contract && contract.status !== 'Drafted') {
    history.contractSignedBlock = await firstBlockWhere(api, award?.computedAt ?? 0, head, async (hash) => {
      const c = await contractAt(hash);
      return c != null && !c.status.isDrafted;
    });
    const from = history.contractSignedBlock ?? award?.computedAt ?? 0;
    for (const [index, deliverable] of contract.deliverables.entries()) {
      history.deliverableSettledBlocks.push(
        deliverable.status === 'Pending'
          ? null
          : await firstBlockWhere(api, from, head, async (hash) => {
              const c = await contractAt(hash);
              return c != null && !c.deliverables[index].status.isPending;
            }),
      );
    }
    if (contract.status === 'Completed' || contract.status === 'Failed') {
      history.contractEndedBlock = await firstBlockWhere(api, from, head, async (hash) => {
        const c = await contractAt(hash);
        return c != null && (c.status.isCompleted || c.status.isFailed);
      });
    }
  }
  // The supplier's signature holds its performance guarantee: its block and the amount held
  // then (the record keeps it only while held).
  if (contract?.supplierSigned) {
    history.supplierSignedBlock = await firstBlockWhere(api, award?.computedAt ?? 0, head, async (hash) => {
      const c = await contractAt(hash);
      return c != null && c.supplierSigned.isTrue && c.supplier.toString() === contract.supplier;
    });
    if (history.supplierSignedBlock != null) {
      try {
        const c = await contractAt(await api.rpc.chain.getBlockHash(history.supplierSignedBlock));
        if (c) history.performanceGuaranteeHeld = big(c.guarantee);
      } catch {
        // State pruned: the amount is computed from the rules instead.
      }
    }
  }
  if (tender.status === 'Cancelled') {
    history.cancelledBlock = await firstBlockWhere(api, tender.publishedAt ?? 0, head, async (hash) => {
      const t = await tenderAt(hash);
      return t != null && t.status.isCancelled;
    });
  }
  return history;
}

/** The timestamps of the past blocks the record refers to, by block number. */
async function readBlockTimes(api, data, snapshot) {
  const { tender, bids, award, contract, history, socialWitnesses, comments } = data;
  const blocks = new Set(
    [
      snapshot.blockNumber,
      tender.publishedAt,
      ...Object.values(tender.schedule),
      ...bids.flatMap((b) => [b.submittedAt, b.offer?.revealedAt]),
      award?.computedAt,
      ...(contract?.deliverables.map((d) => d.due) ?? []),
      ...socialWitnesses.flatMap((w) => [w.assignedAt, w.testimony?.filedAt]),
      ...comments.map((c) => c.postedAt),
      history.lastChangeBlock,
      history.contractSignedBlock,
      history.supplierSignedBlock,
      history.contractEndedBlock,
      history.awardFinalisedBlock,
      history.awardPassedBlock,
      history.desertedBlock,
      history.cancelledBlock,
      ...history.deliverableSettledBlocks,
      ...history.bidGuarantees.map((g) => g.settledBlock),
      ...history.commentAnsweredBlocks,
    ].filter((n) => n != null && n <= snapshot.blockNumber),
  );
  const times = {};
  for (const block of [...blocks].sort((a, b) => a - b)) {
    const ms = block === snapshot.blockNumber ? snapshot.timestamp : await blockTimestamp(api, block);
    if (ms !== undefined) times[block] = ms;
  }
  return times;
}
