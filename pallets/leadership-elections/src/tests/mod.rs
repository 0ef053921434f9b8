//! Unit tests of leadership elections. The state they start from is described in `mock.rs`.

pub use crate::{
	mock::*, Ballot, BallotStatus, Ballots, Delegation, Delegations, Error, Event, OpenCalls,
	Tally, Votes,
};
pub use bmx_primitives::DocumentHash;
pub use frame_support::{assert_noop, assert_ok, BoundedVec};
pub use sp_core::H256;
pub use sp_runtime::DispatchError::BadOrigin;

mod calls;
mod delegation;
mod journey;
mod renewal;

/// The hash of an applicant's statement.
pub const STATEMENT: DocumentHash = H256::repeat_byte(0x11);
/// The hash of the Executive Council's reasons.
pub const REASON: DocumentHash = H256::repeat_byte(0xee);

/// The events of this pallet so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Elections(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The last event of this pallet.
pub fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

/// The Executive Council's origin.
pub fn executive() -> RuntimeOrigin {
	RuntimeOrigin::signed(EXECUTIVE)
}

/// A signed origin.
pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Go to block `n`.
pub fn run_to(n: u64) {
	System::set_block_number(n);
}

/// A list of elected accounts.
pub fn elected(accounts: &[u64]) -> crate::ElectedOf<Test> {
	BoundedVec::try_from(accounts.to_vec()).expect("few enough; qed")
}

/// The Executive Council opens a call for `seats` leaders of `collective`.
pub fn open_call(collective: u32, seats: u32) {
	assert_ok!(Elections::open_call(executive(), collective, seats));
}

/// `who` applies to the call of `collective`.
pub fn apply(collective: u32, who: u64) {
	assert_ok!(Elections::apply(signed(who), collective, STATEMENT));
}

/// The first block of [`LEADER`]'s renewal window, and its ballot opened there.
pub fn open_renewal() {
	run_to(TERM_END - LEAD);
	assert_ok!(Elections::open_renewal(signed(LEADER)));
}

/// `who` votes `aye` on the renewal of [`LEADER`].
pub fn vote(who: u64, aye: bool) {
	assert_ok!(Elections::vote(signed(who), LEADER, aye));
}

/// `who` delegates to `to`.
pub fn delegate(who: u64, to: u64) {
	assert_ok!(Elections::delegate(signed(who), to));
}

/// The ballot of `leader`.
pub fn ballot(leader: u64) -> Ballot<u64> {
	Ballots::<Test>::get(leader).expect("a ballot; qed")
}
