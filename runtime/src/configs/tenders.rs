//! Smart Tenders: public procurement with sealed bids, guarantees, anonymous certified
//! evaluators (the anonymous panels), secret citizens' votes (the secret ballots) and comments,
//! social witnesses, and the CUCoP catalogue its partidas are classified by; on the identity
//! pallet's traits.

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
	/// The credential type of certified tender evaluators (the first founding type): who may
	/// enrol in the evaluation panels (`configs/anonymity.rs`).
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
	/// The evaluation fee a tender pays its panel of five: 500 BMX for each evaluator who
	/// reveals, so that a non-reveal slash (500 BMX) costs at least what revealing pays.
	pub const EvaluationFee: Balance = 2_500 * UNIT;
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
	type SocialWitnessCredential = SocialWitnessCredential;
	type SocialWitnessThreshold = SocialWitnessThreshold;
	/// The law assigns one; a second may replace one who cannot go on.
	type MaxSocialWitnesses = ConstU32<3>;
	/// A thousand citizens' comments a tender, each one entry.
	type MaxComments = ConstU32<1000>;
	/// Panels drawn by sortition from the certified evaluators (`configs/anonymity.rs`).
	type Panels = AnonymousPanels;
	/// Citizens vote in secret ballots of the tender's scope.
	type Ballots = SecretBallots;
	type EvaluationFee = EvaluationFee;
	type RequireEfirma = RequireEfirma;
	type MaxTitleLength = ConstU32<128>;
	type MaxOfficials = ConstU32<10>;
	type MaxPartidas = ConstU32<50>;
	type MaxRequirements = ConstU32<20>;
	type MaxBidsPerTender = ConstU32<50>;
	type MaxEnquiries = ConstU32<200>;
	/// The panels' size: the award reads one score list per evaluator of the panel.
	type MaxEvaluatorsPerTender = ConstU32<5>;
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
	type BenchmarkHelper = TendersBenchmarkHelper;
}

/// The tenders' benchmarks: identity through [`crate::configs::IdentityBenchmarkHelper`],
/// evaluators enrolled in the anonymous panels with the anonymity fixture's member keys, and
/// concluded panels and ended ballots written straight into their pallets' storage (their
/// own benchmarks measure how they get there).
#[cfg(feature = "runtime-benchmarks")]
pub struct TendersBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_tenders::BenchmarkHelper<AccountId> for TendersBenchmarkHelper {
	fn verify_organisation(who: &AccountId) {
		crate::configs::IdentityBenchmarkHelper::verify_organisation(who)
	}

	fn verify_person(
		who: &AccountId,
		index: u32,
		jurisdiction: pallet_digital_identity::Jurisdiction,
	) {
		crate::configs::IdentityBenchmarkHelper::verify_person(who, index, jurisdiction)
	}

	fn issue_credential(
		who: &AccountId,
		credential_type: pallet_digital_identity::CredentialTypeId,
	) {
		crate::configs::IdentityBenchmarkHelper::issue_credential(who, credential_type)
	}

	fn sign_with_efirma(who: &AccountId, document: &sp_core::H256) {
		crate::configs::IdentityBenchmarkHelper::sign_with_efirma(who, document)
	}

	fn catalogue_code(index: u32) -> bmx_primitives::procurement::CucopCode {
		let code = bmx_primitives::procurement::CucopCode(51501001_u32.saturating_add(index));
		if !<crate::ProcurementCatalogue as bmx_primitives::procurement::ProcurementCatalogue>::is_active(code) {
			use frame_support::traits::EnsureOrigin;
			let origin = <crate::Runtime as pallet_procurement_catalogue::Config>::CatalogueOrigin::try_successful_origin()
				.expect("the catalogue's origin has a successful origin in benchmarks; qed");
			let name = b"Equipo de computo".to_vec().try_into().expect("a short name fits; qed");
			crate::ProcurementCatalogue::add_code(origin, code, name)
				.expect("a new well-formed key is added; qed");
		}
		code
	}

	/// Every key of the anonymity fixture (a full roster ring) enrols, from its own funded
	/// account.
	fn enrol_panel_candidates() {
		use frame_support::traits::fungible::Mutate;
		use pallet_anonymous_panels::BenchmarkHelper as _;
		let fixture = crate::configs::AnonymityBenchmarkFixture::get();
		for (i, key) in fixture.members.into_iter().enumerate() {
			let who: AccountId = frame_benchmarking::account("panel-candidate", i as u32, 0);
			let _ = Balances::mint_into(&who, 2 * crate::configs::EvaluatorBond::get());
			crate::configs::AnonymityBenchmarkHelper::certify(&who, key);
			AnonymousPanels::enrol(RuntimeOrigin::signed(who))
				.expect("a certified evaluator with a fresh key and a bond enrols; qed");
		}
	}

	fn make_scope_usable(scope: bmx_primitives::anonymity::RingScope) {
		pallet_anonymity_rings::UsableRings::<Runtime>::insert(scope, 1);
	}

	fn concluded_panel(options: u32, evaluators: u32) -> bmx_primitives::anonymity::PanelId {
		use pallet_anonymous_panels::{NextPanelId, Panel, Panels, Selection, Selections};
		let panel = NextPanelId::<Runtime>::get();
		NextPanelId::<Runtime>::put(panel.saturating_add(1));
		Panels::<Runtime>::insert(
			panel,
			Panel {
				subject: 0,
				payer: AccountId::from([0u8; 32]),
				fee: 0,
				options,
				seed: [0; 32],
				candidates: evaluators,
				tickets_duration: 1,
				reveals_duration: 1,
				state: bmx_primitives::anonymity::PanelState::Concluded { revealed: evaluators },
				outcome_recorded: false,
			},
		);
		let selections: alloc::vec::Vec<_> = (0..evaluators)
			.map(|i| Selection {
				ticket: [i as u8; 32],
				pseudonym: [i as u8; 32],
				commitment: [0; 32],
				scores: Some(
					alloc::vec![80u8; options as usize]
						.try_into()
						.expect("the panels take as many options as a tender has bids; qed"),
				),
			})
			.collect();
		Selections::<Runtime>::insert(panel, frame_support::BoundedVec::truncate_from(selections));
		panel
	}

	fn ended_ballot(options: u32) -> bmx_primitives::anonymity::BallotId {
		use bmx_primitives::anonymity::{PlainBallots, RingScope};
		let scope = RingScope::National;
		Self::make_scope_usable(scope);
		let now = System::block_number();
		let labels = (0..options).map(|i| sp_core::H256::from_low_u64_be(u64::from(i))).collect();
		let ballot = <SecretBallots as PlainBallots<BlockNumber>>::open(
			scope,
			labels,
			now,
			now.saturating_add(1),
		)
		.expect("a usable scope opens a plain ballot of distinct labels; qed");
		pallet_secret_ballots::Ballots::<Runtime>::mutate(ballot, |record| {
			if let Some(record) = record {
				record.ends = now;
			}
		});
		pallet_secret_ballots::Tallies::<Runtime>::insert(
			ballot,
			frame_support::BoundedVec::truncate_from(alloc::vec![1u32; options as usize]),
		);
		ballot
	}
}

impl pallet_procurement_catalogue::Config for Runtime {
	/// An ordinary decision of the Executive Council keeps the catalogue, as the classifier is
	/// published by the federal government for every buyer.
	type CatalogueOrigin = ExecutiveOrdinary;
	/// The longest description in the classifier, with room to spare.
	type MaxNameLength = ConstU32<200>;
	type WeightInfo = pallet_procurement_catalogue::weights::SubstrateWeight<Runtime>;
}
