//! The collectives' majority, the last way out: while neither council can act (the Advisory
//! Council has fewer than [`Config::AdvisoryQuorum`] advisors and the Executive Council fewer
//! than `1 + OrdinaryQuorum` members), a candidate proposed for a vacant executive seat by a
//! majority of the collectives (of the represented collective's leaders, for a commissioner
//! seat) is designated at once, without the Advisory Council.

use crate::*;

/// The backing of a candidate for a seat: how many collectives (for the Secretary) or leaders
/// (for a commissioner) proposed it, out of how many could.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Backing {
	/// The collectives, or the leaders, that proposed the candidate.
	pub support: u32,
	/// The collectives with a leader, or the represented collective's leaders.
	pub of: u32,
}

impl Backing {
	/// More than half.
	fn is_majority(&self) -> bool {
		u64::from(self.support).saturating_mul(2) > u64::from(self.of)
	}
}

impl<T: Config> Pallet<T> {
	/// Whether neither council can act: fewer than [`Config::AdvisoryQuorum`] advisors and
	/// fewer Executive members than a valid ordinary decision needs (`1 + OrdinaryQuorum`).
	/// Then the collectives' majority designates executives.
	pub fn councils_cannot_act() -> bool {
		let advisors = Advisors::<T>::decode_len().unwrap_or(0);
		let members = CouncilMembers::<T>::decode_len(Council::Executive).unwrap_or(0);
		advisors < T::AdvisoryQuorum::get() as usize
			&& members < T::OrdinaryQuorum::get().saturating_add(1) as usize
	}

	/// The backing of `who` for `seat` in the pending proposals of current leaders. For the
	/// Secretary: the collectives (at most [`Config::MaxCollectives`]) a current leader of which
	/// proposed `who`, each counted once, out of the collectives that have a leader. For a
	/// commissioner of collective `c`: the current leaders of `c` who proposed `who`, out of
	/// `c`'s leaders.
	pub(crate) fn backing(seat: ExecutiveSeat, who: &T::AccountId) -> Backing {
		let proposers = SeatProposals::<T>::get(seat)
			.into_iter()
			.filter(|p| &p.candidate == who)
			.map(|p| p.proposer);
		match seat {
			ExecutiveSeat::Secretary => {
				let led: Vec<CollectiveId> = T::Collectives::collectives()
					.into_iter()
					.take(T::MaxCollectives::get() as usize)
					.filter(|c| !T::Collectives::leaders(*c).is_empty())
					.collect();
				let mut backing: Vec<CollectiveId> = Vec::new();
				for collective in proposers.filter_map(|p| T::Collectives::led_collective(&p)) {
					if led.contains(&collective) && !backing.contains(&collective) {
						backing.push(collective);
					}
				}
				Backing { support: backing.len() as u32, of: led.len() as u32 }
			},
			ExecutiveSeat::Commissioner(_, collective) => {
				let leaders = T::Collectives::leaders(collective);
				let support =
					proposers.filter(|p| T::Collectives::is_leader(collective, p)).count();
				Backing { support: support as u32, of: leaders.len() as u32 }
			},
		}
	}

	/// After a proposal of `who` for `seat`: if neither council can act, the seat is vacant and
	/// a majority backs `who`, designate it for [`Config::ExecutiveTerm`] blocks (the
	/// eligibility rules and the term limit apply) and emit
	/// [`Event::ExecutiveDesignatedByCollectives`]. Returns whether it designated.
	pub(crate) fn designate_by_majority(
		seat: ExecutiveSeat,
		who: &T::AccountId,
	) -> Result<bool, DispatchError> {
		if Self::executive_seat(seat).is_some() || !Self::councils_cannot_act() {
			return Ok(false);
		}
		let backing = Self::backing(seat, who);
		if !backing.is_majority() {
			return Ok(false);
		}
		Self::do_designate_executive(seat, who)?;
		Self::deposit_event(Event::ExecutiveDesignatedByCollectives {
			seat,
			who: who.clone(),
			support: backing.support,
			of: backing.of,
		});
		Ok(true)
	}
}
