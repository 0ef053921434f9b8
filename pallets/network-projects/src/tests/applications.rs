//! Project applications: `propose_project` and `withdraw_project`.

use super::*;

#[test]
#[should_panic(expected = "MaxUrlLength must be at least 9 (https://x)")]
fn integrity_test_requires_room_for_an_https_address() {
	MaxUrlLength::set(8);
	<Projects as Hooks<u64>>::integrity_test();
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
		assert_eq!(<Projects as ProjectInspect<u64>>::project_of(&APP), None);
	});
}

#[test]
fn propose_project_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_propose(RuntimeOrigin::root(), ACADEMIA, APP, repo()), BadOrigin);
	});
}

#[test]
fn propose_project_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			try_propose(RuntimeOrigin::signed(10), 9, APP, repo()),
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
				try_propose(RuntimeOrigin::signed(signer), collective, APP, repo()),
				Error::<Test>::NotLeader
			);
		}
	});
}

#[test]
fn propose_project_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		// A new code of ethics is in force and 10 has not accepted it.
		MockCollectives::set_ethics_current(10, false);
		assert_noop!(
			propose_with(b"https://github.com/bmx/app"),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
	});
}

#[test]
fn propose_project_accepts_https_addresses() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Projects::check_repository(b"https://x"));
		assert_ok!(Projects::check_repository(b"https://git.example.org:8443/a?b#c"));
		assert_ok!(Projects::check_repository(b"https://user@example.org/repo"));
		assert_ok!(propose_with(b"https://git.example.org:8443/a?b#c"));
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
		assert_ok!(Projects::recommend_project(projects_commission(), 0));
		assert_ok!(Projects::approve_project(RuntimeOrigin::root(), 0));
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
		assert_ok!(Projects::withdraw_project(RuntimeOrigin::signed(11), id));
		assert_eq!(
			last_event(),
			Event::ProjectWithdrawn { project_id: id, collective: ACADEMIA, by: 11 }
		);
		assert_ok!(Projects::withdraw_project(RuntimeOrigin::signed(10), recommended_id));
		assert_eq!(ProjectApplications::<Test>::count(), 0);
		// The account may back a new application.
		propose(APP);
	});
}

#[test]
fn withdraw_project_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(Projects::withdraw_project(RuntimeOrigin::root(), id), BadOrigin);
	});
}

#[test]
fn withdraw_project_rejects_an_unknown_application() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Projects::withdraw_project(RuntimeOrigin::signed(10), 0),
			Error::<Test>::ApplicationNotFound
		);
		// A registered project is no longer an application.
		let id = registered(APP);
		assert_noop!(
			Projects::withdraw_project(RuntimeOrigin::signed(10), id),
			Error::<Test>::ApplicationNotFound
		);
	});
}

#[test]
fn withdraw_project_requires_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		assert_noop!(
			Projects::withdraw_project(RuntimeOrigin::signed(13), id),
			Error::<Test>::NotLeader
		);
		// A leader of another collective neither.
		MockCollectives::add_leader(EMPRESAS, 20);
		assert_noop!(
			Projects::withdraw_project(RuntimeOrigin::signed(20), id),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn withdraw_project_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		let id = propose(APP);
		MockCollectives::set_ethics_current(10, false);
		assert_noop!(
			Projects::withdraw_project(RuntimeOrigin::signed(10), id),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
	});
}
