//! Types of the collective registry: collectives, requests, members and leaderships.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

pub use bmx_primitives::{governance::CollectiveId, DocumentHash};

/// Identifies a written request for a new collective. Assigned in order from 0.
pub type RequestId = u32;

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
pub struct CollectiveInfo<AccountId, Name, BlockNumber> {
	/// Its public name, unique on chain.
	pub name: Name,
	/// Its sector.
	pub kind: CollectiveKind,
	/// Its state.
	pub state: CollectiveState,
	/// The hash of the written request that created it; `None` for the founding collectives.
	pub document: Option<DocumentHash>,
	/// The block at which it was created (0 for the founding collectives). The grace period
	/// for its first node ([`crate::Config::NodeGracePeriod`]) runs from it.
	pub created_at: BlockNumber,
	/// Number of accounts on its roster: applicants, active and suspended members.
	pub member_count: u32,
	/// The promoting member (promotor) whose request created it, its first member; `None` for
	/// the founding collectives.
	pub promoter: Option<AccountId>,
	/// The nodes its promoter committed it to run; 0 for the founding collectives.
	pub committed_nodes: u32,
}

/// A pending written request for a new collective, and the deposit that pays for it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CollectiveRequest<AccountId, Balance, Name, BlockNumber> {
	/// The promoting member (promotor): the account that submitted the request, whose deposit
	/// is held and who becomes the collective's first active member on approval.
	pub applicant: AccountId,
	/// The name asked for.
	pub name: Name,
	/// The sector asked for.
	pub kind: CollectiveKind,
	/// The hash of the written request.
	pub document: DocumentHash,
	/// The institution the promoter states, recorded on its membership.
	pub institution: Name,
	/// The hash of the code of ethics the promoter accepted with the request.
	pub code_of_ethics: DocumentHash,
	/// The nodes the promoter commits the collective to run: 1 to
	/// [`crate::Config::MaxCommittedNodes`].
	pub committed_nodes: u32,
	/// The deposit held from `applicant`: returned in full on approval, withdrawal or expiry;
	/// less [`crate::Config::RejectionPenalty`] on rejection.
	pub deposit: Balance,
	/// The block at which it was submitted; it expires [`crate::Config::RequestLifetime`]
	/// blocks later.
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
	/// How many times the term was renewed since the appointment. The lifetime count of terms,
	/// which the limit applies to, is `LeaderTermsServed`.
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
	/// The leader resigned its leadership and stays an active member.
	Resigned,
	/// The Executive Council dissolved the leader's collective.
	CollectiveDissolved,
}

/// What a promoter asks for in a collective request: the arguments of
/// [`crate::Pallet::request_collective`] in one value.
#[derive(Clone, Eq, PartialEq, Debug)]
pub struct CollectiveProposal<Name> {
	/// The name asked for.
	pub name: Name,
	/// The sector asked for.
	pub kind: CollectiveKind,
	/// The hash of the written request.
	pub document: DocumentHash,
	/// The institution the promoter states.
	pub institution: Name,
	/// The hash of the code of ethics the promoter accepts: the version in force.
	pub code_of_ethics: DocumentHash,
	/// The nodes the promoter commits the collective to run.
	pub committed_nodes: u32,
}
