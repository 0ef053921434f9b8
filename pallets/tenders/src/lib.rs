//! # Tenders pallet
//!
//! Public tenders (licitaciones) with sealed bids, anonymous evaluators selected by VRF, a
//! citizen vote, a deterministic award, complaints, contracts and evaluator reputation.
//!
//! ## Overview
//!
//! Blockchain MX's "Smart Tenders" (the winner of BlockchainHACKMX) run a public procurement
//! from its convocatoria to the end of its contract, each step enforced by the chain and
//! exported as OCDS.
//!
//! 1. **Buyer units.** [`Config::BuyerRegistryOrigin`] registers buyer units (unidades
//!    compradoras) with the officials who act for them.
//! 2. **Suppliers.** A verified organisation ([`Config::Organisations`]) registers as a
//!    supplier with the hash of its file; [`Config::SupplierRegistryOrigin`] approves or
//!    rejects it, with the hash of a resolution. Only approved suppliers ask and bid.
//! 3. **Tender.** An official drafts a tender: title, convocatoria hash, budget in centavos,
//!    partidas with their requirements, award weights, scope (federal, state or municipal) and
//!    a [`Schedule`] of phase boundaries, in blocks. Publication freezes the terms and records
//!    the evaluator selection seed (the parent hash). An amendment may only extend boundaries
//!    that have not passed ([`Pallet::amend_tender`]).
//! 4. **Enquiries.** Until `enquiries_end`, approved suppliers ask questions (hashes); the
//!    buyer unit answers publicly until `bidding_end`.
//! 5. **Sealed bids.** From `enquiries_end` until `bidding_end`, approved suppliers submit a
//!    commitment ([`bid_commitment`]) and [`Config::BidDeposit`] is held. From `bidding_end`
//!    until `reveal_end` each reveals its price, partida offers, proposal hash and salt; a
//!    reveal that does not match is refused and may be retried. A bid not revealed in time
//!    forfeits its deposit to [`Config::Slashed`] when the award is computed.
//! 6. **Anonymous evaluation.** Accredited evaluators ([`Config::EvaluatorCredential`])
//!    register an sr25519 VRF key once. From `reveal_end` until `evaluation_end`, an evaluator
//!    whose VRF output for the tender is below the threshold
//!    ([`Config::EvaluatorSelectionProbability`]) commits its scores ([`score_commitment`]),
//!    showing the VRF proof: only then does anyone learn it evaluates the tender. It reveals
//!    the scores from `evaluation_end` until `score_reveal_end`.
//! 7. **Citizen vote.** From `score_reveal_end` until `vote_end`, verified adults living in
//!    the tender's scope vote for one revealed bid, once per person key.
//! 8. **Award (fallo).** From `vote_end`, anyone computes the award ([`Pallet::compute_award`]):
//!    every per-bid, per-criterion score is stored. Until `complaints_end`, bidders file
//!    complaints (inconformidades); [`Config::ReviewOrigin`] dismisses them or upholds them
//!    with a re-evaluation or a cancellation. From `complaints_end`, with no complaint pending,
//!    anyone finalises the award and the deposits return.
//! 9. **Contract.** An official drafts the contract with its deliverables; the official and
//!    the winner sign it (with an e.firma when [`Config::RequireEfirma`]) before
//!    `contract_deadline`. The buyer unit accepts each deliverable (completed) or rejects one or
//!    declares one overdue (failed).
//! 10. **Reputation.** When a contract completes, evaluators who gave the winner at least
//!     [`HIGH_SCORE`] gain a point; when it fails, they lose one. Below
//!     [`Config::MinEvaluatorReputation`] an evaluator may not commit scores.
//! 11. **Cancellation.** Before the award, the buyer unit or governance cancels a tender with
//!     a reason; every deposit returns.
//!
//! ## Terminology
//!
//! - **Unidad compradora (buyer unit)**: the office of a public body that buys.
//! - **Convocatoria**: the published call for bids with all its terms; here its hash.
//! - **Partida**: a line item of a tender: what, how many, in which unit, with requirements.
//! - **Junta de aclaraciones (enquiries)**: the questions suppliers ask about the convocatoria
//!   and the buyer unit's public answers.
//! - **Propuesta (proposal)**: a supplier's technical and economic offer; here a sealed bid,
//!   then its revealed price, partida offers and document hash.
//! - **Fallo (award)**: the decision of which proposal wins.
//! - **Desierta (deserted)**: a tender no proposal can win.
//! - **Inconformidad (complaint)**: a bidder's formal challenge of the award.
//! - **e.firma**: SAT's advanced electronic signature, bound to accounts by the identity
//!   pallet.
//! - **OCDS**: the Open Contracting Data Standard, the format the pilot published; the view
//!   functions give what its `tender`, `bids`, `awards` and `contracts` sections need.
//!
//! ## Pallet API
//!
//! Governance ([`Config::BuyerRegistryOrigin`]): [`Pallet::register_buyer_unit`],
//! [`Pallet::set_buyer_officials`], [`Pallet::cancel_tender`].
//!
//! Supplier registry ([`Config::SupplierRegistryOrigin`]): [`Pallet::approve_supplier`],
//! [`Pallet::reject_supplier`].
//!
//! Review ([`Config::ReviewOrigin`]): [`Pallet::resolve_complaint`].
//!
//! Officials of the tender's buyer unit (signed): [`Pallet::create_tender`],
//! [`Pallet::publish_tender`], [`Pallet::amend_tender`], [`Pallet::cancel_tender`],
//! [`Pallet::answer_question`], [`Pallet::draft_contract`], [`Pallet::sign_contract`],
//! [`Pallet::accept_deliverable`], [`Pallet::reject_deliverable`],
//! [`Pallet::declare_deliverable_overdue`].
//!
//! Verified organisations (signed): [`Pallet::register_supplier`]; once approved
//! [`Pallet::ask_question`], [`Pallet::submit_bid`]; bidders [`Pallet::reveal_bid`],
//! [`Pallet::file_complaint`]; the winner [`Pallet::sign_contract`].
//!
//! Accredited evaluators (signed): [`Pallet::register_evaluator_key`],
//! [`Pallet::commit_scores`], [`Pallet::reveal_scores`].
//!
//! Verified persons (signed): [`Pallet::cast_vote`].
//!
//! Anyone (signed): [`Pallet::compute_award`], [`Pallet::finalise_award`].
//!
//! View functions for the OCDS export: [`Pallet::tender`], [`Pallet::bids`] (revealed only),
//! [`Pallet::award`], [`Pallet::contract`].
//!
//! ## Assumptions
//!
//! ### Commitment formats
//!
//! - **Bid.** `blake2_256(SCALE((tender_id: u32, bidder: AccountId, price: u128,
//!   partida_offers: Vec<u128>, proposal: H256, salt: [u8; 32])))`: the SCALE encoding of the
//!   tuple is the concatenation of the fields, `partida_offers` with its compact length prefix.
//!   [`bid_commitment`] is the reference. The salt must be 32 fresh random bytes: prices have
//!   little entropy and could be guessed from an unsalted commitment.
//! - **Scores.** `blake2_256(SCALE((tender_id: u32, evaluator: AccountId, scores: Vec<u8>,
//!   salt: [u8; 32])))`, [`score_commitment`], where `scores` holds one technical score (0 to
//!   100) per revealed bid, in bid order.
//! - A revealed offer must have one partida offer per partida, adding up to the price.
//!
//! ### Phases
//!
//! Phase boundaries are block numbers (a block every 6 seconds in the runtime): the chain
//! compares them with the current block and the OCDS export turns them into dates with the
//! block timestamps. Each phase runs from the previous boundary, included, to its own,
//! excluded; nothing is accepted before or after. An amendment sets a new schedule in which
//! no boundary moves earlier and only boundaries still in the future move: a closed phase
//! never reopens and a running one is only extended, for everyone alike. Bid-related
//! extensions are therefore only possible while bidding is open. Terms other than dates never
//! change after publication.
//!
//! ### Anonymous evaluation: trust assumptions
//!
//! - An evaluator's VRF key is any sr25519 key it chooses (a fresh one is recommended; it may
//!   be its account key). Registering it is public and names the evaluator, but it says
//!   nothing about tenders.
//! - The VRF input of tender `t` is a merlin transcript labelled `b"bmx-tenders-evaluator"`
//!   with the messages `b"tender_id"` = `t` as 4 little-endian bytes and `b"seed"` = the
//!   tender's seed (the parent hash of its publication block) ([`evaluator_vrf_transcript`]).
//!   The output is `make_bytes::<16>(b"bmx-tenders-evaluator-output")` read as a little-endian
//!   `u128`; the evaluator is eligible if it is below
//!   `EvaluatorSelectionProbability * u128::MAX` (everyone is at 100%). Only the key's holder
//!   can compute its output, so nobody else can tell who is eligible until the evaluator
//!   commits its scores with the proof.
//! - A key serves only tenders published after its registration, so an evaluator cannot
//!   search for a key eligible for a known tender. The seed is known at publication: an
//!   evaluator learns then whether it is eligible, which others do not.
//! - The seed is a parent hash: the author of the publication block could try a few blocks
//!   to favour a key it knows; buyer units and block authors are assumed not to collude with
//!   an evaluator.
//! - An eligible evaluator can reveal itself off chain (to be bribed or pressured); the chain
//!   cannot prevent this. Scores are committed before they are revealed, so evaluators cannot
//!   copy each other.
//! - VRF proofs are verified in the runtime with schnorrkel (as `sp_core::sr25519::vrf` does
//!   without `std`); sp-io has no host function for sr25519 VRFs.
//! - The evaluators score one criterion: technical compliance of each proposal with the
//!   partidas' requirements and the rubric of the convocatoria, 0 to 100. Price and the
//!   citizens' preference are computed by the chain.
//!
//! ### Award
//!
//! - For each revealed bid: price score = lowest price within budget / its price (zero above
//!   budget; one for a zero price); technical score = its average revealed technical score /
//!   100 (zero without revealed scores); citizen score = its votes / all votes (zero without
//!   votes); total = Σ weight × score, rounded down. Bids above budget cannot win. The highest
//!   total wins; ties go to the lower price, then to the earlier bid. With no revealed bid
//!   within budget the tender is deserted.
//! - Complaints may be filed by any account that submitted a bid to the tender, once per
//!   bidder, from the award's computation until `complaints_end`. A re-evaluation clears the
//!   scores, the award and the complaints, keeps the bids and the votes (the vote window
//!   reopens for those who have not voted) and sets new boundaries from `evaluation_end`.
//! - Evaluators who commit and do not reveal are ignored, without penalty.
//!
//! ### Other assumptions
//!
//! - Suppliers act through their organisation's account (a representative can use a proxy).
//! - Cancellation returns every held deposit, unrevealed bids' included: a cancellation is not
//!   the bidders' fault. After the award is computed only a review cancels.
//! - The contract's deliverable amounts add up to the winning price. A contract that no one
//!   signs by `contract_deadline` stays drafted; the review acts off chain. Reputation moves
//!   only for signed contracts.
//! - Votes stay stored as the public record of the vote (one entry per person and tender).
//! - Bounds may only grow across runtime upgrades.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{
	defensive,
	pallet_prelude::*,
	traits::{
		fungible::{self, BalancedHold, MutateHold},
		tokens::Precision,
		OnUnbalanced,
	},
};
use frame_system::pallet_prelude::*;
pub use pallet_digital_identity::{
	traits::{CredentialsInspect, EfirmaInspect, VerifiedOrganisations, VerifiedPersons},
	CredentialTypeId, PersonKey,
};
use sp_core::{
	crypto::VrfPublic,
	sr25519::{
		self,
		vrf::{VrfPreOutput, VrfProof, VrfSignature, VrfTranscript},
	},
	H256,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill,
};

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A credit of [`Config::Currency`]: a forfeited deposit.
pub type CreditOf<T> =
	fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// The public name of a buyer unit.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxTitleLength>;

/// The officials of a buyer unit.
pub type OfficialsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxOfficials>;

/// A buyer unit as stored.
pub type BuyerUnitOf<T> = BuyerUnit<NameOf<T>, OfficialsOf<T>>;

/// A supplier as stored.
pub type SupplierOf<T> = Supplier<BlockNumberFor<T>>;

/// The title of a tender.
pub type TitleOf<T> = BoundedVec<u8, <T as Config>::MaxTitleLength>;

/// The requirements of a partida.
pub type RequirementsOf<T> = BoundedVec<DocumentHash, <T as Config>::MaxRequirements>;

/// A partida as stored.
pub type PartidaOf<T> = Partida<RequirementsOf<T>>;

/// The partidas of a tender.
pub type PartidasOf<T> = BoundedVec<PartidaOf<T>, <T as Config>::MaxPartidas>;

/// A schedule as stored.
pub type ScheduleOf<T> = Schedule<BlockNumberFor<T>>;

/// A tender as stored.
pub type TenderOf<T> = Tender<TitleOf<T>, PartidasOf<T>, BlockNumberFor<T>>;

/// The partida offers of a bid.
pub type PartidaOffersOf<T> = BoundedVec<Centavos, <T as Config>::MaxPartidas>;

/// A revealed offer as stored.
pub type OfferOf<T> = Offer<PartidaOffersOf<T>, BlockNumberFor<T>>;

/// A bid as stored.
pub type BidOf<T> = Bid<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	PartidaOffersOf<T>,
	BlockNumberFor<T>,
>;

/// The bids of a tender.
pub type BidsOf<T> = BoundedVec<BidOf<T>, <T as Config>::MaxBidsPerTender>;

/// A revealed bid as the view functions return it.
pub type RevealedBidOf<T> =
	RevealedBid<<T as frame_system::Config>::AccountId, PartidaOffersOf<T>, BlockNumberFor<T>>;

/// The enquiries of a tender.
pub type EnquiriesOf<T> =
	BoundedVec<Enquiry<<T as frame_system::Config>::AccountId>, <T as Config>::MaxEnquiries>;

/// An evaluator's technical scores: one per revealed bid.
pub type ScoresOf<T> = BoundedVec<TechnicalScore, <T as Config>::MaxBidsPerTender>;

/// An evaluation as stored.
pub type EvaluationOf<T> = Evaluation<<T as frame_system::Config>::AccountId, ScoresOf<T>>;

/// The evaluations of a tender.
pub type EvaluationsOf<T> = BoundedVec<EvaluationOf<T>, <T as Config>::MaxEvaluatorsPerTender>;

/// An evaluator key as stored.
pub type EvaluatorKeyOf<T> = EvaluatorKey<BlockNumberFor<T>>;

/// The scores of the revealed bids in an award.
pub type BidScoresOf<T> =
	BoundedVec<BidScore<<T as frame_system::Config>::AccountId>, <T as Config>::MaxBidsPerTender>;

/// An award as stored.
pub type AwardOf<T> = Award<BidScoresOf<T>, BlockNumberFor<T>>;

/// The complaints against a tender's award: at most one per bidder.
pub type ComplaintsOf<T> =
	BoundedVec<Complaint<<T as frame_system::Config>::AccountId>, <T as Config>::MaxBidsPerTender>;

/// The deliverables of a contract.
pub type DeliverablesOf<T> =
	BoundedVec<Deliverable<BlockNumberFor<T>>, <T as Config>::MaxDeliverables>;

/// The deliverables of a contract as an official drafts them: description hash, due block and
/// amount in centavos.
pub type DeliverableTermsOf<T> =
	BoundedVec<(DocumentHash, BlockNumberFor<T>, Centavos), <T as Config>::MaxDeliverables>;

/// A contract as stored.
pub type ContractOf<T> = Contract<<T as frame_system::Config>::AccountId, DeliverablesOf<T>>;

/// The label of the evaluator VRF transcript.
pub const EVALUATOR_VRF_LABEL: &[u8] = b"bmx-tenders-evaluator";

/// The context from which the evaluator VRF output bytes are made.
pub const EVALUATOR_VRF_OUTPUT_CONTEXT: &[u8] = b"bmx-tenders-evaluator-output";

/// The commitment to a bid: `blake2_256` of the SCALE encoding of `(tender_id, bidder, price,
/// partida_offers, proposal, salt)`. Bidders compute it off chain with the same function.
pub fn bid_commitment<AccountId: Encode>(
	tender_id: TenderId,
	bidder: &AccountId,
	price: Centavos,
	partida_offers: &[Centavos],
	proposal: &DocumentHash,
	salt: &Salt,
) -> H256 {
	(tender_id, bidder, price, partida_offers, proposal, salt)
		.using_encoded(|bytes| H256(sp_crypto_hashing::blake2_256(bytes)))
}

/// The commitment to an evaluator's scores: `blake2_256` of the SCALE encoding of
/// `(tender_id, evaluator, scores, salt)`, `scores` one per revealed bid in bid order.
pub fn score_commitment<AccountId: Encode>(
	tender_id: TenderId,
	evaluator: &AccountId,
	scores: &[TechnicalScore],
	salt: &Salt,
) -> H256 {
	(tender_id, evaluator, scores, salt)
		.using_encoded(|bytes| H256(sp_crypto_hashing::blake2_256(bytes)))
}

/// The VRF input of the evaluator selection of `tender_id`, whose seed is `seed`.
pub fn evaluator_vrf_transcript(tender_id: TenderId, seed: &H256) -> VrfTranscript {
	VrfTranscript::new(
		EVALUATOR_VRF_LABEL,
		&[(&b"tender_id"[..], &tender_id.to_le_bytes()[..]), (&b"seed"[..], seed.as_bytes())],
	)
}

/// The VRF output of `key` for the evaluator selection of `tender_id`, if `proof` is a valid
/// VRF proof of `key` for it.
pub fn evaluator_vrf_output(
	key: &sr25519::Public,
	tender_id: TenderId,
	seed: &H256,
	proof: &VrfProofBytes,
) -> Option<u128> {
	let pre_output = VrfPreOutput::decode(&mut &proof.pre_output[..]).ok()?;
	let vrf_proof = VrfProof::decode(&mut &proof.proof[..]).ok()?;
	let signature = VrfSignature { pre_output, proof: vrf_proof };
	let transcript = evaluator_vrf_transcript(tender_id, seed);
	if !key.vrf_verify(&transcript.clone().into_sign_data(), &signature) {
		return None;
	}
	let bytes: [u8; 16] = key
		.make_bytes(EVALUATOR_VRF_OUTPUT_CONTEXT, &transcript, &signature.pre_output)
		.ok()?;
	Some(u128::from_le_bytes(bytes))
}

/// Whether a VRF output is below the selection threshold of `probability`.
pub fn is_selected(output: u128, probability: Perbill) -> bool {
	probability == Perbill::one() || output < probability.mul_floor(u128::MAX)
}

/// Makes accounts pass the identity checks in benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a verified organisation.
	fn verify_organisation(who: &AccountId);
	/// Make `who` a verified adult living in `jurisdiction`, with a person key derived from
	/// `index`.
	fn verify_person(
		who: &AccountId,
		index: u32,
		jurisdiction: pallet_digital_identity::Jurisdiction,
	);
	/// Give `who` the credential of `credential_type`.
	fn issue_credential(who: &AccountId, credential_type: CredentialTypeId);
	/// Bind an e.firma to `who`.
	fn bind_efirma(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Registers buyer units and their officials, and may cancel any tender before its
		/// award.
		type BuyerRegistryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Approves and rejects suppliers (the supplier registry, e.g. CompraNet's).
		type SupplierRegistryOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Resolves complaints against awards (the internal control body).
		type ReviewOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency of bid deposits.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where the deposits of unrevealed bids go (`()` burns them).
		type Slashed: OnUnbalanced<CreditOf<Self>>;

		/// The deposit held for each bid until the award is final or the tender cancelled.
		#[pallet::constant]
		type BidDeposit: Get<BalanceOf<Self>>;

		/// Verified persons: who may vote, once per person key, where they live.
		type Persons: VerifiedPersons<Self::AccountId>;

		/// Verified organisations: who may register as a supplier.
		type Organisations: VerifiedOrganisations<Self::AccountId>;

		/// Credentials: who is an accredited evaluator.
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// e.firma bindings: who may sign a contract when [`Config::RequireEfirma`].
		type Efirma: EfirmaInspect<Self::AccountId>;

		/// The credential type of accredited tender evaluators.
		#[pallet::constant]
		type EvaluatorCredential: Get<CredentialTypeId>;

		/// The probability that an accredited evaluator is eligible for a given tender.
		#[pallet::constant]
		type EvaluatorSelectionProbability: Get<Perbill>;

		/// The reputation below which an evaluator may not commit scores (reputations start at
		/// 0).
		#[pallet::constant]
		type MinEvaluatorReputation: Get<i32>;

		/// Whether contract signatories need a valid e.firma binding.
		#[pallet::constant]
		type RequireEfirma: Get<bool>;

		/// The longest tender title or buyer unit name, in bytes.
		#[pallet::constant]
		type MaxTitleLength: Get<u32>;

		/// The largest number of officials of one buyer unit.
		#[pallet::constant]
		type MaxOfficials: Get<u32>;

		/// The largest number of partidas of one tender.
		#[pallet::constant]
		type MaxPartidas: Get<u32>;

		/// The largest number of requirements of one partida.
		#[pallet::constant]
		type MaxRequirements: Get<u32>;

		/// The largest number of bids on one tender (and of complaints against its award).
		#[pallet::constant]
		type MaxBidsPerTender: Get<u32>;

		/// The largest number of enquiries on one tender.
		#[pallet::constant]
		type MaxEnquiries: Get<u32>;

		/// The largest number of evaluators of one tender.
		#[pallet::constant]
		type MaxEvaluatorsPerTender: Get<u32>;

		/// The largest number of deliverables of one contract.
		#[pallet::constant]
		type MaxDeliverables: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Makes accounts pass the identity checks in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The id the next buyer unit gets.
	#[pallet::storage]
	pub type NextBuyerUnitId<T: Config> = StorageValue<_, BuyerUnitId, ValueQuery>;

	/// The buyer units.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order.
	#[pallet::storage]
	pub type BuyerUnits<T: Config> =
		StorageMap<_, Twox64Concat, BuyerUnitId, BuyerUnitOf<T>, OptionQuery>;

	/// The registered suppliers, by account.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Suppliers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SupplierOf<T>, OptionQuery>;

	/// The id the next tender gets.
	#[pallet::storage]
	pub type NextTenderId<T: Config> = StorageValue<_, TenderId, ValueQuery>;

	/// The tenders.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order.
	#[pallet::storage]
	pub type Tenders<T: Config> = StorageMap<_, Twox64Concat, TenderId, TenderOf<T>, OptionQuery>;

	/// The enquiries of each tender, in the order they were asked.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Enquiries<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, EnquiriesOf<T>, ValueQuery>;

	/// The bids of each tender, in the order they were submitted.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Bids<T: Config> = StorageMap<_, Twox64Concat, TenderId, BidsOf<T>, ValueQuery>;

	/// The VRF key of each evaluator that registered one.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type EvaluatorKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, EvaluatorKeyOf<T>, OptionQuery>;

	/// The evaluator of each registered VRF key: a key serves one evaluator. Mirrors
	/// [`EvaluatorKeys`].
	// Hasher: Blake2_128Concat, the keys are chosen by users.
	#[pallet::storage]
	pub type EvaluatorOfKey<T: Config> =
		StorageMap<_, Blake2_128Concat, sr25519::Public, T::AccountId, OptionQuery>;

	/// The reputation of each evaluator; 0, the neutral start, when absent.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type EvaluatorReputation<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, i32, ValueQuery>;

	/// The evaluators of each tender and their scores, in the order they committed.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Evaluations<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, EvaluationsOf<T>, ValueQuery>;

	/// The vote of each person (by person key) on each tender: the bid it voted for.
	// Hasher: Twox64Concat for the pallet-assigned tender id, Blake2_128Concat for the person
	// key, submitted by registrars.
	#[pallet::storage]
	pub type Votes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TenderId,
		Blake2_128Concat,
		PersonKey,
		BidIndex,
		OptionQuery,
	>;

	/// The award of each tender whose award was computed.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Awards<T: Config> = StorageMap<_, Twox64Concat, TenderId, AwardOf<T>, OptionQuery>;

	/// The complaints against each tender's current award.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Complaints<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, ComplaintsOf<T>, ValueQuery>;

	/// The contract of each tender whose contract was drafted.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Contracts<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, ContractOf<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A buyer unit was registered.
		BuyerUnitRegistered {
			/// Its id.
			buyer_unit: BuyerUnitId,
			/// Its name.
			name: NameOf<T>,
			/// Its officials.
			officials: OfficialsOf<T>,
		},
		/// A buyer unit's officials were replaced.
		BuyerOfficialsSet {
			/// The buyer unit.
			buyer_unit: BuyerUnitId,
			/// Its officials now.
			officials: OfficialsOf<T>,
		},
		/// A verified organisation registered as a supplier.
		SupplierRegistered {
			/// Its account.
			supplier: T::AccountId,
			/// Its organisation key.
			organisation_key: H256,
			/// The hash of its registration file.
			document: DocumentHash,
		},
		/// A supplier was approved.
		SupplierApproved {
			/// Its account.
			supplier: T::AccountId,
			/// The hash of the resolution.
			reason: DocumentHash,
		},
		/// A supplier was rejected, or its approval withdrawn.
		SupplierRejected {
			/// Its account.
			supplier: T::AccountId,
			/// The hash of the resolution.
			reason: DocumentHash,
		},
		/// A tender was drafted.
		TenderCreated {
			/// Its id.
			tender_id: TenderId,
			/// Its buyer unit.
			buyer_unit: BuyerUnitId,
			/// The official who drafted it.
			official: T::AccountId,
			/// Its budget, in centavos.
			budget: Centavos,
		},
		/// A tender was published: its convocatoria is public and its schedule runs.
		TenderPublished {
			/// The tender.
			tender_id: TenderId,
			/// Its schedule.
			schedule: ScheduleOf<T>,
			/// Its evaluator selection seed.
			seed: H256,
		},
		/// A tender's schedule was extended.
		TenderAmended {
			/// The tender.
			tender_id: TenderId,
			/// Its schedule now.
			schedule: ScheduleOf<T>,
			/// The hash of the amendment.
			document: DocumentHash,
		},
		/// A tender was cancelled; its deposits were returned.
		TenderCancelled {
			/// The tender.
			tender_id: TenderId,
			/// The hash of the reasons.
			reason: DocumentHash,
			/// How many bid deposits were returned.
			deposits_released: u32,
		},
		/// A supplier asked a question.
		QuestionAsked {
			/// The tender.
			tender_id: TenderId,
			/// The question's position in the tender's enquiries.
			index: u32,
			/// The supplier.
			supplier: T::AccountId,
			/// The hash of the question.
			question: DocumentHash,
		},
		/// The buyer unit answered a question.
		QuestionAnswered {
			/// The tender.
			tender_id: TenderId,
			/// The question's position.
			index: u32,
			/// The hash of the answer.
			answer: DocumentHash,
		},
		/// A sealed bid was submitted and its deposit held.
		BidSubmitted {
			/// The tender.
			tender_id: TenderId,
			/// The bid's position.
			bid_index: BidIndex,
			/// The supplier.
			bidder: T::AccountId,
			/// Its commitment.
			commitment: H256,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A bid was revealed.
		BidRevealed {
			/// The tender.
			tender_id: TenderId,
			/// The bid's position.
			bid_index: BidIndex,
			/// The supplier.
			bidder: T::AccountId,
			/// Its price, in centavos.
			price: Centavos,
			/// The hash of its proposal.
			proposal: DocumentHash,
		},
		/// An unrevealed bid's deposit was forfeited.
		BidForfeited {
			/// The tender.
			tender_id: TenderId,
			/// The bid's position.
			bid_index: BidIndex,
			/// The supplier.
			bidder: T::AccountId,
			/// The amount forfeited.
			amount: BalanceOf<T>,
		},
		/// An evaluator registered (or replaced) its VRF key.
		EvaluatorKeyRegistered {
			/// The evaluator.
			evaluator: T::AccountId,
			/// Its VRF key.
			key: sr25519::Public,
		},
		/// An eligible evaluator committed its scores, revealing that it evaluates the tender.
		ScoresCommitted {
			/// The tender.
			tender_id: TenderId,
			/// The evaluator.
			evaluator: T::AccountId,
			/// Its commitment.
			commitment: H256,
		},
		/// An evaluator revealed its scores.
		ScoresRevealed {
			/// The tender.
			tender_id: TenderId,
			/// The evaluator.
			evaluator: T::AccountId,
			/// Its technical scores, one per revealed bid in bid order.
			scores: ScoresOf<T>,
		},
		/// A verified person voted.
		VoteCast {
			/// The tender.
			tender_id: TenderId,
			/// The account that voted.
			voter: T::AccountId,
			/// The bid voted for.
			bid_index: BidIndex,
		},
		/// The award was computed; the complaints window runs.
		AwardComputed {
			/// The tender.
			tender_id: TenderId,
			/// The winning bid.
			bid_index: BidIndex,
			/// The winner.
			winner: T::AccountId,
			/// Its total score.
			total: Perbill,
		},
		/// No bid could win: the tender is deserted and the deposits were returned.
		TenderDeserted {
			/// The tender.
			tender_id: TenderId,
			/// How many bid deposits were returned.
			deposits_released: u32,
		},
		/// A bidder filed a complaint against the award.
		ComplaintFiled {
			/// The tender.
			tender_id: TenderId,
			/// The complaint's position.
			index: u32,
			/// The bidder.
			complainant: T::AccountId,
			/// The hash of the complaint.
			document: DocumentHash,
		},
		/// The review dismissed a complaint.
		ComplaintDismissed {
			/// The tender.
			tender_id: TenderId,
			/// The complaint's position.
			index: u32,
			/// The hash of the resolution.
			reason: DocumentHash,
		},
		/// The review upheld a complaint and ordered a re-evaluation: scores, award and
		/// complaints were cleared.
		ReevaluationOrdered {
			/// The tender.
			tender_id: TenderId,
			/// The complaint's position.
			index: u32,
			/// The new schedule.
			schedule: ScheduleOf<T>,
			/// The hash of the resolution.
			reason: DocumentHash,
		},
		/// The award became final; the deposits were returned.
		AwardFinalised {
			/// The tender.
			tender_id: TenderId,
			/// The winner.
			winner: T::AccountId,
			/// How many bid deposits were returned.
			deposits_released: u32,
		},
		/// The buyer unit drafted (or redrafted) the contract.
		ContractDrafted {
			/// The tender.
			tender_id: TenderId,
			/// The hash of the contract.
			document: DocumentHash,
			/// Its value, in centavos.
			value: Centavos,
		},
		/// A party signed the contract.
		ContractSigned {
			/// The tender.
			tender_id: TenderId,
			/// The signatory.
			signatory: T::AccountId,
		},
		/// Both parties signed: the contract is in force.
		ContractActivated {
			/// The tender.
			tender_id: TenderId,
		},
		/// The buyer unit accepted a deliverable.
		DeliverableAccepted {
			/// The tender.
			tender_id: TenderId,
			/// The deliverable's position.
			index: u32,
		},
		/// The buyer unit rejected a deliverable.
		DeliverableRejected {
			/// The tender.
			tender_id: TenderId,
			/// The deliverable's position.
			index: u32,
			/// The hash of the reasons.
			reason: DocumentHash,
		},
		/// The buyer unit declared a deliverable overdue.
		DeliverableOverdue {
			/// The tender.
			tender_id: TenderId,
			/// The deliverable's position.
			index: u32,
		},
		/// Every deliverable was accepted: the contract completed.
		ContractCompleted {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			supplier: T::AccountId,
		},
		/// A deliverable was rejected or overdue: the contract failed.
		ContractFailed {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			supplier: T::AccountId,
		},
		/// An evaluator's reputation changed with the outcome of a contract.
		ReputationChanged {
			/// The evaluator.
			evaluator: T::AccountId,
			/// The tender whose contract ended.
			tender_id: TenderId,
			/// Its reputation now.
			reputation: i32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No identifier is left for a new buyer unit or tender (`u32::MAX` reached). Cannot
		/// happen in practice; refused rather than overwriting the last one.
		IdsExhausted,
		/// No buyer unit has that id.
		UnknownBuyerUnit,
		/// A buyer unit needs at least one official.
		NoOfficials,
		/// The same account is listed twice as an official; list each once.
		DuplicateOfficial,
		/// The name or title is empty.
		EmptyName,
		/// The signer is not an official of the tender's buyer unit.
		NotOfficial,
		/// The signer is not a verified organisation.
		NotOrganisation,
		/// The account is registered as a supplier already.
		AlreadySupplier,
		/// The account is not a registered supplier.
		NotSupplier,
		/// The supplier is not approved; wait for the registry.
		SupplierNotApproved,
		/// The supplier is approved already.
		AlreadyApproved,
		/// The supplier is rejected already.
		AlreadyRejected,
		/// No tender has that id.
		UnknownTender,
		/// A tender needs at least one partida.
		NoPartidas,
		/// A partida has a quantity of zero or a unit code that is not three upper-case ASCII
		/// letters or digits.
		InvalidPartida,
		/// The award weights do not add up to 100%.
		InvalidWeights,
		/// The municipality code is not an INEGI code (1 to 999).
		InvalidMunicipality,
		/// The schedule's boundaries are not strictly increasing.
		UnorderedSchedule,
		/// The schedule's first boundary has passed; publish with future dates.
		ScheduleInPast,
		/// The tender is not a draft.
		NotDraft,
		/// The tender is not published (a draft, or past its award).
		NotPublished,
		/// The amendment moves a boundary earlier; amendments only extend.
		AmendmentShortens,
		/// The amendment moves a boundary that has passed: a closed phase never reopens.
		AmendmentReopens,
		/// The amendment changes nothing.
		AmendmentEmpty,
		/// The tender can no longer be cancelled: its award was computed.
		TooLateToCancel,
		/// The enquiry period has ended.
		EnquiriesClosed,
		/// [`Config::MaxEnquiries`] questions were asked already.
		TooManyEnquiries,
		/// No question has that position.
		UnknownEnquiry,
		/// The question was answered already.
		AlreadyAnswered,
		/// Bidding has not opened: it opens when the enquiry period ends.
		BiddingNotOpen,
		/// Bidding has closed.
		BiddingClosed,
		/// The supplier bid on this tender already.
		AlreadyBid,
		/// [`Config::MaxBidsPerTender`] bids were submitted already.
		TooManyBids,
		/// The reveal period has not begun: it begins when bidding closes.
		RevealNotOpen,
		/// The reveal period has ended.
		RevealClosed,
		/// The account has no bid on this tender.
		NoBid,
		/// The bid was revealed already.
		AlreadyRevealed,
		/// The revealed values do not match the commitment; retry with the committed values.
		CommitmentMismatch,
		/// The partida offers are not one per partida adding up to the price.
		InvalidOffer,
		/// The account does not hold a valid evaluator credential.
		NotAccredited,
		/// The VRF key serves another evaluator.
		KeyInUse,
		/// The evaluator has no VRF key; register one first.
		NoEvaluatorKey,
		/// The VRF key was registered after the tender's publication: it serves later tenders.
		KeyTooRecent,
		/// The VRF proof is not valid for this evaluator's key and tender.
		InvalidVrfProof,
		/// The VRF output is not below the selection threshold: the evaluator is not eligible.
		NotEligible,
		/// The evaluator's reputation is below [`Config::MinEvaluatorReputation`].
		ReputationTooLow,
		/// The evaluator bid on the tender or acts for its buyer unit.
		ConflictOfInterest,
		/// The evaluator committed scores for this tender already.
		AlreadyCommitted,
		/// [`Config::MaxEvaluatorsPerTender`] evaluators committed already.
		TooManyEvaluators,
		/// The evaluation period has not begun: it begins when the reveal period ends.
		EvaluationNotOpen,
		/// The evaluation period has ended.
		EvaluationClosed,
		/// The score reveal period has not begun: it begins when the evaluation period ends.
		ScoreRevealNotOpen,
		/// The score reveal period has ended.
		ScoreRevealClosed,
		/// The account committed no scores for this tender.
		NotEvaluator,
		/// The scores were revealed already.
		AlreadyRevealedScores,
		/// The scores are not one per revealed bid, each 0 to 100.
		InvalidScores,
		/// The account is not a verified person.
		NotPerson,
		/// The person is not an adult.
		NotAdult,
		/// The person does not live in the tender's scope.
		OutsideJurisdiction,
		/// This person (by person key, whichever account) voted on this tender already.
		AlreadyVoted,
		/// The vote has not opened: it opens when the score reveal period ends.
		VoteNotOpen,
		/// The vote has closed.
		VoteClosed,
		/// No revealed bid has that position.
		UnknownBid,
		/// The award cannot be computed before the vote closes.
		VoteNotClosed,
		/// The tender has no computed, unfinalised award.
		NotAwarded,
		/// The complaints window has closed.
		ComplaintsClosed,
		/// The complaints window is still open.
		ComplaintsOpen,
		/// The account did not bid on this tender.
		NotBidder,
		/// The bidder filed a complaint already.
		AlreadyComplained,
		/// No complaint has that position.
		UnknownComplaint,
		/// The complaint was resolved already.
		ComplaintResolved,
		/// A complaint is pending; the review must resolve it first.
		ComplaintPending,
		/// A re-evaluation schedule changes a boundary up to `reveal_end`, or sets one that
		/// has passed.
		InvalidReevaluation,
		/// The award is not final, or the tender was deserted.
		AwardNotFinal,
		/// The contract signing deadline has passed.
		ContractSigningClosed,
		/// A contract needs at least one deliverable.
		NoDeliverables,
		/// A deliverable is due in the past.
		DueInPast,
		/// The deliverable amounts do not add up to the winning price.
		AmountsMismatch,
		/// No contract was drafted.
		NoContract,
		/// The contract was signed; it cannot be redrafted.
		ContractAlreadySigned,
		/// The signer signed already.
		AlreadySigned,
		/// The signer is neither an official of the buyer unit nor the winner.
		NotParty,
		/// The signer has no valid e.firma binding.
		EfirmaRequired,
		/// The contract is not in force.
		ContractNotActive,
		/// No deliverable has that position.
		UnknownDeliverable,
		/// The deliverable was accepted, rejected or declared overdue already.
		DeliverableNotPending,
		/// The deliverable is not overdue yet.
		NotOverdue,
	}

	/// Reasons for holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a sealed bid.
		BidDeposit,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxTitleLength::get() >= 1, "MaxTitleLength must be at least 1");
			assert!(T::MaxOfficials::get() >= 1, "MaxOfficials must be at least 1");
			assert!(T::MaxPartidas::get() >= 1, "MaxPartidas must be at least 1");
			assert!(T::MaxBidsPerTender::get() >= 2, "MaxBidsPerTender must be at least 2");
			assert!(T::MaxEnquiries::get() >= 1, "MaxEnquiries must be at least 1");
			assert!(
				T::MaxEvaluatorsPerTender::get() >= 1,
				"MaxEvaluatorsPerTender must be at least 1"
			);
			assert!(T::MaxDeliverables::get() >= 1, "MaxDeliverables must be at least 1");
			assert!(
				!T::EvaluatorSelectionProbability::get().is_zero(),
				"EvaluatorSelectionProbability must not be zero"
			);
			assert!(
				T::MinEvaluatorReputation::get() <= 0,
				"MinEvaluatorReputation must be at most 0"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a buyer unit with its officials; it gets the next id.
		///
		/// ## Origin
		/// [`Config::BuyerRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::EmptyName`], [`Error::NoOfficials`], [`Error::DuplicateOfficial`].
		///
		/// ## Events
		/// [`Event::BuyerUnitRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_buyer_unit())]
		pub fn register_buyer_unit(
			origin: OriginFor<T>,
			name: NameOf<T>,
			officials: OfficialsOf<T>,
		) -> DispatchResult {
			T::BuyerRegistryOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			Self::ensure_officials(&officials)?;
			let buyer_unit = NextBuyerUnitId::<T>::get();
			let next = buyer_unit.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			NextBuyerUnitId::<T>::put(next);
			BuyerUnits::<T>::insert(
				buyer_unit,
				BuyerUnit { name: name.clone(), officials: officials.clone() },
			);
			Self::deposit_event(Event::BuyerUnitRegistered { buyer_unit, name, officials });
			Ok(())
		}

		/// Replace the officials of a buyer unit.
		///
		/// ## Origin
		/// [`Config::BuyerRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::UnknownBuyerUnit`], [`Error::NoOfficials`], [`Error::DuplicateOfficial`].
		///
		/// ## Events
		/// [`Event::BuyerOfficialsSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_buyer_officials())]
		pub fn set_buyer_officials(
			origin: OriginFor<T>,
			buyer_unit: BuyerUnitId,
			officials: OfficialsOf<T>,
		) -> DispatchResult {
			T::BuyerRegistryOrigin::ensure_origin(origin)?;
			Self::ensure_officials(&officials)?;
			BuyerUnits::<T>::try_mutate(buyer_unit, |maybe| {
				let unit = maybe.as_mut().ok_or(Error::<T>::UnknownBuyerUnit)?;
				unit.officials = officials.clone();
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::BuyerOfficialsSet { buyer_unit, officials });
			Ok(())
		}

		/// Register the signing verified organisation as a supplier, with the hash of its
		/// registration file. It waits for the registry's approval.
		///
		/// ## Origin
		/// Signed by a verified organisation.
		///
		/// ## Errors
		/// [`Error::NotOrganisation`], [`Error::AlreadySupplier`].
		///
		/// ## Events
		/// [`Event::SupplierRegistered`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_supplier())]
		pub fn register_supplier(origin: OriginFor<T>, document: DocumentHash) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			let organisation_key =
				T::Organisations::organisation_key(&supplier).ok_or(Error::<T>::NotOrganisation)?;
			ensure!(!Suppliers::<T>::contains_key(&supplier), Error::<T>::AlreadySupplier);
			Suppliers::<T>::insert(
				&supplier,
				Supplier {
					organisation_key,
					document,
					status: SupplierStatus::Pending,
					registered_at: Self::now(),
				},
			);
			Self::deposit_event(Event::SupplierRegistered { supplier, organisation_key, document });
			Ok(())
		}

		/// Approve a pending or rejected supplier.
		///
		/// ## Origin
		/// [`Config::SupplierRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::AlreadyApproved`].
		///
		/// ## Events
		/// [`Event::SupplierApproved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::approve_supplier())]
		pub fn approve_supplier(
			origin: OriginFor<T>,
			supplier: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::SupplierRegistryOrigin::ensure_origin(origin)?;
			Self::decide_supplier(&supplier, SupplierStatus::Approved { reason })?;
			Self::deposit_event(Event::SupplierApproved { supplier, reason });
			Ok(())
		}

		/// Reject a pending supplier, or withdraw an approval. Bids already submitted stay.
		///
		/// ## Origin
		/// [`Config::SupplierRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::AlreadyRejected`].
		///
		/// ## Events
		/// [`Event::SupplierRejected`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reject_supplier())]
		pub fn reject_supplier(
			origin: OriginFor<T>,
			supplier: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::SupplierRegistryOrigin::ensure_origin(origin)?;
			Self::decide_supplier(&supplier, SupplierStatus::Rejected { reason })?;
			Self::deposit_event(Event::SupplierRejected { supplier, reason });
			Ok(())
		}

		/// Draft a tender of `buyer_unit`; it gets the next id. Nothing is open until it is
		/// published.
		///
		/// ## Origin
		/// Signed by an official of `buyer_unit`.
		///
		/// ## Errors
		/// - [`Error::UnknownBuyerUnit`], [`Error::NotOfficial`].
		/// - [`Error::EmptyName`] for an empty title, [`Error::NoPartidas`],
		///   [`Error::InvalidPartida`], [`Error::InvalidWeights`],
		///   [`Error::InvalidMunicipality`], [`Error::UnorderedSchedule`].
		///
		/// ## Events
		/// [`Event::TenderCreated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_tender())]
		pub fn create_tender(
			origin: OriginFor<T>,
			buyer_unit: BuyerUnitId,
			title: TitleOf<T>,
			description: DocumentHash,
			budget: Centavos,
			partidas: PartidasOf<T>,
			weights: AwardWeights,
			scope: TenderScope,
			schedule: ScheduleOf<T>,
		) -> DispatchResult {
			let official = ensure_signed(origin)?;
			Self::ensure_official(buyer_unit, &official)?;
			ensure!(!title.is_empty(), Error::<T>::EmptyName);
			ensure!(!partidas.is_empty(), Error::<T>::NoPartidas);
			ensure!(
				partidas.iter().all(|p| p.quantity > 0
					&& p.unit.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())),
				Error::<T>::InvalidPartida
			);
			ensure!(weights.is_complete(), Error::<T>::InvalidWeights);
			ensure!(scope.is_well_formed(), Error::<T>::InvalidMunicipality);
			ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
			let tender_id = NextTenderId::<T>::get();
			let next = tender_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			NextTenderId::<T>::put(next);
			Tenders::<T>::insert(
				tender_id,
				Tender {
					buyer_unit,
					title,
					description,
					budget,
					partidas,
					weights,
					scope,
					schedule,
					status: TenderStatus::Draft,
					published_at: None,
					seed: None,
					amendments: 0,
					bid_count: 0,
				},
			);
			Self::deposit_event(Event::TenderCreated { tender_id, buyer_unit, official, budget });
			Ok(())
		}

		/// Publish a drafted tender: its terms freeze, its schedule runs and its evaluator
		/// selection seed (the parent hash) is recorded.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::NotDraft`],
		/// [`Error::ScheduleInPast`] if `enquiries_end` is not after the current block.
		///
		/// ## Events
		/// [`Event::TenderPublished`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::publish_tender())]
		pub fn publish_tender(origin: OriginFor<T>, tender_id: TenderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut tender = Self::official_tender(tender_id, &who)?;
			ensure!(tender.status == TenderStatus::Draft, Error::<T>::NotDraft);
			let now = Self::now();
			ensure!(now < tender.schedule.enquiries_end, Error::<T>::ScheduleInPast);
			let parent_hash = frame_system::Pallet::<T>::parent_hash();
			let seed = H256::decode(&mut parent_hash.as_ref()).map_err(|_| {
				defensive!("block hashes are at least 32 bytes");
				Error::<T>::NotDraft
			})?;
			tender.status = TenderStatus::Published;
			tender.published_at = Some(now);
			tender.seed = Some(seed);
			let schedule = tender.schedule;
			Tenders::<T>::insert(tender_id, tender);
			Self::deposit_event(Event::TenderPublished { tender_id, schedule, seed });
			Ok(())
		}

		/// Extend a published tender's schedule, with the hash of the amendment. Every boundary
		/// stays or moves later, and only boundaries still in the future move.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::NotPublished`],
		/// [`Error::UnorderedSchedule`], [`Error::AmendmentShortens`],
		/// [`Error::AmendmentReopens`], [`Error::AmendmentEmpty`].
		///
		/// ## Events
		/// [`Event::TenderAmended`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::amend_tender())]
		pub fn amend_tender(
			origin: OriginFor<T>,
			tender_id: TenderId,
			schedule: ScheduleOf<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut tender = Self::official_tender(tender_id, &who)?;
			ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
			ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
			let now = Self::now();
			let mut changed = false;
			for (old, new) in tender.schedule.boundaries().into_iter().zip(schedule.boundaries()) {
				ensure!(new >= old, Error::<T>::AmendmentShortens);
				if new != old {
					ensure!(old > now, Error::<T>::AmendmentReopens);
					changed = true;
				}
			}
			ensure!(changed, Error::<T>::AmendmentEmpty);
			tender.schedule = schedule;
			tender.amendments.saturating_inc();
			Tenders::<T>::insert(tender_id, tender);
			Self::deposit_event(Event::TenderAmended { tender_id, schedule, document });
			Ok(())
		}

		/// Cancel a drafted or published tender, before its award is computed, with the hash
		/// of the reasons. Every held bid deposit returns, unrevealed bids' included.
		///
		/// ## Origin
		/// [`Config::BuyerRegistryOrigin`], or signed by an official of the tender's buyer
		/// unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::TooLateToCancel`].
		///
		/// ## Events
		/// [`Event::TenderCancelled`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_tender())]
		pub fn cancel_tender(
			origin: OriginFor<T>,
			tender_id: TenderId,
			reason: DocumentHash,
		) -> DispatchResult {
			let tender = match T::BuyerRegistryOrigin::try_origin(origin) {
				Ok(_) => Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?,
				Err(origin) => {
					let who = ensure_signed(origin)?;
					Self::official_tender(tender_id, &who)?
				},
			};
			ensure!(
				matches!(tender.status, TenderStatus::Draft | TenderStatus::Published),
				Error::<T>::TooLateToCancel
			);
			let deposits_released = Self::do_cancel(tender_id, tender);
			Self::deposit_event(Event::TenderCancelled { tender_id, reason, deposits_released });
			Ok(())
		}

		/// Ask a question about a published tender, during its enquiry period.
		///
		/// ## Origin
		/// Signed by an approved supplier.
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::SupplierNotApproved`], [`Error::UnknownTender`],
		/// [`Error::NotPublished`], [`Error::EnquiriesClosed`], [`Error::TooManyEnquiries`].
		///
		/// ## Events
		/// [`Event::QuestionAsked`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::ask_question())]
		pub fn ask_question(
			origin: OriginFor<T>,
			tender_id: TenderId,
			question: DocumentHash,
		) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			Self::ensure_approved(&supplier)?;
			let tender = Self::published_tender(tender_id)?;
			ensure!(Self::now() < tender.schedule.enquiries_end, Error::<T>::EnquiriesClosed);
			let index = Enquiries::<T>::try_mutate(tender_id, |enquiries| {
				let index = enquiries.len() as u32;
				enquiries
					.try_push(Enquiry { supplier: supplier.clone(), question, answer: None })
					.map_err(|_| Error::<T>::TooManyEnquiries)?;
				Ok::<_, Error<T>>(index)
			})?;
			Self::deposit_event(Event::QuestionAsked { tender_id, index, supplier, question });
			Ok(())
		}

		/// Answer a question publicly, until bidding closes.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::NotPublished`],
		/// [`Error::BiddingClosed`], [`Error::UnknownEnquiry`], [`Error::AlreadyAnswered`].
		///
		/// ## Events
		/// [`Event::QuestionAnswered`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::answer_question())]
		pub fn answer_question(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			answer: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tender = Self::official_tender(tender_id, &who)?;
			ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
			ensure!(Self::now() < tender.schedule.bidding_end, Error::<T>::BiddingClosed);
			Enquiries::<T>::try_mutate(tender_id, |enquiries| {
				let enquiry =
					enquiries.get_mut(index as usize).ok_or(Error::<T>::UnknownEnquiry)?;
				ensure!(enquiry.answer.is_none(), Error::<T>::AlreadyAnswered);
				enquiry.answer = Some(answer);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::QuestionAnswered { tender_id, index, answer });
			Ok(())
		}

		/// Submit a sealed bid: its commitment ([`bid_commitment`]). [`Config::BidDeposit`] is
		/// held from the bidder.
		///
		/// ## Origin
		/// Signed by an approved supplier.
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::SupplierNotApproved`], [`Error::UnknownTender`],
		/// [`Error::NotPublished`], [`Error::BiddingNotOpen`], [`Error::BiddingClosed`],
		/// [`Error::AlreadyBid`], [`Error::TooManyBids`], or a balance error if the deposit
		/// cannot be held.
		///
		/// ## Events
		/// [`Event::BidSubmitted`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::submit_bid())]
		pub fn submit_bid(
			origin: OriginFor<T>,
			tender_id: TenderId,
			commitment: H256,
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			Self::ensure_approved(&bidder)?;
			let mut tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.enquiries_end, Error::<T>::BiddingNotOpen);
			ensure!(now < tender.schedule.bidding_end, Error::<T>::BiddingClosed);
			let mut bids = Bids::<T>::get(tender_id);
			ensure!(bids.iter().all(|b| b.bidder != bidder), Error::<T>::AlreadyBid);
			let bid_index = bids.len() as u32;
			let deposit = T::BidDeposit::get();
			bids.try_push(Bid {
				bidder: bidder.clone(),
				commitment,
				submitted_at: now,
				deposit,
				offer: None,
				forfeited: false,
				votes: 0,
			})
			.map_err(|_| Error::<T>::TooManyBids)?;
			T::Currency::hold(&HoldReason::BidDeposit.into(), &bidder, deposit)?;
			tender.bid_count = bids.len() as u32;
			Bids::<T>::insert(tender_id, bids);
			Tenders::<T>::insert(tender_id, tender);
			Self::deposit_event(Event::BidSubmitted {
				tender_id,
				bid_index,
				bidder,
				commitment,
				deposit,
			});
			Ok(())
		}

		/// Reveal a bid after bidding closed: the values and salt its commitment hides. A
		/// mismatch is refused and changes nothing; retry with the committed values while the
		/// reveal period lasts.
		///
		/// ## Origin
		/// Signed by the bidder.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotPublished`], [`Error::RevealNotOpen`],
		/// [`Error::RevealClosed`], [`Error::NoBid`], [`Error::AlreadyRevealed`],
		/// [`Error::CommitmentMismatch`], [`Error::InvalidOffer`].
		///
		/// ## Events
		/// [`Event::BidRevealed`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::reveal_bid())]
		pub fn reveal_bid(
			origin: OriginFor<T>,
			tender_id: TenderId,
			price: Centavos,
			partida_offers: PartidaOffersOf<T>,
			proposal: DocumentHash,
			salt: Salt,
		) -> DispatchResult {
			let bidder = ensure_signed(origin)?;
			let tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.bidding_end, Error::<T>::RevealNotOpen);
			ensure!(now < tender.schedule.reveal_end, Error::<T>::RevealClosed);
			let mut bids = Bids::<T>::get(tender_id);
			let (bid_index, bid) = bids
				.iter_mut()
				.enumerate()
				.find(|(_, b)| b.bidder == bidder)
				.ok_or(Error::<T>::NoBid)?;
			ensure!(bid.offer.is_none(), Error::<T>::AlreadyRevealed);
			ensure!(
				bid_commitment(tender_id, &bidder, price, &partida_offers, &proposal, &salt)
					== bid.commitment,
				Error::<T>::CommitmentMismatch
			);
			let sum = partida_offers
				.iter()
				.try_fold(0u128, |sum, offer| sum.checked_add(*offer))
				.ok_or(Error::<T>::InvalidOffer)?;
			ensure!(
				partida_offers.len() == tender.partidas.len() && sum == price,
				Error::<T>::InvalidOffer
			);
			bid.offer = Some(Offer { price, partida_offers, proposal, revealed_at: now });
			Bids::<T>::insert(tender_id, bids);
			Self::deposit_event(Event::BidRevealed {
				tender_id,
				bid_index: bid_index as u32,
				bidder,
				price,
				proposal,
			});
			Ok(())
		}

		/// Register (or replace) the signer's evaluator VRF key. A key serves only tenders
		/// published after its registration.
		///
		/// ## Origin
		/// Signed by an account holding a valid [`Config::EvaluatorCredential`].
		///
		/// ## Errors
		/// [`Error::NotAccredited`], [`Error::KeyInUse`].
		///
		/// ## Events
		/// [`Event::EvaluatorKeyRegistered`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::register_evaluator_key())]
		pub fn register_evaluator_key(
			origin: OriginFor<T>,
			key: sr25519::Public,
		) -> DispatchResult {
			let evaluator = ensure_signed(origin)?;
			ensure!(
				T::Credentials::has_credential(&evaluator, T::EvaluatorCredential::get()),
				Error::<T>::NotAccredited
			);
			ensure!(!EvaluatorOfKey::<T>::contains_key(key), Error::<T>::KeyInUse);
			if let Some(old) = EvaluatorKeys::<T>::get(&evaluator) {
				EvaluatorOfKey::<T>::remove(old.key);
			}
			EvaluatorKeys::<T>::insert(
				&evaluator,
				EvaluatorKey { key, registered_at: Self::now() },
			);
			EvaluatorOfKey::<T>::insert(key, &evaluator);
			Self::deposit_event(Event::EvaluatorKeyRegistered { evaluator, key });
			Ok(())
		}

		/// Commit the signer's scores for a tender, during its evaluation period, showing the
		/// VRF proof that it is eligible. This is when the chain learns it evaluates the tender.
		///
		/// ## Origin
		/// Signed by an accredited evaluator with a VRF key registered before the tender's
		/// publication and a reputation of at least [`Config::MinEvaluatorReputation`].
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotPublished`], [`Error::EvaluationNotOpen`],
		/// [`Error::EvaluationClosed`], [`Error::NotAccredited`], [`Error::NoEvaluatorKey`],
		/// [`Error::KeyTooRecent`], [`Error::ReputationTooLow`],
		/// [`Error::ConflictOfInterest`], [`Error::InvalidVrfProof`], [`Error::NotEligible`],
		/// [`Error::AlreadyCommitted`], [`Error::TooManyEvaluators`].
		///
		/// ## Events
		/// [`Event::ScoresCommitted`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::commit_scores())]
		pub fn commit_scores(
			origin: OriginFor<T>,
			tender_id: TenderId,
			vrf: VrfProofBytes,
			commitment: H256,
		) -> DispatchResult {
			let evaluator = ensure_signed(origin)?;
			let tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.reveal_end, Error::<T>::EvaluationNotOpen);
			ensure!(now < tender.schedule.evaluation_end, Error::<T>::EvaluationClosed);
			ensure!(
				T::Credentials::has_credential(&evaluator, T::EvaluatorCredential::get()),
				Error::<T>::NotAccredited
			);
			let key = EvaluatorKeys::<T>::get(&evaluator).ok_or(Error::<T>::NoEvaluatorKey)?;
			let (Some(published_at), Some(seed)) = (tender.published_at, tender.seed) else {
				defensive!("a published tender has a publication block and a seed");
				return Err(Error::<T>::NotPublished.into());
			};
			ensure!(key.registered_at < published_at, Error::<T>::KeyTooRecent);
			ensure!(
				EvaluatorReputation::<T>::get(&evaluator) >= T::MinEvaluatorReputation::get(),
				Error::<T>::ReputationTooLow
			);
			ensure!(
				!Bids::<T>::get(tender_id).iter().any(|b| b.bidder == evaluator)
					&& !Self::is_official(tender.buyer_unit, &evaluator),
				Error::<T>::ConflictOfInterest
			);
			let vrf_output = evaluator_vrf_output(&key.key, tender_id, &seed, &vrf)
				.ok_or(Error::<T>::InvalidVrfProof)?;
			ensure!(
				is_selected(vrf_output, T::EvaluatorSelectionProbability::get()),
				Error::<T>::NotEligible
			);
			Evaluations::<T>::try_mutate(tender_id, |evaluations| {
				ensure!(
					evaluations.iter().all(|e| e.evaluator != evaluator),
					Error::<T>::AlreadyCommitted
				);
				evaluations
					.try_push(Evaluation {
						evaluator: evaluator.clone(),
						vrf_output,
						commitment,
						scores: None,
					})
					.map_err(|_| Error::<T>::TooManyEvaluators)
			})?;
			Self::deposit_event(Event::ScoresCommitted { tender_id, evaluator, commitment });
			Ok(())
		}

		/// Reveal the signer's committed scores: one technical score (0 to 100) per revealed
		/// bid, in bid order, and the salt.
		///
		/// ## Origin
		/// Signed by an evaluator that committed scores for the tender.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotPublished`], [`Error::ScoreRevealNotOpen`],
		/// [`Error::ScoreRevealClosed`], [`Error::NotEvaluator`],
		/// [`Error::AlreadyRevealedScores`], [`Error::CommitmentMismatch`],
		/// [`Error::InvalidScores`].
		///
		/// ## Events
		/// [`Event::ScoresRevealed`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::reveal_scores())]
		pub fn reveal_scores(
			origin: OriginFor<T>,
			tender_id: TenderId,
			scores: ScoresOf<T>,
			salt: Salt,
		) -> DispatchResult {
			let evaluator = ensure_signed(origin)?;
			let tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.evaluation_end, Error::<T>::ScoreRevealNotOpen);
			ensure!(now < tender.schedule.score_reveal_end, Error::<T>::ScoreRevealClosed);
			let revealed = Bids::<T>::get(tender_id).iter().filter(|b| b.offer.is_some()).count();
			Evaluations::<T>::try_mutate(tender_id, |evaluations| {
				let evaluation = evaluations
					.iter_mut()
					.find(|e| e.evaluator == evaluator)
					.ok_or(Error::<T>::NotEvaluator)?;
				ensure!(evaluation.scores.is_none(), Error::<T>::AlreadyRevealedScores);
				ensure!(
					score_commitment(tender_id, &evaluator, &scores, &salt)
						== evaluation.commitment,
					Error::<T>::CommitmentMismatch
				);
				ensure!(
					scores.len() == revealed && scores.iter().all(|s| *s <= MAX_TECHNICAL_SCORE),
					Error::<T>::InvalidScores
				);
				evaluation.scores = Some(scores.clone());
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::ScoresRevealed { tender_id, evaluator, scores });
			Ok(())
		}

		/// Vote for a revealed bid, once per person, during the vote period.
		///
		/// ## Origin
		/// Signed by a verified adult living in the tender's scope.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotPublished`], [`Error::VoteNotOpen`],
		/// [`Error::VoteClosed`], [`Error::NotPerson`], [`Error::NotAdult`],
		/// [`Error::OutsideJurisdiction`], [`Error::AlreadyVoted`], [`Error::UnknownBid`].
		///
		/// ## Events
		/// [`Event::VoteCast`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::cast_vote())]
		pub fn cast_vote(
			origin: OriginFor<T>,
			tender_id: TenderId,
			bid_index: BidIndex,
		) -> DispatchResult {
			let voter = ensure_signed(origin)?;
			let tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.score_reveal_end, Error::<T>::VoteNotOpen);
			ensure!(now < tender.schedule.vote_end, Error::<T>::VoteClosed);
			let person_key = T::Persons::person_key(&voter).ok_or(Error::<T>::NotPerson)?;
			ensure!(T::Persons::is_adult(&voter), Error::<T>::NotAdult);
			ensure!(
				tender.scope.admits(T::Persons::jurisdiction_of(&voter)),
				Error::<T>::OutsideJurisdiction
			);
			ensure!(!Votes::<T>::contains_key(tender_id, person_key), Error::<T>::AlreadyVoted);
			Bids::<T>::try_mutate(tender_id, |bids| {
				let bid = bids
					.get_mut(bid_index as usize)
					.filter(|b| b.offer.is_some())
					.ok_or(Error::<T>::UnknownBid)?;
				bid.votes.saturating_inc();
				Ok::<_, Error<T>>(())
			})?;
			Votes::<T>::insert(tender_id, person_key, bid_index);
			Self::deposit_event(Event::VoteCast { tender_id, voter, bid_index });
			Ok(())
		}

		/// Compute the award once the vote has closed: forfeit the deposits of unrevealed
		/// bids, score every revealed bid, and pick the winner (or declare the tender deserted,
		/// returning the deposits). The complaints window follows.
		///
		/// ## Origin
		/// Signed, by anyone.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotPublished`], [`Error::VoteNotClosed`].
		///
		/// ## Events
		/// [`Event::BidForfeited`] per unrevealed bid, then [`Event::AwardComputed`] or
		/// [`Event::TenderDeserted`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::compute_award())]
		pub fn compute_award(origin: OriginFor<T>, tender_id: TenderId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut tender = Self::published_tender(tender_id)?;
			let now = Self::now();
			ensure!(now >= tender.schedule.vote_end, Error::<T>::VoteNotClosed);
			let mut bids = Bids::<T>::get(tender_id);
			Self::forfeit_unrevealed(tender_id, &mut bids);
			let (scores, winner, total_votes, evaluators) =
				Self::score_bids(&tender, &bids, &Evaluations::<T>::get(tender_id));
			let winning = winner.and_then(|w| scores.iter().find(|s| s.bid_index == w).cloned());
			match winning {
				Some(score) => {
					tender.status = TenderStatus::Awarded;
					Self::deposit_event(Event::AwardComputed {
						tender_id,
						bid_index: score.bid_index,
						winner: score.bidder,
						total: score.total,
					});
				},
				None => {
					tender.status = TenderStatus::Deserted;
					let deposits_released = Self::release_deposits(&mut bids);
					Self::deposit_event(Event::TenderDeserted { tender_id, deposits_released });
				},
			}
			Awards::<T>::insert(
				tender_id,
				Award {
					scores,
					winner,
					total_votes,
					evaluators,
					computed_at: now,
					is_final: tender.status == TenderStatus::Deserted,
				},
			);
			Bids::<T>::insert(tender_id, bids);
			Tenders::<T>::insert(tender_id, tender);
			Ok(())
		}

		/// File a complaint (inconformidad) against a computed award, with the hash of the
		/// written complaint, until `complaints_end`.
		///
		/// ## Origin
		/// Signed by an account that bid on the tender.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotAwarded`], [`Error::ComplaintsClosed`],
		/// [`Error::NotBidder`], [`Error::AlreadyComplained`].
		///
		/// ## Events
		/// [`Event::ComplaintFiled`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::file_complaint())]
		pub fn file_complaint(
			origin: OriginFor<T>,
			tender_id: TenderId,
			document: DocumentHash,
		) -> DispatchResult {
			let complainant = ensure_signed(origin)?;
			let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
			ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
			ensure!(Self::now() < tender.schedule.complaints_end, Error::<T>::ComplaintsClosed);
			ensure!(
				Bids::<T>::get(tender_id).iter().any(|b| b.bidder == complainant),
				Error::<T>::NotBidder
			);
			let index = Complaints::<T>::try_mutate(tender_id, |complaints| {
				ensure!(
					complaints.iter().all(|c| c.complainant != complainant),
					Error::<T>::AlreadyComplained
				);
				let index = complaints.len() as u32;
				complaints
					.try_push(Complaint {
						complainant: complainant.clone(),
						document,
						status: ComplaintStatus::Pending,
					})
					.map_err(|_| {
						defensive!("one complaint per bidder fits MaxBidsPerTender");
						Error::<T>::AlreadyComplained
					})?;
				Ok::<_, Error<T>>(index)
			})?;
			Self::deposit_event(Event::ComplaintFiled { tender_id, index, complainant, document });
			Ok(())
		}

		/// Resolve a pending complaint: dismiss it, or uphold it with a re-evaluation under a
		/// new schedule or with the tender's cancellation (every deposit returns).
		///
		/// ## Origin
		/// [`Config::ReviewOrigin`].
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotAwarded`], [`Error::UnknownComplaint`],
		/// [`Error::ComplaintResolved`], [`Error::InvalidReevaluation`],
		/// [`Error::UnorderedSchedule`].
		///
		/// ## Events
		/// [`Event::ComplaintDismissed`], [`Event::ReevaluationOrdered`] or
		/// [`Event::TenderCancelled`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::resolve_complaint())]
		pub fn resolve_complaint(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			resolution: Resolution<BlockNumberFor<T>>,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ReviewOrigin::ensure_origin(origin)?;
			let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
			ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
			let mut complaints = Complaints::<T>::get(tender_id);
			let complaint =
				complaints.get_mut(index as usize).ok_or(Error::<T>::UnknownComplaint)?;
			ensure!(complaint.status == ComplaintStatus::Pending, Error::<T>::ComplaintResolved);
			match resolution {
				Resolution::Dismiss => {
					complaint.status = ComplaintStatus::Dismissed;
					Complaints::<T>::insert(tender_id, complaints);
					Self::deposit_event(Event::ComplaintDismissed { tender_id, index, reason });
				},
				Resolution::Reevaluate(schedule) => {
					ensure!(schedule.is_ordered(), Error::<T>::UnorderedSchedule);
					let old = tender.schedule;
					ensure!(
						schedule.enquiries_end == old.enquiries_end
							&& schedule.bidding_end == old.bidding_end
							&& schedule.reveal_end == old.reveal_end
							&& schedule.evaluation_end > Self::now(),
						Error::<T>::InvalidReevaluation
					);
					tender.schedule = schedule;
					tender.status = TenderStatus::Published;
					Tenders::<T>::insert(tender_id, tender);
					Evaluations::<T>::remove(tender_id);
					Awards::<T>::remove(tender_id);
					Complaints::<T>::remove(tender_id);
					Self::deposit_event(Event::ReevaluationOrdered {
						tender_id,
						index,
						schedule,
						reason,
					});
				},
				Resolution::Cancel => {
					Awards::<T>::remove(tender_id);
					Complaints::<T>::remove(tender_id);
					let deposits_released = Self::do_cancel(tender_id, tender);
					Self::deposit_event(Event::TenderCancelled {
						tender_id,
						reason,
						deposits_released,
					});
				},
			}
			Ok(())
		}

		/// Make a computed award final once the complaints window has closed with no complaint
		/// pending; every held bid deposit returns.
		///
		/// ## Origin
		/// Signed, by anyone.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotAwarded`], [`Error::ComplaintsOpen`],
		/// [`Error::ComplaintPending`].
		///
		/// ## Events
		/// [`Event::AwardFinalised`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::finalise_award())]
		pub fn finalise_award(origin: OriginFor<T>, tender_id: TenderId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
			ensure!(tender.status == TenderStatus::Awarded, Error::<T>::NotAwarded);
			ensure!(Self::now() >= tender.schedule.complaints_end, Error::<T>::ComplaintsOpen);
			ensure!(
				Complaints::<T>::get(tender_id)
					.iter()
					.all(|c| c.status != ComplaintStatus::Pending),
				Error::<T>::ComplaintPending
			);
			let mut award = Awards::<T>::get(tender_id).ok_or(Error::<T>::NotAwarded)?;
			let mut bids = Bids::<T>::get(tender_id);
			let winner = award
				.winner
				.and_then(|w| bids.get(w as usize))
				.map(|b| b.bidder.clone())
				.ok_or(Error::<T>::NotAwarded)?;
			let deposits_released = Self::release_deposits(&mut bids);
			award.is_final = true;
			tender.status = TenderStatus::AwardFinal;
			Bids::<T>::insert(tender_id, bids);
			Awards::<T>::insert(tender_id, award);
			Tenders::<T>::insert(tender_id, tender);
			Self::deposit_event(Event::AwardFinalised { tender_id, winner, deposits_released });
			Ok(())
		}

		/// Draft the contract of a final award, with its deliverables (description hash, due
		/// block, amount in centavos), whose amounts add up to the winning price. An unsigned
		/// draft may be replaced.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::AwardNotFinal`],
		/// [`Error::ContractSigningClosed`], [`Error::ContractAlreadySigned`],
		/// [`Error::NoDeliverables`], [`Error::DueInPast`], [`Error::AmountsMismatch`].
		///
		/// ## Events
		/// [`Event::ContractDrafted`].
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::draft_contract())]
		pub fn draft_contract(
			origin: OriginFor<T>,
			tender_id: TenderId,
			document: DocumentHash,
			deliverables: DeliverableTermsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tender = Self::official_tender(tender_id, &who)?;
			ensure!(tender.status == TenderStatus::AwardFinal, Error::<T>::AwardNotFinal);
			let now = Self::now();
			ensure!(now < tender.schedule.contract_deadline, Error::<T>::ContractSigningClosed);
			if let Some(existing) = Contracts::<T>::get(tender_id) {
				ensure!(
					existing.buyer_signatory.is_none() && !existing.supplier_signed,
					Error::<T>::ContractAlreadySigned
				);
			}
			ensure!(!deliverables.is_empty(), Error::<T>::NoDeliverables);
			ensure!(deliverables.iter().all(|(_, due, _)| *due > now), Error::<T>::DueInPast);
			let total = deliverables
				.iter()
				.try_fold(0u128, |sum, (_, _, amount)| sum.checked_add(*amount))
				.ok_or(Error::<T>::AmountsMismatch)?;
			let (supplier, value) = Self::winner(tender_id).ok_or(Error::<T>::AwardNotFinal)?;
			ensure!(total == value, Error::<T>::AmountsMismatch);
			let deliverables: DeliverablesOf<T> = deliverables
				.into_iter()
				.map(|(description, due, amount)| Deliverable {
					description,
					due,
					amount,
					status: DeliverableStatus::Pending,
				})
				.collect::<Vec<_>>()
				.try_into()
				.map_err(|_| Error::<T>::NoDeliverables)?;
			Contracts::<T>::insert(
				tender_id,
				Contract {
					supplier,
					document,
					value,
					deliverables,
					buyer_signatory: None,
					supplier_signed: false,
					status: ContractStatus::Drafted,
				},
			);
			Self::deposit_event(Event::ContractDrafted { tender_id, document, value });
			Ok(())
		}

		/// Sign a drafted contract, as an official of the buyer unit or as the winner, before
		/// `contract_deadline`. With both signatures the contract is in force.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit or by the winner; with an e.firma
		/// bound when [`Config::RequireEfirma`].
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NoContract`], [`Error::ContractNotActive`] if it
		/// is not a draft, [`Error::ContractSigningClosed`], [`Error::NotParty`],
		/// [`Error::EfirmaRequired`], [`Error::AlreadySigned`].
		///
		/// ## Events
		/// [`Event::ContractSigned`], and [`Event::ContractActivated`] with the second
		/// signature.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::sign_contract())]
		pub fn sign_contract(origin: OriginFor<T>, tender_id: TenderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
			let mut contract = Contracts::<T>::get(tender_id).ok_or(Error::<T>::NoContract)?;
			ensure!(contract.status == ContractStatus::Drafted, Error::<T>::ContractNotActive);
			ensure!(
				Self::now() < tender.schedule.contract_deadline,
				Error::<T>::ContractSigningClosed
			);
			let is_official = Self::is_official(tender.buyer_unit, &who);
			ensure!(is_official || who == contract.supplier, Error::<T>::NotParty);
			ensure!(
				!T::RequireEfirma::get() || T::Efirma::is_efirma_bound(&who),
				Error::<T>::EfirmaRequired
			);
			if is_official {
				ensure!(contract.buyer_signatory.is_none(), Error::<T>::AlreadySigned);
				contract.buyer_signatory = Some(who.clone());
			} else {
				ensure!(!contract.supplier_signed, Error::<T>::AlreadySigned);
				contract.supplier_signed = true;
			}
			let activated = contract.buyer_signatory.is_some() && contract.supplier_signed;
			if activated {
				contract.status = ContractStatus::Active;
			}
			Contracts::<T>::insert(tender_id, contract);
			Self::deposit_event(Event::ContractSigned { tender_id, signatory: who });
			if activated {
				Self::deposit_event(Event::ContractActivated { tender_id });
			}
			Ok(())
		}

		/// Accept a deliverable of a contract in force. With the last one the contract
		/// completes and the evaluators who backed the winner gain reputation.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::UnknownTender`], [`Error::NotOfficial`], [`Error::NoContract`],
		/// [`Error::ContractNotActive`], [`Error::UnknownDeliverable`],
		/// [`Error::DeliverableNotPending`].
		///
		/// ## Events
		/// [`Event::DeliverableAccepted`], then with the last one [`Event::ContractCompleted`]
		/// and [`Event::ReputationChanged`] per such evaluator.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::accept_deliverable())]
		pub fn accept_deliverable(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Accepted)?;
			Self::deposit_event(Event::DeliverableAccepted { tender_id, index });
			Self::conclude_contract(tender_id);
			Ok(())
		}

		/// Reject a deliverable of a contract in force, with the hash of the reasons: the
		/// contract fails and the evaluators who backed the winner lose reputation.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// As [`Pallet::accept_deliverable`].
		///
		/// ## Events
		/// [`Event::DeliverableRejected`], [`Event::ContractFailed`],
		/// [`Event::ReputationChanged`] per such evaluator.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::reject_deliverable())]
		pub fn reject_deliverable(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			reason: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Rejected)?;
			Self::deposit_event(Event::DeliverableRejected { tender_id, index, reason });
			Self::conclude_contract(tender_id);
			Ok(())
		}

		/// Declare a deliverable overdue once its due block has passed without acceptance:
		/// the contract fails and the evaluators who backed the winner lose reputation.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// As [`Pallet::accept_deliverable`], and [`Error::NotOverdue`] before the due block
		/// has passed.
		///
		/// ## Events
		/// [`Event::DeliverableOverdue`], [`Event::ContractFailed`],
		/// [`Event::ReputationChanged`] per such evaluator.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::declare_deliverable_overdue())]
		pub fn declare_deliverable_overdue(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::settle_deliverable(&who, tender_id, index, DeliverableStatus::Overdue)?;
			Self::deposit_event(Event::DeliverableOverdue { tender_id, index });
			Self::conclude_contract(tender_id);
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A tender: its terms, schedule and status (OCDS `tender`).
		pub fn tender(tender_id: TenderId) -> Option<TenderOf<T>> {
			Tenders::<T>::get(tender_id)
		}

		/// The revealed bids of a tender, in bid order (OCDS `bids`); nothing before bidding
		/// closes, as nothing is revealed before.
		pub fn bids(tender_id: TenderId) -> Vec<RevealedBidOf<T>> {
			Bids::<T>::get(tender_id)
				.into_iter()
				.enumerate()
				.filter_map(|(index, bid)| {
					bid.offer.map(|offer| RevealedBid {
						bid_index: index as u32,
						bidder: bid.bidder,
						submitted_at: bid.submitted_at,
						offer,
						votes: bid.votes,
					})
				})
				.collect()
		}

		/// The award of a tender, with every bid's scores (OCDS `awards`).
		pub fn award(tender_id: TenderId) -> Option<AwardOf<T>> {
			Awards::<T>::get(tender_id)
		}

		/// The contract of a tender (OCDS `contracts`).
		pub fn contract(tender_id: TenderId) -> Option<ContractOf<T>> {
			Contracts::<T>::get(tender_id)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Record the registry's decision on `supplier`: approved or rejected, refusing the decision
	/// it already has.
	fn decide_supplier(supplier: &T::AccountId, decision: SupplierStatus) -> DispatchResult {
		Suppliers::<T>::try_mutate(supplier, |maybe| {
			let record = maybe.as_mut().ok_or(Error::<T>::NotSupplier)?;
			match (&record.status, &decision) {
				(SupplierStatus::Approved { .. }, SupplierStatus::Approved { .. }) => {
					return Err(Error::<T>::AlreadyApproved.into())
				},
				(SupplierStatus::Rejected { .. }, SupplierStatus::Rejected { .. }) => {
					return Err(Error::<T>::AlreadyRejected.into())
				},
				_ => {},
			}
			record.status = decision;
			Ok(())
		})
	}

	/// The current block.
	pub fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Whether `who` is an official of `buyer_unit`.
	pub fn is_official(buyer_unit: BuyerUnitId, who: &T::AccountId) -> bool {
		BuyerUnits::<T>::get(buyer_unit).is_some_and(|unit| unit.officials.contains(who))
	}

	/// The winner of a tender's award and its price, if the award names one.
	pub fn winner(tender_id: TenderId) -> Option<(T::AccountId, Centavos)> {
		let award = Awards::<T>::get(tender_id)?;
		let winner = award.winner?;
		award
			.scores
			.into_iter()
			.find(|s| s.bid_index == winner)
			.map(|s| (s.bidder, s.price))
	}

	fn ensure_officials(officials: &OfficialsOf<T>) -> DispatchResult {
		ensure!(!officials.is_empty(), Error::<T>::NoOfficials);
		for (i, official) in officials.iter().enumerate() {
			ensure!(
				!officials.iter().skip(i.saturating_add(1)).any(|o| o == official),
				Error::<T>::DuplicateOfficial
			);
		}
		Ok(())
	}

	fn ensure_official(buyer_unit: BuyerUnitId, who: &T::AccountId) -> DispatchResult {
		let unit = BuyerUnits::<T>::get(buyer_unit).ok_or(Error::<T>::UnknownBuyerUnit)?;
		ensure!(unit.officials.contains(who), Error::<T>::NotOfficial);
		Ok(())
	}

	/// The tender, if `who` is an official of its buyer unit.
	fn official_tender(
		tender_id: TenderId,
		who: &T::AccountId,
	) -> Result<TenderOf<T>, DispatchError> {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
		Self::ensure_official(tender.buyer_unit, who)?;
		Ok(tender)
	}

	/// The tender, if it is published and its award not computed.
	fn published_tender(tender_id: TenderId) -> Result<TenderOf<T>, DispatchError> {
		let tender = Tenders::<T>::get(tender_id).ok_or(Error::<T>::UnknownTender)?;
		ensure!(tender.status == TenderStatus::Published, Error::<T>::NotPublished);
		Ok(tender)
	}

	fn ensure_approved(who: &T::AccountId) -> DispatchResult {
		let supplier = Suppliers::<T>::get(who).ok_or(Error::<T>::NotSupplier)?;
		ensure!(
			matches!(supplier.status, SupplierStatus::Approved { .. }),
			Error::<T>::SupplierNotApproved
		);
		Ok(())
	}

	/// Cancel a tender: return every held deposit and mark it cancelled. Returns how many
	/// deposits were returned.
	fn do_cancel(tender_id: TenderId, mut tender: TenderOf<T>) -> u32 {
		let mut bids = Bids::<T>::get(tender_id);
		let released = Self::release_deposits(&mut bids);
		if !bids.is_empty() {
			Bids::<T>::insert(tender_id, bids);
		}
		tender.status = TenderStatus::Cancelled;
		Tenders::<T>::insert(tender_id, tender);
		released
	}

	/// Return every deposit still held for `bids`. Returns how many were returned.
	fn release_deposits(bids: &mut BidsOf<T>) -> u32 {
		let mut count: u32 = 0;
		for bid in bids.iter_mut().filter(|b| !b.deposit.is_zero()) {
			match T::Currency::release(
				&HoldReason::BidDeposit.into(),
				&bid.bidder,
				bid.deposit,
				Precision::BestEffort,
			) {
				Ok(released) if released == bid.deposit => {},
				_ => {
					defensive!("a bid deposit was not fully held");
				},
			}
			bid.deposit = Zero::zero();
			count.saturating_inc();
		}
		count
	}

	/// Forfeit the deposits of the bids that were not revealed, to [`Config::Slashed`].
	fn forfeit_unrevealed(tender_id: TenderId, bids: &mut BidsOf<T>) {
		for (index, bid) in bids.iter_mut().enumerate() {
			if bid.offer.is_some() || bid.forfeited {
				continue;
			}
			let (credit, missing) = <T::Currency as BalancedHold<T::AccountId>>::slash(
				&HoldReason::BidDeposit.into(),
				&bid.bidder,
				bid.deposit,
			);
			if !missing.is_zero() {
				defensive!("a bid deposit was not fully held");
			}
			T::Slashed::on_unbalanced(credit);
			let amount = bid.deposit;
			bid.deposit = Zero::zero();
			bid.forfeited = true;
			Self::deposit_event(Event::BidForfeited {
				tender_id,
				bid_index: index as u32,
				bidder: bid.bidder.clone(),
				amount,
			});
		}
	}

	/// Score the revealed bids of `tender`. Returns the scores in bid order, the winning bid
	/// (`None`: deserted), the votes cast and how many evaluators revealed scores.
	pub fn score_bids(
		tender: &TenderOf<T>,
		bids: &BidsOf<T>,
		evaluations: &EvaluationsOf<T>,
	) -> (BidScoresOf<T>, Option<BidIndex>, u32, u32) {
		let revealed: Vec<(BidIndex, &BidOf<T>, Centavos)> = bids
			.iter()
			.enumerate()
			.filter_map(|(i, b)| b.offer.as_ref().map(|o| (i as u32, b, o.price)))
			.collect();
		let score_sets: Vec<&ScoresOf<T>> =
			evaluations.iter().filter_map(|e| e.scores.as_ref()).collect();
		let evaluators = score_sets.len() as u32;
		let lowest = revealed
			.iter()
			.filter(|(_, _, price)| *price <= tender.budget)
			.map(|(_, _, price)| *price)
			.min();
		let total_votes =
			revealed.iter().fold(0u32, |sum, (_, bid, _)| sum.saturating_add(bid.votes));
		let mut scores = Vec::with_capacity(revealed.len());
		for (position, (bid_index, bid, price)) in revealed.iter().enumerate() {
			let within_budget = *price <= tender.budget;
			let price_score = match (within_budget, lowest) {
				(true, Some(_)) if *price == 0 => Perbill::one(),
				(true, Some(lowest)) => Perbill::from_rational(lowest, *price),
				_ => Perbill::zero(),
			};
			let technical_sum = score_sets.iter().fold(0u64, |sum, set| {
				sum.saturating_add(u64::from(set.get(position).copied().unwrap_or_default()))
			});
			let technical_score = if evaluators == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(
					technical_sum,
					u64::from(evaluators).saturating_mul(u64::from(MAX_TECHNICAL_SCORE)),
				)
			};
			let citizen_score = if total_votes == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(bid.votes, total_votes)
			};
			let weights = tender.weights;
			let total = Perbill::from_parts(
				(weights.price * price_score)
					.deconstruct()
					.saturating_add((weights.technical * technical_score).deconstruct())
					.saturating_add((weights.citizen * citizen_score).deconstruct()),
			);
			scores.push(BidScore {
				bid_index: *bid_index,
				bidder: bid.bidder.clone(),
				price: *price,
				within_budget,
				price_score,
				technical_score,
				votes: bid.votes,
				citizen_score,
				total,
			});
		}
		let mut winner: Option<&BidScore<T::AccountId>> = None;
		for score in scores.iter().filter(|s| s.within_budget) {
			let better = match winner {
				None => true,
				Some(best) => {
					score.total > best.total
						|| (score.total == best.total && score.price < best.price)
				},
			};
			if better {
				winner = Some(score);
			}
		}
		let winner = winner.map(|s| s.bid_index);
		let scores = BidScoresOf::<T>::truncate_from(scores);
		(scores, winner, total_votes, evaluators)
	}

	/// Check that `who` may settle deliverable `index` of the contract of `tender_id` as
	/// `status`, and record it.
	fn settle_deliverable(
		who: &T::AccountId,
		tender_id: TenderId,
		index: u32,
		status: DeliverableStatus,
	) -> DispatchResult {
		Self::official_tender(tender_id, who)?;
		Contracts::<T>::try_mutate(tender_id, |maybe| {
			let contract = maybe.as_mut().ok_or(Error::<T>::NoContract)?;
			ensure!(contract.status == ContractStatus::Active, Error::<T>::ContractNotActive);
			let deliverable = contract
				.deliverables
				.get_mut(index as usize)
				.ok_or(Error::<T>::UnknownDeliverable)?;
			ensure!(
				deliverable.status == DeliverableStatus::Pending,
				Error::<T>::DeliverableNotPending
			);
			if status == DeliverableStatus::Overdue {
				ensure!(Self::now() > deliverable.due, Error::<T>::NotOverdue);
			}
			deliverable.status = status;
			Ok(())
		})
	}

	/// End the contract of `tender_id` if its deliverables decide it: completed when all are
	/// accepted, failed when one was rejected or overdue; then move the reputation of the
	/// evaluators who gave the winner at least [`HIGH_SCORE`].
	fn conclude_contract(tender_id: TenderId) {
		let Some(mut contract) = Contracts::<T>::get(tender_id) else { return };
		let failed = contract
			.deliverables
			.iter()
			.any(|d| matches!(d.status, DeliverableStatus::Rejected | DeliverableStatus::Overdue));
		let completed =
			contract.deliverables.iter().all(|d| d.status == DeliverableStatus::Accepted);
		if !failed && !completed {
			return;
		}
		contract.status = if failed { ContractStatus::Failed } else { ContractStatus::Completed };
		let supplier = contract.supplier.clone();
		Contracts::<T>::insert(tender_id, contract);
		if failed {
			Self::deposit_event(Event::ContractFailed { tender_id, supplier });
		} else {
			Self::deposit_event(Event::ContractCompleted { tender_id, supplier });
		}
		let Some(position) = Self::winner_position(tender_id) else { return };
		for evaluation in Evaluations::<T>::get(tender_id) {
			let backed = evaluation
				.scores
				.as_ref()
				.and_then(|scores| scores.get(position))
				.is_some_and(|score| *score >= HIGH_SCORE);
			if !backed {
				continue;
			}
			let reputation = EvaluatorReputation::<T>::mutate(&evaluation.evaluator, |r| {
				*r = if failed { r.saturating_sub(1) } else { r.saturating_add(1) };
				*r
			});
			Self::deposit_event(Event::ReputationChanged {
				evaluator: evaluation.evaluator,
				tender_id,
				reputation,
			});
		}
	}

	/// The winner's position among the revealed bids of `tender_id`: the index of its
	/// technical score in each evaluator's scores.
	fn winner_position(tender_id: TenderId) -> Option<usize> {
		let winner = Awards::<T>::get(tender_id)?.winner?;
		let bids = Bids::<T>::get(tender_id);
		Some(bids.iter().take(winner as usize).filter(|b| b.offer.is_some()).count())
	}
}
