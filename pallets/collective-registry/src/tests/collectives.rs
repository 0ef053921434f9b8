use super::*;

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
				committed_nodes: 1,
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
			assert_noop!(try_request(origin, b"X"), BadOrigin);
		}
	});
}

#[test]
fn request_collective_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(try_request(RuntimeOrigin::signed(1), b""), Error::<Test>::EmptyName);
	});
}

#[test]
fn request_collective_rejects_a_taken_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::request_collective(
				RuntimeOrigin::signed(1),
				name(b"Academia"),
				CollectiveKind::Academia,
				DOC,
				name(b"Promotora"),
				CODE_V1,
				1
			),
			Error::<Test>::NameAlreadyExists
		);
	});
}

#[test]
fn request_collective_rejects_when_collectives_are_full() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id));
		assert_eq!(Collectives::<Test>::count(), 5);
		assert_noop!(
			try_request(RuntimeOrigin::signed(2), b"Sindicatos"),
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
			try_request(RuntimeOrigin::signed(3), b"Colegios"),
			Error::<Test>::TooManyRequests
		);
	});
}

#[test]
fn request_collective_rejects_when_ids_are_exhausted() {
	ExtBuilder::default().build_and_execute(|| {
		NextRequestId::<Test>::put(u32::MAX);
		assert_noop!(
			try_request(RuntimeOrigin::signed(1), b"Cooperativas"),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn request_collective_requires_funds_for_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			try_request(RuntimeOrigin::signed(99), b"Cooperativas"),
			TokenError::FundsUnavailable
		);
	});
}

// approve_collective_request

#[test]
fn approve_collective_request_creates_it_and_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id));
		let created = Collectives::<Test>::get(4).expect("collective created");
		assert_eq!(created.name, name(b"Cooperativas"));
		assert_eq!(created.kind, CollectiveKind::CivilSociety);
		assert_eq!(created.document, Some(DOC));
		assert_eq!(created.created_at, 1);
		assert_eq!(created.promoter, Some(1));
		assert_eq!(created.committed_nodes, 1);
		assert_eq!(created.member_count, 1);
		assert_eq!(CollectiveNames::<Test>::get(name(b"Cooperativas")), Some(4));
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
		// The promoter is the first active member, with the code of ethics it accepted.
		let promoter = Members::<Test>::get(1).expect("the promoter is a member");
		assert_eq!(promoter.collective, 4);
		assert_eq!(promoter.status, MemberStatus::Active);
		assert_eq!(promoter.institution, name(b"Promotora"));
		assert_eq!(promoter.code_of_ethics, CODE_V1);
		assert_eq!(promoter.admitted_at, Some(1));
		let tail: Vec<_> = events().into_iter().rev().take(4).collect();
		assert_eq!(
			tail,
			vec![
				Event::CollectiveRequestApproved {
					request_id: id,
					collective: 4,
					applicant: 1,
					deposit: DEPOSIT,
				},
				Event::MemberAdmitted { who: 1, collective: 4, by: None },
				Event::LeadersFellShort { collective: 4, leaders: 0 },
				Event::CollectiveCreated {
					collective: 4,
					name: name(b"Cooperativas"),
					kind: CollectiveKind::CivilSociety,
				},
			]
		);
		assert!(CollectiveRegistry::collectives_needing_appointment().contains(&4));
	});
}

#[test]
fn approve_collective_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::signed(1), id),
			BadOrigin
		);
	});
}

#[test]
fn approve_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), 7),
			Error::<Test>::RequestNotFound
		);
	});
}

#[test]
fn approve_collective_request_rejects_a_name_taken_meanwhile() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(2, b"Cooperativas");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), first));
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), second),
			Error::<Test>::NameAlreadyExists
		);
		// The Executive Council rejects it instead; the deposit comes back.
		reject(second);
		assert_eq!(held(2), 0);
	});
}

#[test]
fn approve_collective_request_rejects_when_collectives_are_full() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(2, b"Sindicatos");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), first));
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), second),
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
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id),
			Error::<Test>::IdsExhausted
		);
	});
}

// reject_collective_request

#[test]
fn reject_collective_request_slashes_the_penalty_and_returns_the_rest() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		reject(id);
		assert_eq!(
			last_event(),
			Event::CollectiveRequestRejected {
				request_id: id,
				applicant: 1,
				reason: REASON,
				returned: DEPOSIT - 2,
				slashed: 2,
			}
		);
		assert!(!CollectiveRequests::<Test>::contains_key(id));
		assert_eq!(Collectives::<Test>::count(), 4);
		assert_eq!(held(1), 0);
		// A fifth of the deposit is slashed and handed to `Slashed`.
		assert_eq!(free(1), INITIAL_BALANCE - 2);
		assert_eq!(free(SLASHED_TO), 2);
	});
}

#[test]
fn reject_collective_request_requires_the_executive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			CollectiveRegistry::reject_collective_request(RuntimeOrigin::signed(1), id, REASON),
			BadOrigin
		);
	});
}

#[test]
fn reject_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::reject_collective_request(RuntimeOrigin::root(), 7, REASON),
			Error::<Test>::RequestNotFound
		);
	});
}

// withdraw_collective_request

#[test]
fn withdraw_collective_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::withdraw_collective_request(RuntimeOrigin::signed(1), id));
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
			CollectiveRegistry::withdraw_collective_request(RuntimeOrigin::root(), id),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_collective_request_is_for_the_applicant_only() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_noop!(
			CollectiveRegistry::withdraw_collective_request(RuntimeOrigin::signed(2), id),
			Error::<Test>::NotRequester
		);
	});
}

#[test]
fn withdraw_collective_request_rejects_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::withdraw_collective_request(RuntimeOrigin::signed(1), 7),
			Error::<Test>::RequestNotFound
		);
	});
}

#[test]
fn one_account_has_at_most_max_requests_per_account_pending() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		assert_eq!(crate::PendingRequestsOf::<Test>::get(1), 1);
		assert_noop!(
			try_request(RuntimeOrigin::signed(1), b"Sindicatos"),
			Error::<Test>::TooManyRequestsFromAccount
		);
		assert_eq!(held(1), DEPOSIT);
		assert_ok!(CollectiveRegistry::withdraw_collective_request(
			RuntimeOrigin::signed(1),
			first
		));
		assert!(!crate::PendingRequestsOf::<Test>::contains_key(1));
		let second = request(1, b"Sindicatos");
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), second));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}

// The promoting member (promotor) and its commitment.

fn request_with(who: u64, institution: &[u8], code: DocumentHash, nodes: u32) -> DispatchResult {
	CollectiveRegistry::request_collective(
		RuntimeOrigin::signed(who),
		name(b"Cooperativas"),
		CollectiveKind::Other,
		DOC,
		name(institution),
		code,
		nodes,
	)
}

use sp_runtime::DispatchResult;

#[test]
fn request_collective_records_the_committed_nodes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(request_with(1, b"Federacion", CODE_V1, 4));
		let stored = CollectiveRequests::<Test>::get(0).expect("request stored");
		assert_eq!(stored.committed_nodes, 4);
		assert_eq!(stored.institution, name(b"Federacion"));
		assert_eq!(stored.code_of_ethics, CODE_V1);
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), 0));
		assert_eq!(Collectives::<Test>::get(4).map(|c| c.committed_nodes), Some(4));
	});
}

#[test]
fn request_collective_requires_at_least_one_committed_node() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(request_with(1, b"Federacion", CODE_V1, 0), Error::<Test>::NoCommittedNodes);
	});
}

#[test]
fn request_collective_refuses_more_than_max_committed_nodes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			request_with(1, b"Federacion", CODE_V1, 5),
			Error::<Test>::TooManyCommittedNodes
		);
	});
}

#[test]
fn request_collective_refuses_an_empty_institution() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(request_with(1, b"", CODE_V1, 1), Error::<Test>::EmptyInstitution);
	});
}

#[test]
fn request_collective_requires_the_code_of_ethics_in_force() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(request_with(1, b"Federacion", CODE_V2, 1), Error::<Test>::WrongCodeOfEthics);
	});
}

#[test]
fn request_collective_is_refused_to_a_member() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(request_with(13, b"CINVESTAV", CODE_V1, 1), Error::<Test>::AlreadyMember);
	});
}

#[test]
fn request_collective_is_refused_to_an_applicant() {
	ExtBuilder::default().build_and_execute(|| {
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(request_with(1, b"UAM", CODE_V1, 1), Error::<Test>::AlreadyMember);
	});
}

#[test]
fn approve_collective_request_fails_when_the_promoter_joined_elsewhere() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		apply(1, ACADEMIA, b"UAM");
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id),
			Error::<Test>::PromoterIsMember
		);
	});
}

#[test]
fn approve_collective_request_fails_after_a_new_code_of_ethics() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_noop!(
			CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id),
			Error::<Test>::CodeOfEthicsOutdated
		);
	});
}
