//! Benchmarks of leadership elections, worst case: full application lists, a tally where every
//! member walks the whole delegation depth, the most votes to clear, the longest chain a
//! delegation may join.
//!
//! Every benchmark works in a new collective (the next id), so that a runtime's genesis members
//! and leaders do not count.

use super::*;
use alloc::vec::Vec;
use bmx_primitives::governance::GovernanceSetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{One, Saturating};

/// The hash the benchmarks give for statements and reasons.
const DOCUMENT: DocumentHash = H256::repeat_byte(7);

/// A new collective, without leaders.
fn new_collective<T: Config>() -> CollectiveId {
	let collective = T::BenchmarkHelper::collective(T::Collectives::collectives().len() as u32);
	T::BenchmarkHelper::without_leaders(collective);
	collective
}

/// An active member of `collective`.
fn member<T: Config>(collective: CollectiveId, name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, collective);
	T::BenchmarkHelper::active_member(collective, &who);
	who
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

fn set_now<T: Config>(block: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(block);
}

/// An open call of `collective` for `seats`, its applications from `applicants` active
/// members; returns the applicants.
fn open_call_with<T: Config>(
	collective: CollectiveId,
	seats: u32,
	applicants: u32,
) -> Result<Vec<T::AccountId>, BenchmarkError> {
	Pallet::<T>::do_open_call(collective, seats)?;
	let mut accounts = Vec::new();
	for index in 0..applicants {
		let who = member::<T>(collective, "applicant", index);
		Pallet::<T>::do_apply(collective, who.clone(), DOCUMENT)?;
		accounts.push(who);
	}
	Ok(accounts)
}

/// A leader of a new collective whose term ends in a while; returns the collective, the
/// leader and its term's end.
fn leader<T: Config>() -> Result<(CollectiveId, T::AccountId, BlockNumberFor<T>), BenchmarkError> {
	let collective = new_collective::<T>();
	let who: T::AccountId = account("leader", 0, collective);
	T::BenchmarkHelper::leader(collective, &who);
	let (_, term_end) = T::Leadership::term_of(&who).ok_or(BenchmarkError::Weightless)?;
	Ok((collective, who, term_end))
}

/// An approved ballot of `leader`.
fn approved_ballot<T: Config>(
	leader: &T::AccountId,
	collective: CollectiveId,
	term_end: BlockNumberFor<T>,
) {
	Ballots::<T>::insert(
		leader,
		Ballot {
			collective,
			term_end,
			voting_end: now::<T>(),
			voters: 0,
			status: BallotStatus::Approved,
			tally: Tally { ayes: 1, nays: 0, abstentions: 0, members: 1 },
		},
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_call() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let seats = T::Leadership::vacancies(collective).max(1);
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, seats);

		assert!(OpenCalls::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn apply() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		open_call_with::<T>(collective, 1, T::MaxApplicants::get().saturating_sub(1))?;
		let who = member::<T>(collective, "caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), collective, DOCUMENT);

		let call = OpenCalls::<T>::get(collective).ok_or(BenchmarkError::Weightless)?;
		assert!(call.applications.iter().any(|a| a.who == who));
		Ok(())
	}

	#[benchmark]
	fn withdraw_application() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let applicants = open_call_with::<T>(collective, 1, T::MaxApplicants::get())?;
		let who = applicants.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), collective);

		let call = OpenCalls::<T>::get(collective).ok_or(BenchmarkError::Weightless)?;
		assert!(!call.applications.iter().any(|a| a.who == who));
		Ok(())
	}

	/// `n` elected, at most the collective's vacancies (the register's `MaxLeaders`).
	#[benchmark]
	fn elect(n: Linear<1, { T::MaxApplicants::get() }>) -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let seats = n.min(T::Leadership::vacancies(collective)).max(1);
		let applicants = open_call_with::<T>(collective, seats, T::MaxApplicants::get())?;
		let chosen: Vec<T::AccountId> = applicants.into_iter().take(seats as usize).collect();
		let elected: ElectedOf<T> = chosen.try_into().map_err(|_| BenchmarkError::Weightless)?;
		set_now::<T>(now::<T>().saturating_add(T::ApplicationPeriod::get()));
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective, elected);

		assert!(!OpenCalls::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn cancel_call() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		open_call_with::<T>(collective, 1, T::MaxApplicants::get())?;
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, collective);

		assert!(!OpenCalls::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn close_lapsed_call() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		open_call_with::<T>(collective, 1, T::MaxApplicants::get())?;
		let call = OpenCalls::<T>::get(collective).ok_or(BenchmarkError::Weightless)?;
		set_now::<T>(call.election_deadline);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), collective);

		assert!(!OpenCalls::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn open_renewal() -> Result<(), BenchmarkError> {
		let (_, who, term_end) = leader::<T>()?;
		set_now::<T>(term_end.saturating_sub(T::RenewalLead::get()).max(now::<T>()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Ballots::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn vote() -> Result<(), BenchmarkError> {
		let (collective, leader, term_end) = leader::<T>()?;
		set_now::<T>(term_end.saturating_sub(T::RenewalLead::get()).max(now::<T>()));
		Pallet::<T>::do_open_renewal(leader.clone())?;
		let voter = member::<T>(collective, "voter", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), leader.clone(), true);

		assert_eq!(Votes::<T>::get(&leader, &voter), Some(true));
		Ok(())
	}

	/// `m` active members, each walking the whole delegation depth (a line of delegations
	/// whose last member voted).
	#[benchmark]
	fn close_renewal(m: Linear<1, { T::MaxVoters::get() }>) -> Result<(), BenchmarkError> {
		let (collective, leader, term_end) = leader::<T>()?;
		let mut line = Vec::new();
		for index in 0..m.saturating_sub(1) {
			line.push(member::<T>(collective, "member", index));
		}
		for pair in line.windows(2) {
			if let [who, next] = pair {
				Delegations::<T>::insert(who, Delegation { delegate: next.clone(), collective });
			}
		}
		let voters = u32::from(line.last().is_some());
		if let Some(last) = line.last() {
			Votes::<T>::insert(&leader, last, true);
		}
		Ballots::<T>::insert(
			&leader,
			Ballot {
				collective,
				term_end,
				voting_end: now::<T>(),
				voters,
				status: BallotStatus::Voting,
				tally: Tally::default(),
			},
		);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), leader.clone());

		assert!(Votes::<T>::iter_prefix(&leader).next().is_none());
		Ok(())
	}

	#[benchmark]
	fn confirm_renewal() -> Result<(), BenchmarkError> {
		let (collective, leader, term_end) = leader::<T>()?;
		set_now::<T>(term_end.saturating_sub(One::one()).max(now::<T>()));
		approved_ballot::<T>(&leader, collective, term_end);
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leader.clone());

		assert!(!Ballots::<T>::contains_key(&leader));
		Ok(())
	}

	#[benchmark]
	fn refuse_renewal() -> Result<(), BenchmarkError> {
		let (collective, leader, term_end) = leader::<T>()?;
		approved_ballot::<T>(&leader, collective, term_end);
		let origin =
			T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leader.clone(), DOCUMENT);

		assert!(!Ballots::<T>::contains_key(&leader));
		Ok(())
	}

	/// `v` votes to clear; the leader holds no term.
	#[benchmark]
	fn remove_stale_ballot(v: Linear<0, { T::MaxVoters::get() }>) -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let leader: T::AccountId = account("former leader", 0, collective);
		for index in 0..v {
			let voter: T::AccountId = account("voter", index, collective);
			Votes::<T>::insert(&leader, voter, true);
		}
		Ballots::<T>::insert(
			&leader,
			Ballot {
				collective,
				term_end: now::<T>(),
				voting_end: now::<T>(),
				voters: v,
				status: BallotStatus::Voting,
				tally: Tally::default(),
			},
		);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), leader.clone());

		assert!(!Ballots::<T>::contains_key(&leader));
		Ok(())
	}

	/// The delegate's chain is `d - 1` delegations long; the caller replaces a delegation.
	#[benchmark]
	fn delegate(d: Linear<1, { T::MaxDelegationDepth::get() }>) -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let who = member::<T>(collective, "caller", 0);
		let mut chain = Vec::new();
		for index in 0..d {
			chain.push(member::<T>(collective, "chain", index));
		}
		for pair in chain.windows(2) {
			if let [from, to] = pair {
				Delegations::<T>::insert(from, Delegation { delegate: to.clone(), collective });
			}
		}
		let to = chain.first().cloned().ok_or(BenchmarkError::Weightless)?;
		let old = chain.last().cloned().ok_or(BenchmarkError::Weightless)?;
		Delegations::<T>::insert(&who, Delegation { delegate: old, collective });

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), to.clone());

		assert_eq!(Delegations::<T>::get(&who).map(|d| d.delegate), Some(to));
		Ok(())
	}

	#[benchmark]
	fn undelegate() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let who = member::<T>(collective, "caller", 0);
		let to = member::<T>(collective, "delegate", 0);
		Pallet::<T>::do_delegate(who.clone(), to)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Delegations::<T>::contains_key(&who));
		Ok(())
	}

	/// The delegator is still active; its delegate is not.
	#[benchmark]
	fn remove_stale_delegation() -> Result<(), BenchmarkError> {
		let collective = new_collective::<T>();
		let who = member::<T>(collective, "delegator", 0);
		let gone: T::AccountId = account("gone", 0, collective);
		Delegations::<T>::insert(&who, Delegation { delegate: gone, collective });
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!Delegations::<T>::contains_key(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
