//! Test runtime: System and the property registry.
//!
//! [`ExtBuilder::default`] starts at block 1 with:
//! - office 0 (seat Guadalajara, Jalisco) with registrar [`REGISTRAR`], and office 1 (seat
//!   Zapopan) with registrar [`OTHER_REGISTRAR`];
//! - notaries [`NOTARY`] and [`OTHER_NOTARY`] and the authority [`AUTHORITY`] (credentials in
//!   [`MockCredentials`]); [`ANYONE`] holds nothing;
//! - folio 0 in office 0, cadastral key `b"D65-001"`, owned by [`SELLER`], no encumbrances.
//!
//! The registry origin is Root. No notice, no entry.

use crate as pallet_property_registry;
use crate::{OwnersOf, PartyKey};
use bmx_primitives::identity::{CredentialTypeId, CredentialsInspect, Jurisdiction, MexicanState};
use frame_support::{assert_ok, derive_impl, parameter_types};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::BuildStorage;

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

/// The owner of folio 0 at genesis.
pub const SELLER: PartyKey = H256::repeat_byte(0xA1);
/// A buyer.
pub const BUYER: PartyKey = H256::repeat_byte(0xB2);
/// A bank: a mortgage creditor.
pub const BANK: PartyKey = H256::repeat_byte(0xC3);
/// A creditor who obtains an embargo.
pub const CREDITOR: PartyKey = H256::repeat_byte(0xD4);

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
}

/// Notaries and the authority hold their credentials; nobody else holds any.
pub struct MockCredentials;
impl CredentialsInspect<u64> for MockCredentials {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		matches!(
			(*who, credential_type),
			(NOTARY, NOTARY_CREDENTIAL)
				| (OTHER_NOTARY, NOTARY_CREDENTIAL)
				| (AUTHORITY, AUTHORITY_CREDENTIAL)
		)
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
	type WeightInfo = ();
}

/// An owner set.
pub fn owners(parties: &[PartyKey]) -> OwnersOf<Test> {
	parties.to_vec().try_into().expect("tests use at most MaxOwners parties; qed")
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
				b"D65-001".to_vec().try_into().expect("short key; qed"),
				GUADALAJARA,
				250_000_000,
				owners(&[SELLER]),
				doc(1),
			));
			System::reset_events();
		});
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
