//! `pallet-leadership-elections`: leaders elected by open call, and renewed by their
//! collective's members (with liquid delegation) before the Executive Council confirms. The
//! register (`CollectiveRegistry`) applies its own rules to every appointment and renewal.

use frame_support::{parameter_types, traits::ConstU32};

use super::{ExecutiveOrdinary, RenewalWindow, MAX_MEMBERS_PER_COLLECTIVE};
use crate::*;

parameter_types! {
	/// An open call takes applications for two weeks...
	pub const ApplicationPeriod: BlockNumber = 14 * DAYS;
	/// ...and the Executive Council elects within two more.
	pub const ElectionPeriod: BlockNumber = 14 * DAYS;
	/// The members vote on a renewal for two weeks, all of it before the term ends.
	pub const RenewalVotingPeriod: BlockNumber = 14 * DAYS;
}

impl pallet_leadership_elections::Config for Runtime {
	type Collectives = CollectiveRegistry;
	type Leadership = CollectiveRegistry;
	/// An ordinary decision of the Executive Council opens calls, elects and confirms renewals.
	type ExecutiveOrigin = ExecutiveOrdinary;
	type ApplicationPeriod = ApplicationPeriod;
	type ElectionPeriod = ElectionPeriod;
	type VotingPeriod = RenewalVotingPeriod;
	/// A ballot opens within the register's renewal window, so that the Executive's
	/// confirmation falls inside it too.
	type RenewalLead = RenewalWindow;
	type MaxApplicants = ConstU32<32>;
	/// Every member of the largest collective can be tallied.
	type MaxVoters = ConstU32<MAX_MEMBERS_PER_COLLECTIVE>;
	/// A vote travels at most three delegations.
	type MaxDelegationDepth = ConstU32<3>;
	type WeightInfo = pallet_leadership_elections::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CollectiveRegistry;
}
