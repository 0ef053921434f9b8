//! # Network projects pallet
//!
//! Projects (applications of public value that users run on the network) proposed by the
//! collectives' leaders.
//!
//! ## Overview
//!
//! The 2018 "Red Blockchain México" governance model lets users run applications (projects) on
//! the network, proposed by a collective and evaluated by the Executive Council's projects
//! commission, and pays their transaction fees from the collectives' treasuries.
//!
//! - **Projects.** A leader of a collective proposes one ([`Pallet::propose_project`]): the
//!   account that runs it, the hashes of its description and of the justification of its public
//!   value, and the https address of its open-source repository ([`Pallet::check_repository`]).
//!   The projects commission ([`Config::ProjectsCommissionOrigin`]) recommends it to the
//!   Executive Council or declines it; the Executive Council ([`Config::ExecutiveOrigin`])
//!   approves or rejects a recommended one. An approved project is registered ([`Projects`])
//!   with its account ([`ProjectOf`]); the Executive Council retires it. The collective's
//!   leaders may withdraw an application while it is pending ([`ProjectApplications`]). At most
//!   [`Config::MaxPendingProjects`] applications are pending and [`Config::MaxProjects`]
//!   projects registered; an account backs one project at most, pending or registered.
//! - **Reports.** A registered project (its users, through its account) reports every
//!   [`Config::ProjectReportPeriod`] blocks (bimonthly): the obligation begins with the approval
//!   and ends with the retirement, kept by [`Config::Reports`] (the duty reports pallet), and
//!   the project's account answers for it ([`ReportAnswerers`]).
//!
//! A registered project asks its collective's leaders for capital, a fee allowance paid by the
//! collective's treasury, through `pallet-collective-capital`, which reads the projects through
//! [`ProjectInspect`].
//!
//! ## Terminology
//!
//! - **Usuario (user)**: who runs an application (a project) on the network.
//! - **Proyecto (project)**: an application proposed by a collective's leaders; **registered**
//!   once the Executive Council approved it on the projects commission's recommendation.
//! - **Comisión de proyectos (projects commission)**: the commission of the Executive Council
//!   that evaluates project applications, one commissioner per collective.
//! - **Líder (leader)**: a member appointed to lead its collective, seen through
//!   [`Config::Collectives`]; only a leader up to date with the code of ethics acts for it.
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `propose_project` | 0 | signed: a leader of the collective |
//! | `withdraw_project` | 1 | signed: a leader of the proposing collective |
//! | `recommend_project` | 2 | `ProjectsCommissionOrigin` |
//! | `decline_project` | 3 | `ProjectsCommissionOrigin` |
//! | `approve_project` | 4 | `ExecutiveOrigin` |
//! | `reject_project` | 5 | `ExecutiveOrigin` |
//! | `retire_project` | 6 | `ExecutiveOrigin` |
//!
//! For other pallets: [`ProjectInspect`] (registered projects) and [`ReportAnswerers`] (a
//! project's account answers for [`ReportSubject::Project`]). This pallet needs
//! [`CollectiveInspect`] (collectives and leaders) and [`ReportObligations`] (the projects'
//! reports).
//!
//! ## Assumptions
//!
//! - A registered project's account exists even holding no BMX: approval takes a sufficient
//!   reference on it (`frame_system::Pallet::inc_sufficients`) and retirement releases it, so
//!   that it passes `CheckNonce` and signs transactions paid by its collective's capital.
//! - A project's repository is checked for its form only (an https address of printable ASCII
//!   without spaces, with a host); that it is reachable and open source is the commission's
//!   judgement. Any leader of the proposing collective, not only the proposer, may withdraw a
//!   pending application. A project stays registered when its collective's leaders change;
//!   only the Executive Council retires it. A project's account may be any account, a member's
//!   included.
//! - Collectives are never deleted, so the projects of a collective keep pointing at one that
//!   exists.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

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
	governance::{
		CollectiveId, CollectiveInspect, ProjectId, ProjectInspect, ReportAnswerers,
		ReportObligations, ReportSubject,
	},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Zero;

/// The https address of a project's repository, as stored.
pub type RepositoryOf<T> = BoundedVec<u8, <T as Config>::MaxUrlLength>;

/// A project, pending or registered, as stored.
pub type ProjectInfoOf<T> =
	ProjectInfo<<T as frame_system::Config>::AccountId, RepositoryOf<T>, BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The collectives and their leaders: who may propose and withdraw projects.
		type Collectives: CollectiveInspect<Self::AccountId>;

		/// Keeps the report obligation of each registered project.
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// The projects commission: recommends project applications to the Executive Council or
		/// declines them.
		type ProjectsCommissionOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The Executive Council: approves or rejects recommended projects and retires registered
		/// ones.
		type ExecutiveOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The longest repository address of a project, in bytes. At least 9 (`https://x`).
		#[pallet::constant]
		type MaxUrlLength: Get<u32>;

		/// The largest number of pending project applications (proposed or recommended).
		#[pallet::constant]
		type MaxPendingProjects: Get<u32>;

		/// The largest number of registered (approved) projects.
		#[pallet::constant]
		type MaxProjects: Get<u32>;

		/// How often a registered project (its users) reports, in blocks (bimonthly). Not zero.
		#[pallet::constant]
		type ProjectReportPeriod: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets up collectives and leaders in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: bmx_primitives::governance::GovernanceSetup<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The id the next project application gets; a registered project keeps its application's
	/// id.
	#[pallet::storage]
	pub type NextProjectId<T: Config> = StorageValue<_, ProjectId, ValueQuery>;

	/// How many registered projects and pending applications each collective has. Absent for
	/// none; at most one entry per collective with a project.
	// Hasher: Twox64Concat, collective ids are assigned by the registry in order.
	#[pallet::storage]
	pub type CollectiveProjects<T: Config> =
		StorageMap<_, Twox64Concat, CollectiveId, u32, OptionQuery>;

	/// The pending project applications: proposed by a collective's leaders, or recommended by
	/// the projects commission. At most [`Config::MaxPendingProjects`].
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type ProjectApplications<T: Config> =
		CountedStorageMap<_, Twox64Concat, ProjectId, ProjectInfoOf<T>, OptionQuery>;

	/// The registered projects, approved by the Executive Council. At most
	/// [`Config::MaxProjects`].
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type Projects<T: Config> =
		CountedStorageMap<_, Twox64Concat, ProjectId, ProjectInfoOf<T>, OptionQuery>;

	/// Look-up of the registered project an account backs: one at most. Mirrors [`Projects`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type ProjectOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProjectId, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A leader proposed a project of its collective; the projects commission evaluates it.
		ProjectProposed {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that runs the project.
			account: T::AccountId,
			/// The proposing leader.
			proposer: T::AccountId,
			/// The hash of the project's description.
			description: DocumentHash,
			/// The hash of the justification of its public value.
			justification: DocumentHash,
			/// The https address of its open-source repository.
			repository: RepositoryOf<T>,
		},
		/// A leader of the proposing collective withdrew a pending project application.
		ProjectWithdrawn {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The leader who withdrew it.
			by: T::AccountId,
		},
		/// The projects commission recommended a project to the Executive Council.
		ProjectRecommended {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
		},
		/// The projects commission declined a project application.
		ProjectDeclined {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The Executive Council approved a recommended project: it is registered.
		ProjectApproved {
			/// The project.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that runs it.
			account: T::AccountId,
		},
		/// The Executive Council rejected a recommended project.
		ProjectRejected {
			/// The application.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// The Executive Council retired a registered project.
		ProjectRetired {
			/// The former project.
			project_id: ProjectId,
			/// The proposing collective.
			collective: CollectiveId,
			/// The account that ran it.
			account: T::AccountId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No collective has that id; check the id (collectives are numbered from 0).
		CollectiveNotFound,
		/// The signer is not a current leader of the collective; sign with one of its leaders.
		NotLeader,
		/// The leader has not accepted the code of ethics in force; it must accept it first.
		LeaderCodeOfEthicsOutdated,
		/// No project id is left; nothing to do but wait for a runtime upgrade.
		IdsExhausted,
		/// The repository address has a byte that is not printable ASCII, or a space; give the
		/// address as printable ASCII without spaces.
		RepositoryNotPrintable,
		/// The repository address does not start with `https://` (lowercase); give its https
		/// address.
		RepositoryNotHttps,
		/// The repository address has no host after `https://`; give a full address such as
		/// `https://example.org/project`.
		RepositoryWithoutHost,
		/// The account backs a pending or registered project already; one project per account.
		AccountBacksProject,
		/// [`Config::MaxPendingProjects`] project applications are pending; wait for decisions
		/// on them.
		TooManyPendingProjects,
		/// The network has [`Config::MaxProjects`] registered projects; one must be retired
		/// first.
		TooManyProjects,
		/// No pending project application has that id; it may have been decided or withdrawn
		/// already.
		ApplicationNotFound,
		/// No registered project has that id; check the id (applications are registered only
		/// when approved).
		ProjectNotFound,
		/// The projects commission recommended that application already; the Executive Council
		/// decides on it now.
		AlreadyRecommended,
		/// The projects commission has not recommended that application; it must recommend it
		/// first.
		NotRecommended,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxUrlLength::get() >= 9, "MaxUrlLength must be at least 9 (https://x)");
			assert!(T::MaxPendingProjects::get() >= 1, "MaxPendingProjects must be at least 1");
			assert!(T::MaxProjects::get() >= 1, "MaxProjects must be at least 1");
			assert!(
				!T::ProjectReportPeriod::get().is_zero(),
				"ProjectReportPeriod must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Propose a project of `collective`: the account that runs it, the hashes of its
		/// description and of the justification of its public value, and the https address of
		/// its open-source repository. The projects commission evaluates it.
		///
		/// ## Origin
		/// Signed by a leader of `collective` who accepted the code of ethics in force.
		///
		/// ## Errors
		/// - [`Error::CollectiveNotFound`] if `collective` does not exist.
		/// - [`Error::NotLeader`] if the signer does not lead `collective`.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		/// - [`Error::RepositoryNotPrintable`], [`Error::RepositoryNotHttps`],
		///   [`Error::RepositoryWithoutHost`] if `repository` is not an https address of
		///   printable ASCII without spaces.
		/// - [`Error::AccountBacksProject`] if `account` backs a pending or registered project.
		/// - [`Error::TooManyPendingProjects`] if [`Config::MaxPendingProjects`] applications
		///   are pending.
		/// - [`Error::IdsExhausted`] if no project id is left.
		///
		/// ## Events
		/// [`Event::ProjectProposed`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose_project(T::MaxPendingProjects::get()))]
		pub fn propose_project(
			origin: OriginFor<T>,
			collective: CollectiveId,
			account: T::AccountId,
			description: DocumentHash,
			justification: DocumentHash,
			repository: RepositoryOf<T>,
		) -> DispatchResult {
			let proposer = ensure_signed(origin)?;
			Self::do_propose_project(
				proposer,
				collective,
				account,
				description,
				justification,
				repository,
			)
		}

		/// Withdraw a pending project application (proposed or recommended) of one's collective.
		///
		/// ## Origin
		/// Signed by a leader of the proposing collective who accepted the code of ethics in
		/// force; not necessarily the proposer.
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::NotLeader`] if the signer does not lead the proposing collective.
		/// - [`Error::LeaderCodeOfEthicsOutdated`] if the signer accepted an older code of
		///   ethics.
		///
		/// ## Events
		/// [`Event::ProjectWithdrawn`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw_project())]
		pub fn withdraw_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_project(who, project_id)
		}

		/// Recommend a proposed project to the Executive Council.
		///
		/// ## Origin
		/// [`Config::ProjectsCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::AlreadyRecommended`] if it was recommended already.
		///
		/// ## Events
		/// [`Event::ProjectRecommended`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::recommend_project())]
		pub fn recommend_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			T::ProjectsCommissionOrigin::ensure_origin(origin)?;
			Self::do_recommend_project(project_id)
		}

		/// Decline a proposed project, with the hash of the written reasons; the application is
		/// removed.
		///
		/// ## Origin
		/// [`Config::ProjectsCommissionOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::AlreadyRecommended`] if it was recommended: the Executive Council decides
		///   on it now.
		///
		/// ## Events
		/// [`Event::ProjectDeclined`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::decline_project())]
		pub fn decline_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ProjectsCommissionOrigin::ensure_origin(origin)?;
			Self::do_decline_project(project_id, reason)
		}

		/// Approve a recommended project: it is registered with its account, which owes the
		/// project's reports from now ([`Config::Reports`], every [`Config::ProjectReportPeriod`]
		/// blocks).
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::NotRecommended`] if the projects commission has not recommended it.
		/// - [`Error::TooManyProjects`] if [`Config::MaxProjects`] projects are registered.
		/// - [`Error::AccountBacksProject`] if its account backs a registered project.
		///
		/// ## Events
		/// [`Event::ProjectApproved`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::approve_project().saturating_add(T::Reports::begin_weight()))]
		pub fn approve_project(origin: OriginFor<T>, project_id: ProjectId) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_approve_project(project_id)
		}

		/// Reject a recommended project, with the hash of the written reasons; the application
		/// is removed.
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ApplicationNotFound`] if no application with that id is pending.
		/// - [`Error::NotRecommended`] if the projects commission has not recommended it.
		///
		/// ## Events
		/// [`Event::ProjectRejected`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_project())]
		pub fn reject_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_reject_project(project_id, reason)
		}

		/// Retire a registered project, with the hash of the written reasons: its account no
		/// longer owes reports (its obligation ends with its last report).
		///
		/// ## Origin
		/// [`Config::ExecutiveOrigin`].
		///
		/// ## Errors
		/// - [`Error::ProjectNotFound`] if no registered project has that id.
		///
		/// ## Events
		/// [`Event::ProjectRetired`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::retire_project().saturating_add(T::Reports::end_weight()))]
		pub fn retire_project(
			origin: OriginFor<T>,
			project_id: ProjectId,
			reason: DocumentHash,
		) -> DispatchResult {
			T::ExecutiveOrigin::ensure_origin(origin)?;
			Self::do_retire_project(project_id, reason)
		}
	}
}

impl<T: Config> ProjectInspect<T::AccountId> for Pallet<T> {
	fn project_of(who: &T::AccountId) -> Option<ProjectId> {
		ProjectOf::<T>::get(who)
	}

	fn project_collective(project: ProjectId) -> Option<CollectiveId> {
		Projects::<T>::get(project).map(|p| p.collective)
	}

	fn project_account(project: ProjectId) -> Option<T::AccountId> {
		Projects::<T>::get(project).map(|p| p.account)
	}

	fn collective_project_count(collective: CollectiveId) -> u32 {
		CollectiveProjects::<T>::get(collective).unwrap_or_default()
	}
}

/// A registered project's account answers for the project's reports; this pallet answers for
/// no other subject.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubject<T::AccountId>, who: &T::AccountId) -> bool {
		match subject {
			ReportSubject::Project(project) => {
				Projects::<T>::get(project).is_some_and(|p| &p.account == who)
			},
			_ => false,
		}
	}
}
