//! Leaders: appointments by the Executive Council, renewals within the window, removals, and
//! terms that end by themselves ([`LeaderExpiries`], worked through in `on_initialize`). Every
//! term that begins (an appointment or a renewal) counts towards the account's lifetime limit
//! ([`LeaderTermsServed`], at most `1 + MaxLeaderRenewals`). A leader owes reports while it leads
//! ([`Config::Reports`], every [`Config::LeaderReportPeriod`] blocks).

use crate::*;

impl<T: Config> Pallet<T> {
	/// Appoint `who` leader of `collective` from now, after checking every rule, and begin its
	/// report obligation.
	pub(crate) fn do_appoint_leader(
		collective: CollectiveId,
		who: &T::AccountId,
	) -> DispatchResult {
		ensure!(Collectives::<T>::contains_key(collective), Error::<T>::CollectiveNotFound);
		let member = Members::<T>::get(who).ok_or(Error::<T>::NotMember)?;
		ensure!(member.collective == collective, Error::<T>::MemberOfAnotherCollective);
		ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
		ensure!(Self::accepted_current_code(&member), Error::<T>::CodeOfEthicsOutdated);
		let mut leaders = Leaders::<T>::get(collective);
		ensure!(!leaders.iter().any(|l| &l.who == who), Error::<T>::AlreadyLeader);
		let terms_served = Self::next_term(who)?;
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
		LeaderTermsServed::<T>::insert(who, terms_served);
		T::Reports::begin(ReportSubject::Leader(who.clone()), T::LeaderReportPeriod::get());
		Self::deposit_event(Event::LeaderAppointed {
			collective,
			who: who.clone(),
			expires_at,
			terms_served,
		});
		// One more leader: the collective was short exactly when it now has the minimum.
		if count == T::MinLeaders::get() {
			Self::deposit_event(Event::LeadersRestored { collective, leaders: count });
		}
		Ok(())
	}

	/// Move the end of the term of `who` in `collective` one [`Config::LeaderTerm`] later.
	pub(crate) fn do_renew_leader(collective: CollectiveId, who: T::AccountId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let mut leaders = Leaders::<T>::get(collective);
		let leadership = leaders.iter_mut().find(|l| l.who == who).ok_or(Error::<T>::NotLeader)?;
		let terms_served = Self::next_term(&who)?;
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
		LeaderTermsServed::<T>::insert(&who, terms_served);
		Self::deposit_event(Event::LeaderRenewed {
			collective,
			who,
			expires_at,
			renewals,
			terms_served,
		});
		Ok(())
	}

	/// The most leader terms an account may serve in its life: the first and
	/// [`Config::MaxLeaderRenewals`] more.
	pub fn leader_term_limit() -> u32 {
		T::MaxLeaderRenewals::get().saturating_add(1)
	}

	/// The count of leader terms `who` will have served once one more begins, or
	/// [`Error::TermLimitReached`] if it served [`Pallet::leader_term_limit`] terms already.
	fn next_term(who: &T::AccountId) -> Result<u32, DispatchError> {
		let served = LeaderTermsServed::<T>::get(who);
		ensure!(served < Self::leader_term_limit(), Error::<T>::TermLimitReached);
		// Below the limit, which is at most `u32::MAX`: the sum cannot saturate.
		Ok(served.saturating_add(1))
	}

	/// End the leadership of `who` at its own request; it stays an active member.
	pub(crate) fn do_resign_leadership(who: T::AccountId) -> DispatchResult {
		let collective = Members::<T>::get(&who).ok_or(Error::<T>::NotLeader)?.collective;
		Self::end_leadership(collective, &who, LeadershipEnd::Resigned)
			.ok_or(Error::<T>::NotLeader)?;
		Ok(())
	}

	/// End the leadership of `who` in `collective` before its term ends.
	pub(crate) fn do_remove_leader(collective: CollectiveId, who: T::AccountId) -> DispatchResult {
		Self::end_leadership(collective, &who, LeadershipEnd::Removed)
			.ok_or(Error::<T>::NotLeader)?;
		Ok(())
	}

	/// End the terms scheduled for block `now`; returns how many entries the schedule held.
	pub(crate) fn expire_leaders(now: BlockNumberFor<T>) -> u32 {
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
		count
	}

	/// End the leadership of `who` in `collective`, if any, with its report obligation, and
	/// report the collective when it falls short of leaders. Returns the ended term.
	pub(crate) fn end_leadership(
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
		T::Reports::end(&ReportSubject::Leader(who.clone()));
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
				.map_err(|_| Error::<T>::TooManyExpiries)
		})?;
		Ok(())
	}

	/// Take the end of a term off the schedule of block `at`.
	pub(crate) fn unschedule_expiry(
		at: BlockNumberFor<T>,
		collective: CollectiveId,
		who: &T::AccountId,
	) {
		LeaderExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|(c, w)| !(*c == collective && w == who));
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}
}
