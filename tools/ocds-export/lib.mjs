// Maps the decoded on-chain record of one Smart Tender (pallet-tenders) to an OCDS 1.1 release
// package. Pure: no network, no clock, no @polkadot dependency, so it can be unit-tested with
// hand-written chain data. `chain.mjs` reads the chain data from a node; README.md documents
// the mapping.

import { createHash } from 'node:crypto';

/** The OCDS version the packages declare. */
export const OCDS_VERSION = '1.1';

/** The official bid extension, whose `bids` shape (details, statistics) the packages follow. */
export const BID_EXTENSION_URL =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';

/** The currency of every amount: the chain keeps Mexican pesos in centavos. */
export const CURRENCY = 'MXN';

/** The default OCID prefix: unregistered; publishers pass the prefix the OCP assigned them. */
export const DEFAULT_OCID_PREFIX = 'ocds-bmx000';

/** The default publisher name. */
export const DEFAULT_PUBLISHER = 'Blockchain MX';

/** A Perbill's parts per one. */
const PERBILL = 1_000_000_000;

/** Names of the UN/CEFACT Rec. 20 unit codes the buyer units use most; others go without name. */
const UNIT_NAMES = {
  H87: 'piece',
  C62: 'one',
  EA: 'each',
  E48: 'service unit',
  KGM: 'kilogram',
  TNE: 'tonne',
  LTR: 'litre',
  MTR: 'metre',
  MTK: 'square metre',
  MTQ: 'cubic metre',
  HUR: 'hour',
  DAY: 'day',
  MON: 'month',
  SET: 'set',
  PK: 'pack',
  BX: 'box',
};

/** The ocid of tender `tenderId` under `prefix`. */
export function ocidOf(prefix, tenderId) {
  return `${prefix}-bmx-tender-${tenderId}`;
}

/** Whether `prefix` has the shape of an OCID prefix: `ocds-` and six letters or digits. */
export function isOcidPrefix(prefix) {
  return /^ocds-[a-z0-9]{6}$/.test(prefix);
}

/** An amount of centavos (bigint, integer string or number) as an OCDS Value in pesos. */
export function pesos(centavos) {
  const value = BigInt(centavos);
  return { amount: Number(value / 100n) + Number(value % 100n) / 100, currency: CURRENCY };
}

/** A Perbill (parts per billion) as a fraction of one, e.g. 600000000 -> 0.6. */
export function perbill(parts) {
  return Number(parts) / PERBILL;
}

/**
 * A function turning block numbers into ISO 8601 dates: the block's own timestamp when
 * `chainData.blockTimes` has it (read from the chain), else an estimate from the snapshot block's
 * timestamp and the block time (future phase boundaries, or past blocks the node no longer has
 * the state of). `.isEstimate(n)` tells which.
 */
export function blockDater({ blockTimes = {}, snapshot }) {
  const millis = (block) =>
    blockTimes[block] ?? snapshot.timestamp + (block - snapshot.blockNumber) * snapshot.blockTimeMs;
  const date = (block) => (block == null ? undefined : new Date(millis(block)).toISOString());
  date.isEstimate = (block) => blockTimes[block] === undefined;
  return date;
}

/** The release tags of the tender's current stage. */
export function tagsOf(chainData) {
  const { tender, contract } = chainData;
  switch (tender.status) {
    case 'Draft':
      return ['planning'];
    case 'Published':
      return tender.amendments > 0 ? ['tender', 'tenderAmendment'] : ['tender'];
    case 'Cancelled':
      return ['tenderCancellation'];
    case 'Deserted':
    case 'Awarded':
      return ['award'];
    case 'AwardFinal':
      break;
    default:
      throw new Error(`unknown tender status ${tender.status}`);
  }
  if (!contract) return ['award'];
  if (contract.status === 'Completed' || contract.status === 'Failed') {
    return ['implementation', 'contractTermination'];
  }
  if (contract.status === 'Active' && contract.deliverables.some((d) => d.status !== 'Pending')) {
    return ['implementation'];
  }
  return ['contract'];
}

/** OCDS tender status of a chain tender status. */
const TENDER_STATUS = {
  Draft: 'planned',
  Published: 'active',
  Awarded: 'complete',
  AwardFinal: 'complete',
  Deserted: 'unsuccessful',
  Cancelled: 'cancelled',
};

/** OCDS contract status of a chain contract status. */
const CONTRACT_STATUS = {
  Drafted: 'pending',
  Active: 'active',
  Completed: 'terminated',
  Failed: 'terminated',
};

/** OCDS milestone status of a chain deliverable status. */
const MILESTONE_STATUS = {
  Pending: 'scheduled',
  Accepted: 'met',
  Rejected: 'notMet',
  Overdue: 'notMet',
};

/** A document known on chain only by its hash. */
function hashDocument(id, documentType, hash, what) {
  return {
    id,
    documentType,
    title: what,
    description: `${what}. Only its hash is on chain: ${hash} (blake2-256 or SHA-256 of the file, as published with it).`,
  };
}

/** Compares two bigint-able values for sorting. */
function compare(a, b) {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The OCDS 1.1 release package of one tender.
 *
 * `chainData` (what `chain.mjs` reads; amounts are centavos as integer strings, Perbills as parts
 * per billion, accounts as SS58 addresses, hashes as 0x hex, enums by variant name):
 * - `tenderId`; `tender` {buyerUnit, title, description, budget, partidas [{description,
 *   quantity, unit, requirements}], weights {price, technical, citizen}, scope {kind, state?,
 *   municipality?}, schedule {enquiriesEnd, biddingEnd, revealEnd, evaluationEnd,
 *   scoreRevealEnd, voteEnd, complaintsEnd, contractDeadline}, status, publishedAt, amendments,
 *   bidCount};
 * - `buyerUnit` {id, name, officials} or null; `suppliers` {address: {organisationKey, status}};
 * - `enquiries` [{supplier, question, answer}]; `bids` [{bidder, commitment, submittedAt,
 *   offer {price, partidaOffers, proposal, revealedAt} or null, forfeited, votes}];
 * - `evaluations` [{scores or null}] (evaluator accounts are not needed and not exported);
 * - `award` {scores [{bidIndex, bidder, price, withinBudget, priceScore, technicalScore, votes,
 *   citizenScore, total}], winner, totalVotes, evaluators, computedAt, isFinal} or null;
 * - `complaints` [{complainant, document, status}]; `contract` {supplier, document, value,
 *   deliverables [{description, due, amount, status}], buyerSignatory, supplierSigned, status}
 *   or null;
 * - `history` {lastChangeBlock, contractSignedBlock, awardFinalisedBlock, cancelledBlock,
 *   deliverableSettledBlocks []}: blocks found by probing past state, each null when unknown;
 * - `blockTimes` {block: unix ms} read from the chain; `snapshot` {blockNumber, blockHash,
 *   timestamp, blockTimeMs, genesisHash}.
 *
 * `options`: {ocidPrefix, publisher, uri (the package URI; default a urn from the genesis hash
 * and the release id), publishedDate (default: the snapshot block's date)}.
 */
export function tenderToReleasePackage(chainData, options = {}) {
  const release = tenderToRelease(chainData, options);
  const { snapshot } = chainData;
  const publisher = options.publisher ?? DEFAULT_PUBLISHER;
  return {
    uri: options.uri ?? `urn:bmx:${snapshot.genesisHash}:ocds:${release.id}`,
    version: OCDS_VERSION,
    extensions: [BID_EXTENSION_URL],
    publishedDate: options.publishedDate ?? new Date(snapshot.timestamp).toISOString(),
    publisher: { name: publisher },
    releases: [release],
  };
}

/** The OCDS release of one tender (see `tenderToReleasePackage`). */
export function tenderToRelease(chainData, options = {}) {
  const { tenderId, tender, buyerUnit, suppliers = {}, enquiries = [], bids = [] } = chainData;
  const { evaluations = [], award = null, complaints = [], contract = null } = chainData;
  const history = chainData.history ?? {};
  const prefix = options.ocidPrefix ?? DEFAULT_OCID_PREFIX;
  if (!isOcidPrefix(prefix)) throw new Error(`bad OCID prefix ${prefix}: want ocds-xxxxxx`);
  const ocid = ocidOf(prefix, tenderId);
  const date = blockDater(chainData);
  const tags = tagsOf(chainData);

  // Parties: the buyer unit, then every supplier that asked or bid, in order of appearance.
  const buyerId = `${ocid}-buyer-unit-${tender.buyerUnit}`;
  const buyerName = buyerUnit?.name || `Unidad compradora ${tender.buyerUnit}`;
  const buyerRef = { id: buyerId, name: buyerName };
  const parties = [
    {
      id: buyerId,
      name: buyerName,
      identifier: { scheme: 'X-BMX-BUYER-UNIT', id: String(tender.buyerUnit), legalName: buyerName },
      roles: ['buyer', 'procuringEntity'],
    },
  ];
  const supplierParties = new Map();
  const supplierRef = (address) => {
    if (!supplierParties.has(address)) {
      const party = {
        id: address,
        name: address,
        identifier: { scheme: 'X-BMX-ACCOUNT', id: address },
        roles: [],
      };
      const organisationKey = suppliers[address]?.organisationKey;
      if (organisationKey) {
        party.additionalIdentifiers = [{ scheme: 'X-BMX-ORGANISATION-KEY', id: organisationKey }];
      }
      supplierParties.set(address, party);
    }
    return { id: address, name: address };
  };
  const addRole = (address, role) => {
    supplierRef(address);
    const { roles } = supplierParties.get(address);
    if (!roles.includes(role)) roles.push(role);
  };
  for (const enquiry of enquiries) addRole(enquiry.supplier, 'enquirer');
  for (const bid of bids) addRole(bid.bidder, 'tenderer');
  const winnerScore =
    award && award.winner != null ? award.scores.find((s) => s.bidIndex === award.winner) : null;
  if (winnerScore) addRole(winnerScore.bidder, 'supplier');
  parties.push(...supplierParties.values());

  // Items: one per partida.
  const itemId = (index) => `${ocid}-partida-${index + 1}`;
  const items = tender.partidas.map((partida, index) => {
    const unit = { scheme: 'UNCEFACT', id: partida.unit };
    if (UNIT_NAMES[partida.unit]) unit.name = UNIT_NAMES[partida.unit];
    return {
      id: itemId(index),
      description: `Partida ${index + 1}; specification hash ${partida.description}`,
      quantity: Number(partida.quantity),
      unit,
      bmxSpecification: partida.description,
      bmxRequirements: [...partida.requirements],
    };
  });

  // Phase boundaries.
  const s = tender.schedule;
  const boundary = (block) => ({ block, date: date(block), estimated: date.isEstimate(block) });
  const bmxSchedule = {
    publishedAt: tender.publishedAt == null ? null : boundary(tender.publishedAt),
    enquiriesEnd: boundary(s.enquiriesEnd),
    biddingEnd: boundary(s.biddingEnd),
    revealEnd: boundary(s.revealEnd),
    evaluationEnd: boundary(s.evaluationEnd),
    scoreRevealEnd: boundary(s.scoreRevealEnd),
    voteEnd: boundary(s.voteEnd),
    complaintsEnd: boundary(s.complaintsEnd),
    contractDeadline: boundary(s.contractDeadline),
  };
  const period = (start, end) => {
    const p = {};
    if (start != null) p.startDate = date(start);
    p.endDate = date(end);
    return p;
  };

  // Q&A (junta de aclaraciones): no official enquiry extension offline, so an extension field.
  const bmxEnquiries = enquiries.map((enquiry, index) => ({
    id: `${ocid}-enquiry-${index}`,
    author: supplierRef(enquiry.supplier),
    question: enquiry.question,
    answer: enquiry.answer ?? null,
    answered: enquiry.answer != null,
  }));

  const weights = {
    price: perbill(tender.weights.price),
    technical: perbill(tender.weights.technical),
    citizen: perbill(tender.weights.citizen),
  };
  const percent = (x) => `${Math.round(x * 1e7) / 1e5}%`;

  const tenderSection = {
    id: `${ocid}-tender`,
    title: tender.title,
    status: TENDER_STATUS[tender.status],
    procuringEntity: buyerRef,
    items,
    value: pesos(tender.budget),
    procurementMethod: 'open',
    procurementMethodDetails: 'Licitación pública con ofertas selladas (Smart Tenders, Blockchain MX)',
    awardCriteria: 'ratedCriteria',
    awardCriteriaDetails:
      `Weighted sum of a price score (lowest price within budget over the bid's price) at ` +
      `${percent(weights.price)}, a technical score (anonymous evaluators' average over 100) at ` +
      `${percent(weights.technical)} and a citizen score (the bid's share of the citizen vote) ` +
      `at ${percent(weights.citizen)}; bids above the budget cannot win; ties go to the lower ` +
      `price, then to the earlier bid.`,
    submissionMethod: ['electronicSubmission'],
    submissionMethodDetails:
      'Sealed commitment (blake2-256 of the SCALE-encoded offer and a salt) during the tender ' +
      'period, revealed after it closes.',
    enquiryPeriod: period(tender.publishedAt, s.enquiriesEnd),
    tenderPeriod: period(s.enquiriesEnd, s.biddingEnd),
    awardPeriod: period(s.voteEnd, s.complaintsEnd),
    hasEnquiries: enquiries.length > 0,
    numberOfTenderers: new Set(bids.map((b) => b.bidder)).size,
    tenderers: [...new Set(bids.map((b) => b.bidder))].map(supplierRef),
    documents: [
      hashDocument(`${ocid}-convocatoria`, 'tenderNotice', tender.description, 'Convocatoria'),
    ],
    bmxScope: tender.scope,
    bmxAwardWeights: weights,
    bmxSchedule,
    bmxAmendments: tender.amendments,
    bmxEnquiries,
  };

  // Bids (bid extension shape) with the per-bid evaluation detail.
  const revealedPositions = new Map();
  bids.forEach((bid, index) => {
    if (bid.offer) revealedPositions.set(index, revealedPositions.size);
  });
  const revealedScores = evaluations.filter((e) => e.scores != null).map((e) => e.scores);
  const bidId = (index) => `${ocid}-bid-${index}`;
  const details = bids.map((bid, index) => {
    const score = award?.scores.find((s2) => s2.bidIndex === index);
    let status = 'pending';
    if (bid.forfeited) status = 'withdrawn';
    else if (score) status = score.withinBudget ? 'valid' : 'disqualified';
    const detail = {
      id: bidId(index),
      date: date(bid.submittedAt),
      status,
      tenderers: [supplierRef(bid.bidder)],
    };
    if (bid.offer) {
      detail.value = pesos(bid.offer.price);
      detail.documents = [
        hashDocument(`${bidId(index)}-proposal`, 'submissionDocuments', bid.offer.proposal, 'Propuesta técnica y económica'),
      ];
      detail.bmxRevealDate = date(bid.offer.revealedAt);
      detail.bmxPartidaOffers = bid.offer.partidaOffers.map((offer, i) => ({
        itemId: itemId(i),
        value: pesos(offer),
      }));
    }
    detail.bmxCommitment = bid.commitment;
    detail.bmxForfeited = Boolean(bid.forfeited);
    if (bid.offer) {
      const position = revealedPositions.get(index);
      const evaluation = {
        votes: bid.votes,
        technicalScores: revealedScores.map((set) => set[position] ?? 0),
      };
      if (score) {
        Object.assign(evaluation, {
          withinBudget: score.withinBudget,
          priceScore: perbill(score.priceScore),
          technicalScore: perbill(score.technicalScore),
          citizenScore: perbill(score.citizenScore),
          total: perbill(score.total),
          winner: award.winner === index,
        });
      }
      detail.bmxEvaluation = evaluation;
    }
    return detail;
  });
  const revealed = bids.filter((b) => b.offer);
  const validScores = (award?.scores ?? []).filter((sc) => sc.withinBudget);
  const statistics = [
    { id: `${ocid}-bids-submitted`, measure: 'bids', value: bids.length },
    {
      id: `${ocid}-bids-revealed`,
      measure: 'bmxRevealedBids',
      value: revealed.length,
      notes: 'Sealed bids whose offer was revealed and matched its commitment.',
    },
  ];
  if (award) {
    statistics.push({ id: `${ocid}-bids-valid`, measure: 'validBids', value: validScores.length });
    if (validScores.length > 0) {
      const prices = validScores.map((sc) => sc.price).sort(compare);
      statistics.push(
        { id: `${ocid}-bids-lowest`, measure: 'lowestValidBidValue', value: pesos(prices[0]).amount, currency: CURRENCY },
        { id: `${ocid}-bids-highest`, measure: 'highestValidBidValue', value: pesos(prices.at(-1)).amount, currency: CURRENCY },
      );
    }
  }

  const release = {
    ocid,
    id: releaseId(ocid, tags, chainData),
    date: date(history.lastChangeBlock ?? chainData.snapshot.blockNumber),
    tag: tags,
    initiationType: 'tender',
    language: 'es',
    parties,
    buyer: buyerRef,
    planning: {
      budget: {
        id: `${ocid}-budget`,
        description: 'The tender budget: no bid above it may win.',
        amount: pesos(tender.budget),
      },
    },
    tender: tenderSection,
  };
  if (bids.length > 0) release.bids = { statistics, details };

  // Award.
  if (award) {
    const awardId = `${ocid}-award-${award.computedAt}`;
    const awardSection = {
      id: awardId,
      title: 'Fallo',
      status: winnerScore ? (award.isFinal ? 'active' : 'pending') : 'unsuccessful',
      date: date(award.computedAt),
      bmxComputedAtBlock: award.computedAt,
      bmxFinal: award.isFinal,
      bmxFinalisedDate: history.awardFinalisedBlock == null ? null : date(history.awardFinalisedBlock),
      bmxTotalVotes: award.totalVotes,
      bmxEvaluators: award.evaluators,
      bmxComplaints: complaints.map((complaint, index) => ({
        id: `${ocid}-complaint-${index}`,
        complainant: supplierRef(complaint.complainant),
        document: complaint.document,
        status: complaint.status,
      })),
    };
    if (winnerScore) {
      const winningBid = bids[award.winner];
      awardSection.value = pesos(winnerScore.price);
      awardSection.suppliers = [supplierRef(winnerScore.bidder)];
      awardSection.relatedBid = bidId(award.winner);
      awardSection.items = tender.partidas.map((partida, i) => {
        const item = { id: itemId(i), quantity: Number(partida.quantity), unit: { ...items[i].unit } };
        const offer = winningBid?.offer?.partidaOffers[i];
        if (offer != null) {
          const total = pesos(offer);
          item.unit.value = { amount: total.amount / Number(partida.quantity), currency: CURRENCY };
        }
        return item;
      });
    } else {
      awardSection.description = 'Desierta: no revealed bid within the budget.';
    }
    release.awards = [awardSection];

    // Contract and its implementation.
    if (contract) {
      const signed = contract.status !== 'Drafted';
      const milestones = contract.deliverables.map((deliverable, index) => {
        const milestone = {
          id: `${ocid}-deliverable-${index}`,
          title: `Entregable ${index + 1}`,
          type: 'delivery',
          description: `Deliverable ${index + 1}; description hash ${deliverable.description}`,
          dueDate: date(deliverable.due),
          status: MILESTONE_STATUS[deliverable.status],
          bmxStatus: deliverable.status,
          bmxValue: pesos(deliverable.amount),
        };
        const settled = history.deliverableSettledBlocks?.[index];
        if (settled != null) {
          milestone.dateModified = date(settled);
          if (deliverable.status === 'Accepted') milestone.dateMet = date(settled);
        }
        return milestone;
      });
      const dues = contract.deliverables.map((d) => d.due);
      const contractSection = {
        id: `${ocid}-contract`,
        awardID: awardId,
        title: 'Contrato',
        status: CONTRACT_STATUS[contract.status],
        value: pesos(contract.value),
        documents: [
          hashDocument(`${ocid}-contract-document`, signed ? 'contractSigned' : 'contractDraft', contract.document, 'Contrato'),
        ],
        implementation: { milestones },
        bmxStatus: contract.status,
        bmxBuyerSigned: contract.buyerSignatory != null,
        bmxSupplierSigned: Boolean(contract.supplierSigned),
      };
      if (signed && history.contractSignedBlock != null) {
        contractSection.dateSigned = date(history.contractSignedBlock);
      }
      if (dues.length > 0) {
        contractSection.period = {};
        if (contractSection.dateSigned) contractSection.period.startDate = contractSection.dateSigned;
        contractSection.period.endDate = date(Math.max(...dues));
      }
      release.contracts = [contractSection];
    }
  }
  if (tender.status === 'Cancelled' && history.cancelledBlock != null) {
    tenderSection.bmxCancelledDate = date(history.cancelledBlock);
  }
  return release;
}

/**
 * A release id unique per tender state: the ocid, the stage, and the first 16 hex digits of the
 * SHA-256 of the tender's chain record (the same state always gets the same id).
 */
export function releaseId(ocid, tags, chainData) {
  const { tenderId, tender, buyerUnit, enquiries, bids, evaluations, award, complaints, contract } =
    chainData;
  const state = JSON.stringify(
    { tenderId, tender, buyerUnit, enquiries, bids, evaluations, award, complaints, contract },
    (_key, value) => (typeof value === 'bigint' ? value.toString() : value),
  );
  const digest = createHash('sha256').update(state).digest('hex').slice(0, 16);
  return `${ocid}-${tags[0]}-${digest}`;
}
