//! Smart Tenders: public procurement with sealed bids, guarantees, anonymous certified
//! evaluators (VRF selection), citizens' votes and comments, social witnesses, and the CUCoP
//! catalogue its partidas are classified by; on the identity pallet's traits.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::{traits::Convert, Perbill};

use super::{
	super::*,
	registries::{credentials, EnsureCredentialHolder},
	ExecutiveOrdinary,
};

parameter_types! {
	/// The least bid guarantee, whatever the budget: no sealed bid is free.
	pub const MinBidGuarantee: Balance = 100 * UNIT;
	/// The bid guarantee (garantía de seriedad): 5% of the budget, the share buyer units
	/// commonly ask for.
	pub const BidGuarantee: Perbill = Perbill::from_percent(5);
	/// The performance guarantee (garantía de cumplimiento): 10% of the contract's value, the
	/// law's usual share.
	pub const PerformanceGuarantee: Perbill = Perbill::from_percent(10);
	/// Precio no aceptable: more than 10% above the market-research reference price.
	pub const PriceCeilingMargin: Perbill = Perbill::from_percent(10);
	/// Precio conveniente: at least 60% of the average acceptable price (the average less the
	/// law's 40% discount).
	pub const ConvenientPriceShare: Perbill = Perbill::from_percent(60);
	/// The contract passes to the runner-up only within 10% of the winner's price (LAASSP
	/// art. 46).
	pub const RunnerUpMargin: Perbill = Perbill::from_percent(10);
	/// Held for each complaint: returned if upheld, forfeited if dismissed.
	pub const ComplaintDeposit: Balance = 50 * UNIT;
	/// The credential type of certified tender evaluators (the first founding type).
	pub const EvaluatorCredential: pallet_digital_identity::CredentialTypeId =
		credentials::TENDER_EVALUATOR;
	/// The credential type of social witnesses.
	pub const SocialWitnessCredential: pallet_digital_identity::CredentialTypeId =
		credentials::SOCIAL_WITNESS;
	/// The oversight authority's officials' credential type.
	pub const ProcurementOversightCredential: pallet_digital_identity::CredentialTypeId =
		credentials::PROCUREMENT_OVERSIGHT;
	/// A social witness is required from a budget of 1,000 million pesos (in centavos). The
	/// law counts its threshold in days of minimum wage, of this order; governance revises it.
	pub const SocialWitnessThreshold: pallet_tenders::Centavos = 100_000_000_000;
	/// The chance that a certified evaluator is eligible to score a given tender.
	pub const EvaluatorSelectionProbability: Perbill = Perbill::from_percent(50);
	/// Evaluators whose reputation falls below this may no longer score.
	pub const MinEvaluatorReputation: i32 = -3;
	/// Contracts are signed by e.firma-bound accounts.
	pub const RequireEfirma: bool = true;
}

/// Guarantees are set in pesos and held in BMX at one BMX per peso: a centavo is a hundredth of
/// a BMX. The rate is a runtime constant that governance may change with an upgrade.
pub struct CentavosToBmx;

impl Convert<pallet_tenders::Centavos, Balance> for CentavosToBmx {
	fn convert(centavos: pallet_tenders::Centavos) -> Balance {
		centavos.saturating_mul(UNIT / 100)
	}
}

impl pallet_tenders::Config for Runtime {
	/// An ordinary decision of the Executive Council registers buyer units and their officials.
	type BuyerRegistryOrigin = ExecutiveOrdinary;
	/// The same approves or rejects suppliers.
	type SupplierRegistryOrigin = ExecutiveOrdinary;
	/// Complaints (inconformidades) are resolved, and social witnesses assigned, by the
	/// procurement oversight authority's accredited officials (the Secretaría Anticorrupción y
	/// Buen Gobierno or the buyer's internal control body), never by the network's governance.
	type ReviewOrigin = EnsureCredentialHolder<ProcurementOversightCredential>;
	type Catalogue = ProcurementCatalogue;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Forfeited guarantees and deposits go where fees go: the treasury of the collective whose
	/// node authored the block (`configs/fees.rs`).
	type Slashed = crate::configs::ToAuthorsCollective;
	type CentavosToBalance = CentavosToBmx;
	type BidGuarantee = BidGuarantee;
	type MinBidGuarantee = MinBidGuarantee;
	type PerformanceGuarantee = PerformanceGuarantee;
	type PriceCeilingMargin = PriceCeilingMargin;
	type ConvenientPriceShare = ConvenientPriceShare;
	type RunnerUpMargin = RunnerUpMargin;
	/// The runner-up has 15 days to sign, as the winner has after the award.
	type RunnerUpSigningPeriod = ConstU32<{ 15 * DAYS }>;
	type ComplaintDeposit = ComplaintDeposit;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type Efirma = DigitalIdentity;
	type EvaluatorCredential = EvaluatorCredential;
	type SocialWitnessCredential = SocialWitnessCredential;
	type SocialWitnessThreshold = SocialWitnessThreshold;
	/// The law assigns one; a second may replace one who cannot go on.
	type MaxSocialWitnesses = ConstU32<3>;
	/// A thousand citizens' comments a tender, each one entry.
	type MaxComments = ConstU32<1000>;
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

impl pallet_procurement_catalogue::Config for Runtime {
	/// An ordinary decision of the Executive Council keeps the catalogue, as the classifier is
	/// published by the federal government for every buyer.
	type CatalogueOrigin = ExecutiveOrdinary;
	/// The longest description in the classifier, with room to spare.
	type MaxNameLength = ConstU32<200>;
	type WeightInfo = pallet_procurement_catalogue::weights::SubstrateWeight<Runtime>;
}
