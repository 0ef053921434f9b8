//! The schedule of executive and advisory terms ([`SeatExpiries`]) and their end at the start
//! of their last block.

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
}
