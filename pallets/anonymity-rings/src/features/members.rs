//! Member keys: registration, rotation, withdrawal and refresh against the identity; placing a
//! key in its scopes' queues and taking it out of its queues and rings (and out of the
//! evaluators' roster and the former evaluators' rings when the key goes).

use crate::*;
use bmx_primitives::anonymity::key_possession_message;
use codec::Encode;
use sp_runtime::traits::{BlakeTwo256, Hash, Saturating};

impl<T: Config> Pallet<T> {
	/// This chain's genesis hash, as 32 bytes: what key-possession messages carry.
	pub fn genesis_hash() -> [u8; 32] {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let bytes = hash.as_ref();
		<[u8; 32]>::try_from(bytes).unwrap_or_else(|_| BlakeTwo256::hash(bytes).0)
	}

	/// The message whose signature by a key's secret proves, for `who`, that it holds the key.
	pub fn possession_message(who: &T::AccountId) -> [u8; 32] {
		key_possession_message(&Self::genesis_hash(), &who.encode())
	}

	/// The person key and residency of `who`, if it is a verified adult.
	fn verified_adult(who: &T::AccountId) -> Result<(PersonKey, Residency), DispatchError> {
		let person = T::Persons::person_key(who).ok_or(Error::<T>::NotVerified)?;
		ensure!(T::Persons::is_adult(who), Error::<T>::NotAdult);
		let residency = T::Persons::residency_of(who).ok_or(Error::<T>::NotVerified)?;
		Ok((person, residency))
	}

	/// Fails with [`Error::TooSoon`] if `person` changed its key less than
	/// `MinRotationInterval` blocks ago.
	fn ensure_not_too_soon(person: &PersonKey) -> DispatchResult {
		if let Some(last) = LastKeyChange::<T>::get(person) {
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= last.saturating_add(T::MinRotationInterval::get()), Error::<T>::TooSoon);
		}
		Ok(())
	}

	/// Whether `key`, with its possession signature, may be registered by `who`: a valid key,
	/// not in use, and signed by its secret for `who` on this chain.
	fn ensure_key_acceptable(
		who: &T::AccountId,
		key: &MemberKey,
		possession: &PossessionSignature,
	) -> DispatchResult {
		ensure!(T::Crypto::is_valid_key(key), Error::<T>::InvalidKey);
		ensure!(!KeyOwners::<T>::contains_key(key), Error::<T>::KeyInUse);
		ensure!(
			T::Crypto::verify_possession(key, &Self::possession_message(who), possession),
			Error::<T>::InvalidPossessionProof
		);
		Ok(())
	}

	/// Whether a registration by `origin` is a person's first key ever and would succeed: then
	/// it is feeless. Everything but the queue's room is checked here, so that a feeless
	/// transaction never fails for a reason its sender controls.
	pub fn is_first_key(
		origin: &OriginFor<T>,
		key: &MemberKey,
		possession: &PossessionSignature,
	) -> bool {
		let Ok(who) = ensure_signed(origin.clone()) else { return false };
		let Ok((person, residency)) = Self::verified_adult(&who) else { return false };
		!Members::<T>::contains_key(person)
			&& !LastKeyChange::<T>::contains_key(person)
			&& Self::ensure_key_acceptable(&who, key, possession).is_ok()
			&& Self::queues_have_room(&scopes_of(&residency))
	}

	/// Whether each of `scopes` has room in its queue for one more key.
	pub(crate) fn queues_have_room(scopes: &[RingScope]) -> bool {
		scopes.iter().all(|scope| {
			Queues::<T>::decode_len(scope).unwrap_or(0) < T::MaxQueueLength::get() as usize
		})
	}

	pub(crate) fn do_register_member_key(
		who: T::AccountId,
		key: MemberKey,
		possession: PossessionSignature,
	) -> DispatchResult {
		let (person, residency) = Self::verified_adult(&who)?;
		ensure!(!Members::<T>::contains_key(person), Error::<T>::AlreadyExists);
		Self::ensure_not_too_soon(&person)?;
		Self::ensure_key_acceptable(&who, &key, &possession)?;
		let scopes = scopes_of(&residency);
		ensure!(Self::queues_have_room(&scopes), Error::<T>::TooManyWaiting);
		for scope in scopes {
			Self::enqueue(key, scope)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		Members::<T>::insert(
			person,
			MemberRecord { account: who.clone(), key, residency, registered_at: now },
		);
		KeyOwners::<T>::insert(key, person);
		LastKeyChange::<T>::insert(person, now);
		Self::deposit_event(Event::MemberKeyRegistered { account: who, key });
		Ok(())
	}

	pub(crate) fn do_rotate_member_key(
		who: T::AccountId,
		new_key: MemberKey,
		possession: PossessionSignature,
	) -> DispatchResult {
		let (person, residency) = Self::verified_adult(&who)?;
		let record = Members::<T>::get(person).ok_or(Error::<T>::NotFound)?;
		ensure!(record.account == who, Error::<T>::NoPermission);
		Self::ensure_not_too_soon(&person)?;
		Self::ensure_key_acceptable(&who, &new_key, &possession)?;
		// All or nothing, also when called outside a dispatch: a queue of the new scopes may
		// be full only after the old key left its own.
		frame_support::storage::with_storage_layer(|| {
			for scope in scopes_of(&record.residency) {
				Self::unplace(&record.key, scope);
			}
			// The new key enrols in the roster again, if its holder still is an evaluator; the
			// old one leaves the roster and the former evaluators' rings.
			Self::forget_evaluator(&record.key);
			KeyOwners::<T>::remove(record.key);
			for scope in scopes_of(&residency) {
				Self::enqueue(new_key, scope)?;
			}
			let now = frame_system::Pallet::<T>::block_number();
			Members::<T>::insert(
				person,
				MemberRecord { account: who.clone(), key: new_key, residency, registered_at: now },
			);
			KeyOwners::<T>::insert(new_key, person);
			LastKeyChange::<T>::insert(person, now);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::MemberKeyRotated { account: who, old_key: record.key, new_key });
		Ok(())
	}

	pub(crate) fn do_remove_member_key(who: T::AccountId) -> DispatchResult {
		let person = T::Persons::person_key(&who).ok_or(Error::<T>::NotVerified)?;
		let record = Members::<T>::get(person).ok_or(Error::<T>::NotFound)?;
		ensure!(record.account == who, Error::<T>::NoPermission);
		Self::drop_member(person, &record);
		LastKeyChange::<T>::insert(person, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::MemberKeyRemoved {
			account: who,
			key: record.key,
			cause: RemovalCause::Withdrawn,
		});
		Ok(())
	}

	/// Checks the member `person` against its identity now: removes its key if the account
	/// that registered it is no longer the person's verified adult account; moves its key if
	/// the person moved (or removes it if a new scope's queue is full).
	pub(crate) fn do_refresh_member(person: PersonKey) -> DispatchResult {
		let record = Members::<T>::get(person).ok_or(Error::<T>::NotFound)?;
		let account = &record.account;
		let verified =
			T::Persons::person_key(account) == Some(person) && T::Persons::is_adult(account);
		let residency = T::Persons::residency_of(account).filter(|_| verified);
		let Some(residency) = residency else {
			Self::drop_member(person, &record);
			Self::deposit_event(Event::MemberKeyRemoved {
				account: record.account.clone(),
				key: record.key,
				cause: RemovalCause::NotVerified,
			});
			return Ok(());
		};
		ensure!(residency != record.residency, Error::<T>::NothingToDo);
		let moved = frame_support::storage::with_storage_layer(|| {
			Self::move_member(person, &record, residency)
		});
		match moved {
			Ok(()) => Self::deposit_event(Event::MemberMoved {
				account: record.account.clone(),
				key: record.key,
				residency,
			}),
			Err(_) => {
				Self::drop_member(person, &record);
				Self::deposit_event(Event::MemberKeyRemoved {
					account: record.account.clone(),
					key: record.key,
					cause: RemovalCause::QueueFull,
				});
			},
		}
		Ok(())
	}

	/// Moves the key of `record` from the scopes of its recorded residency to those of
	/// `residency`: out of the scopes it left, into the queues of the scopes it joined.
	fn move_member(
		person: PersonKey,
		record: &MemberRecordOf<T>,
		residency: Residency,
	) -> DispatchResult {
		let old = scopes_of(&record.residency);
		let new = scopes_of(&residency);
		for scope in old.iter().filter(|scope| !new.contains(scope)) {
			Self::unplace(&record.key, *scope);
		}
		for scope in new.iter().filter(|scope| !old.contains(scope)) {
			Self::enqueue(record.key, *scope)?;
		}
		Members::<T>::insert(person, MemberRecord { residency, ..record.clone() });
		Ok(())
	}

	/// Takes the key of `record` out of every queue and ring (the evaluators' roster's and the
	/// former evaluators' too), and forgets the member.
	fn drop_member(person: PersonKey, record: &MemberRecordOf<T>) {
		for scope in scopes_of(&record.residency) {
			Self::unplace(&record.key, scope);
		}
		Self::forget_evaluator(&record.key);
		KeyOwners::<T>::remove(record.key);
		Members::<T>::remove(person);
	}

	/// Appends `key` to `scope`'s queue, and marks the scope ready when a batch waits.
	pub(crate) fn enqueue(key: MemberKey, scope: RingScope) -> DispatchResult {
		let waiting = Queues::<T>::try_mutate(scope, |queue| {
			let queue = queue.get_or_insert_with(BoundedVec::new);
			queue.try_push(key).map_err(|_| Error::<T>::TooManyWaiting)?;
			Ok::<_, Error<T>>(queue.len())
		})?;
		Self::mark_ready(scope, waiting);
		Ok(())
	}

	/// Marks `scope` ready to onboard if `waiting` keys are at least its onboarding size.
	pub(crate) fn mark_ready(scope: RingScope, waiting: usize) {
		let onboarding_size = Self::settings_of(ScopeKind::of(&scope)).onboarding_size;
		if waiting >= onboarding_size as usize {
			ReadyScopes::<T>::insert(scope, ());
		}
	}

	/// Takes `key` out of `scope`: out of the ring that holds it, or out of the queue.
	pub(crate) fn unplace(key: &MemberKey, scope: RingScope) {
		if !Self::take_out(key, scope) {
			frame_support::defensive!(
				"a member key is neither in a ring nor in the queue of its scope"
			);
		}
	}

	/// Takes `key` out of the ring of `scope` that holds it, or out of the scope's queue;
	/// returns whether it was in either. The queue is written only if it held the key.
	pub(crate) fn take_out(key: &MemberKey, scope: RingScope) -> bool {
		if let Some(index) = Placements::<T>::take(key, scope) {
			Self::remove_from_ring(scope, index, key);
			return true;
		}
		let Some(mut queue) = Queues::<T>::get(scope) else { return false };
		let Some(position) = queue.iter().position(|k| k == key) else { return false };
		queue.remove(position);
		if queue.is_empty() {
			Queues::<T>::remove(scope);
			ReadyScopes::<T>::remove(scope);
		} else {
			Queues::<T>::insert(scope, queue);
		}
		true
	}

	/// Takes `key` out of ring `index` of `scope`. If the ring's builder had absorbed it, the
	/// ring starts a new generation (its last revision's key list is retired) and is rebuilt
	/// from an empty builder.
	pub(crate) fn remove_from_ring(scope: RingScope, index: RingIndex, key: &MemberKey) {
		let Some(mut info) = Rings::<T>::get(scope, index) else {
			frame_support::defensive!("a member key placed in a ring that does not exist");
			return;
		};
		let mut keys = RingKeys::<T>::get(scope, index);
		let Some(position) = keys.iter().position(|k| k == key) else {
			frame_support::defensive!("a member key placed in a ring that does not hold it");
			return;
		};
		if position < info.included as usize {
			if info.revision > 0 && info.published_generation == info.generation {
				let published: Vec<MemberKey> =
					keys.iter().take(info.published_len as usize).copied().collect();
				let published = RingKeysOf::<T>::truncate_from(published);
				RetiredKeys::<T>::insert((scope, index, info.generation), published);
			}
			info.generation = info.generation.saturating_add(1);
			info.included = 0;
			Builders::<T>::remove(scope, index);
		}
		keys.remove(position);
		info.len = keys.len() as u32;
		info.stale = true;
		if keys.is_empty() {
			RingKeys::<T>::remove(scope, index);
		} else {
			RingKeys::<T>::insert(scope, index, keys);
		}
		Rings::<T>::insert(scope, index, info);
		PendingBuilds::<T>::insert(scope, index, ());
	}
}
