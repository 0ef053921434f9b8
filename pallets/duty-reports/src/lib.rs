//! # Duty reports pallet
//!
//! Periodic report obligations as a service: a pallet whose duty comes with reports begins the
//! obligation when the duty begins and ends it when the duty ends; whoever answers for the duty
//! submits the hash of each report; anyone sees who is overdue.
//!
//! ## Overview
//!
//! Each duty of the 2018 governance model comes with periodic reports (checks and balances),
//! documents kept off chain of which the chain stores the hash: a member that runs a node
//! reports on its performance, a registered project (its users), a leader, each commission, the
//! Executive Secretary and the Advisory Council report, each at its own period. The pallets that
//! own those duties (node integration, projects, the collective registry, the councils) and any
//! later domain pallet keep their obligations here, through [`ReportObligations`]:
//!
//! - **Begin.** [`ReportObligations::begin`] with the subject and its period (periods belong to
//!   the duties, so the caller gives it): the first report is due one period from now
//!   ([`Obligations`]). An obligation already running keeps its due block and period (a
//!   replaced Secretary's successor inherits it; a commission's second commissioner joins its
//!   commission's obligation).
//! - **Report.** Whoever [`Config::Answerers`] says answers for the subject submits the report
//!   ([`Pallet::submit_report`]). The report due at block `due` covers the period up to `due`
//!   and is accepted after block `due - period`: on time (at `due` at the latest) the next is
//!   due at `due + period`; late, at `now + period`. [`LastReports`] keeps each obligation's
//!   last report.
//! - **Overdue.** [`Pallet::overdue_reports`] lists the obligations due before the current
//!   block, a page at a time; [`Pallet::report_due`] tells when a subject's next report is due.
//! - **End.** [`ReportObligations::end`] removes the obligation with its last report.
//!
//! ## Terminology
//!
//! - **Informe (report)**: a periodic account of a duty, kept off chain; the chain stores its
//!   hash.
//! - **Subject** ([`ReportSubject`]): who owes a report: a member that runs a node, a project, a
//!   leader, a commission, the Executive Secretary, the Advisory Council.
//! - **Obligation**: a subject's duty to report every `period` blocks, from its
//!   [`ReportObligations::begin`] to its [`ReportObligations::end`].
//! - **Answerer**: an account that may submit a subject's reports ([`ReportAnswerers`]): the
//!   member, the project's account, the leader, any commissioner of the commission, the
//!   Secretary, any advisor.
//! - **Overdue**: an obligation whose due block has passed without a report.
//!
//! ## Pallet API
//!
//! | Call | index | Origin |
//! |---|---|---|
//! | `submit_report` | 0 | signed: who answers for the subject ([`Config::Answerers`]) |
//!
//! For other pallets: [`ReportObligations`] (`begin`, `end`, `due`, and their weights from
//! [`WeightInfo::begin_obligation`] and [`WeightInfo::end_obligation`]). View functions:
//! [`Pallet::report_due`], [`Pallet::overdue_reports`].
//!
//! ## Assumptions
//!
//! - Reports are checked for who submits them and when, not for their content, which the
//!   bodies concerned review off chain. Being overdue has no automatic consequence: the
//!   Executive Council (or the node commission) decides, with [`Pallet::overdue_reports`] at
//!   hand.
//! - A commission's or the Advisory Council's report is one per body: the first of its members
//!   to submit it fulfils the period.
//! - Periods are counted in blocks and are never zero (each duty's pallet checks its period in
//!   its `integrity_test`); a "month" is as long as the runtime says.
//! - The obligations are as many as the duties that begin them, each bounded by its own
//!   pallet (validators, registered projects, leaders' seats, four bodies);
//!   [`Pallet::overdue_reports`] reads them a page at a time.

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

use alloc::vec::Vec;
pub use bmx_primitives::{
	governance::{ReportAnswerers, ReportObligations, ReportSubject},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;

/// Who owes a periodic report, as stored.
pub type ReportSubjectOf<T> = ReportSubject<<T as frame_system::Config>::AccountId>;

/// A report obligation as stored.
pub type ObligationOf<T> = Obligation<BlockNumberFor<T>>;

/// The most entries [`Pallet::overdue_reports`] returns at once.
pub const MAX_OVERDUE_REPORTS: u32 = 256;

/// Sets up, for the benchmarks, an account that answers for a subject.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A subject and an account that [`Config::Answerers`] says answers for it: in the runtime,
	/// the subject whose check costs most (a registered project's, whose account is read from
	/// storage).
	fn answerer() -> (ReportSubject<AccountId>, AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may submit each subject's reports: in the runtime, a tuple of the pallets that own
		/// the duties.
		type Answerers: ReportAnswerers<Self::AccountId>;

		/// Weight information for the calls of this pallet and for
		/// [`ReportObligations::begin`] and [`ReportObligations::end`].
		type WeightInfo: WeightInfo;

		/// Makes an account answer for a subject in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The current obligations: the block by which each subject's next report is due, and its
	/// period. Present exactly while the duty lasts, from [`ReportObligations::begin`] to
	/// [`ReportObligations::end`].
	// Hasher: Blake2_128Concat, the subjects name accounts chosen by users.
	#[pallet::storage]
	pub type Obligations<T: Config> =
		StorageMap<_, Blake2_128Concat, ReportSubjectOf<T>, ObligationOf<T>, OptionQuery>;

	/// The last report of each current obligation: the hash of the document and the block at
	/// which it was submitted. Removed with the obligation.
	// Hasher: Blake2_128Concat, the subjects name accounts chosen by users.
	#[pallet::storage]
	pub type LastReports<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		ReportSubjectOf<T>,
		(DocumentHash, BlockNumberFor<T>),
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A periodic report was submitted.
		ReportSubmitted {
			/// Who the report is for.
			subject: ReportSubjectOf<T>,
			/// The hash of the report.
			document: DocumentHash,
			/// Whether it came after its due block.
			late: bool,
			/// The block by which the next report is due.
			next_due: BlockNumberFor<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No report obligation is current for that subject; check the subject (see
		/// [`Pallet::report_due`]).
		NotFound,
		/// The signer does not answer for that subject's reports; sign with the member, the
		/// project's account, the leader, a commissioner of the commission, the Secretary or an
		/// advisor.
		NotReporter,
		/// This period's report was submitted already (or the obligation began in this block);
		/// submit the next after the block `report_due - period`.
		NotDue,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submit the periodic report of `subject`: the hash of the document, kept off chain.
		/// A report is for the period that ends at its due block `due`; it can be submitted
		/// after block `due - period`. On time (at `due` at the latest), the next is due one
		/// period after `due`; late, one period after now.
		///
		/// ## Origin
		/// Signed by who answers for `subject` ([`Config::Answerers`]): the member itself, the
		/// project's account, the leader itself, any commissioner of the commission, the
		/// Secretary, any advisor.
		///
		/// ## Errors
		/// - [`Error::NotFound`] if `subject` has no current report obligation.
		/// - [`Error::NotReporter`] if the signer does not answer for `subject`.
		/// - [`Error::NotDue`] if this period's report was submitted already.
		///
		/// ## Events
		/// [`Event::ReportSubmitted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_report())]
		pub fn submit_report(
			origin: OriginFor<T>,
			subject: ReportSubjectOf<T>,
			document: DocumentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_report(&who, subject, document)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The block by which the next report of `subject` is due; `None` if it owes none.
		pub fn report_due(subject: ReportSubjectOf<T>) -> Option<BlockNumberFor<T>> {
			Obligations::<T>::get(subject).map(|o| o.due)
		}

		/// The overdue reports (due before the current block) with their due blocks, at most
		/// `limit` (capped at [`MAX_OVERDUE_REPORTS`]), in storage order starting after
		/// `start_after`: to page, pass the last subject of the previous page. Reads every
		/// obligation after `start_after` at most.
		pub fn overdue_reports(
			start_after: Option<ReportSubjectOf<T>>,
			limit: u32,
		) -> Vec<(ReportSubjectOf<T>, BlockNumberFor<T>)> {
			Self::overdue(start_after, limit)
		}
	}
}

impl<T: Config> ReportObligations<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn begin(subject: ReportSubjectOf<T>, period: BlockNumberFor<T>) {
		Self::do_begin(subject, period)
	}

	fn end(subject: &ReportSubjectOf<T>) {
		Self::do_end(subject)
	}

	fn due(subject: &ReportSubjectOf<T>) -> Option<BlockNumberFor<T>> {
		Obligations::<T>::get(subject).map(|o| o.due)
	}

	fn begin_weight() -> Weight {
		T::WeightInfo::begin_obligation()
	}

	fn end_weight() -> Weight {
		T::WeightInfo::end_obligation()
	}
}
