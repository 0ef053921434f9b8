//! Test runtime: System and reforestation subsidies, with stand-ins for the identity pallet.
//!
//! - Program administrators: [`CONAFOR_ADMIN`] acts for agency [`CONAFOR`], [`SEMARNAT_ADMIN`]
//!   for agency [`SEMARNAT`]; any other origin is refused.
//! - Verified persons: accounts 10 to 19 ([`OWNER_A`], [`OWNER_B`]); [`OWNER_A_NEW`] is another
//!   account of the person [`OWNER_A`] (the same person key), [`VERIFYING_OWNER_OTHER`] another
//!   account of [`VERIFYING_OWNER`]; verified organisations:
//!   20 to 29 ([`EJIDO`]); field verifiers: [`VERIFIER`] (and [`VERIFYING_OWNER`], a verified
//!   person who also holds the credential); [`OUTSIDER`] is none of these.
//! - Cells at resolution [`RESOLUTION`], made by [`cell`].

use crate as pallet_reforestation_subsidies;
use bmx_primitives::identity::{
	CredentialTypeId, CredentialsInspect, OrganisationKey, PersonKey, Residency,
	VerifiedOrganisations, VerifiedPersons,
};
use frame_support::{derive_impl, parameter_types, traits::EnsureOrigin};
use sp_core::H256;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Subsidies: pallet_reforestation_subsidies,
	}
);

/// The agency id of CONAFOR.
pub const CONAFOR: crate::AgencyId = H256([1; 32]);
/// The agency id of SEMARNAT.
pub const SEMARNAT: crate::AgencyId = H256([2; 32]);
/// CONAFOR's program administrator.
pub const CONAFOR_ADMIN: u64 = 1;
/// SEMARNAT's program administrator.
pub const SEMARNAT_ADMIN: u64 = 2;
/// A verified small owner.
pub const OWNER_A: u64 = 10;
/// Another verified small owner.
pub const OWNER_B: u64 = 11;
/// A verified person who also holds the field-verifier credential.
pub const VERIFYING_OWNER: u64 = 12;
/// A new account of the person of [`OWNER_A`]: the same person key.
pub const OWNER_A_NEW: u64 = 19;
/// Another account of the person of [`VERIFYING_OWNER`], without the credential.
pub const VERIFYING_OWNER_OTHER: u64 = 18;
/// A verified organisation: an ejido.
pub const EJIDO: u64 = 20;
/// A field verifier.
pub const VERIFIER: u64 = 30;
/// Nobody in particular.
pub const OUTSIDER: u64 = 99;
/// The credential type of field verifiers.
pub const FIELD_VERIFIER: CredentialTypeId = 7;
/// The H3 resolution of the chain.
pub const RESOLUTION: u8 = bmx_primitives::land::CELL_RESOLUTION;

/// A valid H3 cell at [`RESOLUTION`], a different one for each `n` below 7¹⁰.
pub fn cell(n: u32) -> u64 {
	let mut index: u64 = (1u64 << 59) | (u64::from(RESOLUTION) << 52) | (20u64 << 45);
	let mut rest = u64::from(n);
	for r in 1..=15u64 {
		let digit = if r <= u64::from(RESOLUTION) {
			let d = rest % 7;
			rest /= 7;
			d
		} else {
			7
		};
		index |= digit << ((15 - r) * 3);
	}
	index
}

std::thread_local! {
	/// Accounts the benchmarks made verified persons.
	static EXTRA_PERSONS: core::cell::RefCell<Vec<u64>> = const { core::cell::RefCell::new(Vec::new()) };
	/// Accounts the benchmarks made field verifiers.
	static EXTRA_VERIFIERS: core::cell::RefCell<Vec<u64>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Verified persons: 10 to 19, and those the benchmarks add.
pub struct MockPersons;
impl VerifiedPersons<u64> for MockPersons {
	fn person_key(who: &u64) -> Option<PersonKey> {
		let person = match *who {
			OWNER_A_NEW => OWNER_A,
			VERIFYING_OWNER_OTHER => VERIFYING_OWNER,
			other => other,
		};
		((10..20).contains(who) || EXTRA_PERSONS.with(|p| p.borrow().contains(who)))
			.then(|| H256::from_low_u64_be(person))
	}
	fn residency_of(_who: &u64) -> Option<Residency> {
		None
	}
	fn jurisdiction_of(_who: &u64) -> Option<bmx_primitives::identity::Jurisdiction> {
		None
	}
	fn is_adult(who: &u64) -> bool {
		(10..20).contains(who)
	}
}

/// Verified organisations: 20 to 29.
pub struct MockOrganisations;
impl VerifiedOrganisations<u64> for MockOrganisations {
	fn organisation_key(who: &u64) -> Option<OrganisationKey> {
		(20..30).contains(who).then(|| H256::from_low_u64_be(*who))
	}
	fn is_representative(_organisation: &u64, _who: &u64) -> bool {
		false
	}
}

/// Field verifiers: [`VERIFIER`] and [`VERIFYING_OWNER`].
pub struct MockCredentials;
impl CredentialsInspect<u64> for MockCredentials {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		credential_type == FIELD_VERIFIER
			&& (*who == VERIFIER
				|| *who == VERIFYING_OWNER
				|| EXTRA_VERIFIERS.with(|v| v.borrow().contains(who)))
	}
}

/// Adds verified persons and field verifiers for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkSetup;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for BenchmarkSetup {
	fn verify_person(who: &u64) {
		EXTRA_PERSONS.with(|p| p.borrow_mut().push(*who));
	}
	fn make_field_verifier(who: &u64) {
		EXTRA_VERIFIERS.with(|v| v.borrow_mut().push(*who));
	}
}

/// Signed by [`CONAFOR_ADMIN`] or [`SEMARNAT_ADMIN`], acting for their agency.
pub struct MockAdmins;
impl EnsureOrigin<RuntimeOrigin> for MockAdmins {
	type Success = crate::AgencyId;
	fn try_origin(o: RuntimeOrigin) -> Result<crate::AgencyId, RuntimeOrigin> {
		match o.clone().into() {
			Ok(frame_system::RawOrigin::Signed(CONAFOR_ADMIN)) => Ok(CONAFOR),
			Ok(frame_system::RawOrigin::Signed(SEMARNAT_ADMIN)) => Ok(SEMARNAT),
			_ => Err(o),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::signed(CONAFOR_ADMIN))
	}
}

parameter_types! {
	pub const FieldVerifierCredential: CredentialTypeId = FIELD_VERIFIER;
	pub const MaxConcepts: u32 = 4;
	pub const MaxJurisdictions: u32 = 8;
	pub const MaxTranches: u32 = 3;
	pub const MaxKeyLen: u32 = 32;
	pub const MaxHolders: u32 = 4;
	pub const MaxCellsPerProperty: u32 = 16;
	pub const MaxPropertiesPerCell: u32 = 3;
	pub const MaxRecordsPerProperty: u32 = 8;
	pub const MaxGrantsPerBeneficiary: u32 = 8;
	pub const MaxGrantsPerProgram: u32 = 16;
	pub const MaxVerificationsPerGrant: u32 = 4;
	pub const MaintenanceReportPeriod: u64 = 100;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_reforestation_subsidies::Config for Test {
	type AdminOrigin = MockAdmins;
	type Persons = MockPersons;
	type Organisations = MockOrganisations;
	type Credentials = MockCredentials;
	type FieldVerifierCredential = FieldVerifierCredential;
	type MaxConcepts = MaxConcepts;
	type MaxJurisdictions = MaxJurisdictions;
	type MaxTranches = MaxTranches;
	type MaxKeyLen = MaxKeyLen;
	type MaxHolders = MaxHolders;
	type MaxCellsPerProperty = MaxCellsPerProperty;
	type MaxPropertiesPerCell = MaxPropertiesPerCell;
	type MaxRecordsPerProperty = MaxRecordsPerProperty;
	type MaxGrantsPerBeneficiary = MaxGrantsPerBeneficiary;
	type MaxGrantsPerProgram = MaxGrantsPerProgram;
	type MaxVerificationsPerGrant = MaxVerificationsPerGrant;
	type Reports = bmx_primitives::mock::MockReports<Test>;
	type MaintenanceReportPeriod = MaintenanceReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkSetup;
}

/// Builds the test state: block 1, nothing registered.
#[derive(Default)]
pub struct ExtBuilder {}

impl ExtBuilder {
	/// The externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Subsidies::do_try_state().expect("invariants hold");
		})
	}
}
