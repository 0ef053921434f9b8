//! Test runtime: System, Timestamp (the chain's clock) and the digital identity pallet.
//!
//! Genesis of [`ExtBuilder::default`]:
//! - credential types [`EVALUATOR`] (`Evaluador de licitaciones`), [`FIELD_VERIFIER`]
//!   (`Verificador de campo`) and [`WAREHOUSE_OFFICER`] (`Almacenista`); `MaxCredentialTypes` is 4;
//! - registrars [`RENAPO`] (persons), [`SAT`] (organisations and e.firma), [`SFP`] (credentials
//!   of types 0 and 1), [`CIVIL_REGISTRY`] (persons: a second person registrar) and
//!   [`SAT_OCCIDENTE`] (organisations, e.firma and credentials of type 1: a second registrar of
//!   those kinds); `MaxRegistrars` is 6;
//! - no person, organisation, binding or credential. Block 1, time [`NOW`].
//!
//! Accounts 10 to 19 stand for citizens, 20 to 29 for companies; [`OUTSIDER`] is nobody.

use crate as pallet_digital_identity;
use crate::{
	AttestationKind, Jurisdiction, KindsOf, MexicanState, Moment, NameOf, PurposeOf,
	RepresentativesOf, Residency,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		DigitalIdentity: pallet_digital_identity,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// RENAPO: a person registrar.
pub const RENAPO: u64 = 1;
/// SAT: an organisation and e.firma registrar.
pub const SAT: u64 = 2;
/// The Secretaria Anticorrupcion y Buen Gobierno: issues credentials of types 0 and 1.
pub const SFP: u64 = 3;
/// A state civil registry: a second person registrar.
pub const CIVIL_REGISTRY: u64 = 4;
/// A regional SAT office: organisations, e.firma and credentials of type 1.
pub const SAT_OCCIDENTE: u64 = 5;
/// An account that is nothing.
pub const OUTSIDER: u64 = 99;

/// The blocks an announced recovery waits.
pub const RECOVERY_DELAY: u64 = 10;

/// Credential type 0.
pub const EVALUATOR: u32 = 0;
/// Credential type 1.
pub const FIELD_VERIFIER: u32 = 1;
/// Credential type 2: no genesis registrar may issue it.
pub const WAREHOUSE_OFFICER: u32 = 2;

/// Milliseconds in a day.
pub const DAY: Moment = 86_400_000;
/// The genesis time: 2026-11-21 00:00 UTC.
pub const NOW: Moment = 1_795_219_200_000;

/// Guadalajara, Jalisco (INEGI 14039).
pub const GUADALAJARA: Residency =
	Residency::National(Jurisdiction { state: MexicanState::Jalisco, municipality: 39 });
/// Oaxaca de Juarez, Oaxaca (INEGI 20067).
pub const OAXACA: Residency =
	Residency::National(Jurisdiction { state: MexicanState::Oaxaca, municipality: 67 });

parameter_types! {
	/// A static so that the integrity test can be shown to reject a bad configuration.
	pub static MaxSignersPerDocument: u32 = 2;
}

impl pallet_digital_identity::Config for Test {
	type RegistrarOrigin = EnsureRoot<u64>;
	type Time = Timestamp;
	type MaxRegistrars = ConstU32<6>;
	type MaxNameLength = ConstU32<32>;
	type MaxKindsPerRegistrar = ConstU32<4>;
	type MaxCredentialTypes = ConstU32<4>;
	type MaxRepresentatives = ConstU32<2>;
	type MaxPurposeLength = ConstU32<16>;
	type MaxSignersPerDocument = MaxSignersPerDocument;
	type MaxSigningActsPerBinding = ConstU32<2>;
	type MaxSigningWindow = ConstU64<3_600_000>;
	type RecoveryDelay = ConstU64<RECOVERY_DELAY>;
	type RecoveryCancelOrigin = EnsureRoot<u64>;
	type IdentityHooks = ();
	type MaxResidencyHistory = ConstU32<3>;
	type WeightInfo = ();
}

/// A bounded name for calls.
pub fn name(bytes: &[u8]) -> NameOf<Test> {
	bytes.to_vec().try_into().expect("test names fit MaxNameLength; qed")
}

/// A bounded purpose for calls.
pub fn purpose(bytes: &[u8]) -> PurposeOf<Test> {
	bytes.to_vec().try_into().expect("test purposes fit MaxPurposeLength; qed")
}

/// A bounded set of kinds for calls.
pub fn kinds(list: &[AttestationKind]) -> KindsOf<Test> {
	let set: std::collections::BTreeSet<_> = list.iter().copied().collect();
	set.try_into().expect("test kinds fit MaxKindsPerRegistrar; qed")
}

/// A bounded list of representatives for calls.
pub fn representatives(list: &[u64]) -> RepresentativesOf<Test> {
	list.to_vec().try_into().expect("test lists fit MaxRepresentatives; qed")
}

/// Set the chain's clock.
pub fn set_now(moment: Moment) {
	Timestamp::set_timestamp(moment);
}

/// The genesis registrars of [`ExtBuilder::default`].
fn default_registrars() -> Vec<(u64, Vec<u8>, Vec<AttestationKind>)> {
	use AttestationKind::*;
	vec![
		(RENAPO, b"RENAPO".to_vec(), vec![Person]),
		(SAT, b"SAT".to_vec(), vec![Organisation, Efirma]),
		(SFP, b"SFP".to_vec(), vec![Credential(EVALUATOR), Credential(FIELD_VERIFIER)]),
		(CIVIL_REGISTRY, b"Registro Civil Jalisco".to_vec(), vec![Person]),
		(
			SAT_OCCIDENTE,
			b"SAT Occidente".to_vec(),
			vec![Organisation, Efirma, Credential(FIELD_VERIFIER)],
		),
	]
}

/// Builds test externalities from a genesis of credential types and registrars.
pub struct ExtBuilder {
	credential_types: Vec<Vec<u8>>,
	registrars: Vec<(u64, Vec<u8>, Vec<AttestationKind>)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			credential_types: vec![
				b"Evaluador de licitaciones".to_vec(),
				b"Verificador de campo".to_vec(),
				b"Almacenista".to_vec(),
			],
			registrars: default_registrars(),
		}
	}
}

impl ExtBuilder {
	/// Use these genesis credential types.
	pub fn credential_types(mut self, credential_types: Vec<Vec<u8>>) -> Self {
		self.credential_types = credential_types;
		self
	}

	/// Use these genesis registrars.
	pub fn registrars(mut self, registrars: Vec<(u64, Vec<u8>, Vec<AttestationKind>)>) -> Self {
		self.registrars = registrars;
		self
	}

	/// Build the externalities, at block 1 and time [`NOW`].
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			digital_identity: pallet_digital_identity::GenesisConfig {
				credential_types: self.credential_types,
				registrars: self.registrars,
			},
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			set_now(NOW);
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			DigitalIdentity::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite: no credential types nor registrars, so that the
/// benchmarks build their own worst cases.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().credential_types(vec![]).registrars(vec![]).build()
}
