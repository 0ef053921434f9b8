//! The projects commission's and the Executive Council's decisions: `recommend_project`,
//! `decline_project`, `approve_project`, `reject_project` and `retire_project`.

use super::*;

// recommend_project

#[test]
fn recommend_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_ok!(Projects::recommend_project(projects_commission(), id));
		assert_eq!(
			last_event(),
			Event::ProjectRecommended { project_id: id, collective: ACADEMIA }
		);
		let application = ProjectApplications::<Test>::get(id).expect("still pending");
		assert_eq!(application.status, ProjectStatus::Recommended);
	});
}

#[test]
fn recommend_project_requires_the_projects_commission() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(NODE_COMMISSION)] {
			assert_noop!(Projects::recommend_project(origin, id), BadOrigin);
		}
	});
}

#[test]
fn recommend_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Projects::recommend_project(projects_commission(), 0),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn recommend_project_rejects_a_repeat() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Projects::recommend_project(projects_commission(), id),
			Error::<Test>::AlreadyRecommended
		);
	});
}

// decline_project

#[test]
fn decline_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_ok!(Projects::decline_project(projects_commission(), id, REASON));
		assert_eq!(
			last_event(),
			Event::ProjectDeclined { project_id: id, collective: ACADEMIA, reason: REASON }
		);
		assert!(!ProjectApplications::<Test>::contains_key(id));
	});
}

#[test]
fn decline_project_requires_the_projects_commission() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(Projects::decline_project(RuntimeOrigin::root(), id, REASON), BadOrigin);
	});
}

#[test]
fn decline_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Projects::decline_project(projects_commission(), 0, REASON),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn decline_project_leaves_a_recommended_one_to_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Projects::decline_project(projects_commission(), id, REASON),
			Error::<Test>::AlreadyRecommended
		);
	});
}

// approve_project

#[test]
fn approve_project_registers_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		run_to_block(5);
		assert_ok!(Projects::approve_project(RuntimeOrigin::root(), id));
		assert!(has_event(Event::ProjectApproved {
			project_id: id,
			collective: ACADEMIA,
			account: APP,
		}));
		assert!(!ProjectApplications::<Test>::contains_key(id));
		let project = ProjectsMap::<Test>::get(id).expect("registered");
		assert_eq!(project.status, ProjectStatus::Approved);
		assert_eq!((project.proposed_at, project.approved_at), (1, Some(5)));
		assert_eq!(project.repository, repo());
		assert_eq!(ProjectOf::<Test>::get(APP), Some(id));
		assert_eq!(<Projects as ProjectInspect<u64>>::project_of(&APP), Some(id));
		assert!(<Projects as ProjectInspect<u64>>::is_project_account(&APP));
		assert!(!<Projects as ProjectInspect<u64>>::is_project_account(&OTHER_APP));
		assert_eq!(<Projects as ProjectInspect<u64>>::project_collective(id), Some(ACADEMIA));
		assert_eq!(<Projects as ProjectInspect<u64>>::project_account(id), Some(APP));
	});
}

#[test]
fn approve_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(Projects::approve_project(projects_commission(), id), BadOrigin);
	});
}

#[test]
fn approve_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Projects::approve_project(RuntimeOrigin::root(), 0),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn approve_project_requires_the_commissions_recommendation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Projects::approve_project(RuntimeOrigin::root(), id),
			Error::<Test>::NotRecommended
		);
	});
}

#[test]
fn approve_project_rejects_too_many_projects() {
	ExtBuilder::default().build_and_execute(|| {
		registered(OTHER_APP);
		registered(42);
		let id = recommended(APP);
		assert_noop!(
			Projects::approve_project(RuntimeOrigin::root(), id),
			Error::<Test>::TooManyProjects
		);
	});
}

#[test]
fn approve_project_rejects_an_account_that_backs_a_project() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		// Not reachable through calls (one application per account); guard against a
		// registered project of the same account all the same.
		ProjectOf::<Test>::insert(APP, 7);
		assert_noop!(
			Projects::approve_project(RuntimeOrigin::root(), id),
			Error::<Test>::AccountBacksProject
		);
		ProjectOf::<Test>::remove(APP);
	});
}

// reject_project

#[test]
fn reject_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_ok!(Projects::reject_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			last_event(),
			Event::ProjectRejected { project_id: id, collective: ACADEMIA, reason: REASON }
		);
		assert!(!ProjectApplications::<Test>::contains_key(id));
		assert!(!ProjectsMap::<Test>::contains_key(id));
	});
}

#[test]
fn reject_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(Projects::reject_project(projects_commission(), id, REASON), BadOrigin);
	});
}

#[test]
fn reject_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Projects::reject_project(RuntimeOrigin::root(), 0, REASON),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn reject_project_requires_the_commissions_recommendation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Projects::reject_project(RuntimeOrigin::root(), id, REASON),
			Error::<Test>::NotRecommended
		);
	});
}

// retire_project

#[test]
fn retire_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = registered(APP);
		assert_ok!(Projects::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			last_event(),
			Event::ProjectRetired {
				project_id: id,
				collective: ACADEMIA,
				account: APP,
				reason: REASON
			}
		);
		assert!(!ProjectsMap::<Test>::contains_key(id));
		assert_eq!(ProjectOf::<Test>::get(APP), None);
		assert_eq!(<Projects as ProjectInspect<u64>>::project_of(&APP), None);
		assert_eq!(<Projects as ProjectInspect<u64>>::project_account(id), None);
		// Its account no longer exists by the registration alone.
		assert_eq!(frame_system::Account::<Test>::get(APP).sufficients, 0);
		// The account may back a new project.
		propose(APP);
	});
}

#[test]
fn retire_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = registered(APP);
		assert_noop!(Projects::retire_project(RuntimeOrigin::signed(10), id, REASON), BadOrigin);
	});
}

#[test]
fn retire_project_rejects_an_unregistered_project() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Projects::retire_project(RuntimeOrigin::root(), id, REASON),
			Error::<Test>::ProjectNotFound
		);
	});
}

#[test]
fn a_registered_projects_account_exists_without_any_balance() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!frame_system::Pallet::<Test>::account_exists(&APP));
		registered(APP);
		assert_eq!(frame_system::Account::<Test>::get(APP).sufficients, 1);
		assert!(frame_system::Pallet::<Test>::account_exists(&APP));
	});
}

#[test]
fn a_collectives_projects_and_applications_are_counted() {
	ExtBuilder::default().build_and_execute(|| {
		let count = <Projects as ProjectInspect<u64>>::collective_project_count;
		assert_eq!(count(ACADEMIA), 0);
		registered(APP);
		assert_eq!(count(ACADEMIA), 1);
		propose(APP + 1);
		assert_eq!(count(ACADEMIA), 2);
		assert_eq!(count(ACADEMIA + 1), 0);
	});
}
