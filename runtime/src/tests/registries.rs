//! The public registries as the runtime wires them: who acts for each authority (an account
//! holding the authority's credential, issued through the identity pallet), the agencies of the
//! subsidy programs, the registrars shared by property and commerce, and the reporting duties.

use super::*;
use crate::{
	configs::{credentials, EnsureCredentialHolder, EnsurePropertyRegistrar, EnsureSubsidyAgency},
	DepositCertificates, DigitalIdentity, PropertyRegistry, ReforestationSubsidies, Reports,
};
use bmx_primitives::governance::ReportAnswerers;
use bmx_primitives::identity::{
	Adulthood, CredentialTypeId, Jurisdiction, MexicanState, OrganisationKey, Residency,
};
use frame_support::{assert_noop, traits::EnsureOrigin};
use sp_runtime::DispatchError;

const RENAPO: Sr25519Keyring = Sr25519Keyring::One;
const SAT: Sr25519Keyring = Sr25519Keyring::Two;
const CREDENTIALS_ISSUER: Sr25519Keyring = Sr25519Keyring::Ferdie;

fn guadalajara() -> Jurisdiction {
	Jurisdiction { state: MexicanState::Jalisco, municipality: 39 }
}

pub(super) fn account(seed: u8) -> AccountId {
	AccountId::from([seed; 32])
}

fn organisation(who: &AccountId) -> OrganisationKey {
	let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"org", who));
	assert_ok!(DigitalIdentity::verify_organisation(
		RuntimeOrigin::signed(SAT.to_account_id()),
		who.clone(),
		key,
		vec![who.clone()].try_into().expect("one representative"),
	));
	key
}

pub(super) fn person(who: &AccountId) {
	let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", who));
	assert_ok!(DigitalIdentity::verify_person(
		RuntimeOrigin::signed(RENAPO.to_account_id()),
		who.clone(),
		key,
		Residency::National(guadalajara()),
		Adulthood::Adult,
	));
}

pub(super) fn credential(who: &AccountId, credential: CredentialTypeId) {
	assert_ok!(DigitalIdentity::issue_credential(
		RuntimeOrigin::signed(CREDENTIALS_ISSUER.to_account_id()),
		who.clone(),
		credential,
		None,
	));
}

#[test]
fn the_founding_credential_types_name_the_registries_authorities() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(presets::CREDENTIAL_TYPES.len(), 12);
		assert_eq!(presets::CREDENTIAL_TYPES[credentials::NOTARY as usize], "notary public");
		assert_eq!(
			presets::CREDENTIAL_TYPES[credentials::SUBSIDY_AGENCY as usize],
			"subsidy program agency"
		);
		assert_eq!(
			presets::CREDENTIAL_TYPES[credentials::PROCUREMENT_OVERSIGHT as usize],
			"procurement oversight official"
		);
		assert_eq!(
			presets::CREDENTIAL_TYPES[credentials::SOCIAL_WITNESS as usize],
			"social witness"
		);
		assert_eq!(
			presets::CREDENTIAL_TYPES[credentials::ELECTORAL_OFFICIAL as usize],
			"electoral official"
		);
		// The credentials' issuer may issue every founding type, the last one included.
		let notary = account(1);
		person(&notary);
		credential(&notary, credentials::ELECTORAL_OFFICIAL);
	});
}

#[test]
fn only_a_holder_of_the_rucam_credential_authorises_warehouses_and_they_owe_inventories() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let economia = account(1);
		let warehouse = account(2);
		organisation(&economia);
		organisation(&warehouse);
		let authorisation = DocumentHash::repeat_byte(7);

		// Without the credential, a verified organisation is not the authority.
		assert_noop!(
			DepositCertificates::authorise_warehouse(
				RuntimeOrigin::signed(economia.clone()),
				warehouse.clone(),
				authorisation,
			),
			DispatchError::BadOrigin
		);
		credential(&economia, credentials::RUCAM_AUTHORITY);
		assert_eq!(
			EnsureCredentialHolder::<crate::configs::RucamAuthorityCredential>::try_origin(
				RuntimeOrigin::signed(economia.clone())
			)
			.ok(),
			Some(economia.clone())
		);
		assert_ok!(DepositCertificates::authorise_warehouse(
			RuntimeOrigin::signed(economia.clone()),
			warehouse.clone(),
			authorisation,
		));

		// The warehouse owes its inventory every 30 days, answered by its officers.
		let subject = ReportSubject::Warehouse(warehouse.clone());
		assert_eq!(
			<Reports as ReportObligations<AccountId, u32>>::due(&subject),
			Some(1 + crate::configs::InventoryReportPeriod::get())
		);
		let officer = account(3);
		person(&officer);
		credential(&officer, credentials::WAREHOUSE_OFFICER);
		assert_ok!(DepositCertificates::add_officer(
			RuntimeOrigin::signed(warehouse.clone()),
			warehouse.clone(),
			officer.clone(),
		));
		assert!(<Runtime as pallet_duty_reports::Config>::Answerers::answers_for(
			&subject, &officer
		));
		assert!(!<Runtime as pallet_duty_reports::Config>::Answerers::answers_for(
			&subject, &economia
		));
		assert_invariants();
	});
}

#[test]
fn a_subsidy_agency_is_a_verified_organisation_with_the_agency_credential() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		let conafor = account(1);
		let official = account(2);
		// A person holding the credential is not an agency: agencies are organisations.
		person(&official);
		credential(&official, credentials::SUBSIDY_AGENCY);
		assert!(EnsureSubsidyAgency::try_origin(RuntimeOrigin::signed(official)).is_err());
		// An organisation without it is not either.
		let key = organisation(&conafor);
		assert!(EnsureSubsidyAgency::try_origin(RuntimeOrigin::signed(conafor.clone())).is_err());
		credential(&conafor, credentials::SUBSIDY_AGENCY);
		// The agency is named by its organisation key, whatever account it signs with.
		assert_eq!(EnsureSubsidyAgency::try_origin(RuntimeOrigin::signed(conafor)).ok(), Some(key));
		assert!(EnsureSubsidyAgency::try_origin(RuntimeOrigin::root()).is_err());
	});
}

#[test]
fn the_registrars_of_the_property_offices_inscribe_the_acts_of_commerce() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		let direccion = account(1);
		let registrar = account(2);
		organisation(&direccion);
		person(&registrar);
		assert!(
			EnsurePropertyRegistrar::try_origin(RuntimeOrigin::signed(registrar.clone())).is_err()
		);
		assert_noop!(
			PropertyRegistry::accredit_office(
				RuntimeOrigin::signed(direccion.clone()),
				0,
				guadalajara()
			),
			DispatchError::BadOrigin
		);
		credential(&direccion, credentials::PROPERTY_REGISTRY_AUTHORITY);
		assert_ok!(PropertyRegistry::accredit_office(
			RuntimeOrigin::signed(direccion.clone()),
			0,
			guadalajara()
		));
		assert_ok!(PropertyRegistry::accredit_registrar(
			RuntimeOrigin::signed(direccion),
			0,
			registrar.clone()
		));
		assert_eq!(
			EnsurePropertyRegistrar::try_origin(RuntimeOrigin::signed(registrar.clone())).ok(),
			Some(registrar)
		);
		assert_invariants();
	});
}

/// The `d`-th (0 to 6) of seven valid H3 cells at the chain's resolution: the cell
/// `8a2a1072b59ffff` (base cell 21, not a pentagon) with its last digit set to `d`.
fn cell(d: u64) -> bmx_primitives::land::H3Cell {
	(0x08a2_a107_2b59_ffff & !(0x7 << 15)) | (d << 15)
}

#[test]
fn a_folio_and_a_subsidised_predio_on_the_same_land_are_found_by_cell() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let (direccion, registrar, catastro, owner) =
			(account(1), account(2), account(3), account(4));
		organisation(&direccion);
		credential(&direccion, credentials::PROPERTY_REGISTRY_AUTHORITY);
		organisation(&catastro);
		credential(&catastro, credentials::CADASTRAL_AUTHORITY);
		person(&registrar);
		person(&owner);
		assert_ok!(PropertyRegistry::accredit_office(
			RuntimeOrigin::signed(direccion.clone()),
			0,
			guadalajara()
		));
		assert_ok!(PropertyRegistry::accredit_registrar(
			RuntimeOrigin::signed(direccion),
			0,
			registrar.clone()
		));
		// The registry's folio on cells 0 to 2.
		let folio = pallet_property_registry::NextFolioId::<Runtime>::get();
		assert_ok!(PropertyRegistry::open_folio(
			RuntimeOrigin::signed(registrar),
			guadalajara(),
			30_000_000_000,
			vec![owner.clone()].try_into().expect("one owner"),
			sp_core::H256::repeat_byte(1),
		));
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::signed(catastro),
			folio,
			b"D65-0001".to_vec().try_into().expect("short key"),
			vec![cell(0), cell(1), cell(2)].try_into().expect("three cells"),
		));
		// The same land as a predio of the forestry registry, under its agrarian key, on
		// cells 2 and 3.
		let predio = pallet_reforestation_subsidies::NextPropertyId::<Runtime>::get();
		assert_ok!(ReforestationSubsidies::register_property(
			RuntimeOrigin::signed(owner.clone()),
			b"RAN-14-039-0001".to_vec().try_into().expect("short key"),
			guadalajara(),
			300,
			vec![owner].try_into().expect("one holder"),
			vec![cell(2), cell(3)].try_into().expect("two cells"),
		));
		// Both registries answer for cell 2; each only for its own other cells.
		assert_eq!(PropertyRegistry::folios_on_cell(cell(2), 0, 100), vec![folio]);
		assert_eq!(
			pallet_reforestation_subsidies::PropertiesOfCell::<Runtime>::get(cell(2)).into_inner(),
			vec![predio]
		);
		assert!(PropertyRegistry::folios_on_cell(cell(3), 0, 100).is_empty());
		assert!(
			pallet_reforestation_subsidies::PropertiesOfCell::<Runtime>::get(cell(0)).is_empty()
		);
		assert_invariants();
	});
}

/// The registries' calls whose weight grows with land are charged, before dispatch, for the
/// largest land their bounds allow: that worst case must fit one normal extrinsic, or the call
/// could never be included (the generated weights decide, not a timing).
#[test]
fn the_registries_worst_cases_fit_in_a_block() {
	use crate::configs::RuntimeBlockWeights;
	use frame_support::{dispatch::GetDispatchInfo, traits::Get, weights::Weight};
	use pallet_property_registry::WeightInfo as _;
	use pallet_reforestation_subsidies::WeightInfo as _;
	type Subsidies = pallet_reforestation_subsidies::weights::SubstrateWeight<Runtime>;
	type Registry = pallet_property_registry::weights::SubstrateWeight<Runtime>;
	let cells = <Runtime as pallet_reforestation_subsidies::Config>::MaxCellsPerProperty::get();
	let land = <Runtime as pallet_property_registry::Config>::MaxCells::get();
	let links = <Runtime as pallet_property_registry::Config>::MaxLinks::get();
	let limit = RuntimeBlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_extrinsic
		.expect("normal extrinsics are limited");
	// What a signed extrinsic adds to its call's weight: the base and the extensions.
	let base = RuntimeBlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.base_extrinsic;
	let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: AccountId::from([1; 32]).into(),
		value: 1,
	})
	.get_dispatch_info();
	let extensions = transfer.total_weight().saturating_sub(transfer.call_weight);
	let fits = |name: &str, weight: Weight| {
		let total = weight.saturating_add(base).saturating_add(extensions);
		assert!(
			total.all_lte(limit),
			"{name} at its worst case weighs {total:?}, over one extrinsic's limit {limit:?}"
		);
	};
	fits("approve_application", Subsidies::approve_application(cells));
	fits("reject_duplicate", Subsidies::reject_duplicate(cells));
	fits("register_property", Subsidies::register_property(cells));
	fits("remove_property", Subsidies::remove_property(cells));
	fits("record_verification", Subsidies::record_verification(cells));
	fits("link_cadastral_key", Registry::link_cadastral_key(land, land));
	fits("merge_folios", Registry::merge_folios(links, land));
	fits("subdivide_folio", Registry::subdivide_folio(links, land));
	fits("close_folio", Registry::close_folio(land));
}
