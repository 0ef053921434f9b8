//! Test runtime: System and the property registry.
//!
//! [`ExtBuilder::default`] starts at block 1 with:
//! - office 0 (seat Guadalajara, Jalisco) with registrar [`REGISTRAR`], and office 1 (seat
//!   Zapopan) with registrar [`OTHER_REGISTRAR`];
//! - notaries [`NOTARY`] and [`OTHER_NOTARY`] and the authority [`AUTHORITY`] (credentials in
//!   [`MockCredentials`]); [`ANYONE`] holds nothing;
//! - the verified persons [`SELLER`], [`BUYER`], [`CREDITOR`] and the verified organisation
//!   [`BANK`] (in [`MockIdentity`]); [`UNVERIFIED`] is neither; party keys are
//!   [`party`]`(account)`;
//! - folio 0 in office 0, owned by [`SELLER`], no encumbrances, linked to cadastral key
//!   `b"D65-001"` and the land `[test_cell(0), test_cell(1)]`; at most 4 cells a folio.
//!
//! The registry origin and the cadastral origin are Root. No notice, no entry.

use crate as pallet_property_registry;
use crate::{OwnerAccountsOf, OwnersOf, PartyKey};
use bmx_primitives::identity::{
	CredentialTypeId, CredentialsInspect, Jurisdiction, MexicanState, OrganisationKey, PersonKey,
	Residency, VerifiedOrganisations, VerifiedPersons,
};
use core::cell::RefCell;
use frame_support::{assert_ok, derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::BuildStorage;
use std::collections::BTreeSet;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		PropertyRegistry: pallet_property_registry,
	}
);

/// The registrar of office 0.
pub const REGISTRAR: u64 = 1;
/// The registrar of office 1.
pub const OTHER_REGISTRAR: u64 = 2;
/// A notario público.
pub const NOTARY: u64 = 10;
/// Another notario público.
pub const OTHER_NOTARY: u64 = 11;
/// A court: an authority that presents embargo orders.
pub const AUTHORITY: u64 = 20;
/// An account with no credential and no accreditation.
pub const ANYONE: u64 = 99;
/// The notary credential type.
pub const NOTARY_CREDENTIAL: CredentialTypeId = 1;
/// The authority credential type.
pub const AUTHORITY_CREDENTIAL: CredentialTypeId = 2;
/// Blocks a notice lives.
pub const NOTICE_PERIOD: u64 = 10;
/// Blocks to correct a suspended entry.
pub const CORRECTION_PERIOD: u64 = 5;
/// The most pending entries per folio.
pub const MAX_PENDING: u32 = 3;
/// The most live encumbrances per folio.
pub const MAX_ENCUMBRANCES: u32 = 2;

/// The owner of folio 0 at genesis: a verified person.
pub const SELLER: u64 = 101;
/// A buyer: a verified person.
pub const BUYER: u64 = 102;
/// A bank, a mortgage creditor: a verified organisation.
pub const BANK: u64 = 103;
/// A creditor who obtains an embargo: a verified person.
pub const CREDITOR: u64 = 104;
/// An account that is neither a verified person nor a verified organisation.
pub const UNVERIFIED: u64 = 105;

/// The party key of a verified account in this mock.
pub fn party(account: u64) -> PartyKey {
	H256::from_low_u64_be(account)
}

/// The party keys of verified accounts.
pub fn parties(accounts: &[u64]) -> Vec<PartyKey> {
	accounts.iter().copied().map(party).collect()
}

/// Guadalajara, Jalisco (INEGI 14039).
pub const GUADALAJARA: Jurisdiction =
	Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
/// Zapopan, Jalisco (INEGI 14120).
pub const ZAPOPAN: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };

parameter_types! {
	pub const NotaryCredential: CredentialTypeId = NOTARY_CREDENTIAL;
	pub const AuthorityCredential: CredentialTypeId = AUTHORITY_CREDENTIAL;
	pub const NoticePeriod: u64 = NOTICE_PERIOD;
	pub const CorrectionPeriod: u64 = CORRECTION_PERIOD;
	pub const MaxCadastralKeyLen: u32 = 32;
	pub const MaxOwners: u32 = 4;
	pub const MaxEncumbrances: u32 = MAX_ENCUMBRANCES;
	pub const MaxPendingPerFolio: u32 = MAX_PENDING;
	pub const MaxLinks: u32 = MAX_LINKS;
	pub const MaxCells: u32 = 4;
}

/// The most folios merged, or parts of a subdivision.
pub const MAX_LINKS: u32 = 3;

thread_local! {
	/// Credentials given by the benchmark helper, beyond the fixed ones.
	static CREDENTIALS: RefCell<BTreeSet<(u64, CredentialTypeId)>> = const { RefCell::new(BTreeSet::new()) };
	/// Persons verified by the benchmark helper, beyond the fixed ones.
	static PERSONS: RefCell<BTreeSet<u64>> = const { RefCell::new(BTreeSet::new()) };
	/// Organisations verified by the benchmark helper, beyond the fixed ones.
	static ORGANISATIONS: RefCell<BTreeSet<u64>> = const { RefCell::new(BTreeSet::new()) };
}

/// Notaries and the authority hold their credentials; nobody else holds any (unless the
/// benchmark helper gave it).
pub struct MockCredentials;
impl CredentialsInspect<u64> for MockCredentials {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		matches!(
			(*who, credential_type),
			(NOTARY, NOTARY_CREDENTIAL)
				| (OTHER_NOTARY, NOTARY_CREDENTIAL)
				| (AUTHORITY, AUTHORITY_CREDENTIAL)
		) || CREDENTIALS.with(|c| c.borrow().contains(&(*who, credential_type)))
	}
}

/// The verified persons and organisations of the mock.
pub struct MockIdentity;
impl VerifiedPersons<u64> for MockIdentity {
	fn person_key(who: &u64) -> Option<PersonKey> {
		(matches!(*who, SELLER | BUYER | CREDITOR) || PERSONS.with(|p| p.borrow().contains(who)))
			.then(|| party(*who))
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
		(*who == BANK || ORGANISATIONS.with(|o| o.borrow().contains(who))).then(|| party(*who))
	}
	fn is_representative(_organisation: &u64, _who: &u64) -> bool {
		false
	}
}

/// Gives credentials and verifies identities in the mock's benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockBenchmarkHelper {
	fn issue_credential(who: &u64, credential_type: CredentialTypeId) {
		CREDENTIALS.with(|c| c.borrow_mut().insert((*who, credential_type)));
	}
	fn verify_person(who: &u64, _index: u32) {
		PERSONS.with(|p| p.borrow_mut().insert(*who));
	}
	fn verify_organisation(who: &u64) {
		ORGANISATIONS.with(|o| o.borrow_mut().insert(*who));
	}
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_property_registry::Config for Test {
	type RegistryOrigin = EnsureRoot<u64>;
	type Credentials = MockCredentials;
	type NotaryCredential = NotaryCredential;
	type AuthorityCredential = AuthorityCredential;
	type NoticePeriod = NoticePeriod;
	type CorrectionPeriod = CorrectionPeriod;
	type MaxCadastralKeyLen = MaxCadastralKeyLen;
	type MaxOwners = MaxOwners;
	type MaxEncumbrances = MaxEncumbrances;
	type MaxPendingPerFolio = MaxPendingPerFolio;
	type CadastralOrigin = EnsureRoot<u64>;
	type Persons = MockIdentity;
	type Organisations = MockIdentity;
	type MaxLinks = MaxLinks;
	type MaxCells = MaxCells;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// An owner set of accounts, as presented.
pub fn owners(accounts: &[u64]) -> OwnerAccountsOf<Test> {
	accounts.to_vec().try_into().expect("tests use at most MaxOwners parties; qed")
}

/// An owner set of party keys, as stored.
pub fn owner_keys(accounts: &[u64]) -> OwnersOf<Test> {
	parties(accounts).try_into().expect("tests use at most MaxOwners parties; qed")
}

/// A document hash.
pub fn doc(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Builds test externalities with the offices, registrars and folio 0.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			let root = RuntimeOrigin::root();
			assert_ok!(PropertyRegistry::accredit_office(root.clone(), 0, GUADALAJARA));
			assert_ok!(PropertyRegistry::accredit_office(root.clone(), 1, ZAPOPAN));
			assert_ok!(PropertyRegistry::accredit_registrar(root.clone(), 0, REGISTRAR));
			assert_ok!(PropertyRegistry::accredit_registrar(root, 1, OTHER_REGISTRAR));
			assert_ok!(PropertyRegistry::open_folio(
				RuntimeOrigin::signed(REGISTRAR),
				GUADALAJARA,
				250_000_000,
				owners(&[SELLER]),
				doc(1),
			));
			assert_ok!(PropertyRegistry::link_cadastral_key(
				RuntimeOrigin::root(),
				0,
				b"D65-001".to_vec().try_into().expect("short key; qed"),
				vec![crate::test_cell(0), crate::test_cell(1)]
					.try_into()
					.expect("2 cells fit; qed"),
			));
			System::reset_events();
		});
		ext
	}

	/// Externalities at block 1 with nothing of the pallet: for the benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bare() -> sp_io::TestExternalities {
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
			PropertyRegistry::do_try_state().expect("invariants hold after the test");
		});
	}
}
