//! Test runtime: System and the deposit-certificates pallet, with identity stand-ins kept in
//! thread-local state.
//!
//! [`ExtBuilder::default`] starts at block 1 with:
//! - verified organisations [`WAREHOUSE`] (represented by [`REPRESENTATIVE`]),
//!   [`OTHER_WAREHOUSE`] and [`BANK`]; verified persons [`DEPOSITOR`], [`BUYER`], [`BUYER_2`],
//!   [`CREDITOR_2`]; [`UNVERIFIED`], who is neither;
//! - [`OFFICER`] and [`OTHER_OFFICER`] hold the warehouse-officer credential;
//!   [`NO_CREDENTIAL`] does not;
//! - [`WAREHOUSE`] authorised with [`OFFICER`] as its officer.
//!
//! The authority origin is Root. [`MockReports`] keeps the report obligations.

use crate as pallet_deposit_certificates;
use bmx_primitives::governance::{ReportObligations, ReportSubject};
use bmx_primitives::identity::{
	CredentialTypeId, CredentialsInspect, Jurisdiction, OrganisationKey, PersonKey, Residency,
	VerifiedOrganisations, VerifiedPersons,
};
use core::cell::RefCell;
use frame_support::{assert_ok, derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::BuildStorage;
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Certificates: pallet_deposit_certificates,
	}
);

/// An authorised warehouse (a verified organisation).
pub const WAREHOUSE: u64 = 1;
/// A verified organisation not yet a warehouse.
pub const OTHER_WAREHOUSE: u64 = 2;
/// A verified organisation: a lender.
pub const BANK: u64 = 3;
/// A representative of [`WAREHOUSE`].
pub const REPRESENTATIVE: u64 = 4;
/// An officer of [`WAREHOUSE`], with the credential.
pub const OFFICER: u64 = 10;
/// Holds the credential, officer of nobody.
pub const OTHER_OFFICER: u64 = 11;
/// A verified person without the credential.
pub const NO_CREDENTIAL: u64 = 12;
/// A verified person: deposits goods.
pub const DEPOSITOR: u64 = 20;
/// A verified person: buys the certificate.
pub const BUYER: u64 = 21;
/// A verified person: buys it next.
pub const BUYER_2: u64 = 22;
/// A verified person: takes the bono from [`BANK`].
pub const CREDITOR_2: u64 = 23;
/// Neither a verified person nor organisation.
pub const UNVERIFIED: u64 = 99;
/// The credential type of warehouse officers.
pub const OFFICER_CREDENTIAL: CredentialTypeId = 7;
/// The most officers of a warehouse.
pub const MAX_OFFICERS: u32 = 2;
/// The most holders of an instrument.
pub const MAX_HOLDERS: u32 = 4;
/// The most blocks between issue and expiry.
pub const MAX_VALIDITY: u64 = 1_000;
/// The most partial withdrawals (and partial deposits) of a certificate.
pub const MAX_WITHDRAWALS: u32 = 3;
/// The blocks between two inventory reports.
pub const REPORT_PERIOD: u64 = 100;

thread_local! {
	static PERSONS: RefCell<BTreeSet<u64>> = RefCell::new(BTreeSet::new());
	static ORGANISATIONS: RefCell<BTreeSet<u64>> = RefCell::new(BTreeSet::new());
	static REPRESENTATIVES: RefCell<BTreeSet<(u64, u64)>> = RefCell::new(BTreeSet::new());
	static CREDENTIALS: RefCell<BTreeSet<u64>> = RefCell::new(BTreeSet::new());
	static OBLIGATIONS: RefCell<BTreeMap<ReportSubject<u64>, u64>> = RefCell::new(BTreeMap::new());
}

/// The reports service's stand-in: the running obligations and their periods.
pub struct MockReports;

impl MockReports {
	/// The period of the running obligation of `subject`, if any.
	pub fn period(subject: &ReportSubject<u64>) -> Option<u64> {
		OBLIGATIONS.with(|o| o.borrow().get(subject).copied())
	}
}

impl ReportObligations<u64, u64> for MockReports {
	fn begin(subject: ReportSubject<u64>, period: u64) {
		OBLIGATIONS.with(|o| {
			o.borrow_mut().entry(subject).or_insert(period);
		});
	}
	fn end(subject: &ReportSubject<u64>) {
		OBLIGATIONS.with(|o| o.borrow_mut().remove(subject));
	}
	fn due(subject: &ReportSubject<u64>) -> Option<u64> {
		Self::period(subject)
	}
	fn begin_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
	fn end_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// The identity pallet's stand-in.
pub struct MockIdentity;

impl MockIdentity {
	/// Give `who` the officer credential.
	pub fn grant_credential(who: u64) {
		CREDENTIALS.with(|c| c.borrow_mut().insert(who));
	}

	/// Take away the officer credential of `who`.
	pub fn revoke_credential(who: u64) {
		CREDENTIALS.with(|c| c.borrow_mut().remove(&who));
	}
}

impl VerifiedPersons<u64> for MockIdentity {
	fn person_key(who: &u64) -> Option<PersonKey> {
		PERSONS.with(|p| p.borrow().contains(who)).then(|| H256::from_low_u64_be(*who))
	}
	fn residency_of(_who: &u64) -> Option<Residency> {
		None
	}
	fn jurisdiction_of(_who: &u64) -> Option<Jurisdiction> {
		None
	}
	fn is_adult(who: &u64) -> bool {
		Self::person_key(who).is_some()
	}
}

impl VerifiedOrganisations<u64> for MockIdentity {
	fn organisation_key(who: &u64) -> Option<OrganisationKey> {
		ORGANISATIONS
			.with(|o| o.borrow().contains(who))
			.then(|| H256::from_low_u64_be(*who))
	}
	fn is_representative(organisation: &u64, who: &u64) -> bool {
		REPRESENTATIVES.with(|r| r.borrow().contains(&(*organisation, *who)))
	}
}

impl CredentialsInspect<u64> for MockIdentity {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		credential_type == OFFICER_CREDENTIAL && CREDENTIALS.with(|c| c.borrow().contains(who))
	}
}

parameter_types! {
	pub const OfficerCredential: CredentialTypeId = OFFICER_CREDENTIAL;
	pub const MaxOfficers: u32 = MAX_OFFICERS;
	pub const MaxHolders: u32 = MAX_HOLDERS;
	pub const MaxValidity: u64 = MAX_VALIDITY;
	pub const MaxWithdrawals: u32 = MAX_WITHDRAWALS;
	pub const InventoryReportPeriod: u64 = REPORT_PERIOD;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_deposit_certificates::Config for Test {
	type AuthorityOrigin = EnsureRoot<u64>;
	type Persons = MockIdentity;
	type Organisations = MockIdentity;
	type Credentials = MockIdentity;
	type OfficerCredential = OfficerCredential;
	type MaxOfficers = MaxOfficers;
	type MaxHolders = MaxHolders;
	type MaxValidity = MaxValidity;
	type MaxWithdrawals = MaxWithdrawals;
	type Reports = MockReports;
	type InventoryReportPeriod = InventoryReportPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockIdentity;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockIdentity {
	fn verify_organisation(who: &u64) {
		ORGANISATIONS.with(|o| o.borrow_mut().insert(*who));
	}
	fn verify_person(who: &u64, _index: u32) {
		PERSONS.with(|p| p.borrow_mut().insert(*who));
	}
	fn add_representative(organisation: &u64, who: &u64) {
		REPRESENTATIVES.with(|r| r.borrow_mut().insert((*organisation, *who)));
	}
	fn issue_credential(who: &u64, credential_type: CredentialTypeId) {
		if credential_type == OFFICER_CREDENTIAL {
			Self::grant_credential(*who);
		}
	}
}

/// Builds test externalities: the identity stand-ins, block 1, the authorised warehouse.
pub struct ExtBuilder {
	/// Whether [`WAREHOUSE`] is authorised with [`OFFICER`] as its officer.
	warehouse: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { warehouse: true }
	}
}

impl ExtBuilder {
	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut ext = Self::identities();
		if !self.warehouse {
			return ext;
		}
		ext.execute_with(|| {
			assert_ok!(Certificates::authorise_warehouse(
				RuntimeOrigin::root(),
				WAREHOUSE,
				H256::repeat_byte(0xa0)
			));
			assert_ok!(Certificates::add_officer(
				RuntimeOrigin::signed(WAREHOUSE),
				WAREHOUSE,
				OFFICER
			));
		});
		ext
	}

	/// The identity stand-ins and block 1, with no warehouse (for the benchmarks).
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bare() -> sp_io::TestExternalities {
		Self { warehouse: false }.build()
	}

	/// The identity stand-ins and block 1.
	fn identities() -> sp_io::TestExternalities {
		PERSONS.with(|p| {
			*p.borrow_mut() =
				[NO_CREDENTIAL, OFFICER, OTHER_OFFICER, DEPOSITOR, BUYER, BUYER_2, CREDITOR_2]
					.into_iter()
					.collect()
		});
		ORGANISATIONS
			.with(|o| *o.borrow_mut() = [WAREHOUSE, OTHER_WAREHOUSE, BANK].into_iter().collect());
		REPRESENTATIVES
			.with(|r| *r.borrow_mut() = [(WAREHOUSE, REPRESENTATIVE)].into_iter().collect());
		CREDENTIALS.with(|c| *c.borrow_mut() = [OFFICER, OTHER_OFFICER].into_iter().collect());
		OBLIGATIONS.with(|o| o.borrow_mut().clear());
		let storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Certificates::do_try_state().expect("invariants hold after the test");
		});
	}
}
