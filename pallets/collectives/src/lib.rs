//! # Collectives pallet
//!
//! The collectives that govern Blockchain MX, their members (who run nodes) and their leaders.
//!
//! ## Overview
//!
//! The network follows the 2018 "Red Blockchain México" governance model: it is run by
//! collectives of sectors (academia, business, public sector, civil society), each of whose
//! members runs a node, and it is steered by an Executive Council. This pallet is the register of
//! that model; later phases add the councils, node and project integration, capital and reports
//! on top of the same storage.
//!
//! - **Collectives.** The founding ones come from genesis. Anyone may submit a written request
//!   for a new one ([`Pallet::request_collective`]), paying a deposit ([`HoldReason`]) that is
//!   returned whatever the outcome: when [`Config::ExecutiveOrigin`] approves it (the collective
//!   is created) or rejects it (with the hash of its reasons), or when the applicant withdraws it.
//!   A request only costs the time it is pending; there is no slashing.
//! - **Members.** An account applies to one collective ([`Pallet::apply_for_membership`]),
//!   stating its institution and accepting the code of ethics in force, and pays
//!   [`Config::MembershipApplicationDeposit`] ([`HoldReason::MembershipApplication`]) against
//!   spam. The collective's leaders admit or reject it; the Executive Council does so while a
//!   collective has no leaders. The deposit is returned whatever the outcome: on admission (an
//!   admitted member answers for its conduct through suspension instead), on rejection, and when
//!   the applicant withdraws ([`Pallet::leave`]) or is expelled. The Executive Council suspends
//!   members who breach the code of ethics, reinstates them, and expels members
//!   ([`Pallet::expel_member`]). Each account holds one membership at most, in one collective.
//! - **Code of ethics.** [`CodeOfEthics`] holds the hash of the version in force. Members record
//!   the version they accepted; after a new version, [`Pallet::is_code_of_ethics_current`] tells
//!   who must accept again ([`Pallet::accept_code_of_ethics`]). A member who is not up to date
//!   cannot be admitted, appointed leader or renewed, and a leader who is not up to date cannot
//!   admit or reject applications.
//! - **Leaders.** Each collective has [`Config::MinLeaders`] to [`Config::MaxLeaders`] leaders,
//!   active members of it, never two from the same institution, appointed by the Executive
//!   Council for [`Config::LeaderTerm`] blocks. A term can be renewed [`Config::MaxLeaderRenewals`]
//!   times, each time within [`Config::RenewalWindow`] blocks before it ends; a renewal adds one
//!   term to the current end, so terms stay contiguous. Terms end by themselves at the start of
//!   their last block ([`LeaderExpiries`], at most [`Config::MaxExpiriesPerBlock`] per block).
//!   A collective with fewer than `MinLeaders` leaders needs an appointment: the pallet emits
//!   [`Event::LeadersFellShort`] when that becomes true and [`Event::LeadersRestored`] when an
//!   appointment brings it back to `MinLeaders`, and
//!   [`Pallet::collectives_needing_appointment`] lists them.
//!
//! ## Terminology
//!
//! - **Colectivo (collective)**: an organisation of a sector whose members run nodes.
//! - **Miembro (member)**: an individual or institution running a node in one collective. It
//!   states its institution (public) and nothing personal.
//! - **Líder (leader)**: a member appointed by the Executive Council to lead its collective for a
//!   term: admits members and, in later phases, endorses nodes and projects.
//! - **Código de ética (code of ethics)**: the network's rules of conduct; its document stays off
//!   chain, its hash is on chain, and every member records the version it accepted.
//! - **Consejo Ejecutivo (Executive Council)**: the body behind [`Config::ExecutiveOrigin`].
//! - **Solicitud por escrito (written request)**: a document kept off chain, of which the chain
//!   stores the hash.
//! - **Needing an appointment**: a collective with fewer than [`Config::MinLeaders`] leaders.
//!
//! ## Pallet API
//!
//! Collectives:
//! - [`Pallet::request_collective`]: submit a written request for a new collective (signed).
//! - [`Pallet::approve_collective_request`], [`Pallet::reject_collective_request`]: decide it
//!   ([`Config::ExecutiveOrigin`]).
//! - [`Pallet::withdraw_collective_request`]: withdraw it (the applicant).
//!
//! Members:
//! - [`Pallet::set_code_of_ethics`]: put a new version in force ([`Config::ExecutiveOrigin`]).
//! - [`Pallet::apply_for_membership`], [`Pallet::accept_code_of_ethics`], [`Pallet::leave`]:
//!   the member itself (signed).
//! - [`Pallet::admit_member`], [`Pallet::reject_application`]: a leader of the collective, or
//!   [`Config::ExecutiveOrigin`] while it has no leaders.
//! - [`Pallet::suspend_member`], [`Pallet::reinstate_member`], [`Pallet::expel_member`]:
//!   [`Config::ExecutiveOrigin`].
//!
//! Leaders ([`Config::ExecutiveOrigin`]):
//! - [`Pallet::appoint_leader`], [`Pallet::renew_leader`], [`Pallet::remove_leader`].
//!
//! For other pallets: [`traits::CollectiveInspect`], the `Contains` and `SortedMembers` types
//! [`traits::ActiveMembers`], [`traits::CurrentLeaders`], [`traits::LeadersOf`], and the origins
//! [`traits::EnsureLeader`] and [`traits::EnsureActiveMember`]. View functions:
//! [`Pallet::collectives_needing_appointment`], [`Pallet::is_code_of_ethics_current`],
//! [`Pallet::leaders`].
//!
//! ## Assumptions
//!
//! - The Executive Council reviews documents off chain: the chain checks hashes, bounds and the
//!   rules above, not the content. Institutions are declared, not verified; two leaders'
//!   institutions are compared ignoring ASCII case and surrounding spaces.
//! - Personal data never goes on chain: an institution's name is public, a person's is not.
//! - Renewal limits count renewals since an appointment. Removing a leader and appointing it
//!   again starts a new count; that is the Executive Council's decision to make.
//! - Suspending or losing a member who is a leader ends its leadership at once; reinstatement
//!   does not restore it.
//! - A suspended member cannot leave, so that the suspension stays on record until the Executive
//!   Council reinstates or expels it. Expulsion removes the membership (and any leadership) at
//!   once; the account may apply again, which the leaders decide on like any application.
//! - `MaxExpiriesPerBlock` should be at least `MaxCollectives * MaxLeaders`, so that no
//!   appointment is ever refused for a full expiry bucket; smaller values are safe (the
//!   appointment is refused with [`Error::ExpiryScheduleFull`]) but inconvenient.

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
pub mod traits;
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{self, MutateHold},
		tokens::Precision,
	},
};
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Saturating;

/// The balance type of [`Config::Currency`].
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A bounded name: of a collective or of an institution.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// A collective as stored.
pub type CollectiveInfoOf<T> = CollectiveInfo<NameOf<T>, BlockNumberFor<T>>;

/// A pending collective request as stored.
pub type CollectiveRequestOf<T> = CollectiveRequest<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	NameOf<T>,
	BlockNumberFor<T>,
>;

/// A membership as stored.
pub type MemberInfoOf<T> = MemberInfo<NameOf<T>, BlockNumberFor<T>>;

/// A leader's term as stored.
pub type LeadershipOf<T> = Leadership<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The leaders of one collective.
pub type LeadershipsOf<T> = BoundedVec<LeadershipOf<T>, <T as Config>::MaxLeaders>;

/// The terms that end at one block.
pub type ExpiriesOf<T> = BoundedVec<
	(CollectiveId, <T as frame_system::Config>::AccountId),
	<T as Config>::MaxExpiriesPerBlock,
>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The Executive Council: decides collective requests, sets the code of ethics, suspends
		/// reinstates and expels members, appoints, renews and removes leaders, and admits members of a
		/// collective that has no leaders.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The currency in which request and application deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit held for a pending collective request. Not zero.
		#[pallet::constant]
		type CollectiveRequestDeposit: Get<BalanceOf<Self>>;

		/// The deposit held for a pending membership application, returned when it is decided or
		/// withdrawn.
		#[pallet::constant]
		type MembershipApplicationDeposit: Get<BalanceOf<Self>>;

		/// The longest name of a collective or an institution, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// The largest number of collectives.
		#[pallet::constant]
		type MaxCollectives: Get<u32>;

		/// The largest number of pending collective requests.
		#[pallet::constant]
		type MaxPendingRequests: Get<u32>;

		/// The largest roster of a collective: applicants, active and suspended members. More than
		/// [`Config::MaxLeaders`], so that a collective with all its leaders can still take
		/// members.
		#[pallet::constant]
		type MaxMembersPerCollective: Get<u32>;

		/// The smallest number of leaders a collective needs; below it, it needs an appointment.
		#[pallet::constant]
		type MinLeaders: Get<u32>;

		/// The largest number of leaders of a collective.
		#[pallet::constant]
		type MaxLeaders: Get<u32>;

		/// The length of a leader's term, in blocks.
		#[pallet::constant]
		type LeaderTerm: Get<BlockNumberFor<Self>>;

		/// How many times a term can be renewed after the appointment.
		#[pallet::constant]
		type MaxLeaderRenewals: Get<u32>;

		/// How many blocks before its end a term can be renewed. At most [`Config::LeaderTerm`],
		/// and not zero unless [`Config::MaxLeaderRenewals`] is zero.
		#[pallet::constant]
		type RenewalWindow: Get<BlockNumberFor<Self>>;

		/// The largest number of terms that end at the same block. `on_initialize` must be able
		/// to end that many within a block's weight.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// Weight information for the calls and hooks of this pallet.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The id the next collective gets.
	#[pallet::storage]
	pub type NextCollectiveId<T: Config> = StorageValue<_, CollectiveId, ValueQuery>;

	/// The collectives, by id.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Collectives<T: Config> =
		CountedStorageMap<_, Twox64Concat, CollectiveId, CollectiveInfoOf<T>, OptionQuery>;

	/// Look-up of a collective by its name; keeps names unique.
	// Hasher: Blake2_128Concat, the names are chosen by users.
	#[pallet::storage]
	pub type CollectiveNames<T: Config> =
		StorageMap<_, Blake2_128Concat, NameOf<T>, CollectiveId, OptionQuery>;

	/// The id the next collective request gets.
	#[pallet::storage]
	pub type NextRequestId<T: Config> = StorageValue<_, RequestId, ValueQuery>;

	/// The pending written requests for new collectives, with their deposits.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type CollectiveRequests<T: Config> =
		CountedStorageMap<_, Twox64Concat, RequestId, CollectiveRequestOf<T>, OptionQuery>;

	/// The hash of the code of ethics in force; `None` until one is set.
	#[pallet::storage]
	pub type CodeOfEthics<T: Config> = StorageValue<_, DocumentHash, OptionQuery>;

	/// The memberships, by account: one per account, applicants included.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, MemberInfoOf<T>, OptionQuery>;

	/// The deposits held for pending membership applications, by applicant. Absent when nothing
	/// is held (no application, or a zero deposit); removed when the application is decided or
	/// withdrawn.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ApplicationDeposits<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, OptionQuery>;

	/// The roster of each collective (applicants, active and suspended members), for iteration
	/// by collective. Mirrors [`Members`].
	// Hasher: Twox64Concat for the pallet-assigned collective id, Blake2_128Concat for the
	// user-chosen account.
	#[pallet::storage]
	pub type CollectiveMembers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CollectiveId,
		Blake2_128Concat,
		T::AccountId,
		(),
		OptionQuery,
	>;

	/// The current leaders of each collective and their terms. Absent when it has none.
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Leaders<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, LeadershipsOf<T>, ValueQuery>;

	/// The terms that end at the start of each block: the schedule `on_initialize` works through.
	// Hasher: Twox64Concat, block numbers are not chosen by users.
	#[pallet::storage]
	pub type LeaderExpiries<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, ExpiriesOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The hash of the code of ethics in force. Required when `members` is not empty.
		pub code_of_ethics: Option<DocumentHash>,
		/// The founding collectives, name and kind; they get the ids 0, 1, 2... in this order.
		pub collectives: Vec<(Vec<u8>, CollectiveKind)>,
		/// Active members for test networks: account, collective id and institution. They accept
		/// `code_of_ethics`.
		pub members: Vec<(T::AccountId, CollectiveId, Vec<u8>)>,
		/// Leaders for test networks: collective id and an active member of it. Their terms start
		/// at genesis.
		pub leaders: Vec<(CollectiveId, T::AccountId)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(hash) = self.code_of_ethics {
				CodeOfEthics::<T>::put(hash);
			}
			for (name, kind) in &self.collectives {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis collective name is longer than MaxNameLength");
				};
				if let Err(e) = Pallet::<T>::do_create_collective(name, *kind, None) {
					panic!("genesis collective refused: {e:?}");
				}
			}
			if !self.members.is_empty() {
				assert!(self.code_of_ethics.is_some(), "genesis members need a code of ethics");
			}
			for (who, collective, institution) in &self.members {
				let Ok(institution) = NameOf::<T>::try_from(institution.clone()) else {
					panic!("genesis institution is longer than MaxNameLength");
				};
				let code = self.code_of_ethics.unwrap_or_default();
				if let Err(e) = Pallet::<T>::do_insert_member(
					who,
					*collective,
					institution,
					MemberStatus::Active,
					code,
				) {
					panic!("genesis member refused: {e:?}");
				}
			}
			for (collective, who) in &self.leaders {
				if let Err(e) = Pallet::<T>::do_appoint_leader(*collective, who) {
					panic!("genesis leader refused: {e:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A written request for a new collective was submitted and its deposit held.
		CollectiveRequested {
			/// The request.
			request_id: RequestId,
			/// Who submitted it and pays the deposit.
			applicant: T::AccountId,
			/// The name asked for.
			name: NameOf<T>,
			/// The sector asked for.
			kind: CollectiveKind,
			/// The hash of the written request.
			document: DocumentHash,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A collective request was approved and its deposit returned.
		CollectiveRequestApproved {
			/// The request.
			request_id: RequestId,
			/// The collective it created.
			collective: CollectiveId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective request was rejected and its deposit returned.
		CollectiveRequestRejected {
			/// The request.
			request_id: RequestId,
			/// Who submitted it.
			applicant: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective request was withdrawn by its applicant and its deposit returned.
		CollectiveRequestWithdrawn {
			/// The request.
			request_id: RequestId,
			/// Who submitted and withdrew it.
			applicant: T::AccountId,
			/// The deposit returned.
			deposit: BalanceOf<T>,
		},
		/// A collective was created.
		CollectiveCreated {
			/// The new collective.
			collective: CollectiveId,
			/// Its name.
			name: NameOf<T>,
			/// Its sector.
			kind: CollectiveKind,
		},
		/// A new code of ethics came into force; members must accept it again.
		CodeOfEthicsSet {
			/// The hash of the new version.
			code_of_ethics: DocumentHash,
		},
		/// A member accepted the code of ethics in force.
		CodeOfEthicsAccepted {
			/// The member.
			who: T::AccountId,
			/// The hash of the version accepted.
			code_of_ethics: DocumentHash,
		},
		/// An account applied for membership of a collective and its deposit was held.
		MembershipApplied {
			/// The applicant.
			who: T::AccountId,
			/// The collective applied to.
			collective: CollectiveId,
			/// The institution it states.
			institution: NameOf<T>,
			/// The deposit held until the application is decided or withdrawn.
			deposit: BalanceOf<T>,
		},
		/// An applicant was admitted as an active member.
		MemberAdmitted {
			/// The new member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The leader who admitted it; `None` when the Executive Council did.
			by: Option<T::AccountId>,
		},
		/// An application was rejected and removed.
		ApplicationRejected {
			/// The former applicant.
			who: T::AccountId,
			/// The collective it applied to.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
			/// The leader who rejected it; `None` when the Executive Council did.
			by: Option<T::AccountId>,
		},
		/// A member was suspended for breaching the code of ethics.
		MemberSuspended {
			/// The member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A suspended member was reinstated.
		MemberReinstated {
			/// The member.
			who: T::AccountId,
			/// Its collective.
			collective: CollectiveId,
		},
		/// A member, applicant or suspended member was expelled by the Executive Council.
		MemberExpelled {
			/// The former member.
			who: T::AccountId,
			/// The collective it was expelled from.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A member or applicant left its collective.
		MemberLeft {
			/// The former member.
			who: T::AccountId,
			/// The collective it left.
			collective: CollectiveId,
		},
		/// A member was appointed leader of its collective.
		LeaderAppointed {
			/// The collective.
			collective: CollectiveId,
			/// The new leader.
			who: T::AccountId,
			/// The block at whose start the term ends unless renewed.
			expires_at: BlockNumberFor<T>,
		},
		/// A leader's term was renewed.
		LeaderRenewed {
			/// The collective.
			collective: CollectiveId,
			/// The leader.
			who: T::AccountId,
			/// The new end of the term.
			expires_at: BlockNumberFor<T>,
			/// Renewals since the appointment, this one included.
			renewals: u32,
		},
		/// A leadership ended.
		LeadershipEnded {
			/// The collective.
			collective: CollectiveId,
			/// The former leader.
			who: T::AccountId,
			/// Why it ended.
			cause: LeadershipEnd,
		},
		/// A collective fell short of [`Config::MinLeaders`] leaders and needs an appointment.
		LeadersFellShort {
			/// The collective.
			collective: CollectiveId,
			/// The leaders it has now.
			leaders: u32,
		},
		/// A collective that was short of leaders (a new one included) got back to
		/// [`Config::MinLeaders`] leaders and no longer needs an appointment.
		LeadersRestored {
			/// The collective.
			collective: CollectiveId,
			/// The leaders it has now: [`Config::MinLeaders`].
			leaders: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No collective has that id; check the id (collectives are numbered from 0).
		CollectiveNotFound,
		/// No pending request has that id; it may have been decided or withdrawn already.
		RequestNotFound,
		/// Only the applicant can withdraw its request; sign with that account.
		NotRequester,
		/// The name is empty; give the collective's name.
		EmptyName,
		/// The institution is empty; state the institution the node runs for.
		EmptyInstitution,
		/// A collective has that name already; choose another name.
		NameTaken,
		/// The network has [`Config::MaxCollectives`] collectives already; no more can be created.
		TooManyCollectives,
		/// [`Config::MaxPendingRequests`] requests are pending; wait for decisions on them.
		TooManyRequests,
		/// No identifier is left for a new request or collective; this needs a runtime upgrade.
		IdsExhausted,
		/// No code of ethics is in force yet; the Executive Council must set one first.
		CodeOfEthicsNotSet,
		/// The hash is not that of the code of ethics in force; read `CodeOfEthics` and accept
		/// that version.
		WrongCodeOfEthics,
		/// That version is in force already; give the hash of the new version.
		CodeOfEthicsUnchanged,
		/// The member accepted the version in force already; nothing to do.
		CodeOfEthicsAlreadyAccepted,
		/// The member has not accepted the code of ethics in force; it must call
		/// `accept_code_of_ethics` first.
		CodeOfEthicsOutdated,
		/// The account holds a membership or application already; leave it first.
		AlreadyMember,
		/// The account holds no membership or application; check the account.
		NotMember,
		/// The collective's roster is full ([`Config::MaxMembersPerCollective`]); a member must
		/// leave first.
		TooManyMembers,
		/// The account is not an applicant; only pending applications can be admitted or
		/// rejected.
		NotApplicant,
		/// The member is not active (it applied or is suspended); only active members can be
		/// suspended or appointed.
		NotActiveMember,
		/// The member is not suspended; only suspended members can be reinstated.
		NotSuspended,
		/// A suspended member cannot leave; the Executive Council must reinstate it first.
		MemberIsSuspended,
		/// The member belongs to another collective; leaders come from their own collective.
		MemberOfAnotherCollective,
		/// The account is not a leader of that collective; sign with one of its leaders, or
		/// check the collective and the account.
		NotLeader,
		/// The signing leader has not accepted the code of ethics in force, so it cannot decide on
		/// applications; it must call `accept_code_of_ethics` first.
		LeaderCodeOfEthicsOutdated,
		/// The collective has leaders, who decide on its applications; the Executive Council
		/// only does while it has none.
		CollectiveHasLeaders,
		/// The member leads that collective already.
		AlreadyLeader,
		/// The collective has [`Config::MaxLeaders`] leaders already; remove one first.
		TooManyLeaders,
		/// A leader of the collective states the same institution; appoint a member of another
		/// institution.
		InstitutionAlreadyLeading,
		/// The term was renewed [`Config::MaxLeaderRenewals`] times already; appoint another
		/// member when it ends.
		RenewalLimitReached,
		/// The term can only be renewed in its last [`Config::RenewalWindow`] blocks; try again
		/// then.
		RenewalTooEarly,
		/// [`Config::MaxExpiriesPerBlock`] terms end at that block already; appoint or renew in
		/// a later block.
		ExpiryScheduleFull,
	}

	/// Reasons for which this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a pending collective request.
		CollectiveRequest,
		/// The deposit of a pending membership application.
		MembershipApplication,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// End the terms scheduled for this block: bounded by [`Config::MaxExpiriesPerBlock`].
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expiring = LeaderExpiries::<T>::take(now);
			let count = expiring.len() as u32;
			for (collective, who) in expiring {
				let scheduled = Leaders::<T>::get(collective)
					.iter()
					.any(|l| l.who == who && l.expires_at == now);
				if scheduled {
					Self::end_leadership(collective, &who, LeadershipEnd::TermExpired);
				} else {
					defensive!("an expiry entry without a matching leadership");
				}
			}
			T::WeightInfo::on_initialize(count)
		}

		fn integrity_test() {
			assert!(T::MinLeaders::get() >= 1, "MinLeaders must be at least 1");
			assert!(
				T::MinLeaders::get() <= T::MaxLeaders::get(),
				"MinLeaders must not exceed MaxLeaders"
			);
			assert!(
				T::MaxMembersPerCollective::get() > T::MaxLeaders::get(),
				"MaxMembersPerCollective must exceed MaxLeaders"
			);
			assert!(!T::LeaderTerm::get().is_zero(), "LeaderTerm must not be zero");
			assert!(
				T::RenewalWindow::get() <= T::LeaderTerm::get(),
				"RenewalWindow must not exceed LeaderTerm"
			);
			assert!(
				T::MaxLeaderRenewals::get() == 0 || !T::RenewalWindow::get().is_zero(),
				"RenewalWindow must not be zero when MaxLeaderRenewals is not"
			);
			assert!(
				!T::CollectiveRequestDeposit::get().is_zero(),
				"CollectiveRequestDeposit must not be zero"
			);
			assert!(T::MaxNameLength::get() >= 1, "MaxNameLength must be at least 1");
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "MaxExpiriesPerBlock must be at least 1");
			assert!(
				T::WeightInfo::on_initialize(T::MaxExpiriesPerBlock::get())
					.all_lte(<T as frame_system::Config>::BlockWeights::get().max_block),
				"on_initialize with MaxExpiriesPerBlock expiries must fit in a block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit a written request for a new collective, holding
		/// [`Config::CollectiveRequestDeposit`] until it is decided or withdrawn.
		///
		/// ## Origin
		/// Signed: any account.
		///
		/// ## Errors
		/// - [`Error::EmptyName`] if `name` is empty.
		/// - [`Error::NameTaken`] if a collective has that name.
		/// - [`Error::TooManyCollectives`] if no more collectives can be created.
		/// - [`Error::TooManyRequests`] if [`Config::MaxPendingRequests`] requests are pending.
		/// - [`Error::IdsExhausted`] if no request id is left.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::CollectiveRequested`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request_collective())]
		pub fn request_collective(
			origin: OriginFor<T>,
			name: NameOf<T>,
			kind: CollectiveKind,
			document: DocumentHash,
		) -> DispatchResult {
			let applicant = ensure_signed(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameTaken);
			ensure!(
				Collectives::<T>::count() < T::MaxCollectives::get(),
				Error::<T>::TooManyCollectives
			);
			ensure!(
				CollectiveRequests::<T>::count() < T::MaxPendingRequests::get(),
				Error::<T>::TooManyRequests
			);
			let request_id = NextRequestId::<T>::get();
			let next = request_id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = T::CollectiveRequestDeposit::get();
			T::Currency::hold(&HoldReason::CollectiveRequest.into(), &applicant, deposit)?;
			NextRequestId::<T>::put(next);
			CollectiveRequests::<T>::insert(
				request_id,
				CollectiveRequest {
					applicant: applicant.clone(),
					name: name.clone(),
					kind,
					document,
					deposit,
					submitted_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			Self::deposit_event(Event::CollectiveRequested {
				request_id,
				applicant,
				name,
				kind,
				document,
				deposit,
			});
			Ok(())
		}

		/// Approve a pending request: create the collective and return the deposit.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::NameTaken`] if a collective took the name since the request.
		/// - [`Error::TooManyCollectives`] if no more collectives can be created.
		/// - [`Error::IdsExhausted`] if no collective id is left.
		///
		/// ## Events
		/// [`Event::CollectiveCreated`], [`Event::LeadersFellShort`] (the new collective has no
		/// leaders yet) and [`Event::CollectiveRequestApproved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_collective_request())]
		pub fn approve_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			let collective = Self::do_create_collective(
				request.name.clone(),
				request.kind,
				Some(request.document),
			)?;
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestApproved {
				request_id,
				collective,
				applicant: request.applicant,
				deposit: request.deposit,
			});
			Ok(())
		}

		/// Reject a pending request, with the hash of the written reasons, and return the
		/// deposit.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		///
		/// ## Events
		/// [`Event::CollectiveRequestRejected`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject_collective_request())]
		pub fn reject_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestRejected {
				request_id,
				applicant: request.applicant,
				reason,
				deposit: request.deposit,
			});
			Ok(())
		}

		/// Withdraw one's own pending request and get the deposit back.
		///
		/// ## Origin
		/// Signed by the applicant.
		///
		/// ## Errors
		/// - [`Error::RequestNotFound`] if no request has that id.
		/// - [`Error::NotRequester`] if the signer did not submit it.
		///
		/// ## Events
		/// [`Event::CollectiveRequestWithdrawn`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_collective_request())]
		pub fn withdraw_collective_request(
			origin: OriginFor<T>,
			request_id: RequestId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let request =
				CollectiveRequests::<T>::get(request_id).ok_or(Error::<T>::RequestNotFound)?;
			ensure!(request.applicant == who, Error::<T>::NotRequester);
			Self::release_deposit(&request)?;
			CollectiveRequests::<T>::remove(request_id);
			Self::deposit_event(Event::CollectiveRequestWithdrawn {
				request_id,
				applicant: who,
				deposit: request.deposit,
			});
			Ok(())
		}

		/// Put a new version of the code of ethics in force. Every member must accept it again;
		/// until then [`Pallet::is_code_of_ethics_current`] is `false` for it.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsUnchanged`] if `code_of_ethics` is the version in force.
		///
		/// ## Events
		/// [`Event::CodeOfEthicsSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_code_of_ethics())]
		pub fn set_code_of_ethics(
			origin: OriginFor<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			ensure!(
				CodeOfEthics::<T>::get() != Some(code_of_ethics),
				Error::<T>::CodeOfEthicsUnchanged
			);
			CodeOfEthics::<T>::put(code_of_ethics);
			Self::deposit_event(Event::CodeOfEthicsSet { code_of_ethics });
			Ok(())
		}

		/// Apply for membership of `collective`, stating `institution` and accepting the code of
		/// ethics in force (`code_of_ethics` is its hash). Holds
		/// [`Config::MembershipApplicationDeposit`] until the application is admitted, rejected or
		/// withdrawn.
		///
		/// ## Origin
		/// Signed: the account that will run the node.
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsNotSet`] if no code of ethics is in force.
		/// - [`Error::WrongCodeOfEthics`] if `code_of_ethics` is not the version in force.
		/// - [`Error::EmptyInstitution`] if `institution` is empty.
		/// - [`Error::AlreadyMember`] if the account holds a membership or application.
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::TooManyMembers`] if the collective's roster is full.
		/// - The currency's error if the deposit cannot be held.
		///
		/// ## Events
		/// [`Event::MembershipApplied`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::apply_for_membership())]
		pub fn apply_for_membership(
			origin: OriginFor<T>,
			collective: CollectiveId,
			institution: NameOf<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let current = CodeOfEthics::<T>::get().ok_or(Error::<T>::CodeOfEthicsNotSet)?;
			ensure!(code_of_ethics == current, Error::<T>::WrongCodeOfEthics);
			Self::do_insert_member(
				&who,
				collective,
				institution.clone(),
				MemberStatus::Applicant,
				current,
			)?;
			let deposit = T::MembershipApplicationDeposit::get();
			if !deposit.is_zero() {
				T::Currency::hold(&HoldReason::MembershipApplication.into(), &who, deposit)?;
				ApplicationDeposits::<T>::insert(&who, deposit);
			}
			Self::deposit_event(Event::MembershipApplied { who, collective, institution, deposit });
			Ok(())
		}

		/// Admit an applicant as an active member of the collective it applied to, and return its
		/// application deposit.
		///
		/// ## Origin
		/// Signed by a leader of that collective who accepted the code of ethics in force, or
		/// [`Config::ExecutiveOrigin`] while the collective has no leaders.
		///
		/// ## Errors
		/// - `BadOrigin` if the origin is neither signed nor [`Config::ExecutiveOrigin`]; checked
		///   before anything else.
		/// - [`Error::NotMember`] if `who` has not applied.
		/// - [`Error::NotLeader`] if the signer is not a leader of that collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signing leader accepted an older code of
		///   ethics.
		/// - [`Error::CollectiveHasLeaders`] if the Executive Council acts on a collective with
		///   leaders.
		/// - [`Error::NotApplicant`] if `who` is a member already.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		///
		/// ## Events
		/// [`Event::MemberAdmitted`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::admit_member())]
		pub fn admit_member(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let signer = Self::ensure_signed_or_executive(origin)?;
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let by = Self::ensure_leader_or_executive(signer, member.collective)?;
			ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
			ensure!(
				CodeOfEthics::<T>::get() == Some(member.code_of_ethics),
				Error::<T>::CodeOfEthicsOutdated
			);
			member.status = MemberStatus::Active;
			member.admitted_at = Some(frame_system::Pallet::<T>::block_number());
			let collective = member.collective;
			Members::<T>::insert(&who, member);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberAdmitted { who, collective, by });
			Ok(())
		}

		/// Reject an application, with the hash of the written reasons, remove it and return its
		/// deposit.
		///
		/// ## Origin
		/// Signed by a leader of that collective who accepted the code of ethics in force, or
		/// [`Config::ExecutiveOrigin`] while the collective has no leaders.
		///
		/// ## Errors
		/// - `BadOrigin` if the origin is neither signed nor [`Config::ExecutiveOrigin`]; checked
		///   before anything else.
		/// - [`Error::NotMember`] if `who` has not applied.
		/// - [`Error::NotLeader`] if the signer is not a leader of that collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signing leader accepted an older code of
		///   ethics.
		/// - [`Error::CollectiveHasLeaders`] if the Executive Council acts on a collective with
		///   leaders.
		/// - [`Error::NotApplicant`] if `who` is a member already.
		///
		/// ## Events
		/// [`Event::ApplicationRejected`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::reject_application())]
		pub fn reject_application(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			let signer = Self::ensure_signed_or_executive(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let by = Self::ensure_leader_or_executive(signer, member.collective)?;
			ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
			Self::do_remove_member(&who, member.collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::ApplicationRejected {
				who,
				collective: member.collective,
				reason,
				by,
			});
			Ok(())
		}

		/// Accept the code of ethics in force (`code_of_ethics` is its hash), after the Executive
		/// Council put a new version in force.
		///
		/// ## Origin
		/// Signed by the member or applicant.
		///
		/// ## Errors
		/// - [`Error::CodeOfEthicsNotSet`] if no code of ethics is in force.
		/// - [`Error::WrongCodeOfEthics`] if `code_of_ethics` is not the version in force.
		/// - [`Error::NotMember`] if the signer holds no membership or application.
		/// - [`Error::CodeOfEthicsAlreadyAccepted`] if it accepted that version already.
		///
		/// ## Events
		/// [`Event::CodeOfEthicsAccepted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::accept_code_of_ethics())]
		pub fn accept_code_of_ethics(
			origin: OriginFor<T>,
			code_of_ethics: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let current = CodeOfEthics::<T>::get().ok_or(Error::<T>::CodeOfEthicsNotSet)?;
			ensure!(code_of_ethics == current, Error::<T>::WrongCodeOfEthics);
			Members::<T>::try_mutate(&who, |maybe| {
				let member = maybe.as_mut().ok_or(Error::<T>::NotMember)?;
				ensure!(member.code_of_ethics != current, Error::<T>::CodeOfEthicsAlreadyAccepted);
				member.code_of_ethics = current;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::CodeOfEthicsAccepted { who, code_of_ethics });
			Ok(())
		}

		/// Suspend an active member for breaching the code of ethics. A leader loses its
		/// leadership at once.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended already.
		///
		/// ## Events
		/// [`Event::MemberSuspended`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::suspend_member())]
		pub fn suspend_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
			let collective = member.collective;
			member.status = MemberStatus::Suspended {
				reason,
				since: frame_system::Pallet::<T>::block_number(),
			};
			Members::<T>::insert(&who, member);
			Self::end_leadership(collective, &who, LeadershipEnd::MemberSuspended);
			Self::deposit_event(Event::MemberSuspended { who, collective, reason });
			Ok(())
		}

		/// Reinstate a suspended member as active. It does not get back a lost leadership.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::NotSuspended`] if `who` is not suspended.
		///
		/// ## Events
		/// [`Event::MemberReinstated`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reinstate_member())]
		pub fn reinstate_member(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(
				matches!(member.status, MemberStatus::Suspended { .. }),
				Error::<T>::NotSuspended
			);
			member.status = MemberStatus::Active;
			let collective = member.collective;
			Members::<T>::insert(&who, member);
			Self::deposit_event(Event::MemberReinstated { who, collective });
			Ok(())
		}

		/// Leave one's collective, or withdraw one's application and get its deposit back. A leader
		/// loses its leadership.
		///
		/// ## Origin
		/// Signed by the member or applicant.
		///
		/// ## Errors
		/// - [`Error::NotMember`] if the signer holds no membership or application.
		/// - [`Error::MemberIsSuspended`] if the signer is suspended.
		///
		/// ## Events
		/// [`Event::MemberLeft`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			ensure!(
				!matches!(member.status, MemberStatus::Suspended { .. }),
				Error::<T>::MemberIsSuspended
			);
			let collective = member.collective;
			Self::end_leadership(collective, &who, LeadershipEnd::MemberLeft);
			Self::do_remove_member(&who, collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberLeft { who, collective });
			Ok(())
		}

		/// Appoint an active member of `collective` as one of its leaders, for
		/// [`Config::LeaderTerm`] blocks from now.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotMember`] if `who` holds no membership.
		/// - [`Error::MemberOfAnotherCollective`] if `who` belongs to another collective.
		/// - [`Error::NotActiveMember`] if `who` is an applicant or suspended.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::AlreadyLeader`] if `who` leads the collective already.
		/// - [`Error::TooManyLeaders`] if the collective has [`Config::MaxLeaders`] leaders.
		/// - [`Error::InstitutionAlreadyLeading`] if a leader states the same institution.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the same block.
		///
		/// ## Events
		/// [`Event::LeaderAppointed`] and, when the collective gets back to
		/// [`Config::MinLeaders`] leaders, [`Event::LeadersRestored`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::appoint_leader())]
		pub fn appoint_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_appoint_leader(collective, &who)
		}

		/// Renew a leader's term: its end moves [`Config::LeaderTerm`] blocks later. Allowed in
		/// the last [`Config::RenewalWindow`] blocks of a term, at most
		/// [`Config::MaxLeaderRenewals`] times after the appointment.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if `who` does not lead `collective`.
		/// - [`Error::RenewalLimitReached`] if the term was renewed too often.
		/// - [`Error::RenewalTooEarly`] if the term does not end within the renewal window.
		/// - [`Error::CodeOfEthicsOutdated`] if `who` accepted an older code of ethics.
		/// - [`Error::ExpiryScheduleFull`] if too many terms end at the new end block. With a
		///   constant [`Config::LeaderTerm`] a renewal only meets renewals from its own bucket, so
		///   this needs a runtime upgrade that changed the term.
		///
		/// ## Events
		/// [`Event::LeaderRenewed`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::renew_leader())]
		pub fn renew_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let mut leaders = Leaders::<T>::get(collective);
			let leadership =
				leaders.iter_mut().find(|l| l.who == who).ok_or(Error::<T>::NotLeader)?;
			ensure!(
				leadership.renewals < T::MaxLeaderRenewals::get(),
				Error::<T>::RenewalLimitReached
			);
			ensure!(
				now.saturating_add(T::RenewalWindow::get()) >= leadership.expires_at,
				Error::<T>::RenewalTooEarly
			);
			ensure!(Self::is_code_of_ethics_current(who.clone()), Error::<T>::CodeOfEthicsOutdated);
			let old_end = leadership.expires_at;
			let expires_at = old_end.saturating_add(T::LeaderTerm::get());
			let renewals = leadership.renewals.saturating_add(1);
			leadership.expires_at = expires_at;
			leadership.renewals = renewals;
			Self::schedule_expiry(expires_at, collective, &who)?;
			Self::unschedule_expiry(old_end, collective, &who);
			Leaders::<T>::insert(collective, leaders);
			Self::deposit_event(Event::LeaderRenewed { collective, who, expires_at, renewals });
			Ok(())
		}

		/// Remove a leader before its term ends. It stays an active member.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotLeader`] if `who` does not lead `collective`.
		///
		/// ## Events
		/// [`Event::LeadershipEnded`] and, when the collective falls short of leaders,
		/// [`Event::LeadersFellShort`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::remove_leader())]
		pub fn remove_leader(
			origin: OriginFor<T>,
			collective: CollectiveId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::end_leadership(collective, &who, LeadershipEnd::Removed)
				.ok_or(Error::<T>::NotLeader)?;
			Ok(())
		}

		/// Expel a member from its collective, with the hash of the written reasons: its
		/// leadership ends, its membership is removed and any application deposit is returned.
		/// Applicants, active and suspended members can all be expelled.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotMember`] if `who` holds no membership or application.
		///
		/// ## Events
		/// [`Event::MemberExpelled`]; for a leader also [`Event::LeadershipEnded`] and, when the
		/// collective falls short of leaders, [`Event::LeadersFellShort`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::expel_member())]
		pub fn expel_member(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
			let collective = member.collective;
			Self::end_leadership(collective, &who, LeadershipEnd::MemberExpelled);
			Self::do_remove_member(&who, collective);
			Self::release_application_deposit(&who)?;
			Self::deposit_event(Event::MemberExpelled { who, collective, reason });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The collectives with fewer than [`Config::MinLeaders`] leaders, which need an
		/// appointment. At most [`Config::MaxCollectives`] reads.
		pub fn collectives_needing_appointment() -> Vec<CollectiveId> {
			Collectives::<T>::iter_keys().filter(|c| Self::needs_appointment(*c)).collect()
		}

		/// Whether `who` holds a membership and accepted the code of ethics in force.
		pub fn is_code_of_ethics_current(who: T::AccountId) -> bool {
			match (Members::<T>::get(&who), CodeOfEthics::<T>::get()) {
				(Some(member), Some(current)) => member.code_of_ethics == current,
				_ => false,
			}
		}

		/// The current leaders of `collective`.
		pub fn leaders(collective: CollectiveId) -> Vec<T::AccountId> {
			Leaders::<T>::get(collective).into_iter().map(|l| l.who).collect()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `collective` exists and has fewer than [`Config::MinLeaders`] leaders.
	pub fn needs_appointment(collective: CollectiveId) -> bool {
		Collectives::<T>::contains_key(collective)
			&& (Leaders::<T>::decode_len(collective).unwrap_or(0) as u32) < T::MinLeaders::get()
	}

	/// Whether `who` is a current leader of `collective`.
	pub fn is_leader(collective: CollectiveId, who: &T::AccountId) -> bool {
		Leaders::<T>::get(collective).iter().any(|l| &l.who == who)
	}

	/// The collective of `who` if it is an active member.
	pub fn active_collective_of(who: &T::AccountId) -> Option<CollectiveId> {
		Members::<T>::get(who)
			.filter(|m| m.status == MemberStatus::Active)
			.map(|m| m.collective)
	}

	/// Create a collective with no members and no leaders.
	pub(crate) fn do_create_collective(
		name: NameOf<T>,
		kind: CollectiveKind,
		document: Option<DocumentHash>,
	) -> Result<CollectiveId, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!CollectiveNames::<T>::contains_key(&name), Error::<T>::NameTaken);
		ensure!(
			Collectives::<T>::count() < T::MaxCollectives::get(),
			Error::<T>::TooManyCollectives
		);
		let collective = NextCollectiveId::<T>::get();
		let next = collective.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		NextCollectiveId::<T>::put(next);
		CollectiveNames::<T>::insert(&name, collective);
		Collectives::<T>::insert(
			collective,
			CollectiveInfo {
				name: name.clone(),
				kind,
				state: CollectiveState::Active,
				document,
				created_at: frame_system::Pallet::<T>::block_number(),
				member_count: 0,
			},
		);
		Self::deposit_event(Event::CollectiveCreated { collective, name, kind });
		Self::deposit_event(Event::LeadersFellShort { collective, leaders: 0 });
		Ok(collective)
	}

	/// Put `who` on the roster of `collective` with `status`.
	pub(crate) fn do_insert_member(
		who: &T::AccountId,
		collective: CollectiveId,
		institution: NameOf<T>,
		status: MemberStatus<BlockNumberFor<T>>,
		code_of_ethics: DocumentHash,
	) -> DispatchResult {
		ensure!(!institution.is_empty(), Error::<T>::EmptyInstitution);
		ensure!(!Members::<T>::contains_key(who), Error::<T>::AlreadyMember);
		Collectives::<T>::try_mutate(collective, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::CollectiveNotFound)?;
			ensure!(
				info.member_count < T::MaxMembersPerCollective::get(),
				Error::<T>::TooManyMembers
			);
			info.member_count = info.member_count.saturating_add(1);
			Ok::<_, Error<T>>(())
		})?;
		let now = frame_system::Pallet::<T>::block_number();
		let admitted_at = (status != MemberStatus::Applicant).then_some(now);
		Members::<T>::insert(
			who,
			MemberInfo {
				collective,
				institution,
				status,
				code_of_ethics,
				applied_at: now,
				admitted_at,
			},
		);
		CollectiveMembers::<T>::insert(collective, who, ());
		Ok(())
	}

	/// Take `who` off the roster of `collective`. Its leadership must have ended.
	fn do_remove_member(who: &T::AccountId, collective: CollectiveId) {
		Members::<T>::remove(who);
		CollectiveMembers::<T>::remove(collective, who);
		Collectives::<T>::mutate(collective, |maybe| {
			if let Some(info) = maybe {
				info.member_count = info.member_count.saturating_sub(1);
			}
		});
	}

	/// Appoint `who` leader of `collective` from now, after checking every rule.
	pub(crate) fn do_appoint_leader(
		collective: CollectiveId,
		who: &T::AccountId,
	) -> DispatchResult {
		ensure!(Collectives::<T>::contains_key(collective), Error::<T>::CollectiveNotFound);
		let member = Members::<T>::get(who).ok_or(Error::<T>::NotMember)?;
		ensure!(member.collective == collective, Error::<T>::MemberOfAnotherCollective);
		ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
		ensure!(
			CodeOfEthics::<T>::get() == Some(member.code_of_ethics),
			Error::<T>::CodeOfEthicsOutdated
		);
		let mut leaders = Leaders::<T>::get(collective);
		ensure!(!leaders.iter().any(|l| &l.who == who), Error::<T>::AlreadyLeader);
		ensure!((leaders.len() as u32) < T::MaxLeaders::get(), Error::<T>::TooManyLeaders);
		for leader in leaders.iter() {
			let same = Members::<T>::get(&leader.who)
				.is_some_and(|other| same_institution(&other.institution, &member.institution));
			ensure!(!same, Error::<T>::InstitutionAlreadyLeading);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(T::LeaderTerm::get());
		leaders
			.try_push(Leadership { who: who.clone(), appointed_at: now, expires_at, renewals: 0 })
			.map_err(|_| Error::<T>::TooManyLeaders)?;
		Self::schedule_expiry(expires_at, collective, who)?;
		let count = leaders.len() as u32;
		Leaders::<T>::insert(collective, leaders);
		Self::deposit_event(Event::LeaderAppointed { collective, who: who.clone(), expires_at });
		// One more leader: the collective was short exactly when it now has the minimum.
		if count == T::MinLeaders::get() {
			Self::deposit_event(Event::LeadersRestored { collective, leaders: count });
		}
		Ok(())
	}

	/// End the leadership of `who` in `collective`, if any, and report the collective when it
	/// falls short of leaders. Returns the ended term.
	fn end_leadership(
		collective: CollectiveId,
		who: &T::AccountId,
		cause: LeadershipEnd,
	) -> Option<LeadershipOf<T>> {
		let mut leaders = Leaders::<T>::get(collective);
		let position = leaders.iter().position(|l| &l.who == who)?;
		let leadership = leaders.remove(position);
		let remaining = leaders.len() as u32;
		if leaders.is_empty() {
			Leaders::<T>::remove(collective);
		} else {
			Leaders::<T>::insert(collective, leaders);
		}
		// The expiry hook took the whole bucket already.
		if cause != LeadershipEnd::TermExpired {
			Self::unschedule_expiry(leadership.expires_at, collective, who);
		}
		Self::deposit_event(Event::LeadershipEnded { collective, who: who.clone(), cause });
		let min = T::MinLeaders::get();
		if remaining < min && remaining.saturating_add(1) >= min {
			Self::deposit_event(Event::LeadersFellShort { collective, leaders: remaining });
		}
		Some(leadership)
	}

	/// Add the end of a term to the schedule of block `at`.
	fn schedule_expiry(
		at: BlockNumberFor<T>,
		collective: CollectiveId,
		who: &T::AccountId,
	) -> DispatchResult {
		LeaderExpiries::<T>::try_mutate(at, |bucket| {
			bucket
				.try_push((collective, who.clone()))
				.map_err(|_| Error::<T>::ExpiryScheduleFull)
		})?;
		Ok(())
	}

	/// Take the end of a term off the schedule of block `at`.
	fn unschedule_expiry(at: BlockNumberFor<T>, collective: CollectiveId, who: &T::AccountId) {
		LeaderExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|(c, w)| !(*c == collective && w == who));
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// Check that `origin` is [`Config::ExecutiveOrigin`] (`None`) or signed (the signer), without
	/// reading storage, so that a wrong origin fails as `BadOrigin` whatever the arguments.
	fn ensure_signed_or_executive(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::ExecutiveOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(ensure_signed(origin)?)),
		}
	}

	/// Check that the caller from `ensure_signed_or_executive` may decide on the
	/// applications of `collective`: a signed leader of it who accepted the code of ethics in
	/// force (returned), or [`Config::ExecutiveOrigin`] while it has no leaders (`None`).
	fn ensure_leader_or_executive(
		signer: Option<T::AccountId>,
		collective: CollectiveId,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match signer {
			None => {
				ensure!(
					Leaders::<T>::decode_len(collective).unwrap_or(0) == 0,
					Error::<T>::CollectiveHasLeaders
				);
				Ok(None)
			},
			Some(signer) => {
				ensure!(Self::is_leader(collective, &signer), Error::<T>::NotLeader);
				ensure!(
					Self::is_code_of_ethics_current(signer.clone()),
					Error::<T>::LeaderCodeOfEthicsOutdated
				);
				Ok(Some(signer))
			},
		}
	}

	/// Return the deposit of a request to its applicant.
	fn release_deposit(request: &CollectiveRequestOf<T>) -> DispatchResult {
		let released = T::Currency::release(
			&HoldReason::CollectiveRequest.into(),
			&request.applicant,
			request.deposit,
			Precision::BestEffort,
		)?;
		if released != request.deposit {
			defensive!("a request deposit was not fully held");
		}
		Ok(())
	}

	/// Return the application deposit of `who`, if one is held.
	fn release_application_deposit(who: &T::AccountId) -> DispatchResult {
		let Some(deposit) = ApplicationDeposits::<T>::take(who) else { return Ok(()) };
		let released = T::Currency::release(
			&HoldReason::MembershipApplication.into(),
			who,
			deposit,
			Precision::BestEffort,
		)?;
		if released != deposit {
			defensive!("an application deposit was not fully held");
		}
		Ok(())
	}
}

/// Whether two stated institutions are the same, ignoring ASCII case and surrounding spaces.
pub fn same_institution(a: &[u8], b: &[u8]) -> bool {
	a.trim_ascii().eq_ignore_ascii_case(b.trim_ascii())
}
