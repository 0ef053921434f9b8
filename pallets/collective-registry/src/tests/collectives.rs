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
				CollectiveRegistry::request_collective(
					origin,
					name(b"X"),
					CollectiveKind::Other,
					DOC
				),
				BadOrigin
			);
		}
	});
}

#[test]
fn request_collective_rejects_an_empty_name() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::request_collective(
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
			CollectiveRegistry::request_collective(
				RuntimeOrigin::signed(1),
				name(b"Academia"),
				CollectiveKind::Academia,
				DOC
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
			CollectiveRegistry::request_collective(
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
			CollectiveRegistry::request_collective(
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
			CollectiveRegistry::request_collective(
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
			CollectiveRegistry::request_collective(
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
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), id));
		let created = Collectives::<Test>::get(4).expect("collective created");
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
		assert_ok!(CollectiveRegistry::reject_collective_request(
			RuntimeOrigin::root(),
			second,
			REASON
		));
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
fn reject_collective_request_returns_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = request(1, b"Cooperativas");
		assert_ok!(CollectiveRegistry::reject_collective_request(
			RuntimeOrigin::root(),
			id,
			REASON
		));
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
		assert_eq!(Collectives::<Test>::count(), 4);
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
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
fn deposits_of_several_requests_add_up() {
	ExtBuilder::default().build_and_execute(|| {
		let first = request(1, b"Cooperativas");
		let second = request(1, b"Sindicatos");
		assert_eq!(held(1), 2 * DEPOSIT);
		assert_ok!(CollectiveRegistry::withdraw_collective_request(
			RuntimeOrigin::signed(1),
			first
		));
		assert_eq!(held(1), DEPOSIT);
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), second));
		assert_eq!(held(1), 0);
		assert_eq!(free(1), INITIAL_BALANCE);
	});
}
