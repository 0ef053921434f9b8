//! Types of the tenders pallet: buyer units, suppliers, tenders and their partidas, bids,
//! evaluations, awards, complaints and contracts.

pub use bmx_primitives::procurement::CucopCode;
use bmx_primitives::{
	anonymity::RingScope,
	identity::{Jurisdiction, MexicanState, OrganisationKey, MAX_MUNICIPALITY},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{Debug, Perbill};

pub use bmx_primitives::DocumentHash;

/// An amount of Mexican pesos in centavos (1 MXN = 100 centavos). Never a token amount.
pub type Centavos = u128;

/// Identifies a buyer unit. Assigned in order from 0.
pub type BuyerUnitId = u32;

/// Identifies a tender. Assigned in order from 0.
pub type TenderId = u32;

/// The position of a bid in its tender's bid list, in order of submission.
pub type BidIndex = u32;

/// The 32 random bytes a bidder mixes into its commitment so that it cannot be guessed from the
/// few values it hides; once revealed, the salts of all bids feed the evaluation's seed.
pub type Salt = [u8; 32];

/// An evaluator's technical score of one bid: 0 to [`MAX_TECHNICAL_SCORE`].
pub type TechnicalScore = u8;

/// The highest technical score.
pub const MAX_TECHNICAL_SCORE: TechnicalScore = 100;

/// A UN/CEFACT Recommendation 20 unit code, as OCDS `unit.id` with scheme `UNCEFACT`: three
/// upper-case ASCII letters or digits, e.g. `H87` (piece), `KGM` (kilogram), `E48` (service).
pub type UnitCode = [u8; 3];

/// A buyer unit (unidad compradora) and the officials who act for it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct BuyerUnit<Name, Officials> {
	/// Its public name, e.g. `Secretaria de Salud - Direccion de Adquisiciones`.
	pub name: Name,
	/// The accounts of its officials: each may create, publish, amend and cancel its tenders,
	/// answer enquiries, and draft, sign and manage its contracts.
	pub officials: Officials,
}

/// Where a supplier stands with the supplier registry.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum SupplierStatus {
	/// Registered, waiting for the registry's decision.
	Pending,
	/// Approved: it may ask questions and bid.
	Approved {
		/// The hash of the registry's resolution.
		reason: DocumentHash,
	},
	/// Rejected (or its approval withdrawn): it may not ask questions nor bid.
	Rejected {
		/// The hash of the registry's resolution.
		reason: DocumentHash,
	},
	/// Its organisation's identity ended (revoked by its registrar, or moved to another
	/// account that registered as the organisation's supplier): it may not ask questions nor
	/// bid until the registry decides on it again.
	Suspended,
}

/// A supplier (proveedor): a verified organisation registered to bid.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Supplier<BlockNumber> {
	/// Its organisation key ([`crate::Config::Organisations`]) when it registered.
	pub organisation_key: OrganisationKey,
	/// The hash of its registration file (acta constitutiva, opinion de cumplimiento...).
	pub document: DocumentHash,
	/// The registry's decision.
	pub status: SupplierStatus,
	/// The block in which it registered.
	pub registered_at: BlockNumber,
}

/// Who may vote on a tender: the government level that tenders.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum TenderScope {
	/// A federal tender: every verified person may vote.
	Federal,
	/// A state tender: verified persons living in the state.
	State(MexicanState),
	/// A municipal tender: verified persons living in the municipality (INEGI code within the
	/// state, 1 to 999).
	Municipality(MexicanState, u16),
}

impl TenderScope {
	/// Whether the municipality code, if any, has the INEGI format.
	pub fn is_well_formed(&self) -> bool {
		match self {
			TenderScope::Municipality(_, code) => (1..=MAX_MUNICIPALITY).contains(code),
			_ => true,
		}
	}

	/// Whether a person living in `jurisdiction` (`None`: abroad) may vote on a tender of this
	/// scope.
	pub fn admits(&self, jurisdiction: Option<Jurisdiction>) -> bool {
		match (self, jurisdiction) {
			(TenderScope::Federal, _) => true,
			(TenderScope::State(state), Some(j)) => j.state == *state,
			(TenderScope::Municipality(state, municipality), Some(j)) => {
				j.state == *state && j.municipality == *municipality
			},
			(_, None) => false,
		}
	}

	/// The rings whose members vote on a tender of this scope: the national rings for a
	/// federal tender, the state's for a state tender, the municipality's for a municipal one.
	pub fn ring_scope(&self) -> RingScope {
		match *self {
			TenderScope::Federal => RingScope::National,
			TenderScope::State(state) => RingScope::State(state),
			TenderScope::Municipality(state, municipality) => {
				RingScope::Municipality(Jurisdiction { state, municipality })
			},
		}
	}
}

/// A partida: one line item of a tender.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Partida<Requirements> {
	/// The hash of its description (technical specification).
	pub description: DocumentHash,
	/// How many units are bought; at least 1.
	pub quantity: u64,
	/// The unit of `quantity`.
	pub unit: UnitCode,
	/// What is bought, as a key of the procurement catalogue (CUCoP,
	/// [`crate::Config::Catalogue`]).
	pub cucop: CucopCode,
	/// The hashes of the requirements a proposal must meet for this partida.
	pub requirements: Requirements,
}

/// The weights of the three award criteria; they add up to 100%.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct AwardWeights {
	/// The weight of the price score (lowest price over this price).
	pub price: Perbill,
	/// The weight of the technical score (the evaluators' average over 100).
	pub technical: Perbill,
	/// The weight of the citizens' score (this bid's share of the citizen vote).
	pub citizen: Perbill,
}

impl AwardWeights {
	/// Whether the weights add up to exactly 100%.
	pub fn is_complete(&self) -> bool {
		u64::from(self.price.deconstruct())
			.saturating_add(u64::from(self.technical.deconstruct()))
			.saturating_add(u64::from(self.citizen.deconstruct()))
			== u64::from(Perbill::one().deconstruct())
	}
}

/// The phase boundaries of a tender, as block numbers. Each phase runs from the previous
/// boundary (publication for the first) up to, not including, its own; the boundaries are
/// strictly increasing. The OCDS export turns blocks into dates with the block timestamps.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Schedule<BlockNumber> {
	/// Enquiries (junta de aclaraciones) from publication until this block.
	pub enquiries_end: BlockNumber,
	/// Sealed bids from `enquiries_end` until this block; answers to enquiries until here too.
	pub bidding_end: BlockNumber,
	/// Bid reveals from `bidding_end` until this block.
	pub reveal_end: BlockNumber,
	/// Evaluators commit their scores from `reveal_end` until this block.
	pub evaluation_end: BlockNumber,
	/// Evaluators reveal their scores from `evaluation_end` until this block.
	pub score_reveal_end: BlockNumber,
	/// Citizens vote from `score_reveal_end` until this block; then anyone computes the award.
	pub vote_end: BlockNumber,
	/// Bidders file complaints against the computed award until this block; then anyone
	/// finalises it.
	pub complaints_end: BlockNumber,
	/// The buyer and the winner sign the contract until this block.
	pub contract_deadline: BlockNumber,
}

impl<BlockNumber: PartialOrd + Copy> Schedule<BlockNumber> {
	/// The boundaries in order.
	pub fn boundaries(&self) -> [BlockNumber; 8] {
		[
			self.enquiries_end,
			self.bidding_end,
			self.reveal_end,
			self.evaluation_end,
			self.score_reveal_end,
			self.vote_end,
			self.complaints_end,
			self.contract_deadline,
		]
	}

	/// Whether the boundaries are strictly increasing.
	pub fn is_ordered(&self) -> bool {
		self.boundaries().windows(2).all(|pair| matches!(pair, [a, b] if a < b))
	}
}

/// Where a tender stands.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum TenderStatus {
	/// Drafted by the buyer unit, not public: nothing but publication or cancellation.
	Draft,
	/// Published: the schedule runs (enquiries to citizen vote).
	Published,
	/// The award (fallo) is computed and the complaints window runs.
	Awarded,
	/// The award is final; the contract follows.
	AwardFinal,
	/// Void (desierta): no contract comes out of it, for the reason given; every guarantee
	/// has settled.
	Deserted(DesertReason),
	/// Cancelled by the buyer unit, governance or a review.
	Cancelled,
}

/// Why a tender was declared void (desierta).
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum DesertReason {
	/// No revealed bid was eligible: none within budget, at an acceptable price and above the
	/// convenient price.
	NoEligibleBid,
	/// The winner did not sign the contract in time and no runner-up was within
	/// [`crate::Config::RunnerUpMargin`] of its price.
	WinnerDidNotSign,
	/// The runner-up the contract passed to did not sign it in time either.
	RunnerUpDidNotSign,
	/// The buyer unit did not draft or sign the contract in time; the supplier's guarantees
	/// were returned.
	BuyerDidNotSign,
}

/// A tender (licitacion).
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Tender<Title, Partidas, BlockNumber> {
	/// The buyer unit that tenders.
	pub buyer_unit: BuyerUnitId,
	/// Its public title.
	pub title: Title,
	/// The hash of the convocatoria: the full terms, evaluation rubric included.
	pub description: DocumentHash,
	/// The budget, in centavos: no bid above it may win.
	pub budget: Centavos,
	/// The reference price of the buyer's market research (investigación de mercado), in
	/// centavos: a price more than [`crate::Config::PriceCeilingMargin`] above it is not
	/// acceptable (precio no aceptable).
	pub reference_price: Centavos,
	/// Its line items.
	pub partidas: Partidas,
	/// The weights of the award criteria.
	pub weights: AwardWeights,
	/// Who may vote.
	pub scope: TenderScope,
	/// Its phase boundaries.
	pub schedule: Schedule<BlockNumber>,
	/// Where it stands.
	pub status: TenderStatus,
	/// The block of its publication, once published.
	pub published_at: Option<BlockNumber>,
	/// The seed of its evaluation panel's sortition, once the panel is opened
	/// ([`crate::Pallet::open_evaluation`]): from the revealed bids' salts and a block hash
	/// fixed before anyone could call ([`crate::tender_seed`]).
	pub seed: Option<H256>,
	/// How many amendments extended its schedule.
	pub amendments: u32,
	/// Since when a complaint has been pending without a break, if one is: when the last one
	/// is dismissed, `contract_deadline` moves by the time they were pending.
	pub complaints_pending_since: Option<BlockNumber>,
	/// How many bids were submitted (at most `MaxBidsPerTender`).
	pub bid_count: u32,
	/// How many citizens' comments it received (at most `MaxComments`).
	pub comment_count: u32,
}

/// What a bidder reveals after bidding closes.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Offer<Offers, BlockNumber> {
	/// The total price, in centavos: the sum of the partida offers.
	pub price: Centavos,
	/// The price offered for each partida (all its units), in centavos, in partida order.
	pub partida_offers: Offers,
	/// The hash of the proposal document (propuesta tecnica y economica).
	pub proposal: DocumentHash,
	/// The salt of the bid's commitment, public once revealed: the revealed salts feed the
	/// seed of the evaluation panel, so that no single party chooses it.
	pub salt: Salt,
	/// The block of the reveal.
	pub revealed_at: BlockNumber,
}

/// A bid: a sealed commitment, then its revealed offer.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Bid<AccountId, Balance, Offers, BlockNumber> {
	/// The supplier that bids.
	pub bidder: AccountId,
	/// Its organisation key: one bid per organisation, whichever account it uses.
	pub organisation_key: OrganisationKey,
	/// `blake2_256` of the SCALE-encoded offer ([`crate::bid_commitment`]).
	pub commitment: H256,
	/// The block of the commitment.
	pub submitted_at: BlockNumber,
	/// The bid guarantee (garantía de seriedad) held from the bidder for this bid now: zero
	/// once released or forfeited.
	pub deposit: Balance,
	/// The revealed offer; `None` until a matching reveal after bidding closed.
	pub offer: Option<Offer<Offers, BlockNumber>>,
	/// Whether the guarantee was forfeited: for not revealing, or, the winner's, for not
	/// signing the contract.
	pub forfeited: bool,
}

/// A revealed bid, as the view functions return it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct RevealedBid<AccountId, Offers, BlockNumber> {
	/// The bid's position in its tender's bid list.
	pub bid_index: BidIndex,
	/// The supplier that bid.
	pub bidder: AccountId,
	/// The block of its commitment.
	pub submitted_at: BlockNumber,
	/// Its revealed offer.
	pub offer: Offer<Offers, BlockNumber>,
	/// The citizens' votes for it in the tender's secret ballot ([`crate::CitizenBallots`]):
	/// zero without a ballot.
	pub votes: u32,
}

/// A question asked in the junta de aclaraciones, and its answer.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Enquiry<AccountId> {
	/// The supplier that asked.
	pub supplier: AccountId,
	/// The hash of the question.
	pub question: DocumentHash,
	/// The hash of the buyer unit's public answer, once answered.
	pub answer: Option<DocumentHash>,
}

/// Whether a revealed bid's price lets it compete, as the law has it, or why it was discarded.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum BidStanding {
	/// Its price is acceptable and convenient: it competes.
	Eligible,
	/// Its price is above the tender's budget.
	AboveBudget,
	/// Its price is more than [`crate::Config::PriceCeilingMargin`] above the market-research
	/// reference price (precio no aceptable).
	NotAcceptable,
	/// Its price is below [`crate::Config::ConvenientPriceShare`] of the average acceptable
	/// price, or zero (precio no conveniente): an offer that cannot be honoured.
	NotConvenient,
}

/// The scores of one revealed bid in an award.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct BidScore<AccountId> {
	/// The bid.
	pub bid_index: BidIndex,
	/// Its bidder.
	pub bidder: AccountId,
	/// Its revealed price, in centavos.
	pub price: Centavos,
	/// Whether its price makes it eligible, or why it was discarded: only eligible bids may
	/// win.
	pub standing: BidStanding,
	/// The lowest eligible price over this price (zero when not eligible).
	pub price_score: Perbill,
	/// The panel's average technical score over 100 (zero without a concluded panel).
	pub technical_score: Perbill,
	/// Its votes.
	pub votes: u32,
	/// Its votes over all votes (zero without votes).
	pub citizen_score: Perbill,
	/// The weighted sum of the three scores.
	pub total: Perbill,
}

/// The award (fallo) of a tender.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Award<Scores, BlockNumber> {
	/// The scores of every revealed bid, in bid order.
	pub scores: Scores,
	/// The winning bid; `None` when no bid was eligible.
	pub winner: Option<BidIndex>,
	/// When the first-ranked winner did not sign and the contract passed to the runner-up:
	/// the first-ranked bid. `winner` is then the runner-up.
	pub passed_over: Option<BidIndex>,
	/// The votes cast.
	pub total_votes: u32,
	/// How many evaluators of the tender's panel revealed scores (zero without a concluded
	/// panel).
	pub evaluators: u32,
	/// The block of its computation.
	pub computed_at: BlockNumber,
	/// Whether it is final.
	pub is_final: bool,
}

/// Where a complaint stands.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ComplaintStatus {
	/// Waiting for the review.
	Pending,
	/// Dismissed by the review.
	Dismissed,
}

/// A complaint (inconformidad) against an award.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Complaint<AccountId, Balance, BlockNumber> {
	/// The bidder that filed it.
	pub complainant: AccountId,
	/// The hash of the written complaint.
	pub document: DocumentHash,
	/// Where it stands.
	pub status: ComplaintStatus,
	/// The deposit held from the complainant: returned if the complaint is upheld (or made moot
	/// by another's), forfeited if dismissed; zero once settled.
	pub deposit: Balance,
	/// The block it was filed in.
	pub filed_at: BlockNumber,
}

/// What the review decides on an upheld complaint, or that it dismisses it.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Resolution<BlockNumber> {
	/// The complaint has no merit; the award stands.
	Dismiss,
	/// Upheld: the evaluation is redone under this schedule (its first three boundaries stay;
	/// the others are in the future). Scores and the award are cleared; votes stay.
	Reevaluate(Schedule<BlockNumber>),
	/// Upheld: the tender is cancelled; every deposit is returned.
	Cancel,
}

/// Where a deliverable stands.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum DeliverableStatus {
	/// Not yet accepted.
	Pending,
	/// Accepted by the buyer unit.
	Accepted,
	/// Rejected by the buyer unit: the contract failed.
	Rejected,
	/// Declared overdue by the buyer unit: the contract failed.
	Overdue,
}

/// A deliverable (entregable) of a contract.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Deliverable<BlockNumber> {
	/// The hash of its description.
	pub description: DocumentHash,
	/// The block by which it is due.
	pub due: BlockNumber,
	/// What the buyer unit pays for it, in centavos.
	pub amount: Centavos,
	/// Where it stands.
	pub status: DeliverableStatus,
}

/// Where a contract stands.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ContractStatus {
	/// Drafted by the buyer unit; waiting for both signatures.
	Drafted,
	/// Signed by both: deliverables are being delivered.
	Active,
	/// Every deliverable was accepted.
	Completed,
	/// A deliverable was rejected or declared overdue.
	Failed,
}

/// The contract of an awarded tender.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Contract<AccountId, Balance, Deliverables> {
	/// The winning supplier.
	pub supplier: AccountId,
	/// The hash of the contract document.
	pub document: DocumentHash,
	/// The total value, in centavos: the winning price.
	pub value: Centavos,
	/// Its deliverables.
	pub deliverables: Deliverables,
	/// The official who signed for the buyer unit, once signed.
	pub buyer_signatory: Option<AccountId>,
	/// Whether the winner signed.
	pub supplier_signed: bool,
	/// The performance guarantee (garantía de cumplimiento) held from the supplier since it
	/// signed: returned when the contract completes, forfeited when it fails; zero before the
	/// supplier signs and once settled.
	pub guarantee: Balance,
	/// Where it stands.
	pub status: ContractStatus,
}

/// A social witness (testigo social) of a tender: an accredited citizen or organisation of
/// civil society that observes every phase and testifies publicly at the end.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SocialWitness<AccountId, BlockNumber> {
	/// Its account, holding [`crate::Config::SocialWitnessCredential`].
	pub witness: AccountId,
	/// The block of its assignment.
	pub assigned_at: BlockNumber,
	/// The hash of its public testimony (testimonio) and the block it was filed in, once
	/// filed.
	pub testimony: Option<(DocumentHash, BlockNumber)>,
}

/// A citizen's public comment on a tender (voz ciudadana), and the buyer unit's answer.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Comment<AccountId, BlockNumber> {
	/// The account of the verified person who commented.
	pub author: AccountId,
	/// The hash of the comment's text.
	pub document: DocumentHash,
	/// The block it was posted in.
	pub posted_at: BlockNumber,
	/// The hash of the buyer unit's public answer, once answered.
	pub answer: Option<DocumentHash>,
}
