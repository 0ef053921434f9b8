//! Benchmarks of node integration, worst case: full validator sets (or, where the quota is
//! counted, every other node suspended, each read on its own), full endorsement lists, a
//! member whose suspension or expulsion leaves its collective without nodes, and offenders
//! each the last node of its collective, flagged before.

use super::*;
use alloc::vec::Vec;
use bmx_primitives::governance::GovernanceSetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

/// The hash of the written reasons the benchmarks give.
const REASON: DocumentHash = H256::repeat_byte(3);

/// Start from no nodes, whatever the genesis had.
fn clear_nodes<T: Config>() {
	Validators::<T>::kill();
	let _ = SuspendedNodes::<T>::clear(u32::MAX, None);
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

/// Suspend `count` nodes of no real collective: the quota counts them one read each.
fn fill_suspended<T: Config>(count: u32) {
	for index in 0..count {
		let filler: T::AccountId = account("suspended", index, 0);
		SuspendedNodes::<T>::insert(
			filler,
			SuspendedNode {
				collective: CollectiveId::MAX,
				cause: Suspension::Decision { reason: REASON },
				since: Zero::zero(),
			},
		);
	}
}

/// A collective with [`Config::MaxEndorsements`] current leaders (as many as the registry
/// allows); returns it and its leaders.
fn collective_with_leaders<T: Config>() -> (CollectiveId, Vec<T::AccountId>) {
	let collective = T::BenchmarkHelper::collective(0);
	for index in 0..T::MaxEndorsements::get() {
		if T::Collectives::leaders(collective).len() as u32 >= T::MaxEndorsements::get() {
			break;
		}
		let who: T::AccountId = account("leader", index, collective);
		T::BenchmarkHelper::leader(collective, &who);
	}
	(collective, T::Collectives::leaders(collective))
}

/// An active member of `collective` with session keys.
fn member<T: Config>(collective: CollectiveId, index: u32) -> T::AccountId {
	let who: T::AccountId = account("member", index, collective);
	T::BenchmarkHelper::active_member(collective, &who);
	T::BenchmarkHelper::register_session_keys(&who);
	who
}

/// No nodes, and an active member of the first collective with session keys; returns the
/// collective and the member.
fn member_without_node<T: Config>() -> (CollectiveId, T::AccountId) {
	clear_nodes::<T>();
	let collective = T::BenchmarkHelper::collective(0);
	(collective, member::<T>(collective, 0))
}

/// The node commission's origin.
fn node_commission<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::NodeCommissionOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An active member that applied for a node, endorsed by `endorsers` of its collective's
/// leaders; returns the leaders and the applicant.
fn node_applicant<T: Config>(
	endorsers: u32,
) -> Result<(Vec<T::AccountId>, T::AccountId), BenchmarkError> {
	clear_nodes::<T>();
	let (collective, leaders) = collective_with_leaders::<T>();
	let who = member::<T>(collective, 0);
	Pallet::<T>::apply_for_node(
		RawOrigin::Signed(who.clone()).into(),
		H256::repeat_byte(4),
		H256::repeat_byte(5),
	)?;
	for leader in leaders.iter().take(endorsers as usize) {
		Pallet::<T>::endorse_node(RawOrigin::Signed(leader.clone()).into(), who.clone())?;
	}
	Ok((leaders, who))
}

/// A collective with two active nodes in a full set; returns the second node.
fn running_node<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	clear_nodes::<T>();
	let collective = T::BenchmarkHelper::collective(0);
	fill_validators::<T>(2);
	let nodes = [member::<T>(collective, 0), member::<T>(collective, 1)];
	Validators::<T>::try_mutate(|validators| {
		for who in nodes.iter() {
			validators.try_push((who.clone(), collective))?;
		}
		Ok::<_, (T::AccountId, CollectiveId)>(())
	})
	.map_err(|_| BenchmarkError::Stop("MaxValidators leaves no room for two nodes"))?;
	let [_, second] = nodes;
	Ok(second)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn apply_for_node() -> Result<(), BenchmarkError> {
		let (_, who) = member_without_node::<T>();
		fill_suspended::<T>(T::MaxValidators::get());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), H256::repeat_byte(4), H256::repeat_byte(5));

		assert!(NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn withdraw_node_application() -> Result<(), BenchmarkError> {
		let (_, who) = node_applicant::<T>(T::MaxEndorsements::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn endorse_node() -> Result<(), BenchmarkError> {
		// Every other leader endorsed it; the last one's endorsement is checked against all.
		let (leaders, who) = node_applicant::<T>(T::MaxEndorsements::get().saturating_sub(1))?;
		let leader = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), who.clone());

		let endorsers = NodeApplications::<T>::get(&who).map(|a| a.endorsers.len());
		assert_eq!(endorsers, Some(leaders.len()));
		Ok(())
	}

	#[benchmark]
	fn approve_node() -> Result<(), BenchmarkError> {
		let origin = node_commission::<T>()?;
		let (_, who) = node_applicant::<T>(T::MaxEndorsements::get())?;
		fill_suspended::<T>(T::MaxValidators::get().saturating_sub(1));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::is_validator(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_node() -> Result<(), BenchmarkError> {
		let origin = node_commission::<T>()?;
		let (_, who) = node_applicant::<T>(T::MaxEndorsements::get())?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), REASON);

		assert!(!NodeApplications::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_node() -> Result<(), BenchmarkError> {
		let origin = node_commission::<T>()?;
		let who = running_node::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), REASON);

		assert!(!Pallet::<T>::runs_node(&who));
		Ok(())
	}

	#[benchmark]
	fn suspend_node() -> Result<(), BenchmarkError> {
		let origin = node_commission::<T>()?;
		let who = running_node::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), REASON);

		assert!(SuspendedNodes::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn resume_node() -> Result<(), BenchmarkError> {
		let origin = node_commission::<T>()?;
		let who = running_node::<T>()?;
		Pallet::<T>::suspend_node(node_commission::<T>()?, who.clone(), REASON)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::is_validator(&who));
		Ok(())
	}

	#[benchmark]
	fn can_leave() -> Result<(), BenchmarkError> {
		// A member without a node, looked for in a full set.
		let (_, who) = member_without_node::<T>();
		fill_validators::<T>(0);

		#[block]
		{
			<Pallet<T> as MembershipHooks<T::AccountId>>::can_leave(&who)?;
		}

		Ok(())
	}

	#[benchmark]
	fn on_membership_lost() -> Result<(), BenchmarkError> {
		// The expelled member runs its collective's only active node, in a full set: the node
		// leaves and the collective is flagged.
		let (collective, who) = member_without_node::<T>();
		fill_validators::<T>(1);
		Validators::<T>::try_append((who.clone(), collective))
			.map_err(|_| BenchmarkError::Stop("MaxValidators leaves no room for the node"))?;

		#[block]
		{
			<Pallet<T> as MembershipHooks<T::AccountId>>::on_membership_lost(
				&who,
				collective,
				MembershipLoss::Expelled,
				REASON,
			)?;
		}

		assert!(!Pallet::<T>::runs_node(&who));
		assert!(CollectivesWithoutNodes::<T>::contains_key(collective));
		Ok(())
	}

	#[benchmark]
	fn set_min_validators() -> Result<(), BenchmarkError> {
		let origin =
			T::ParameterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		clear_nodes::<T>();
		fill_validators::<T>(0);
		let min = T::MaxValidators::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, min);

		assert_eq!(MinValidators::<T>::get(), min);
		Ok(())
	}

	#[benchmark]
	fn purge_keys() -> Result<(), BenchmarkError> {
		// An account without a node, looked for in full sets of active nodes and of planned
		// validators.
		let (_, who) = member_without_node::<T>();
		fill_validators::<T>(0);
		PlannedValidators::<T>::put(AccountsOf::<T>::truncate_from(Pallet::<T>::validators()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!T::Session::has_keys(&who));
		Ok(())
	}

	#[benchmark]
	fn on_offence(n: Linear<1, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		// A full set of nodes, each the last of its collective and flagged for an earlier
		// offence, at the floor: `n` of them offend; all but one are suspended, each leaving its
		// collective without nodes.
		clear_nodes::<T>();
		MinValidators::<T>::put(T::MinValidatorsFloor::get());
		let mut offenders = Vec::new();
		for index in 0..T::MaxValidators::get() {
			let who: T::AccountId = account("offender", index, 0);
			Validators::<T>::try_append((who.clone(), index))
				.map_err(|_| BenchmarkError::Stop("MaxValidators bounds the set"))?;
			let offence = OffenceRecord { session: 0, slash_fraction: Perbill::from_percent(1) };
			FlaggedNodes::<T>::insert(
				&who,
				FlaggedNode { collective: index, offence, since: Zero::zero() },
			);
			LastOffences::<T>::insert(&who, 0);
			if index < n {
				offenders.push(OffenceDetails { offender: (who, ()), reporters: Vec::new() });
			}
		}
		let fractions = alloc::vec![Perbill::from_percent(10); offenders.len()];

		#[block]
		{
			<Pallet<T> as OnOffenceHandler<T::AccountId, (T::AccountId, ()), Weight>>::on_offence(
				&offenders, &fractions, 1,
			);
		}

		for details in offenders.iter() {
			assert_eq!(LastOffences::<T>::get(&details.offender.0), Some(1));
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
