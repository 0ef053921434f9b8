//! Test runtime: System and the secret-ballots pallet, with a real ring service in thread-local
//! state, and the general-transaction pipeline (`frame_system::AuthorizeCall`) of the runtime.
//!
//! [`MockRings`] keeps rings as lists of member keys per [`RingRef`], each with a validity
//! window, computes their roots with `verifiable`'s Bandersnatch ring VRF on the 2^11 domain
//! and verifies real proofs (`bmx-ring-testing`). Citizens' secrets come from fixed
//! entropy (`new_secret([i; 32])`); [`prove`] makes their proofs with the std prover and keeps
//! them for the whole test process (a proof takes a second or two in a debug build).
//!
//! [`ExtBuilder::default`] starts at block 1 with the rings:
//! - [`GDL_RING`]: revision 1 of Guadalajara's ring, citizens 1 to 5, in force from block 0 to
//!   [`GDL_NEXT_FROM`] (excluded); [`GDL_NEXT`]: revision 2, citizens 1 to 6, from
//!   [`GDL_NEXT_FROM`] on;
//! - [`JALISCO_RING`]: Jalisco's state ring, citizens 1 to 5;
//! - [`ZAPOPAN_RING`]: Zapopan's ring with citizens 7 and 8 only, below the minimum
//!   ([`MIN_RING_SIZE`]);
//! - citizen [`OUTSIDER`] is in no ring.
//!
//! [`OpenOrigin`]: Root opens any ballot; [`GDL_OFFICE`] opens and cancels Guadalajara's only.

use crate as pallet_secret_ballots;
use bmx_primitives::{
	anonymity::{
		vote_message, Alias, AnonymousMembership, MemberKey, MembershipError, RingRef, RingScope,
	},
	identity::{Jurisdiction, MexicanState},
};
use bmx_ring_testing::Root;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{EnsureOriginWithArg, Time},
	weights::Weight,
};
use frame_system::RawOrigin;
use sp_runtime::BuildStorage;

/// The transaction extensions of the test runtime: only the authorization.
pub type TxExtension = (frame_system::AuthorizeCall<Test>,);
/// A header with `u64` block numbers.
pub type Header = sp_runtime::generic::Header<u64, sp_runtime::traits::BlakeTwo256>;
/// An extrinsic as the runtime takes it: v4 signed or bare, or v5 general.
pub type UncheckedExtrinsic = sp_runtime::generic::UncheckedExtrinsic<
	u64,
	RuntimeCall,
	sp_runtime::testing::UintAuthorityId,
	TxExtension,
>;
type Block = sp_runtime::generic::Block<Header, UncheckedExtrinsic>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		SecretBallots: pallet_secret_ballots,
	}
);

/// The fewest members a usable ring has.
pub const MIN_RING_SIZE: u32 = 3;
/// Guadalajara, Jalisco (INEGI 14039).
pub const GDL: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
/// Zapopan, Jalisco (INEGI 14120).
pub const ZAPOPAN: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };
/// Revision 1 of Guadalajara's ring: citizens 1 to 5.
pub const GDL_RING: RingRef =
	RingRef { scope: RingScope::Municipality(GDL), index: 0, revision: 1 };
/// Revision 2 of Guadalajara's ring: citizens 1 to 6, in force from [`GDL_NEXT_FROM`].
pub const GDL_NEXT: RingRef =
	RingRef { scope: RingScope::Municipality(GDL), index: 0, revision: 2 };
/// The block revision 2 of Guadalajara's ring is published at.
pub const GDL_NEXT_FROM: u64 = 50;
/// Jalisco's state ring: citizens 1 to 5.
pub const JALISCO_RING: RingRef =
	RingRef { scope: RingScope::State(MexicanState::Jalisco), index: 0, revision: 1 };
/// Zapopan's ring: two citizens, too few.
pub const ZAPOPAN_RING: RingRef =
	RingRef { scope: RingScope::Municipality(ZAPOPAN), index: 0, revision: 1 };
/// A verified person in no ring.
pub const OUTSIDER: u8 = 9;
/// Guadalajara's office: opens and cancels Guadalajara's ballots.
pub const GDL_OFFICE: u64 = 100;
/// An account with no power over ballots.
pub const NOBODY: u64 = 101;
/// The most options of a ballot.
pub const MAX_OPTIONS: u32 = 6;
/// The most choices of a vote.
pub const MAX_CHOICES: u32 = 3;
/// The most blocks from a ballot's opening to its end.
pub const MAX_BALLOT_DURATION: u64 = 100;
/// The time of block 0, in milliseconds since the Unix epoch (2026-01-01).
pub const GENESIS_MOMENT: u64 = 1_767_225_600_000;
/// The milliseconds between blocks.
pub const BLOCK_TIME: u64 = 6_000;

/// One published revision of a ring.
#[derive(Clone)]
struct MockRing {
	ring: RingRef,
	members: Vec<MemberKey>,
	root: Root,
	valid_from: u64,
	valid_until: Option<u64>,
}

thread_local! {
	static RINGS: RefCell<Vec<MockRing>> = const { RefCell::new(Vec::new()) };
}

/// The secret of citizen `i`.
pub fn secret(i: u8) -> bmx_ring_testing::Secret {
	bmx_ring_testing::secret_from([i; 32])
}

/// The member key of citizen `i`.
pub fn member_key(i: u8) -> MemberKey {
	bmx_ring_testing::member_of(&secret(i))
}

/// The alias of citizen `i` in `ballot_id`, computed locally (no proof).
pub fn alias_of(i: u8, ballot_id: u32) -> Alias {
	bmx_ring_testing::alias_in(&secret(i), &SecretBallots::vote_context(ballot_id))
}

/// The root of a ring of `members`, built as the ring service builds it.
fn root_of(members: &[MemberKey]) -> Root {
	bmx_ring_testing::root_of(members)
}

/// A proof by citizen `i`, a member of `members`, for `context` and `message`; and its alias.
pub fn prove(i: u8, members: &[MemberKey], context: &[u8], message: &[u8]) -> (Vec<u8>, Alias) {
	let (proof, aliases) = bmx_ring_testing::prove(&secret(i), members, &[context], message);
	let alias = aliases.first().copied().expect("one alias for one context; qed");
	(proof, alias)
}

/// Citizen `i`'s vote in `ballot_id` for `choices`, proved against the members of `ring`:
/// the proof and its alias.
pub fn vote_proof(i: u8, ring: &RingRef, ballot_id: u32, choices: &[u32]) -> (Vec<u8>, Alias) {
	let members = MockRings::members(ring).expect("the ring is registered");
	prove(
		i,
		&members,
		&SecretBallots::vote_context(ballot_id),
		&vote_message(ballot_id, ring, choices),
	)
}

/// The ring service's stand-in.
pub struct MockRings;

impl MockRings {
	/// Publish `ring` with the keys of `citizens`, in force from `valid_from` until
	/// `valid_until` (excluded).
	pub fn add(ring: RingRef, citizens: &[u8], valid_from: u64, valid_until: Option<u64>) {
		let members: Vec<MemberKey> = citizens.iter().map(|i| member_key(*i)).collect();
		let root = root_of(&members);
		RINGS.with(|rings| {
			let mut rings = rings.borrow_mut();
			rings.retain(|r| r.ring != ring);
			rings.push(MockRing { ring, members, root, valid_from, valid_until });
		});
	}

	/// The member keys of `ring`, in ring order.
	pub fn members(ring: &RingRef) -> Option<Vec<MemberKey>> {
		Self::find(ring).map(|r| r.members)
	}

	fn find(ring: &RingRef) -> Option<MockRing> {
		RINGS.with(|rings| rings.borrow().iter().find(|r| &r.ring == ring).cloned())
	}

	fn clear() {
		RINGS.with(|rings| rings.borrow_mut().clear());
	}
}

impl AnonymousMembership<u64> for MockRings {
	fn usable_ring(ring: &RingRef, snapshot: u64) -> Result<u32, MembershipError> {
		let found = Self::find(ring).ok_or(MembershipError::UnknownRing)?;
		let in_force =
			found.valid_from <= snapshot && found.valid_until.is_none_or(|until| snapshot < until);
		if !in_force {
			return Err(MembershipError::NotInForce);
		}
		let len = u32::try_from(found.members.len()).unwrap_or(u32::MAX);
		if len < MIN_RING_SIZE {
			return Err(MembershipError::TooSmall);
		}
		Ok(len)
	}

	fn scope_is_usable(scope: &RingScope) -> bool {
		let now = System::block_number();
		RINGS.with(|rings| {
			rings
				.borrow()
				.iter()
				.any(|r| &r.ring.scope == scope && Self::usable_ring(&r.ring, now).is_ok())
		})
	}

	fn verify(
		ring: &RingRef,
		snapshot: u64,
		contexts: &[&[u8]],
		message: &[u8],
		proof: &[u8],
	) -> Result<Vec<Alias>, MembershipError> {
		Self::usable_ring(ring, snapshot)?;
		let found = Self::find(ring).ok_or(MembershipError::UnknownRing)?;
		bmx_ring_testing::verify(&found.root, contexts, message, proof)
	}

	fn verify_weight(contexts: u32) -> Weight {
		Weight::from_parts(25_000_000, 0).saturating_mul(contexts.into())
	}
}

/// The timestamp's stand-in: [`GENESIS_MOMENT`] plus [`BLOCK_TIME`] per block.
pub struct MockTime;

impl Time for MockTime {
	type Moment = u64;
	fn now() -> u64 {
		GENESIS_MOMENT.saturating_add(System::block_number().saturating_mul(BLOCK_TIME))
	}
}

/// Who opens and cancels ballots: Root any; [`GDL_OFFICE`] Guadalajara's.
pub struct OpenOrigin;

impl EnsureOriginWithArg<RuntimeOrigin, RingScope> for OpenOrigin {
	type Success = ();

	fn try_origin(o: RuntimeOrigin, scope: &RingScope) -> Result<(), RuntimeOrigin> {
		match o.clone().into() {
			Ok(RawOrigin::Root) => Ok(()),
			Ok(RawOrigin::Signed(who))
				if who == GDL_OFFICE && *scope == RingScope::Municipality(GDL) =>
			{
				Ok(())
			},
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_scope: &RingScope) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

parameter_types! {
	pub const MaxOptions: u32 = MAX_OPTIONS;
	pub const MaxChoices: u32 = MAX_CHOICES;
	pub const MaxProofLen: u32 = 1_024;
	pub const MaxBallotDuration: u64 = MAX_BALLOT_DURATION;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_secret_ballots::Config for Test {
	type Rings = MockRings;
	type OpenOrigin = OpenOrigin;
	type Time = MockTime;
	type MaxOptions = MaxOptions;
	type MaxChoices = MaxChoices;
	type MaxProofLen = MaxProofLen;
	type MaxBallotDuration = MaxBallotDuration;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRings;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockRings {
	fn vote_fixture() -> crate::VoteFixture {
		if Self::find(&GDL_RING).is_none() {
			Self::add(GDL_RING, &[1, 2, 3, 4, 5], 0, None);
		}
		use bmx_primitives::anonymity::ballot_context;
		let genesis: [u8; 32] = System::block_hash(0).into();
		let ballot_id = 0;
		let choices: Vec<u32> = (0..MAX_CHOICES).collect();
		let members = Self::members(&GDL_RING).unwrap_or_default();
		let (proof, alias) = prove(
			1,
			&members,
			&ballot_context(&genesis, ballot_id),
			&vote_message(ballot_id, &GDL_RING, &choices),
		);
		crate::VoteFixture { genesis, ballot_id, ring: GDL_RING, alias, choices, proof }
	}
}

/// Builds test externalities: block 1 and the rings described above.
pub struct ExtBuilder {
	/// Whether the rings described above are published.
	rings: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { rings: true }
	}
}

impl ExtBuilder {
	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		MockRings::clear();
		let storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			if self.rings {
				MockRings::add(GDL_RING, &[1, 2, 3, 4, 5], 0, Some(GDL_NEXT_FROM));
				MockRings::add(GDL_NEXT, &[1, 2, 3, 4, 5, 6], GDL_NEXT_FROM, None);
				MockRings::add(JALISCO_RING, &[1, 2, 3, 4, 5], 0, None);
				MockRings::add(ZAPOPAN_RING, &[7, 8], 0, None);
			}
		});
		ext
	}

	/// Block 1 and no ring (for the benchmarks, whose helper publishes its own).
	#[cfg(feature = "runtime-benchmarks")]
	pub fn bare() -> sp_io::TestExternalities {
		Self { rings: false }.build()
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			SecretBallots::do_try_state().expect("invariants hold after the test");
		});
	}
}
