// Maps the decoded on-chain record of one Smart Tender (pallet-tenders) to an OCDS 1.1 release
// package. Pure: no network, no clock, no @polkadot dependency, so it can be unit-tested with
// hand-written chain data. `chain.mjs` reads the chain data from a node; README.md documents
// the mapping, and `extension/` declares every field it writes beyond the core schema. Runs in
// Node.js and in browsers alike (the portal offers the same packages for download).

import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** The OCDS version the packages declare. */
export const OCDS_VERSION = '1.1';

/** The official bid extension, whose `bids` shape (details, statistics) the packages follow. */
export const BID_EXTENSION_URL =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';

/**
 * Our extension (`extension/` in this directory), where the repository publishes it: it declares
 * every field the packages carry beyond the core schema, the bid extension's that we use
 * included, so that a package validates with it alone.
 */
export const BMX_EXTENSION_URL =
  'https://raw.githubusercontent.com/blockchain-mx/bmx/main/tools/ocds-export/extension/extension.json';

/** The currency of every amount: the chain keeps Mexican pesos in centavos. */
export const CURRENCY = 'MXN';

/**
 * How many BMX a guarantee holds per peso it guarantees when the chain does not say (runtimes
 * before the `tenders.balancePerPeso` constant): the runtime's `CentavosToBmx`. Guarantees are
 * set in pesos and held in BMX; a guarantee's OCDS `value` is the BMX held at this rate.
 */
export const BMX_PER_PESO = 1n;

/** The token's smallest units per peso: `rules.balancePerPeso`, else `BMX_PER_PESO` tokens. */
function unitsPerPeso(rules) {
  return rules.balancePerPeso != null
    ? BigInt(rules.balancePerPeso)
    : BMX_PER_PESO * 10n ** BigInt(rules.token.decimals);
}

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

/** `amount` × a Perbill, rounded down, as the runtime's `Perbill::mul_floor`. */
function mulPerbill(amount, parts) {
  return (BigInt(amount) * BigInt(parts)) / BigInt(PERBILL);
}

/** An amount of the token's smallest units as a decimal string of tokens, e.g. "60000.5". */
export function tokens(units, decimals) {
  const value = BigInt(units);
  const one = 10n ** BigInt(decimals);
  const fraction = (value % one).toString().padStart(decimals, '0').replace(/0+$/, '');
  return fraction ? `${value / one}.${fraction}` : `${value / one}`;
}

/** Centavos as the token's smallest units, at the chain's rate (`tenders.balancePerPeso`). */
function centavosToUnits(centavos, rules) {
  return (BigInt(centavos) * unitsPerPeso(rules)) / 100n;
}

/** The token's smallest units as centavos, at the chain's rate. */
function unitsToCentavos(units, rules) {
  return (BigInt(units) * 100n) / unitsPerPeso(rules);
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
      // Void with no eligible bid: an unsuccessful award; void after an award: its cancellation.
      return tender.desertReason === 'NoEligibleBid' ? ['award'] : ['awardCancellation'];
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

/** Why a tender is void (`tender.statusDetails`), by `DesertReason`. */
const DESERT_DETAILS = {
  NoEligibleBid:
    'Desierta (NoEligibleBid): no revealed bid was eligible: none within the budget, at an ' +
    'acceptable price and at a convenient one.',
  WinnerDidNotSign:
    'Desierta (WinnerDidNotSign): the winner did not sign the contract in time (its bid ' +
    'guarantee was forfeited) and no other eligible bid was within the runner-up margin of its price.',
  RunnerUpDidNotSign:
    'Desierta (RunnerUpDidNotSign): the contract passed to the runner-up, which did not sign ' +
    'it in time either (its bid guarantee was forfeited).',
  BuyerDidNotSign:
    'Desierta (BuyerDidNotSign): the buyer unit did not draft or sign the contract in time; ' +
    "the supplier's guarantees were returned.",
};

/** Why a bid is disqualified (`bids.details[].statusDetails`), by `BidStanding`. */
const STANDING_DETAILS = {
  AboveBudget: 'Above the budget (AboveBudget).',
  NotAcceptable: 'Precio no aceptable (NotAcceptable): more than the ceiling margin above the reference price.',
  NotConvenient:
    'Precio no conveniente (NotConvenient): zero, or below the convenient share of the average ' +
    'acceptable price.',
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
 * `chainData` (what `chain.mjs` reads; amounts are centavos as integer strings, token amounts
 * (guarantees) the token's smallest units as integer strings, Perbills as parts per billion,
 * accounts as SS58 addresses, hashes as 0x hex, enums by variant name):
 * - `tenderId`; `tender` {buyerUnit, title, description, budget, referencePrice, partidas
 *   [{description, quantity, unit, cucop, requirements}], weights {price, technical, citizen},
 *   scope {kind, state?, municipality?}, schedule {enquiriesEnd, biddingEnd, revealEnd,
 *   evaluationEnd, scoreRevealEnd, voteEnd, complaintsEnd, contractDeadline}, status,
 *   desertReason (the `DesertReason` when `Deserted`, else null), publishedAt, amendments,
 *   bidCount, commentCount};
 * - `buyerUnit` {id, name, officials} or null; `suppliers` {address: {organisationKey, status}};
 * - `enquiries` [{supplier, question, answer}]; `bids` [{bidder, commitment, submittedAt,
 *   deposit (held now), offer {price, partidaOffers, proposal, revealedAt} or null, forfeited,
 *   votes}];
 * - `evaluations` [{scores or null}] (evaluator accounts are not needed and not exported);
 * - `award` {scores [{bidIndex, bidder, price, standing, priceScore, technicalScore, votes,
 *   citizenScore, total}], winner, passedOver, totalVotes, evaluators, computedAt, isFinal} or
 *   null;
 * - `complaints` [{complainant, document, status}]; `contract` {supplier, document, value,
 *   deliverables [{description, due, amount, status}], buyerSignatory, supplierSigned,
 *   guarantee (held now), status} or null;
 * - `socialWitnesses` [{witness, assignedAt, testimony {document, filedAt} or null}];
 *   `comments` [{author, document, postedAt, answer}] in order (authors are not exported);
 * - `catalogue` {cucop: {name, status}}: the CUCoP entries of the partidas' keys;
 * - `rules` {bidGuarantee, minBidGuarantee, performanceGuarantee, priceCeilingMargin,
 *   convenientPriceShare, runnerUpMargin, balancePerPeso (optional), token {symbol, decimals}}:
 *   the runtime's constants;
 * - `history` {lastChangeBlock, contractSignedBlock, supplierSignedBlock, contractEndedBlock,
 *   awardFinalisedBlock, awardPassedBlock, desertedBlock, cancelledBlock,
 *   deliverableSettledBlocks [], bidGuarantees [{held, settledBlock}] (per bid),
 *   performanceGuaranteeHeld, commentAnsweredBlocks [] (per comment)}: found by probing past
 *   state, each null when unknown;
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
    extensions: [BID_EXTENSION_URL, BMX_EXTENSION_URL],
    publishedDate: options.publishedDate ?? new Date(snapshot.timestamp).toISOString(),
    publisher: { name: publisher },
    releases: [release],
  };
}

/** The OCDS release of one tender (see `tenderToReleasePackage`). */
export function tenderToRelease(chainData, options = {}) {
  const { tenderId, tender, buyerUnit, suppliers = {}, enquiries = [], bids = [] } = chainData;
  const { evaluations = [], award = null, complaints = [], contract = null } = chainData;
  const { socialWitnesses = [], comments = [], catalogue = {}, rules } = chainData;
  if (!rules) throw new Error('chainData.rules is missing: read it with chain.mjs tenderRules(api)');
  const history = chainData.history ?? {};
  const prefix = options.ocidPrefix ?? DEFAULT_OCID_PREFIX;
  if (!isOcidPrefix(prefix)) throw new Error(`bad OCID prefix ${prefix}: want ocds-xxxxxx`);
  const ocid = ocidOf(prefix, tenderId);
  const date = blockDater(chainData);
  const tags = tagsOf(chainData);
  const { symbol: token, decimals } = rules.token;

  // Parties: the buyer unit, then every account that asked, bid or witnesses, in order of
  // appearance.
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
  const accountParties = new Map();
  const accountRef = (address) => {
    if (!accountParties.has(address)) {
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
      accountParties.set(address, party);
    }
    return { id: address, name: address };
  };
  const addRole = (address, role) => {
    accountRef(address);
    const { roles } = accountParties.get(address);
    if (!roles.includes(role)) roles.push(role);
  };
  for (const enquiry of enquiries) addRole(enquiry.supplier, 'enquirer');
  for (const bid of bids) addRole(bid.bidder, 'tenderer');
  const scoreOf = (index) => award?.scores.find((s) => s.bidIndex === index) ?? null;
  // The bid ranked first, and when it did not sign and the contract passed on, the runner-up.
  const firstIndex = award ? (award.passedOver ?? award.winner) : null;
  const runnerUpIndex = award?.passedOver != null ? award.winner : null;
  for (const index of [firstIndex, runnerUpIndex]) {
    if (index != null && scoreOf(index)) addRole(scoreOf(index).bidder, 'supplier');
  }
  for (const { witness } of socialWitnesses) addRole(witness, 'socialWitness');
  parties.push(...accountParties.values());

  // Items: one per partida, classified by its CUCoP key.
  const itemId = (index) => `${ocid}-partida-${index + 1}`;
  const items = tender.partidas.map((partida, index) => {
    const unit = { scheme: 'UNCEFACT', id: partida.unit };
    if (UNIT_NAMES[partida.unit]) unit.name = UNIT_NAMES[partida.unit];
    const entry = catalogue[partida.cucop];
    const classification = { scheme: 'CUCoP', id: String(partida.cucop) };
    if (entry) classification.description = entry.name;
    return {
      id: itemId(index),
      description: `Partida ${index + 1}${entry ? `: ${entry.name}` : ''}; specification hash ${partida.description}`,
      classification,
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
    if (end != null) p.endDate = date(end);
    return p;
  };

  // Q&A (junta de aclaraciones): no official enquiry extension offline, so an extension field.
  const bmxEnquiries = enquiries.map((enquiry, index) => ({
    id: `${ocid}-enquiry-${index}`,
    author: accountRef(enquiry.supplier),
    question: enquiry.question,
    answer: enquiry.answer ?? null,
    answered: enquiry.answer != null,
  }));

  // Citizens' comments (voz ciudadana): authors are persons and are not named.
  const bmxComments = comments.map((comment, index) => {
    const item = {
      id: `${ocid}-comment-${index}`,
      document: comment.document,
      date: date(comment.postedAt),
      answer: comment.answer ?? null,
      answered: comment.answer != null,
    };
    const answeredAt = history.commentAnsweredBlocks?.[index];
    if (comment.answer != null && answeredAt != null) item.dateAnswered = date(answeredAt);
    return item;
  });

  // Social witnesses (testigos sociales) and their testimonies, tender documents.
  const testimonies = [];
  const bmxSocialWitnesses = socialWitnesses.map((w, index) => {
    let testimonyID = null;
    if (w.testimony) {
      testimonyID = `${ocid}-testimony-${index}`;
      testimonies.push({
        ...hashDocument(testimonyID, 'socialWitnessTestimony', w.testimony.document, 'Testimonio del testigo social'),
        datePublished: date(w.testimony.filedAt),
      });
    }
    return { witness: accountRef(w.witness), assignedDate: date(w.assignedAt), testimonyID };
  });

  const weights = {
    price: perbill(tender.weights.price),
    technical: perbill(tender.weights.technical),
    citizen: perbill(tender.weights.citizen),
  };
  const percent = (x) => `${Math.round(x * 1e7) / 1e5}%`;

  // Price rules and guarantees, from the runtime's constants.
  const ceiling = BigInt(tender.referencePrice) + mulPerbill(tender.referencePrice, rules.priceCeilingMargin);
  const bidGuaranteeUnits = (() => {
    const share = centavosToUnits(mulPerbill(tender.budget, rules.bidGuarantee), rules);
    const minimum = BigInt(rules.minBidGuarantee);
    return share > minimum ? share : minimum;
  })();
  /** A guarantee in the guarantees extension's shape, `held` in the token's smallest units. */
  const guarantee = ({ id, obligations, reason, held, status, guarantor, start, end }) => {
    const g = {
      id,
      type: 'chainHold',
      obligations,
      value: pesos(unitsToCentavos(held, rules)),
      guarantor,
    };
    if (start != null) {
      g.date = date(start);
      g.period = period(start, end);
    }
    g.bmxStatus = status;
    g.bmxHold = { reason, amount: tokens(held, decimals), token };
    return g;
  };

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
      `Weighted sum of a price score (lowest eligible price over the bid's price) at ` +
      `${percent(weights.price)}, a technical score (anonymous evaluators' average over 100) at ` +
      `${percent(weights.technical)} and a citizen score (the bid's share of the citizen vote) ` +
      `at ${percent(weights.citizen)}. Only eligible bids can win: a price above the budget, ` +
      `more than ${percent(perbill(rules.priceCeilingMargin))} above the reference price ` +
      `(precio no aceptable), zero or below ${percent(perbill(rules.convenientPriceShare))} of ` +
      `the average acceptable price (precio no conveniente) is disqualified. Ties go to the ` +
      `lower price, then to the earlier bid. If the winner does not sign, the contract passes ` +
      `to the runner-up when its price is within ${percent(perbill(rules.runnerUpMargin))} of ` +
      `the winner's, else the tender is void.`,
    submissionMethod: ['electronicSubmission'],
    submissionMethodDetails:
      'Sealed commitment (blake2-256 of the SCALE-encoded offer and a salt) during the tender ' +
      'period, revealed after it closes.',
    enquiryPeriod: period(tender.publishedAt, s.enquiriesEnd),
    tenderPeriod: period(s.enquiriesEnd, s.biddingEnd),
    awardPeriod: period(s.voteEnd, s.complaintsEnd),
    hasEnquiries: enquiries.length > 0,
    numberOfTenderers: new Set(bids.map((b) => b.bidder)).size,
    tenderers: [...new Set(bids.map((b) => b.bidder))].map(accountRef),
    documents: [
      hashDocument(`${ocid}-convocatoria`, 'tenderNotice', tender.description, 'Convocatoria'),
      ...testimonies,
    ],
    bmxReferencePrice: pesos(tender.referencePrice),
    bmxPriceRules: {
      ceilingMargin: perbill(rules.priceCeilingMargin),
      ceiling: pesos(ceiling),
      convenientPriceShare: perbill(rules.convenientPriceShare),
      runnerUpMargin: perbill(rules.runnerUpMargin),
    },
    bmxGuaranteeTerms: {
      bidGuarantee: {
        shareOfBudget: perbill(rules.bidGuarantee),
        minimum: { amount: tokens(rules.minBidGuarantee, decimals), token },
        value: pesos(unitsToCentavos(bidGuaranteeUnits, rules)),
        hold: { amount: tokens(bidGuaranteeUnits, decimals), token },
      },
      performanceGuarantee: { shareOfContractValue: perbill(rules.performanceGuarantee) },
    },
    bmxScope: tender.scope,
    bmxAwardWeights: weights,
    bmxSchedule,
    bmxAmendments: tender.amendments,
    bmxEnquiries,
    bmxComments,
    bmxSocialWitnesses,
  };
  if (tender.status === 'Deserted') {
    tenderSection.statusDetails = DESERT_DETAILS[tender.desertReason] ?? `Desierta (${tender.desertReason}).`;
    tenderSection.bmxDesertReason = tender.desertReason;
    if (history.desertedBlock != null) tenderSection.bmxDesertedDate = date(history.desertedBlock);
  }

  // Bids (bid extension shape) with the per-bid evaluation detail and bid guarantee.
  const revealedPositions = new Map();
  bids.forEach((bid, index) => {
    if (bid.offer) revealedPositions.set(index, revealedPositions.size);
  });
  const revealedScores = evaluations.filter((e) => e.scores != null).map((e) => e.scores);
  const bidId = (index) => `${ocid}-bid-${index}`;
  const details = bids.map((bid, index) => {
    const score = scoreOf(index);
    const detail = { id: bidId(index), date: date(bid.submittedAt), status: 'pending' };
    if (!bid.offer && bid.forfeited) {
      detail.status = 'withdrawn';
      detail.statusDetails = 'Not revealed by the end of the reveal period: its bid guarantee was forfeited.';
    } else if (score) {
      detail.status = score.standing === 'Eligible' ? 'valid' : 'disqualified';
      if (score.standing !== 'Eligible') detail.statusDetails = STANDING_DETAILS[score.standing] ?? score.standing;
      else if (bid.forfeited) {
        detail.statusDetails =
          'Awarded, but did not sign the contract in time: its bid guarantee was forfeited.';
      }
    }
    detail.tenderers = [accountRef(bid.bidder)];
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
    const guaranteeHistory = history.bidGuarantees?.[index] ?? {};
    const held = BigInt(bid.deposit) > 0n ? bid.deposit : (guaranteeHistory.held ?? bidGuaranteeUnits);
    detail.bmxGuarantee = guarantee({
      id: `${bidId(index)}-guarantee`,
      obligations: 'bidSecurity',
      reason: 'BidGuarantee',
      held,
      status: bid.forfeited ? 'forfeited' : BigInt(bid.deposit) > 0n ? 'held' : 'returned',
      guarantor: accountRef(bid.bidder),
      start: bid.submittedAt,
      end: guaranteeHistory.settledBlock,
    });
    if (bid.offer) {
      const position = revealedPositions.get(index);
      const evaluation = {
        votes: bid.votes,
        technicalScores: revealedScores.map((set) => set[position] ?? 0),
      };
      if (score) {
        Object.assign(evaluation, {
          standing: score.standing,
          priceScore: perbill(score.priceScore),
          technicalScore: perbill(score.technicalScore),
          citizenScore: perbill(score.citizenScore),
          total: perbill(score.total),
          winner: award.winner === index,
          passedOver: award.passedOver === index,
        });
      }
      detail.bmxEvaluation = evaluation;
    }
    return detail;
  });
  const revealed = bids.filter((b) => b.offer);
  const eligibleScores = (award?.scores ?? []).filter((sc) => sc.standing === 'Eligible');
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
    statistics.push(
      { id: `${ocid}-bids-valid`, measure: 'validBids', value: eligibleScores.length },
      { id: `${ocid}-bids-disqualified`, measure: 'disqualifiedBids', value: award.scores.length - eligibleScores.length },
    );
    if (eligibleScores.length > 0) {
      const prices = eligibleScores.map((sc) => sc.price).sort(compare);
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

  // Awards: the fallo; when its winner did not sign and the contract passed on, a second award
  // to the runner-up.
  if (award) {
    const firstId = `${ocid}-award-${award.computedAt}`;
    const runnerUpId = `${firstId}-runner-up`;
    const awardTo = (id, index) => {
      const score = scoreOf(index);
      const winningBid = bids[index];
      return {
        id,
        value: pesos(score.price),
        suppliers: [accountRef(score.bidder)],
        relatedBid: bidId(index),
        items: tender.partidas.map((partida, i) => {
          const item = { id: itemId(i), quantity: Number(partida.quantity), unit: { ...items[i].unit } };
          const offer = winningBid?.offer?.partidaOffers[i];
          if (offer != null) {
            const total = pesos(offer);
            item.unit.value = { amount: total.amount / Number(partida.quantity), currency: CURRENCY };
          }
          return item;
        }),
      };
    };
    const reason = tender.status === 'Deserted' ? tender.desertReason : null;
    const first = {
      id: firstId,
      title: 'Fallo',
      status: 'unsuccessful',
      date: date(award.computedAt),
    };
    if (firstIndex != null && scoreOf(firstIndex)) {
      Object.assign(first, awardTo(firstId, firstIndex));
      if (runnerUpIndex != null) {
        first.status = 'cancelled';
        first.statusDetails =
          'Cancelada: the winner did not sign the contract in time; its bid guarantee was ' +
          'forfeited and the contract passed to the runner-up.';
      } else if (reason === 'WinnerDidNotSign') {
        first.status = 'cancelled';
        first.statusDetails = DESERT_DETAILS.WinnerDidNotSign;
      } else if (reason === 'BuyerDidNotSign') {
        first.status = 'cancelled';
        first.statusDetails = DESERT_DETAILS.BuyerDidNotSign;
      } else {
        first.status = award.isFinal ? 'active' : 'pending';
      }
    } else {
      first.description = 'Desierta: no eligible bid.';
      first.statusDetails = DESERT_DETAILS.NoEligibleBid;
    }
    Object.assign(first, {
      bmxComputedAtBlock: award.computedAt,
      bmxFinal: award.isFinal,
      bmxFinalisedDate: history.awardFinalisedBlock == null ? null : date(history.awardFinalisedBlock),
      bmxTotalVotes: award.totalVotes,
      bmxEvaluators: award.evaluators,
      bmxComplaints: complaints.map((complaint, index) => ({
        id: `${ocid}-complaint-${index}`,
        complainant: accountRef(complaint.complainant),
        document: complaint.document,
        status: complaint.status,
      })),
    });
    release.awards = [first];
    if (runnerUpIndex != null && scoreOf(runnerUpIndex)) {
      const { id, ...terms } = awardTo(runnerUpId, runnerUpIndex);
      const second = { id, title: 'Fallo: segundo lugar' };
      if (history.awardPassedBlock != null) second.date = date(history.awardPassedBlock);
      Object.assign(second, terms);
      if (reason === 'RunnerUpDidNotSign' || reason === 'BuyerDidNotSign') {
        second.status = 'cancelled';
        second.statusDetails = DESERT_DETAILS[reason];
      } else {
        second.status = 'active';
        second.statusDetails =
          'Adjudicada al segundo lugar: the winner did not sign in time and this bid, the ' +
          "runner-up, was within the runner-up margin of the winner's price.";
      }
      second.bmxFinal = true;
      second.bmxPassedFrom = firstId;
      release.awards.push(second);
    }

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
      // The performance guarantee: due when the supplier signs, held until the contract ends.
      const expected = centavosToUnits(mulPerbill(contract.value, rules.performanceGuarantee), rules);
      let performanceStatus = 'pending';
      if (contract.supplierSigned) {
        if (contract.status === 'Completed') performanceStatus = 'returned';
        else if (contract.status === 'Failed') performanceStatus = 'forfeited';
        else performanceStatus = 'held';
      }
      const performance = guarantee({
        id: `${ocid}-performance-guarantee`,
        obligations: 'fulfillment',
        reason: 'PerformanceGuarantee',
        held: BigInt(contract.guarantee) > 0n ? contract.guarantee : (history.performanceGuaranteeHeld ?? expected),
        status: performanceStatus,
        guarantor: accountRef(contract.supplier),
        start: contract.supplierSigned ? history.supplierSignedBlock : null,
        end: history.contractEndedBlock ?? (dues.length ? Math.max(...dues) : null),
      });
      const contractSection = {
        id: `${ocid}-contract`,
        awardID: runnerUpIndex != null ? runnerUpId : firstId,
        title: 'Contrato',
        status: CONTRACT_STATUS[contract.status],
        value: pesos(contract.value),
        documents: [
          hashDocument(`${ocid}-contract-document`, signed ? 'contractSigned' : 'contractDraft', contract.document, 'Contrato'),
        ],
        implementation: { milestones },
        guarantees: [performance],
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
  const { socialWitnesses, comments } = chainData;
  const state = JSON.stringify(
    {
      tenderId, tender, buyerUnit, enquiries, bids, evaluations, award, complaints, contract,
      socialWitnesses, comments,
    },
    (_key, value) => (typeof value === 'bigint' ? value.toString() : value),
  );
  const digest = bytesToHex(sha256(utf8ToBytes(state))).slice(0, 16);
  return `${ocid}-${tags[0]}-${digest}`;
}
