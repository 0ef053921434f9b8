// The chain reads of the network and governance screens: each takes `at` (`api.at(hash)`, the
// state of one finalized block) and returns plain values for the screens, reckoned with
// `logic.js`. Kept apart from the components so that a script can run them against a node.
import {
  collectiveTally,
  endorsementStatus,
  executiveTally,
  groupByCollective,
  sessionOnly,
} from './logic.js';

/** The runtime's `pallet-collective` instances (sections of `runtime/src/lib.rs`), with their bodies. */
export const COLLECTIVE_SECTIONS = [
  ['advisoryCouncil', 'governance.body.advisory'],
  ['nodeCommission', 'governance.body.nodeCommission'],
  ['projectsCommission', 'governance.body.projectsCommission'],
];
/** The Executive Council's commissions (`Commission`), with their bodies. */
export const COMMISSIONS = [
  ['NodeIntegration', 'governance.body.nodeCommission'],
  ['Projects', 'governance.body.projectsCommission'],
];

/** Text bytes (a name) as a string. */
export const utf8 = (bytes) => (bytes?.toUtf8 ? bytes.toUtf8() : String(bytes ?? ''));

/** The collectives at `at`: `Map(id → { id, name, kind })`, kinds as `Academia`, `Business`, … */
export async function readCollectives(at) {
  const entries = await at.query.collectiveRegistry.collectives.entries();
  return new Map(
    entries.map(([key, info]) => {
      const id = key.args[0].toNumber();
      const value = info.unwrap();
      return [id, { id, name: utf8(value.name), kind: value.kind.type }];
    }),
  );
}

/** The current leaders of every collective at `at`: `Map(id → [{ who, appointedAt, expiresAt, renewals }])`. */
export async function readLeaders(at) {
  const entries = await at.query.collectiveRegistry.leaders.entries();
  return new Map(
    entries.map(([key, list]) => [
      key.args[0].toNumber(),
      list.map((l) => ({
        who: l.who.toString(),
        appointedAt: l.appointedAt.toNumber(),
        expiresAt: l.expiresAt.toNumber(),
        renewals: l.renewals.toNumber(),
      })),
    ]),
  );
}

/** The institution each of `accounts` states as a member of a collective, at `at`: `Map(account → text)`. */
export async function readInstitutions(at, accounts) {
  const unique = [...new Set(accounts)];
  if (!unique.length) return new Map();
  const infos = await at.query.collectiveRegistry.members.multi(unique);
  return new Map(unique.map((a, i) => [a, infos[i].isSome ? utf8(infos[i].unwrap().institution) : null]).filter(([, v]) => v));
}

/**
 * The call a council motion keeps as `Bounded` (inline, or noted with the preimage pallet):
 * the decoded `Call`, or `{ hash, len }` when its preimage is not on chain.
 */
export async function boundedCall(at, bounded) {
  if (bounded.isInline) return at.registry.createType('Call', bounded.asInline.toU8a(true));
  // A struct's `.hash` is the codec's own hash: the field named `hash` is `hash_`.
  const inner = bounded.isLookup ? bounded.asLookup : bounded.asLegacy;
  const hash = inner.hash_;
  const len = bounded.isLookup ? inner.len : null;
  if (len != null && at.query.preimage?.preimageFor) {
    const bytes = await at.query.preimage.preimageFor([hash, len]);
    if (bytes.isSome) return at.registry.createType('Call', bytes.unwrap().toU8a(true));
  }
  return { hash: hash.toHex(), len: len?.toNumber() ?? null };
}

/** Node integration's nodes and the session's set, with the collectives, at `at`. */
export async function readValidators(at) {
  const q = at.query;
  const [nodes, session, sessionIndex, suspended, flagged, collectives, minValidators, sessionLength, planPending, withoutNodes] = await Promise.all([
    q.nodeIntegration.validators(),
    q.session.validators(),
    q.session.currentIndex(),
    q.nodeIntegration.suspendedNodes.entries(),
    q.nodeIntegration.flaggedNodes.entries(),
    readCollectives(at),
    q.nodeIntegration.minValidators(),
    q.nodeIntegration.sessionLength(),
    q.nodeIntegration.planPending(),
    q.nodeIntegration.collectivesWithoutNodes.entries(),
  ]);
  const nodeList = nodes.map(([account, collective]) => ({ account: account.toString(), collective: collective.toNumber() }));
  const suspendedList = suspended.map(([key, node]) => {
    const value = node.unwrap();
    return {
      account: key.args[0].toString(),
      collective: value.collective.toNumber(),
      since: value.since.toNumber(),
      offence: value.cause.isOffence,
    };
  });
  const flaggedList = flagged.map(([key, node]) => ({ account: key.args[0].toString(), collective: node.unwrap().collective.toNumber() }));
  const sessionList = session.map((a) => a.toString());
  const institutions = await readInstitutions(at, [...nodeList, ...suspendedList].map((n) => n.account));
  return {
    groups: groupByCollective({ nodes: nodeList, collectives: [...collectives.values()], session: sessionList, suspended: suspendedList, flagged: flaggedList }),
    collectives,
    session: sessionList,
    sessionOnly: sessionOnly(sessionList, nodeList),
    sessionIndex: sessionIndex.toNumber(),
    minValidators: minValidators.toNumber(),
    sessionLength: sessionLength.toNumber(),
    planPending: planPending.isTrue,
    withoutNodes: withoutNodes.map(([key]) => key.args[0].toNumber()),
    institutions,
    suspended: new Map(suspendedList.map((s) => [s.account, s])),
  };
}

/** The pending node applications at `at`, with their endorsements by current leaders. */
export async function readApplications(at) {
  const [entries, collectives, leaders] = await Promise.all([
    at.query.nodeIntegration.nodeApplications.entries(),
    readCollectives(at),
    readLeaders(at),
  ]);
  const applications = entries
    .map(([key, value]) => {
      const a = value.unwrap();
      const collective = a.collective.toNumber();
      const endorsers = a.endorsers.map((e) => e.toString());
      const current = (leaders.get(collective) ?? []).map((l) => l.who);
      return {
        applicant: key.args[0].toString(),
        collective,
        letter: a.letterOfIntent.toHex(),
        form: a.adhesionForm.toHex(),
        appliedAt: a.appliedAt.toNumber(),
        endorsers,
        ...endorsementStatus(endorsers, current),
      };
    })
    .sort((x, y) => x.appliedAt - y.appliedAt);
  const institutions = await readInstitutions(at, applications.map((a) => a.applicant));
  return { applications, collectives, institutions };
}

/** A council seat as plain values. */
const seat = (s) => ({
  who: s.who.toString(),
  designatedAt: s.designatedAt.toNumber(),
  expiresAt: s.expiresAt.toNumber(),
  renewals: s.renewals.toNumber(),
});

/** The councils' seats and terms at `at`. */
export async function readCouncils(at) {
  const q = at.query.councils;
  const [secretary, commissioners, advisors, renewals, collectives] = await Promise.all([
    q.executiveSecretary(),
    q.commissioners.entries(),
    q.advisors(),
    q.renewalRequests.entries(),
    readCollectives(at),
  ]);
  const commissions = new Map(COMMISSIONS.map(([c]) => [c, []]));
  for (const [key, value] of commissioners) {
    const [commission, collective] = key.args;
    commissions.get(commission.type)?.push({ collective: collective.toNumber(), ...seat(value.unwrap()) });
  }
  for (const list of commissions.values()) list.sort((a, b) => a.collective - b.collective);
  const renewalOf = new Map(renewals.map(([key, r]) => [key.args[0].toString(), r.unwrap().status.isPending ? 'pending' : 'refused']));
  const secretarySeat = secretary.isSome ? seat(secretary.unwrap()) : null;
  const advisorSeats = advisors.map(seat);
  const all = [...(secretarySeat ? [secretarySeat] : []), ...advisorSeats, ...[...commissions.values()].flat()].map((s) => s.who);
  return {
    secretary: secretarySeat,
    commissions,
    advisors: advisorSeats.map((a) => ({ ...a, renewal: renewalOf.get(a.who) ?? null })),
    collectives,
    institutions: await readInstitutions(at, all),
    notice: at.consts.councils.expiryNotice.toNumber(),
    executiveTerm: at.consts.councils.executiveTerm.toNumber(),
    advisoryTerm: at.consts.councils.advisoryTerm.toNumber(),
    maxAdvisors: at.consts.councils.maxAdvisors.toNumber(),
  };
}

/** The open motions of every council at `at`, their calls decoded. */
export async function readMotions(at) {
  const q = at.query;
  const [entries, executiveMembers, secretary, requests, collectives] = await Promise.all([
    q.councils.motions.entries(),
    q.councils.councilMembers('Executive'),
    q.councils.executiveSecretary(),
    q.councils.sessionRequests.entries(),
    readCollectives(at),
  ]);
  const members = executiveMembers.map((m) => m.toString());
  const secretaryWho = secretary.isSome ? secretary.unwrap().who.toString() : null;
  const ordinary = at.consts.councils.ordinaryQuorum.toNumber();
  const extraordinary = at.consts.councils.extraordinaryQuorum.toNumber();
  const executive = await Promise.all(
    entries.map(async ([key, value]) => {
      const m = value.unwrap();
      const votes = m.votes.map(([who, aye]) => [who.toString(), aye.isTrue]);
      const kind = m.kind.isExtraordinary ? { extraordinary: m.kind.asExtraordinary.collective.toNumber() } : { extraordinary: null };
      return {
        index: key.args[0].toNumber(),
        proposer: m.proposer.toString(),
        ...kind,
        call: await boundedCall(at, m.proposal),
        tabledAt: m.tabledAt.toNumber(),
        votingEnds: m.votingEnds.toNumber(),
        votes,
        tally: executiveTally(votes, members, secretaryWho, kind.extraordinary != null ? extraordinary : ordinary),
      };
    }),
  );
  executive.sort((a, b) => a.index - b.index);
  const bodies = await Promise.all(
    COLLECTIVE_SECTIONS.filter(([section]) => q[section]).map(async ([section, label]) => {
      const [hashes, bodyMembers] = await Promise.all([q[section].proposals(), q[section].members()]);
      const [calls, votings] = hashes.length
        ? await Promise.all([q[section].proposalOf.multi(hashes), q[section].voting.multi(hashes)])
        : [[], []];
      const motions = hashes
        .map((hash, i) => {
          if (votings[i].isNone) return null;
          const v = votings[i].unwrap();
          return {
            hash: hash.toHex(),
            index: v.index.toNumber(),
            call: calls[i].isSome ? calls[i].unwrap() : { hash: hash.toHex() },
            ayes: v.ayes.map((a) => a.toString()),
            nays: v.nays.map((a) => a.toString()),
            end: v.end.toNumber(),
            tally: collectiveTally({ ayes: v.ayes.length, nays: v.nays.length, threshold: v.threshold.toNumber(), members: bodyMembers.length }),
          };
        })
        .filter(Boolean)
        .sort((a, b) => a.index - b.index);
      return { section, label, members: bodyMembers.length, motions };
    }),
  );
  const sessionRequests = requests.map(([key, r]) => {
    const value = r.unwrap();
    return {
      collective: key.args[0].toNumber(),
      requestedBy: value.requestedBy.toString(),
      objective: value.objective.toHex(),
      expiresAt: value.expiresAt.toNumber(),
      motion: value.motion.isSome ? value.motion.unwrap().toNumber() : null,
    };
  });
  return { executive, executiveMembers: members.length, ordinary, extraordinary, bodies, sessionRequests, collectives };
}

/** The collectives' leaders, the renewal ballots and the open calls for leaders at `at`. */
export async function readLeadership(at) {
  const q = at.query;
  const [collectives, leaders, ballots, calls] = await Promise.all([
    readCollectives(at),
    readLeaders(at),
    q.leadershipElections.ballots.entries(),
    q.leadershipElections.openCalls.entries(),
  ]);
  const ballotOf = new Map(
    ballots.map(([key, b]) => {
      const v = b.unwrap();
      return [
        key.args[0].toString(),
        { collective: v.collective.toNumber(), votingEnd: v.votingEnd.toNumber(), voters: v.voters.toNumber(), status: v.status.type, termEnd: v.termEnd.toNumber() },
      ];
    }),
  );
  const rows = [...leaders.entries()]
    .flatMap(([collective, list]) => list.map((l) => ({ collective, ...l, ballot: ballotOf.get(l.who) ?? null })))
    .sort((a, b) => a.expiresAt - b.expiresAt);
  const openCalls = calls
    .map(([key, c]) => {
      const v = c.unwrap();
      return {
        collective: key.args[0].toNumber(),
        seats: v.seats.toNumber(),
        applicationsEnd: v.applicationsEnd.toNumber(),
        electionDeadline: v.electionDeadline.toNumber(),
        applicants: v.applications.map((a) => a.who.toString()),
      };
    })
    .sort((a, b) => a.collective - b.collective);
  return {
    collectives,
    rows,
    openCalls,
    window: at.consts.collectiveRegistry.renewalWindow.toNumber(),
    institutions: await readInstitutions(at, rows.map((r) => r.who)),
  };
}

/** The report obligations at `at`, with each one's last report. */
export async function readReports(at) {
  const [obligations, last, collectives] = await Promise.all([
    at.query.reports.obligations.entries(),
    at.query.reports.lastReports.entries(),
    readCollectives(at),
  ]);
  const key = (subject) => subject.toHex();
  const lastOf = new Map(last.map(([k, v]) => {
    const [document, block] = v.unwrap();
    return [key(k.args[0]), { document: document.toHex(), block: block.toNumber() }];
  }));
  const list = obligations.map(([k, v]) => {
    const o = v.unwrap();
    const subject = k.args[0];
    return {
      id: key(subject),
      kind: subject.type,
      value: subject.isSecretary || subject.isAdvisoryCouncil ? null : subject.value.type ?? subject.value.toString(),
      due: o.due.toNumber(),
      period: o.period.toNumber(),
      last: lastOf.get(key(subject)) ?? null,
    };
  });
  const accounts = list.filter((o) => ['Member', 'Leader', 'Warehouse'].includes(o.kind)).map((o) => o.value);
  return { list, collectives, institutions: await readInstitutions(at, accounts) };
}
