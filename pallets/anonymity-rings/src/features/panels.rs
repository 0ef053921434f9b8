//! Rings of keys that another pallet chooses ([`PanelRings`]): the evaluators' roster, which
//! grows and shrinks like a residency scope; the former evaluators' rings, which the keys that
//! leave the roster join and which only lose a key when it stops being a member key; and the
//! panels' rings, each formed once from a fixed list of keys and dissolved when its panel is
//! over.
//!
//! [`PanelRings`]: bmx_primitives::anonymity::PanelRings

use crate::*;
use alloc::collections::BTreeSet;
use bmx_primitives::anonymity::PanelId;

impl<T: Config> Pallet<T> {
	/// Queues `key`, a registered member key, to join the evaluators' roster: it waits in the
	/// roster's queue like a resident's key in its scopes' queues, and joins a ring with a
	/// batch.
	///
	/// Fails with [`Error::NotFound`] (not a registered member key), [`Error::AlreadyExists`]
	/// (in the roster's queue or rings already, or a former evaluator: a key enrols once) or
	/// [`Error::TooManyWaiting`] (the roster's queue is full).
	pub fn do_join_roster(key: MemberKey) -> DispatchResult {
		let scope = RingScope::Evaluators;
		ensure!(KeyOwners::<T>::contains_key(key), Error::<T>::NotFound);
		ensure!(!Placements::<T>::contains_key(key, scope), Error::<T>::AlreadyExists);
		ensure!(!Self::is_former_evaluator(&key), Error::<T>::AlreadyExists);
		let waiting = Queues::<T>::try_mutate(scope, |queue| {
			let queue = queue.get_or_insert_with(BoundedVec::new);
			ensure!(!queue.contains(&key), Error::<T>::AlreadyExists);
			queue.try_push(key).map_err(|_| Error::<T>::TooManyWaiting)?;
			Ok::<_, DispatchError>(queue.len())
		})?;
		Self::mark_ready(scope, waiting);
		Self::deposit_event(Event::RosterJoined { key });
		Ok(())
	}

	/// Takes `key` out of the evaluators' roster: out of its queue, or out of the ring that
	/// holds it (which starts a new generation and is rebuilt without it); and, if it is a
	/// registered member key, queues it to join the former evaluators' rings. Returns whether
	/// the key was in the roster.
	///
	/// Fails with [`Error::TooManyWaiting`], changing nothing, when the key would join the
	/// former evaluators' queue and that is full.
	pub fn do_leave_roster(key: &MemberKey) -> Result<bool, DispatchError> {
		let former = RingScope::FormerEvaluators;
		let joins_former = KeyOwners::<T>::contains_key(key) && !Self::is_former_evaluator(key);
		if joins_former && Self::is_in_roster(key) {
			ensure!(Self::queues_have_room(&[former]), Error::<T>::TooManyWaiting);
		}
		if !Self::take_out(key, RingScope::Evaluators) {
			return Ok(false);
		}
		Self::deposit_event(Event::RosterLeft { key: *key });
		if joins_former {
			Self::enqueue(*key, former)?;
			Self::deposit_event(Event::FormerEvaluatorQueued { key: *key });
		}
		Ok(true)
	}

	/// Takes `key`, a member key that is being removed (withdrawn, rotated, revoked), out of
	/// the evaluators' roster and out of the former evaluators' rings or queue: its holder can
	/// no longer prove membership of either with it, except against revisions published
	/// before, while they are kept.
	pub(crate) fn forget_evaluator(key: &MemberKey) {
		if Self::take_out(key, RingScope::Evaluators) {
			Self::deposit_event(Event::RosterLeft { key: *key });
		}
		if Self::take_out(key, RingScope::FormerEvaluators) {
			Self::deposit_event(Event::FormerEvaluatorRemoved { key: *key });
		}
	}

	/// Whether `key` is in the evaluators' roster: in one of its rings or in its queue.
	pub(crate) fn is_in_roster(key: &MemberKey) -> bool {
		Self::is_in_scope(key, RingScope::Evaluators)
	}

	/// Whether `key` is a former evaluator's: in one of the former evaluators' rings or in
	/// their queue.
	pub fn is_former_evaluator(key: &MemberKey) -> bool {
		Self::is_in_scope(key, RingScope::FormerEvaluators)
	}

	/// Whether `key` is in a ring of `scope` (by its placement) or in `scope`'s queue.
	fn is_in_scope(key: &MemberKey, scope: RingScope) -> bool {
		Placements::<T>::contains_key(key, scope)
			|| Queues::<T>::get(scope).is_some_and(|queue| queue.contains(key))
	}

	/// The fewest members of a usable panel ring, as the panels' settings say now.
	pub fn panel_min_ring_size() -> u32 {
		Self::settings_of(ScopeKind::Panel).min_ring_size
	}

	/// Forms ring 0 of [`RingScope::Panel`]`(panel)` from `keys`, in this order, and marks it
	/// for building. The keys must be distinct registered member keys, at least one and at
	/// most `MaxRingSize`; a panel is formed once.
	///
	/// No [`Placements`] are recorded: the ring is a snapshot of the keys at the formation,
	/// which later changes of the members (a rotation, a revocation) do not touch.
	///
	/// Fails with [`Error::TooFewMembers`] (no key), [`Error::AlreadyExists`] (the panel was
	/// formed), [`Error::TooManyMembers`] (more than `MaxRingSize` keys),
	/// [`Error::DuplicateKey`] or [`Error::NotFound`] (a key that is not a registered member
	/// key).
	pub fn do_form_panel(panel: PanelId, keys: Vec<MemberKey>) -> DispatchResult {
		let scope = RingScope::Panel(panel);
		ensure!(!keys.is_empty(), Error::<T>::TooFewMembers);
		ensure!(
			RingCount::<T>::get(scope) == 0 && !Rings::<T>::contains_key(scope, 0),
			Error::<T>::AlreadyExists
		);
		let keys = RingKeysOf::<T>::try_from(keys).map_err(|_| Error::<T>::TooManyMembers)?;
		let mut seen = BTreeSet::new();
		for key in keys.iter() {
			ensure!(seen.insert(*key), Error::<T>::DuplicateKey);
			ensure!(KeyOwners::<T>::contains_key(key), Error::<T>::NotFound);
		}
		let members = keys.len() as u32;
		RingKeys::<T>::insert(scope, 0, keys);
		Rings::<T>::insert(scope, 0, RingInfo { len: members, stale: true, ..Default::default() });
		RingCount::<T>::insert(scope, 1);
		PendingBuilds::<T>::insert(scope, 0, ());
		Self::deposit_event(Event::PanelFormed { panel, members });
		Ok(())
	}

	/// The last published revision of `panel`'s ring, and whether it is usable; `None` while
	/// the ring is not formed or not published yet.
	pub fn panel_ring_of(panel: PanelId) -> Option<(RingRef, bool)> {
		let scope = RingScope::Panel(panel);
		let info = Rings::<T>::get(scope, 0).filter(|info| info.revision > 0)?;
		Some((RingRef { scope, index: 0, revision: info.revision }, info.usable))
	}

	/// Removes everything kept of `panel`'s ring: its state, keys, builder, pending build,
	/// every kept revision and retired key list, and its scope's counters. Entries of
	/// [`Expiries`] that name the ring stay, and are dropped when due (a missing ring is
	/// skipped). Returns whether the panel had a ring.
	pub fn do_dissolve_panel(panel: PanelId) -> bool {
		let scope = RingScope::Panel(panel);
		let existed = Rings::<T>::take(scope, 0).is_some();
		RingKeys::<T>::remove(scope, 0);
		Builders::<T>::remove(scope, 0);
		PendingBuilds::<T>::remove(scope, 0);
		// At most `MaxRevisionsKept` revisions are kept, and as many retired key lists.
		let limit = T::MaxRevisionsKept::get();
		let roots = Roots::<T>::clear_prefix((scope, 0u32), limit, None);
		let retired = RetiredKeys::<T>::clear_prefix((scope, 0u32), limit, None);
		if roots.maybe_cursor.is_some() || retired.maybe_cursor.is_some() {
			frame_support::defensive!("a panel's ring kept more than MaxRevisionsKept revisions");
		}
		RingCount::<T>::remove(scope);
		UsableRings::<T>::remove(scope);
		// A panel has no queue; nothing is left behind should one ever be written.
		Queues::<T>::remove(scope);
		ReadyScopes::<T>::remove(scope);
		if existed {
			Self::deposit_event(Event::PanelDissolved { panel });
		}
		existed
	}
}

/// The answer a refusal of [`PanelRings`] gives: [`MembershipError`] has no variants for these
/// refusals, so each is [`MembershipError::UnknownRing`] (what `()` answers for everything);
/// the precise reason is logged.
///
/// [`PanelRings`]: bmx_primitives::anonymity::PanelRings
pub(crate) fn refused(
	what: &str,
	error: DispatchError,
) -> bmx_primitives::anonymity::MembershipError {
	log::debug!(target: LOG_TARGET, "{what} refused: {:?}", error);
	bmx_primitives::anonymity::MembershipError::UnknownRing
}
