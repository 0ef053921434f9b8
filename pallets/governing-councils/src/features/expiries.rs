//! The schedule of executive and advisory terms ([`SeatExpiries`]), their end at the start of
//! their last block, the warning [`Config::ExpiryNotice`] blocks ahead of mass expiries, and the
//! list of the terms that end soon.

use crate::*;
use frame_support::defensive;

impl<T: Config> Pallet<T> {
	/// Add the end of an executive or advisory term to the schedule of block `at`.
	pub(crate) fn schedule_seat_expiry(
		at: BlockNumberFor<T>,
		entry: SeatExpiry<T::AccountId>,
	) -> DispatchResult {
		SeatExpiries::<T>::try_mutate(at, |bucket| {
			bucket.try_push(entry).map_err(|_| Error::<T>::TooManyExpiries)
		})?;
		Ok(())
	}

	/// Take the end of an executive or advisory term off the schedule of block `at`.
	pub(crate) fn unschedule_seat_expiry(at: BlockNumberFor<T>, entry: &SeatExpiry<T::AccountId>) {
		SeatExpiries::<T>::mutate_exists(at, |maybe| {
			if let Some(bucket) = maybe {
				bucket.retain(|e| e != entry);
				if bucket.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// End the terms scheduled for block `now`. Returns how many entries the schedule held: at
	/// most [`Config::MaxExpiriesPerBlock`].
	pub(crate) fn end_expired_terms(now: BlockNumberFor<T>) -> u32 {
		let seats = SeatExpiries::<T>::take(now);
		let count = seats.len() as u32;
		for expiry in seats {
			let ended = match &expiry {
				SeatExpiry::Executive(seat) => Self::executive_seat(*seat)
					.filter(|held| held.expires_at == now)
					.and_then(|_| Self::end_executive_seat(*seat, SeatEnd::TermExpired)),
				SeatExpiry::Advisor(who) => Advisors::<T>::get()
					.iter()
					.find(|a| &a.who == who && a.expires_at == now)
					.cloned()
					.and_then(|_| Self::end_advisor(who, SeatEnd::TermExpired)),
			};
			if ended.is_none() {
				defensive!("a seat expiry entry without a matching term");
			}
		}
		count
	}

	/// Look at the terms that end [`Config::ExpiryNotice`] blocks after `now` (one bucket) and
	/// emit [`Event::ExpiriesAhead`] when they are [`Config::MassExpiryThreshold`] or more, when
	/// executive seats among them leave the Executive Council with fewer members than an
	/// ordinary decision needs (`1 + OrdinaryQuorum`, counting the seats whose terms go on past
	/// that block; read only when an executive seat is among them), or when advisory seats
	/// among them leave the Advisory Council with fewer than [`Config::AdvisoryQuorum`]
	/// advisors (read only when an advisory seat is among them). Returns whether it warned.
	pub(crate) fn warn_of_expiries(now: BlockNumberFor<T>) -> bool {
		let at = now.saturating_add(T::ExpiryNotice::get());
		let seats = SeatExpiries::<T>::get(at);
		if seats.is_empty() {
			return false;
		}
		let mass = seats.len() >= T::MassExpiryThreshold::get() as usize;
		let executive_ending = seats.iter().any(|entry| matches!(entry, SeatExpiry::Executive(_)));
		let starves_the_executive = !mass && executive_ending && {
			let quorum = T::OrdinaryQuorum::get().saturating_add(1) as usize;
			Self::executive_seats_beyond(at) < quorum
		};
		let advisors_ending = seats.iter().any(|entry| matches!(entry, SeatExpiry::Advisor(_)));
		let starves_the_advisory = !mass && !starves_the_executive && advisors_ending && {
			let beyond = Advisors::<T>::get().iter().filter(|held| held.expires_at > at).count();
			beyond < T::AdvisoryQuorum::get() as usize
		};
		if !(mass || starves_the_executive || starves_the_advisory) {
			return false;
		}
		Self::deposit_event(Event::ExpiriesAhead { at, seats });
		true
	}

	/// How many executive seats are held with a term that goes on past block `at`.
	fn executive_seats_beyond(at: BlockNumberFor<T>) -> usize {
		let secretary =
			ExecutiveSecretary::<T>::get().filter(|held| held.expires_at > at).map(|_| 1);
		let commissioners =
			Commissioners::<T>::iter_values().filter(|held| held.expires_at > at).count();
		commissioners.saturating_add(secretary.unwrap_or(0))
	}

	/// The executive and advisory terms that end within `within` blocks from now (the current
	/// block included), by their end block: read from the seats (at most
	/// `1 + 2 * MaxCollectives + MaxAdvisors`), not from the schedule.
	pub(crate) fn terms_ending_within(
		within: BlockNumberFor<T>,
	) -> Vec<(BlockNumberFor<T>, SeatExpiry<T::AccountId>)> {
		let until = frame_system::Pallet::<T>::block_number().saturating_add(within);
		let executive = ExecutiveSecretary::<T>::get()
			.map(|held| (ExecutiveSeat::Secretary, held))
			.into_iter()
			.chain(Commissioners::<T>::iter().map(|(commission, collective, held)| {
				(ExecutiveSeat::Commissioner(commission, collective), held)
			}))
			.map(|(seat, held)| (held.expires_at, SeatExpiry::Executive(seat)));
		let advisory = Advisors::<T>::get()
			.into_iter()
			.map(|held| (held.expires_at, SeatExpiry::Advisor(held.who)));
		let mut ending: Vec<_> = executive.chain(advisory).filter(|(at, _)| *at <= until).collect();
		ending.sort();
		ending
	}
}
