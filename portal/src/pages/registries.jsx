// The registries' daily acts (with an account): one screen per role the acting account holds on
// chain — officer of an almacén general de depósito, the almacén itself, holder of certificados
// de depósito and bonos de prenda, registrar and notary of the registro público de la propiedad,
// administrator of a reforestation program and field verifier. Roles are read from finalized
// state: credentials (identity pallet), the warehouses' officers, the registry's registrars.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';
import { useFinalized } from '../chain/api.js';
import { useAccount } from '../chain/account-context.js';
import { Loaded } from '../ui/components.jsx';
import { credentialValid, sameAccount } from './registries/helpers.js';
import { Done, HolderScreen, OfficerScreen, WarehouseScreen } from './registries/warehouse.jsx';
import { NotaryScreen, RegistrarScreen } from './registries/property.jsx';
import { AgencyScreen, VerifierScreen } from './registries/subsidies.jsx';

/** The founding credential types that make a role (runtime/src/configs/registries/mod.rs). */
export const CREDENTIAL = {
  fieldVerifier: 1,
  warehouseOfficer: 2,
  notary: 3,
  orderingAuthority: 6,
  subsidyAgency: 8,
};

const ROLE_ORDER = ['officer', 'warehouse', 'holder', 'registrar', 'notary', 'agency', 'verifier'];

/** What `address` may do in the registries at block `at`. */
async function readRoles(at, address) {
  const types = Object.values(CREDENTIAL);
  const [credentials, registrar, organisation, now, warehouses, certificates] = await Promise.all([
    at.query.digitalIdentity.credentials.multi(types.map((type) => [address, type])),
    at.query.propertyRegistry.registrars(address),
    at.query.digitalIdentity.organisations(address),
    at.query.timestamp.now(),
    at.query.depositCertificates.warehouses.entries(),
    // Every certificate, to find the ones this account holds: fine for a registry of thousands;
    // a holder's index (or an indexer) would replace it at national scale.
    at.query.depositCertificates.certificates.entries(),
  ]);
  const valid = {};
  types.forEach((type, i) => {
    valid[type] = credentialValid(credentials[i].isSome ? credentials[i].unwrap().toJSON() : null, now.toNumber());
  });
  const officerOf = [];
  let ownWarehouse = null;
  for (const [key, record] of warehouses) {
    if (record.isNone) continue;
    const warehouse = key.args[0].toString();
    const info = record.unwrap();
    if (sameAccount(warehouse, address)) ownWarehouse = { address: warehouse, info };
    if (!info.status.isRevoked && info.officers.some((o) => sameAccount(o.toString(), address))) {
      officerOf.push({ address: warehouse, info });
    }
  }
  const held = [];
  for (const [key, record] of certificates) {
    if (record.isNone) continue;
    const c = record.unwrap();
    const holder = c.certificateHolders[c.certificateHolders.length - 1]?.toString();
    const bonoHolder = c.bonoHolders[c.bonoHolders.length - 1]?.toString();
    const asHolder = holder && sameAccount(holder, address);
    const asBonoHolder = bonoHolder && sameAccount(bonoHolder, address);
    if ((asHolder || asBonoHolder) && !c.status.isDelivered && !c.status.isSold) {
      held.push({ warehouse: key.args[0].toString(), folio: key.args[1].toBigInt(), certificate: c, asHolder, asBonoHolder });
    }
  }
  const roles = [];
  if (valid[CREDENTIAL.warehouseOfficer] && officerOf.length) roles.push('officer');
  if (ownWarehouse && !ownWarehouse.info.status.isRevoked) roles.push('warehouse');
  if (held.length) roles.push('holder');
  if (registrar.isSome) roles.push('registrar');
  if (valid[CREDENTIAL.notary] || valid[CREDENTIAL.orderingAuthority]) roles.push('notary');
  if (valid[CREDENTIAL.subsidyAgency] && organisation.isSome) roles.push('agency');
  if (valid[CREDENTIAL.fieldVerifier]) roles.push('verifier');
  return {
    roles: ROLE_ORDER.filter((role) => roles.includes(role)),
    officerOf,
    ownWarehouse,
    held,
    office: registrar.isSome ? registrar.unwrap().toNumber() : null,
    isNotary: valid[CREDENTIAL.notary],
    isOrderingAuthority: valid[CREDENTIAL.orderingAuthority],
    agencyKey: organisation.isSome ? organisation.unwrap().key.toHex() : null,
    // A credential without the post that uses it: said, so the person knows what is missing.
    officerWithoutWarehouse: valid[CREDENTIAL.warehouseOfficer] && officerOf.length === 0,
    agencyWithoutOrganisation: valid[CREDENTIAL.subsidyAgency] && organisation.isNone,
  };
}

export function Registries() {
  const { t } = useI18n();
  const { account } = useAccount();
  const address = account?.address ?? null;
  // Re-read at each finalized block, so a role granted (or an act done) shows up by itself.
  const state = useFinalized(async (at) => (address ? readRoles(at, address) : null), [address]);
  const [chosen, setChosen] = useState(null);
  // An act that changes the account's roles (the last certificate endorsed away) may take its
  // form off the screen: its confirmation stays here.
  const [lastDone, setLastDone] = useState(null);
  useEffect(() => {
    setChosen(null);
    setLastDone(null);
  }, [address]);

  return (
    <section aria-labelledby="registries-title">
      <h1 id="registries-title">{t('registries.title')}</h1>
      <p class="lead">{t('registries.lead')}</p>
      {!account ? (
        <p class="warning" data-testid="registries-no-account">{t('registries.needAccount')}</p>
      ) : (
        <Loaded state={state}>
          {(roles) => {
            if (!roles) return null;
            const role = roles.roles.includes(chosen) ? chosen : roles.roles[0];
            return (
              <>
                {lastDone && <Done {...lastDone} />}
                {roles.officerWithoutWarehouse && <p class="hint">{t('registries.roles.officerWithoutWarehouse')}</p>}
                {roles.agencyWithoutOrganisation && <p class="hint">{t('registries.roles.agencyWithoutOrganisation')}</p>}
                {roles.roles.length === 0 ? (
                  <div class="panel" data-testid="registries-no-role">
                    <p>{t('registries.roles.none')}</p>
                    <p class="hint">{t('registries.roles.howTo')}</p>
                  </div>
                ) : (
                  <>
                    <nav aria-label={t('registries.roles.label')} class="roles" data-testid="registries-roles">
                      <ul>
                        {roles.roles.map((r) => (
                          <li key={r}>
                            <button type="button" class={r === role ? '' : 'secondary'} aria-pressed={r === role}
                              onClick={() => setChosen(r)} data-testid={`role-${r}`}>
                              {t(`registries.role.${r}`)}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </nav>
                    <RoleScreen role={role} roles={roles} report={setLastDone} />
                  </>
                )}
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}

function RoleScreen({ role, roles, report }) {
  switch (role) {
    case 'officer': return <OfficerScreen roles={roles} />;
    case 'warehouse': return <WarehouseScreen roles={roles} />;
    case 'holder': return <HolderScreen roles={roles} report={report} />;
    case 'registrar': return <RegistrarScreen roles={roles} />;
    case 'notary': return <NotaryScreen roles={roles} />;
    case 'agency': return <AgencyScreen roles={roles} />;
    case 'verifier': return <VerifierScreen roles={roles} />;
    default: return null;
  }
}
