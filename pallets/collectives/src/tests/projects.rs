//! Tests of project integration: applications from a collective's leaders, the projects
//! commission's evaluation, the Executive Council's decision and the register of projects.

use super::*;
use crate::{
	traits::ProjectInspect, NextProjectId, ProjectApplications, ProjectOf, ProjectStatus, Projects,
	RepositoryOf,
};
use sp_runtime::DispatchResult;

/// The hash of a project's description.
pub(super) const DESCRIPTION: DocumentHash = H256::repeat_byte(0x31);
/// The hash of the justification of a project's public value.
pub(super) const JUSTIFICATION: DocumentHash = H256::repeat_byte(0x32);
/// The account of the first project.
pub(super) const APP: u64 = 40;
/// The account of a second project.
const OTHER_APP: u64 = 41;

pub(super) fn repository(url: &[u8]) -> RepositoryOf<Test> {
	url.to_vec().try_into().expect("test addresses fit MaxUrlLength; qed")
}

fn repo() -> RepositoryOf<Test> {
	repository(b"https://github.com/bmx/app")
}

pub(super) fn projects_commission() -> RuntimeOrigin {
	RuntimeOrigin::signed(PROJECTS_COMMISSION)
}

/// Academia's leader 10 proposes a project run by `account`; returns its id.
pub(super) fn propose(account: u64) -> u32 {
	let id = NextProjectId::<Test>::get();
	assert_ok!(Collectives::propose_project(
		RuntimeOrigin::signed(10),
		ACADEMIA,
		account,
		DESCRIPTION,
		JUSTIFICATION,
		repo(),
	));
	id
}

/// A project of Academia run by `account`, proposed and recommended; returns its id.
pub(super) fn recommended(account: u64) -> u32 {
	let id = propose(account);
	assert_ok!(Collectives::recommend_project(projects_commission(), id));
	id
}

/// A registered project of Academia run by `account`; returns its id.
pub(super) fn registered(account: u64) -> u32 {
	let id = recommended(account);
	assert_ok!(Collectives::approve_project(RuntimeOrigin::root(), id));
	id
}

fn propose_with(url: &[u8]) -> DispatchResult {
	Collectives::propose_project(
		RuntimeOrigin::signed(10),
		ACADEMIA,
		APP,
		DESCRIPTION,
		JUSTIFICATION,
		repository(url),
	)
}

#[test]
#[should_panic(expected = "MaxUrlLength must be at least 9 (https://x)")]
fn integrity_test_requires_room_for_an_https_address() {
	MaxUrlLength::set(8);
	<Collectives as Hooks<u64>>::integrity_test();
}

// propose_project

#[test]
fn propose_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_eq!(id, 0);
		assert_eq!(
			last_event(),
			Event::ProjectProposed {
				project_id: 0,
				collective: ACADEMIA,
				account: APP,
				proposer: 10,
				description: DESCRIPTION,
				justification: JUSTIFICATION,
				repository: repo(),
			}
		);
		let application = ProjectApplications::<Test>::get(0).expect("pending");
		assert_eq!(application.status, ProjectStatus::Proposed);
		assert_eq!(application.account, APP);
		assert_eq!(application.proposed_at, 1);
		assert_eq!(application.approved_at, None);
		assert_eq!(NextProjectId::<Test>::get(), 1);
		// Pending is not registered.
		assert_eq!(<Collectives as ProjectInspect<u64>>::project_of(&APP), None);
	});
}

#[test]
fn propose_project_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::propose_project(
				RuntimeOrigin::root(),
				ACADEMIA,
				APP,
				DESCRIPTION,
				JUSTIFICATION,
				repo(),
			),
			BadOrigin
		);
	});
}

#[test]
fn propose_project_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::propose_project(
				RuntimeOrigin::signed(10),
				9,
				APP,
				DESCRIPTION,
				JUSTIFICATION,
				repo(),
			),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn propose_project_requires_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		// 13 is a member of Academia, not a leader; 10 leads Academia, not Empresas.
		for (signer, collective) in [(13, ACADEMIA), (10, EMPRESAS)] {
			assert_noop!(
				Collectives::propose_project(
					RuntimeOrigin::signed(signer),
					collective,
					APP,
					DESCRIPTION,
					JUSTIFICATION,
					repo(),
				),
				Error::<Test>::NotLeader
			);
		}
	});
}

#[test]
fn propose_project_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			propose_with(b"https://github.com/bmx/app"),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
	});
}

#[test]
fn propose_project_accepts_https_addresses() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::check_repository(b"https://x"));
		assert_ok!(Collectives::check_repository(b"https://git.example.org:8443/a?b#c"));
		assert_ok!(Collectives::check_repository(b"https://user@example.org/repo"));
	});
}

#[test]
fn propose_project_rejects_a_repository_that_is_not_printable() {
	ExtBuilder::default().build_and_execute(|| {
		for url in
			[&b"https://github.com/bmx app"[..], b"https://g\xc3\xadthub.com", b"https://a\tb"]
		{
			assert_noop!(propose_with(url), Error::<Test>::RepositoryNotPrintable);
		}
	});
}

#[test]
fn propose_project_rejects_a_repository_that_is_not_https() {
	ExtBuilder::default().build_and_execute(|| {
		for url in [&b""[..], b"http://github.com/bmx", b"HTTPS://github.com/bmx", b"github.com"] {
			assert_noop!(propose_with(url), Error::<Test>::RepositoryNotHttps);
		}
	});
}

#[test]
fn propose_project_rejects_a_repository_without_host() {
	ExtBuilder::default().build_and_execute(|| {
		for url in [&b"https://"[..], b"https:///bmx/app", b"https://user@:443/app", b"https://?q"]
		{
			assert_noop!(propose_with(url), Error::<Test>::RepositoryWithoutHost);
		}
	});
}

#[test]
fn propose_project_allows_one_project_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		propose(APP);
		// A pending application holds the account...
		assert_noop!(
			propose_with(b"https://github.com/bmx/app"),
			Error::<Test>::AccountBacksProject
		);
		assert_ok!(Collectives::recommend_project(projects_commission(), 0));
		assert_ok!(Collectives::approve_project(RuntimeOrigin::root(), 0));
		// ...and so does a registered project.
		assert_noop!(
			propose_with(b"https://github.com/bmx/app"),
			Error::<Test>::AccountBacksProject
		);
	});
}

#[test]
fn propose_project_rejects_too_many_pending_applications() {
	ExtBuilder::default().build_and_execute(|| {
		propose(OTHER_APP);
		propose(42);
		assert_noop!(
			propose_with(b"https://github.com/bmx/app"),
			Error::<Test>::TooManyPendingProjects
		);
	});
}

#[test]
fn propose_project_rejects_when_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextProjectId::<Test>::put(u32::MAX);
		assert_noop!(propose_with(b"https://github.com/bmx/app"), Error::<Test>::IdsExhausted);
	});
}

// withdraw_project

#[test]
fn withdraw_project_works_for_any_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		let recommended_id = recommended(OTHER_APP);
		// 11 did not propose them, but leads Academia.
		assert_ok!(Collectives::withdraw_project(RuntimeOrigin::signed(11), id));
		assert_eq!(
			last_event(),
			Event::ProjectWithdrawn { project_id: id, collective: ACADEMIA, by: 11 }
		);
		assert_ok!(Collectives::withdraw_project(RuntimeOrigin::signed(10), recommended_id));
		assert_eq!(ProjectApplications::<Test>::count(), 0);
		// The account may back a new application.
		propose(APP);
	});
}

#[test]
fn withdraw_project_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(Collectives::withdraw_project(RuntimeOrigin::root(), id), BadOrigin);
	});
}

#[test]
fn withdraw_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::withdraw_project(RuntimeOrigin::signed(10), 0),
			Error::<Test>::ProjectApplicationNotFound
		);
		// A registered project is no longer an application.
		let id = registered(APP);
		assert_noop!(
			Collectives::withdraw_project(RuntimeOrigin::signed(10), id),
			Error::<Test>::ProjectApplicationNotFound
		);
	});
}

#[test]
fn withdraw_project_requires_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Collectives::withdraw_project(RuntimeOrigin::signed(13), id),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn withdraw_project_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::withdraw_project(RuntimeOrigin::signed(10), id),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
	});
}

// recommend_project

#[test]
fn recommend_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_ok!(Collectives::recommend_project(projects_commission(), id));
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
			assert_noop!(Collectives::recommend_project(origin, id), BadOrigin);
		}
	});
}

#[test]
fn recommend_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::recommend_project(projects_commission(), 0),
			Error::<Test>::ProjectApplicationNotFound
		);
	});
}

#[test]
fn recommend_project_rejects_a_repeat() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Collectives::recommend_project(projects_commission(), id),
			Error::<Test>::ProjectAlreadyRecommended
		);
	});
}

// decline_project

#[test]
fn decline_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_ok!(Collectives::decline_project(projects_commission(), id, REASON));
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
		assert_noop!(Collectives::decline_project(RuntimeOrigin::root(), id, REASON), BadOrigin);
	});
}

#[test]
fn decline_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::decline_project(projects_commission(), 0, REASON),
			Error::<Test>::ProjectApplicationNotFound
		);
	});
}

#[test]
fn decline_project_leaves_a_recommended_one_to_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Collectives::decline_project(projects_commission(), id, REASON),
			Error::<Test>::ProjectAlreadyRecommended
		);
	});
}

// approve_project

#[test]
fn approve_project_registers_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		run_to_block(5);
		assert_ok!(Collectives::approve_project(RuntimeOrigin::root(), id));
		assert!(has_event(Event::ProjectApproved {
			project_id: id,
			collective: ACADEMIA,
			account: APP,
		}));
		assert!(!ProjectApplications::<Test>::contains_key(id));
		let project = Projects::<Test>::get(id).expect("registered");
		assert_eq!(project.status, ProjectStatus::Approved);
		assert_eq!((project.proposed_at, project.approved_at), (1, Some(5)));
		assert_eq!(project.repository, repo());
		assert_eq!(ProjectOf::<Test>::get(APP), Some(id));
		assert_eq!(<Collectives as ProjectInspect<u64>>::project_of(&APP), Some(id));
		assert!(<Collectives as ProjectInspect<u64>>::is_project_account(&APP));
		assert!(!<Collectives as ProjectInspect<u64>>::is_project_account(&OTHER_APP));
		assert_eq!(<Collectives as ProjectInspect<u64>>::project_collective(id), Some(ACADEMIA));
	});
}

#[test]
fn approve_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(Collectives::approve_project(projects_commission(), id), BadOrigin);
	});
}

#[test]
fn approve_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::approve_project(RuntimeOrigin::root(), 0),
			Error::<Test>::ProjectApplicationNotFound
		);
	});
}

#[test]
fn approve_project_requires_the_commissions_recommendation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Collectives::approve_project(RuntimeOrigin::root(), id),
			Error::<Test>::ProjectNotRecommended
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
			Collectives::approve_project(RuntimeOrigin::root(), id),
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
			Collectives::approve_project(RuntimeOrigin::root(), id),
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
		assert_ok!(Collectives::reject_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			last_event(),
			Event::ProjectRejected { project_id: id, collective: ACADEMIA, reason: REASON }
		);
		assert!(!ProjectApplications::<Test>::contains_key(id));
		assert!(!Projects::<Test>::contains_key(id));
	});
}

#[test]
fn reject_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(Collectives::reject_project(projects_commission(), id, REASON), BadOrigin);
	});
}

#[test]
fn reject_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_project(RuntimeOrigin::root(), 0, REASON),
			Error::<Test>::ProjectApplicationNotFound
		);
	});
}

#[test]
fn reject_project_requires_the_commissions_recommendation() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Collectives::reject_project(RuntimeOrigin::root(), id, REASON),
			Error::<Test>::ProjectNotRecommended
		);
	});
}

// retire_project

#[test]
fn retire_project_works() {
	ExtBuilder::default().build_and_execute(|| {
		let id = registered(APP);
		assert_ok!(Collectives::retire_project(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			last_event(),
			Event::ProjectRetired {
				project_id: id,
				collective: ACADEMIA,
				account: APP,
				reason: REASON
			}
		);
		assert!(!Projects::<Test>::contains_key(id));
		assert_eq!(ProjectOf::<Test>::get(APP), None);
		// The account may back a new project.
		propose(APP);
	});
}

#[test]
fn retire_project_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = registered(APP);
		assert_noop!(Collectives::retire_project(RuntimeOrigin::signed(10), id, REASON), BadOrigin);
	});
}

#[test]
fn retire_project_rejects_an_unregistered_project() {
	ExtBuilder::default().build_and_execute(|| {
		let id = recommended(APP);
		assert_noop!(
			Collectives::retire_project(RuntimeOrigin::root(), id, REASON),
			Error::<Test>::ProjectNotFound
		);
	});
}
