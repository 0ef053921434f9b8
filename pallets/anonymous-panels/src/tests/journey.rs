//! A panel from opening to settled pay: three evaluators selected by rank score anonymously,
//! are paid and gain reputation, and no evaluator's account appears in any event or record
//! from the opening on.

use super::*;

#[test]
fn three_anonymous_evaluators_score_get_paid_and_gain_reputation() {
	ExtBuilder::default().build_and_execute(|| {
		let evaluators: Vec<u64> = (1..=u64::from(ENROLLED)).collect();
		let panel = open_panel(42);
		let events_from = System::events().len();
		let roster_before = roster_records();

		// Every candidate computes its ticket off line; the three lowest submit, highest first.
		let chosen: Vec<u8> = by_rank(panel).into_iter().take(3).collect();
		for i in chosen.iter().rev() {
			submit(*i, panel, &scores_of(*i, 70));
		}
		run_to(TICKETS_END);
		for i in &chosen {
			assert_applied(reveal_call(*i, panel, &scores_of(*i, 70)));
		}
		run_to(REVEALS_END);
		assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel));
		assert_eq!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::scores(panel).len(),
			3,
			"three evaluations, in ticket order"
		);
		// The subject's contract was completed: the evaluators that backed its choice gain.
		<AnonymousPanels as EvaluationPanels<_, _, _>>::record_outcome(panel, 1, true);
		for (i, to) in chosen.iter().zip(400u64..) {
			assert_eq!(Pseudonyms::<Test>::get(pseudonym_of(*i)).map(|r| r.reputation), Some(1));
			assert_applied(settle_call(*i, to, false));
			assert_eq!(balance(to), FEE / 3);
		}

		// No event from the opening on names an evaluator's account.
		for record in System::events().into_iter().skip(events_from) {
			let RuntimeEvent::AnonymousPanels(event) = record.event else { continue };
			match event {
				Event::Enrolled { .. } | Event::Left { .. } => panic!("a roster event"),
				Event::PseudonymSettled { to, .. } => assert!(!evaluators.contains(&to)),
				_ => {},
			}
		}
		// The only records that hold evaluators' accounts or keys (the roster's) were not
		// touched by the panel; the panel's own records hold none (its account is the payer).
		assert_eq!(roster_records(), roster_before, "the panel never touched the roster");
		assert_eq!(Panels::<Test>::get(panel).map(|p| p.payer), Some(BUYER));
	});
}

/// Every record of the roster, encoded: the enrolments by key, the keys by account, the list.
fn roster_records() -> Vec<u8> {
	let mut enrolments: Vec<_> = crate::Enrolments::<Test>::iter().collect();
	enrolments.sort_by_key(|(key, _)| *key);
	let mut accounts: Vec<_> = crate::EnrolledKeys::<Test>::iter().collect();
	accounts.sort();
	(enrolments, accounts, crate::Roster::<Test>::get()).encode()
}
