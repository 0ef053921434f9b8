//! Unit tests of the network projects pallet. The state they start from is described in
//! `mock.rs`.
//!
//! One file per area, each call with its success test (and event), one `assert_noop!` per error
//! it can return, and its wrong-origin test: `applications` (propose, withdraw), `decisions`
//! (recommend, decline, approve, reject, retire), `reports`
//! (the projects' report obligations and who answers for them, [`crate::ProjectInspect`]),
//! `invariants` (try_state) and `journey`. Every test runs through
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants after it.
//!
//! The stand-ins play the other pallets: [`MockCollectives`] the collective registry (leaders,
//! the code of ethics) and [`MockReports`] the duty reports pallet (it records `begin` and
//! `end`).

mod applications;
mod decisions;
mod invariants;
mod journey;
mod reports;

use crate::{
	mock::*, DocumentHash, Error, Event, NextProjectId, ProjectApplications, ProjectInspect,
	ProjectOf, ProjectStatus, Projects as ProjectsMap, RepositoryOf,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_core::H256;
use sp_runtime::{DispatchError::BadOrigin, DispatchResult};

/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);
/// The hash of a project's description.
const DESCRIPTION: DocumentHash = H256::repeat_byte(0x31);
/// The hash of the justification of a project's public value.
const JUSTIFICATION: DocumentHash = H256::repeat_byte(0x32);
/// The account of the first project.
const APP: u64 = 40;
/// The account of a second project.
const OTHER_APP: u64 = 41;
/// An account behind no origin of this pallet (the node commission's in the runtime).
const NODE_COMMISSION: u64 = 901;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Projects(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

fn repository(url: &[u8]) -> RepositoryOf<Test> {
	url.to_vec().try_into().expect("test addresses fit MaxUrlLength; qed")
}

fn repo() -> RepositoryOf<Test> {
	repository(b"https://github.com/bmx/app")
}

fn projects_commission() -> RuntimeOrigin {
	RuntimeOrigin::signed(PROJECTS_COMMISSION)
}

/// `origin` proposes a project of `collective` run by `account`, with the repository at
/// `repository` and the mock's description and justification.
fn try_propose(
	origin: RuntimeOrigin,
	collective: u32,
	account: u64,
	repository: RepositoryOf<Test>,
) -> DispatchResult {
	Projects::propose_project(origin, collective, account, DESCRIPTION, JUSTIFICATION, repository)
}

/// Academia's leader 10 proposes a project run by `account`; returns its id.
fn propose(account: u64) -> u32 {
	let id = NextProjectId::<Test>::get();
	assert_ok!(try_propose(RuntimeOrigin::signed(10), ACADEMIA, account, repo()));
	id
}

/// A project of Academia run by `account`, proposed and recommended; returns its id.
fn recommended(account: u64) -> u32 {
	let id = propose(account);
	assert_ok!(Projects::recommend_project(projects_commission(), id));
	id
}

/// A registered project of Academia run by `account`; returns its id.
fn registered(account: u64) -> u32 {
	let id = recommended(account);
	assert_ok!(Projects::approve_project(RuntimeOrigin::root(), id));
	id
}

fn propose_with(url: &[u8]) -> DispatchResult {
	try_propose(RuntimeOrigin::signed(10), ACADEMIA, APP, repository(url))
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<Projects as Hooks<u64>>::integrity_test();
	});
}
