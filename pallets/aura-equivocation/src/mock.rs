//! Test runtime: System, Authorship, the real `pallet-offences` and this pallet, with
//! [`MockKeyOwners`] standing in for `pallet-session`'s historical proofs.
//!
//! Validators are accounts `1..=4`; validator `n` holds the Aura key of [`pair`]`(n)` in session
//! [`SESSION`] of [`VALIDATORS`] validators ([`ExtBuilder::default`]). [`prove`] gives the
//! key-owner proof a reporter would fetch from the runtime. The block author (the reporter of an
//! unsigned report) is account [`AUTHOR`]. [`OffenceHandler`] records what `Offences` hands on.

use crate as pallet_aura_equivocation;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{derive_impl, parameter_types, traits::KeyOwnerProofSystem};
use scale_info::TypeInfo;
use sp_application_crypto::RuntimeAppPublic;
use sp_consensus_aura::{
	digests::CompatibleDigestItem,
	sr25519::{AuthorityId as AuraId, AuthorityPair, AuthoritySignature},
};
use sp_core::{Pair, H256};
use sp_runtime::{
	testing::TestXt,
	traits::{BlakeTwo256, Header as _},
	BuildStorage, ConsensusEngineId, Digest, DigestItem, KeyTypeId, Perbill,
};
use sp_session::{GetSessionNumber, GetValidatorCount};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

type Block = frame_system::mocking::MockBlock<Test>;

/// The runtime's header.
pub type Header = sp_runtime::generic::Header<u64, BlakeTwo256>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Authorship: pallet_authorship,
		Offences: pallet_offences,
		AuraEquivocation: pallet_aura_equivocation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = TestXt<RuntimeCall, ()>;
}

impl<C> frame_system::offchain::CreateBare<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: Self::RuntimeCall) -> Self::Extrinsic {
		TestXt::new_bare(call)
	}
}

/// The author of every block.
pub const AUTHOR: u64 = 99;

/// Finds [`AUTHOR`] as every block's author.
pub struct FixedAuthor;

impl frame_support::traits::FindAuthor<u64> for FixedAuthor {
	fn find_author<'a, I>(_: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		Some(AUTHOR)
	}
}

impl pallet_authorship::Config for Test {
	type FindAuthor = FixedAuthor;
	type EventHandler = ();
}

impl pallet_offences::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = (u64, ());
	type OnOffenceHandler = OffenceHandler;
}

parameter_types! {
	/// How long an unsigned report stays valid in the pool.
	pub const ReportLongevity: u64 = 10;
	/// The Aura keys of each session: `(session, key, validator)`.
	pub storage KeyOwners: Vec<(SessionIndex, AuraId, u64)> = Vec::new();
	/// The offences `Offences` handed on, one entry per report: the offenders of the slot with
	/// their reporters, their slash fractions, the session.
	pub storage HandledOffences: Vec<(Vec<(u64, Vec<u64>)>, Vec<Perbill>, SessionIndex)> =
		Vec::new();
}

impl pallet_aura_equivocation::Config for Test {
	type AuthorityId = AuraId;
	type KeyOwnerProof = MockKeyOwnerProof;
	type EquivocationReportSystem =
		crate::EquivocationReportSystem<Self, Offences, MockKeyOwners, ReportLongevity>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeyOwners;
}

/// Records the offences `Offences` hands on, as the runtime's node-integration pallet acts on
/// them.
pub struct OffenceHandler;

impl OnOffenceHandler<u64, (u64, ()), frame_support::weights::Weight> for OffenceHandler {
	fn on_offence(
		offenders: &[OffenceDetails<u64, (u64, ())>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> frame_support::weights::Weight {
		let mut handled = HandledOffences::get();
		handled.push((
			offenders
				.iter()
				.map(|details| (details.offender.0, details.reporters.clone()))
				.collect(),
			slash_fraction.to_vec(),
			session,
		));
		HandledOffences::set(&handled);
		Default::default()
	}
}

/// A stand-in for `sp_session::MembershipProof`: the session, its validator count and the key
/// proven.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct MockKeyOwnerProof {
	/// The session in which the key is proven.
	pub session: SessionIndex,
	/// The number of validators of that session.
	pub validator_count: u32,
	/// The key proven.
	pub key: AuraId,
}

impl GetSessionNumber for MockKeyOwnerProof {
	fn session(&self) -> SessionIndex {
		self.session
	}
}

impl GetValidatorCount for MockKeyOwnerProof {
	fn validator_count(&self) -> u32 {
		self.validator_count
	}
}

/// A stand-in for `Historical`: a proof checks when [`KeyOwners`] says a validator held its key
/// in its session.
pub struct MockKeyOwners;

impl KeyOwnerProofSystem<(KeyTypeId, AuraId)> for MockKeyOwners {
	type Proof = MockKeyOwnerProof;
	type IdentificationTuple = (u64, ());

	fn prove(key: (KeyTypeId, AuraId)) -> Option<Self::Proof> {
		Some(prove(&key.1))
	}

	fn check_proof(key: (KeyTypeId, AuraId), proof: Self::Proof) -> Option<(u64, ())> {
		let (key_type, key) = key;
		if key_type != AuraId::ID || key != proof.key {
			return None;
		}
		KeyOwners::get()
			.into_iter()
			.find(|(session, owned, _)| *session == proof.session && *owned == key)
			.map(|(_, _, who)| (who, ()))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AuraId, MockKeyOwnerProof> for MockKeyOwners {
	fn key_owner_proof(key: &AuraId) -> MockKeyOwnerProof {
		let mut owners = KeyOwners::get();
		owners.push((SESSION, key.clone(), 1));
		KeyOwners::set(&owners);
		prove(key)
	}
}

/// The session of the equivocations.
pub const SESSION: SessionIndex = 3;
/// The number of validators of [`SESSION`].
pub const VALIDATORS: u32 = 4;

/// The Aura key pair of validator `n`.
pub fn pair(n: u64) -> AuthorityPair {
	AuthorityPair::from_seed(&[n as u8; 32])
}

/// The Aura key of validator `n`.
pub fn key(n: u64) -> AuraId {
	pair(n).public()
}

/// The key-owner proof of `key` in [`SESSION`], as a reporter fetches it.
pub fn prove(key: &AuraId) -> MockKeyOwnerProof {
	MockKeyOwnerProof { session: SESSION, validator_count: VALIDATORS, key: key.clone() }
}

/// An unsealed header at `number` whose digest names `slot`, made distinct by `salt` (its state
/// root).
pub fn header(number: u64, slot: u64, salt: u8) -> Header {
	let digest = Digest {
		logs: vec![<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_pre_digest(
			slot.into(),
		)],
	};
	Header::new(number, H256::zero(), H256::repeat_byte(salt), H256::zero(), digest)
}

/// `header` sealed by `signer`, as its author's node seals it: a signature over the pre-hash,
/// pushed as the last digest item.
pub fn seal(mut header: Header, signer: &AuthorityPair) -> Header {
	let signature = signer.sign(header.hash().as_ref());
	header
		.digest_mut()
		.push(<DigestItem as CompatibleDigestItem<AuthoritySignature>>::aura_seal(signature));
	header
}

/// Builds test externalities.
pub struct ExtBuilder {
	validators: u64,
}

impl Default for ExtBuilder {
	/// Validators `1..=4` hold their keys in [`SESSION`].
	fn default() -> Self {
		Self { validators: VALIDATORS.into() }
	}
}

impl ExtBuilder {
	/// Build the externalities at block 1, with a keystore for the benchmarks.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| {
			let owners = (1..=self.validators).map(|n| (SESSION, key(n), n)).collect::<Vec<_>>();
			KeyOwners::set(&owners);
			System::set_block_number(1);
		});
		ext
	}

	/// Build and run `test`.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(test)
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
