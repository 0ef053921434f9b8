//! Smart Tenders: public procurement with sealed bids, anonymous certified evaluators (VRF
//! selection) and citizens' votes, on the identity pallet's traits.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::Perbill;

use super::{super::*, AdvisoryMajority, ExecutiveOrdinary};

parameter_types! {
	/// Held per sealed bid; forfeited if the bid is not revealed in time.
	pub const BidDeposit: Balance = 100 * UNIT;
	/// Held for each complaint: returned if upheld, forfeited if dismissed.
	pub const ComplaintDeposit: Balance = 50 * UNIT;
	/// The credential type of certified tender evaluators (the first founding type).
	pub const EvaluatorCredential: pallet_digital_identity::CredentialTypeId = 0;
	/// The chance that a certified evaluator is eligible to score a given tender.
	pub const EvaluatorSelectionProbability: Perbill = Perbill::from_percent(50);
	/// Evaluators whose reputation falls below this may no longer score.
	pub const MinEvaluatorReputation: i32 = -3;
	/// Contracts are signed by e.firma-bound accounts.
	pub const RequireEfirma: bool = true;
}

impl pallet_tenders::Config for Runtime {
	/// An ordinary decision of the Executive Council registers buyer units and their officials.
	type BuyerRegistryOrigin = ExecutiveOrdinary;
	/// The same approves or rejects suppliers.
	type SupplierRegistryOrigin = ExecutiveOrdinary;
	/// Complaints (inconformidades) are resolved by the Advisory Council, which neither buys nor
	/// sells.
	type ReviewOrigin = AdvisoryMajority;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Forfeited deposits go where fees go: the treasury of the collective whose node authored
	/// the block (`configs/fees.rs`).
	type Slashed = crate::configs::ToAuthorsCollective;
	type BidDeposit = BidDeposit;
	type ComplaintDeposit = ComplaintDeposit;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type Efirma = DigitalIdentity;
	type EvaluatorCredential = EvaluatorCredential;
	type EvaluatorSelectionProbability = EvaluatorSelectionProbability;
	type MinEvaluatorReputation = MinEvaluatorReputation;
	type RequireEfirma = RequireEfirma;
	type MaxTitleLength = ConstU32<128>;
	type MaxOfficials = ConstU32<10>;
	type MaxPartidas = ConstU32<50>;
	type MaxRequirements = ConstU32<20>;
	type MaxBidsPerTender = ConstU32<50>;
	type MaxEnquiries = ConstU32<200>;
	type MaxEvaluatorsPerTender = ConstU32<15>;
	type MaxDeliverables = ConstU32<24>;
	/// Two months a phase: the law's shortest tender gives 10 to 15 days to bid, the longest
	/// international ones 40 and more.
	type MaxPhaseLength = ConstU32<{ 60 * DAYS }>;
	/// A year from publication to the contract's signature, amendments included.
	type MaxTenderDuration = ConstU32<{ 365 * DAYS }>;
	/// The junta de aclaraciones may move dates a few times; more is a new tender.
	type MaxAmendments = ConstU32<5>;
	/// A tenth of the 200 slots: at least ten suppliers can always ask.
	type MaxEnquiriesPerSupplier = ConstU32<20>;
	type WeightInfo = pallet_tenders::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::configs::IdentityBenchmarkHelper;
}
