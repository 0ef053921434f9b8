//! Benchmarks of the anonymity-rings pallet, worst case: persons living in Mexico (three
//! scopes); queues one short of full (or full where a failure is the costlier branch); rings
//! full, with the key that leaves in the first position (the longest shift, and the whole
//! published list retired); a build step that absorbs the most keys and publishes, pruning
//! the ring's oldest revision inline with its retired key list; a real proof for
//! verification.
//!
//! Keys that the crypto never reads (ring positions already absorbed, queue fillers) are
//! filler bytes; keys that are absorbed or signed for are made from entropy by
//! [`RingCrypto::benchmark_key`]. The build step absorbs into an empty builder: the cost of
//! absorbing `n` keys does not depend on how many the builder holds, and building a whole
//! ring for each repetition would only slow the benchmark down.
//!
//! The roster and panels: a roster queue one short of full; a key leaving a full published
//! roster ring from the first position for a former evaluators' queue one short of full; a
//! panel of up to `MaxRingSize` keys; a panel dissolved
//! with `MaxRevisionsKept` revisions, each with a full retired key list.
//!
//! The runtime's [`Config::BenchmarkHelper`] makes accounts verified adults, ends their
//! identity, and gives a proof made against a ring of [`Config::Domain`].

use super::*;
use bmx_primitives::identity::{Jurisdiction, MexicanState};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::{One, Saturating};

/// Guadalajara, Jalisco.
const GDL: Jurisdiction = Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };
/// Monterrey, Nuevo León.
const MTY: Jurisdiction = Jurisdiction { state: MexicanState::NuevoLeon, municipality: 39 };

/// The entropy of the `i`-th benchmark secret.
fn entropy(i: u32) -> [u8; 32] {
	let mut entropy = [0xb0u8; 32];
	entropy[..4].copy_from_slice(&i.to_le_bytes());
	entropy
}

/// A key the crypto never reads: distinct for each `i`.
fn filler(i: u32) -> MemberKey {
	let mut key = [0xf1u8; 32];
	key[..4].copy_from_slice(&i.to_le_bytes());
	key
}

/// A verified adult living in `residency`.
fn adult<T: Config>(
	name: &'static str,
	index: u32,
	residency: Residency,
) -> Result<(T::AccountId, PersonKey), BenchmarkError> {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::verify_adult(&who, index, residency);
	let person = T::Persons::person_key(&who).ok_or(BenchmarkError::Weightless)?;
	Ok((who, person))
}

/// `who`'s `i`-th key and its possession signature.
fn signed_key<T: Config>(who: &T::AccountId, i: u32) -> (MemberKey, PossessionSignature) {
	let message = Pallet::<T>::possession_message(who);
	(T::Crypto::benchmark_key(entropy(i)), T::Crypto::benchmark_sign(entropy(i), &message))
}

/// `scope`'s queue with `n` filler keys.
fn fill_queue<T: Config>(scope: RingScope, n: u32) {
	let keys: Vec<MemberKey> = (0..n).map(|i| filler(i.saturating_add(1_000_000))).collect();
	Queues::<T>::insert(scope, BoundedVec::truncate_from(keys));
}

/// The block at which the benchmark's key change is allowed again.
fn after_rotation_interval<T: Config>() {
	let now = T::MinRotationInterval::get().saturating_add(One::one());
	frame_system::Pallet::<T>::set_block_number(now);
}

/// Ring 0 of `scope`, full and published, with `member` first.
fn full_ring<T: Config>(scope: RingScope, member: MemberKey) {
	let max = T::MaxRingSize::get();
	let keys: Vec<MemberKey> =
		core::iter::once(member).chain((1..max).map(|i| filler(i))).collect();
	RingKeys::<T>::insert(scope, 0, BoundedVec::truncate_from(keys));
	Placements::<T>::insert(member, scope, 0);
	Rings::<T>::insert(
		scope,
		0,
		RingInfo {
			len: max,
			included: max,
			generation: 0,
			revision: 1,
			published_len: max,
			published_generation: 0,
			oldest_kept: 1,
			usable: true,
			stale: false,
		},
	);
	Roots::<T>::insert(
		(scope, 0, 1),
		RootRecord {
			root: BoundedVec::truncate_from(alloc::vec![0u8; RootLenOf::<T>::get() as usize]),
			len: max,
			generation: 0,
			usable: true,
			valid_from: Zero::zero(),
			valid_until: None,
		},
	);
	let builder = T::Crypto::start_ring(T::Domain::get());
	Builders::<T>::insert(scope, 0, BoundedVec::truncate_from(builder));
	RingCount::<T>::insert(scope, 1);
	UsableRings::<T>::insert(scope, 1);
}

/// `who` (person `person`, living in `residency`) a member whose key `key` is first in full
/// rings of each of its scopes.
fn member_in_full_rings<T: Config>(
	who: &T::AccountId,
	person: PersonKey,
	residency: Residency,
	key: MemberKey,
) {
	for scope in scopes_of(&residency) {
		full_ring::<T>(scope, key);
	}
	Members::<T>::insert(
		person,
		MemberRecord { account: who.clone(), key, residency, registered_at: Zero::zero() },
	);
	KeyOwners::<T>::insert(key, person);
	LastKeyChange::<T>::insert(person, BlockNumberFor::<T>::zero());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_member_key() -> Result<(), BenchmarkError> {
		let residency = Residency::National(GDL);
		let (who, person) = adult::<T>("person", 0, residency)?;
		let (key, possession) = signed_key::<T>(&who, 0);
		for scope in scopes_of(&residency) {
			fill_queue::<T>(scope, T::MaxQueueLength::get().saturating_sub(1));
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(who), key, possession);

		assert_eq!(KeyOwners::<T>::get(key), Some(person));
		Ok(())
	}

	#[benchmark]
	fn rotate_member_key() -> Result<(), BenchmarkError> {
		let residency = Residency::National(GDL);
		let (who, person) = adult::<T>("person", 0, residency)?;
		member_in_full_rings::<T>(&who, person, residency, filler(0));
		for scope in scopes_of(&residency) {
			fill_queue::<T>(scope, T::MaxQueueLength::get().saturating_sub(1));
		}
		let (key, possession) = signed_key::<T>(&who, 1);
		after_rotation_interval::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(who), key, possession);

		assert_eq!(KeyOwners::<T>::get(key), Some(person));
		assert!(RetiredKeys::<T>::contains_key((RingScope::National, 0, 0)));
		Ok(())
	}

	#[benchmark]
	fn remove_member_key() -> Result<(), BenchmarkError> {
		let residency = Residency::National(GDL);
		let (who, person) = adult::<T>("person", 0, residency)?;
		member_in_full_rings::<T>(&who, person, residency, filler(0));

		#[extrinsic_call]
		_(RawOrigin::Signed(who));

		assert!(!Members::<T>::contains_key(person));
		Ok(())
	}

	/// The account that registered the key is no longer a verified person: the key leaves
	/// three full rings.
	#[benchmark]
	fn refresh_member_removed() -> Result<(), BenchmarkError> {
		let residency = Residency::National(GDL);
		let (who, person) = adult::<T>("person", 0, residency)?;
		member_in_full_rings::<T>(&who, person, residency, filler(0));
		T::BenchmarkHelper::end_identity(&who);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		refresh_member(RawOrigin::Signed(caller), person);

		assert!(!Members::<T>::contains_key(person));
		Ok(())
	}

	/// The person moved to another state whose queue is full: the move leaves two full rings,
	/// joins one queue, fails at the second and is undone; then the key leaves all three full
	/// rings.
	#[benchmark]
	fn refresh_member_moved() -> Result<(), BenchmarkError> {
		let (who, person) = adult::<T>("person", 0, Residency::National(GDL))?;
		member_in_full_rings::<T>(&who, person, Residency::National(GDL), filler(0));
		let moved = Residency::National(MTY);
		T::BenchmarkHelper::verify_adult(&who, 0, moved);
		fill_queue::<T>(RingScope::Municipality(MTY), T::MaxQueueLength::get().saturating_sub(1));
		fill_queue::<T>(RingScope::State(MTY.state), T::MaxQueueLength::get());
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		refresh_member(RawOrigin::Signed(caller), person);

		assert!(!Members::<T>::contains_key(person));
		Ok(())
	}

	/// `n` keys join the newest ring, which had room for exactly `n`, from a full queue.
	#[benchmark]
	fn onboard(n: Linear<1, { T::BuildBatch::get() }>) -> Result<(), BenchmarkError> {
		let scope = RingScope::Municipality(GDL);
		let settings = ScopeSettings { onboarding_size: 1, min_ring_size: 1 };
		ScopeSettingsOf::<T>::insert(ScopeKind::Municipality, settings);
		full_ring::<T>(scope, filler(0));
		let len = T::MaxRingSize::get().saturating_sub(n);
		RingKeys::<T>::mutate(scope, 0, |keys| keys.truncate(len as usize));
		Rings::<T>::mutate(scope, 0, |info| {
			if let Some(info) = info {
				info.len = len;
				info.included = len;
				info.published_len = len;
			}
		});
		fill_queue::<T>(scope, T::MaxQueueLength::get());
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), scope);

		assert_eq!(Rings::<T>::get(scope, 0).map(|info| info.len), Some(T::MaxRingSize::get()));
		Ok(())
	}

	/// A full ring whose last `n` keys wait to be absorbed; it keeps `MaxRevisionsKept`
	/// revisions, the oldest of a retired generation and past its retention.
	#[benchmark]
	fn build_ring(n: Linear<1, { T::BuildBatch::get() }>) -> Result<(), BenchmarkError> {
		let scope = RingScope::Municipality(GDL);
		let max = T::MaxRingSize::get();
		let included = max.saturating_sub(n);
		let keys: Vec<MemberKey> = (0..max)
			.map(|i| if i < included { filler(i) } else { T::Crypto::benchmark_key(entropy(i)) })
			.collect();
		RingKeys::<T>::insert(scope, 0, BoundedVec::truncate_from(keys.clone()));
		let kept = T::MaxRevisionsKept::get();
		Rings::<T>::insert(
			scope,
			0,
			RingInfo {
				len: max,
				included,
				generation: 1,
				revision: kept,
				published_len: included,
				published_generation: 1,
				oldest_kept: 1,
				usable: true,
				stale: true,
			},
		);
		PendingBuilds::<T>::insert(scope, 0, ());
		RingCount::<T>::insert(scope, 1);
		UsableRings::<T>::insert(scope, 1);
		let builder = T::Crypto::start_ring(T::Domain::get());
		Builders::<T>::insert(scope, 0, BoundedVec::truncate_from(builder));
		RetiredKeys::<T>::insert((scope, 0, 0), BoundedVec::truncate_from(keys));
		let root = BoundedVec::truncate_from(alloc::vec![0u8; RootLenOf::<T>::get() as usize]);
		let start: BlockNumberFor<T> = One::one();
		for revision in 1..=kept {
			let at = start.saturating_add(revision.into());
			Roots::<T>::insert(
				(scope, 0, revision),
				RootRecord {
					root: root.clone(),
					len: included,
					generation: if revision == 1 { 0 } else { 1 },
					usable: true,
					valid_from: at.saturating_sub(One::one()),
					valid_until: (revision < kept).then_some(at),
				},
			);
		}
		let now = start.saturating_add(kept.into()).saturating_add(T::RootRetention::get());
		frame_system::Pallet::<T>::set_block_number(now);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), scope, 0);

		let info = Rings::<T>::get(scope, 0).ok_or(BenchmarkError::Weightless)?;
		assert_eq!(info.revision, kept.saturating_add(1));
		assert!(!RetiredKeys::<T>::contains_key((scope, 0, 0)));
		Ok(())
	}

	#[benchmark]
	fn set_scope_settings() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let settings = ScopeSettings { onboarding_size: 1, min_ring_size: 1 };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, ScopeKind::State, settings);

		assert_eq!(ScopeSettingsOf::<T>::get(ScopeKind::State), Some(settings));
		Ok(())
	}

	/// The first expiry is due: its revision goes, and with it a full retired key list.
	#[benchmark]
	fn prune_revision() -> Result<(), BenchmarkError> {
		let scope = RingScope::National;
		let (who, person) = adult::<T>("person", 0, Residency::National(GDL))?;
		member_in_full_rings::<T>(&who, person, Residency::National(GDL), filler(0));
		let until: BlockNumberFor<T> = One::one();
		Roots::<T>::mutate((scope, 0, 1), |record| {
			if let Some(record) = record {
				record.valid_until = Some(until);
			}
		});
		Roots::<T>::insert(
			(scope, 0, 2),
			RootRecord {
				root: BoundedVec::truncate_from(alloc::vec![0u8; RootLenOf::<T>::get() as usize]),
				len: 0,
				generation: 1,
				usable: false,
				valid_from: until,
				valid_until: None,
			},
		);
		Rings::<T>::mutate(scope, 0, |info| {
			if let Some(info) = info {
				info.generation = 1;
				info.revision = 2;
				info.published_generation = 1;
			}
		});
		let keys = RingKeys::<T>::get(scope, 0);
		RetiredKeys::<T>::insert((scope, 0, 0), keys);
		let due = until.saturating_add(T::RootRetention::get());
		Expiries::<T>::insert(0, Expiry { due, scope, index: 0, revision: 1 });
		ExpiryBounds::<T>::put((0, 1));
		frame_system::Pallet::<T>::set_block_number(due);

		#[block]
		{
			assert!(Pallet::<T>::prune_next(due));
		}

		assert!(!Roots::<T>::contains_key((scope, 0, 1)));
		assert!(!RetiredKeys::<T>::contains_key((scope, 0, 0)));
		Ok(())
	}

	/// A real proof, verified against the ring it was made for.
	#[benchmark]
	fn verify_proof() -> Result<(), BenchmarkError> {
		let fixture = T::BenchmarkHelper::proof_fixture();
		let domain = T::Domain::get();
		let builder = T::Crypto::absorb(domain, &T::Crypto::start_ring(domain), &fixture.members)
			.map_err(|_| BenchmarkError::Weightless)?;
		let root = T::Crypto::finish_ring(&builder).map_err(|_| BenchmarkError::Weightless)?;
		let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
		Roots::<T>::insert(
			(ring.scope, ring.index, ring.revision),
			RootRecord {
				root: BoundedVec::try_from(root).map_err(|_| BenchmarkError::Weightless)?,
				len: fixture.members.len() as u32,
				generation: 0,
				usable: true,
				valid_from: Zero::zero(),
				valid_until: None,
			},
		);
		let snapshot = frame_system::Pallet::<T>::block_number();
		let result;

		#[block]
		{
			result = Pallet::<T>::verify(
				&ring,
				snapshot,
				&[&fixture.context],
				&fixture.message,
				&fixture.proof,
			);
		}

		assert_eq!(result, Ok(alloc::vec![fixture.alias]));
		Ok(())
	}

	/// A member key joins the roster's queue, which holds `MaxQueueLength - 1` keys: the
	/// whole queue is read, searched for the key and written.
	#[benchmark]
	fn join_roster() -> Result<(), BenchmarkError> {
		let scope = RingScope::Evaluators;
		let key = filler(0);
		KeyOwners::<T>::insert(key, PersonKey::from_low_u64_be(1));
		ScopeSettingsOf::<T>::insert(
			ScopeKind::Evaluators,
			ScopeSettings { onboarding_size: 1, min_ring_size: 1 },
		);
		fill_queue::<T>(scope, T::MaxQueueLength::get().saturating_sub(1));
		let result;

		#[block]
		{
			result = Pallet::<T>::do_join_roster(key);
		}

		assert!(result.is_ok());
		assert!(ReadyScopes::<T>::contains_key(scope));
		Ok(())
	}

	/// The key, a member key, is first in a full, published roster ring: the ring's whole
	/// published list is retired and the ring starts a new generation; and it joins the former
	/// evaluators' queue, which holds `MaxQueueLength - 1` keys (read, searched and written).
	#[benchmark]
	fn leave_roster() -> Result<(), BenchmarkError> {
		let scope = RingScope::Evaluators;
		let former = RingScope::FormerEvaluators;
		let key = filler(0);
		KeyOwners::<T>::insert(key, PersonKey::from_low_u64_be(1));
		full_ring::<T>(scope, key);
		fill_queue::<T>(former, T::MaxQueueLength::get().saturating_sub(1));
		let left;

		#[block]
		{
			left = Pallet::<T>::do_leave_roster(&key);
		}

		assert_eq!(left, Ok(true));
		assert!(RetiredKeys::<T>::contains_key((scope, 0, 0)));
		assert!(!Placements::<T>::contains_key(key, scope));
		assert!(Queues::<T>::get(former).is_some_and(|queue| queue.contains(&key)));
		Ok(())
	}

	/// A panel of `k` distinct registered member keys.
	#[benchmark]
	fn form_panel(k: Linear<1, { T::MaxRingSize::get() }>) -> Result<(), BenchmarkError> {
		let keys: Vec<MemberKey> = (0..k).map(filler).collect();
		for (i, key) in keys.iter().enumerate() {
			KeyOwners::<T>::insert(key, PersonKey::from_low_u64_be(i as u64));
		}
		let result;

		#[block]
		{
			result = Pallet::<T>::do_form_panel(0, keys);
		}

		assert!(result.is_ok());
		let scope = RingScope::Panel(0);
		assert_eq!(RingKeys::<T>::get(scope, 0).len() as u32, k);
		assert!(PendingBuilds::<T>::contains_key(scope, 0));
		Ok(())
	}

	/// A full panel ring keeping `MaxRevisionsKept` revisions, each of another past generation
	/// whose full key list is retired, with a builder and a pending build.
	#[benchmark]
	fn dissolve_panel() -> Result<(), BenchmarkError> {
		let panel = 0;
		let scope = RingScope::Panel(panel);
		let max = T::MaxRingSize::get();
		let kept = T::MaxRevisionsKept::get();
		let keys: RingKeysOf<T> = BoundedVec::truncate_from((0..max).map(filler).collect());
		RingKeys::<T>::insert(scope, 0, keys.clone());
		let root = BoundedVec::truncate_from(alloc::vec![0u8; RootLenOf::<T>::get() as usize]);
		for revision in 1..=kept {
			let generation = revision.saturating_sub(1);
			let from: BlockNumberFor<T> = revision.into();
			Roots::<T>::insert(
				(scope, 0, revision),
				RootRecord {
					root: root.clone(),
					len: max,
					generation,
					usable: true,
					valid_from: from,
					valid_until: (revision < kept).then(|| from.saturating_add(One::one())),
				},
			);
			RetiredKeys::<T>::insert((scope, 0, generation), keys.clone());
		}
		Rings::<T>::insert(
			scope,
			0,
			RingInfo {
				len: max,
				included: 0,
				generation: kept,
				revision: kept,
				published_len: max,
				published_generation: kept.saturating_sub(1),
				oldest_kept: 1,
				usable: true,
				stale: true,
			},
		);
		let builder = T::Crypto::start_ring(T::Domain::get());
		Builders::<T>::insert(scope, 0, BoundedVec::truncate_from(builder));
		PendingBuilds::<T>::insert(scope, 0, ());
		RingCount::<T>::insert(scope, 1);
		UsableRings::<T>::insert(scope, 1);
		let dissolved;

		#[block]
		{
			dissolved = Pallet::<T>::do_dissolve_panel(panel);
		}

		assert!(dissolved);
		assert!(Roots::<T>::iter_prefix((scope, 0)).next().is_none());
		assert!(RetiredKeys::<T>::iter_prefix((scope, 0)).next().is_none());
		assert!(!Rings::<T>::contains_key(scope, 0));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::bare(), crate::mock::Test);
}
