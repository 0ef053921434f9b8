//! What provers and other pallets read: usable revisions, member lists in ring order, ring
//! summaries and members' placements.

use crate::*;
use bmx_primitives::anonymity::MembershipError;

impl<T: Config> Pallet<T> {
	/// The kept revision `ring`, if it was in force at `snapshot` and is usable.
	pub(crate) fn usable_revision(
		ring: &RingRef,
		snapshot: BlockNumberFor<T>,
	) -> Result<RootRecordOf<T>, MembershipError> {
		let record = Roots::<T>::get((ring.scope, ring.index, ring.revision))
			.ok_or(MembershipError::UnknownRing)?;
		let in_force = record.valid_from <= snapshot
			&& record.valid_until.is_none_or(|until| snapshot < until);
		if !in_force {
			return Err(MembershipError::NotInForce);
		}
		if !record.usable {
			return Err(MembershipError::TooSmall);
		}
		Ok(record)
	}

	/// The member keys of a kept revision, in ring order: the first `len` keys of the key
	/// list of its generation (the ring's current list, or the retired one).
	pub fn members_of_revision(
		scope: RingScope,
		index: RingIndex,
		revision: RingRevision,
	) -> Option<Vec<MemberKey>> {
		let record = Roots::<T>::get((scope, index, revision))?;
		let info = Rings::<T>::get(scope, index)?;
		let keys = if record.generation == info.generation {
			RingKeys::<T>::get(scope, index)
		} else {
			RetiredKeys::<T>::get((scope, index, record.generation))?
		};
		Some(keys.into_iter().take(record.len as usize).collect())
	}

	/// Up to [`RINGS_PAGE`] rings of `scope` from ring `start` on.
	pub fn ring_summaries(scope: RingScope, start: RingIndex) -> Vec<RingSummary> {
		let end = RingCount::<T>::get(scope).min(start.saturating_add(RINGS_PAGE));
		(start..end)
			.filter_map(|index| {
				Rings::<T>::get(scope, index).map(|info| RingSummary {
					index,
					revision: info.revision,
					members: info.published_len,
					usable: info.usable,
					len: info.len,
				})
			})
			.collect()
	}

	/// The member key of `person`, and the ring that holds it in each of its scopes.
	pub fn member_status(person: PersonKey) -> Option<MemberStatusOf<T>> {
		let record = Members::<T>::get(person)?;
		let rings = scopes_of(&record.residency)
			.into_iter()
			.map(|scope| (scope, Placements::<T>::get(record.key, scope)))
			.collect();
		Some(MemberStatus { record, rings })
	}
}
