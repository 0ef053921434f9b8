//! Unit tests of the collectives pallet. The genesis they start from is described in `mock.rs`.

use crate::{
	mock::*,
	traits::{
		ActiveMembers, CollectiveInspect, CurrentLeaders, EnsureActiveMember, EnsureLeader,
		LeadersOf,
	},
	ApplicationDeposits, CodeOfEthics, CollectiveKind, CollectiveMembers, CollectiveNames,
	CollectiveRequests, CollectiveState, Collectives as CollectivesMap, DocumentHash, Error, Event,
	HoldReason, LeaderExpiries, Leaders, LeadershipEnd, MemberStatus, Members, NextCollectiveId,
	NextRequestId, RequestId,
};
use frame_support::{
	assert_noop, assert_ok, parameter_types,
	traits::{
		fungible::{Inspect, InspectHold},
		Contains, EnsureOrigin, EnsureOriginWithArg, Hooks, SortedMembers,
	},
};
use frame_system::EnsureSignedBy;
use sp_core::H256;
use sp_runtime::{DispatchError::BadOrigin, TokenError};

/// The hash of a written request.
const DOC: DocumentHash = H256::repeat_byte(0xd0);
/// The hash of written reasons.
const REASON: DocumentHash = H256::repeat_byte(0xee);

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Collectives(e) = r.event { Some(e) } else { None })
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet was emitted")
}

fn has_event(event: Event<Test>) -> bool {
	events().contains(&event)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Collectives(HoldReason::CollectiveRequest), &who)
}

fn application_held(who: u64) -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Collectives(HoldReason::MembershipApplication),
		&who,
	)
}

fn free(who: u64) -> u64 {
	Balances::balance(&who)
}

fn request(who: u64, collective_name: &[u8]) -> RequestId {
	let id = NextRequestId::<Test>::get();
	assert_ok!(Collectives::request_collective(
		RuntimeOrigin::signed(who),
		name(collective_name),
		CollectiveKind::CivilSociety,
		DOC,
	));
	id
}

fn apply(who: u64, collective: u32, institution: &[u8]) {
	assert_ok!(Collectives::apply_for_membership(
		RuntimeOrigin::signed(who),
		collective,
		name(institution),
		CODE_V1,
	));
}

fn status(who: u64) -> Option<MemberStatus<u64>> {
	Members::<Test>::get(who).map(|m| m.status)
}

fn leaders(collective: u32) -> Vec<u64> {
	Collectives::leaders(collective)
}

fn expiries(at: u64) -> Vec<(u32, u64)> {
	LeaderExpiries::<Test>::get(at).into_inner()
}

fn member_count(collective: u32) -> u32 {
	CollectivesMap::<Test>::get(collective)
		.map(|c| c.member_count)
		.unwrap_or_default()
}

// Genesis and configuration.

#[test]
fn genesis_builds_collectives_members_and_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(CollectivesMap::<Test>::count(), 4);
		assert_eq!(NextCollectiveId::<Test>::get(), 4);
		let academia = CollectivesMap::<Test>::get(ACADEMIA).expect("genesis collective");
		assert_eq!(academia.name, name(b"Academia"));
		assert_eq!(academia.kind, CollectiveKind::Academia);
		assert_eq!(academia.state, CollectiveState::Active);
		assert_eq!(academia.document, None);
		assert_eq!(academia.member_count, 4);
		assert_eq!(CollectiveNames::<Test>::get(name(b"Sociedad civil")), Some(SOCIEDAD_CIVIL));
		assert_eq!(CodeOfEthics::<Test>::get(), Some(CODE_V1));
		assert_eq!(status(12), Some(MemberStatus::Active));
		assert!(CollectiveMembers::<Test>::contains_key(EMPRESAS, 21));
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10), (ACADEMIA, 11)]);
		assert_eq!(
			Collectives::collectives_needing_appointment(),
			vec![EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
	});
}

#[test]
#[should_panic(expected = "genesis members need a code of ethics")]
fn genesis_rejects_members_without_a_code_of_ethics() {
	ExtBuilder::default().code_of_ethics(None).leaders(vec![]).build();
}

#[test]
#[should_panic(expected = "genesis leader refused")]
fn genesis_rejects_leaders_of_the_same_institution() {
	ExtBuilder::default().leaders(vec![(ACADEMIA, 10), (ACADEMIA, 12)]).build();
}

#[test]
#[should_panic(expected = "genesis collective refused")]
fn genesis_rejects_duplicate_names() {
	ExtBuilder::default()
		.collectives(vec![
			(b"Academia".to_vec(), CollectiveKind::Academia),
			(b"Academia".to_vec(), CollectiveKind::Business),
		])
		.members(vec![])
		.leaders(vec![])
		.build();
}

#[test]
#[should_panic(expected = "genesis member refused")]
fn genesis_rejects_a_member_of_a_missing_collective() {
	ExtBuilder::default()
		.members(vec![(1, 9, b"UNAM".to_vec())])
		.leaders(vec![])
		.build();
}

#[test]
fn integrity_test_passes() {
	ExtBuilder::default().build_and_execute(|| {
		<Collectives as Hooks<u64>>::integrity_test();
	});
}

#[test]
#[should_panic(expected = "MaxMembersPerCollective must exceed MaxLeaders")]
fn integrity_test_requires_room_for_members_besides_the_leaders() {
	MaxMembersPerCollective::set(3);
	<Collectives as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "RenewalWindow must not be zero when MaxLeaderRenewals is not")]
fn integrity_test_requires_a_renewal_window() {
	RenewalWindow::set(0);
	<Collectives as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "CollectiveRequestDeposit must not be zero")]
fn integrity_test_requires_a_request_deposit() {
	CollectiveRequestDeposit::set(0);
	<Collectives as Hooks<u64>>::integrity_test();
}

#[test]
#[should_panic(expected = "on_initialize with MaxExpiriesPerBlock expiries must fit in a block")]
fn integrity_test_requires_the_expiries_to_fit_in_a_block() {
	MaxExpiriesPerBlock::set(u32::MAX);
	<Collectives as Hooks<u64>>::integrity_test();
}

// request_collective

#[test]
fn request_collective_works_and_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_eq!(id, 0);
		assert_eq!(
			last_event(),
			Event::CollectiveRequested {
				request_id: 0,
				applicant: 1,
				name: name(b"Cooperativas"),
				kind: CollectiveKind::CivilSociety,
				document: DOC,
				deposit: DEPOSIT,
			}
		);
		let stored = CollectiveRequests::<Test>::get(0).expect("request stored");
		assert_eq!(stored.applicant, 1);
		assert_eq!(stored.deposit, DEPOSIT);
		assert_eq!(held(1), DEPOSIT);
		assert_eq!(free(1), INITIAL_BALANCE - DEPOSIT);
		assert_eq!(NextRequestId::<Test>::get(), 1);
	});
}

#[test]
fn request_collective_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none()] {
			assert_noop!(
				Collectives::request_collective(origin, name(b"X"), CollectiveKind::Other, DOC),
				BadOrigin
			);
		}
	});
}

#[test]
fn request_collective_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(1),
				name(b""),
				CollectiveKind::Other,
				DOC
			),
			Error::<Test>::EmptyName
		);
	});
}

#[test]
fn request_collective_rejects_a_taken_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(1),
				name(b"Academia"),
				CollectiveKind::Academia,
				DOC
			),
			Error::<Test>::NameTaken
		);
	});
}

#[test]
fn request_collective_rejects_when_collectives_are_full() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), id));
		assert_eq!(CollectivesMap::<Test>::count(), 5);
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(2),
				name(b"Sindicatos"),
				CollectiveKind::Other,
				DOC
			),
			Error::<Test>::TooManyCollectives
		);
	});
}

#[test]
fn request_collective_rejects_too_many_pending_requests() {
	ExtBuilder::default().build_and_execute(|| {
		request(1, b"Cooperativas");
		request(2, b"Sindicatos");
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(3),
				name(b"Colegios"),
				CollectiveKind::Other,
				DOC
			),
			Error::<Test>::TooManyRequests
		);
	});
}

#[test]
fn request_collective_rejects_when_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextRequestId::<Test>::put(u32::MAX);
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(1),
				name(b"Cooperativas"),
				CollectiveKind::Other,
				DOC
			),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn request_collective_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::request_collective(
				RuntimeOrigin::signed(99),
				name(b"Cooperativas"),
				CollectiveKind::Other,
				DOC
			),
			TokenError::FundsUnavailable
		);
	});
}

// approve_collective_request

#[test]
fn approve_collective_request_creates_it_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), id));
		let created = CollectivesMap::<Test>::get(4).expect("collective created");
		assert_eq!(created.name, name(b"Cooperativas"));
		assert_eq!(created.kind, CollectiveKind::CivilSociety);
		assert_eq!(created.document, Some(DOC));
		assert_eq!(created.created_at, 1);
		assert_eq!(CollectiveNames::<Test>::get(name(b"Cooperativas")), Some(4));
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
		let tail: Vec<_> = events().into_iter().rev().take(3).collect();
		assert_eq!(
			tail,
			vec![
				Event::CollectiveRequestApproved {
					request_id: id,
					collective: 4,
					applicant: 1,
					deposit: DEPOSIT,
				},
				Event::LeadersFellShort { collective: 4, leaders: 0 },
				Event::CollectiveCreated {
					collective: 4,
					name: name(b"Cooperativas"),
					kind: CollectiveKind::CivilSociety,
				},
			]
		);
		assert!(Collectives::collectives_needing_appointment().contains(&4));
	});
}

#[test]
fn approve_collective_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			Collectives::approve_collective_request(RuntimeOrigin::signed(1), id),
			BadOrigin
		);
	});
}

#[test]
fn approve_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::approve_collective_request(RuntimeOrigin::root(), 7),
			Error::<Test>::RequestNotFound
		);
	});
}

#[test]
fn approve_collective_request_rejects_a_name_taken_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(2, b"Cooperativas");
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), first));
		assert_noop!(
			Collectives::approve_collective_request(RuntimeOrigin::root(), second),
			Error::<Test>::NameTaken
		);
		// The Executive Council rejects it instead; the deposit comes back.
		assert_ok!(Collectives::reject_collective_request(RuntimeOrigin::root(), second, REASON));
		assert_eq!(held(2), 0);
	});
}

#[test]
fn approve_collective_request_rejects_when_collectives_are_full() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(2, b"Sindicatos");
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), first));
		assert_noop!(
			Collectives::approve_collective_request(RuntimeOrigin::root(), second),
			Error::<Test>::TooManyCollectives
		);
	});
}

#[test]
fn approve_collective_request_rejects_when_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		NextCollectiveId::<Test>::put(u32::MAX);
		assert_noop!(
			Collectives::approve_collective_request(RuntimeOrigin::root(), id),
			Error::<Test>::IdsExhausted
		);
	});
}

// reject_collective_request

#[test]
fn reject_collective_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(Collectives::reject_collective_request(RuntimeOrigin::root(), id, REASON));
		assert_eq!(
			last_event(),
			Event::CollectiveRequestRejected {
				request_id: id,
				applicant: 1,
				reason: REASON,
				deposit: DEPOSIT,
			}
		);
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(CollectivesMap::<Test>::count(), 4);
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

#[test]
fn reject_collective_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			Collectives::reject_collective_request(RuntimeOrigin::signed(1), id, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_collective_request(RuntimeOrigin::root(), 7, REASON),
			Error::<Test>::RequestNotFound
		);
	});
}

// withdraw_collective_request

#[test]
fn withdraw_collective_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(Collectives::withdraw_collective_request(RuntimeOrigin::signed(1), id));
		assert_eq!(
			last_event(),
			Event::CollectiveRequestWithdrawn { request_id: id, applicant: 1, deposit: DEPOSIT }
		);
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

#[test]
fn withdraw_collective_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			Collectives::withdraw_collective_request(RuntimeOrigin::root(), id),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_collective_request_is_for_the_applicant_only() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			Collectives::withdraw_collective_request(RuntimeOrigin::signed(2), id),
			Error::<Test>::NotRequester
		);
	});
}

#[test]
fn withdraw_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::withdraw_collective_request(RuntimeOrigin::signed(1), 7),
			Error::<Test>::RequestNotFound
		);
	});
}

#[test]
fn deposits_of_several_requests_add_up() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(1, b"Sindicatos");
		assert_eq!(held(1), 2 * DEPOSIT);
		assert_ok!(Collectives::withdraw_collective_request(RuntimeOrigin::signed(1), first));
		assert_eq!(held(1), DEPOSIT);
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), second));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

// set_code_of_ethics and accept_code_of_ethics

#[test]
fn set_code_of_ethics_makes_members_outdated() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Collectives::is_code_of_ethics_current(10));
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_eq!(last_event(), Event::CodeOfEthicsSet { code_of_ethics: CODE_V2 });
		assert_eq!(CodeOfEthics::<Test>::get(), Some(CODE_V2));
		assert!(!Collectives::is_code_of_ethics_current(10));
		assert!(!Collectives::is_code_of_ethics_current(99));
	});
}

#[test]
fn set_code_of_ethics_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::set_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2),
			BadOrigin
		);
	});
}

#[test]
fn set_code_of_ethics_rejects_the_version_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V1),
			Error::<Test>::CodeOfEthicsUnchanged
		);
	});
}

#[test]
fn accept_code_of_ethics_brings_a_member_up_to_date() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_eq!(last_event(), Event::CodeOfEthicsAccepted { who: 10, code_of_ethics: CODE_V2 });
		assert!(Collectives::is_code_of_ethics_current(10));
		assert!(!Collectives::is_code_of_ethics_current(11));
	});
}

#[test]
fn accept_code_of_ethics_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(Collectives::accept_code_of_ethics(RuntimeOrigin::root(), CODE_V2), BadOrigin);
	});
}

#[test]
fn accept_code_of_ethics_needs_a_code_in_force() {
	ExtBuilder::default()
		.code_of_ethics(None)
		.members(vec![])
		.leaders(vec![])
		.build_and_execute(|| {
			assert_noop!(
				Collectives::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V1),
				Error::<Test>::CodeOfEthicsNotSet
			);
		});
}

#[test]
fn accept_code_of_ethics_rejects_another_version() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V1),
			Error::<Test>::WrongCodeOfEthics
		);
	});
}

#[test]
fn accept_code_of_ethics_is_for_members() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V1),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn accept_code_of_ethics_rejects_a_repeat() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V1),
			Error::<Test>::CodeOfEthicsAlreadyAccepted
		);
	});
}

// apply_for_membership

#[test]
fn apply_for_membership_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_eq!(
			last_event(),
			Event::MembershipApplied {
				who: 1,
				collective: SOCIEDAD_CIVIL,
				institution: name(b"Cruz Roja"),
				deposit: APPLICATION_DEPOSIT,
			}
		);
		assert_eq!(application_held(1), APPLICATION_DEPOSIT);
		assert_eq!(ApplicationDeposits::<Test>::get(1), Some(APPLICATION_DEPOSIT));
		assert_eq!(free(1), INITIAL_BALANCE - APPLICATION_DEPOSIT);
		let member = Members::<Test>::get(1).expect("application stored");
		assert_eq!(member.status, MemberStatus::Applicant);
		assert_eq!(member.code_of_ethics, CODE_V1);
		assert_eq!(member.applied_at, 1);
		assert_eq!(member.admitted_at, None);
		assert!(CollectiveMembers::<Test>::contains_key(SOCIEDAD_CIVIL, 1));
		assert_eq!(member_count(SOCIEDAD_CIVIL), 1);
	});
}

#[test]
fn apply_for_membership_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::root(),
				SOCIEDAD_CIVIL,
				name(b"Cruz Roja"),
				CODE_V1
			),
			BadOrigin
		);
	});
}

#[test]
fn apply_for_membership_needs_a_code_in_force() {
	ExtBuilder::default()
		.code_of_ethics(None)
		.members(vec![])
		.leaders(vec![])
		.build_and_execute(|| {
			assert_noop!(
				Collectives::apply_for_membership(
					RuntimeOrigin::signed(1),
					ACADEMIA,
					name(b"UNAM"),
					CODE_V1
				),
				Error::<Test>::CodeOfEthicsNotSet
			);
		});
}

#[test]
fn apply_for_membership_rejects_another_code_version() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::signed(1),
				ACADEMIA,
				name(b"UAM"),
				CODE_V2
			),
			Error::<Test>::WrongCodeOfEthics
		);
	});
}

#[test]
fn apply_for_membership_rejects_an_empty_institution() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::signed(1),
				ACADEMIA,
				name(b""),
				CODE_V1
			),
			Error::<Test>::EmptyInstitution
		);
	});
}

#[test]
fn apply_for_membership_allows_one_membership_per_account() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::signed(10),
				EMPRESAS,
				name(b"UNAM"),
				CODE_V1
			),
			Error::<Test>::AlreadyMember
		);
	});
}

#[test]
fn apply_for_membership_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::signed(99),
				SOCIEDAD_CIVIL,
				name(b"Cruz Roja"),
				CODE_V1
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn apply_for_membership_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::apply_for_membership(RuntimeOrigin::signed(1), 9, name(b"UAM"), CODE_V1),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn apply_for_membership_rejects_a_full_roster() {
	ExtBuilder::default().build_and_execute(|| {
		// Academia holds 4 of 5; applicants count.
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			Collectives::apply_for_membership(
				RuntimeOrigin::signed(2),
				ACADEMIA,
				name(b"ITAM"),
				CODE_V1
			),
			Error::<Test>::TooManyMembers
		);
	});
}

// admit_member

#[test]
fn admit_member_by_a_leader_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		run_to_block(5);
		assert_ok!(Collectives::admit_member(RuntimeOrigin::signed(10), 1));
		assert_eq!(
			last_event(),
			Event::MemberAdmitted { who: 1, collective: ACADEMIA, by: Some(10) }
		);
		let member = Members::<Test>::get(1).expect("member");
		assert_eq!(member.status, MemberStatus::Active);
		assert_eq!(member.admitted_at, Some(5));
		// The deposit comes back on admission.
		assert_eq!(application_held(1), 0);
		assert!(!ApplicationDeposits::<Test>::contains_key(1));
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

#[test]
fn admit_member_by_the_executive_works_without_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(Collectives::admit_member(RuntimeOrigin::root(), 1));
		assert_eq!(
			last_event(),
			Event::MemberAdmitted { who: 1, collective: SOCIEDAD_CIVIL, by: None }
		);
		assert_eq!(status(1), Some(MemberStatus::Active));
	});
}

#[test]
fn admit_member_requires_a_leader_of_that_collective() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		apply(2, SOCIEDAD_CIVIL, b"Cruz Roja");
		// A plain member, or a leader of another collective, is not enough.
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(13), 1),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(10), 2),
			Error::<Test>::NotLeader
		);
		assert_noop!(Collectives::admit_member(RuntimeOrigin::none(), 1), BadOrigin);
	});
}

#[test]
fn admit_member_checks_the_origin_before_the_application() {
	ExtBuilder::default().build_and_execute(|| {
		// No application for 99: a wrong origin still fails as a wrong origin.
		assert_noop!(Collectives::admit_member(RuntimeOrigin::none(), 99), BadOrigin);
	});
}

#[test]
fn admit_member_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(10), 1),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_ok!(Collectives::admit_member(RuntimeOrigin::signed(10), 1));
	});
}

#[test]
fn admit_member_rejects_an_account_that_did_not_apply() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(10), 99),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn admit_member_leaves_collectives_with_leaders_to_them() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::root(), 1),
			Error::<Test>::CollectiveHasLeaders
		);
	});
}

#[test]
fn admit_member_rejects_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(10), 13),
			Error::<Test>::NotApplicant
		);
	});
}

#[test]
fn admit_member_requires_the_code_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(10), CODE_V2));
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::signed(10), 1),
			Error::<Test>::CodeOfEthicsOutdated
		);
		// An applicant can accept the new version and then be admitted.
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		assert_ok!(Collectives::admit_member(RuntimeOrigin::signed(10), 1));
	});
}

// reject_application

#[test]
fn reject_application_works() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(Collectives::reject_application(RuntimeOrigin::signed(11), 1, REASON));
		assert_eq!(
			last_event(),
			Event::ApplicationRejected {
				who: 1,
				collective: ACADEMIA,
				reason: REASON,
				by: Some(11)
			}
		);
		assert!(!Members::<Test>::contains_key(1));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 1));
		assert_eq!(member_count(ACADEMIA), 4);
		// The deposit comes back on rejection.
		assert_eq!(application_held(1), 0);
		assert!(!ApplicationDeposits::<Test>::contains_key(1));
		assert_eq!(free(1), INITIAL_BALANCE);
		// The account may apply again, elsewhere.
		apply(1, SOCIEDAD_CIVIL, b"UAM");
	});
}

#[test]
fn reject_application_by_the_executive_works_without_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(Collectives::reject_application(RuntimeOrigin::root(), 1, REASON));
		assert_eq!(
			last_event(),
			Event::ApplicationRejected {
				who: 1,
				collective: SOCIEDAD_CIVIL,
				reason: REASON,
				by: None
			}
		);
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
	});
}

#[test]
fn reject_application_requires_a_leader_of_that_collective() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			Collectives::reject_application(RuntimeOrigin::signed(13), 1, REASON),
			Error::<Test>::NotLeader
		);
		assert_noop!(Collectives::reject_application(RuntimeOrigin::none(), 1, REASON), BadOrigin);
	});
}

#[test]
fn reject_application_checks_the_origin_before_the_application() {
	ExtBuilder::default().build_and_execute(|| {
		// No application for 99: a wrong origin still fails as a wrong origin.
		assert_noop!(Collectives::reject_application(RuntimeOrigin::none(), 99, REASON), BadOrigin);
	});
}

#[test]
fn reject_application_requires_a_leader_up_to_date_with_the_code() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::reject_application(RuntimeOrigin::signed(11), 1, REASON),
			Error::<Test>::LeaderCodeOfEthicsOutdated
		);
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(11), CODE_V2));
		assert_ok!(Collectives::reject_application(RuntimeOrigin::signed(11), 1, REASON));
	});
}

#[test]
fn reject_application_rejects_an_account_that_did_not_apply() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_application(RuntimeOrigin::signed(10), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn reject_application_leaves_collectives_with_leaders_to_them() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			Collectives::reject_application(RuntimeOrigin::root(), 1, REASON),
			Error::<Test>::CollectiveHasLeaders
		);
	});
}

#[test]
fn reject_application_rejects_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reject_application(RuntimeOrigin::signed(10), 13, REASON),
			Error::<Test>::NotApplicant
		);
	});
}

// suspend_member and reinstate_member

#[test]
fn suspend_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_eq!(
			last_event(),
			Event::MemberSuspended { who: 13, collective: ACADEMIA, reason: REASON }
		);
		assert_eq!(status(13), Some(MemberStatus::Suspended { reason: REASON, since: 1 }));
		assert!(!ActiveMembers::<Test>::contains(&13));
	});
}

#[test]
fn suspend_member_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 10, REASON));
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 10,
			cause: LeadershipEnd::MemberSuspended,
		}));
		assert!(has_event(Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 }));
		assert_eq!(leaders(ACADEMIA), vec![11]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 11)]);
		// Reinstatement does not restore the leadership.
		assert_ok!(Collectives::reinstate_member(RuntimeOrigin::root(), 10));
		assert_eq!(leaders(ACADEMIA), vec![11]);
	});
}

#[test]
fn suspend_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::suspend_member(RuntimeOrigin::signed(10), 13, REASON), BadOrigin);
	});
}

#[test]
fn suspend_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::suspend_member(RuntimeOrigin::root(), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn suspend_member_rejects_an_inactive_member() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_noop!(
			Collectives::suspend_member(RuntimeOrigin::root(), 1, REASON),
			Error::<Test>::NotActiveMember
		);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn reinstate_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_ok!(Collectives::reinstate_member(RuntimeOrigin::root(), 13));
		assert_eq!(last_event(), Event::MemberReinstated { who: 13, collective: ACADEMIA });
		assert_eq!(status(13), Some(MemberStatus::Active));
	});
}

#[test]
fn reinstate_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(Collectives::reinstate_member(RuntimeOrigin::signed(10), 13), BadOrigin);
	});
}

#[test]
fn reinstate_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reinstate_member(RuntimeOrigin::root(), 99),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn reinstate_member_rejects_a_member_not_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::reinstate_member(RuntimeOrigin::root(), 13),
			Error::<Test>::NotSuspended
		);
	});
}

// leave

#[test]
fn leave_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(13)));
		assert_eq!(last_event(), Event::MemberLeft { who: 13, collective: ACADEMIA });
		assert!(!Members::<Test>::contains_key(13));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 13));
		assert_eq!(member_count(ACADEMIA), 3);
	});
}

#[test]
fn leave_withdraws_an_application() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(1)));
		assert_eq!(last_event(), Event::MemberLeft { who: 1, collective: SOCIEDAD_CIVIL });
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
		// The deposit comes back on withdrawal.
		assert_eq!(application_held(1), 0);
		assert!(!ApplicationDeposits::<Test>::contains_key(1));
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

#[test]
fn leave_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::leave(RuntimeOrigin::signed(11)));
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 11,
			cause: LeadershipEnd::MemberLeft,
		}));
		assert!(has_event(Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 }));
		assert_eq!(leaders(ACADEMIA), vec![10]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10)]);
	});
}

#[test]
fn leave_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::leave(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn leave_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::leave(RuntimeOrigin::signed(99)), Error::<Test>::NotMember);
	});
}

#[test]
fn leave_is_refused_while_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			Collectives::leave(RuntimeOrigin::signed(13)),
			Error::<Test>::MemberIsSuspended
		);
	});
}

// expel_member

#[test]
fn expel_member_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 13, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 13, collective: ACADEMIA, reason: REASON }
		);
		assert!(!Members::<Test>::contains_key(13));
		assert!(!CollectiveMembers::<Test>::contains_key(ACADEMIA, 13));
		assert_eq!(member_count(ACADEMIA), 3);
	});
}

#[test]
fn expel_member_ends_a_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 11, REASON));
		assert_eq!(
			events(),
			vec![
				Event::LeadershipEnded {
					collective: ACADEMIA,
					who: 11,
					cause: LeadershipEnd::MemberExpelled,
				},
				Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 },
				Event::MemberExpelled { who: 11, collective: ACADEMIA, reason: REASON },
			]
		);
		assert_eq!(leaders(ACADEMIA), vec![10]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 10)]);
		assert!(!Members::<Test>::contains_key(11));
	});
}

#[test]
fn expel_member_returns_an_application_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_eq!(application_held(1), APPLICATION_DEPOSIT);
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 1, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 1, collective: SOCIEDAD_CIVIL, reason: REASON }
		);
		assert_eq!(application_held(1), 0);
		assert!(!ApplicationDeposits::<Test>::contains_key(1));
		assert_eq!(free(1), INITIAL_BALANCE);
		assert_eq!(member_count(SOCIEDAD_CIVIL), 0);
	});
}

#[test]
fn expel_member_removes_a_suspended_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 20, REASON));
		assert_ok!(Collectives::expel_member(RuntimeOrigin::root(), 20, REASON));
		assert_eq!(
			last_event(),
			Event::MemberExpelled { who: 20, collective: EMPRESAS, reason: REASON }
		);
		assert_eq!(status(20), None);
		assert_eq!(member_count(EMPRESAS), 2);
	});
}

#[test]
fn expel_member_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Collectives::expel_member(RuntimeOrigin::signed(10), 13, REASON), BadOrigin);
		assert_noop!(Collectives::expel_member(RuntimeOrigin::none(), 13, REASON), BadOrigin);
	});
}

#[test]
fn expel_member_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::expel_member(RuntimeOrigin::root(), 99, REASON),
			Error::<Test>::NotMember
		);
	});
}

// appoint_leader

#[test]
fn appoint_leader_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert_eq!(
			last_event(),
			Event::LeaderAppointed { collective: ACADEMIA, who: 13, expires_at: 1 + TERM }
		);
		assert_eq!(leaders(ACADEMIA), vec![10, 11, 13]);
		assert_eq!(expiries(1 + TERM), vec![(ACADEMIA, 13)]);
		let term = Leaders::<Test>::get(ACADEMIA).into_iter().last().expect("a leader");
		assert_eq!((term.appointed_at, term.renewals), (1, 0));
	});
}

#[test]
fn appoint_leader_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::signed(10), ACADEMIA, 13),
			BadOrigin
		);
	});
}

#[test]
fn appoint_leader_rejects_an_unknown_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), 9, 13),
			Error::<Test>::CollectiveNotFound
		);
	});
}

#[test]
fn appoint_leader_rejects_a_non_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 99),
			Error::<Test>::NotMember
		);
	});
}

#[test]
fn appoint_leader_rejects_a_member_of_another_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 20),
			Error::<Test>::MemberOfAnotherCollective
		);
	});
}

#[test]
fn appoint_leader_rejects_an_inactive_member() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), SOCIEDAD_CIVIL, 1),
			Error::<Test>::NotActiveMember
		);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 13, REASON));
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13),
			Error::<Test>::NotActiveMember
		);
	});
}

#[test]
fn appoint_leader_requires_the_code_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13),
			Error::<Test>::CodeOfEthicsOutdated
		);
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(13), CODE_V2));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
	});
}

#[test]
fn appoint_leader_rejects_a_leader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::AlreadyLeader
		);
	});
}

#[test]
fn appoint_leader_keeps_max_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		apply(1, ACADEMIA, b"UAM");
		assert_ok!(Collectives::admit_member(RuntimeOrigin::signed(10), 1));
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 1),
			Error::<Test>::TooManyLeaders
		);
	});
}

#[test]
fn appoint_leader_requires_distinct_institutions() {
	ExtBuilder::default().build_and_execute(|| {
		// 12 states "unam ", which is 10's "UNAM".
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 12),
			Error::<Test>::InstitutionAlreadyLeading
		);
		// Once 10 no longer leads, 12 can.
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 12));
		assert_eq!(leaders(ACADEMIA), vec![11, 12]);
		// And now 10 cannot.
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::InstitutionAlreadyLeading
		);
	});
}

#[test]
fn institutions_compare_ignoring_case_and_spaces() {
	assert!(crate::same_institution(b"UNAM", b" unam "));
	assert!(crate::same_institution(b"Tecnol\xc3\xb3gico", b"TECNOL\xc3\xb3GICO"));
	assert!(!crate::same_institution(b"UNAM", b"UAM"));
}

#[test]
fn appoint_leader_refuses_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		// Four terms end at block 1 + TERM.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		for who in [20, 21, 22] {
			assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, who));
		}
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), SECTOR_PUBLICO, 30),
			Error::<Test>::ExpiryScheduleFull
		);
		// A block later there is room.
		run_to_block(2);
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), SECTOR_PUBLICO, 30));
	});
}

// renew_leader

#[test]
fn renew_leader_works_within_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_ok!(Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(
			last_event(),
			Event::LeaderRenewed {
				collective: ACADEMIA,
				who: 10,
				expires_at: 2 * TERM,
				renewals: 1
			}
		);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 11)]);
		assert_eq!(expiries(2 * TERM), vec![(ACADEMIA, 10)]);
		// The renewed term goes on after the other one ends.
		run_to_block(TERM);
		assert_eq!(leaders(ACADEMIA), vec![10]);
	});
}

#[test]
fn renew_leader_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_noop!(Collectives::renew_leader(RuntimeOrigin::signed(10), ACADEMIA, 10), BadOrigin);
	});
}

#[test]
fn renew_leader_rejects_a_non_leader() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 13),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), EMPRESAS, 10),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn renew_leader_is_refused_before_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::RenewalTooEarly
		);
		run_to_block(TERM - WINDOW - 1);
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::RenewalTooEarly
		);
		run_to_block(TERM - WINDOW);
		assert_ok!(Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10));
	});
}

#[test]
fn renew_leader_is_limited() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - 1);
		assert_ok!(Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		run_to_block(2 * TERM - 1);
		assert_ok!(Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(
			last_event(),
			Event::LeaderRenewed {
				collective: ACADEMIA,
				who: 10,
				expires_at: 3 * TERM,
				renewals: 2
			}
		);
		run_to_block(3 * TERM - 1);
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::RenewalLimitReached
		);
		// Three terms in all, then it ends.
		run_to_block(3 * TERM);
		assert!(!Collectives::is_leader(ACADEMIA, &10));
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 10,
			cause: LeadershipEnd::TermExpired,
		}));
	});
}

#[test]
fn renew_leader_requires_the_code_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - WINDOW);
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::CodeOfEthicsOutdated
		);
	});
}

#[test]
fn renew_leader_refuses_a_full_expiry_bucket() {
	ExtBuilder::default().build_and_execute(|| {
		// With the constant term a renewal can only meet the renewals from its own bucket, so
		// it never finds a full one; after an upgrade that changes the term it can.
		LeaderTerm::set(2 * TERM - 1);
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		for who in [20, 21, 22] {
			assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, who));
		}
		assert_eq!(expiries(2 * TERM).len(), 4);
		LeaderTerm::set(TERM);
		run_to_block(TERM - WINDOW);
		assert_noop!(
			Collectives::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			Error::<Test>::ExpiryScheduleFull
		);
	});
}

// remove_leader

#[test]
fn remove_leader_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(
			events().into_iter().rev().take(2).collect::<Vec<_>>(),
			vec![
				Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 },
				Event::LeadershipEnded {
					collective: ACADEMIA,
					who: 10,
					cause: LeadershipEnd::Removed
				},
			]
		);
		assert_eq!(leaders(ACADEMIA), vec![11]);
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 11)]);
		// It stays an active member.
		assert_eq!(status(10), Some(MemberStatus::Active));
	});
}

#[test]
fn remove_leader_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_leader(RuntimeOrigin::signed(11), ACADEMIA, 10),
			BadOrigin
		);
	});
}

#[test]
fn remove_leader_rejects_a_non_leader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 13),
			Error::<Test>::NotLeader
		);
	});
}

// Terms, minimum leaders and reporting.

#[test]
fn terms_expire_by_themselves() {
	ExtBuilder::default().build_and_execute(|| {
		run_to_block(TERM - 1);
		assert_eq!(leaders(ACADEMIA), vec![10, 11]);
		assert!(!Collectives::needs_appointment(ACADEMIA));
		run_to_block(TERM);
		assert!(leaders(ACADEMIA).is_empty());
		assert!(!Leaders::<Test>::contains_key(ACADEMIA));
		assert!(!LeaderExpiries::<Test>::contains_key(TERM));
		assert_eq!(
			events(),
			vec![
				Event::LeadershipEnded {
					collective: ACADEMIA,
					who: 10,
					cause: LeadershipEnd::TermExpired
				},
				Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 },
				Event::LeadershipEnded {
					collective: ACADEMIA,
					who: 11,
					cause: LeadershipEnd::TermExpired
				},
			]
		);
		assert!(Collectives::needs_appointment(ACADEMIA));
		// Members stay.
		assert_eq!(status(10), Some(MemberStatus::Active));
	});
}

#[test]
fn on_initialize_weight_follows_the_expiries() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::weights::WeightInfo;
		// Leaders' expiries; no executive or advisory term ends at these blocks.
		let weight = |e, s| {
			<() as WeightInfo>::on_initialize(e)
				.saturating_add(<() as WeightInfo>::on_initialize_seats(s))
		};
		System::set_block_number(TERM);
		assert_eq!(Collectives::on_initialize(TERM), weight(2, 0));
		System::set_block_number(TERM + 1);
		assert_eq!(Collectives::on_initialize(TERM + 1), weight(0, 0));
	});
}

#[test]
fn falling_short_of_leaders_is_reported_once() {
	ExtBuilder::default().build_and_execute(|| {
		let short = |e: &Event<Test>| matches!(e, Event::LeadersFellShort { .. });
		assert!(!Collectives::collectives_needing_appointment().contains(&ACADEMIA));
		// Three leaders, then down to two: still at the minimum.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert!(!events().iter().any(short));
		// Below the minimum: reported.
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 11));
		assert_eq!(events().into_iter().filter(short).count(), 1);
		assert!(Collectives::collectives_needing_appointment().contains(&ACADEMIA));
		// Further down: already reported.
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(events().into_iter().filter(short).count(), 1);
		// Back to the minimum: no longer needing an appointment, and reported.
		let restored = |e: &Event<Test>| matches!(e, Event::LeadersRestored { .. });
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 11));
		assert!(Collectives::needs_appointment(ACADEMIA));
		assert!(!events().iter().any(restored));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert!(!Collectives::needs_appointment(ACADEMIA));
		assert_eq!(last_event(), Event::LeadersRestored { collective: ACADEMIA, leaders: 2 });
		// Above the minimum: nothing more to report.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(events().into_iter().filter(restored).count(), 1);
		assert_eq!(
			Collectives::collectives_needing_appointment(),
			vec![EMPRESAS, SECTOR_PUBLICO, SOCIEDAD_CIVIL]
		);
	});
}

#[test]
fn a_new_collective_reaching_its_minimum_is_reported() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 20));
		assert_eq!(
			last_event(),
			Event::LeaderAppointed { collective: EMPRESAS, who: 20, expires_at: 1 + TERM }
		);
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), EMPRESAS, 21));
		assert_eq!(
			events()[events().len() - 2..],
			[
				Event::LeaderAppointed { collective: EMPRESAS, who: 21, expires_at: 1 + TERM },
				Event::LeadersRestored { collective: EMPRESAS, leaders: 2 },
			]
		);
		assert!(!Collectives::collectives_needing_appointment().contains(&EMPRESAS));
	});
}

#[test]
fn an_unknown_collective_needs_no_appointment() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!Collectives::needs_appointment(9));
	});
}

// Traits for other pallets.

parameter_types! {
	pub const AcademiaId: u32 = ACADEMIA;
}

#[test]
fn collective_inspect_reads_the_pallet() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		type C = Collectives;
		assert!(<C as CollectiveInspect<u64>>::collective_exists(ACADEMIA));
		assert!(!<C as CollectiveInspect<u64>>::collective_exists(9));
		assert_eq!(<C as CollectiveInspect<u64>>::collective_of(&1), Some(SOCIEDAD_CIVIL));
		assert!(!<C as CollectiveInspect<u64>>::is_active_member(&1));
		assert!(<C as CollectiveInspect<u64>>::is_active_member(&13));
		assert!(<C as CollectiveInspect<u64>>::is_active_member_of(ACADEMIA, &13));
		assert!(!<C as CollectiveInspect<u64>>::is_active_member_of(EMPRESAS, &13));
		assert!(<C as CollectiveInspect<u64>>::is_leader(ACADEMIA, &10));
		assert!(!<C as CollectiveInspect<u64>>::is_leader(ACADEMIA, &13));
		assert_eq!(<C as CollectiveInspect<u64>>::leaders(ACADEMIA), vec![10, 11]);
		// The empty implementation knows nothing.
		assert!(!<() as CollectiveInspect<u64>>::collective_exists(ACADEMIA));
		assert_eq!(<() as CollectiveInspect<u64>>::collective_of(&13), None);
		assert!(!<() as CollectiveInspect<u64>>::is_active_member(&13));
		assert!(!<() as CollectiveInspect<u64>>::is_active_member_of(ACADEMIA, &13));
		assert!(!<() as CollectiveInspect<u64>>::is_leader(ACADEMIA, &10));
		assert!(<() as CollectiveInspect<u64>>::leaders(ACADEMIA).is_empty());
	});
}

#[test]
fn contains_and_sorted_members_follow_the_state() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert!(ActiveMembers::<Test>::contains(&20));
		assert!(!ActiveMembers::<Test>::contains(&1));
		assert!(!ActiveMembers::<Test>::contains(&99));
		assert!(CurrentLeaders::<Test>::contains(&11));
		assert!(!CurrentLeaders::<Test>::contains(&13));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13));
		assert_ok!(Collectives::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
		assert_eq!(LeadersOf::<Test, AcademiaId>::sorted_members(), vec![11, 13]);
		assert!(<LeadersOf<Test, AcademiaId> as SortedMembers<u64>>::contains(&13));
		assert!(!<LeadersOf<Test, AcademiaId> as SortedMembers<u64>>::contains(&10));
		assert_eq!(LeadersOf::<Test, AcademiaId>::count(), 2);
	});
}

#[test]
fn leader_and_member_origins_follow_the_state() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(
				10
			))
			.ok(),
			Some((ACADEMIA, 10))
		);
		assert!(<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::signed(13)
		)
		.is_err());
		assert!(<EnsureLeader<Test> as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::root()
		)
		.is_err());
		assert_eq!(
			<EnsureLeader<Test> as EnsureOriginWithArg<RuntimeOrigin, u32>>::try_origin(
				RuntimeOrigin::signed(11),
				&ACADEMIA
			)
			.ok(),
			Some(11)
		);
		assert!(<EnsureLeader<Test> as EnsureOriginWithArg<RuntimeOrigin, u32>>::try_origin(
			RuntimeOrigin::signed(11),
			&EMPRESAS
		)
		.is_err());
		assert_eq!(
			EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::signed(20)).ok(),
			Some((EMPRESAS, 20))
		);
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 20, REASON));
		assert!(EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::signed(20)).is_err());
		assert!(EnsureActiveMember::<Test>::try_origin(RuntimeOrigin::none()).is_err());
		type AcademiaLeaders = EnsureSignedBy<LeadersOf<Test, AcademiaId>, u64>;
		assert_eq!(
			<AcademiaLeaders as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(10))
				.ok(),
			Some(10)
		);
		assert!(<AcademiaLeaders as EnsureOrigin<RuntimeOrigin>>::try_origin(
			RuntimeOrigin::signed(13)
		)
		.is_err());
	});
}

// Invariants.

#[test]
fn try_state_detects_leaders_of_the_same_institution() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		Leaders::<Test>::mutate(ACADEMIA, |leaders| {
			let mut forged = leaders.first().cloned().expect("a leader");
			forged.who = 12;
			leaders.try_push(forged).expect("room for a third leader");
		});
		LeaderExpiries::<Test>::mutate(TERM, |bucket| {
			bucket.try_push((ACADEMIA, 12)).expect("room in the bucket")
		});
		assert_eq!(
			Collectives::do_try_state(),
			Err("two leaders from the same institution".into())
		);
	});
}

#[test]
fn try_state_detects_an_unscheduled_term() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		LeaderExpiries::<Test>::remove(TERM);
		assert_eq!(
			Collectives::do_try_state(),
			Err("a term missing from the expiry schedule".into())
		);
	});
}

#[test]
fn try_state_detects_a_missing_deposit() {
	ExtBuilder::default().build().execute_with(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(Collectives::do_try_state());
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<u64>>::release(
			&RuntimeHoldReason::Collectives(HoldReason::CollectiveRequest),
			&1,
			DEPOSIT,
			frame_support::traits::tokens::Precision::Exact,
		));
		assert!(CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(
			Collectives::do_try_state(),
			Err("held deposits differ from the pending requests' deposits".into())
		);
	});
}

#[test]
fn try_state_detects_a_missing_application_deposit() {
	ExtBuilder::default().build().execute_with(|| {
		apply(1, SOCIEDAD_CIVIL, b"Cruz Roja");
		assert_ok!(Collectives::do_try_state());
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<u64>>::release(
			&RuntimeHoldReason::Collectives(HoldReason::MembershipApplication),
			&1,
			APPLICATION_DEPOSIT,
			frame_support::traits::tokens::Precision::Exact,
		));
		assert_eq!(
			Collectives::do_try_state(),
			Err("held application deposit differs from the recorded one".into())
		);
	});
}

#[test]
fn try_state_detects_an_application_deposit_of_a_member() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		ApplicationDeposits::<Test>::insert(13, APPLICATION_DEPOSIT);
		assert_eq!(
			Collectives::do_try_state(),
			Err("application deposit of no pending application".into())
		);
	});
}

#[test]
fn try_state_detects_a_member_of_a_missing_collective() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Collectives::do_try_state());
		Members::<Test>::mutate(30, |m| {
			if let Some(member) = m {
				member.collective = 9;
			}
		});
		assert_eq!(
			Collectives::do_try_state(),
			Err("member of a collective that does not exist".into())
		);
	});
}

// The journey.

#[test]
fn journey_of_a_new_collective_from_request_to_a_lapsed_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		// A cooperative federation asks to form the "Cooperativas" collective.
		let request_id = request(1, b"Cooperativas");
		assert_eq!(held(1), DEPOSIT);
		// The Executive Council approves it: the collective exists, needs leaders, and the
		// deposit is back.
		assert_ok!(Collectives::approve_collective_request(RuntimeOrigin::root(), request_id));
		let coop = 4;
		assert_eq!(held(1), 0);
		assert!(Collectives::collectives_needing_appointment().contains(&coop));

		// Three institutions apply to run nodes in it; with no leaders yet, the Executive
		// Council admits the first two.
		apply(1, coop, b"Federacion Coop");
		apply(2, coop, b"Caja Popular");
		apply(3, coop, b"caja popular");
		assert_ok!(Collectives::admit_member(RuntimeOrigin::root(), 1));
		assert_ok!(Collectives::admit_member(RuntimeOrigin::root(), 2));

		// It appoints them leaders; the collective has its minimum.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), coop, 1));
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), coop, 2));
		assert!(!Collectives::needs_appointment(coop));

		// From now on the leaders admit members; the third is of the same institution as 2,
		// so it may be a member but not a leader while 2 leads.
		assert_noop!(
			Collectives::admit_member(RuntimeOrigin::root(), 3),
			Error::<Test>::CollectiveHasLeaders
		);
		assert_ok!(Collectives::admit_member(RuntimeOrigin::signed(1), 3));
		assert_noop!(
			Collectives::appoint_leader(RuntimeOrigin::root(), coop, 3),
			Error::<Test>::InstitutionAlreadyLeading
		);

		// A new code of ethics: leader 1 accepts it and is renewed near the end of its term.
		assert_ok!(Collectives::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		run_to_block(1 + TERM - WINDOW);
		assert_ok!(Collectives::renew_leader(RuntimeOrigin::root(), coop, 1));

		// Member 3 breaches the code of ethics: suspended, then reinstated after amends.
		assert_ok!(Collectives::suspend_member(RuntimeOrigin::root(), 3, REASON));
		assert!(!Collectives::is_code_of_ethics_current(3));
		assert_ok!(Collectives::accept_code_of_ethics(RuntimeOrigin::signed(3), CODE_V2));
		assert_ok!(Collectives::reinstate_member(RuntimeOrigin::root(), 3));
		assert!(ActiveMembers::<Test>::contains(&3));

		// Leader 2 was not renewed: its term ends by itself and the collective needs an
		// appointment again.
		run_to_block(1 + TERM);
		assert_eq!(leaders(coop), vec![1]);
		assert!(has_event(Event::LeadershipEnded {
			collective: coop,
			who: 2,
			cause: LeadershipEnd::TermExpired,
		}));
		assert!(has_event(Event::LeadersFellShort { collective: coop, leaders: 1 }));
		assert!(Collectives::collectives_needing_appointment().contains(&coop));

		// Now 3 may lead: 2 no longer does.
		assert_ok!(Collectives::appoint_leader(RuntimeOrigin::root(), coop, 3));
		assert!(!Collectives::needs_appointment(coop));
		assert_eq!(last_event(), Event::LeadersRestored { collective: coop, leaders: 2 });
	});
}

mod capital;
mod councils;
mod nodes;
mod projects;
mod reports;
