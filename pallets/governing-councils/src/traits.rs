//! What this pallet needs from the runtime: tabling the Executive Council's motions in its
//! `pallet_collective` instance, and the weight of pushing a council's membership there.

use alloc::boxed::Box;
use frame_support::weights::Weight;
use sp_runtime::{DispatchError, DispatchResult};

/// Tables a motion of the Executive Secretary in the Executive Council's collective.
///
/// The runtime implements it with the `pallet_collective` instance that
/// [`crate::Config::ExecutiveCouncil`] feeds:
///
/// ```ignore
/// fn table(secretary: AccountId, threshold: u32, proposal: Box<RuntimeCall>, length_bound: u32)
///     -> DispatchResult
/// {
///     let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&proposal);
///     let index = pallet_collective::ProposalCount::<Runtime, ExecutiveInstance>::get();
///     ExecutiveCollective::do_propose_proposed(secretary.clone(), threshold, proposal, length_bound)?;
///     ExecutiveCollective::do_vote(secretary, hash, index, true)?;
///     Ok(())
/// }
/// ```
///
/// so that the Secretary's aye is recorded and the motion passes with `threshold` ayes.
pub trait ExecutiveMotions<AccountId, Proposal> {
	/// Table `proposal` on behalf of `secretary`, needing `threshold` ayes (the Secretary's
	/// included), and record the Secretary's aye.
	fn table(
		secretary: AccountId,
		threshold: u32,
		proposal: Box<Proposal>,
		length_bound: u32,
	) -> DispatchResult;

	/// The weight of [`ExecutiveMotions::table`] for a proposal of at most `length_bound`
	/// bytes, beyond this pallet's own `table_motion` weight.
	fn table_weight(_length_bound: u32) -> Weight {
		Weight::zero()
	}
}

/// No Executive Council motions: `table_motion` fails.
impl<AccountId, Proposal> ExecutiveMotions<AccountId, Proposal> for () {
	fn table(
		_secretary: AccountId,
		_threshold: u32,
		_proposal: Box<Proposal>,
		_length_bound: u32,
	) -> DispatchResult {
		Err(DispatchError::Other("the runtime tables no Executive Council motions"))
	}
}

/// The weight of pushing one council's membership to its `ChangeMembers`
/// ([`crate::Config::ExecutiveCouncil`] and its siblings), beyond this pallet's own weights.
///
/// In the runtime the councils are `pallet_collective` instances, whose `change_members` closes
/// the votes of the outgoing members on every open motion: its cost grows with the instance's
/// `MaxProposals`. The runtime returns `pallet_collective`'s `set_members` weight for its largest
/// instance (`MaxMembers` old and new members, `MaxProposals` open motions); every call and hook
/// of this pallet that pushes memberships adds it once per push.
pub trait CouncilMembershipWeight {
	/// The worst-case weight of one push: `ChangeMembers::set_members_sorted` and, for the
	/// Executive Council, `ChangeMembers::set_prime`.
	fn change_members_weight() -> Weight;
}

/// Pushes cost nothing beyond this pallet's own weights (tests, or `ChangeMembers` of `()`).
impl CouncilMembershipWeight for () {
	fn change_members_weight() -> Weight {
		Weight::zero()
	}
}
