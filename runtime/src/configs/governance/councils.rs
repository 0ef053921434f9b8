//! `pallet-governing-councils`: the Executive Secretary, the commissioners and the Advisory
//! Council; the Executive Council's own motions (attendance quorum); the memberships of the
//! three `pallet-collective` councils of [`super::origins`].

use frame_support::{parameter_types, traits::ConstU32, weights::Weight};
use frame_system::EnsureRoot;
use pallet_collective::WeightInfo as _;

use super::{
	AdvisoryMajority, ExecutiveOrdinary, MaxProposalWeight, RenewalWindow, EXTRAORDINARY_QUORUM,
	MAX_ADVISORS, MAX_COLLECTIVES, MAX_LEADERS, MAX_PROPOSALS, MONTH, ORDINARY_QUORUM,
};
use crate::*;

parameter_types! {
	pub const AdvisoryRequestDeposit: Balance = 10 * UNIT;
	pub const ExecutiveTerm: BlockNumber = 2 * 365 * DAYS;
	pub const AdvisoryTerm: BlockNumber = 2 * 365 * DAYS;
	/// Commissions report monthly, the Secretary and the Advisory Council quarterly.
	pub const CommissionReportPeriod: BlockNumber = MONTH;
	pub const SecretaryReportPeriod: BlockNumber = 3 * MONTH;
	pub const AdvisoryReportPeriod: BlockNumber = 3 * MONTH;
	/// An Executive motion stays open a week (or until every member has voted).
	pub const ExecutiveMotionDuration: BlockNumber = 7 * DAYS;
	/// A collective's request for an extraordinary session stays open a month.
	pub const SessionRequestLifetime: BlockNumber = MONTH;
	/// Mass expiries are announced a month ahead.
	pub const ExpiryNotice: BlockNumber = MONTH;
}

/// What pushing a new membership to a council costs in its `pallet-collective` instance: the
/// worst case, with [`MAX_PROPOSALS`] motions open (each one's votes are rewritten).
pub struct CouncilMembershipWeight;

impl pallet_governing_councils::CouncilMembershipWeight for CouncilMembershipWeight {
	fn change_members_weight() -> Weight {
		type CollectiveWeights = pallet_collective::weights::SubstrateWeight<Runtime>;
		let members = MAX_COLLECTIVES.max(MAX_ADVISORS);
		// `set_members(m, n, p)` is the benchmark of `change_members_sorted` with m old members,
		// n new members and p open motions; the prime is set in the same go.
		CollectiveWeights::set_members(members, members, MAX_PROPOSALS)
	}
}

impl pallet_governing_councils::Config for Runtime {
	/// An ordinary decision of the Executive Council (or governed Root) admits, renews and
	/// removes advisors.
	type ExecutiveOrigin = ExecutiveOrdinary;
	/// More than half of the Advisory Council, at least two advisors (or governed Root),
	/// designates and removes executives.
	type AdvisoryOrigin = AdvisoryMajority;
	/// Governed Root reseats the councils when they cannot reseat themselves.
	type ReseatOrigin = EnsureRoot<AccountId>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Collectives = CollectiveRegistry;
	type Reports = Reports;
	type AdvisoryCouncil = AdvisoryCouncil;
	type NodeCommission = NodeCommission;
	type ProjectsCommission = ProjectsCommission;
	type CouncilMembershipWeight = CouncilMembershipWeight;
	type ExecutiveProposal = RuntimeCall;
	type Preimages = Preimage;
	/// The Secretary and six other members must vote ("el Secretario Ejecutivo del Consejo y
	/// seis integrantes").
	type OrdinaryQuorum = ConstU32<ORDINARY_QUORUM>;
	/// The Secretary and four other members, in an extraordinary session.
	type ExtraordinaryQuorum = ConstU32<EXTRAORDINARY_QUORUM>;
	type MotionDuration = ExecutiveMotionDuration;
	type MaxMotions = ConstU32<MAX_PROPOSALS>;
	/// A runtime upgrade's code is not a motion's call: Root authorizes its hash.
	type MaxMotionLength = ConstU32<{ 64 * 1024 }>;
	type MaxProposalWeight = MaxProposalWeight;
	type SessionRequestLifetime = SessionRequestLifetime;
	/// Two years, once per role and person.
	type MaxExecutiveTerms = ConstU32<1>;
	type ExpiryNotice = ExpiryNotice;
	/// A quarter of the Executive Council's founding seats (9) ending together is announced.
	type MassExpiryThreshold = ConstU32<3>;
	type MaxCollectives = ConstU32<MAX_COLLECTIVES>;
	/// Two years.
	type ExecutiveTerm = ExecutiveTerm;
	/// Every leader may have a proposal standing, so a majority of collectives always fits.
	type MaxSeatProposals = ConstU32<{ MAX_COLLECTIVES * MAX_LEADERS }>;
	type MaxAdvisors = ConstU32<MAX_ADVISORS>;
	/// An Advisory decision needs two ayes ([`super::MIN_COUNCIL_AYES`]): with fewer advisors,
	/// and the Executive below its quorum, the collectives' leaders designate executives.
	type AdvisoryQuorum = ConstU32<{ super::MIN_COUNCIL_AYES }>;
	/// Two years, renewable once at the advisor's request: two terms per person, for life.
	type AdvisoryTerm = AdvisoryTerm;
	type MaxAdvisorRenewals = ConstU32<1>;
	type RenewalWindow = RenewalWindow;
	type AdvisoryRequestDeposit = AdvisoryRequestDeposit;
	type MaxAdvisoryRequests = ConstU32<16>;
	type AdvisoryRequestLifetime = super::RequestLifetime;
	type RejectionPenalty = super::RejectionPenalty;
	type Slashed = crate::configs::ToAuthorsCollective;
	/// At least 1 + 2 x collectives + advisors = 48.
	type MaxExpiriesPerBlock = ConstU32<64>;
	type CommissionReportPeriod = CommissionReportPeriod;
	type SecretaryReportPeriod = SecretaryReportPeriod;
	type AdvisoryReportPeriod = AdvisoryReportPeriod;
	type WeightInfo = pallet_governing_councils::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectiveRegistry;
}
