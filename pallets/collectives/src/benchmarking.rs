//! Benchmarks of the collectives pallet, worst case: longest names, full leader lists and full
//! expiry buckets, and collectives that fall short of leaders.

use super::*;
use alloc::{boxed::Box, vec};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_core::H256;

/// The code of ethics the benchmarks put in force.
const CODE: DocumentHash = H256::repeat_byte(7);

/// A name of [`Config::MaxNameLength`] bytes, distinct for each `(seed, index)`.
fn long_name<T: Config>(seed: &[u8], index: u32) -> NameOf<T> {
	let mut bytes = index.to_le_bytes().to_vec();
	bytes.extend_from_slice(seed);
	bytes.resize(T::MaxNameLength::get() as usize, b'x');
	bytes.try_into().expect("resized to MaxNameLength; qed")
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
	)?;
	let mut appointed = Vec::new();
	for i in 0..leaders {
		let who = add_member::<T>(collective, i, MemberStatus::Active)?;
		Pallet::<T>::do_appoint_leader(collective, &who)?;
		appointed.push(who);
	}
	Ok((collective, appointed))
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

/// The end of a term that starts now.
/// A pending collective request by a funded applicant; returns the applicant and request id.
fn pending_request<T: Config>() -> Result<(T::AccountId, RequestId), BenchmarkError> {
	let applicant = funded::<T>("applicant", 0);
	let request_id = NextRequestId::<T>::get();
	Pallet::<T>::request_collective(
		RawOrigin::Signed(applicant.clone()).into(),
		long_name::<T>(b"request", 0),
		CollectiveKind::Other,
		H256::repeat_byte(1),
	)?;
	Ok((applicant, request_id))
}

fn term_end<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::LeaderTerm::get())
}

/// Move to the next block, so that the terms that start there end at a bucket of their own.
fn next_block<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
}

/// The commissioner seats of `collective`.
fn commissioner_seats(collective: CollectiveId) -> [ExecutiveSeat; 2] {
	[
		ExecutiveSeat::Commissioner(Commission::Projects, collective),
		ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective),
	]
}

/// A full Executive Council: [`Config::MaxCollectives`] collectives (the first with
/// [`Config::MaxLeaders`] leaders, returned), two commissioners each and the Secretary, each
/// seated at a block of its own.
fn full_executive<T: Config>() -> Result<(CollectiveId, Vec<T::AccountId>), BenchmarkError> {
	let (first, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
	let mut collectives = vec![first];
	let mut index = 1u32;
	while Collectives::<T>::count() < T::MaxCollectives::get() {
		collectives.push(collective_with_leaders::<T>(index, 0)?.0);
		index = index.saturating_add(1);
	}
	for collective in collectives {
		for (i, seat) in commissioner_seats(collective).into_iter().enumerate() {
			let who = add_member::<T>(
				collective,
				1000u32.saturating_add(i as u32),
				MemberStatus::Active,
			)?;
			next_block::<T>();
			Pallet::<T>::do_designate_executive(seat, &who)?;
		}
	}
	next_block::<T>();
	Pallet::<T>::do_designate_executive(ExecutiveSeat::Secretary, &account("secretary", 0, 0))?;
	Ok((first, leaders))
}

/// An account that can pay an advisory request deposit.
fn advisory_applicant<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("advisor", index, 0);
	let amount = T::Currency::minimum_balance()
		.saturating_mul(2u32.into())
		.saturating_add(T::AdvisoryRequestDeposit::get());
	T::Currency::set_balance(&who, amount);
	who
}

/// Seat `count` advisors, each at a block of its own; returns them in admission order.
fn seat_advisors<T: Config>(count: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let mut seated = Vec::new();
	for i in 0..count {
		let who: T::AccountId = account("advisor", i, 0);
		next_block::<T>();
		Pallet::<T>::do_seat_advisor(&who)?;
		seated.push(who);
	}
	Pallet::<T>::sync_council(Council::Advisory);
	Ok(seated)
}

/// Fill the validator set with nodes of no real collective, leaving `free` places.
fn fill_validators<T: Config>(free: u32) {
	Validators::<T>::mutate(|validators| {
		let mut index = 0u32;
		while validators.len() < T::MaxValidators::get().saturating_sub(free) as usize {
			let filler: T::AccountId = account("validator", index, 0);
			if validators.try_push((filler, CollectiveId::MAX)).is_err() {
				break;
			}
			index = index.saturating_add(1);
		}
	});
}

/// A collective with [`Config::MaxLeaders`] leaders and an active member with session keys
/// that applied for a node, endorsed by `endorsers` of the leaders.
fn node_applicant<T: Config>(
	endorsers: u32,
) -> Result<(CollectiveId, Vec<T::AccountId>, T::AccountId), BenchmarkError> {
	let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
	let who = add_member::<T>(collective, T::MaxLeaders::get(), MemberStatus::Active)?;
	T::BenchmarkHelper::register_session_keys(&who);
	Pallet::<T>::apply_for_node(
		RawOrigin::Signed(who.clone()).into(),
		H256::repeat_byte(4),
		H256::repeat_byte(5),
	)?;
	for leader in leaders.iter().take(endorsers as usize) {
		Pallet::<T>::endorse_node(RawOrigin::Signed(leader.clone()).into(), who.clone())?;
	}
	Ok((collective, leaders, who))
}

/// A collective with two active nodes in a full set; returns the second node.
fn running_node<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let (collective, _) = collective_with_leaders::<T>(0, 0)?;
	fill_validators::<T>(2);
	let mut nodes = Vec::new();
	for i in 0..2 {
		let who = add_member::<T>(collective, i, MemberStatus::Active)?;
		T::BenchmarkHelper::register_session_keys(&who);
		nodes.push(who);
	}
	Validators::<T>::mutate(|validators| {
		for who in nodes.iter() {
			let _ = validators.try_push((who.clone(), collective));
		}
	});
	nodes.pop().ok_or(BenchmarkError::Weightless)
}

/// A repository address of [`Config::MaxUrlLength`] bytes.
fn long_repository<T: Config>() -> RepositoryOf<T> {
	let mut bytes = b"https://".to_vec();
	bytes.resize(T::MaxUrlLength::get() as usize, b'x');
	bytes.try_into().expect("resized to MaxUrlLength; qed")
}

/// A project application of `collective` by `leader`, run by a fresh account; returns its id.
fn project_application<T: Config>(
	collective: CollectiveId,
	leader: &T::AccountId,
	index: u32,
) -> Result<ProjectId, BenchmarkError> {
	let project_id = NextProjectId::<T>::get();
	Pallet::<T>::propose_project(
		RawOrigin::Signed(leader.clone()).into(),
		collective,
		account("project", index, collective),
		H256::repeat_byte(9),
		H256::repeat_byte(10),
		long_repository::<T>(),
	)?;
	Ok(project_id)
}

/// A collective with [`Config::MaxLeaders`] leaders and a project application of it,
/// recommended if `recommend`; returns the collective, its last leader and the application.
fn pending_project<T: Config>(
	recommend: bool,
) -> Result<(CollectiveId, T::AccountId, ProjectId), BenchmarkError> {
	let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
	let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
	let project_id = project_application::<T>(collective, &leader, 0)?;
	if recommend {
		ProjectApplications::<T>::mutate(project_id, |maybe| {
			if let Some(application) = maybe {
				application.status = ProjectStatus::Recommended;
			}
		});
	}
	Ok((collective, leader, project_id))
}

/// A registered project; returns it and its account.
fn registered_project<T: Config>() -> Result<(ProjectId, T::AccountId), BenchmarkError> {
	let (_, _, project_id) = pending_project::<T>(true)?;
	Pallet::<T>::approve_project(
		T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?,
		project_id,
	)?;
	let account = Projects::<T>::get(project_id)
		.map(|p| p.account)
		.ok_or(BenchmarkError::Weightless)?;
	Ok((project_id, account))
}

#[benchmarks(where T::ExecutiveProposal: From<frame_system::Call<T>>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn request_collective() -> Result<(), BenchmarkError> {
		let applicant = funded::<T>("applicant", 0);
		let name = long_name::<T>(b"request", 0);
		let request_id = NextRequestId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(applicant), name, CollectiveKind::Other, H256::repeat_byte(1));

		assert!(CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn approve_collective_request() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, request_id) = pending_request::<T>()?;
		let collective = NextCollectiveId::<T>::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, request_id);

		assert!(Collectives::<T>::contains_key(collective));
		assert!(!CollectiveRequests::<T>::contains_key(request_id));
		Ok(())
	}

	#[benchmark]
	fn reject_collective_request() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, request_id) = pending_request::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, request_id, H256::repeat_byte(2));

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
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		CodeOfEthics::<T>::put(CODE);
		let new_code = H256::repeat_byte(8);

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
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let who = applicant::<T>(collective)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		assert!(Pallet::<T>::active_collective_of(&who).is_some());
		assert!(!ApplicationDeposits::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_application() -> Result<(), BenchmarkError> {
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let who = applicant::<T>(collective)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone(), H256::repeat_byte(3));

		assert!(!Members::<T>::contains_key(&who));
		assert!(!ApplicationDeposits::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn accept_code_of_ethics() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let who = add_member::<T>(collective, 0, MemberStatus::Active)?;
		let new_code = H256::repeat_byte(8);
		CodeOfEthics::<T>::put(new_code);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), new_code);

		assert!(Pallet::<T>::is_code_of_ethics_current(who));
		Ok(())
	}

	#[benchmark]
	fn suspend_member() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// A leader whose loss leaves the collective short, behind a full expiry bucket.
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MinLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		fill_expiries::<T>(term_end::<T>(), 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn reinstate_member() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let suspended = MemberStatus::Suspended {
			reason: H256::repeat_byte(3),
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
		// A leader whose leaving leaves the collective short, behind a full expiry bucket.
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MinLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		fill_expiries::<T>(term_end::<T>(), 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Members::<T>::contains_key(&who));
		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn appoint_leader() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// Every other leader's institution is compared; the bucket has one slot left.
		let others = T::MaxLeaders::get().saturating_sub(1);
		let (collective, _) = collective_with_leaders::<T>(0, others)?;
		let who = add_member::<T>(collective, others, MemberStatus::Active)?;
		fill_expiries::<T>(term_end::<T>(), 1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn renew_leader() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let old_end = term_end::<T>();
		let new_end = old_end.saturating_add(T::LeaderTerm::get());
		fill_expiries::<T>(old_end, 0);
		fill_expiries::<T>(new_end, 1);
		frame_system::Pallet::<T>::set_block_number(
			old_end.saturating_sub(T::RenewalWindow::get()),
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(LeaderExpiries::<T>::get(new_end).iter().any(|(_, w)| w == &who));
		Ok(())
	}

	#[benchmark]
	fn remove_leader() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MinLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		fill_expiries::<T>(term_end::<T>(), 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, who.clone());

		assert!(!Pallet::<T>::is_leader(collective, &who));
		Ok(())
	}

	#[benchmark]
	fn expel_member() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// A leader whose expulsion leaves the collective short, behind a full expiry bucket. A
		// leader holds no application deposit; its release costs no more than the leadership.
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MinLeaders::get())?;
		let who = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		fill_expiries::<T>(term_end::<T>(), 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

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
	fn on_initialize_seats(
		s: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		// `s` terms end at the same block: commissioners of full collectives first (each
		// expiry pushes two councils), then the Secretary, then advisors.
		let mut left = s;
		let mut index = 0u32;
		while left > 0 && Collectives::<T>::count() < T::MaxCollectives::get() {
			let (collective, _) = collective_with_leaders::<T>(index, 0)?;
			for (i, seat) in commissioner_seats(collective).into_iter().enumerate() {
				if left == 0 {
					break;
				}
				let who = add_member::<T>(collective, i as u32, MemberStatus::Active)?;
				Pallet::<T>::do_designate_executive(seat, &who)?;
				left = left.saturating_sub(1);
			}
			index = index.saturating_add(1);
		}
		if left > 0 {
			let secretary: T::AccountId = account("secretary", 0, 0);
			Pallet::<T>::do_designate_executive(ExecutiveSeat::Secretary, &secretary)?;
			left = left.saturating_sub(1);
		}
		let mut i = 0u32;
		while left > 0 && (Advisors::<T>::decode_len().unwrap_or(0) as u32) < T::MaxAdvisors::get()
		{
			Pallet::<T>::do_seat_advisor(&account("advisor", i, 0))?;
			left = left.saturating_sub(1);
			i = i.saturating_add(1);
		}
		Pallet::<T>::sync_council(Council::Advisory);
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::ExecutiveTerm::get());
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Pallet::<T>::on_initialize(at);
		}

		assert!(!SeatExpiries::<T>::contains_key(at));
		Ok(())
	}

	#[benchmark]
	fn propose_executive() -> Result<(), BenchmarkError> {
		// Every other proposal is checked for its proposer's leadership.
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let candidate = add_member::<T>(collective, T::MaxLeaders::get(), MemberStatus::Active)?;
		let seat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective);
		let others = T::MaxSeatProposals::get().saturating_sub(1) as usize;
		for leader in leaders.iter().skip(1).take(others) {
			Pallet::<T>::propose_executive(
				RawOrigin::Signed(leader.clone()).into(),
				seat,
				candidate.clone(),
			)?;
		}
		let proposer = leaders.first().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer.clone()), seat, candidate);

		assert!(SeatProposals::<T>::get(seat).iter().any(|p| p.proposer == proposer));
		Ok(())
	}

	#[benchmark]
	fn withdraw_executive_proposal() -> Result<(), BenchmarkError> {
		let (collective, leaders) = collective_with_leaders::<T>(0, 1)?;
		let candidate = add_member::<T>(collective, 1, MemberStatus::Active)?;
		let seat = ExecutiveSeat::Commissioner(Commission::Projects, collective);
		let proposer = leaders.first().cloned().ok_or(BenchmarkError::Weightless)?;
		Pallet::<T>::propose_executive(
			RawOrigin::Signed(proposer.clone()).into(),
			seat,
			candidate,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer), seat);

		assert!(!SeatProposals::<T>::contains_key(seat));
		Ok(())
	}

	#[benchmark]
	fn designate_executive() -> Result<(), BenchmarkError> {
		let origin =
			T::AdvisoryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// A full Executive Council; a leader's candidate replaces a commissioner.
		let (collective, leaders) = full_executive::<T>()?;
		let seat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective);
		let candidate = leaders.first().cloned().ok_or(BenchmarkError::Weightless)?;
		let proposer = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		Pallet::<T>::propose_executive(
			RawOrigin::Signed(proposer).into(),
			seat,
			candidate.clone(),
		)?;
		next_block::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, seat, candidate.clone());

		assert_eq!(ExecutiveSeatOf::<T>::get(&candidate), Some(seat));
		Ok(())
	}

	#[benchmark]
	fn remove_executive() -> Result<(), BenchmarkError> {
		let origin =
			T::AdvisoryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (collective, _) = full_executive::<T>()?;
		let seat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, seat);

		assert!(Pallet::<T>::executive_seat(seat).is_none());
		Ok(())
	}

	#[benchmark]
	fn request_advisory_seat() -> Result<(), BenchmarkError> {
		seat_advisors::<T>(T::MaxAdvisors::get())?;
		let who = advisory_applicant::<T>(T::MaxAdvisors::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), H256::repeat_byte(1));

		assert!(AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn withdraw_advisory_request() -> Result<(), BenchmarkError> {
		let who = advisory_applicant::<T>(0);
		Pallet::<T>::request_advisory_seat(
			RawOrigin::Signed(who.clone()).into(),
			H256::repeat_byte(1),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn admit_advisor() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let others = T::MaxAdvisors::get().saturating_sub(1);
		seat_advisors::<T>(others)?;
		let who = advisory_applicant::<T>(others);
		Pallet::<T>::request_advisory_seat(
			RawOrigin::Signed(who.clone()).into(),
			H256::repeat_byte(1),
		)?;
		next_block::<T>();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::is_advisor(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_advisory_request() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = advisory_applicant::<T>(0);
		Pallet::<T>::request_advisory_seat(
			RawOrigin::Signed(who.clone()).into(),
			H256::repeat_byte(1),
		)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(!AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn renew_advisor() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let advisors = seat_advisors::<T>(T::MaxAdvisors::get())?;
		let who = advisors.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let end = frame_system::Pallet::<T>::block_number().saturating_add(T::AdvisoryTerm::get());
		frame_system::Pallet::<T>::set_block_number(end.saturating_sub(T::RenewalWindow::get()));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(SeatExpiries::<T>::get(end.saturating_add(T::AdvisoryTerm::get()))
			.contains(&SeatExpiry::Advisor(who)));
		Ok(())
	}

	#[benchmark]
	fn remove_advisor() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let advisors = seat_advisors::<T>(T::MaxAdvisors::get())?;
		let who = advisors.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Pallet::<T>::is_advisor(&who));
		Ok(())
	}

	#[benchmark]
	fn table_motion() -> Result<(), BenchmarkError> {
		let secretary: T::AccountId = account("secretary", 0, 0);
		Pallet::<T>::do_designate_executive(ExecutiveSeat::Secretary, &secretary)?;
		let proposal: T::ExecutiveProposal =
			frame_system::Call::<T>::remark { remark: Vec::new() }.into();

		#[extrinsic_call]
		_(RawOrigin::Signed(secretary), DecisionKind::Ordinary, Box::new(proposal), 100);

		Ok(())
	}

	#[benchmark]
	fn apply_for_node() -> Result<(), BenchmarkError> {
		let (collective, _) = collective_with_leaders::<T>(0, 0)?;
		let who = add_member::<T>(collective, 0, MemberStatus::Active)?;
		T::BenchmarkHelper::register_session_keys(&who);
		fill_validators::<T>(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), H256::repeat_byte(4), H256::repeat_byte(5));

		assert!(NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn withdraw_node_application() -> Result<(), BenchmarkError> {
		let (_, _, who) = node_applicant::<T>(0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn endorse_node() -> Result<(), BenchmarkError> {
		// Every other leader endorsed it; the last one's endorsement is checked against all.
		let others = T::MaxLeaders::get().saturating_sub(1);
		let (_, leaders, who) = node_applicant::<T>(others)?;
		let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		let endorsers = NodeApplications::<T>::get(&who).map(|a| a.endorsers.len());
		assert_eq!(endorsers, Some(T::MaxLeaders::get() as usize));
		Ok(())
	}

	#[benchmark]
	fn approve_node() -> Result<(), BenchmarkError> {
		let origin = T::NodeCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, who) = node_applicant::<T>(T::MaxLeaders::get())?;
		fill_validators::<T>(1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::is_validator(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_node() -> Result<(), BenchmarkError> {
		let origin = T::NodeCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, who) = node_applicant::<T>(0)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(!NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_node() -> Result<(), BenchmarkError> {
		let origin = T::NodeCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let who = running_node::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(!Pallet::<T>::runs_node(&who));
		Ok(())
	}

	#[benchmark]
	fn suspend_node() -> Result<(), BenchmarkError> {
		let origin = T::NodeCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let who = running_node::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(SuspendedNodes::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn resume_node() -> Result<(), BenchmarkError> {
		let origin = T::NodeCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let who = running_node::<T>()?;
		Pallet::<T>::suspend_node(
			T::NodeCommissionOrigin::try_successful_origin()
				.map_err(|_| BenchmarkError::Weightless)?,
			who.clone(),
			H256::repeat_byte(3),
		)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::is_validator(&who));
		Ok(())
	}

	#[benchmark]
	fn propose_project(
		p: Linear<0, { T::MaxPendingProjects::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		// `p` other applications are pending: each is read for the account.
		let (collective, leaders) = collective_with_leaders::<T>(0, T::MaxLeaders::get())?;
		let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		for i in 0..p {
			project_application::<T>(collective, &leader, i.saturating_add(1))?;
		}
		let project_id = NextProjectId::<T>::get();
		let who: T::AccountId = account("project", 0, collective);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(leader),
			collective,
			who,
			H256::repeat_byte(9),
			H256::repeat_byte(10),
			long_repository::<T>(),
		);

		assert!(ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn withdraw_project() -> Result<(), BenchmarkError> {
		let (_, leader, project_id) = pending_project::<T>(false)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), project_id);

		assert!(!ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn recommend_project() -> Result<(), BenchmarkError> {
		let origin = T::ProjectsCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, project_id) = pending_project::<T>(false)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id);

		let status = ProjectApplications::<T>::get(project_id).map(|p| p.status);
		assert_eq!(status, Some(ProjectStatus::Recommended));
		Ok(())
	}

	#[benchmark]
	fn decline_project() -> Result<(), BenchmarkError> {
		let origin = T::ProjectsCommissionOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, project_id) = pending_project::<T>(false)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn approve_project() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, project_id) = pending_project::<T>(true)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id);

		assert!(Projects::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn reject_project() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (_, _, project_id) = pending_project::<T>(true)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn retire_project() -> Result<(), BenchmarkError> {
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (project_id, who) = registered_project::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!Projects::<T>::contains_key(project_id));
		assert!(!ProjectOf::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn grant_capital() -> Result<(), BenchmarkError> {
		// The beneficiary is a registered project, found after the whole (full) validator set.
		let (collective, leader, project_id) = pending_project::<T>(true)?;
		Pallet::<T>::approve_project(
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?,
			project_id,
		)?;
		let beneficiary = Projects::<T>::get(project_id)
			.map(|p| p.account)
			.ok_or(BenchmarkError::Weightless)?;
		fill_validators::<T>(0);
		let amount = T::MaxGrantPerPeriod::get();
		let minimum = T::Currency::minimum_balance();
		T::Currency::set_balance(
			&Pallet::<T>::treasury_account(collective),
			amount.saturating_add(minimum.saturating_mul(2u32.into())),
		);
		T::Currency::set_balance(&beneficiary, minimum);

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), collective, beneficiary.clone(), amount);

		assert_eq!(T::Currency::balance(&beneficiary), minimum.saturating_add(amount));
		Ok(())
	}

	#[benchmark]
	fn submit_report() -> Result<(), BenchmarkError> {
		// A registered project's report: the project is read to check its account.
		let (project_id, who) = registered_project::<T>()?;
		let subject = ReportSubject::Project(project_id);
		let due = ReportDue::<T>::get(&subject).ok_or(BenchmarkError::Weightless)?;
		frame_system::Pallet::<T>::set_block_number(due);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), subject.clone(), H256::repeat_byte(6));

		assert_eq!(
			ReportDue::<T>::get(&subject),
			Some(due.saturating_add(T::ProjectReportPeriod::get()))
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
