//! The Advisory Council: written requests for a seat and their deposits (returned, or partly
//! slashed on rejection), their expiry, the advisors' admission, renewal at their request and
//! removal by the Executive Council, their admission by the reseating origin, and their term
//! limit.

use crate::*;
use frame_support::{
	defensive,
	traits::{
		fungible::{BalancedHold, MutateHold},
		tokens::Precision,
		Imbalance,
	},
};

impl<T: Config> Pallet<T> {
	/// Whether `who` is an advisor.
	pub(crate) fn advises(who: &T::AccountId) -> bool {
		Advisors::<T>::get().iter().any(|a| &a.who == who)
	}

	/// Record the written request of `who` for an advisory seat and hold its deposit.
	pub(crate) fn do_request_advisory_seat(
		who: T::AccountId,
		document: DocumentHash,
	) -> DispatchResult {
		ensure!(!Self::holds_seat(&who), Error::<T>::AlreadySeated);
		Self::ensure_advisory_terms_left(&who)?;
		ensure!(!AdvisoryRequests::<T>::contains_key(&who), Error::<T>::AlreadyRequested);
		ensure!(
			AdvisoryRequests::<T>::count() < T::MaxAdvisoryRequests::get(),
			Error::<T>::TooManyRequests
		);
		let deposit = T::AdvisoryRequestDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::AdvisoryRequest.into(), &who, deposit)?;
		}
		AdvisoryRequests::<T>::insert(
			&who,
			AdvisoryRequest {
				document,
				deposit,
				submitted_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::AdvisorySeatRequested { who, document, deposit });
		Ok(())
	}

	/// Withdraw the pending request of `who` and return its deposit.
	pub(crate) fn do_withdraw_advisory_request(who: T::AccountId) -> DispatchResult {
		let request =
			AdvisoryRequests::<T>::take(&who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
		Self::release_advisory_deposit(&who, request.deposit)?;
		Self::deposit_event(Event::AdvisoryRequestWithdrawn { who, deposit: request.deposit });
		Ok(())
	}

	/// Whether `request` is older than [`Config::AdvisoryRequestLifetime`] at block `now`.
	pub(crate) fn advisory_request_expired(
		request: &AdvisoryRequestOf<T>,
		now: BlockNumberFor<T>,
	) -> bool {
		now >= request.submitted_at.saturating_add(T::AdvisoryRequestLifetime::get())
	}

	/// Take the pending request of `who` for a decision: refused once it expired.
	fn take_undecided_request(who: &T::AccountId) -> Result<AdvisoryRequestOf<T>, DispatchError> {
		let request =
			AdvisoryRequests::<T>::take(who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(!Self::advisory_request_expired(&request, now), Error::<T>::RequestExpired);
		Ok(request)
	}

	/// Remove the expired request of `who` and return its deposit in full.
	pub(crate) fn do_remove_expired_advisory_request(who: T::AccountId) -> DispatchResult {
		let request =
			AdvisoryRequests::<T>::get(&who).ok_or(Error::<T>::AdvisoryRequestNotFound)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(Self::advisory_request_expired(&request, now), Error::<T>::RequestNotExpired);
		AdvisoryRequests::<T>::remove(&who);
		Self::release_advisory_deposit(&who, request.deposit)?;
		Self::deposit_event(Event::AdvisoryRequestExpired { who, deposit: request.deposit });
		Ok(())
	}

	/// Seat the applicant `who` on the Advisory Council, return its deposit and push the
	/// council.
	pub(crate) fn do_admit_advisor(who: T::AccountId) -> DispatchResult {
		let request = Self::take_undecided_request(&who)?;
		let expires_at = Self::do_seat_advisor(&who)?;
		Self::release_advisory_deposit(&who, request.deposit)?;
		Self::deposit_event(Event::AdvisorAdmitted { who, expires_at, deposit: request.deposit });
		Self::sync_council(Council::Advisory);
		Ok(())
	}

	/// Seat `who` on the Advisory Council without a request (the reseating origin); a pending
	/// request of `who` is settled and its deposit returned.
	pub(crate) fn do_reseat_advisor(who: T::AccountId) -> DispatchResult {
		let expires_at = Self::do_seat_advisor(&who)?;
		let deposit = match AdvisoryRequests::<T>::take(&who) {
			Some(request) => {
				Self::release_advisory_deposit(&who, request.deposit)?;
				request.deposit
			},
			None => Zero::zero(),
		};
		Self::deposit_event(Event::AdvisorAdmitted { who, expires_at, deposit });
		Self::sync_council(Council::Advisory);
		Ok(())
	}

	/// Check that `who` served fewer than `1 + MaxAdvisorRenewals` advisory terms (admissions
	/// and renewals, for life).
	pub(crate) fn ensure_advisory_terms_left(who: &T::AccountId) -> DispatchResult {
		ensure!(
			TermsServed::<T>::get(who, TermRole::Advisor) < Self::max_advisory_terms(),
			Error::<T>::TermLimitReached
		);
		Ok(())
	}

	/// The most advisory terms an account may serve: the admission and
	/// [`Config::MaxAdvisorRenewals`] more.
	pub fn max_advisory_terms() -> u32 {
		T::MaxAdvisorRenewals::get().saturating_add(1)
	}

	/// Reject the pending request of `who`: slash [`Config::RejectionPenalty`] of its deposit
	/// to [`Config::Slashed`] and return the rest.
	pub(crate) fn do_reject_advisory_request(
		who: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		let request = Self::take_undecided_request(&who)?;
		let penalty = T::RejectionPenalty::get().mul_floor(request.deposit);
		let slashed = Self::slash_advisory_deposit(&who, penalty);
		let returned = request.deposit.saturating_sub(slashed);
		Self::release_advisory_deposit(&who, returned)?;
		Self::deposit_event(Event::AdvisoryRequestRejected { who, reason, returned, slashed });
		Ok(())
	}

	/// Record the request of advisor `who` for the renewal of its term.
	pub(crate) fn do_request_advisory_renewal(
		who: T::AccountId,
		statement: DocumentHash,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let term_ends = Advisors::<T>::get()
			.iter()
			.find(|a| a.who == who)
			.map(|a| a.expires_at)
			.ok_or(Error::<T>::NotAdvisor)?;
		match RenewalRequests::<T>::get(&who).map(|r| r.status) {
			Some(RenewalStatus::Pending) => return Err(Error::<T>::AlreadyRequested.into()),
			Some(RenewalStatus::Refused(_)) => return Err(Error::<T>::RenewalRefused.into()),
			None => {},
		}
		Self::ensure_advisory_terms_left(&who)?;
		ensure!(
			now.saturating_add(T::RenewalWindow::get()) >= term_ends,
			Error::<T>::RenewalTooEarly
		);
		RenewalRequests::<T>::insert(
			&who,
			RenewalRequest {
				statement,
				requested_at: now,
				term_ends,
				status: RenewalStatus::Pending,
			},
		);
		Self::deposit_event(Event::AdvisoryRenewalRequested { who, statement, term_ends });
		Ok(())
	}

	/// Whether `who` has a pending request for the renewal of its term.
	fn renewal_pending(who: &T::AccountId) -> bool {
		RenewalRequests::<T>::get(who).map(|r| r.status) == Some(RenewalStatus::Pending)
	}

	/// Withdraw the pending request of advisor `who` for the renewal of its term.
	pub(crate) fn do_withdraw_advisory_renewal(who: T::AccountId) -> DispatchResult {
		ensure!(Self::renewal_pending(&who), Error::<T>::RenewalNotRequested);
		RenewalRequests::<T>::remove(&who);
		Self::deposit_event(Event::AdvisoryRenewalWithdrawn { who });
		Ok(())
	}

	/// Refuse the pending request of advisor `who` for the renewal of its term; the refusal
	/// stays on record until the term ends.
	pub(crate) fn do_refuse_advisory_renewal(
		who: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		RenewalRequests::<T>::try_mutate(&who, |maybe| match maybe {
			Some(request) if request.status == RenewalStatus::Pending => {
				request.status = RenewalStatus::Refused(reason);
				Ok(())
			},
			_ => Err(Error::<T>::RenewalNotRequested),
		})?;
		Self::deposit_event(Event::AdvisoryRenewalRefused { who, reason });
		Ok(())
	}

	/// Move the end of the term of advisor `who` [`Config::AdvisoryTerm`] blocks later, at its
	/// pending request, which ends.
	pub(crate) fn do_renew_advisor(who: T::AccountId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let mut advisors = Advisors::<T>::get();
		let advisor = advisors.iter_mut().find(|a| a.who == who).ok_or(Error::<T>::NotAdvisor)?;
		ensure!(Self::renewal_pending(&who), Error::<T>::RenewalNotRequested);
		Self::ensure_advisory_terms_left(&who)?;
		ensure!(
			now.saturating_add(T::RenewalWindow::get()) >= advisor.expires_at,
			Error::<T>::RenewalTooEarly
		);
		let old_end = advisor.expires_at;
		let expires_at = old_end.saturating_add(T::AdvisoryTerm::get());
		let renewals = advisor.renewals.saturating_add(1);
		advisor.expires_at = expires_at;
		advisor.renewals = renewals;
		let entry = SeatExpiry::Advisor(who.clone());
		Self::unschedule_seat_expiry(old_end, &entry);
		Self::schedule_seat_expiry(expires_at, entry)?;
		Advisors::<T>::put(advisors);
		RenewalRequests::<T>::remove(&who);
		TermsServed::<T>::mutate(&who, TermRole::Advisor, |terms| terms.saturating_inc());
		Self::deposit_event(Event::AdvisorRenewed { who, expires_at, renewals });
		Ok(())
	}

	/// Take advisor `who` off the Advisory Council before its term ends.
	pub(crate) fn do_remove_advisor(who: T::AccountId) -> DispatchResult {
		Self::end_advisor(&who, SeatEnd::Removed).ok_or(Error::<T>::NotAdvisor)?;
		Ok(())
	}

	/// Seat `who` on the Advisory Council for [`Config::AdvisoryTerm`] blocks from now; see
	/// [`Pallet::do_seat_advisor_for`].
	pub(crate) fn do_seat_advisor(who: &T::AccountId) -> Result<BlockNumberFor<T>, DispatchError> {
		Self::do_seat_advisor_for(who, T::AdvisoryTerm::get())
	}

	/// Seat `who` on the Advisory Council for `term` blocks from now (a full term, or a genesis
	/// advisor's own first term), count the term served and begin the council's report
	/// obligation (kept if running). Returns the end of the term. The caller pushes the
	/// council.
	pub(crate) fn do_seat_advisor_for(
		who: &T::AccountId,
		term: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		ensure!(!Self::holds_seat(who), Error::<T>::AlreadySeated);
		Self::ensure_advisory_terms_left(who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(term);
		Advisors::<T>::try_mutate(|advisors| {
			advisors
				.try_push(Seat { who: who.clone(), designated_at: now, expires_at, renewals: 0 })
				.map_err(|_| Error::<T>::TooManyAdvisors)
		})?;
		Self::schedule_seat_expiry(expires_at, SeatExpiry::Advisor(who.clone()))?;
		TermsServed::<T>::mutate(who, TermRole::Advisor, |terms| terms.saturating_inc());
		Self::begin_advisory_obligation();
		Ok(expires_at)
	}

	/// Take `who` off the Advisory Council, if it is on it, with its request for a renewal
	/// (pending or refused), end the council's report obligation with its last advisor and push
	/// the council. Returns the ended term. Every way a seat ends comes here.
	pub(crate) fn end_advisor(who: &T::AccountId, cause: SeatEnd) -> Option<SeatOf<T>> {
		let mut advisors = Advisors::<T>::get();
		let position = advisors.iter().position(|a| &a.who == who)?;
		let advisor = advisors.remove(position);
		RenewalRequests::<T>::remove(who);
		if advisors.is_empty() {
			Self::end_advisory_obligation();
		}
		Advisors::<T>::put(advisors);
		// The expiry hook took the whole bucket already.
		if cause != SeatEnd::TermExpired {
			Self::unschedule_seat_expiry(advisor.expires_at, &SeatExpiry::Advisor(who.clone()));
		}
		Self::deposit_event(Event::AdvisorySeatEnded { who: who.clone(), cause });
		Self::sync_council(Council::Advisory);
		Some(advisor)
	}

	/// Slash `amount` of the advisory request deposit held from `who` and hand it to
	/// [`Config::Slashed`]. Returns what was slashed.
	fn slash_advisory_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return Zero::zero();
		}
		let (credit, missing) = <T::Currency as BalancedHold<T::AccountId>>::slash(
			&HoldReason::AdvisoryRequest.into(),
			who,
			amount,
		);
		if !missing.is_zero() {
			defensive!("an advisory request deposit was not fully held");
		}
		let slashed = credit.peek();
		T::Slashed::on_unbalanced(credit);
		slashed
	}

	/// Return an advisory request's deposit to `who`.
	fn release_advisory_deposit(who: &T::AccountId, deposit: BalanceOf<T>) -> DispatchResult {
		if deposit.is_zero() {
			return Ok(());
		}
		let released = T::Currency::release(
			&HoldReason::AdvisoryRequest.into(),
			who,
			deposit,
			Precision::BestEffort,
		)?;
		if released != deposit {
			defensive!("an advisory request deposit was not fully held");
		}
		Ok(())
	}
}
