//! The governance bodies that decide: four `pallet-collective` instances whose members
//! `pallet-governing-councils` keeps in step with its seats (`ChangeMembers`), and the origins
//! they give the governance pallets.
//!
//! | body | instance | decides with |
//! |---|---|---|
//! | Executive Council (Secretary + one projects and one node commissioner per collective) | `ExecutiveCouncil` | a motion tabled by the Secretary (`Councils::table_motion`): ordinary = Secretary + 6 ayes, extraordinary = Secretary + 4 ayes |
//! | Advisory Council (at most 15) | `AdvisoryCouncil` | more than half of its members |
//! | Node-integration commission | `NodeCommission` | more than half of its members |
//! | Projects commission | `ProjectsCommission` | more than half of its members |

use frame_support::{parameter_types, traits::ConstU32, weights::Weight};
use frame_system::EnsureNever;

use super::{EXTRAORDINARY_QUORUM, MAX_ADVISORS, MAX_COLLECTIVES, ORDINARY_QUORUM};
use crate::{configs::RuntimeBlockWeights, *};

/// The Executive Council's `pallet-collective` instance.
pub type ExecutiveCollective = pallet_collective::Instance1;
/// The Advisory Council's instance.
pub type AdvisoryCollective = pallet_collective::Instance2;
/// The node-integration commission's instance.
pub type NodeCommissionCollective = pallet_collective::Instance3;
/// The projects commission's instance.
pub type ProjectsCommissionCollective = pallet_collective::Instance4;

/// An ordinary decision of the Executive Council: a Secretary's motion with Secretary + 6 ayes.
pub type ExecutiveOrdinary =
	pallet_collective::EnsureMembers<AccountId, ExecutiveCollective, { ORDINARY_QUORUM + 1 }>;
/// An extraordinary decision of the Executive Council: Secretary + 4 ayes.
pub type ExecutiveExtraordinary =
	pallet_collective::EnsureMembers<AccountId, ExecutiveCollective, { EXTRAORDINARY_QUORUM + 1 }>;
/// More than half of the Advisory Council.
pub type AdvisoryMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, AdvisoryCollective, 1, 2>;
/// More than half of the node-integration commission.
pub type NodeCommissionMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, NodeCommissionCollective, 1, 2>;
/// More than half of the projects commission.
pub type ProjectsCommissionMajority =
	pallet_collective::EnsureProportionMoreThan<AccountId, ProjectsCommissionCollective, 1, 2>;

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

council_config!(ExecutiveCollective, 1 + 2 * MAX_COLLECTIVES);
council_config!(AdvisoryCollective, MAX_ADVISORS);
council_config!(NodeCommissionCollective, MAX_COLLECTIVES);
council_config!(ProjectsCommissionCollective, MAX_COLLECTIVES);

/// Every call except a direct `ExecutiveCouncil::propose`: the Executive Council's motions are
/// tabled by the Secretary through `Councils::table_motion`, which records the Secretary's aye.
pub struct NoDirectExecutiveMotions;

impl frame_support::traits::Contains<RuntimeCall> for NoDirectExecutiveMotions {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::ExecutiveCouncil(pallet_collective::Call::propose { .. }))
	}
}
