//! Test runtime: System and the commerce registry, with the identity traits answered by a simple
//! test store.
//!
//! [`ExtBuilder`] starts at block 1 with:
//! - verified organisations [`ACME`] and [`BETA`] (their organisation keys: [`org_key`]);
//! - verified persons [`ALICE`], [`BOB`] and [`CAROL`] (person keys 0xA1, 0xB2, 0xC3);
//!   [`ANYONE`] is neither a person nor an organisation;
//! - the notary credential for [`NOTARY`];
//! - no folio.
//!
//! The registrar origin is signed by [`REGISTRAR`].

use crate as pallet_commerce_registry;
use crate::Scopes;
use bmx_primitives::{
	identity::{
		CredentialTypeId, CredentialsInspect, Jurisdiction, OrganisationKey, PersonKey, Residency,
		VerifiedOrganisations, VerifiedPersons,
	},
	registries::PowerScope,
};
use codec::Encode;
use frame_support::{derive_impl, ord_parameter_types, parameter_types, storage::unhashed};
use frame_system::EnsureSignedBy;
use sp_core::H256;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		CommerceRegistry: pallet_commerce_registry,
	}
);

/// The registrar behind [`crate::Config::RegistrarOrigin`].
pub const REGISTRAR: u64 = 1;
/// A notario público.
pub const NOTARY: u64 = 10;
/// A company (verified organisation).
pub const ACME: u64 = 100;
/// Another company (verified organisation).
pub const BETA: u64 = 101;
/// A verified person.
pub const ALICE: u64 = 20;
/// A verified person.
pub const BOB: u64 = 21;
/// A verified person.
pub const CAROL: u64 = 22;
/// An account that is nobody: no identity, no credential.
pub const ANYONE: u64 = 99;
/// The notary credential type.
pub const NOTARY_CREDENTIAL: CredentialTypeId = 3;
/// The most administrators of a company.
pub const MAX_ADMINISTRATORS: u32 = 3;
/// The most powers of a company.
pub const MAX_POWERS: u32 = 3;
/// The most acts of a folio.
pub const MAX_ACTS: u32 = 12;

ord_parameter_types! {
	pub const RegistrarAccount: u64 = REGISTRAR;
}

parameter_types! {
	pub const NotaryCredential: CredentialTypeId = NOTARY_CREDENTIAL;
	pub const MaxAdministrators: u32 = MAX_ADMINISTRATORS;
	pub const MaxPowers: u32 = MAX_POWERS;
	pub const MaxActsPerFolio: u32 = MAX_ACTS;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

fn key(kind: &[u8], who: u64) -> Vec<u8> {
	[b":test:".as_slice(), kind, &who.encode()].concat()
}

/// The organisation key the test store gives `who`.
pub fn org_key(who: u64) -> OrganisationKey {
	H256::from_low_u64_be(who)
}

/// Make `who` a verified person with person key `person` repeated.
pub fn set_person(who: u64, person: u8) {
	unhashed::put(&key(b"person", who), &H256::repeat_byte(person));
}

/// Remove `who`'s verified identity (as when a person moves to another account).
pub fn clear_person(who: u64) {
	unhashed::kill(&key(b"person", who));
}

/// Make `who` a verified organisation.
pub fn set_organisation(who: u64) {
	unhashed::put(&key(b"organisation", who), &org_key(who));
}

/// Move the organisation of `from` to the account `to` (as the identity pallet does when an
/// organisation changes accounts): same organisation key.
pub fn move_organisation(from: u64, to: u64) {
	if let Some(organisation) = unhashed::take::<OrganisationKey>(&key(b"organisation", from)) {
		unhashed::put(&key(b"organisation", to), &organisation);
	}
}

/// Give `who` the credential `credential_type`.
pub fn set_credential(who: u64, credential_type: CredentialTypeId) {
	unhashed::put(&key(b"credential", who), &credential_type);
}

/// The identity test store.
pub struct TestIdentity;

impl VerifiedPersons<u64> for TestIdentity {
	fn person_key(who: &u64) -> Option<PersonKey> {
		unhashed::get(&key(b"person", *who))
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

impl VerifiedOrganisations<u64> for TestIdentity {
	fn organisation_key(who: &u64) -> Option<OrganisationKey> {
		unhashed::get(&key(b"organisation", *who))
	}
	fn is_representative(_organisation: &u64, _who: &u64) -> bool {
		false
	}
}

impl CredentialsInspect<u64> for TestIdentity {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		unhashed::get::<CredentialTypeId>(&key(b"credential", *who)) == Some(credential_type)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestIdentity {
	fn verify_organisation(who: &u64) {
		set_organisation(*who);
	}
	fn verify_person(who: &u64, index: u32) {
		unhashed::put(&key(b"person", *who), &H256::from_low_u64_be(u64::from(index) + 1));
	}
	fn issue_credential(who: &u64, credential_type: CredentialTypeId) {
		set_credential(*who, credential_type);
	}
}

impl pallet_commerce_registry::Config for Test {
	type RegistrarOrigin = EnsureSignedBy<RegistrarAccount, u64>;
	type Persons = TestIdentity;
	type Organisations = TestIdentity;
	type Credentials = TestIdentity;
	type NotaryCredential = NotaryCredential;
	type MaxAdministrators = MaxAdministrators;
	type MaxPowers = MaxPowers;
	type MaxActsPerFolio = MaxActsPerFolio;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestIdentity;
}

/// Scopes from a list.
pub fn scopes(list: &[PowerScope]) -> Scopes {
	list.to_vec().try_into().expect("tests name at most four scopes; qed")
}

/// A document hash.
pub fn doc(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Builds test externalities with the identities above.
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
			set_organisation(ACME);
			set_organisation(BETA);
			set_person(ALICE, 0xA1);
			set_person(BOB, 0xB2);
			set_person(CAROL, 0xC3);
			set_credential(NOTARY, NOTARY_CREDENTIAL);
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			CommerceRegistry::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder.build()
}
