//! The governance bodies that decide and the origins they give the governance pallets.
//!
//! | body | kept by | decides with |
//! |---|---|---|
//! | Executive Council (Secretary + one projects and one node commissioner per collective) | `Councils` (its own motions) | attendance: the Secretary and at least 6 other members voting (4 for an extraordinary motion, tabled at a collective's request), carried by a majority of those voting |
//! | Advisory Council (at most 15) | `AdvisoryCouncil` (`pallet-collective`) | more than half of its members, and at least [`MIN_COUNCIL_AYES`] ayes |
//! | Node-integration commission | `NodeCommission` (`pallet-collective`) | the same |
//! | Projects commission | `ProjectsCommission` (`pallet-collective`) | the same |
//! | Root | `Whitelist` ([`super::root`]) | the Executive whitelists by an ordinary decision, the Advisory Council dispatches |
//!
//! Every council origin also accepts Root ([`OrGovernedRoot`]), which only the two councils
//! together reach: the governed way out of any state the councils cannot leave alone.

use core::marker::PhantomData;
use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse, EnsureOrigin, OriginTrait},
	weights::Weight,
};
use frame_system::{EnsureNever, EnsureRoot};

use super::{MAX_ADVISORS, MAX_COLLECTIVES};
use crate::{configs::RuntimeBlockWeights, *};

/// The Advisory Council's `pallet-collective` instance.
pub type AdvisoryCollective = pallet_collective::Instance2;
/// The node-integration commission's instance.
pub type NodeCommissionCollective = pallet_collective::Instance3;
/// The projects commission's instance.
pub type ProjectsCommissionCollective = pallet_collective::Instance4;

/// The fewest ayes any council decision needs: a council reduced to one seat cannot decide
/// alone, however large its "majority".
pub const MIN_COUNCIL_AYES: u32 = 2;

/// A decision of a `pallet-collective` council: more than half of its members, and at least
/// `MIN` of them, voted aye.
pub struct EnsureCouncilMajority<I: 'static, const MIN: u32>(PhantomData<I>);

impl<O, I: 'static, const MIN: u32> EnsureOrigin<O> for EnsureCouncilMajority<I, MIN>
where
	O: OriginTrait + From<pallet_collective::RawOrigin<AccountId, I>>,
	for<'a> &'a O::PalletsOrigin: TryInto<&'a pallet_collective::RawOrigin<AccountId, I>>,
{
	type Success = ();

	fn try_origin(o: O) -> Result<Self::Success, O> {
		let decided = matches!(
			o.caller().try_into(),
			Ok(pallet_collective::RawOrigin::Members(ayes, members))
				if *ayes >= MIN && u64::from(*ayes) * 2 > u64::from(*members)
		);
		if decided {
			Ok(())
		} else {
			Err(o)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(pallet_collective::RawOrigin::Members(MIN, MIN)))
	}
}

/// `Origin`, or Root (which only the two councils together reach, see [`super::root`]).
pub type OrGovernedRoot<Origin> = EitherOfDiverse<EnsureRoot<AccountId>, Origin>;

/// An ordinary decision of the Executive Council (its own motions, in `Councils`).
pub type ExecutiveOrdinaryDecision = pallet_governing_councils::EnsureOrdinaryDecision;
/// A decision of the Executive Council, ordinary or extraordinary.
pub type ExecutiveDecision = pallet_governing_councils::EnsureExecutiveDecision;
/// A decision of the Advisory Council.
pub type AdvisoryDecision = EnsureCouncilMajority<AdvisoryCollective, MIN_COUNCIL_AYES>;
/// A decision of the node-integration commission.
pub type NodeCommissionDecision = EnsureCouncilMajority<NodeCommissionCollective, MIN_COUNCIL_AYES>;
/// A decision of the projects commission.
pub type ProjectsCommissionDecision =
	EnsureCouncilMajority<ProjectsCommissionCollective, MIN_COUNCIL_AYES>;

/// What the pallets are given: each council's decision, or governed Root.
pub type ExecutiveOrdinary = OrGovernedRoot<ExecutiveOrdinaryDecision>;
/// An extraordinary (or ordinary) decision of the Executive Council, or governed Root.
pub type ExecutiveExtraordinary = OrGovernedRoot<ExecutiveDecision>;
/// A decision of the Advisory Council, or governed Root.
pub type AdvisoryMajority = OrGovernedRoot<AdvisoryDecision>;
/// A decision of the node-integration commission, or governed Root.
pub type NodeCommissionMajority = OrGovernedRoot<NodeCommissionDecision>;
/// A decision of the projects commission, or governed Root.
pub type ProjectsCommissionMajority = OrGovernedRoot<ProjectsCommissionDecision>;

/// The most motions a council may have open at once.
pub const MAX_PROPOSALS: u32 = 32;

parameter_types! {
	/// How long a council motion stays open for votes.
	pub const MotionDuration: BlockNumber = 7 * DAYS;
	/// The heaviest call a council may dispatch: half a block.
	pub MaxProposalWeight: Weight = RuntimeBlockWeights::get().max_block.saturating_div(2);
}

/// Members who do not vote count against a motion when it is closed after its duration: a
/// decision needs the ayes it states, never assumed ones.
pub struct AbstentionIsNay;

impl pallet_collective::DefaultVote for AbstentionIsNay {
	fn default_vote(_prime: Option<bool>, _yes: u32, _no: u32, _len: u32) -> bool {
		false
	}
}

/// One `pallet_collective::Config` per council: members come only from `pallet-governing-councils`
/// (`SetMembersOrigin` is never), motions expire instead of being killed, and no deposit is taken
/// for a motion (only council members can make one).
macro_rules! council_config {
	($instance:ty, $max_members:expr) => {
		impl pallet_collective::Config<$instance> for Runtime {
			type RuntimeOrigin = RuntimeOrigin;
			type Proposal = RuntimeCall;
			type RuntimeEvent = RuntimeEvent;
			type MotionDuration = MotionDuration;
			type MaxProposals = ConstU32<MAX_PROPOSALS>;
			type MaxMembers = ConstU32<{ $max_members }>;
			type DefaultVote = AbstentionIsNay;
			type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
			type SetMembersOrigin = EnsureNever<()>;
			type MaxProposalWeight = MaxProposalWeight;
			type DisapproveOrigin = EnsureNever<()>;
			type KillOrigin = EnsureNever<()>;
			type Consideration = ();
		}
	};
}

council_config!(AdvisoryCollective, MAX_ADVISORS);
council_config!(NodeCommissionCollective, MAX_COLLECTIVES);
council_config!(ProjectsCommissionCollective, MAX_COLLECTIVES);

/// The calls no account may make directly: `Session::purge_keys`, which would let a validator
/// leave the set without governance (`NodeIntegration::purge_keys` checks first).
pub struct GovernanceCallFilter;

impl frame_support::traits::Contains<RuntimeCall> for GovernanceCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::Session(pallet_session::Call::purge_keys { .. }))
	}
}
