use super::*;

// The journey.

#[test]
fn journey_of_a_new_collective_from_request_to_a_lapsed_leadership() {
	ExtBuilder::default().build_and_execute(|| {
		// A cooperative federation asks to form the "Cooperativas" collective.
		let request_id = request(1, b"Cooperativas");
		assert_eq!(held(1), DEPOSIT);
		// The Executive Council approves it: the collective exists, needs leaders, its
		// promoter is its first active member, and the deposit is back.
		assert_ok!(CollectiveRegistry::approve_collective_request(
			RuntimeOrigin::root(),
			request_id
		));
		let coop = 4;
		assert_eq!(held(1), 0);
		assert_eq!(CollectiveRegistry::active_collective_of(&1), Some(coop));
		assert!(CollectiveRegistry::collectives_needing_appointment().contains(&coop));

		// Two more institutions apply to run nodes in it; with no leaders yet, the Executive
		// Council admits the first.
		apply(2, coop, b"Caja Popular");
		apply(3, coop, b"caja popular");
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::root(), 2));

		// Leaders are appointed (by the emergency path here; normally by the members'
		// elections); the collective has its minimum.
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), coop, 1));
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), coop, 2));
		assert!(!CollectiveRegistry::needs_appointment(coop));

		// From now on the leaders admit members; the third is of the same institution as 2,
		// so it may be a member but not a leader while 2 leads.
		assert_noop!(
			CollectiveRegistry::admit_member(RuntimeOrigin::root(), 3),
			Error::<Test>::CollectiveHasLeaders
		);
		assert_ok!(CollectiveRegistry::admit_member(RuntimeOrigin::signed(1), 3));
		assert_noop!(
			CollectiveRegistry::appoint_leader(leadership(), coop, 3),
			Error::<Test>::InstitutionAlreadyLeading
		);

		// A new code of ethics: leader 1 accepts it and is renewed near the end of its term.
		assert_ok!(CollectiveRegistry::set_code_of_ethics(RuntimeOrigin::root(), CODE_V2));
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(1), CODE_V2));
		run_to_block(1 + TERM - WINDOW);
		assert_ok!(CollectiveRegistry::renew_leader(leadership(), coop, 1));

		// Member 3 breaches the code of ethics: suspended, then reinstated after amends.
		assert_ok!(CollectiveRegistry::suspend_member(RuntimeOrigin::root(), 3, REASON));
		assert!(!CollectiveRegistry::is_code_of_ethics_current(3));
		assert_ok!(CollectiveRegistry::accept_code_of_ethics(RuntimeOrigin::signed(3), CODE_V2));
		assert_ok!(CollectiveRegistry::reinstate_member(RuntimeOrigin::root(), 3));
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
		assert!(CollectiveRegistry::collectives_needing_appointment().contains(&coop));

		// Now 3 may lead: 2 no longer does.
		assert_ok!(CollectiveRegistry::appoint_leader(leadership(), coop, 3));
		assert!(!CollectiveRegistry::needs_appointment(coop));
		assert_eq!(last_event(), Event::LeadersRestored { collective: coop, leaders: 2 });
	});
}

#[test]
fn journey_of_a_promoted_collective_that_never_runs_a_node() {
	ExtBuilder::default().build_and_execute(|| {
		// A promoter asks for "Cooperativas", committing it to run two nodes; a second request
		// of its own is refused while the first is pending.
		assert_ok!(CollectiveRegistry::request_collective(
			RuntimeOrigin::signed(1),
			name(b"Cooperativas"),
			CollectiveKind::CivilSociety,
			DOC,
			name(b"Federacion Coop"),
			CODE_V1,
			2,
		));
		assert_noop!(
			CollectiveRegistry::request_collective(
				RuntimeOrigin::signed(1),
				name(b"Sindicatos"),
				CollectiveKind::Other,
				DOC,
				name(b"Federacion Coop"),
				CODE_V1,
				1,
			),
			Error::<Test>::TooManyRequestsFromAccount
		);
		// A spammer's request is rejected: a fifth of its deposit is gone.
		let spam = request(2, b"Spam");
		reject(spam);
		assert_eq!(free(2), INITIAL_BALANCE - DEPOSIT / 5);

		// The Executive Council approves the first: the promoter is its first member.
		assert_ok!(CollectiveRegistry::approve_collective_request(RuntimeOrigin::root(), 0));
		let coop = 4;
		assert_eq!(Collectives::<Test>::get(coop).map(|c| c.committed_nodes), Some(2));
		assert_eq!(CollectiveRegistry::active_collective_of(&1), Some(coop));

		// An institution applies and nobody decides: after its lifetime anyone clears it, and
		// the deposit comes back whole.
		apply(3, coop, b"Caja Popular");
		run_to_block(1 + LIFETIME);
		assert_ok!(CollectiveRegistry::remove_expired_application(RuntimeOrigin::signed(4), 3));
		assert_application_deposit_returned(3);

		// No node ever joins: after the grace period it is flagged and dissolved.
		assert_noop!(
			CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(4), coop),
			Error::<Test>::GracePeriodRunning
		);
		run_to_block(1 + GRACE);
		assert_ok!(CollectiveRegistry::flag_without_nodes(RuntimeOrigin::signed(4), coop));
		assert_ok!(CollectiveRegistry::dissolve_collective(RuntimeOrigin::root(), coop, REASON));
		assert!(!Members::<Test>::contains_key(1));
		assert_eq!(Collectives::<Test>::count(), 4);
		assert!(has_event(Event::CollectiveDissolved {
			collective: coop,
			reason: REASON,
			members: 1
		}));
	});
}
