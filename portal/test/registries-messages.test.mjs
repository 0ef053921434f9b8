// The registries' texts (portal/src/i18n/messages/registries.js): both languages hold the same
// keys, prefixed by area, and every key the screens build from a chain value (an enum variant,
// a kind of paper, a role) exists for every value the pallets have.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en, es } from '../src/i18n/messages/registries.js';
import { VERIFY_KINDS } from '../src/pages/registries/helpers.js';

/** Every key a family `prefix` + `{value}` + `suffix` needs. */
const family = (prefix, values, suffix = '') => values.map((v) => `${prefix}${v}${suffix}`);

const BUILT = [
  ...family('verify.kind.', VERIFY_KINDS),
  ...family('verify.absent.', VERIFY_KINDS),
  ...family('verify.form.number.', VERIFY_KINDS.filter((k) => k !== 'deposito')),
  ...family('verify.deposit.state.', ['valid', 'pledged', 'expired', 'defaulted', 'withdrawn', 'sold']),
  ...family('verify.deposit.stateHelp.', ['valid', 'pledged', 'expired', 'defaulted', 'withdrawn', 'sold']),
  // WarehouseStatus, PledgeStatus, Act (deposit-certificates types.rs).
  ...family('verify.deposit.warehouseStatus.', ['Authorised', 'Suspended', 'Revoked']),
  ...family('verify.deposit.pledgeState.', ['Outstanding', 'DebtDeposited', 'Repaid', 'SettledBySale']),
  ...family('verify.deposit.act.', ['Issued', 'CertificateEndorsed', 'BonoPledged', 'BonoEndorsed',
    'RepaymentAcknowledged', 'DebtDeposited', 'GoodsWithdrawn', 'DefaultDeclared', 'GoodsSold']),
  ...family('verify.deposit.field.', ['depositor', 'officer', 'negotiable', 'from', 'to', 'debtor', 'creditor',
    'amount', 'interest', 'due', 'by', 'owed', 'receipt', 'quantity', 'remaining', 'proceeds', 'record']),
  ...family('registries.unit.', ['Kilogram', 'Tonne', 'Litre', 'Piece', 'Package']),
  ...family('registries.certificateStatus.', ['Live', 'InDefault', 'Delivered', 'Sold']),
  // EncumbranceKind, TransferKind, EntryStatus (property-registry types.rs).
  ...family('verify.folio.encumbrance.', ['Mortgage', 'Embargo', 'Easement']),
  ...family('verify.folio.transfer.', ['Purchase', 'Donation', 'Inheritance', 'Trust']),
  ...family('verify.folio.entryStatus.', ['Presented', 'Suspended', 'Inscribed', 'Denied', 'Lapsed']),
  // Concept, GrantStatus, ApplicationStatus (reforestation-subsidies types.rs).
  ...family('registries.concept.', ['Reforestation', 'SoilConservation', 'Maintenance', 'Protection']),
  ...family('verify.grant.status.', ['Active', 'Completed', 'Cancelled']),
  ...family('verify.application.state.', ['Pending', 'Approved', 'Rejected', 'RejectedAsDuplicate', 'Withdrawn']),
  ...family('verify.light.', ['idle', 'loading', 'starting', 'syncing', 'ready', 'failed']),
  ...family('registries.role.', ['officer', 'warehouse', 'holder', 'registrar', 'notary', 'agency', 'verifier']),
  ...family('registries.endorse.', ['certificate', 'bono', 'certificateLead', 'bonoLead']),
  ...['repayment', 'default'].flatMap((act) => family(`registries.${act}.`, ['title', 'lead', 'submit'])),
];

describe('the registries\' texts', () => {
  it('hold the same keys in both languages, all prefixed by area', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(es).sort());
    for (const key of Object.keys(es)) assert.match(key, /^(registries|verify)\./, key);
  });

  it('name every value a screen turns into a key', () => {
    const missing = BUILT.filter((key) => !(key in es));
    assert.deepEqual(missing, []);
  });
});
