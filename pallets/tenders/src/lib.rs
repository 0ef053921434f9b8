//! # Tenders pallet
//!
//! Public tenders (licitaciones) with sealed bids and guarantees, an anonymous evaluation panel
//! drawn by sortition, a secret citizen vote and comments, social witnesses, a deterministic
//! award with the law's price rules, complaints reviewed by the oversight authority, contracts
//! that pass to the runner-up or leave the tender void, and the evaluators' reputation.
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
//!    rejects it, with the hash of a resolution. Only approved suppliers ask and bid, and
//!    only while their account holds the organisation's identity: it is checked at every use,
//!    and a revoked organisation's supplier is suspended ([`SupplierStatus::Suspended`], by
//!    the identity pallet's hook, `bmx_primitives::identity::IdentityHooks`). An organisation
//!    has one supplier account ([`SupplierOfOrganisation`]): when it moves to a new account
//!    and registers again, the former registration is suspended. One bid per organisation
//!    per tender, whichever account it uses.
//! 3. **Tender.** An official drafts a tender: title, convocatoria hash, budget and
//!    market-research reference price in centavos, partidas with their CUCoP key (checked
//!    against [`Config::Catalogue`]) and requirements, award weights, scope (federal, state or
//!    municipal) and a [`Schedule`] of phase boundaries, in blocks. A tender whose budget is at
//!    least [`Config::SocialWitnessThreshold`] is published only with a social witness
//!    (testigo social), assigned by the oversight authority ([`Config::ReviewOrigin`]), who
//!    may also assign one to any other tender. Publication freezes the terms and, when the
//!    award weighs technical scores, holds [`Config::EvaluationFee`] from the publishing
//!    official, as the buyer unit's agent. An amendment may only extend boundaries
//!    that have not passed ([`Pallet::amend_tender`]), at most [`Config::MaxAmendments`]
//!    times. Time is bounded: no phase is longer than [`Config::MaxPhaseLength`] (the first
//!    counted from publication) and the schedule the buyer sets ends within
//!    [`Config::MaxTenderDuration`] of publication, so no deposit is held for ever. Two
//!    extensions come on top, each bounded: the time complaints were pending (itself within
//!    the complaints window and the review), and [`Config::RunnerUpSigningPeriod`] when the
//!    contract passes to the runner-up.
//! 4. **Enquiries and comments.** Until `enquiries_end`, approved suppliers ask questions
//!    (hashes); the buyer unit answers publicly until `bidding_end`. While the tender is
//!    published, any verified person comments once (voz ciudadana, feeless) and the buyer
//!    unit answers publicly.
//! 5. **Sealed bids.** From `enquiries_end` until `bidding_end`, approved suppliers submit a
//!    commitment ([`bid_commitment`]) and its bid guarantee (garantía de seriedad) is held:
//!    [`Config::BidGuarantee`] of the budget, at least [`Config::MinBidGuarantee`]. A bidder
//!    may withdraw its sealed bid until `bidding_end` and gets the guarantee back
//!    ([`Pallet::withdraw_bid`]). From `bidding_end` until `reveal_end` each reveals its
//!    price, partida offers, proposal hash and salt; a reveal that does not match is refused
//!    and may be retried. A bid not revealed in time forfeits its guarantee to
//!    [`Config::Slashed`] when the award is computed: the option not to reveal after seeing
//!    others' prices costs a share of the budget.
//! 6. **Anonymous evaluation.** From `reveal_end` until `evaluation_end`, anyone opens the
//!    tender's evaluation panel ([`Pallet::open_evaluation`], free): the fee goes to the
//!    panel service ([`Config::Panels`], the anonymous panels pallet in the runtime), which
//!    draws the evaluators by ring-VRF sortition from the certified evaluators enrolled
//!    before the tender's publication, leaving out the tender's bidders and the buyer unit's
//!    officials. The sortition seed is [`tender_seed`]: the revealed bids' salts and the hash
//!    of the block before `reveal_end`, fixed before anyone could call. The selected
//!    evaluators commit their technical scores with their tickets until `evaluation_end` and
//!    reveal them until `score_reveal_end`, under pseudonyms that name no account.
//! 7. **Citizen vote.** From `score_reveal_end` until `vote_end`, anyone opens the tender's
//!    secret ballot ([`Pallet::open_citizen_vote`], free) in the ballot service
//!    ([`Config::Ballots`], the secret ballots pallet): the residents of the tender's scope
//!    ([`TenderScope::ring_scope`]) vote for one revealed bid with a ring proof, one vote
//!    per person and no account named. Where the scope has no ring large enough to hide a
//!    voter (a small municipality), there is no citizen vote and the citizens' weight scores
//!    zero for every bid.
//! 8. **Award (fallo).** From `vote_end`, anyone computes the award ([`Pallet::compute_award`]):
//!    every per-bid, per-criterion score is stored, with each bid's standing under the law's
//!    price rules ([`BidStanding`]). Until `complaints_end`, bidders file complaints
//!    (inconformidades) with [`Config::ComplaintDeposit`]; the oversight authority
//!    ([`Config::ReviewOrigin`]) dismisses them (the deposit is forfeited) or upholds them with
//!    a re-evaluation or a cancellation (it returns). The contract's deadline moves by the
//!    time complaints were pending. From `complaints_end`, with no complaint pending, anyone
//!    finalises the award: every guarantee returns but the winner's.
//! 9. **Contract.** An official drafts the contract with its deliverables; the official and
//!    the winner (or its representative) sign it before `contract_deadline`, each after its
//!    e.firma signing act of the contract's document (when [`Config::RequireEfirma`]). The
//!    winner's signature holds its performance guarantee (garantía de cumplimiento,
//!    [`Config::PerformanceGuarantee`] of the value) and returns its bid guarantee. The buyer
//!    unit accepts each deliverable (completed: the performance guarantee returns) or rejects
//!    one or declares one overdue (failed: it is forfeited). A contract not signed by the
//!    deadline is settled by anyone ([`Pallet::settle_unsigned_contract`]): a winner that did
//!    not sign forfeits its bid guarantee and the contract passes to the runner-up when its
//!    price is within [`Config::RunnerUpMargin`] (LAASSP art. 46), which then has
//!    [`Config::RunnerUpSigningPeriod`] to sign; otherwise, or if the buyer unit did not sign,
//!    the tender is void ([`DesertReason`]). Social witnesses file their testimony once the
//!    award is computed or the tender ended.
//! 10. **Reputation.** When a signed contract completes or fails, the panel service records
//!     the outcome for the winning bid: the pseudonyms that scored it high gain or lose
//!     reputation, which decides whether they take tickets in later panels.
//! 11. **Cancellation.** Before the award, the buyer unit or governance cancels a tender with
//!     a reason; every guarantee returns.
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
//! - **Desierta (void)**: a tender no contract comes out of: no eligible proposal, or no
//!   signature in time.
//! - **Inconformidad (complaint)**: a bidder's formal challenge of the award.
//! - **Garantía de seriedad (bid guarantee)**: what a bidder puts up that it will stand by its
//!   proposal; **garantía de cumplimiento (performance guarantee)**: what the supplier puts up
//!   that it will fulfil the contract. In practice bonds (fianzas); here held in the chain's
//!   currency at [`Config::CentavosToBalance`].
//! - **Precio no aceptable / precio conveniente**: the law's ceiling (above the
//!   market-research price by more than a margin) and floor (below a share of the average of
//!   the prices offered) beyond which a proposal is discarded.
//! - **Testigo social (social witness)**: an accredited member of civil society who observes
//!   a tender and testifies publicly at its end.
//! - **CUCoP**: the Clasificador Único de las Contrataciones Públicas, the public classifier
//!   of what the government buys; each partida carries a key of it.
//! - **e.firma**: SAT's advanced electronic signature, bound to accounts by the identity
//!   pallet.
//! - **OCDS**: the Open Contracting Data Standard, the format the pilot published; the view
//!   functions give what its `tender`, `bids`, `awards` and `contracts` sections need.
//!
//! ## Pallet API
//!
//! | Call | Index | Origin |
//! |---|---|---|
//! | [`register_buyer_unit`](Pallet::register_buyer_unit) | 0 | [`Config::BuyerRegistryOrigin`] |
//! | [`set_buyer_officials`](Pallet::set_buyer_officials) | 1 | [`Config::BuyerRegistryOrigin`] |
//! | [`register_supplier`](Pallet::register_supplier) | 2 | signed: a verified organisation |
//! | [`approve_supplier`](Pallet::approve_supplier) | 3 | [`Config::SupplierRegistryOrigin`] |
//! | [`reject_supplier`](Pallet::reject_supplier) | 4 | [`Config::SupplierRegistryOrigin`] |
//! | [`create_tender`](Pallet::create_tender) | 5 | signed: an official of the buyer unit |
//! | [`publish_tender`](Pallet::publish_tender) | 6 | signed: an official of the tender's buyer unit |
//! | [`amend_tender`](Pallet::amend_tender) | 7 | signed: an official of the tender's buyer unit |
//! | [`cancel_tender`](Pallet::cancel_tender) | 8 | [`Config::BuyerRegistryOrigin`], or signed: an official of the tender's buyer unit |
//! | [`ask_question`](Pallet::ask_question) | 9 | signed: an approved supplier |
//! | [`answer_question`](Pallet::answer_question) | 10 | signed: an official of the tender's buyer unit |
//! | [`submit_bid`](Pallet::submit_bid) | 11 | signed: an approved supplier |
//! | [`reveal_bid`](Pallet::reveal_bid) | 12 | signed: the bidder |
//! | [`compute_award`](Pallet::compute_award) | 17 | signed: anyone |
//! | [`file_complaint`](Pallet::file_complaint) | 18 | signed: a bidder |
//! | [`resolve_complaint`](Pallet::resolve_complaint) | 19 | [`Config::ReviewOrigin`] |
//! | [`finalise_award`](Pallet::finalise_award) | 20 | signed: anyone |
//! | [`draft_contract`](Pallet::draft_contract) | 21 | signed: an official of the tender's buyer unit |
//! | [`sign_contract`](Pallet::sign_contract) | 22 | signed: an official of the tender's buyer unit, the winner or its representative (after an e.firma signing act of the document when [`Config::RequireEfirma`]) |
//! | [`accept_deliverable`](Pallet::accept_deliverable) | 23 | signed: an official of the tender's buyer unit |
//! | [`reject_deliverable`](Pallet::reject_deliverable) | 24 | signed: an official of the tender's buyer unit |
//! | [`declare_deliverable_overdue`](Pallet::declare_deliverable_overdue) | 25 | signed: an official of the tender's buyer unit |
//! | [`withdraw_bid`](Pallet::withdraw_bid) | 26 | signed: the bidder, before bidding closes |
//! | [`settle_unsigned_contract`](Pallet::settle_unsigned_contract) | 27 | signed: anyone, after `contract_deadline` |
//! | [`assign_social_witness`](Pallet::assign_social_witness) | 28 | [`Config::ReviewOrigin`] |
//! | [`file_testimony`](Pallet::file_testimony) | 29 | signed: an assigned, accredited social witness |
//! | [`comment_on_tender`](Pallet::comment_on_tender) | 30 | signed: a verified person (feeless when valid) |
//! | [`answer_comment`](Pallet::answer_comment) | 31 | signed: an official of the tender's buyer unit |
//! | [`open_evaluation`](Pallet::open_evaluation) | 32 | signed: anyone, free on success |
//! | [`open_citizen_vote`](Pallet::open_citizen_vote) | 33 | signed: anyone, free on success |
//!
//! Indices 13 to 16 (the evaluator keys, score commitments and reveals, and public votes that
//! the panels and the secret ballots replaced) are retired and never reused.
//!
//! View functions for the OCDS export: [`Pallet::tender`], [`Pallet::bids`] (revealed only),
//! [`Pallet::award`], [`Pallet::contract`], [`Pallet::social_witnesses`],
//! [`Pallet::comments`], [`Pallet::evaluation_panel`] and [`Pallet::citizen_ballot`] (the
//! panel and ballot numbers, to read them in their pallets).
//!
//! Each call checks its origin and delegates to a `do_*` function of its topic module under
//! `features/`: `registry` (buyer units, suppliers), `tender` (create, publish, amend, cancel),
//! `enquiries`, `bids` (sealed bids and their deposits), `evaluation` (the panel, its seed and
//! fee), `votes` (the secret ballot), `award` (compute, finalise), `complaints` and `contract`
//! (contract, deliverables, the outcome the panel records).
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
//! - **Scores** are committed and revealed in the panel service, one technical score (0 to
//!   100) per revealed bid, in bid order (`bmx_primitives::anonymity::score_commitment`).
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
//! ### Anonymous evaluation and the citizen vote: trust assumptions
//!
//! - The panel service's own documentation (the anonymous panels pallet) holds its threat
//!   model: anonymity sets, bonds and slashes, what the chain reveals. This pallet decides
//!   what a panel is asked: the options (the revealed bids, in bid order), the candidates'
//!   cut-off (evaluators enrolled before publication), the conflicts of interest, the seed
//!   and the windows (tickets until `evaluation_end`, reveals until `score_reveal_end`).
//! - **The seed** ([`tender_seed`]) mixes every revealed bid's salt with the hash of the block
//!   before `reveal_end` (or, after a re-evaluation, of the review's decision block). A bidder cannot grind its salt: it committed to it before it knew the
//!   others'. The last revealer can only withhold its bid, forfeiting its guarantee. A block
//!   author can choose the anchor block's hash among a few, which matters only in collusion
//!   with a bidder that also controls a candidate. Whoever calls [`Pallet::open_evaluation`]
//!   and whenever, the seed is the same; when the anchor block's hash is no longer kept
//!   (after `BlockHashCount` blocks), the panel cannot be opened (`SeedExpired`), and the
//!   tender is awarded without technical scores.
//! - **Conflicts of interest.** The panel leaves out the accounts that bid on the tender and
//!   the buyer unit's officials, as the law asks of evaluators. A bidder's representatives
//!   are not checked (every candidate's representatives would cost hundreds of reads).
//! - **The citizen vote** is a plain secret ballot of the tender's scope, opened with the
//!   revealed bids' commitments as labels, in bid order: a vote for option `i` is a vote for
//!   the `i`-th revealed bid. Its snapshot is the block it is opened at: who may vote is fixed
//!   then, so nobody moves in to vote.
//!
//! ### Award
//!
//! - Each revealed price is judged first ([`Pallet::price_standings`]): above the budget, or
//!   more than [`Config::PriceCeilingMargin`] above the reference price, it is not acceptable;
//!   zero or below [`Config::ConvenientPriceShare`] of the average of the acceptable prices, it
//!   is not convenient. The average leaves out unacceptable prices so that absurd high bids
//!   cannot push an honest low one under the floor (the law averages the "prevailing" prices).
//!   Only eligible bids are scored on price and may win.
//! - For each revealed bid: price score = lowest eligible price / its price (zero when not
//!   eligible); technical score = its average revealed technical score / 100 over the
//!   concluded panel's evaluators (zero without a concluded panel: none opened, failed or
//!   cancelled); citizen score = its votes / all votes in the secret ballot (zero without a
//!   ballot or votes); total = Σ weight × score, rounded down. The highest total among eligible bids
//!   wins; ties go to the lower price, then to the earlier bid; the runner-up is the next by
//!   the same order. With no eligible bid the tender is void.
//! - Complaints may be filed by any account that submitted a bid to the tender, once per
//!   bidder, from the award's computation until `complaints_end`. A re-evaluation clears the
//!   panel, the award and the complaints, keeps the bids and the ballot (closed: it does not
//!   reopen) and sets new boundaries from `evaluation_end`; a new panel is then opened, at no
//!   new fee, with a seed anchored at the review's decision.
//! - Selected evaluators who do not reveal are slashed by the panel service and the round is
//!   drawn again if too few revealed; a panel that fails leaves no technical scores.
//! - When the award is computed after `vote_end` with a panel, the contract's deadlines move
//!   by the delay, so that a late computation never eats the complaints window.
//!
//! ### Other assumptions
//!
//! - Identity is seen only through the `bmx-primitives` traits [`VerifiedPersons`],
//!   [`VerifiedOrganisations`], [`CredentialsInspect`] and [`EfirmaInspect`]; the runtime
//!   answers them with the digital identity pallet. Panels and ballots are seen through
//!   [`EvaluationPanels`] and [`PlainBallots`].
//! - Suppliers act through their organisation's account (a representative can use a proxy).
//! - Cancellation returns every held guarantee, unrevealed bids' included: a cancellation is
//!   not the bidders' fault. After the award is computed only a review cancels.
//! - The contract's deliverable amounts add up to the winning price. Reputation moves only
//!   for signed contracts. The runner-up's bid guarantee returned with the final award, so a
//!   runner-up that does not sign loses nothing: the law offers it the contract, it does not
//!   oblige it.
//! - The oversight authority's officials act for any buyer unit: the runtime does not yet tie
//!   an internal control body to the buyer units it oversees.
//! - Comments and testimonies are hashes of documents kept off chain, as enquiries are: what a
//!   citizen writes may hold personal data, which never goes on chain.
//! - The evaluation fee is paid by the official who publishes, as the buyer unit's agent
//!   (buyer units hold no account). What the panel does not pay out returns to it, as does
//!   the whole fee when no panel is opened or the tender is cancelled first.
//! - Bounds may only grow across runtime upgrades.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

pub use bmx_primitives::{
	anonymity::{BallotId, EvaluationPanels, PanelId, PanelState, PlainBallots},
	identity::{
		CredentialTypeId, CredentialsInspect, EfirmaInspect, IdentityHooks, OrganisationKey,
		PersonKey, VerifiedOrganisations, VerifiedPersons,
	},
	procurement::ProcurementCatalogue,
};
pub use features::{bids::bid_commitment, evaluation::tender_seed};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, OnUnbalanced},
};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::{
	traits::{Convert, Zero},
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

/// The scores of the revealed bids in an award.
pub type BidScoresOf<T> =
	BoundedVec<BidScore<<T as frame_system::Config>::AccountId>, <T as Config>::MaxBidsPerTender>;

/// An award as stored.
pub type AwardOf<T> = Award<BidScoresOf<T>, BlockNumberFor<T>>;

/// The complaints against a tender's award: at most one per bidder.
pub type ComplaintsOf<T> = BoundedVec<
	Complaint<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>,
	<T as Config>::MaxBidsPerTender,
>;

/// The deliverables of a contract.
pub type DeliverablesOf<T> =
	BoundedVec<Deliverable<BlockNumberFor<T>>, <T as Config>::MaxDeliverables>;

/// The deliverables of a contract as an official drafts them: description hash, due block and
/// amount in centavos.
pub type DeliverableTermsOf<T> =
	BoundedVec<(DocumentHash, BlockNumberFor<T>, Centavos), <T as Config>::MaxDeliverables>;

/// A contract as stored.
pub type ContractOf<T> =
	Contract<<T as frame_system::Config>::AccountId, BalanceOf<T>, DeliverablesOf<T>>;

/// A social witness as stored.
pub type SocialWitnessOf<T> =
	SocialWitness<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The social witnesses of a tender.
pub type SocialWitnessesOf<T> = BoundedVec<SocialWitnessOf<T>, <T as Config>::MaxSocialWitnesses>;

/// A citizen's comment as stored.
pub type CommentOf<T> = Comment<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

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
		jurisdiction: bmx_primitives::identity::Jurisdiction,
	);
	/// Give `who` the credential of `credential_type`.
	fn issue_credential(who: &AccountId, credential_type: CredentialTypeId);
	/// Bind an e.firma to `who` and register its e.firma signing act of `document`.
	fn sign_with_efirma(who: &AccountId, document: &DocumentHash);
	/// The `index`-th of distinct CUCoP keys that [`Config::Catalogue`] holds as active (added
	/// if need be), so that each partida's check reads its own entry.
	fn catalogue_code(index: u32) -> bmx_primitives::procurement::CucopCode;
	/// Enrol in [`Config::Panels`] as many evaluators as the largest panel takes, at the
	/// current block, so that a panel opened for a tender published later has its fullest
	/// candidate list.
	fn enrol_panel_candidates();
	/// Make `scope` usable for a ballot of [`Config::Ballots`] (a ring large enough).
	fn make_scope_usable(scope: bmx_primitives::anonymity::RingScope);
	/// A panel of [`Config::Panels`] concluded with `evaluators` score lists of `options`
	/// scores each.
	fn concluded_panel(options: u32, evaluators: u32) -> PanelId;
	/// A ballot of [`Config::Ballots`] among `options` options whose voting ended, with votes
	/// for every option.
	fn ended_ballot(options: u32) -> BallotId;
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

		/// The procurement oversight authority: resolves complaints against awards
		/// (inconformidades) and assigns social witnesses. In Mexico, the Secretaría
		/// Anticorrupción y Buen Gobierno or the buyer's internal control body, not the
		/// network's governance.
		type ReviewOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The procurement catalogue (CUCoP): a partida's key must be in it and active.
		type Catalogue: ProcurementCatalogue;

		/// The currency of guarantees and deposits.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where forfeited guarantees and deposits go (`()` burns them).
		type Slashed: OnUnbalanced<CreditOf<Self>>;

		/// How many units of [`Config::Currency`] a guarantee holds for each centavo it
		/// guarantees: guarantees are set in pesos, as the law sets them, and held in the
		/// chain's currency.
		type CentavosToBalance: Convert<Centavos, BalanceOf<Self>>;

		/// The bid guarantee (garantía de seriedad), as a share of the tender's budget, held
		/// for each sealed bid: forfeited if the bid is not revealed, or if it wins and does
		/// not sign the contract; returned otherwise when the award is final (the winner's
		/// when it signs).
		#[pallet::constant]
		type BidGuarantee: Get<Perbill>;

		/// The least bid guarantee, whatever the budget, so that no sealed bid is free.
		#[pallet::constant]
		type MinBidGuarantee: Get<BalanceOf<Self>>;

		/// The performance guarantee (garantía de cumplimiento), as a share of the contract's
		/// value, held from the supplier when it signs: returned when the contract completes,
		/// forfeited when it fails.
		#[pallet::constant]
		type PerformanceGuarantee: Get<Perbill>;

		/// How far above the market-research reference price a price is still acceptable:
		/// above it, precio no aceptable (the law's 10%).
		#[pallet::constant]
		type PriceCeilingMargin: Get<Perbill>;

		/// The share of the average acceptable price below which a price is not convenient
		/// (precio conveniente: the average less the discount the law lets the buyer set, at
		/// least 40%, so at most 60%).
		#[pallet::constant]
		type ConvenientPriceShare: Get<Perbill>;

		/// How much dearer than the winner's price the runner-up may be for the contract to
		/// pass to it when the winner does not sign (the law's 10%); beyond it the tender is
		/// void.
		#[pallet::constant]
		type RunnerUpMargin: Get<Perbill>;

		/// How long the runner-up has to sign, in blocks, from when the contract passes to it.
		#[pallet::constant]
		type RunnerUpSigningPeriod: Get<BlockNumberFor<Self>>;

		/// The deposit held for each complaint: returned when the complaint is upheld,
		/// forfeited to [`Config::Slashed`] when it is dismissed, so that a complaint is not a
		/// free way to hold the award up.
		#[pallet::constant]
		type ComplaintDeposit: Get<BalanceOf<Self>>;

		/// Verified persons: who may comment, once per person key.
		type Persons: VerifiedPersons<Self::AccountId>;

		/// Verified organisations: who may register as a supplier.
		type Organisations: VerifiedOrganisations<Self::AccountId>;

		/// Credentials: who is an accredited social witness.
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// e.firma signing acts: who signed a contract's document when [`Config::RequireEfirma`].
		type Efirma: EfirmaInspect<Self::AccountId>;

		/// The credential type of social witnesses (testigos sociales).
		#[pallet::constant]
		type SocialWitnessCredential: Get<CredentialTypeId>;

		/// The budget, in centavos, from which a tender needs a social witness before it is
		/// published.
		#[pallet::constant]
		type SocialWitnessThreshold: Get<Centavos>;

		/// The largest number of social witnesses of one tender.
		#[pallet::constant]
		type MaxSocialWitnesses: Get<u32>;

		/// The largest number of citizens' comments on one tender.
		#[pallet::constant]
		type MaxComments: Get<u32>;

		/// The evaluation panels: sortition of anonymous certified evaluators, their score
		/// commitments and reveals, their pay and reputation.
		type Panels: EvaluationPanels<Self::AccountId, BalanceOf<Self>, BlockNumberFor<Self>>;

		/// The secret ballots of the citizen votes.
		type Ballots: PlainBallots<BlockNumberFor<Self>>;

		/// The evaluation fee a tender pays its panel, shared among the evaluators who reveal:
		/// held from the publishing official when the award weighs technical scores, paid to
		/// the panel when it opens.
		#[pallet::constant]
		type EvaluationFee: Get<BalanceOf<Self>>;

		/// Whether contract signatories need an e.firma signing act of the contract's document.
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

		/// The largest number of evaluators whose scores one tender's award reads: at least
		/// the panel service's panel size.
		#[pallet::constant]
		type MaxEvaluatorsPerTender: Get<u32>;

		/// The largest number of deliverables of one contract.
		#[pallet::constant]
		type MaxDeliverables: Get<u32>;

		/// The longest phase of a tender, in blocks: from publication to `enquiries_end`, and
		/// between two consecutive boundaries of its schedule.
		#[pallet::constant]
		type MaxPhaseLength: Get<BlockNumberFor<Self>>;

		/// The longest a tender runs, in blocks, from its publication to its
		/// `contract_deadline`, amendments included.
		#[pallet::constant]
		type MaxTenderDuration: Get<BlockNumberFor<Self>>;

		/// How many questions one supplier may ask on one tender, so that no supplier uses up
		/// the [`Config::MaxEnquiries`] slots.
		#[pallet::constant]
		type MaxEnquiriesPerSupplier: Get<u32>;

		/// How many times a published tender's schedule may be amended.
		#[pallet::constant]
		type MaxAmendments: Get<u32>;

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

	/// The supplier account of each organisation key: the latest account that registered with
	/// it. Former accounts of an organisation that moved are suspended.
	// Hasher: Blake2_128Concat, the keys come from registrars.
	#[pallet::storage]
	pub type SupplierOfOrganisation<T: Config> =
		StorageMap<_, Blake2_128Concat, OrganisationKey, T::AccountId, OptionQuery>;

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

	/// The evaluation panel of each tender whose panel was opened.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type TenderPanels<T: Config> = StorageMap<_, Twox64Concat, TenderId, PanelId, OptionQuery>;

	/// The secret ballot of each tender whose citizen vote was opened.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type CitizenBallots<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, BallotId, OptionQuery>;

	/// The evaluation fee of each published tender whose award weighs technical scores: who
	/// pays it (the publishing official) and how much of it is still held (zero once paid to
	/// the panel or returned). A panel opened after a re-evaluation names the same payer.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type EvaluationFees<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, (T::AccountId, BalanceOf<T>), OptionQuery>;

	/// The block whose hash anchors a tender's next seed when it is not the block before
	/// `reveal_end`: set by a re-evaluation to the review's decision block.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type SeedAnchors<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, BlockNumberFor<T>, OptionQuery>;

	/// The award of each tender whose award was computed.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Awards<T: Config> = StorageMap<_, Twox64Concat, TenderId, AwardOf<T>, OptionQuery>;

	/// The complaints against each tender's current award.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type Complaints<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, ComplaintsOf<T>, ValueQuery>;

	/// The social witnesses (testigos sociales) of each tender, and their testimonies.
	// Hasher: Twox64Concat, the ids are assigned by the pallet.
	#[pallet::storage]
	pub type SocialWitnesses<T: Config> =
		StorageMap<_, Twox64Concat, TenderId, SocialWitnessesOf<T>, ValueQuery>;

	/// The citizens' comments on each tender, by position: a comment writes one entry.
	// Hasher: Twox64Concat, the tender ids and positions are assigned by the pallet.
	#[pallet::storage]
	pub type Comments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TenderId, Twox64Concat, u32, CommentOf<T>, OptionQuery>;

	/// The comment of each person (by person key) on each tender: one per person.
	// Hasher: Twox64Concat for the pallet-assigned tender id, Blake2_128Concat for the person
	// key, submitted by registrars.
	#[pallet::storage]
	pub type CommentOfPerson<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TenderId, Blake2_128Concat, PersonKey, u32, OptionQuery>;

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
		/// A supplier was suspended: its organisation was revoked, or registered again from
		/// another account.
		SupplierSuspended {
			/// Its account.
			supplier: T::AccountId,
			/// Its organisation key.
			organisation_key: OrganisationKey,
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
			/// The evaluation fee held from the publishing official (zero when the award does
			/// not weigh technical scores).
			evaluation_fee: BalanceOf<T>,
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
		/// A sealed bid was withdrawn before bidding closed; its deposit was returned.
		BidWithdrawn {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			bidder: T::AccountId,
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
		/// The tender's evaluation panel was opened: its sortition runs until `evaluation_end`.
		EvaluationOpened {
			/// The tender.
			tender_id: TenderId,
			/// The panel, in the panel service.
			panel: PanelId,
			/// The sortition seed ([`tender_seed`]).
			seed: H256,
			/// The fee paid to the panel.
			fee: BalanceOf<T>,
		},
		/// The tender's secret citizen vote was opened: it takes votes until `vote_end`.
		CitizenVoteOpened {
			/// The tender.
			tender_id: TenderId,
			/// The ballot, in the ballot service.
			ballot: BallotId,
		},
		/// An evaluation fee held for a tender returned to its payer: no panel was opened, or
		/// the tender was cancelled first.
		EvaluationFeeReturned {
			/// The tender.
			tender_id: TenderId,
			/// The payer.
			payer: T::AccountId,
			/// The amount returned.
			amount: BalanceOf<T>,
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
		/// The tender was declared void (desierta); the guarantees still held were returned.
		TenderDeserted {
			/// The tender.
			tender_id: TenderId,
			/// Why.
			reason: DesertReason,
			/// How many guarantees were returned.
			deposits_released: u32,
		},
		/// The winner did not sign in time: its bid guarantee was forfeited and the contract
		/// passed to the runner-up, whose price is within [`Config::RunnerUpMargin`].
		AwardPassedToRunnerUp {
			/// The tender.
			tender_id: TenderId,
			/// The bid that won first.
			from: BidIndex,
			/// The runner-up's bid, the winner now.
			to: BidIndex,
			/// The runner-up.
			winner: T::AccountId,
			/// Its time to sign: the new `contract_deadline`.
			contract_deadline: BlockNumberFor<T>,
		},
		/// The supplier signed and its performance guarantee is held.
		PerformanceGuaranteeHeld {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			supplier: T::AccountId,
			/// The amount held.
			amount: BalanceOf<T>,
		},
		/// The contract completed, or the buyer unit did not sign: the performance guarantee
		/// was returned.
		PerformanceGuaranteeReleased {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			supplier: T::AccountId,
			/// The amount returned.
			amount: BalanceOf<T>,
		},
		/// The contract failed: the performance guarantee was forfeited.
		PerformanceGuaranteeForfeited {
			/// The tender.
			tender_id: TenderId,
			/// The supplier.
			supplier: T::AccountId,
			/// The amount forfeited.
			amount: BalanceOf<T>,
		},
		/// The oversight authority assigned a social witness to a tender.
		SocialWitnessAssigned {
			/// The tender.
			tender_id: TenderId,
			/// The witness.
			witness: T::AccountId,
		},
		/// A social witness filed its testimony.
		TestimonyFiled {
			/// The tender.
			tender_id: TenderId,
			/// The witness.
			witness: T::AccountId,
			/// The hash of the testimony.
			document: DocumentHash,
		},
		/// A verified person commented on a tender.
		CommentPosted {
			/// The tender.
			tender_id: TenderId,
			/// The comment's position.
			index: u32,
			/// The account that commented.
			author: T::AccountId,
			/// The hash of the comment.
			document: DocumentHash,
		},
		/// The buyer unit answered a comment.
		CommentAnswered {
			/// The tender.
			tender_id: TenderId,
			/// The comment's position.
			index: u32,
			/// The hash of the answer.
			answer: DocumentHash,
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
		/// The review dismissed a complaint; its deposit was forfeited.
		ComplaintDismissed {
			/// The tender.
			tender_id: TenderId,
			/// The complaint's position.
			index: u32,
			/// The hash of the resolution.
			reason: DocumentHash,
			/// The deposit forfeited.
			forfeited: BalanceOf<T>,
		},
		/// The contract's signing deadline moved by the time complaints were pending.
		ContractDeadlineMoved {
			/// The tender.
			tender_id: TenderId,
			/// The new `contract_deadline`.
			contract_deadline: BlockNumberFor<T>,
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
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No identifier is left for a new buyer unit or tender (`u32::MAX` reached). Cannot
		/// happen in practice; refused rather than overwriting the last one.
		IdsExhausted,
		/// No buyer unit has that id; use the id of a registered buyer unit.
		BuyerUnitNotFound,
		/// A buyer unit needs at least one official; list one or more.
		EmptyOfficials,
		/// The same account is listed twice as an official; list each once.
		DuplicateOfficial,
		/// The name or title is empty; give one.
		EmptyName,
		/// The signer is not an official of the tender's buyer unit; sign with an official's
		/// account.
		NotOfficial,
		/// The signer is not a verified organisation; have a registrar verify it first.
		NotOrganisation,
		/// The account is registered as a supplier already; wait for the registry's decision.
		AlreadySupplier,
		/// The account is not a registered supplier; register with
		/// [`Pallet::register_supplier`] first.
		NotSupplier,
		/// The supplier is not approved; wait for the registry's approval.
		SupplierNotApproved,
		/// The supplier is suspended: its organisation was revoked or moved to another
		/// account. The registry decides on it again once the organisation is verified.
		SupplierSuspended,
		/// The account no longer holds the organisation's identity it registered with (its
		/// registrar revoked it, or it moved); register from the organisation's account.
		SupplierIdentityEnded,
		/// The supplier is approved already; nothing to do.
		AlreadyApproved,
		/// The supplier is rejected already; nothing to do.
		AlreadyRejected,
		/// No tender has that id; use the id of a created tender.
		TenderNotFound,
		/// A tender needs at least one partida; list one or more.
		EmptyPartidas,
		/// A partida has a quantity of zero or a unit code that is not three upper-case ASCII
		/// letters or digits; give a positive quantity and a UN/CEFACT code such as `H87`.
		InvalidPartida,
		/// The award weights do not add up to 100%; make them.
		InvalidWeights,
		/// The municipality code is not an INEGI code; use one from 1 to 999.
		InvalidMunicipality,
		/// The schedule's boundaries are not strictly increasing; order them.
		UnorderedSchedule,
		/// The schedule's first boundary has passed; publish before `enquiries_end`, or cancel
		/// the draft and create the tender again with future dates.
		ScheduleInPast,
		/// The tender is not a draft; only drafts are published.
		NotDraft,
		/// The tender is not published (a draft, or past its award); publish it first, and act
		/// before its award is computed.
		NotPublished,
		/// The amendment moves a boundary earlier; amendments only extend.
		AmendmentShortens,
		/// The amendment moves a boundary that has passed; move only boundaries still in the
		/// future (a closed phase never reopens).
		AmendmentReopens,
		/// The amendment changes nothing; move at least one boundary.
		AmendmentEmpty,
		/// The award was computed: the tender can no longer be cancelled by the buyer unit or
		/// governance; file a complaint, whose review may cancel it.
		CancellationClosed,
		/// The enquiry period has ended (at `enquiries_end`); ask before it does.
		EnquiriesClosed,
		/// [`Config::MaxEnquiries`] questions were asked already; no more fit on this tender.
		TooManyEnquiries,
		/// No question has that position; use the index of its [`Event::QuestionAsked`].
		EnquiryNotFound,
		/// The question was answered already; each is answered once.
		AlreadyAnswered,
		/// Bidding has not opened: it opens when the enquiry period ends; wait for
		/// `enquiries_end`.
		BiddingNotOpen,
		/// Bidding has closed (at `bidding_end`, which also ends the answers); act before it.
		BiddingClosed,
		/// The supplier bid on this tender already; one bid per supplier.
		AlreadyBid,
		/// [`Config::MaxBidsPerTender`] bids were submitted already; no more fit on this tender.
		TooManyBids,
		/// A phase of the schedule is longer than [`Config::MaxPhaseLength`] (the first one
		/// counted from publication); shorten it.
		PhaseTooLong,
		/// The schedule ends more than [`Config::MaxTenderDuration`] after publication.
		TenderTooLong,
		/// The tender was amended [`Config::MaxAmendments`] times already; cancel it and
		/// tender again if the terms must change once more.
		TooManyAmendments,
		/// The account has no bid on this tender; check the tender.
		NoBid,
		/// The supplier asked [`Config::MaxEnquiriesPerSupplier`] questions on this tender
		/// already; put the rest together in one document.
		TooManyEnquiriesFromSupplier,
		/// The reveal period has not begun: it begins when bidding closes; wait for
		/// `bidding_end`.
		RevealNotOpen,
		/// The reveal period has ended (at `reveal_end`); reveal before it.
		RevealClosed,
		/// The account did not bid on this tender; only its bidders reveal and complain.
		NotBidder,
		/// The bid was revealed already; a bid is revealed once.
		AlreadyRevealed,
		/// The revealed values do not match the commitment; retry with the committed values
		/// and salt.
		CommitmentMismatch,
		/// The partida offers are not one per partida adding up to the price; commit to one
		/// offer per partida that add up to the price.
		InvalidOffer,
		/// The account bid on the tender or acts for its buyer unit: a conflict of interest.
		ConflictOfInterest,
		/// The evaluation period has not begun: it begins when the reveal period ends; wait
		/// for `reveal_end`.
		EvaluationNotOpen,
		/// The evaluation period has ended (at `evaluation_end`); open the panel before it.
		EvaluationClosed,
		/// The tender's panel is open already; follow it in the panel service.
		EvaluationAlreadyOpen,
		/// The award gives technical scores no weight: the tender has no evaluation panel.
		NoTechnicalEvaluation,
		/// No bid was revealed: there is nothing to evaluate or vote on.
		NoRevealedBid,
		/// The block whose hash anchors the seed is no longer kept (open the panel within
		/// `BlockHashCount` blocks of `reveal_end`); the tender is awarded without technical
		/// scores.
		SeedExpired,
		/// The panel's sortition is still running (a round was drawn again); compute the award
		/// once it concluded or failed.
		EvaluationPending,
		/// The tender's citizen vote is open already; vote in the ballot service.
		CitizenVoteAlreadyOpen,
		/// The award gives the citizens' vote no weight: the tender has no citizen vote.
		NoCitizenVote,
		/// Fewer than two bids were revealed: there is nothing to choose between.
		TooFewBidsForVote,
		/// The account is not a verified person; have a registrar verify it first.
		NotPerson,
		/// The vote has not opened: it opens when the score reveal period ends; wait for
		/// `score_reveal_end`.
		VoteNotOpen,
		/// The vote has closed (at `vote_end`); open it before.
		VoteClosed,
		/// The vote is still open; compute the award from `vote_end`.
		VoteOpen,
		/// The tender has no computed, unfinalised award; act between the award's computation
		/// and its finalisation.
		NotAwarded,
		/// The complaints window has closed (at `complaints_end`); complain before it.
		ComplaintsClosed,
		/// The complaints window is still open; finalise from `complaints_end`.
		ComplaintsOpen,
		/// The bidder filed a complaint already; one complaint per bidder.
		AlreadyComplained,
		/// No complaint has that position; use the index of its [`Event::ComplaintFiled`].
		ComplaintNotFound,
		/// The complaint was resolved already; each is resolved once.
		AlreadyResolved,
		/// A complaint is pending; the review resolves it before the award is finalised.
		ComplaintPending,
		/// A re-evaluation schedule changes a boundary up to `reveal_end`, or sets an
		/// `evaluation_end` that has passed; keep those boundaries and set later ones in the
		/// future.
		InvalidReevaluation,
		/// The award is not final, or the tender was deserted; draft the contract once the
		/// award is finalised.
		AwardNotFinal,
		/// The contract signing deadline (`contract_deadline`) has passed; draft and sign
		/// before it.
		ContractSigningClosed,
		/// A contract needs at least one deliverable; list one or more.
		EmptyDeliverables,
		/// A deliverable is due in the past; set due blocks after the current one.
		DueInPast,
		/// The deliverable amounts do not add up to the winning price; make them.
		AmountsMismatch,
		/// No contract was drafted for the tender; an official drafts it first.
		ContractNotFound,
		/// The contract was signed; it cannot be redrafted. Redraft only before the first
		/// signature.
		ContractAlreadySigned,
		/// The signer signed already; each party signs once.
		AlreadySigned,
		/// The signer is neither an official of the buyer unit nor the winner; sign with a
		/// party's account.
		NotParty,
		/// The signer registered no e.firma signing act of the contract's document and
		/// [`Config::RequireEfirma`] holds; sign the document with the e.firma first (the
		/// identity pallet's `sign_document`, with the `efirma` tool), then sign the contract.
		NotSignedWithEfirma,
		/// The contract is not in the state the call needs: a draft to be signed, in force for
		/// its deliverables to be settled; check [`Pallet::contract`] first.
		ContractNotActive,
		/// No deliverable has that position; use its index in the contract.
		DeliverableNotFound,
		/// The deliverable was accepted, rejected or declared overdue already; each is settled
		/// once.
		DeliverableNotPending,
		/// The deliverable is not overdue yet; declare it once its due block has passed.
		NotOverdue,
		/// A partida's CUCoP key is not in the procurement catalogue, or was retired; use an
		/// active key ([`Config::Catalogue`]).
		CodeNotInCatalogue,
		/// The market-research reference price is zero; publish the price the market research
		/// found.
		InvalidReferencePrice,
		/// The contract's signing deadline has not passed; settle an unsigned contract after
		/// `contract_deadline`.
		ContractSigningOpen,
		/// The contract is in force or ended; only an award whose contract was not signed in
		/// time is settled.
		ContractSigned,
		/// The tender's budget is at least [`Config::SocialWitnessThreshold`] and no social
		/// witness is assigned; the oversight authority assigns one before publication.
		SocialWitnessRequired,
		/// The account does not hold a valid [`Config::SocialWitnessCredential`]; only
		/// accredited social witnesses are assigned and testify.
		NotSocialWitness,
		/// The witness is assigned to this tender already; assign each once.
		AlreadyAssigned,
		/// [`Config::MaxSocialWitnesses`] are assigned already; no more fit on this tender.
		TooManySocialWitnesses,
		/// The tender's award was computed, or it ended; witnesses are assigned before.
		AssignmentClosed,
		/// The account is not a social witness of this tender; only its witnesses testify.
		NotAssigned,
		/// The witness filed its testimony already; each testifies once.
		AlreadyTestified,
		/// The procedure is still running; a witness testifies once the award is computed or
		/// the tender ended.
		TestimonyNotOpen,
		/// The tender is not taking comments: citizens comment while it is published, until its
		/// award is computed.
		CommentsClosed,
		/// This person (by person key, whichever account) commented on this tender already; one
		/// comment per person.
		AlreadyCommented,
		/// [`Config::MaxComments`] comments were posted already; no more fit on this tender.
		TooManyComments,
		/// No comment has that position; use the index of its [`Event::CommentPosted`].
		CommentNotFound,
	}

	/// Reasons for holding funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The bid guarantee (garantía de seriedad) of a sealed bid.
		BidGuarantee,
		/// The performance guarantee (garantía de cumplimiento) of a signed contract.
		PerformanceGuarantee,
		/// The deposit of a complaint (inconformidad).
		ComplaintDeposit,
		/// The evaluation fee of a tender, until its panel opens.
		EvaluationFee,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// How many units of [`Config::Currency`] a guarantee holds per peso guaranteed
		/// ([`Config::CentavosToBalance`] of 100 centavos), so that clients turn guarantees
		/// into pesos without assuming the rate.
		pub fn balance_per_peso() -> BalanceOf<T> {
			T::CentavosToBalance::convert(100)
		}
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
			assert!(T::MaxSocialWitnesses::get() >= 1, "MaxSocialWitnesses must be at least 1");
			assert!(
				!T::RunnerUpSigningPeriod::get().is_zero(),
				"RunnerUpSigningPeriod must not be zero"
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
		/// [`Error::EmptyName`], [`Error::EmptyOfficials`], [`Error::DuplicateOfficial`],
		/// [`Error::IdsExhausted`].
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
			Self::do_register_buyer_unit(name, officials)
		}

		/// Replace the officials of a buyer unit.
		///
		/// ## Origin
		/// [`Config::BuyerRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::BuyerUnitNotFound`], [`Error::EmptyOfficials`],
		/// [`Error::DuplicateOfficial`].
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
			Self::do_set_buyer_officials(buyer_unit, officials)
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
		/// An organisation has one supplier account: registering from the account it moved to
		/// suspends the former account's registration ([`Event::SupplierSuspended`]).
		///
		/// ## Events
		/// [`Event::SupplierRegistered`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_supplier())]
		pub fn register_supplier(origin: OriginFor<T>, document: DocumentHash) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			Self::do_register_supplier(supplier, document)
		}

		/// Approve a pending or rejected supplier.
		///
		/// ## Origin
		/// [`Config::SupplierRegistryOrigin`].
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::AlreadyApproved`], [`Error::SupplierIdentityEnded`]
		/// if its account no longer holds the organisation's identity.
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
			Self::do_approve_supplier(supplier, reason)
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
			Self::do_reject_supplier(supplier, reason)
		}

		/// Draft a tender of `buyer_unit`; it gets the next id. Nothing is open until it is
		/// published.
		///
		/// ## Origin
		/// Signed by an official of `buyer_unit`.
		///
		/// ## Errors
		/// - [`Error::BuyerUnitNotFound`], [`Error::NotOfficial`].
		/// - [`Error::EmptyName`] for an empty title, [`Error::InvalidReferencePrice`],
		///   [`Error::EmptyPartidas`], [`Error::InvalidPartida`],
		///   [`Error::CodeNotInCatalogue`], [`Error::InvalidWeights`],
		///   [`Error::InvalidMunicipality`], [`Error::UnorderedSchedule`], [`Error::PhaseTooLong`],
		///   [`Error::TenderTooLong`],
		///   [`Error::IdsExhausted`].
		///
		/// ## Events
		/// [`Event::TenderCreated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_tender(partidas.len() as u32))]
		pub fn create_tender(
			origin: OriginFor<T>,
			buyer_unit: BuyerUnitId,
			title: TitleOf<T>,
			description: DocumentHash,
			budget: Centavos,
			reference_price: Centavos,
			partidas: PartidasOf<T>,
			weights: AwardWeights,
			scope: TenderScope,
			schedule: ScheduleOf<T>,
		) -> DispatchResult {
			let official = ensure_signed(origin)?;
			Self::do_create_tender(
				official,
				buyer_unit,
				title,
				description,
				budget,
				reference_price,
				partidas,
				weights,
				scope,
				schedule,
			)
		}

		/// Publish a drafted tender: its terms freeze, its schedule runs and its evaluator
		/// selection seed (the parent hash) is recorded.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::NotDraft`],
		/// [`Error::ScheduleInPast`] if `enquiries_end` is not after the current block;
		/// [`Error::PhaseTooLong`], [`Error::TenderTooLong`] if the schedule, counted from now,
		/// runs longer than the bounds; [`Error::SocialWitnessRequired`] if the budget is at
		/// least [`Config::SocialWitnessThreshold`] and no social witness is assigned.
		///
		/// ## Events
		/// [`Event::TenderPublished`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::publish_tender())]
		pub fn publish_tender(origin: OriginFor<T>, tender_id: TenderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_publish_tender(who, tender_id)
		}

		/// Extend a published tender's schedule, with the hash of the amendment. Every boundary
		/// stays or moves later, and only boundaries still in the future move.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::NotPublished`],
		/// [`Error::UnorderedSchedule`], [`Error::AmendmentShortens`],
		/// [`Error::AmendmentReopens`], [`Error::AmendmentEmpty`], [`Error::PhaseTooLong`],
		/// [`Error::TenderTooLong`], [`Error::TooManyAmendments`].
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
			Self::do_amend_tender(who, tender_id, schedule, document)
		}

		/// Cancel a drafted or published tender, before its award is computed, with the hash
		/// of the reasons. Every held bid deposit returns, unrevealed bids' included.
		///
		/// ## Origin
		/// [`Config::BuyerRegistryOrigin`], or signed by an official of the tender's buyer
		/// unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::CancellationClosed`].
		///
		/// ## Events
		/// [`Event::TenderCancelled`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_tender(T::MaxBidsPerTender::get())
			.saturating_add(Pallet::<T>::services_cancel_weight()))]
		pub fn cancel_tender(
			origin: OriginFor<T>,
			tender_id: TenderId,
			reason: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let official = match T::BuyerRegistryOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_cancel_tender(official, tender_id, reason)?;
			Ok(Some(
				T::WeightInfo::cancel_tender(Self::bids_on(tender_id))
					.saturating_add(Self::services_cancel_weight()),
			)
			.into())
		}

		/// Ask a question about a published tender, during its enquiry period.
		///
		/// ## Origin
		/// Signed by an approved supplier.
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::SupplierSuspended`], [`Error::SupplierNotApproved`],
		/// [`Error::SupplierIdentityEnded`], [`Error::TenderNotFound`],
		/// [`Error::NotPublished`], [`Error::EnquiriesClosed`], [`Error::TooManyEnquiries`],
		/// [`Error::TooManyEnquiriesFromSupplier`].
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
			Self::do_ask_question(supplier, tender_id, question)
		}

		/// Answer a question publicly, until bidding closes.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::NotPublished`],
		/// [`Error::BiddingClosed`], [`Error::EnquiryNotFound`], [`Error::AlreadyAnswered`].
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
			Self::do_answer_question(who, tender_id, index, answer)
		}

		/// Submit a sealed bid: its commitment ([`bid_commitment`]). Its bid guarantee
		/// ([`Pallet::bid_guarantee`]) is held from the bidder.
		///
		/// ## Origin
		/// Signed by an approved supplier.
		///
		/// ## Errors
		/// [`Error::NotSupplier`], [`Error::SupplierSuspended`], [`Error::SupplierNotApproved`],
		/// [`Error::SupplierIdentityEnded`], [`Error::TenderNotFound`],
		/// [`Error::NotPublished`], [`Error::BiddingNotOpen`], [`Error::BiddingClosed`],
		/// [`Error::AlreadyBid`], [`Error::TooManyBids`], or a balance error if the guarantee
		/// cannot be held.
		///
		/// ## Events
		/// [`Event::BidSubmitted`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::submit_bid(T::MaxBidsPerTender::get()))]
		pub fn submit_bid(
			origin: OriginFor<T>,
			tender_id: TenderId,
			commitment: H256,
		) -> DispatchResultWithPostInfo {
			let bidder = ensure_signed(origin)?;
			Self::do_submit_bid(bidder, tender_id, commitment)?;
			Ok(Some(T::WeightInfo::submit_bid(Self::bids_on(tender_id))).into())
		}

		/// Reveal a bid after bidding closed: the values and salt its commitment hides. A
		/// mismatch is refused and changes nothing; retry with the committed values while the
		/// reveal period lasts.
		///
		/// ## Origin
		/// Signed by the bidder.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotPublished`], [`Error::RevealNotOpen`],
		/// [`Error::RevealClosed`], [`Error::NotBidder`], [`Error::AlreadyRevealed`],
		/// [`Error::CommitmentMismatch`], [`Error::InvalidOffer`].
		///
		/// ## Events
		/// [`Event::BidRevealed`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::reveal_bid(T::MaxBidsPerTender::get()))]
		pub fn reveal_bid(
			origin: OriginFor<T>,
			tender_id: TenderId,
			price: Centavos,
			partida_offers: PartidaOffersOf<T>,
			proposal: DocumentHash,
			salt: Salt,
		) -> DispatchResultWithPostInfo {
			let bidder = ensure_signed(origin)?;
			Self::do_reveal_bid(bidder, tender_id, price, partida_offers, proposal, salt)?;
			Ok(Some(T::WeightInfo::reveal_bid(Self::bids_on(tender_id))).into())
		}

		// Call indices 13 to 16 are retired (evaluator keys, score commitments and reveals,
		// public votes): never reuse them.

		/// Compute the award once the vote has closed: forfeit the deposits of unrevealed
		/// bids, score every revealed bid with the panel's scores and the ballot's votes, and
		/// pick the winner (or declare the tender deserted, returning the deposits). An
		/// evaluation fee still held returns; the ballot is closed. The complaints window
		/// follows.
		///
		/// ## Origin
		/// Signed, by anyone.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotPublished`], [`Error::VoteOpen`],
		/// [`Error::EvaluationPending`] while the panel draws a round again.
		///
		/// ## Events
		/// [`Event::BidForfeited`] per unrevealed bid, [`Event::EvaluationFeeReturned`],
		/// [`Event::ContractDeadlineMoved`] when computed late, then [`Event::AwardComputed`]
		/// or [`Event::TenderDeserted`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::compute_award(
			T::MaxBidsPerTender::get(),
			T::MaxEvaluatorsPerTender::get()
		).saturating_add(T::Ballots::close_weight()))]
		pub fn compute_award(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let evaluators = Self::do_compute_award(tender_id)?;
			Ok(Some(
				T::WeightInfo::compute_award(Self::bids_on(tender_id), evaluators)
					.saturating_add(T::Ballots::close_weight()),
			)
			.into())
		}

		/// File a complaint (inconformidad) against a computed award, with the hash of the
		/// written complaint, until `complaints_end`.
		///
		/// ## Origin
		/// Signed by an account that bid on the tender.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotAwarded`], [`Error::ComplaintsClosed`],
		/// [`Error::NotBidder`], [`Error::AlreadyComplained`].
		///
		/// ## Events
		/// [`Event::ComplaintFiled`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::file_complaint(T::MaxBidsPerTender::get()))]
		pub fn file_complaint(
			origin: OriginFor<T>,
			tender_id: TenderId,
			document: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let complainant = ensure_signed(origin)?;
			Self::do_file_complaint(complainant, tender_id, document)?;
			Ok(Some(T::WeightInfo::file_complaint(Self::bids_on(tender_id))).into())
		}

		/// Resolve a pending complaint: dismiss it, or uphold it with a re-evaluation under a
		/// new schedule or with the tender's cancellation (every deposit returns).
		///
		/// ## Origin
		/// [`Config::ReviewOrigin`].
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotAwarded`], [`Error::ComplaintNotFound`],
		/// [`Error::AlreadyResolved`], [`Error::InvalidReevaluation`],
		/// [`Error::UnorderedSchedule`].
		///
		/// ## Events
		/// [`Event::ComplaintDismissed`], [`Event::ReevaluationOrdered`] or
		/// [`Event::TenderCancelled`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::resolve_complaint(T::MaxBidsPerTender::get())
			.saturating_add(Pallet::<T>::services_cancel_weight()))]
		pub fn resolve_complaint(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			resolution: Resolution<BlockNumberFor<T>>,
			reason: DocumentHash,
		) -> DispatchResultWithPostInfo {
			T::ReviewOrigin::ensure_origin(origin)?;
			Self::do_resolve_complaint(tender_id, index, resolution, reason)?;
			Ok(Some(
				T::WeightInfo::resolve_complaint(Self::bids_on(tender_id))
					.saturating_add(Self::services_cancel_weight()),
			)
			.into())
		}

		/// Make a computed award final once the complaints window has closed with no complaint
		/// pending; every held bid deposit returns.
		///
		/// ## Origin
		/// Signed, by anyone.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotAwarded`], [`Error::ComplaintsOpen`],
		/// [`Error::ComplaintPending`].
		///
		/// ## Events
		/// [`Event::AwardFinalised`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::finalise_award(T::MaxBidsPerTender::get()))]
		pub fn finalise_award(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_finalise_award(tender_id)?;
			Ok(Some(T::WeightInfo::finalise_award(Self::bids_on(tender_id))).into())
		}

		/// Draft the contract of a final award, with its deliverables (description hash, due
		/// block, amount in centavos), whose amounts add up to the winning price. An unsigned
		/// draft may be replaced.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::AwardNotFinal`],
		/// [`Error::ContractSigningClosed`], [`Error::ContractAlreadySigned`],
		/// [`Error::EmptyDeliverables`], [`Error::DueInPast`], [`Error::AmountsMismatch`].
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
			Self::do_draft_contract(who, tender_id, document, deliverables)
		}

		/// Sign a drafted contract, as an official of the buyer unit or as the winner, before
		/// `contract_deadline`. With both signatures the contract is in force. The winner's
		/// signature holds its performance guarantee ([`Config::PerformanceGuarantee`] of the
		/// contract's value, from the winner's account) and returns its bid guarantee.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit, or by the winner or one of its
		/// authorised representatives. When [`Config::RequireEfirma`], the signer must first
		/// have registered its e.firma signing act of the contract's document (the identity
		/// pallet checks the e.firma key's signature): the contract is signed by the person's
		/// e.firma, not by an account's word.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::ContractNotFound`], [`Error::ContractNotActive`]
		/// if it is not a draft, [`Error::ContractSigningClosed`], [`Error::NotParty`],
		/// [`Error::NotSignedWithEfirma`], [`Error::AlreadySigned`], or a balance error if the
		/// winner cannot put up its performance guarantee.
		///
		/// ## Events
		/// [`Event::PerformanceGuaranteeHeld`] with the winner's signature,
		/// [`Event::ContractSigned`], and [`Event::ContractActivated`] with the second
		/// signature.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::sign_contract(T::MaxBidsPerTender::get()))]
		pub fn sign_contract(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_sign_contract(who, tender_id)?;
			Ok(Some(T::WeightInfo::sign_contract(Self::bids_on(tender_id))).into())
		}

		/// Accept a deliverable of a contract in force. With the last one the contract
		/// completes, and the panel service records the outcome: the pseudonyms that scored
		/// the winner high gain reputation.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::ContractNotFound`],
		/// [`Error::ContractNotActive`], [`Error::DeliverableNotFound`],
		/// [`Error::DeliverableNotPending`].
		///
		/// ## Events
		/// [`Event::DeliverableAccepted`], then with the last one [`Event::ContractCompleted`]
		/// (and the panel service's reputation events).
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::accept_deliverable().saturating_add(T::Panels::record_outcome_weight()))]
		pub fn accept_deliverable(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_deliverable(who, tender_id, index)
		}

		/// Reject a deliverable of a contract in force, with the hash of the reasons: the
		/// contract fails, and the panel service records the outcome: the pseudonyms that
		/// scored the winner high lose reputation.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// As [`Pallet::accept_deliverable`].
		///
		/// ## Events
		/// [`Event::DeliverableRejected`], [`Event::ContractFailed`] (and the panel service's
		/// reputation events).
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::reject_deliverable().saturating_add(T::Panels::record_outcome_weight()))]
		pub fn reject_deliverable(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			reason: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject_deliverable(who, tender_id, index, reason)
		}

		/// Declare a deliverable overdue once its due block has passed without acceptance:
		/// the contract fails, and the panel service records the outcome, as
		/// [`Pallet::reject_deliverable`].
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// As [`Pallet::accept_deliverable`], and [`Error::NotOverdue`] before the due block
		/// has passed.
		///
		/// ## Events
		/// [`Event::DeliverableOverdue`], [`Event::ContractFailed`] (and the panel service's
		/// reputation events).
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::declare_deliverable_overdue().saturating_add(T::Panels::record_outcome_weight()))]
		pub fn declare_deliverable_overdue(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_deliverable_overdue(who, tender_id, index)
		}

		/// Withdraw one's sealed bid before bidding closes: the deposit is returned and the
		/// bid is gone (the organisation may bid again while bidding is open). Nothing refers
		/// to a bid's position before bidding closes.
		///
		/// ## Origin
		/// Signed by the bidder.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotPublished`], [`Error::BiddingClosed`],
		/// [`Error::NoBid`].
		///
		/// ## Events
		/// [`Event::BidWithdrawn`].
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::withdraw_bid(T::MaxBidsPerTender::get()))]
		pub fn withdraw_bid(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			let bidder = ensure_signed(origin)?;
			Self::do_withdraw_bid(bidder, tender_id)?;
			Ok(Some(T::WeightInfo::withdraw_bid(Self::bids_on(tender_id).saturating_add(1))).into())
		}

		/// Settle a final award whose contract was not signed by `contract_deadline`.
		///
		/// - If the winner did not sign a drafted contract, its bid guarantee is forfeited.
		///   The contract then passes to the runner-up (the best-ranked other eligible bid)
		///   when its price is within [`Config::RunnerUpMargin`] of the winner's: it has
		///   [`Config::RunnerUpSigningPeriod`] to sign a new draft. Otherwise, or when the
		///   runner-up was the one that did not sign, the tender is void.
		/// - If the buyer unit drafted nothing, or did not sign what the supplier signed, the
		///   tender is void and the supplier's guarantees return.
		///
		/// ## Origin
		/// Signed, by anyone.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::AwardNotFinal`], [`Error::ContractSigningOpen`],
		/// [`Error::ContractSigned`].
		///
		/// ## Events
		/// [`Event::BidForfeited`] for a winner that did not sign, then
		/// [`Event::AwardPassedToRunnerUp`] or [`Event::TenderDeserted`];
		/// [`Event::PerformanceGuaranteeReleased`] when the buyer did not sign.
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::settle_unsigned_contract(T::MaxBidsPerTender::get()))]
		pub fn settle_unsigned_contract(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_settle_unsigned_contract(tender_id)?;
			Ok(Some(T::WeightInfo::settle_unsigned_contract(Self::bids_on(tender_id))).into())
		}

		/// Assign a social witness (testigo social) to a tender before its award is computed.
		/// A tender whose budget is at least [`Config::SocialWitnessThreshold`] needs one to be
		/// published.
		///
		/// ## Origin
		/// [`Config::ReviewOrigin`]: the procurement oversight authority.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::AssignmentClosed`], [`Error::NotSocialWitness`],
		/// [`Error::ConflictOfInterest`] for an official of the buyer unit,
		/// [`Error::AlreadyAssigned`], [`Error::TooManySocialWitnesses`].
		///
		/// ## Events
		/// [`Event::SocialWitnessAssigned`].
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::assign_social_witness())]
		pub fn assign_social_witness(
			origin: OriginFor<T>,
			tender_id: TenderId,
			witness: T::AccountId,
		) -> DispatchResult {
			T::ReviewOrigin::ensure_origin(origin)?;
			Self::do_assign_social_witness(tender_id, witness)
		}

		/// File the signer's public testimony (testimonio) on a tender, with its hash, once
		/// the award is computed or the tender ended. It is part of the award record.
		///
		/// ## Origin
		/// Signed by a social witness assigned to the tender, still accredited.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::TestimonyNotOpen`], [`Error::NotAssigned`],
		/// [`Error::NotSocialWitness`], [`Error::AlreadyTestified`].
		///
		/// ## Events
		/// [`Event::TestimonyFiled`].
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::file_testimony())]
		pub fn file_testimony(
			origin: OriginFor<T>,
			tender_id: TenderId,
			document: DocumentHash,
		) -> DispatchResult {
			let witness = ensure_signed(origin)?;
			Self::do_file_testimony(witness, tender_id, document)
		}

		/// Comment publicly on a published tender, with the hash of the comment, once per
		/// person, until its award is computed (voz ciudadana).
		///
		/// Feeless: a comment that passes every check below costs the citizen nothing; any
		/// other is charged like any transaction.
		///
		/// ## Origin
		/// Signed by a verified person.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::CommentsClosed`], [`Error::NotPerson`],
		/// [`Error::AlreadyCommented`], [`Error::TooManyComments`].
		///
		/// ## Events
		/// [`Event::CommentPosted`].
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::comment_on_tender())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, tender_id: &TenderId, _document: &DocumentHash| -> bool {
			ensure_signed(origin.clone())
				.is_ok_and(|author| Pallet::<T>::check_comment(&author, *tender_id).is_ok())
		})]
		pub fn comment_on_tender(
			origin: OriginFor<T>,
			tender_id: TenderId,
			document: DocumentHash,
		) -> DispatchResult {
			let author = ensure_signed(origin)?;
			Self::do_comment_on_tender(author, tender_id, document)
		}

		/// Answer a citizen's comment publicly, with the hash of the answer, once.
		///
		/// ## Origin
		/// Signed by an official of the tender's buyer unit.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotOfficial`], [`Error::CommentNotFound`],
		/// [`Error::AlreadyAnswered`].
		///
		/// ## Events
		/// [`Event::CommentAnswered`].
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::answer_comment())]
		pub fn answer_comment(
			origin: OriginFor<T>,
			tender_id: TenderId,
			index: u32,
			answer: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_answer_comment(who, tender_id, index, answer)
		}

		/// Open the tender's evaluation panel in [`Config::Panels`], from `reveal_end` until
		/// `evaluation_end`: its options are the revealed bids, in bid order; its candidates
		/// the certified evaluators enrolled before publication, without the bidders and the
		/// buyer unit's officials; its seed [`tender_seed`]; tickets until `evaluation_end`,
		/// reveals until `score_reveal_end`. The held evaluation fee is paid to the panel.
		///
		/// ## Origin
		/// Signed by anyone. Free when it succeeds.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotPublished`], [`Error::EvaluationNotOpen`],
		/// [`Error::EvaluationClosed`], [`Error::NoTechnicalEvaluation`],
		/// [`Error::EvaluationAlreadyOpen`], [`Error::NoRevealedBid`],
		/// [`Error::SeedExpired`], and the panel service's refusals (too few candidates).
		///
		/// ## Events
		/// [`Event::EvaluationOpened`].
		#[pallet::call_index(32)]
		#[pallet::weight(T::WeightInfo::open_evaluation(T::MaxBidsPerTender::get())
			.saturating_add(T::Panels::open_panel_weight()))]
		pub fn open_evaluation(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_open_evaluation(tender_id)?;
			Ok(Pays::No.into())
		}

		/// Open the tender's secret citizen vote in [`Config::Ballots`], from
		/// `score_reveal_end` until `vote_end`: a ballot of the residents of the tender's scope
		/// ([`TenderScope::ring_scope`]) among the revealed bids, in bid order, labelled by
		/// their commitments.
		///
		/// ## Origin
		/// Signed by anyone. Free when it succeeds.
		///
		/// ## Errors
		/// [`Error::TenderNotFound`], [`Error::NotPublished`], [`Error::VoteNotOpen`],
		/// [`Error::VoteClosed`], [`Error::NoCitizenVote`], [`Error::CitizenVoteAlreadyOpen`],
		/// [`Error::TooFewBidsForVote`], and the ballot service's refusals (no ring of the
		/// scope large enough to hide a voter).
		///
		/// ## Events
		/// [`Event::CitizenVoteOpened`].
		#[pallet::call_index(33)]
		#[pallet::weight(T::WeightInfo::open_citizen_vote(T::MaxBidsPerTender::get())
			.saturating_add(T::Ballots::open_weight()))]
		pub fn open_citizen_vote(
			origin: OriginFor<T>,
			tender_id: TenderId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_open_citizen_vote(tender_id)?;
			Ok(Pays::No.into())
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
			Self::revealed_bids(tender_id)
		}

		/// The award of a tender, with every bid's scores (OCDS `awards`).
		pub fn award(tender_id: TenderId) -> Option<AwardOf<T>> {
			Awards::<T>::get(tender_id)
		}

		/// The contract of a tender (OCDS `contracts`).
		pub fn contract(tender_id: TenderId) -> Option<ContractOf<T>> {
			Contracts::<T>::get(tender_id)
		}

		/// The bid guarantee a sealed bid on a tender holds ([`Config::BidGuarantee`] of its
		/// budget, at least [`Config::MinBidGuarantee`]).
		pub fn bid_guarantee_of(tender_id: TenderId) -> Option<BalanceOf<T>> {
			Tenders::<T>::get(tender_id).map(|tender| Self::bid_guarantee(&tender))
		}

		/// The social witnesses of a tender and their testimonies.
		pub fn social_witnesses(tender_id: TenderId) -> Vec<SocialWitnessOf<T>> {
			SocialWitnesses::<T>::get(tender_id).into_inner()
		}

		/// The citizens' comments on a tender and the answers, in order.
		pub fn comments(tender_id: TenderId) -> Vec<CommentOf<T>> {
			Self::tender_comments(tender_id)
		}

		/// The number of a tender's evaluation panel in the panel service, once opened.
		pub fn evaluation_panel(tender_id: TenderId) -> Option<PanelId> {
			TenderPanels::<T>::get(tender_id)
		}

		/// The number of a tender's secret citizen vote in the ballot service, once opened.
		pub fn citizen_ballot(tender_id: TenderId) -> Option<BallotId> {
			CitizenBallots::<T>::get(tender_id)
		}
	}
}

/// A revoked organisation's supplier registration is suspended at once (its account would
/// fail the identity check at its next use anyway; the suspension records it).
impl<T: Config> IdentityHooks<T::AccountId> for Pallet<T> {
	fn on_organisation_revoked(who: &T::AccountId, key: &OrganisationKey) {
		Self::suspend_supplier(who, key);
	}

	fn weight() -> Weight {
		T::WeightInfo::on_organisation_revoked()
	}

	/// A person's registrations here are checked at each use (comments), so a change needs no
	/// work now.
	fn on_person_changed(_key: &PersonKey) {}

	fn person_changed_weight() -> Weight {
		Weight::zero()
	}
}
