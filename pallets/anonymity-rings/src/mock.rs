//! Test runtime: System and the anonymity-rings pallet on real Bandersnatch ring VRF
//! cryptography with the 2^11 domain (255 members), and verified persons kept in thread-local
//! state.
//!
//! [`ExtBuilder::default`] starts at block 1 with:
//! - verified adults [`ALICE`] to [`JUAN`] (ten persons) living in [`GDL`] (Guadalajara,
//!   Jalisco), [`ZAPOPAN`] a verified adult living in Zapopan (Jalisco), [`ABROAD`] one
//!   living abroad, [`MINOR`] a verified minor in [`GDL`], and [`OUTSIDER`] nobody;
//! - rings of at most [`MAX_RING_SIZE`] keys built [`BUILD_BATCH`] keys a step; scope settings
//!   with an onboarding size of 3 and a minimum ring of 3 for every kind (the roster and the
//!   panels included).
//!
//! The admin origin is Root. Each account's member secret comes from [`entropy`].

use crate as pallet_anonymity_rings;
#[cfg(feature = "runtime-benchmarks")]
use crate::ProofFixture;
use crate::{ScopeKind, ScopeSettings};
use bmx_primitives::{
	anonymity::{key_possession_message, Alias, MemberKey},
	identity::{Jurisdiction, MexicanState, PersonKey, Residency, VerifiedPersons},
};
use codec::Encode;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::Hooks, weights::Weight};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;
use verifiable::{
	ring::{bandersnatch::BandersnatchVrfVerifiable, RingDomainSize},
	GenerateVerifiable,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Rings: pallet_anonymity_rings,
	}
);

/// Ten verified adults in Guadalajara.
pub const ALICE: u64 = 1;
/// A verified adult in Guadalajara.
pub const BOB: u64 = 2;
/// A verified adult in Guadalajara.
pub const CAROL: u64 = 3;
/// A verified adult in Guadalajara.
pub const DAVE: u64 = 4;
/// A verified adult in Guadalajara.
pub const EVE: u64 = 5;
/// A verified adult in Guadalajara.
pub const FRANK: u64 = 6;
/// A verified adult in Guadalajara.
pub const GRACE: u64 = 7;
/// A verified adult in Guadalajara.
pub const HEIDI: u64 = 8;
/// A verified adult in Guadalajara.
pub const IVAN: u64 = 9;
/// A verified adult in Guadalajara.
pub const JUAN: u64 = 10;
/// The ten adults of Guadalajara.
pub const TEN: [u64; 10] = [ALICE, BOB, CAROL, DAVE, EVE, FRANK, GRACE, HEIDI, IVAN, JUAN];
/// A verified adult in Zapopan.
pub const ZAPOPAN: u64 = 11;
/// A verified adult living abroad.
pub const ABROAD: u64 = 12;
/// A verified minor in Guadalajara.
pub const MINOR: u64 = 13;
/// Not a verified person.
pub const OUTSIDER: u64 = 99;
/// Guadalajara, Jalisco (INEGI 14039).
pub const GDL: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
/// Zapopan, Jalisco (INEGI 14120).
pub const ZAPOPAN_J: Jurisdiction =
	Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };
/// Monterrey, Nuevo León (INEGI 19039).
pub const MONTERREY: Jurisdiction =
	Jurisdiction { state: MexicanState::NuevoLeon, municipality: 39 };
/// The most keys of a ring.
pub const MAX_RING_SIZE: u32 = 16;
/// The keys absorbed per build step.
pub const BUILD_BATCH: u32 = 4;
/// The most keys waiting in a scope's queue.
pub const MAX_QUEUE: u32 = 12;
/// The most rings of a scope.
pub const MAX_RINGS: u32 = 2;
/// The most revisions of a ring kept.
pub const MAX_REVISIONS: u32 = 3;
/// The blocks a replaced revision stays usable.
pub const RETENTION: u64 = 20;
/// The blocks between two of a person's key changes.
pub const ROTATION: u64 = 10;
/// The settings of every kind of scope.
pub const SETTINGS: ScopeSettings = ScopeSettings { onboarding_size: 3, min_ring_size: 3 };
/// The former evaluators' default settings: cohorts of two, rings usable from three.
pub const FORMER_SETTINGS: ScopeSettings = ScopeSettings { onboarding_size: 2, min_ring_size: 3 };

#[derive(Clone)]
struct Person {
	key: PersonKey,
	residency: Residency,
	adult: bool,
}

thread_local! {
	static PERSONS: RefCell<BTreeMap<u64, Person>> = RefCell::new(BTreeMap::new());
}

/// The identity pallet's stand-in: verified persons, their keys and residencies.
pub struct MockPersons;

impl MockPersons {
	/// Make `who` a verified person with person key [`person_key`]`(index)`.
	pub fn verify(who: u64, index: u64, residency: Residency, adult: bool) {
		PERSONS.with(|p| {
			p.borrow_mut().insert(who, Person { key: person_key(index), residency, adult })
		});
	}
	/// Revoke `who`.
	pub fn revoke(who: u64) {
		PERSONS.with(|p| p.borrow_mut().remove(&who));
	}
	/// Move `who`.
	pub fn set_residency(who: u64, residency: Residency) {
		PERSONS.with(|p| {
			if let Some(person) = p.borrow_mut().get_mut(&who) {
				person.residency = residency;
			}
		});
	}
	/// Make `who` an adult or a minor.
	pub fn set_adult(who: u64, adult: bool) {
		PERSONS.with(|p| {
			if let Some(person) = p.borrow_mut().get_mut(&who) {
				person.adult = adult;
			}
		});
	}
	/// Recover the person of `from` to the account `to`.
	pub fn recover(from: u64, to: u64) {
		PERSONS.with(|p| {
			let mut persons = p.borrow_mut();
			if let Some(person) = persons.remove(&from) {
				persons.insert(to, person);
			}
		});
	}
	fn get(who: &u64) -> Option<Person> {
		PERSONS.with(|p| p.borrow().get(who).cloned())
	}
}

impl VerifiedPersons<u64> for MockPersons {
	fn person_key(who: &u64) -> Option<PersonKey> {
		Self::get(who).map(|p| p.key)
	}
	fn residency_of(who: &u64) -> Option<Residency> {
		Self::get(who).map(|p| p.residency)
	}
	fn jurisdiction_of(who: &u64) -> Option<Jurisdiction> {
		Self::get(who).and_then(|p| p.residency.jurisdiction())
	}
	fn is_adult(who: &u64) -> bool {
		Self::get(who).is_some_and(|p| p.adult)
	}
}

/// The person key of person number `index`.
pub fn person_key(index: u64) -> PersonKey {
	H256::from_low_u64_be(0xbeef_0000 + index)
}

/// The entropy of the member secret of account `who` (the `generation`-th key it made).
pub fn entropy(who: u64, generation: u8) -> [u8; 32] {
	let mut e = [0u8; 32];
	e[..8].copy_from_slice(&who.to_le_bytes());
	e[8] = generation;
	e
}

/// The member secret of `who`'s `generation`-th key.
pub fn secret(
	who: u64,
	generation: u8,
) -> <BandersnatchVrfVerifiable as GenerateVerifiable>::Secret {
	BandersnatchVrfVerifiable::new_secret(entropy(who, generation))
}

/// The member key of `who`'s `generation`-th key.
pub fn member_key(who: u64, generation: u8) -> MemberKey {
	BandersnatchVrfVerifiable::member_from_secret(&secret(who, generation))
}

/// The possession signature of `who`'s `generation`-th key, for registration by `who`.
pub fn possession(who: u64, generation: u8) -> [u8; 64] {
	let message = key_possession_message(&genesis(), &who.encode());
	BandersnatchVrfVerifiable::sign(&secret(who, generation), &message).expect("signs; qed")
}

/// The genesis hash of the test chain, as the pallet reads it.
pub fn genesis() -> [u8; 32] {
	crate::Pallet::<Test>::genesis_hash()
}

/// A proof by `who`'s `generation`-th key against the ring of `members` (in ring order), for
/// `contexts` and `message`; with its aliases.
pub fn prove(
	who: u64,
	generation: u8,
	members: &[MemberKey],
	contexts: &[&[u8]],
	message: &[u8],
) -> (Vec<u8>, Vec<Alias>) {
	let me = member_key(who, generation);
	let commitment =
		BandersnatchVrfVerifiable::open(RingDomainSize::Domain11, &me, members.iter().copied())
			.expect("a member of the ring; qed");
	let (proof, aliases) = BandersnatchVrfVerifiable::create_multi_context(
		commitment,
		&secret(who, generation),
		contexts,
		message,
	)
	.expect("proves; qed");
	(proof.into_inner(), aliases.into_vec())
}

parameter_types! {
	pub const Domain: RingDomainSize = RingDomainSize::Domain11;
	pub const MaxRingSize: u32 = MAX_RING_SIZE;
	pub const BuildBatch: u32 = BUILD_BATCH;
	pub const MaxQueueLength: u32 = MAX_QUEUE;
	pub const MaxRings: u32 = MAX_RINGS;
	pub const MaxRevisionsKept: u32 = MAX_REVISIONS;
	pub const RootRetention: u64 = RETENTION;
	pub const MinRotationInterval: u64 = ROTATION;
	pub const DefaultScopeSettings: ScopeSettings = SETTINGS;
	pub const DefaultRosterSettings: ScopeSettings = SETTINGS;
	pub const DefaultPanelSettings: ScopeSettings = SETTINGS;
	pub const DefaultFormerEvaluatorSettings: ScopeSettings = FORMER_SETTINGS;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_anonymity_rings::Config for Test {
	type Crypto = BandersnatchVrfVerifiable;
	type Domain = Domain;
	type MaxRingSize = MaxRingSize;
	type BuildBatch = BuildBatch;
	type MaxQueueLength = MaxQueueLength;
	type MaxRings = MaxRings;
	type MaxRevisionsKept = MaxRevisionsKept;
	type RootRetention = RootRetention;
	type MinRotationInterval = MinRotationInterval;
	type Persons = MockPersons;
	type AdminOrigin = EnsureRoot<u64>;
	type DefaultScopeSettings = DefaultScopeSettings;
	type DefaultRosterSettings = DefaultRosterSettings;
	type DefaultPanelSettings = DefaultPanelSettings;
	type DefaultFormerEvaluatorSettings = DefaultFormerEvaluatorSettings;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockPersons;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockPersons {
	fn verify_adult(who: &u64, index: u32, residency: Residency) {
		Self::verify(*who, 1_000 + u64::from(index), residency, true);
	}
	fn end_identity(who: &u64) {
		Self::revoke(*who);
	}
	fn proof_fixture() -> ProofFixture {
		let members: Vec<MemberKey> = (0..4).map(|who| member_key(500 + who, 0)).collect();
		let context = b"bmx/benchmark-context".to_vec();
		let message = b"bmx/benchmark-message".to_vec();
		let (proof, aliases) = prove(502, 0, &members, &[&context], &message);
		ProofFixture { members, context, message, proof, alias: aliases[0] }
	}
}

/// Builds test externalities: the verified persons, the pallet's genesis and block 1.
#[derive(Default)]
pub struct ExtBuilder {
	/// The genesis settings of kinds of scope.
	scope_settings: Vec<(ScopeKind, ScopeSettings)>,
}

impl ExtBuilder {
	/// Start with `settings` for the scopes of `kind`.
	pub fn with_settings(mut self, kind: ScopeKind, settings: ScopeSettings) -> Self {
		self.scope_settings.push((kind, settings));
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		PERSONS.with(|p| p.borrow_mut().clear());
		for who in TEN {
			MockPersons::verify(who, who, Residency::National(GDL), true);
		}
		MockPersons::verify(ZAPOPAN, ZAPOPAN, Residency::National(ZAPOPAN_J), true);
		MockPersons::verify(ABROAD, ABROAD, Residency::Abroad, true);
		MockPersons::verify(MINOR, MINOR, Residency::National(GDL), false);
		let mut storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		pallet_anonymity_rings::GenesisConfig::<Test> {
			scope_settings: self.scope_settings,
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.expect("the pallet's genesis builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// No verified persons and block 1 (for the benchmarks).
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bare() -> sp_io::TestExternalities {
		let ext = Self::default().build();
		PERSONS.with(|p| p.borrow_mut().clear());
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Rings::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Move to block `n`, running `on_idle` with `idle` weight at the end of each block passed.
pub fn run_to_block(n: u64, idle: Weight) {
	while System::block_number() < n {
		let now = System::block_number();
		Rings::on_idle(now, idle);
		System::set_block_number(now + 1);
	}
}
