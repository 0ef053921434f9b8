//! Benchmarks of the collective registry, worst case: longest names, full leader lists
//! ([`Config::MaxLeaders`]) and full expiry buckets ([`Config::MaxExpiriesPerBlock`]).
//!
//! The membership hooks' and the report obligations' own costs are not measured here: the
//! calls add [`Config::MembershipHooks`]' and [`Config::Reports`]' declared weights.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Hooks,
};
use frame_system::RawOrigin;

/// The code of ethics the benchmarks put in force.
const CODE: DocumentHash = DocumentHash::repeat_byte(7);

/// A name of [`Config::MaxNameLength`] bytes, distinct for each `(seed, index)`.
fn long_name<T: Config>(seed: &[u8], index: u32) -> NameOf<T> {
	let mut bytes = index.to_le_bytes().to_vec();
	bytes.extend_from_slice(seed);
	bytes.resize(T::MaxNameLength::get() as usize, b'x');
	NameOf::<T>::truncate_from(bytes)
}

/// An account that can pay a few request deposits and an application deposit.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::Currency::minimum_balance()
		.saturating_mul(2u32.into())
		.saturating_add(T::CollectiveRequestDeposit::get().saturating_mul(4u32.into()))
		.saturating_add(T::MembershipApplicationDeposit::get());
	T::Currency::set_balance(&who, amount);
	who
}

/// The Executive Council's origin.
fn executive<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A new collective with `leaders` active members appointed leaders now, of distinct
/// institutions; returns the collective and its leaders in appointment order.
fn collective_with_leaders<T: Config>(
	index: u32,
	leaders: u32,
) -> Result<(CollectiveId, Vec<T::AccountId>), BenchmarkError> {
	CodeOfEthics::<T>::put(CODE);
	let collective = Pallet::<T>::do_create_collective(
		long_name::<T>(b"collective", index),
		CollectiveKind::Other,
		None,
		None,
		0,
	)?;
	let mut appointed = Vec::new();
	for i in 0..leaders {
		let who = add_member::<T>(collective, i, MemberStatus::Active)?;
		Pallet::<T>::do_appoint_leader(collective, &who)?;
		appointed.push(who);
	}
	Ok((collective, appointed))
}

/// A collective with [`Config::MaxLeaders`] leaders; returns it and its last leader, whose
/// term ends in a full expiry bucket.
fn last_of_full_leaders<T: Config>() -> Result<(CollectiveId, T::AccountId), BenchmarkError> {
	let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
	let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
	fill_expiries::<T>(term_end::<T>(), 0);
	Ok((collective, who))
}

/// A member of `collective` with a long institution of its own.
fn add_member<T: Config>(
	collective: CollectiveId,
	index: u32,
	status: MemberStatus<BlockNumberFor<T>>,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("member", index, collective);
	let institution = long_name::<T>(b"institution", index);
	Pallet::<T>::do_insert_member(&who, collective, institution, status, CODE)?;
	Ok(who)
}

/// An applicant to `collective` with a long institution and its deposit held.
fn applicant<T: Config>(collective: CollectiveId) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>("applicant", collective);
	Pallet::<T>::apply_for_membership(
		RawOrigin::Signed(who.clone()).into(),
		collective,
		long_name::<T>(b"applicant institution", 0),
		CODE,
	)?;
	Ok(who)
}

/// An [`applicant`] to a collective with [`Config::MaxLeaders`] leaders, for the last of them
/// to decide: the longest search for the signer. Returns the leader and the applicant.
fn application_for_the_last_leader<T: Config>(
) -> Result<(T::AccountId, T::AccountId), BenchmarkError> {
	let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
	let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
	Ok((leader, applicant::<T>(collective)?))
}

/// Fill the expiry bucket of block `at` with placeholder entries, leaving `free` slots. The
/// placeholders only make the searches through the bucket as long as they can be.
fn fill_expiries<T: Config>(at: BlockNumberFor<T>, free: u32) {
	LeaderExpiries::<T>::mutate(at, |bucket| {
		let mut index = 0u32;
		while bucket.len() < T::MaxExpiriesPerBlock::get().saturating_sub(free) as usize {
			let filler: T::AccountId = account("filler", index, 0);
			if bucket.try_push((CollectiveId::MAX, filler)).is_err() {
				break;
			}
			index = index.saturating_add(1);
		}
	});
}

/// A pending collective request by a funded applicant; returns the applicant and request id.
fn pending_request<T: Config>() -> Result<(T::AccountId, RequestId), BenchmarkError> {
	let applicant = funded::<T>("applicant", 0);
	let request_id = NextRequestId::<T>::get();
	CodeOfEthics::<T>::put(CODE);
	Pallet::<T>::request_collective(
		RawOrigin::Signed(applicant.clone()).into(),
		long_name::<T>(b"request", 0),
		CollectiveKind::Other,
		DocumentHash::repeat_byte(1),
		long_name::<T>(b"promoter institution", 0),
		CODE,
		T::MaxCommittedNodes::get(),
	)?;
	Ok((applicant, request_id))
}

/// The Executive Council's and both councils' emergency origin for leaders.
fn leadership<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::LeadershipOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Move to the first block at which `collective` may be flagged, and flag it.
fn flagged<T: Config>(collective: CollectiveId) -> Result<(), BenchmarkError> {
	let created_at = Collectives::<T>::get(collective)
		.map(|c| c.created_at)
		.ok_or(BenchmarkError::Weightless)?;
	frame_system::Pallet::<T>::set_block_number(
		created_at.saturating_add(T::NodeGracePeriod::get()),
	);
	Pallet::<T>::do_flag_without_nodes(collective)?;
	Ok(())
}

/// Move to the first block at which something submitted now has expired.
fn past_lifetime<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RequestLifetime::get()));
}

/// The end of a term that starts now.
fn term_end<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::LeaderTerm::get())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn request_collective() -> Result<(), BenchmarkError> {
		let applicant = funded::<T>("applicant", 0);
		let name = long_name::<T>(b"request", 0);
		let institution = long_name::<T>(b"promoter institution", 0);
		let request_id = NextRequestId::<T>::get();
		CodeOfEthics::<T>::put(CODE);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(applicant),
			name,
			CollectiveKind::Other,
			DocumentHash::repeat_byte(1),
			institution,
			CODE,
			T::MaxCommittedNodes::get(),
		);

		assert!(CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn approve_collective_request() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (promoter, request_id) = pending_request::<T>()?;
		let collective = NextCollectiveId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, request_id);

		assert!(Collectives::<T>::contains_key(collective));
		assert_eq!(Pallet::<T>::active_collective_of(&promoter), Some(collective));
		assert!(!CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn reject_collective_request() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (_, request_id) = pending_request::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, request_id, DocumentHash::repeat_byte(2));

		assert!(!CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn withdraw_collective_request() -> Result<(), BenchmarkError> {
		let (applicant, request_id) = pending_request::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(applicant), request_id);

		assert!(!CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn set_code_of_ethics() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		CodeOfEthics::<T>::put(CODE);
		let new_code = DocumentHash::repeat_byte(8);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new_code);

		assert_eq!(CodeOfEthics::<T>::get(), Some(new_code));
		Ok(())
	}

	#[benchmark]
	fn apply_for_membership() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let who = funded::<T>("applicant", 0);
		let institution = long_name::<T>(b"applicant institution", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), collective, institution, CODE);

		assert!(Members::<T>::contains_key(&who));
		assert_eq!(
			ApplicationDeposits::<T>::get(&who).is_some(),
			!T::MembershipApplicationDeposit::get().is_zero()
		);
		Ok(())
	}

	#[benchmark]
	fn admit_member() -> Result<(), BenchmarkError> {
		let (leader, who) = application_for_the_last_leader::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		assert!(Pallet::<T>::active_collective_of(&who).is_some());
		assert!(!ApplicationDeposits::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_application() -> Result<(), BenchmarkError> {
		let (leader, who) = application_for_the_last_leader::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone(), DocumentHash::repeat_byte(3));

		assert!(!Members::<T>::contains_key(&who));
		assert!(!ApplicationDeposits::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn accept_code_of_ethics() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let who = add_member::<T>(collective, 0, MemberStatus::Active)?;
		let new_code = DocumentHash::repeat_byte(8);
		CodeOfEthics::<T>::put(new_code);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), new_code);

		assert!(Pallet::<T>::is_code_of_ethics_current(who));
		Ok(())
	}

	#[benchmark]
	fn suspend_member() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// The last of MaxLeaders leaders, behind a full expiry bucket.
		let (collective, who) = last_of_full_leaders::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), DocumentHash::repeat_byte(3));

		assert!(!Pallet::<T>::is_leader(collective, &who));
		assert!(Pallet::<T>::active_collective_of(&who).is_none());
		Ok(())
	}

	#[benchmark]
	fn reinstate_member() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let suspended = MemberStatus::Suspended {
			reason: DocumentHash::repeat_byte(3),
			since: frame_system::Pallet::<T>::block_number(),
		};
		let who = add_member::<T>(collective, 0, suspended)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::active_collective_of(&who).is_some());
		Ok(())
	}

	#[benchmark]
	fn leave() -> Result<(), BenchmarkError> {
		// The last of MaxLeaders leaders, behind a full expiry bucket.
		let (collective, who) = last_of_full_leaders::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Members::<T>::contains_key(&who));
		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn appoint_leader() -> Result<(), BenchmarkError> {
		let origin = leadership::<T>()?;
		// Every other leader's institution is compared; the bucket has one slot left.
		let others = T::MaxLeaders::get().saturating_sub(1);
		let (collective, _) = collective_with_leaders::<T>(0, others)?;
		let who = add_member::<T>(collective, others, MemberStatus::Active)?;
		fill_expiries::<T>(term_end::<T>(), 1);
		// A former leader with one term left: its lifetime count is read and written.
		let limit = Pallet::<T>::leader_term_limit();
		LeaderTermsServed::<T>::insert(&who, limit.saturating_sub(1));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(Pallet::<T>::is_leader(collective, &who));
		assert_eq!(LeaderTermsServed::<T>::get(&who), limit);
		Ok(())
	}

	#[benchmark]
	fn renew_leader() -> Result<(), BenchmarkError> {
		let origin = leadership::<T>()?;
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let old_end = term_end::<T>();
		let new_end = old_end.saturating_add(T::LeaderTerm::get());
		fill_expiries::<T>(old_end, 0);
		fill_expiries::<T>(new_end, 1);
		frame_system::Pallet::<T>::set_block_number(
			old_end.saturating_sub(T::RenewalWindow::get()),
		);
		// One term left in its life (at least the one under way is counted already).
		let limit = Pallet::<T>::leader_term_limit();
		ensure!(limit > 1, "MaxLeaderRenewals is zero: no renewal can be measured");
		LeaderTermsServed::<T>::insert(&who, limit.saturating_sub(1));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(LeaderExpiries::<T>::get(new_end).iter().any(|(_, w)| w == &who));
		assert_eq!(LeaderTermsServed::<T>::get(&who), limit);
		Ok(())
	}

	#[benchmark]
	fn remove_leader() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (collective, who) = last_of_full_leaders::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn expel_member() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// The last of MaxLeaders leaders, behind a full expiry bucket. A leader holds no
		// application deposit; its release costs no more than the leadership.
		let (collective, who) = last_of_full_leaders::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), DocumentHash::repeat_byte(3));

		assert!(!Members::<T>::contains_key(&who));
		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn on_initialize(
		e: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		// `e` real leaders end their terms at the same block, spread over as few collectives as
		// possible so that the last expiries in each leave it short of leaders.
		let per_collective = T::MaxLeaders::get();
		let room = T::MaxCollectives::get().saturating_sub(Collectives::<T>::count());
		let mut left = e.min(room.saturating_mul(per_collective));
		let mut index = 0u32;
		while left > 0 {
			let leaders = left.min(per_collective);
			collective_with_leaders::<T>(index, leaders)?;
			left = left.saturating_sub(leaders);
			index = index.saturating_add(1);
		}
		let at = term_end::<T>();
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Pallet::<T>::on_initialize(at);
		}

		assert!(!LeaderExpiries::<T>::contains_key(at));
		Ok(())
	}

	#[benchmark]
	fn resign_leadership() -> Result<(), BenchmarkError> {
		// The last of MaxLeaders leaders, behind a full expiry bucket.
		let (collective, who) = last_of_full_leaders::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Pallet::<T>::is_leader(collective, &who));
		assert_eq!(Pallet::<T>::active_collective_of(&who), Some(collective));
		Ok(())
	}

	#[benchmark]
	fn flag_without_nodes() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let created_at = Collectives::<T>::get(collective)
			.map(|c| c.created_at)
			.ok_or(BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::set_block_number(
			created_at.saturating_add(T::NodeGracePeriod::get()),
		);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), collective);

		assert!(FlaggedCollectives::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn unflag_collective() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		flagged::<T>(collective)?;
		T::BenchmarkHelper::run_node(collective);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), collective);

		assert!(!FlaggedCollectives::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn dissolve_collective(
		m: Linear<1, { T::MaxMembersPerCollective::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// Up to MaxLeaders of the `m` members lead; the others are applicants whose deposits
		// are returned.
		let leaders = m.min(T::MaxLeaders::get());
		let (collective, _) = collective_with_leaders::<T>(0, leaders)?;
		for i in leaders..m {
			let who = funded::<T>("dissolved applicant", i);
			Pallet::<T>::apply_for_membership(
				RawOrigin::Signed(who).into(),
				collective,
				long_name::<T>(b"applicant institution", i),
				CODE,
			)?;
		}
		flagged::<T>(collective)?;
		let name = Collectives::<T>::get(collective)
			.map(|c| c.name)
			.ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, DocumentHash::repeat_byte(4));

		assert!(!Collectives::<T>::contains_key(collective));
		assert!(!CollectiveNames::<T>::contains_key(&name));
		assert!(CollectiveMembers::<T>::iter_key_prefix(collective).next().is_none());
		Ok(())
	}

	#[benchmark]
	fn remove_expired_request() -> Result<(), BenchmarkError> {
		let (applicant, request_id) = pending_request::<T>()?;
		past_lifetime::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), request_id);

		assert!(!CollectiveRequests::<T>::contains_key(request_id));
		assert!(!PendingRequestsOf::<T>::contains_key(&applicant));
		Ok(())
	}

	#[benchmark]
	fn remove_expired_application() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let who = applicant::<T>(collective)?;
		past_lifetime::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Members::<T>::contains_key(&who));
		assert!(!ApplicationDeposits::<T>::contains_key(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
