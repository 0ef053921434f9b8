//! Types of the network projects pallet: project applications and registered projects.

use crate::{CollectiveId, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

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
	/// The collective whose leaders proposed it.
	pub collective: CollectiveId,
	/// The account that runs the project: it submits the project's reports.
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
