// The certificados de depósito (RUCAM) day to day: the almacén general de depósito's officer
// issues certificates and records deposits of the debt and sales (remates); the almacén names and
// removes its officers; the holder of a certificate endorses it and withdraws goods, the holder of
// a bono de prenda pledges it, endorses it, acknowledges repayment and declares a default.
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { useI18n } from '../../i18n/index.js';
import { useChain, useFinalized } from '../../chain/api.js';
import { Account, BlockWhen, Field, InputError, Loaded, Select, TxButton } from '../../ui/components.jsx';
import { number as formatNumber, pesos } from '../../ui/format.js';
import { DataTable } from '../../ui/table.jsx';
import { ActForm, Check, DateField, DocumentField, JurisdictionField, needAccount, needFutureBlock, needHash, needJurisdiction, needPesos } from './fields.jsx';
import { depositState, parseHash, parseId, parseQuantity, targetNumber, verifyPath } from './helpers.js';

const UNITS = ['Kilogram', 'Tonne', 'Litre', 'Piece', 'Package'];

/** A lot's id: the hash typed, or blake2-256 of the warehouse's own lot key. */
export const lotId = (text) => parseHash(text) ?? (String(text).trim() ? blake2AsHex(stringToU8a(String(text).trim()), 256) : null);

/** "Done" with a link to verify the certificate. */
export function Done({ message, warehouse, folio }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <p class="ok-box" role="status" data-testid="act-done">
      {message}{' '}
      {warehouse && folio !== undefined && (
        <Link href={verifyPath({ kind: 'deposito', warehouse, folio })}>{t('registries.verifyLink')}</Link>
      )}
    </p>
  );
}

/** A warehouse's certificates, every page (the runtime API gives 100 at a time, in key order). */
async function certificatesOf(at, warehouse) {
  const all = [];
  let after = null;
  for (let page = 0; page < 50; page += 1) {
    const list = await at.call.depositCertificatesApi.certificatesOfWarehouse(warehouse, after, 100);
    all.push(...list);
    if (list.length < 100) break;
    after = list[list.length - 1].folio;
  }
  return all.sort((a, b) => (a.folio.toBigInt() < b.folio.toBigInt() ? -1 : 1));
}

export function OfficerScreen({ roles }) {
  const { t } = useI18n();
  const [warehouse, setWarehouse] = useState(roles.officerOf[0].address);
  const chosen = roles.officerOf.find((w) => w.address === warehouse) ?? roles.officerOf[0];
  const list = useFinalized((at) => certificatesOf(at, chosen.address), [chosen.address]);
  const nextFolio = list.value?.length ? list.value[list.value.length - 1].folio.toBigInt() + 1n : 1n;
  return (
    <section aria-labelledby="officer-title" data-testid="screen-officer">
      <h2 id="officer-title">{t('registries.role.officer')}</h2>
      {roles.officerOf.length > 1 ? (
        <Select label={t('registries.officer.warehouse')} value={chosen.address} onChange={setWarehouse} testId="officer-warehouse"
          options={roles.officerOf.map((w) => [w.address, w.address])} />
      ) : (
        <p>{t('registries.officer.warehouse')}: <Account address={chosen.address} /></p>
      )}
      {chosen.info.status.isSuspended && <p class="warning">{t('registries.officer.suspended')}</p>}
      <IssueCertificate warehouse={chosen.address} nextFolio={nextFolio} />
      <DepositDebt warehouse={chosen.address} />
      <RecordSale warehouse={chosen.address} />
      <h3 id="officer-list-title">{t('registries.officer.list')}</h3>
      <Loaded state={list}>
        {(certificates) => (
          <DataTable testId="officer-certificates" labelledBy="officer-list-title"
            columns={[t('verify.deposit.folio'), t('registries.officer.state'), { label: t('verify.deposit.quantity'), num: true },
              t('verify.deposit.holder'), t('verify.deposit.bonoHolder'), t('verify.deposit.expires')]}
            rows={certificates} empty={t('registries.officer.empty')}
            row={(c) => (
              <tr key={c.folio.toString()} data-folio={c.folio.toString()}>
                <td><Link href={verifyPath({ kind: 'deposito', warehouse: chosen.address, folio: c.folio.toBigInt() })}>{c.folio.toString()}</Link></td>
                <td>{t(`registries.certificateStatus.${c.status.type}`)}{c.encumbered.isTrue ? ` · ${t('registries.officer.encumbered')}` : ''}</td>
                <td class="num">{formatNumber(c.quantity.toBigInt())} {t(`registries.unit.${c.unit.type}`)}</td>
                <td><Account address={c.certificateHolder.toString()} /></td>
                <td>{c.bonoHolder.isSome ? <Account address={c.bonoHolder.unwrap().toString()} /> : '—'}</td>
                <td><BlockWhen block={c.expiresAt.toNumber()} /></td>
              </tr>
            )} />
        )}
      </Loaded>
    </section>
  );
}

/** Issue a certificado de depósito (with its bono de prenda when negotiable). */
function IssueCertificate({ warehouse, nextFolio }) {
  const { api, heads, info } = useChain();
  const { t } = useI18n();
  const sent = useRef(null);
  const [folio, setFolio] = useState('');
  const [depositor, setDepositor] = useState('');
  const [description, setDescription] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unit, setUnit] = useState('Tonne');
  const [lot, setLot] = useState('');
  const [value, setValue] = useState('');
  const [place, setPlace] = useState({ state: 'Jalisco', municipality: '' });
  const [insurance, setInsurance] = useState('');
  const [negotiable, setNegotiable] = useState(true);
  const [expires, setExpires] = useState('');
  const [done, setDone] = useState(null);
  const lotHash = lotId(lot);
  const maxDays = Math.floor((api.consts.depositCertificates.maxValidity.toNumber() * info.blockTimeMs) / 86_400_000);

  const build = async () => {
    const folioNumber = parseId(folio || nextFolio.toString());
    if (folioNumber === null) throw new InputError('registries.input.number', { field: t('registries.issue.folio') });
    const depositorAccount = needAccount(depositor, t('registries.issue.depositor'));
    const goods = {
      description: needHash(description, t('registries.issue.description')),
      quantity: parseQuantity(quantity),
      unit,
      lot: lotHash,
      declaredValue: needPesos(value, t('registries.issue.value')),
      location: needJurisdiction(place, t('registries.issue.location')),
      insurance: needHash(insurance, t('registries.issue.insurance')),
    };
    if (goods.quantity === null) throw new InputError('registries.input.quantity', { field: t('registries.issue.quantity') });
    if (!goods.lot) throw new InputError('registries.input.required', { field: t('registries.issue.lot') });
    const expiresAt = needFutureBlock(expires, t('registries.issue.expires'), heads, info);
    if (expiresAt > heads.best + api.consts.depositCertificates.maxValidity.toNumber()) {
      throw new InputError('registries.input.tooLate', { field: t('registries.issue.expires'), days: maxDays });
    }
    // What the chain would refuse, said before signing.
    const [taken, backed, person, organisation] = await Promise.all([
      api.query.depositCertificates.certificates(warehouse, folioNumber),
      api.query.depositCertificates.liveLots(goods.lot),
      api.query.digitalIdentity.persons(depositorAccount),
      api.query.digitalIdentity.organisations(depositorAccount),
    ]);
    if (taken.isSome) throw new InputError('registries.issue.folioTaken', { folio: folioNumber.toString() });
    if (backed.isSome) throw new InputError('registries.issue.lotBacked');
    if (person.isNone && organisation.isNone) throw new InputError('registries.input.notVerified', { field: t('registries.issue.depositor') });
    sent.current = folioNumber;
    return api.tx.depositCertificates.issueCertificate(warehouse, folioNumber, depositorAccount, goods, negotiable, expiresAt);
  };

  return (
    <ActForm title={t('registries.issue.title')} testId="form-issue" lead={t('registries.issue.lead')}>
      <Field label={t('registries.issue.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="issue-folio"
        placeholder={nextFolio.toString()} hint={t('registries.issue.folioHint', { next: nextFolio.toString() })} />
      <Field label={t('registries.issue.depositor')} value={depositor} onInput={setDepositor} testId="issue-depositor"
        hint={t('registries.accountHint')} autocomplete="off" spellcheck={false} />
      <DocumentField label={t('registries.issue.description')} value={description} onChange={setDescription} testId="issue-description"
        hint={t('registries.issue.descriptionHint')} />
      <Field label={t('registries.issue.quantity')} value={quantity} onInput={setQuantity} inputMode="numeric" testId="issue-quantity" />
      <Select label={t('registries.issue.unit')} value={unit} onChange={setUnit} testId="issue-unit"
        options={UNITS.map((u) => [u, t(`registries.unit.${u}`)])} />
      <Field label={t('registries.issue.lot')} value={lot} onInput={setLot} testId="issue-lot" autocomplete="off"
        hint={lotHash ? t('registries.issue.lotHash', { hash: lotHash }) : t('registries.issue.lotHint')} />
      <Field label={t('registries.issue.value')} value={value} onInput={setValue} inputMode="decimal" testId="issue-value"
        hint={t('registries.pesosHint')} />
      <JurisdictionField label={t('registries.issue.location')} value={place} onChange={setPlace} testId="issue-location" />
      <DocumentField label={t('registries.issue.insurance')} value={insurance} onChange={setInsurance} testId="issue-insurance" />
      <Check label={t('registries.issue.negotiable')} checked={negotiable} onChange={setNegotiable} testId="issue-negotiable"
        hint={t('registries.issue.negotiableHint')} />
      <DateField label={t('registries.issue.expires')} value={expires} onInput={setExpires} testId="issue-expires"
        hint={t('registries.issue.expiresHint', { days: maxDays })} />
      <TxButton build={build} testId="issue-submit"
        onDone={() => setDone({ folio: sent.current, message: t('registries.issue.done', { folio: sent.current.toString() }) })}>
        {t('registries.issue.submit')}
      </TxButton>
      {done && <Done message={done.message} warehouse={warehouse} folio={done.folio} />}
    </ActForm>
  );
}

/** Record that the debt (or part of it) was deposited with the warehouse for the bono's holder. */
function DepositDebt({ warehouse }) {
  const { api } = useChain();
  const { t } = useI18n();
  const sent = useRef(null);
  const [folio, setFolio] = useState('');
  const [amount, setAmount] = useState('');
  const [receipt, setReceipt] = useState('');
  const [done, setDone] = useState(null);
  const build = async () => {
    const f = parseId(folio);
    if (f === null) throw new InputError('registries.input.number', { field: t('registries.issue.folio') });
    const centavos = needPesos(amount, t('registries.deposit.amount'));
    const hash = needHash(receipt, t('registries.deposit.receipt'));
    const record = await api.query.depositCertificates.certificates(warehouse, f);
    if (record.isNone) throw new InputError('registries.input.noCertificate', { folio: f.toString() });
    const pledge = record.unwrap().pledge;
    if (pledge.isNone || !pledge.unwrap().status.isOutstanding) throw new InputError('registries.deposit.noPledge');
    const p = pledge.unwrap();
    const owed = p.terms.amount.toBigInt() + p.terms.interest.toBigInt() - p.deposited.toBigInt();
    if (centavos > owed) throw new InputError('registries.deposit.tooMuch', { owed: pesos(owed) });
    sent.current = f;
    return api.tx.depositCertificates.depositDebt(warehouse, f, centavos, hash);
  };
  return (
    <ActForm title={t('registries.deposit.title')} testId="form-deposit-debt" lead={t('registries.deposit.lead')}>
      <Field label={t('registries.issue.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="deposit-folio" />
      <Field label={t('registries.deposit.amount')} value={amount} onInput={setAmount} inputMode="decimal" testId="deposit-amount" hint={t('registries.pesosHint')} />
      <DocumentField label={t('registries.deposit.receipt')} value={receipt} onChange={setReceipt} testId="deposit-receipt" />
      <TxButton build={build} testId="deposit-submit" onDone={() => setDone({ folio: sent.current, message: t('registries.done') })}>
        {t('registries.deposit.submit')}
      </TxButton>
      {done && <Done message={done.message} warehouse={warehouse} folio={done.folio} />}
    </ActForm>
  );
}

/** Record the sale (remate) of goods in default. */
function RecordSale({ warehouse }) {
  const { api } = useChain();
  const { t } = useI18n();
  const sent = useRef(null);
  const [folio, setFolio] = useState('');
  const [proceeds, setProceeds] = useState('');
  const [record, setRecord] = useState('');
  const [done, setDone] = useState(null);
  const build = async () => {
    const f = parseId(folio);
    if (f === null) throw new InputError('registries.input.number', { field: t('registries.issue.folio') });
    const centavos = needPesos(proceeds, t('registries.sale.proceeds'), { allowZero: true });
    const hash = needHash(record, t('registries.sale.record'));
    const certificate = await api.query.depositCertificates.certificates(warehouse, f);
    if (certificate.isNone) throw new InputError('registries.input.noCertificate', { folio: f.toString() });
    if (!certificate.unwrap().status.isInDefault) throw new InputError('registries.sale.notInDefault');
    sent.current = f;
    return api.tx.depositCertificates.recordSale(warehouse, f, centavos, hash);
  };
  return (
    <ActForm title={t('registries.sale.title')} testId="form-record-sale" lead={t('registries.sale.lead')}>
      <Field label={t('registries.issue.folio')} value={folio} onInput={setFolio} inputMode="numeric" testId="sale-folio" />
      <Field label={t('registries.sale.proceeds')} value={proceeds} onInput={setProceeds} inputMode="decimal" testId="sale-proceeds" hint={t('registries.pesosHint')} />
      <DocumentField label={t('registries.sale.record')} value={record} onChange={setRecord} testId="sale-record" />
      <TxButton build={build} testId="sale-submit" onDone={() => setDone({ folio: sent.current, message: t('registries.done') })}>
        {t('registries.sale.submit')}
      </TxButton>
      {done && <Done message={done.message} warehouse={warehouse} folio={done.folio} />}
    </ActForm>
  );
}

/** The almacén itself (or its representative): names and removes its officers. */
export function WarehouseScreen({ roles }) {
  const { api } = useChain();
  const { t } = useI18n();
  const warehouse = roles.ownWarehouse.address;
  const [officer, setOfficer] = useState('');
  const [removed, setRemoved] = useState('');
  const [done, setDone] = useState(null);
  const officers = roles.ownWarehouse.info.officers.map(String);
  return (
    <section aria-labelledby="warehouse-title" data-testid="screen-warehouse">
      <h2 id="warehouse-title">{t('registries.role.warehouse')}</h2>
      <p>{t(`verify.deposit.warehouseStatus.${roles.ownWarehouse.info.status.type}`)}</p>
      <h3>{t('registries.warehouse.officers')}</h3>
      {officers.length ? <ul data-testid="warehouse-officers">{officers.map((o) => <li key={o}><Account address={o} /></li>)}</ul> : <p>{t('common.none')}</p>}
      <ActForm title={t('registries.warehouse.add')} testId="form-add-officer" lead={t('registries.warehouse.addLead')}>
        <Field label={t('registries.warehouse.officer')} value={officer} onInput={setOfficer} testId="add-officer" hint={t('registries.accountHint')} autocomplete="off" />
        <TxButton testId="add-officer-submit" onDone={() => setDone(t('registries.done'))}
          build={async () => {
            const who = needAccount(officer, t('registries.warehouse.officer'));
            const credential = await api.query.digitalIdentity.credentials(who, 2);
            if (credential.isNone) throw new InputError('registries.warehouse.noCredential');
            return api.tx.depositCertificates.addOfficer(warehouse, who);
          }}>
          {t('registries.warehouse.addSubmit')}
        </TxButton>
      </ActForm>
      {officers.length > 0 && (
        <ActForm title={t('registries.warehouse.remove')} testId="form-remove-officer">
          <Select label={t('registries.warehouse.officer')} value={removed || officers[0]} onChange={setRemoved} testId="remove-officer"
            options={officers.map((o) => [o, o])} />
          <TxButton testId="remove-officer-submit" onDone={() => setDone(t('registries.done'))}
            build={async () => api.tx.depositCertificates.removeOfficer(warehouse, removed || officers[0])}>
            {t('registries.warehouse.removeSubmit')}
          </TxButton>
        </ActForm>
      )}
      {done && <p class="ok-box" role="status">{done}</p>}
    </section>
  );
}

/** The holder of certificates and bonos: what each instrument's holder may do with it. */
export function HolderScreen({ roles, report }) {
  const { heads } = useChain();
  const { language, t } = useI18n();
  const keyOf = (h) => targetNumber({ kind: 'deposito', warehouse: h.warehouse, folio: h.folio });
  const [selected, setSelected] = useState(keyOf(roles.held[0]));
  const held = roles.held.find((h) => keyOf(h) === selected) ?? roles.held[0];
  const c = held.certificate;
  const state = depositState(c.toJSON(), heads.finalized);
  const pledge = c.pledge.isSome ? c.pledge.unwrap() : null;
  const unit = t(`registries.unit.${c.goods.unit.type}`);
  return (
    <section aria-labelledby="holder-title" data-testid="screen-holder">
      <h2 id="holder-title">{t('registries.role.holder')}</h2>
      <Select label={t('registries.holder.which')} value={keyOf(held)} onChange={setSelected} testId="holder-certificate"
        options={roles.held.map((h) => [keyOf(h), t('registries.holder.option', {
          folio: h.folio.toString(), warehouse: `${h.warehouse.slice(0, 8)}…`,
          as: [h.asHolder && t('registries.holder.asHolder'), h.asBonoHolder && t('registries.holder.asBonoHolder')].filter(Boolean).join(', '),
        })])} />
      <p data-testid="holder-summary">
        {t(`verify.deposit.state.${state}`)} · {formatNumber(c.goods.quantity.toBigInt(), language)} {unit}
        {pledge && ` · ${t('verify.deposit.loan')}: ${pesos(pledge.terms.amount.toBigInt(), language)}`}
        {' · '}<Link href={verifyPath({ kind: 'deposito', warehouse: held.warehouse, folio: held.folio })}>{t('registries.verifyLink')}</Link>
      </p>
      {held.asHolder && (
        <>
          <Endorse held={held} instrument="certificate" report={report} />
          <WithdrawGoods held={held} unit={unit} report={report} />
        </>
      )}
      {held.asBonoHolder && !pledge && <PledgeBono held={held} report={report} />}
      {held.asBonoHolder && pledge && pledge.status.isOutstanding && (
        <>
          <Endorse held={held} instrument="bono" report={report} />
          <SimpleAct held={held} act="repayment" report={report} call={(api) => api.tx.depositCertificates.acknowledgeRepayment(held.warehouse, held.folio)} />
          <SimpleAct held={held} act="default" report={report} call={(api) => {
            if (heads.best < pledge.terms.due.toNumber()) throw new InputError('registries.default.notDue', { block: pledge.terms.due.toNumber() });
            return api.tx.depositCertificates.declareDefault(held.warehouse, held.folio);
          }} />
        </>
      )}
    </section>
  );
}

/** Endorse the certificate or the (pledged) bono to a verified person or organisation. */
function Endorse({ held, instrument, report }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [to, setTo] = useState('');
  const build = async () => {
    const account = needAccount(to, t('registries.endorse.to'));
    const [person, organisation] = await Promise.all([
      api.query.digitalIdentity.persons(account), api.query.digitalIdentity.organisations(account),
    ]);
    if (person.isNone && organisation.isNone) throw new InputError('registries.input.notVerified', { field: t('registries.endorse.to') });
    return instrument === 'certificate'
      ? api.tx.depositCertificates.endorseCertificate(held.warehouse, held.folio, account)
      : api.tx.depositCertificates.endorseBono(held.warehouse, held.folio, account);
  };
  return (
    <ActForm title={t(`registries.endorse.${instrument}`)} testId={`form-endorse-${instrument}`} lead={t(`registries.endorse.${instrument}Lead`)}>
      <Field label={t('registries.endorse.to')} value={to} onInput={setTo} testId={`endorse-${instrument}-to`} hint={t('registries.accountHint')} autocomplete="off" />
      <TxButton build={build} testId={`endorse-${instrument}-submit`} onDone={() => report({ message: t('registries.actDone', { act: t(`registries.endorse.${instrument}`) }), warehouse: held.warehouse, folio: held.folio })}>{t('registries.endorse.submit')}</TxButton>
    </ActForm>
  );
}

/** Withdraw goods: all of them (the certificate is cancelled on delivery) or part. */
function WithdrawGoods({ held, unit, report }) {
  const { api } = useChain();
  const { t } = useI18n();
  const [quantity, setQuantity] = useState('');
  const c = held.certificate;
  const build = async () => {
    const q = parseQuantity(quantity);
    if (q === null) throw new InputError('registries.input.quantity', { field: t('registries.withdraw.quantity') });
    if (q > c.goods.quantity.toBigInt()) throw new InputError('registries.withdraw.tooMuch', { quantity: c.goods.quantity.toString(), unit });
    return api.tx.depositCertificates.withdrawGoods(held.warehouse, held.folio, q);
  };
  return (
    <ActForm title={t('registries.withdraw.title')} testId="form-withdraw" lead={t('registries.withdraw.lead', { quantity: c.goods.quantity.toString(), unit })}>
      <Field label={t('registries.withdraw.quantity')} value={quantity} onInput={setQuantity} inputMode="numeric" testId="withdraw-quantity" />
      <TxButton build={build} testId="withdraw-submit" onDone={() => report({ message: t('registries.actDone', { act: t('registries.withdraw.title') }), warehouse: held.warehouse, folio: held.folio })}>{t('registries.withdraw.submit')}</TxButton>
    </ActForm>
  );
}

/** Pledge the bono de prenda: its first endorsement to a creditor, with the loan's terms. */
function PledgeBono({ held, report }) {
  const { api, heads, info } = useChain();
  const { t } = useI18n();
  const [creditor, setCreditor] = useState('');
  const [amount, setAmount] = useState('');
  const [interest, setInterest] = useState('');
  const [due, setDue] = useState('');
  const [contract, setContract] = useState('');
  const expiresAt = held.certificate.expiresAt.toNumber();
  const build = async () => {
    const account = needAccount(creditor, t('registries.pledge.creditor'));
    const terms = {
      amount: needPesos(amount, t('registries.pledge.amount')),
      interest: needPesos(interest || '0', t('registries.pledge.interest'), { allowZero: true }),
      due: needFutureBlock(due, t('registries.pledge.due'), heads, info),
      contract: needHash(contract, t('registries.pledge.contract')),
    };
    if (terms.due > expiresAt) throw new InputError('registries.pledge.afterExpiry', { block: expiresAt });
    return api.tx.depositCertificates.pledgeBono(held.warehouse, held.folio, account, terms);
  };
  return (
    <ActForm title={t('registries.pledge.title')} testId="form-pledge" lead={t('registries.pledge.lead')}>
      <Field label={t('registries.pledge.creditor')} value={creditor} onInput={setCreditor} testId="pledge-creditor" hint={t('registries.accountHint')} autocomplete="off" />
      <Field label={t('registries.pledge.amount')} value={amount} onInput={setAmount} inputMode="decimal" testId="pledge-amount" hint={t('registries.pesosHint')} />
      <Field label={t('registries.pledge.interest')} value={interest} onInput={setInterest} inputMode="decimal" testId="pledge-interest" hint={t('registries.pesosHint')} />
      <DateField label={t('registries.pledge.due')} value={due} onInput={setDue} testId="pledge-due" />
      <DocumentField label={t('registries.pledge.contract')} value={contract} onChange={setContract} testId="pledge-contract" />
      <TxButton build={build} testId="pledge-submit" onDone={() => report({ message: t('registries.actDone', { act: t('registries.pledge.title') }), warehouse: held.warehouse, folio: held.folio })}>{t('registries.pledge.submit')}</TxButton>
    </ActForm>
  );
}

/** An act without fields (acknowledge repayment, declare default), with its explanation. */
function SimpleAct({ held, act, call, report }) {
  const { t } = useI18n();
  return (
    <ActForm title={t(`registries.${act}.title`)} testId={`form-${act}`} lead={t(`registries.${act}.lead`)}>
      <TxButton build={call} testId={`${act}-submit`} onDone={() => report({ message: t('registries.actDone', { act: t(`registries.${act}.title`) }), warehouse: held.warehouse, folio: held.folio })}>{t(`registries.${act}.submit`)}</TxButton>
    </ActForm>
  );
}

