//! Network governance, one file per pallet of the governance family, plus the councils' voting
//! bodies and the origins they give ([`origins`]).
//!
//! | pallet | runtime name | what it keeps |
//! |---|---|---|
//! | `pallet-collective-registry` | `CollectiveRegistry` | collectives, members, code of ethics, leaders |
//! | `pallet-governing-councils` | `Councils` | Executive Secretary, commissioners, advisors, the councils' memberships, Secretary-tabled motions |
//! | `pallet-node-integration` | `NodeIntegration` | node applications and the validator set (`SessionManager`) |
//! | `pallet-network-projects` | `Projects` | projects proposed by collectives and approved by the Executive |
//! | `pallet-leadership-elections` | `LeadershipElections` | open calls for leadership, members' renewal votes, delegations |
//! | `pallet-collective-capital` | `Capital` | the collectives' treasuries; capital requests and grants (fee allowances) |
//! | `pallet-duty-reports` | `Reports` | periodic report obligations of every duty |
//! | `pallet-whitelist` | `Whitelist` | Root: calls the Executive whitelisted and the Advisory Council dispatched ([`root`]) |
//!
//! They meet through the traits of `bmx-primitives`: the registry answers
//! `CollectiveInspect` for the others; when a member stops being active, the registry calls the
//! `MembershipHooks` tuple `(NodeIntegration, Councils)` (its node leaves the set, its
//! commissioner seat ends); every duty's report obligation is kept by `Reports`, and the tuple
//! `(CollectiveRegistry, NodeIntegration, Projects, Councils)` tells who answers for each
//! subject.

mod capital;
mod councils;
mod elections;
mod node_integration;
pub mod origins;
mod projects;
mod registry;
mod reports;
pub mod root;

pub use capital::*;
pub use councils::*;
pub use elections::*;
pub use node_integration::*;
pub use origins::*;
pub use projects::*;
pub use registry::*;
#[cfg(feature = "runtime-benchmarks")]
pub use reports::*;
pub use root::*;

use frame_support::parameter_types;

use crate::{BlockNumber, DAYS};

/// The most collectives the network may have.
pub const MAX_COLLECTIVES: u32 = 16;
/// The most members (applicants included) a collective may have.
pub const MAX_MEMBERS_PER_COLLECTIVE: u32 = 1_000;
/// The most leaders a collective may have.
pub const MAX_LEADERS: u32 = 3;
/// The most advisors the Advisory Council may have.
pub const MAX_ADVISORS: u32 = 15;
/// The most validators the network may have.
pub const MAX_VALIDATORS: u32 = 32;
/// Members besides the Secretary who must vote for an ordinary decision of the Executive
/// Council to be valid ("el Secretario Ejecutivo del Consejo y seis integrantes").
pub const ORDINARY_QUORUM: u32 = 6;
/// Members besides the Secretary who must vote for an extraordinary decision to be valid.
pub const EXTRAORDINARY_QUORUM: u32 = 4;
/// A month for reporting and capital purposes: 30 days.
pub const MONTH: BlockNumber = 30 * DAYS;

parameter_types! {
	/// How long before its end a leader's or an advisor's term may be renewed.
	pub const RenewalWindow: BlockNumber = 30 * DAYS;
	/// A written request (a new collective, a membership, an advisory seat) left undecided this
	/// long expires: anyone may remove it, and its deposit returns in full.
	pub const RequestLifetime: BlockNumber = 3 * MONTH;
	/// A rejected request keeps this part of its deposit; it goes where fees go (the treasury of
	/// the collective whose node authored the block, `configs/fees.rs`).
	pub const RejectionPenalty: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(20);
}

const _: () = assert!(
	MAX_VALIDATORS <= crate::configs::MAX_AUTHORITIES,
	"MaxValidators must fit Aura and GRANDPA's limits"
);
