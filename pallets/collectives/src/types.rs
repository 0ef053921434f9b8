//! Types of the collectives pallet: collectives, requests, members and leaderships.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

/// Identifies a collective. Assigned in order from 0 (founding collectives first).
pub type CollectiveId = u32;

/// Identifies a written request for a new collective. Assigned in order from 0.
pub type RequestId = u32;

/// The hash (blake2-256) of a document kept off chain: a written request, the code of ethics, the
/// reasons for a decision. The document itself never goes on chain.
pub type DocumentHash = H256;

/// The sector a collective comes from.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum CollectiveKind {
	/// Universities and research centres.
	Academia,
	/// Companies and business chambers.
	Business,
	/// Government bodies at any level.
	PublicSector,
	/// Non-profit and civil-society organisations.
	CivilSociety,
	/// Any other kind the Executive Council accepts.
	Other,
}

/// The state of a collective.
///
/// Later phases add variants (for instance a dissolved collective) after `Active`, which keeps the
/// encoding of existing collectives unchanged.
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
pub enum CollectiveState {
	/// The collective exists and takes members.
	Active,
}

/// A collective of the network.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CollectiveInfo<Name, BlockNumber> {
	/// Its public name, unique on chain.
	pub name: Name,
	/// Its sector.
	pub kind: CollectiveKind,
	/// Its state.
	pub state: CollectiveState,
	/// The hash of the written request that created it; `None` for the founding collectives.
	pub document: Option<DocumentHash>,
	/// The block at which it was created.
	pub created_at: BlockNumber,
	/// Number of accounts on its roster: applicants, active and suspended members.
	pub member_count: u32,
}

/// A pending written request for a new collective, and the deposit that pays for it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CollectiveRequest<AccountId, Balance, Name, BlockNumber> {
	/// The account that submitted the request and whose deposit is held.
	pub applicant: AccountId,
	/// The name asked for.
	pub name: Name,
	/// The sector asked for.
	pub kind: CollectiveKind,
	/// The hash of the written request.
	pub document: DocumentHash,
	/// The deposit held from `applicant`, returned when the request is decided or withdrawn.
	pub deposit: Balance,
	/// The block at which it was submitted.
	pub submitted_at: BlockNumber,
}

/// Where a membership stands.
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
pub enum MemberStatus<BlockNumber> {
	/// Applied; waits for the collective's leaders (or the Executive Council) to admit it.
	Applicant,
	/// Admitted and in good standing.
	Active,
	/// Suspended by the Executive Council for breaching the code of ethics.
	Suspended {
		/// The hash of the written reasons.
		reason: DocumentHash,
		/// The block at which the suspension started.
		since: BlockNumber,
	},
}

/// The membership of an account: one per account, in one collective.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct MemberInfo<Name, BlockNumber> {
	/// The collective it belongs to (or applied to).
	pub collective: CollectiveId,
	/// The institution it states. Public: an institution, never a person's data.
	pub institution: Name,
	/// Where the membership stands.
	pub status: MemberStatus<BlockNumber>,
	/// The hash of the code of ethics version it accepted last.
	pub code_of_ethics: DocumentHash,
	/// The block at which it applied.
	pub applied_at: BlockNumber,
	/// The block at which it was admitted; `None` while an applicant.
	pub admitted_at: Option<BlockNumber>,
}

/// A leader's current term.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Leadership<AccountId, BlockNumber> {
	/// The leader.
	pub who: AccountId,
	/// The block of the appointment.
	pub appointed_at: BlockNumber,
	/// The block at whose start the term ends unless renewed.
	pub expires_at: BlockNumber,
	/// How many times the term was renewed since the appointment.
	pub renewals: u32,
}

/// Why a leadership ended.
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
pub enum LeadershipEnd {
	/// The Executive Council removed the leader.
	Removed,
	/// The term ran out.
	TermExpired,
	/// The leader left the collective.
	MemberLeft,
	/// The leader was suspended as a member.
	MemberSuspended,
	/// The leader was expelled from its collective.
	MemberExpelled,
}

/// One of the two commissions of the Executive Council.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Commission {
	/// Evaluates project applications: one business-profile representative per collective.
	Projects,
	/// Approves, removes and suspends nodes: one technical-profile representative per
	/// collective.
	NodeIntegration,
}

/// A seat of the Executive Council.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ExecutiveSeat {
	/// The Executive Secretary: the prime member of the Executive Council, who tables motions.
	Secretary,
	/// The representative of a collective on a commission.
	Commissioner(Commission, CollectiveId),
}

/// A council seat held for a term: of the Executive Council or of the Advisory Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Seat<AccountId, BlockNumber> {
	/// The holder.
	pub who: AccountId,
	/// The block of the designation (or admission).
	pub designated_at: BlockNumber,
	/// The block at whose start the term ends unless renewed.
	pub expires_at: BlockNumber,
	/// How many times the term was renewed since the designation.
	pub renewals: u32,
}

/// A leader's pending proposal of a person for an executive seat.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SeatProposal<AccountId, BlockNumber> {
	/// The leader who proposed; only valid while it leads (a collective, or the represented
	/// collective for a commissioner seat).
	pub proposer: AccountId,
	/// The person proposed.
	pub candidate: AccountId,
	/// The block of the proposal.
	pub proposed_at: BlockNumber,
}

/// Why a council seat ended.
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
pub enum SeatEnd {
	/// The designating body removed the holder.
	Removed,
	/// The term ran out.
	TermExpired,
	/// Another person was designated to the seat.
	Replaced,
	/// A commissioner stopped being an active member of the collective it represents.
	MembershipLost,
}

/// A term that ends at a block: of an executive seat or of an advisor. Leaders' terms have their
/// own schedule, [`crate::LeaderExpiries`].
#[derive(Clone, Eq, PartialEq, Ord, PartialOrd, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub enum SeatExpiry<AccountId> {
	/// The term of the holder of an executive seat.
	Executive(ExecutiveSeat),
	/// The term of an advisor.
	Advisor(AccountId),
}

/// A pending written request for a seat on the Advisory Council.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct AdvisoryRequest<Balance, BlockNumber> {
	/// The hash of the written request.
	pub document: DocumentHash,
	/// The deposit held, returned when the request is decided or withdrawn.
	pub deposit: Balance,
	/// The block at which it was submitted.
	pub submitted_at: BlockNumber,
}

/// The bodies whose membership this pallet pushes to `ChangeMembers` implementations.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Council {
	/// The Executive Council: the Secretary and every commissioner.
	Executive,
	/// The Advisory Council: the advisors.
	Advisory,
	/// The commissioners of one commission.
	Commission(Commission),
}

/// The kind of an Executive Council decision, which sets its quorum.
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
pub enum DecisionKind {
	/// Valid with the Secretary plus [`crate::Config::OrdinaryQuorum`] members voting aye.
	Ordinary,
	/// Valid with the Secretary plus [`crate::Config::ExtraordinaryQuorum`] members voting aye.
	Extraordinary,
}

/// A member's pending application to run a validator node.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct NodeApplication<Endorsers, BlockNumber> {
	/// The collective of the applicant, whose leaders endorse it.
	pub collective: CollectiveId,
	/// The hash of the letter of intent.
	pub letter_of_intent: DocumentHash,
	/// The hash of the signed adhesion form.
	pub adhesion_form: DocumentHash,
	/// The leaders who endorsed it; only current leaders count.
	pub endorsers: Endorsers,
	/// The block at which it was submitted.
	pub applied_at: BlockNumber,
}

/// A node taken out of the validator set by the node commission, which may resume it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct SuspendedNode<BlockNumber> {
	/// The collective the node runs for.
	pub collective: CollectiveId,
	/// The hash of the written reasons.
	pub reason: DocumentHash,
	/// The block at which the suspension started.
	pub since: BlockNumber,
}

/// Why a node left the validator set for good.
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
pub enum NodeEnd {
	/// The node commission removed it.
	Removed,
	/// Its member was suspended by the Executive Council.
	MemberSuspended,
	/// Its member was expelled by the Executive Council.
	MemberExpelled,
}

/// Identifies a project application, and the project once registered. Assigned in order from 0.
pub type ProjectId = u32;

/// Where a project stands.
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
pub enum ProjectStatus {
	/// Proposed by its collective's leaders; waits for the projects commission.
	Proposed,
	/// Recommended by the projects commission; waits for the Executive Council.
	Recommended,
	/// Approved by the Executive Council: a registered project.
	Approved,
}

/// A project: an application that users run on the network, proposed by a collective's leaders.
/// The documents stay off chain; the chain stores their hashes and the repository's address.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct ProjectInfo<AccountId, Url, BlockNumber> {
	/// The collective whose leaders proposed it and who may grant it capital.
	pub collective: CollectiveId,
	/// The account that runs the project: it receives capital and submits the project's reports.
	pub account: AccountId,
	/// The hash of the project's description.
	pub description: DocumentHash,
	/// The hash of the justification of its public value.
	pub justification: DocumentHash,
	/// The https address of its open-source repository.
	pub repository: Url,
	/// Where it stands.
	pub status: ProjectStatus,
	/// The block at which it was proposed.
	pub proposed_at: BlockNumber,
	/// The block at which the Executive Council approved it; `None` while pending.
	pub approved_at: Option<BlockNumber>,
}

/// Who owes a periodic report: a document kept off chain, of which the chain stores the hash.
#[derive(
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ReportSubject<AccountId> {
	/// A member that runs a node, on the node's performance: monthly.
	Member(AccountId),
	/// A registered project, reported by its account (the users): bimonthly.
	Project(ProjectId),
	/// A leader: bimonthly.
	Leader(AccountId),
	/// A commission, reported by any of its commissioners: monthly.
	Commission(Commission),
	/// The Executive Secretary: quarterly.
	Secretary,
	/// The Advisory Council, reported by any advisor: quarterly.
	AdvisoryCouncil,
}
