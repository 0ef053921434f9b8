//! Benchmarks of the network projects pallet, worst case: the longest repository addresses and a
//! full list of pending applications. Collectives and leaders come from
//! [`Config::BenchmarkHelper`].

use super::*;
use bmx_primitives::governance::GovernanceSetup;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;

/// The projects commission's origin.
fn projects_commission<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ProjectsCommissionOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The Executive Council's origin.
fn executive<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A repository address of [`Config::MaxUrlLength`] bytes.
fn long_repository<T: Config>() -> RepositoryOf<T> {
	let mut bytes = b"https://".to_vec();
	bytes.resize(T::MaxUrlLength::get() as usize, b'x');
	bytes.try_into().expect("resized to MaxUrlLength; qed")
}

/// A collective with a leader up to date with the code of ethics; returns both.
fn collective_with_leader<T: Config>() -> (CollectiveId, T::AccountId) {
	let collective = T::BenchmarkHelper::collective(0);
	let leader: T::AccountId = account("leader", 0, collective);
	T::BenchmarkHelper::leader(collective, &leader);
	(collective, leader)
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

/// A collective with a leader and a project application of it, recommended if `recommend`;
/// returns the collective, the leader and the application.
fn pending_project<T: Config>(
	recommend: bool,
) -> Result<(CollectiveId, T::AccountId, ProjectId), BenchmarkError> {
	let (collective, leader) = collective_with_leader::<T>();
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

/// A registered project; returns its collective, the collective's leader, the project and its
/// account.
fn registered_project<T: Config>(
) -> Result<(CollectiveId, T::AccountId, ProjectId, T::AccountId), BenchmarkError> {
	let (collective, leader, project_id) = pending_project::<T>(true)?;
	Pallet::<T>::approve_project(executive::<T>()?, project_id)?;
	let account = Projects::<T>::get(project_id)
		.map(|p| p.account)
		.ok_or(BenchmarkError::Weightless)?;
	Ok((collective, leader, project_id, account))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose_project(
		p: Linear<0, { T::MaxPendingProjects::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		// `p` other applications are pending: each is read for the account.
		let (collective, leader) = collective_with_leader::<T>();
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
		let origin = projects_commission::<T>()?;
		let (_, _, project_id) = pending_project::<T>(false)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id);

		let status = ProjectApplications::<T>::get(project_id).map(|p| p.status);
		assert_eq!(status, Some(ProjectStatus::Recommended));
		Ok(())
	}

	#[benchmark]
	fn decline_project() -> Result<(), BenchmarkError> {
		let origin = projects_commission::<T>()?;
		let (_, _, project_id) = pending_project::<T>(false)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn approve_project() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (_, _, project_id) = pending_project::<T>(true)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id);

		assert!(Projects::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn reject_project() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (_, _, project_id) = pending_project::<T>(true)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!ProjectApplications::<T>::contains_key(project_id));
		Ok(())
	}

	#[benchmark]
	fn retire_project() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (_, _, project_id, who) = registered_project::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, project_id, H256::repeat_byte(3));

		assert!(!Projects::<T>::contains_key(project_id));
		assert!(!ProjectOf::<T>::contains_key(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
