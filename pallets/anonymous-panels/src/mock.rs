//! Test runtime: System, Balances and the anonymous-panels pallet, with a real ring service in
//! thread-local state, and the general-transaction pipeline (`frame_system::AuthorizeCall`) of
//! the runtime.
//!
//! [`MockRings`] keeps the evaluators' roster, the former evaluators' ring and the panels' rings
//! as lists of member keys per [`RingRef`], computes their roots with `verifiable`'s
//! Bandersnatch ring VRF on the 2^11 domain and verifies real proofs (`bmx-ring-testing`).
//! Rings change only when a test calls [`MockRings::build`] (the real service builds them in
//! bounded steps over several blocks): it publishes each panel ring asked for, and a new roster
//! or former evaluators' revision if that list changed. A key that leaves the roster joins the
//! former evaluators' list; [`MockRings::set_former_full`] makes that refused, as the real
//! service refuses it while the former evaluators' queue is full.
//! Evaluators' secrets come from fixed entropy (`new_secret([i; 32])`); [`prove`] makes their
//! proofs with the std prover and keeps them for the whole test process.
//!
//! [`ExtBuilder::default`] starts at block 1 with evaluators 1 to [`ENROLLED`] certified, each
//! with member key [`member_key`]`(i)`, enrolled at block 1 and the roster built; evaluator
//! [`LATECOMER`] is certified with a key but not enrolled; [`NO_KEY`] is certified without a
//! key; [`UNCERTIFIED`] has a key and no credential. [`BUYER`] pays the panels' fees.

use crate as pallet_anonymous_panels;
use bmx_primitives::{
	anonymity::{
		Alias, AnonymousMembership, MemberKey, MemberKeys, MembershipError, PanelId, PanelRings,
		RingRef, RingScope,
	},
	identity::{CredentialTypeId, CredentialsInspect},
};
use bmx_ring_testing::Root;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible, Imbalance, OnUnbalanced},
	weights::Weight,
	PalletId,
};
use sp_runtime::BuildStorage;
use std::collections::{BTreeMap, BTreeSet};

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
		Balances: pallet_balances,
		AnonymousPanels: pallet_anonymous_panels,
	}
);

/// The fewest members of a usable ring.
pub const MIN_RING_SIZE: u32 = 3;
/// The evaluator credential.
pub const EVALUATOR: CredentialTypeId = 1;
/// Evaluators 1 to this are enrolled at block 1.
pub const ENROLLED: u8 = 6;
/// A certified evaluator with a member key, not enrolled.
pub const LATECOMER: u8 = 7;
/// A certified evaluator without a member key.
pub const NO_KEY: u64 = 8;
/// A person with a member key and no credential.
pub const UNCERTIFIED: u8 = 9;
/// Who pays the panels' fees.
pub const BUYER: u64 = 100;
/// An account with funds and no role.
pub const NOBODY: u64 = 101;
/// The bond.
pub const BOND: u128 = 100;
/// What a non-revealer loses.
pub const SLASH: u128 = 40;
/// The existential deposit.
pub const ED: u128 = 5;
/// What every funded account holds at genesis.
pub const FUNDS: u128 = 10_000;
/// How many a panel selects.
pub const PANEL_SIZE: u32 = 3;
/// The fewest reveals that conclude.
pub const MIN_REVEALED: u32 = 2;
/// The fewest candidates.
pub const MIN_CANDIDATES: u32 = 4;
/// The most rounds.
pub const MAX_ROUNDS: u8 = 2;
/// The most options.
pub const MAX_OPTIONS: u32 = 4;
/// The most evaluators in the roster.
pub const MAX_EVALUATORS: u32 = 7;
/// The score from which reputation moves.
pub const HIGH_SCORE: u8 = 70;

/// One published revision of a ring.
#[derive(Clone)]
struct MockRing {
	ring: RingRef,
	members: Vec<MemberKey>,
	root: Root,
	valid_from: u64,
	valid_until: Option<u64>,
}

/// The ring service's state.
#[derive(Default)]
struct RingState {
	rings: Vec<MockRing>,
	roster: Vec<MemberKey>,
	roster_changed: bool,
	roster_revision: u32,
	former: Vec<MemberKey>,
	former_changed: bool,
	former_revision: u32,
	former_full: bool,
	panel_min_members: Option<u32>,
	pending_panels: Vec<(PanelId, Vec<MemberKey>)>,
	dissolved: Vec<PanelId>,
	member_keys: BTreeMap<u64, (MemberKey, u64)>,
	certified: BTreeSet<u64>,
	slashed: u128,
}

thread_local! {
	static STATE: RefCell<RingState> = RefCell::new(RingState::default());
}

/// The secret of evaluator `i`.
pub fn secret(i: u8) -> bmx_ring_testing::Secret {
	bmx_ring_testing::secret_from([i; 32])
}

/// The member key of evaluator `i`.
pub fn member_key(i: u8) -> MemberKey {
	bmx_ring_testing::member_of(&secret(i))
}

/// Evaluator `i`'s alias in `context`, computed locally (no proof).
pub fn alias_of(i: u8, context: &[u8]) -> Alias {
	bmx_ring_testing::alias_in(&secret(i), context)
}

/// The root of a ring of `members`, built as the ring service builds it.
fn root_of(members: &[MemberKey]) -> Root {
	bmx_ring_testing::root_of(members)
}

/// A proof by evaluator `i`, a member of `members`, for `contexts` and `message`; and its
/// aliases, one per context.
pub fn prove(
	i: u8,
	members: &[MemberKey],
	contexts: &[&[u8]],
	message: &[u8],
) -> (Vec<u8>, Vec<Alias>) {
	bmx_ring_testing::prove(&secret(i), members, contexts, message)
}

/// The ring service's stand-in.
pub struct MockRings;

impl MockRings {
	/// Publishes every panel ring asked for, and a new roster revision if the roster changed
	/// (the previous one stays in force until now).
	pub fn build() {
		let now = System::block_number();
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			let pending = core::mem::take(&mut state.pending_panels);
			for (panel, members) in pending {
				let root = root_of(&members);
				let ring = RingRef { scope: RingScope::Panel(panel), index: 0, revision: 1 };
				state.rings.push(MockRing {
					ring,
					members,
					root,
					valid_from: now,
					valid_until: None,
				});
			}
			if state.roster_changed && !state.roster.is_empty() {
				let members = state.roster.clone();
				let revision = Self::publish(&mut state, RingScope::Evaluators, members, now);
				state.roster_revision = revision;
				state.roster_changed = false;
			}
			if state.former_changed && !state.former.is_empty() {
				let members = state.former.clone();
				let revision = Self::publish(&mut state, RingScope::FormerEvaluators, members, now);
				state.former_revision = revision;
				state.former_changed = false;
			}
		});
	}

	/// Publishes the next revision of ring 0 of `scope` with `members`, in force from `now`;
	/// the previous one stays in force until now. Returns the new revision.
	fn publish(state: &mut RingState, scope: RingScope, members: Vec<MemberKey>, now: u64) -> u32 {
		let previous = state
			.rings
			.iter()
			.filter(|ring| ring.ring.scope == scope)
			.map(|ring| ring.ring.revision)
			.max()
			.unwrap_or(0);
		for ring in state.rings.iter_mut() {
			if ring.ring.scope == scope && ring.ring.revision == previous {
				ring.valid_until = Some(now);
			}
		}
		let revision = previous.saturating_add(1);
		let root = root_of(&members);
		let ring = RingRef { scope, index: 0, revision };
		state
			.rings
			.push(MockRing { ring, members, root, valid_from: now, valid_until: None });
		revision
	}

	/// The roster ring revision in force now.
	pub fn roster_ring() -> RingRef {
		let revision = STATE.with(|state| state.borrow().roster_revision);
		RingRef { scope: RingScope::Evaluators, index: 0, revision }
	}

	/// The former evaluators' ring revision in force now (revision 0 while none was built).
	pub fn former_ring() -> RingRef {
		let revision = STATE.with(|state| state.borrow().former_revision);
		RingRef { scope: RingScope::FormerEvaluators, index: 0, revision }
	}

	/// The former evaluators' keys now, built or not.
	pub fn former() -> Vec<MemberKey> {
		STATE.with(|state| state.borrow().former.clone())
	}

	/// Makes the former evaluators' queue full (`leave_roster` refused), or not.
	pub fn set_former_full(full: bool) {
		STATE.with(|state| state.borrow_mut().former_full = full);
	}

	/// Sets the panels' ring minimum the ring service tells ([`MIN_RING_SIZE`] by default).
	pub fn set_panel_min_members(min: u32) {
		STATE.with(|state| state.borrow_mut().panel_min_members = Some(min));
	}

	/// The member keys of `ring`, in ring order.
	pub fn members(ring: &RingRef) -> Option<Vec<MemberKey>> {
		Self::find(ring).map(|r| r.members)
	}

	/// The keys a panel's ring was asked for with, while it waits to be built.
	pub fn pending_panel(panel: PanelId) -> Option<Vec<MemberKey>> {
		STATE.with(|state| {
			state
				.borrow()
				.pending_panels
				.iter()
				.find(|(p, _)| *p == panel)
				.map(|(_, k)| k.clone())
		})
	}

	/// Whether `panel`'s ring was dissolved.
	pub fn dissolved(panel: PanelId) -> bool {
		STATE.with(|state| state.borrow().dissolved.contains(&panel))
	}

	/// The roster's keys now.
	pub fn roster() -> Vec<MemberKey> {
		STATE.with(|state| state.borrow().roster.clone())
	}

	/// Makes `who` a certified evaluator, or not.
	pub fn set_certified(who: u64, certified: bool) {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			if certified {
				state.certified.insert(who);
			} else {
				state.certified.remove(&who);
			}
		});
	}

	/// Registers `key` as `who`'s member key (or removes it with `None`).
	pub fn set_member_key(who: u64, key: Option<MemberKey>) {
		let now = System::block_number();
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			match key {
				Some(key) => state.member_keys.insert(who, (key, now)),
				None => state.member_keys.remove(&who),
			};
		});
	}

	/// What was slashed so far.
	pub fn slashed() -> u128 {
		STATE.with(|state| state.borrow().slashed)
	}

	fn find(ring: &RingRef) -> Option<MockRing> {
		STATE.with(|state| state.borrow().rings.iter().find(|r| &r.ring == ring).cloned())
	}

	fn reset() {
		STATE.with(|state| *state.borrow_mut() = RingState::default());
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
		STATE.with(|state| {
			state
				.borrow()
				.rings
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

impl PanelRings<u64> for MockRings {
	fn join_roster(key: MemberKey) -> Result<(), MembershipError> {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			if !state.roster.contains(&key) {
				state.roster.push(key);
				state.roster_changed = true;
			}
		});
		Ok(())
	}

	fn leave_roster(key: &MemberKey) -> Result<(), MembershipError> {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			if !state.roster.contains(key) {
				return Ok(());
			}
			if state.former_full {
				return Err(MembershipError::UnknownRing);
			}
			state.roster.retain(|k| k != key);
			state.roster_changed = true;
			state.former.push(*key);
			state.former_changed = true;
			Ok(())
		})
	}

	fn form_panel(panel: PanelId, keys: Vec<MemberKey>) -> Result<(), MembershipError> {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			let formed = state.pending_panels.iter().any(|(p, _)| *p == panel)
				|| state.rings.iter().any(|r| r.ring.scope == RingScope::Panel(panel));
			if formed || keys.is_empty() {
				return Err(MembershipError::UnknownRing);
			}
			state.pending_panels.push((panel, keys));
			Ok(())
		})
	}

	fn panel_ring(panel: PanelId) -> Option<(RingRef, bool)> {
		let ring = STATE.with(|state| {
			state
				.borrow()
				.rings
				.iter()
				.find(|r| r.ring.scope == RingScope::Panel(panel))
				.cloned()
		})?;
		let usable = ring.members.len() as u32 >= MIN_RING_SIZE;
		Some((ring.ring, usable))
	}

	fn panel_min_members() -> u32 {
		STATE.with(|state| state.borrow().panel_min_members.unwrap_or(MIN_RING_SIZE))
	}

	fn dissolve_panel(panel: PanelId) {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			state.rings.retain(|r| r.ring.scope != RingScope::Panel(panel));
			state.pending_panels.retain(|(p, _)| *p != panel);
			state.dissolved.push(panel);
		});
	}

	fn form_panel_weight(keys: u32) -> Weight {
		Weight::from_parts(1_000_000, 0).saturating_mul(keys.into())
	}

	fn dissolve_panel_weight() -> Weight {
		Weight::from_parts(5_000_000, 0)
	}

	fn roster_change_weight() -> Weight {
		Weight::from_parts(5_000_000, 0)
	}
}

impl MemberKeys<u64, u64> for MockRings {
	fn member_key(who: &u64) -> Option<(MemberKey, u64)> {
		STATE.with(|state| state.borrow().member_keys.get(who).copied())
	}
}

impl CredentialsInspect<u64> for MockRings {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		credential_type == EVALUATOR && STATE.with(|state| state.borrow().certified.contains(who))
	}
}

/// Where slashes go: counted, then burnt.
pub struct SlashCounter;

impl OnUnbalanced<fungible::Credit<u64, Balances>> for SlashCounter {
	fn on_nonzero_unbalanced(amount: fungible::Credit<u64, Balances>) {
		STATE.with(|state| {
			let mut state = state.borrow_mut();
			state.slashed = state.slashed.saturating_add(amount.peek());
		});
	}
}

parameter_types! {
	pub const PanelsPalletId: PalletId = PalletId(*b"bmx/pnls");
	pub const EvaluatorCredential: CredentialTypeId = EVALUATOR;
	pub const Bond: u128 = BOND;
	pub const NonRevealSlash: u128 = SLASH;
	pub const MaxEvaluators: u32 = MAX_EVALUATORS;
	pub const PanelSize: u32 = PANEL_SIZE;
	pub const MinRevealed: u32 = MIN_REVEALED;
	pub const MinCandidates: u32 = MIN_CANDIDATES;
	pub const MaxRounds: u8 = MAX_ROUNDS;
	pub const MaxOptions: u32 = MAX_OPTIONS;
	pub const MaxProofLen: u32 = 1_024;
	pub const InitialReputation: i32 = 0;
	pub const MinReputation: i32 = -1;
	pub const HighScore: u8 = HIGH_SCORE;
	pub const ExistentialDeposit: u128 = ED;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u128>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u128;
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
}

impl pallet_anonymous_panels::Config for Test {
	type Currency = Balances;
	type Rings = MockRings;
	type MemberKeys = MockRings;
	type Credentials = MockRings;
	type EvaluatorCredential = EvaluatorCredential;
	type PalletId = PanelsPalletId;
	type Bond = Bond;
	type NonRevealSlash = NonRevealSlash;
	type Slash = SlashCounter;
	type MaxEvaluators = MaxEvaluators;
	type PanelSize = PanelSize;
	type MinRevealed = MinRevealed;
	type MinCandidates = MinCandidates;
	type MaxRounds = MaxRounds;
	type MaxOptions = MaxOptions;
	type MaxProofLen = MaxProofLen;
	type InitialReputation = InitialReputation;
	type MinReputation = MinReputation;
	type HighScore = HighScore;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRings;
}

/// Builds the test externalities.
pub struct ExtBuilder {
	/// Whether evaluators 1 to [`ENROLLED`] enrol at block 1 (and the roster is built).
	enrolled: bool,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { enrolled: true }
	}
}

impl ExtBuilder {
	/// Nobody enrolled.
	pub fn without_enrolments() -> Self {
		Self { enrolled: false }
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		MockRings::reset();
		let mut storage = frame_system::GenesisConfig::<Test>::default()
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let balances: Vec<(u64, u128)> = (1..=u64::from(UNCERTIFIED))
			.chain([BUYER, NOBODY])
			.map(|who| (who, FUNDS))
			.collect();
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.expect("the balances' genesis builds; qed");
		crate::GenesisConfig::<Test>::default()
			.assimilate_storage(&mut storage)
			.expect("the pallet's genesis builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for i in 1..=LATECOMER {
				MockRings::set_certified(i.into(), true);
				MockRings::set_member_key(i.into(), Some(member_key(i)));
			}
			MockRings::set_certified(NO_KEY, true);
			MockRings::set_member_key(UNCERTIFIED.into(), Some(member_key(UNCERTIFIED)));
			if self.enrolled {
				for i in 1..=ENROLLED {
					crate::Pallet::<Test>::enrol(RuntimeOrigin::signed(i.into()))
						.expect("a certified evaluator with a key enrols; qed");
				}
				MockRings::build();
			}
			System::reset_events();
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			AnonymousPanels::do_try_state().expect("invariants hold after the test");
		});
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl ExtBuilder {
	/// Block 1, nobody enrolled and the pool holding its existential deposit (the benchmarks
	/// set everything else up).
	pub fn benchmarks() -> sp_io::TestExternalities {
		Self::without_enrolments().build()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRings {
	fn certify(who: &u64, key: MemberKey) {
		Self::set_certified(*who, true);
		Self::set_member_key(*who, Some(key));
	}

	fn ticket_fixture() -> crate::TicketFixture {
		use bmx_primitives::anonymity::{pseudonym_context, ticket_context, ticket_message};
		let candidates: Vec<MemberKey> = (1..=MAX_EVALUATORS as u8).map(member_key).collect();
		let hash = System::block_hash(0);
		let mut genesis = [0u8; 32];
		genesis.copy_from_slice(hash.as_ref());
		let (panel, seed, commitment) = (0, [1u8; 32], [3u8; 32]);
		let ring = RingRef { scope: RingScope::Panel(panel), index: 0, revision: 1 };
		let contexts = [ticket_context(&genesis, panel, 0, &seed), pseudonym_context(&genesis)];
		let (proof, aliases) = prove(
			1,
			&candidates,
			&[&contexts[0][..], &contexts[1][..]],
			&ticket_message(panel, 0, &ring, &commitment),
		);
		crate::TicketFixture {
			genesis,
			panel,
			seed,
			candidates,
			ticket: aliases[0],
			pseudonym: aliases[1],
			commitment,
			proof,
		}
	}

	fn build_rings() {
		Self::build();
	}
}
