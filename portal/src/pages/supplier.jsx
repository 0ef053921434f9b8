// The supplier's desk: register in the supplier registry, ask in the junta de aclaraciones,
// place a sealed bid (the commitment and salt made in the browser, the bid file kept by the
// supplier), reveal it from that file, file a complaint against the award, and sign the
// contract with its e.firma, in the browser.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { decodeTender } from '@ocds/chain.mjs';
import { useI18n } from '../i18n/index.js';
import { useChain, useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { Field, InputError, Loaded, TxButton } from '../ui/components.jsx';
import { DocumentPicker } from '../ui/document.jsx';
import { offerFile } from '../ui/download.js';
import { ContractSigning } from '../ui/efirma-sign.jsx';
import { parsePesos, pesos } from '../ui/format.js';
import { phaseOf } from '../tenders/phases.js';
import { bidCommitment, bidFile, newSalt, readBidFile } from '../tenders/bid.js';

/** The supplier record of `address` and the tenders it may act on now. */
async function desk(at, address, now) {
  const [supplier, entries] = await Promise.all([at.query.tenders.suppliers(address), at.query.tenders.tenders.entries()]);
  const tenders = await Promise.all(
    entries
      .map(([key, value]) => ({ id: key.args[0].toNumber(), tender: decodeTender(value.unwrap()) }))
      .filter(({ tender }) => tender.status !== 'Draft')
      .map(async (entry) => {
        const [bids, contract, complaints] = await Promise.all([
          at.query.tenders.bids(entry.id), at.query.tenders.contracts(entry.id), at.query.tenders.complaints(entry.id),
        ]);
        const mine = bids.find((b) => b.bidder.toString() === address);
        return {
          ...entry,
          phase: phaseOf(entry.tender, now),
          bid: mine ? { commitment: mine.commitment.toHex(), revealed: mine.offer.isSome } : null,
          contract: contract.isSome && contract.unwrap().supplier.toString() === address ? contract.unwrap() : null,
          // One complaint per bidder: once filed, the desk says where it stands instead of the form.
          complaint: complaints.find((c) => c.complainant.toString() === address)?.status.type ?? null,
        };
      }),
  );
  return {
    supplier: supplier.isSome ? supplier.unwrap() : null,
    tenders: tenders.sort((a, b) => b.id - a.id),
  };
}

export function Supplier() {
  const { t } = useI18n();
  const { account } = useAccount();
  const state = useFinalized((at, heads) => (account ? desk(at, account.address, heads.finalized) : null), [account?.address]);
  return (
    <section>
      <h1>{t('supplier.title')}</h1>
      {!account ? <p>{t('tx.needAccount')}</p> : (
        <Loaded state={state}>
          {(desk) => desk && (
            <>
              <Registration supplier={desk.supplier} onDone={state.reload} />
              {desk.supplier?.status.isApproved && (
                <>
                  <h2>{t('supplier.tenders')}</h2>
                  {desk.tenders.filter(actionable).length === 0 && <p>{t('supplier.nothingToDo')}</p>}
                  {desk.tenders.filter(actionable).map((entry) => <SupplierTender key={entry.id} entry={entry} onDone={state.reload} />)}
                </>
              )}
            </>
          )}
        </Loaded>
      )}
    </section>
  );
}

/** Whether the supplier can do something on the tender now. */
function actionable({ phase, bid, contract }) {
  if (['enquiries', 'bidding'].includes(phase)) return true;
  if (phase === 'reveal' && bid && !bid.revealed) return true;
  if (phase === 'complaints' && bid) return true;
  return Boolean(contract?.status.isDrafted && !contract.supplierSigned.isTrue);
}

function Registration({ supplier, onDone }) {
  const { t } = useI18n();
  const [document, setDocument] = useState('');
  if (supplier) {
    const status = supplier.status.type;
    return (
      <p data-testid="supplier-status">
        {t('supplier.status')}: <span class={`badge ${status === 'Approved' ? 'ok' : status === 'Rejected' ? 'bad' : ''}`}>{t(`supplier.status.${status}`)}</span>
        {status === 'Pending' && ` ${t('supplier.pendingHint')}`}
      </p>
    );
  }
  const build = (api) => {
    if (!document) throw new InputError('supplier.error.registration');
    return api.tx.tenders.registerSupplier(document);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid="register-supplier">
      <h2>{t('supplier.register')}</h2>
      <p>{t('supplier.registerHint')}</p>
      <DocumentPicker label={t('supplier.registrationFile')} hash={document} onHash={setDocument} testId="supplier-file" />
      <TxButton build={build} onDone={onDone} testId="register-supplier-send">{t('supplier.registerSend')}</TxButton>
    </form>
  );
}

function SupplierTender({ entry, onDone }) {
  const { t, language } = useI18n();
  const { id, tender, phase, bid, contract, complaint } = entry;
  return (
    <div class="panel" data-testid={`supplier-tender-${id}`}>
      <h3><Link href={`/licitaciones/${id}`}>{t('tender.heading', { id, title: tender.title })}</Link></h3>
      <p>{t(`tenders.phase.${phase}`)} · {pesos(tender.budget, language)}</p>
      {phase === 'enquiries' && <Ask id={id} onDone={onDone} />}
      {phase === 'bidding' && !bid && <SealedBid entry={entry} onDone={onDone} />}
      {phase === 'bidding' && bid && (
        <>
          <p class="ok-box" data-testid={`bid-placed-${id}`}>{t('supplier.bidPlaced')}</p>
          <TxButton build={(api) => api.tx.tenders.withdrawBid(id)} onDone={onDone} testId={`withdraw-${id}`}>{t('supplier.withdraw')}</TxButton>
        </>
      )}
      {phase === 'reveal' && bid && !bid.revealed && <Reveal entry={entry} onDone={onDone} />}
      {phase === 'complaints' && bid && (complaint ? (
        <p class="ok-box" data-testid={`complaint-${id}-filed`} data-status={complaint}>
          {t('supplier.complaintFiled', { status: t(`tender.complaint.${complaint}`) })}
        </p>
      ) : <Complaint id={id} onDone={onDone} />)}
      {contract?.status.isDrafted && !contract.supplierSigned.isTrue && (
        <ContractSigning tenderId={id} contract={contract} onDone={onDone} testId={`supplier-sign-${id}`} heading="h4" />
      )}
    </div>
  );
}

function Ask({ id, onDone }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const build = (api) => {
    if (!question) throw new InputError('supplier.error.question');
    return api.tx.tenders.askQuestion(id, question);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <DocumentPicker label={t('supplier.question')} hash={question} onHash={setQuestion} testId={`ask-${id}-file`} />
      <TxButton build={build} onDone={onDone} testId={`ask-${id}`}>{t('supplier.ask')}</TxButton>
    </form>
  );
}

/** Offers the bid file for download: the only way to reveal the bid later. */
function download(name, content) {
  offerFile(name, JSON.stringify(content, null, 2), 'application/json');
}

function SealedBid({ entry, onDone }) {
  const { t, language } = useI18n();
  const { api } = useChain();
  const { account } = useAccount();
  const { id, tender } = entry;
  const [offers, setOffers] = useState(() => tender.partidas.map(() => ''));
  const [proposal, setProposal] = useState('');
  const [prepared, setPrepared] = useState(null);
  const [kept, setKept] = useState(false);
  const [error, setError] = useState(null);
  const amounts = offers.map(parsePesos);
  const total = amounts.every((a) => a != null) ? amounts.reduce((a, b) => a + b, 0n) : null;

  const prepare = (event) => {
    event.preventDefault();
    setError(null);
    if (amounts.some((a) => a == null || a === 0n)) return setError('supplier.error.offers');
    if (!proposal) return setError('supplier.error.proposal');
    const bid = { tenderId: id, bidder: account.address, price: total, partidaOffers: amounts, proposal, salt: newSalt() };
    const commitment = bidCommitment(api.registry, bid);
    const file = bidFile(api.genesisHash.toHex(), bid, commitment);
    setPrepared({ commitment, file });
    setKept(false);
    download(`propuesta-licitacion-${id}.json`, file);
  };
  const build = (txApi) => {
    if (!prepared) throw new InputError('supplier.error.prepare');
    if (!kept) throw new InputError('supplier.error.kept');
    return txApi.tx.tenders.submitBid(id, prepared.commitment);
  };
  return (
    <form onSubmit={prepare} data-testid={`bid-${id}`}>
      <h4>{t('supplier.sealedBid')}</h4>
      {tender.partidas.map((p, i) => (
        <Field key={i} label={t('supplier.offerN', { n: i + 1, cucop: p.cucop, quantity: p.quantity, unit: p.unit })} value={offers[i]}
          onInput={(v) => { setOffers((o) => o.map((x, k) => (k === i ? v : x))); setPrepared(null); }} inputMode="decimal" testId={`bid-${id}-offer-${i}`} />
      ))}
      <p data-testid={`bid-${id}-total`}>{t('supplier.total')}: {total != null ? pesos(total, language) : '—'}</p>
      <DocumentPicker label={t('tender.proposal')} hash={proposal} onHash={(h) => { setProposal(h); setPrepared(null); }} testId={`bid-${id}-proposal`} />
      <button type="submit" class="secondary" data-testid={`bid-${id}-prepare`}>{t('supplier.prepare')}</button>
      {error && <p class="error-box" role="alert">{t(error)}</p>}
      {prepared && (
        <div class="warning" role="status">
          <p>{t('supplier.keepWarning')}</p>
          <button type="button" class="secondary" onClick={() => download(`propuesta-licitacion-${id}.json`, prepared.file)}>{t('supplier.downloadAgain')}</button>
          <label class="check">
            <input type="checkbox" checked={kept} onChange={(e) => setKept(e.currentTarget.checked)} data-testid={`bid-${id}-kept`} />
            {' '}{t('supplier.kept')}
          </label>
        </div>
      )}
      <TxButton build={build} onDone={onDone} disabled={!prepared || !kept} testId={`bid-${id}-send`}>{t('supplier.submitBid')}</TxButton>
    </form>
  );
}

function Reveal({ entry, onDone }) {
  const { t, language } = useI18n();
  const { api } = useChain();
  const { account } = useAccount();
  const { id, bid: placed } = entry;
  const [bid, setBid] = useState(null);
  const [error, setError] = useState(null);
  const load = async (event) => {
    setError(null);
    setBid(null);
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    try {
      const read = readBidFile(api.registry, api.genesisHash.toHex(), await file.text());
      if (read.tenderId !== id || read.bidder !== account.address) return setError('supplier.error.otherBid');
      if (read.commitment !== placed.commitment) return setError('supplier.error.notThisBid');
      setBid(read);
    } catch (err) {
      setError(`supplier.error.file.${err.reason ?? 'format'}`);
    }
  };
  const build = (txApi) => {
    if (!bid) throw new InputError('supplier.error.noFile');
    return txApi.tx.tenders.revealBid(id, bid.price, bid.partidaOffers, bid.proposal, bid.salt);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid={`reveal-${id}`}>
      <h4>{t('supplier.reveal')}</h4>
      <div class="field">
        <label for={`reveal-${id}-file`}>{t('supplier.bidFile')}</label>
        <input id={`reveal-${id}-file`} type="file" accept="application/json,.json" onChange={load} data-testid={`reveal-${id}-file`} />
      </div>
      {error && <p class="error-box" role="alert">{t(error)}</p>}
      {bid && <p class="ok-box" data-testid={`reveal-${id}-ready`}>{t('supplier.revealReady', { price: pesos(bid.price, language) })}</p>}
      <TxButton build={build} onDone={onDone} disabled={!bid} testId={`reveal-${id}-send`}>{t('supplier.revealSend')}</TxButton>
    </form>
  );
}

function Complaint({ id, onDone }) {
  const { t } = useI18n();
  const [document, setDocument] = useState('');
  const build = (api) => {
    if (!document) throw new InputError('supplier.error.complaint');
    return api.tx.tenders.fileComplaint(id, document);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <DocumentPicker label={t('supplier.complaint')} hash={document} onHash={setDocument} testId={`complaint-${id}-file`} />
      <TxButton build={build} onDone={onDone} testId={`complaint-${id}`}>{t('supplier.fileComplaint')}</TxButton>
    </form>
  );
}
