//! Invariants of the anonymity rings, checked by `try-runtime` and after every unit test.

use crate::*;
use alloc::collections::{BTreeMap, BTreeSet};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - key ownership is a bijection: [`KeyOwners`] maps each member's key to its person, and
	///   nothing else;
	/// - each member's key is, in each scope of its recorded residency, either in exactly one
	///   ring (with its [`Placements`] entry naming it) or in that scope's queue, and nowhere
	///   else; in the evaluators' roster it is in at most one ring (with its placement) or in
	///   the roster's queue, and likewise in the former evaluators', but never in both the
	///   roster and the former evaluators; every queued key and every key of a residency,
	///   roster or former evaluators' ring belongs to a member;
	/// - panels' rings are exempt from placements: a panel's ring is a snapshot of the keys it
	///   was formed with, which later changes of the members (a rotation, a revocation) do not
	///   touch, so its keys need not be members any more. A panel has ring 0 only, distinct
	///   keys, no queue and no [`Placements`];
	/// - queues hold distinct keys, are not empty, and are at most `MaxQueueLength` long;
	///   [`ReadyScopes`] names only scopes with a queue;
	/// - rings: numbered below their scope's [`RingCount`]; their keys distinct, at most
	///   `MaxRingSize`, as many as [`RingInfo::len`]; `included <= len`; a stale ring and only
	///   a stale ring is in [`PendingBuilds`]; [`UsableRings`] counts the usable ones;
	/// - revisions: every revision from `oldest_kept` to `revision` is kept and no other; only
	///   the last is open-ended, each earlier one ends where the next begins; at most
	///   `MaxRevisionsKept`; the last agrees with [`RingInfo`]; the member list of each kept
	///   revision is available (the current list, or a retired one long enough), and no retired
	///   list is kept that no kept revision needs;
	/// - [`Expiries`] holds exactly the positions within [`ExpiryBounds`].
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		// Ownership.
		let mut members = 0usize;
		for (person, record) in Members::<T>::iter() {
			members = members.saturating_add(1);
			ensure!(
				KeyOwners::<T>::get(record.key) == Some(person),
				"a member's key not owned by it"
			);
		}
		ensure!(KeyOwners::<T>::iter().count() == members, "a key owner without a member");

		// Where each key is, as the rings and queues say.
		let mut in_rings: BTreeMap<(MemberKey, Vec<u8>), RingIndex> = BTreeMap::new();
		let mut in_queues: BTreeSet<(MemberKey, Vec<u8>)> = BTreeSet::new();
		for (scope, queue) in Queues::<T>::iter() {
			ensure!(!queue.is_empty(), "an empty queue stored");
			ensure!(!matches!(scope, RingScope::Panel(_)), "a panel with a queue");
			for key in queue.iter() {
				ensure!(in_queues.insert((*key, scope.encode())), "a key twice in a queue");
			}
		}
		for scope in ReadyScopes::<T>::iter_keys() {
			ensure!(Queues::<T>::contains_key(scope), "a ready scope without a queue");
		}

		let mut ring_counts: BTreeMap<Vec<u8>, (u32, u32)> = BTreeMap::new();
		let max_kept = T::MaxRevisionsKept::get();
		for (scope, index, info) in Rings::<T>::iter() {
			ensure!(index < RingCount::<T>::get(scope), "a ring beyond its scope's count");
			let counts = ring_counts.entry(scope.encode()).or_insert((0, 0));
			counts.0 = counts.0.saturating_add(1);
			if info.usable {
				counts.1 = counts.1.saturating_add(1);
			}
			let keys = RingKeys::<T>::get(scope, index);
			ensure!(keys.len() == info.len as usize, "a ring's length differs from its keys");
			ensure!(info.included <= info.len, "a ring absorbed more keys than it has");
			if let RingScope::Panel(_) = scope {
				ensure!(index == 0, "a panel with a second ring");
				let distinct: BTreeSet<&MemberKey> = keys.iter().collect();
				ensure!(distinct.len() == keys.len(), "a key twice in a panel's ring");
			} else {
				Self::check_placed_keys(scope, index, &keys, &mut in_rings)?;
			}
			ensure!(
				info.stale == PendingBuilds::<T>::contains_key(scope, index),
				"a stale ring not pending, or a pending ring not stale"
			);
			Self::check_revisions(scope, index, &info, max_kept)?;
		}
		for (scope, index, _) in PendingBuilds::<T>::iter() {
			ensure!(Rings::<T>::contains_key(scope, index), "a pending build of no ring");
		}
		for (scope, count) in RingCount::<T>::iter() {
			let counted = ring_counts.get(&scope.encode()).map_or(0, |c| c.0);
			ensure!(counted == count, "a scope's ring count differs from its rings");
		}
		for (scope, usable) in UsableRings::<T>::iter() {
			let counted = ring_counts.get(&scope.encode()).map_or(0, |c| c.1);
			ensure!(counted == usable, "a scope's usable count differs from its rings");
		}
		for (scope, (_, usable)) in ring_counts.iter() {
			let scope = RingScope::decode(&mut &scope[..]).map_err(|_| "a scope")?;
			ensure!(UsableRings::<T>::get(scope) == *usable, "usable rings not counted");
		}
		for (key, scope, index) in Placements::<T>::iter() {
			ensure!(
				in_rings.get(&(key, scope.encode())) == Some(&index),
				"a placement in a ring that does not hold the key"
			);
		}

		// Each member in each of its scopes exactly once, and in the roster at most once.
		let mut placed = 0usize;
		for (_, record) in Members::<T>::iter() {
			for scope in scopes_of(&record.residency) {
				let entry = (record.key, scope.encode());
				let in_ring = in_rings.contains_key(&entry);
				let queued = in_queues.contains(&entry);
				ensure!(in_ring != queued, "a member key not exactly once in a scope");
				placed = placed.saturating_add(1);
			}
			let mut evaluator_scopes = 0u8;
			for scope in [RingScope::Evaluators, RingScope::FormerEvaluators] {
				let entry = (record.key, scope.encode());
				let in_ring = in_rings.contains_key(&entry);
				let queued = in_queues.contains(&entry);
				ensure!(!(in_ring && queued), "a member key both in a scope's queue and rings");
				if in_ring || queued {
					placed = placed.saturating_add(1);
					evaluator_scopes = evaluator_scopes.saturating_add(1);
				}
			}
			ensure!(evaluator_scopes <= 1, "a member key both in the roster and a former one");
		}
		ensure!(
			in_rings.len().saturating_add(in_queues.len()) == placed,
			"a ring or queue key of no member, or outside its member's scopes, the roster and \
			 the former evaluators"
		);

		// The expiry queue.
		let (head, tail) = ExpiryBounds::<T>::get();
		ensure!(head <= tail, "expiry bounds reversed");
		for position in head..tail {
			ensure!(Expiries::<T>::contains_key(position), "an expiry missing");
		}
		ensure!(
			Expiries::<T>::iter_keys().all(|position| (head..tail).contains(&position)),
			"an expiry outside its bounds"
		);
		Ok(())
	}

	/// Records the keys of ring `index` of `scope` (not a panel) in `in_rings`, checking that
	/// none is twice in the scope's rings and that each one's placement names this ring.
	fn check_placed_keys(
		scope: RingScope,
		index: RingIndex,
		keys: &RingKeysOf<T>,
		in_rings: &mut BTreeMap<(MemberKey, Vec<u8>), RingIndex>,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		for key in keys.iter() {
			ensure!(
				in_rings.insert((*key, scope.encode()), index).is_none(),
				"a key twice in the rings of a scope"
			);
			ensure!(
				Placements::<T>::get(key, scope) == Some(index),
				"a ring key whose placement names another ring"
			);
		}
		Ok(())
	}

	fn check_revisions(
		scope: RingScope,
		index: RingIndex,
		info: &RingInfo,
		max_kept: u32,
	) -> Result<(), sp_runtime::TryRuntimeError> {
		let kept: Vec<(RingRevision, RootRecordOf<T>)> =
			Roots::<T>::iter_prefix((scope, index)).collect();
		if info.revision == 0 {
			ensure!(kept.is_empty(), "a revision of a ring never published");
			ensure!(!info.usable, "an unpublished ring usable");
			ensure!(
				RetiredKeys::<T>::iter_prefix((scope, index)).next().is_none(),
				"retired keys of a ring never published"
			);
			return Ok(());
		}
		ensure!(info.oldest_kept >= 1 && info.oldest_kept <= info.revision, "oldest kept");
		let count = info.revision.saturating_sub(info.oldest_kept).saturating_add(1);
		ensure!(kept.len() == count as usize, "kept revisions not contiguous");
		ensure!(count <= max_kept, "too many revisions kept");
		let mut generations = BTreeSet::new();
		let mut previous: Option<RootRecordOf<T>> = None;
		for revision in info.oldest_kept..=info.revision {
			let record = Roots::<T>::get((scope, index, revision)).ok_or("a revision missing")?;
			if let Some(previous) = previous {
				ensure!(previous.valid_until == Some(record.valid_from), "a gap between revisions");
				ensure!(previous.generation <= record.generation, "generations out of order");
			}
			ensure!(
				record.valid_until.is_none() == (revision == info.revision),
				"only the last revision is open-ended"
			);
			if record.generation == info.generation {
				ensure!(record.len <= info.len, "a revision longer than its ring");
			} else {
				ensure!(record.generation < info.generation, "a revision of a future generation");
				let retired = RetiredKeys::<T>::get((scope, index, record.generation))
					.ok_or("a kept revision's retired keys missing")?;
				ensure!(record.len as usize <= retired.len(), "retired keys too few");
				generations.insert(record.generation);
			}
			previous = Some(record);
		}
		let last = previous.ok_or("no last revision")?;
		ensure!(last.len == info.published_len, "the last revision's length");
		ensure!(last.generation == info.published_generation, "the last revision's generation");
		ensure!(last.usable == info.usable, "the last revision's usability");
		for (generation, _) in RetiredKeys::<T>::iter_prefix((scope, index)) {
			ensure!(generations.contains(&generation), "retired keys no revision needs");
		}
		Ok(())
	}
}
