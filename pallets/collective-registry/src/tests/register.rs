use super::*;
use bmx_primitives::governance::LeadershipRegister;

// Leaders from the members' elections (`LeadershipRegister`), the emergency origin and
// resignation.

type Register = CollectiveRegistry;

#[test]
fn the_executive_no_longer_appoints_or_renews_leaders() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::appoint_leader(RuntimeOrigin::root(), ACADEMIA, 13),
			BadOrigin
		);
		run_to_block(1 + TERM - WINDOW);
		assert_noop!(
			CollectiveRegistry::renew_leader(RuntimeOrigin::root(), ACADEMIA, 10),
			BadOrigin
		);
		// The Executive Council still removes leaders.
		assert_ok!(CollectiveRegistry::remove_leader(RuntimeOrigin::root(), ACADEMIA, 10));
	});
}

#[test]
fn register_appoint_applies_the_rules_of_appoint_leader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(<Register as LeadershipRegister<u64, u64>>::appoint(ACADEMIA, &13));
		assert_eq!(leaders(ACADEMIA), vec![10, 11, 13]);
		assert_eq!(LeaderTermsServed::<Test>::get(13), 1);
		assert!(has_event(Event::LeaderAppointed {
			collective: ACADEMIA,
			who: 13,
			expires_at: 1 + TERM,
			terms_served: 1,
		}));
	});
}

#[test]
fn register_appoint_refuses_what_appoint_leader_refuses() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::appoint(ACADEMIA, &12),
			Error::<Test>::InstitutionAlreadyLeading
		);
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::appoint(EMPRESAS, &13),
			Error::<Test>::MemberOfAnotherCollective
		);
		LeaderTermsServed::<Test>::insert(13, CollectiveRegistry::leader_term_limit());
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::appoint(ACADEMIA, &13),
			Error::<Test>::TermLimitReached
		);
		LeaderTermsServed::<Test>::remove(13);
	});
}

#[test]
fn register_renew_applies_the_rules_of_renew_leader() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::renew(&10),
			Error::<Test>::RenewalTooEarly
		);
		run_to_block(TERM - WINDOW);
		assert_ok!(<Register as LeadershipRegister<u64, u64>>::renew(&10));
		assert_eq!(
			<Register as LeadershipRegister<u64, u64>>::term_of(&10),
			Some((ACADEMIA, 2 * TERM))
		);
		assert_eq!(LeaderTermsServed::<Test>::get(10), 2);
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::renew(&13),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			<Register as LeadershipRegister<u64, u64>>::renew(&99),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn register_term_of_and_vacancies_read_the_register() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			<Register as LeadershipRegister<u64, u64>>::term_of(&11),
			Some((ACADEMIA, TERM))
		);
		assert_eq!(<Register as LeadershipRegister<u64, u64>>::term_of(&13), None);
		assert_eq!(<Register as LeadershipRegister<u64, u64>>::term_of(&99), None);
		assert_eq!(<Register as LeadershipRegister<u64, u64>>::vacancies(ACADEMIA), 1);
		assert_eq!(<Register as LeadershipRegister<u64, u64>>::vacancies(EMPRESAS), 3);
		assert_eq!(<Register as LeadershipRegister<u64, u64>>::vacancies(9), 0);
	});
}

// resign_leadership

#[test]
fn resign_leadership_ends_the_leadership_and_keeps_the_membership() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(CollectiveRegistry::resign_leadership(RuntimeOrigin::signed(10)));
		assert_eq!(leaders(ACADEMIA), vec![11]);
		assert_eq!(CollectiveRegistry::active_collective_of(&10), Some(ACADEMIA));
		assert_eq!(expiries(TERM), vec![(ACADEMIA, 11)]);
		assert!(has_event(Event::LeadershipEnded {
			collective: ACADEMIA,
			who: 10,
			cause: LeadershipEnd::Resigned,
		}));
		assert_eq!(last_event(), Event::LeadersFellShort { collective: ACADEMIA, leaders: 1 });
		// The resigned term still counts for life.
		assert_eq!(LeaderTermsServed::<Test>::get(10), 1);
	});
}

#[test]
fn resign_leadership_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(CollectiveRegistry::resign_leadership(RuntimeOrigin::root()), BadOrigin);
	});
}

#[test]
fn resign_leadership_is_for_leaders_only() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			CollectiveRegistry::resign_leadership(RuntimeOrigin::signed(13)),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			CollectiveRegistry::resign_leadership(RuntimeOrigin::signed(99)),
			Error::<Test>::NotLeader
		);
	});
}
