//! Rings: onboarding batches of waiting keys, build steps, publication of revisions, pruning of
//! expired revisions, and the `on_idle` service that runs them within a weight budget.

use crate::*;
use sp_runtime::traits::Saturating;

/// What one build step did.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct BuildStep {
	/// How many keys it absorbed into the ring's builder.
	pub absorbed: u32,
	/// Whether it published a revision (or found the ring already up to date).
	pub done: bool,
}

impl<T: Config> Pallet<T> {
	/// Moves a batch of the keys waiting in `scope`'s queue into a ring; returns how many.
	///
	/// A batch has at least the scope's `onboarding_size` keys and at most `BuildBatch`. It
	/// joins the newest ring if that has room for `onboarding_size` keys (as many as fit, the
	/// rest keep waiting), or else a new ring: a ring never grows by fewer than
	/// `onboarding_size` keys at once.
	pub(crate) fn do_onboard(scope: RingScope) -> Result<u32, DispatchError> {
		let mut queue = Queues::<T>::get(scope).ok_or(Error::<T>::NothingToDo)?;
		let onboarding_size = Self::settings_of(ScopeKind::of(&scope)).onboarding_size.max(1);
		let waiting = queue.len() as u32;
		ensure!(waiting >= onboarding_size, Error::<T>::TooFewWaiting);
		let batch = waiting.min(T::BuildBatch::get());
		let max_ring_size = T::MaxRingSize::get();

		let count = RingCount::<T>::get(scope);
		let newest = count
			.checked_sub(1)
			.and_then(|index| Rings::<T>::get(scope, index).map(|info| (index, info)))
			.filter(|(_, info)| max_ring_size.saturating_sub(info.len) >= onboarding_size);
		let (index, mut info, opened) = match newest {
			Some((index, info)) => (index, info, false),
			None => {
				ensure!(count < T::MaxRings::get(), Error::<T>::TooManyRings);
				RingCount::<T>::insert(scope, count.saturating_add(1));
				(count, RingInfo::default(), true)
			},
		};
		let moved = batch.min(max_ring_size.saturating_sub(info.len));

		let joining: Vec<MemberKey> = queue.iter().take(moved as usize).copied().collect();
		let mut keys = RingKeys::<T>::get(scope, index);
		for key in &joining {
			keys.try_push(*key).map_err(|_| Error::<T>::BuildFailed)?;
			Placements::<T>::insert(key, scope, index);
		}
		RingKeys::<T>::insert(scope, index, keys);
		info.len = info.len.saturating_add(moved);
		info.stale = true;
		Rings::<T>::insert(scope, index, info);
		PendingBuilds::<T>::insert(scope, index, ());

		queue = BoundedVec::truncate_from(queue.into_iter().skip(moved as usize).collect());
		if (queue.len() as u32) < onboarding_size {
			ReadyScopes::<T>::remove(scope);
		} else {
			ReadyScopes::<T>::insert(scope, ());
		}
		if queue.is_empty() {
			Queues::<T>::remove(scope);
		} else {
			Queues::<T>::insert(scope, queue);
		}

		if opened {
			Self::deposit_event(Event::RingOpened { scope, index });
		}
		Self::deposit_event(Event::KeysOnboarded { scope, index, keys: moved });
		Ok(moved)
	}

	/// One build step of ring `index` of `scope`: absorbs up to `BuildBatch` more keys into its
	/// builder and, when every key is absorbed, publishes its next revision.
	pub(crate) fn do_build_step(
		scope: RingScope,
		index: RingIndex,
	) -> Result<BuildStep, DispatchError> {
		let mut info = Rings::<T>::get(scope, index).ok_or(Error::<T>::NotFound)?;
		ensure!(info.stale, Error::<T>::NothingToDo);
		let now = frame_system::Pallet::<T>::block_number();

		// A key that joined after the last revision left before it was absorbed: the ring is
		// what that revision says.
		if info.revision > 0
			&& info.generation == info.published_generation
			&& info.len == info.published_len
			&& info.included == info.len
		{
			info.stale = false;
			Rings::<T>::insert(scope, index, info);
			PendingBuilds::<T>::remove(scope, index);
			return Ok(BuildStep { absorbed: 0, done: true });
		}

		let domain = T::Domain::get();
		let mut builder = match Builders::<T>::get(scope, index) {
			Some(builder) => builder.into_inner(),
			None => {
				if info.included > 0 {
					frame_support::defensive!("a ring absorbed keys into no builder");
					info.included = 0;
				}
				T::Crypto::start_ring(domain)
			},
		};

		let remaining = info.len.saturating_sub(info.included);
		let absorbed = remaining.min(T::BuildBatch::get());
		let complete = absorbed == remaining;
		let publishable = complete && Self::make_room_for_revision(scope, index, &mut info, now);
		ensure!(absorbed > 0 || publishable, Error::<T>::TooManyRevisions);
		if absorbed > 0 {
			let keys = RingKeys::<T>::get(scope, index);
			let from = info.included as usize;
			let to = from.saturating_add(absorbed as usize);
			let batch = keys.get(from..to).ok_or(Error::<T>::BuildFailed)?;
			builder = T::Crypto::absorb(domain, &builder, batch).map_err(|error| {
				log::error!(target: LOG_TARGET, "building {scope:?}/{index} failed: {error:?}");
				Error::<T>::BuildFailed
			})?;
			info.included = info.included.saturating_add(absorbed);
		}
		if publishable {
			Self::publish(scope, index, &mut info, &builder, now)?;
		} else {
			Self::deposit_event(Event::RingBuildAdvanced {
				scope,
				index,
				included: info.included,
				members: info.len,
			});
		}
		let builder = BoundedVec::try_from(builder).map_err(|_| Error::<T>::BuildFailed)?;
		Builders::<T>::insert(scope, index, builder);
		Rings::<T>::insert(scope, index, info);
		Ok(BuildStep { absorbed, done: publishable })
	}

	/// Whether the ring may keep one more revision, pruning its oldest one first if that is
	/// past its retention.
	fn make_room_for_revision(
		scope: RingScope,
		index: RingIndex,
		info: &mut RingInfo,
		now: BlockNumberFor<T>,
	) -> bool {
		if info.revision == 0 {
			return true;
		}
		let kept = info.revision.saturating_sub(info.oldest_kept).saturating_add(1);
		if kept < T::MaxRevisionsKept::get() {
			return true;
		}
		Self::prune_revision(scope, index, info, info.oldest_kept, now)
	}

	/// Publishes the root of `builder` as the ring's next revision, in force from `now`; the
	/// previous revision is in force until `now` and falls due for pruning `RootRetention`
	/// blocks later.
	fn publish(
		scope: RingScope,
		index: RingIndex,
		info: &mut RingInfo,
		builder: &[u8],
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		let root = T::Crypto::finish_ring(builder).map_err(|_| Error::<T>::BuildFailed)?;
		let root = BoundedVec::try_from(root).map_err(|_| Error::<T>::BuildFailed)?;
		let revision = info.revision.checked_add(1).ok_or(Error::<T>::Overflow)?;
		if info.revision > 0 {
			Roots::<T>::mutate((scope, index, info.revision), |record| {
				if let Some(record) = record {
					record.valid_until = Some(now);
				}
			});
			Self::schedule_expiry(Expiry {
				due: now.saturating_add(T::RootRetention::get()),
				scope,
				index,
				revision: info.revision,
			})?;
		} else {
			info.oldest_kept = revision;
		}
		let usable = info.len >= Self::settings_of(ScopeKind::of(&scope)).min_ring_size;
		Roots::<T>::insert(
			(scope, index, revision),
			RootRecord {
				root,
				len: info.len,
				generation: info.generation,
				usable,
				valid_from: now,
				valid_until: None,
			},
		);
		if usable != info.usable {
			UsableRings::<T>::mutate(scope, |count| {
				*count = if usable { count.saturating_add(1) } else { count.saturating_sub(1) }
			});
		}
		info.revision = revision;
		info.published_len = info.len;
		info.published_generation = info.generation;
		info.usable = usable;
		info.stale = false;
		PendingBuilds::<T>::remove(scope, index);
		Self::deposit_event(Event::RingPublished {
			scope,
			index,
			revision,
			members: info.len,
			usable,
		});
		Ok(())
	}

	/// Appends `expiry` to [`Expiries`].
	fn schedule_expiry(expiry: Expiry<BlockNumberFor<T>>) -> DispatchResult {
		let (head, tail) = ExpiryBounds::<T>::get();
		let next = tail.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Expiries::<T>::insert(tail, expiry);
		ExpiryBounds::<T>::put((head, next));
		Ok(())
	}

	/// Prunes `revision` of the ring if it is the ring's oldest kept revision and past its
	/// retention at `now`; with it the key list of its generation when no kept revision needs
	/// that any more. Returns whether it pruned.
	fn prune_revision(
		scope: RingScope,
		index: RingIndex,
		info: &mut RingInfo,
		revision: RingRevision,
		now: BlockNumberFor<T>,
	) -> bool {
		if revision != info.oldest_kept || revision >= info.revision {
			return false;
		}
		let Some(record) = Roots::<T>::get((scope, index, revision)) else { return false };
		let Some(until) = record.valid_until else { return false };
		if now < until.saturating_add(T::RootRetention::get()) {
			return false;
		}
		Roots::<T>::remove((scope, index, revision));
		let next = revision.saturating_add(1);
		info.oldest_kept = next;
		let next_generation = Roots::<T>::get((scope, index, next)).map(|r| r.generation);
		if record.generation != info.generation && next_generation != Some(record.generation) {
			RetiredKeys::<T>::remove((scope, index, record.generation));
		}
		Self::deposit_event(Event::RevisionPruned { scope, index, revision });
		true
	}

	/// Handles the first entry of [`Expiries`] if it is due at `now`: prunes its revision
	/// (unless already pruned) and drops the entry. Returns whether there was a due entry.
	pub(crate) fn prune_next(now: BlockNumberFor<T>) -> bool {
		let (head, tail) = ExpiryBounds::<T>::get();
		if head >= tail {
			return false;
		}
		let Some(expiry) = Expiries::<T>::get(head) else {
			frame_support::defensive!("a position of the expiry queue without its entry");
			ExpiryBounds::<T>::put((head.saturating_add(1), tail));
			return true;
		};
		if expiry.due > now {
			return false;
		}
		if let Some(mut info) = Rings::<T>::get(expiry.scope, expiry.index) {
			if Self::prune_revision(expiry.scope, expiry.index, &mut info, expiry.revision, now) {
				Rings::<T>::insert(expiry.scope, expiry.index, info);
			}
		}
		Expiries::<T>::remove(head);
		ExpiryBounds::<T>::put((head.saturating_add(1), tail));
		true
	}

	/// The `on_idle` work, within `meter`: prune due revisions, onboard ready scopes, then
	/// build pending rings. Each step is charged its benchmarked worst case before it runs
	/// and its actual weight after.
	pub(crate) fn service(now: BlockNumberFor<T>, meter: &mut WeightMeter) {
		let db = T::DbWeight::get();

		let prune = T::WeightInfo::prune_revision();
		while meter.can_consume(prune) {
			let pruned = Self::prune_next(now);
			meter.consume(if pruned { prune } else { db.reads(2) });
			if !pruned {
				break;
			}
		}

		let onboard = T::WeightInfo::onboard(T::BuildBatch::get()).saturating_add(db.reads(1));
		while meter.can_consume(onboard) {
			let Some(scope) = ReadyScopes::<T>::iter_keys().next() else {
				meter.consume(db.reads(1));
				break;
			};
			match frame_support::storage::with_storage_layer(|| Self::do_onboard(scope)) {
				Ok(moved) => {
					meter.consume(T::WeightInfo::onboard(moved).saturating_add(db.reads(1)))
				},
				Err(_) => {
					// Not ready after all (keys left, settings changed, no room): wait for
					// the next registration or a manual call.
					ReadyScopes::<T>::remove(scope);
					meter.consume(T::WeightInfo::onboard(0).saturating_add(db.reads_writes(1, 1)));
				},
			}
		}

		let build = T::WeightInfo::build_ring(T::BuildBatch::get()).saturating_add(db.reads(1));
		let mut pending = PendingBuilds::<T>::iter_keys();
		let mut current = pending.next();
		while let Some((scope, index)) = current {
			if !meter.can_consume(build) {
				break;
			}
			match frame_support::storage::with_storage_layer(|| Self::do_build_step(scope, index)) {
				Ok(step) => {
					meter.consume(
						T::WeightInfo::build_ring(step.absorbed).saturating_add(db.reads(1)),
					);
					if step.done {
						current = pending.next();
					}
				},
				Err(_) => {
					// Blocked until a revision is past its retention: try the next ring.
					meter.consume(T::WeightInfo::build_ring(0).saturating_add(db.reads(1)));
					current = pending.next();
				},
			}
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Opens a new ring of `scope` holding `keys` in this order and builds it to its first
	/// revision, for the benchmarks of pallets that verify proofs made off line against a fixed
	/// list of keys. Returns the published revision.
	pub fn publish_for_benchmarks(
		scope: RingScope,
		keys: &[MemberKey],
	) -> Result<RingRef, DispatchError> {
		let index = RingCount::<T>::get(scope);
		RingCount::<T>::insert(scope, index.saturating_add(1));
		let ring_keys: RingKeysOf<T> =
			keys.to_vec().try_into().map_err(|_| Error::<T>::BuildFailed)?;
		for key in keys {
			Placements::<T>::insert(key, scope, index);
		}
		RingKeys::<T>::insert(scope, index, ring_keys);
		let info = RingInfo { len: keys.len() as u32, stale: true, ..Default::default() };
		Rings::<T>::insert(scope, index, info);
		PendingBuilds::<T>::insert(scope, index, ());
		while !Self::do_build_step(scope, index)?.done {}
		let revision = Rings::<T>::get(scope, index).map(|info| info.revision).unwrap_or_default();
		Ok(RingRef { scope, index, revision })
	}
}
