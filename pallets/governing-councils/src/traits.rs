//! What this pallet needs from the runtime beyond `bmx-primitives`: the weight of pushing a
//! council's membership to its `pallet_collective` instance.

use frame_support::weights::Weight;

/// The weight of pushing one council's membership to its `ChangeMembers`
/// ([`crate::Config::AdvisoryCouncil`] and the two commissions), beyond this pallet's own weights.
///
/// In the runtime the councils are `pallet_collective` instances, whose `change_members` closes
/// the votes of the outgoing members on every open motion: its cost grows with the instance's
/// `MaxProposals`. The runtime returns `pallet_collective`'s `set_members` weight for its largest
/// instance (`MaxMembers` old and new members, `MaxProposals` open motions); every call and hook
/// of this pallet that pushes memberships adds it once per push.
pub trait CouncilMembershipWeight {
	/// The worst-case weight of one push: `ChangeMembers::set_members_sorted`.
	fn change_members_weight() -> Weight;
}

/// Pushes cost nothing beyond this pallet's own weights (tests, or `ChangeMembers` of `()`).
impl CouncilMembershipWeight for () {
	fn change_members_weight() -> Weight {
		Weight::zero()
	}
}
