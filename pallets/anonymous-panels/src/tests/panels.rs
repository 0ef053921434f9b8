//! Opening a panel: its candidates, its ring and its fee.

use super::*;

#[test]
fn a_panel_takes_every_eligible_evaluator_and_holds_the_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let pool = balance(AnonymousPanels::pool_account());
		let panel =
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(1), &|_| false)
				.expect("the panel opens");
		assert_eq!(panel, 0);
		let candidates: Vec<_> = (1..=ENROLLED).map(member_key).collect();
		assert_eq!(MockRings::pending_panel(panel), Some(candidates));
		assert_eq!(balance(BUYER), FUNDS - FEE);
		assert_eq!(balance(AnonymousPanels::pool_account()), pool + FEE);
		assert_eq!(
			last_event(),
			Event::PanelOpened {
				panel,
				subject: 7,
				candidates: u32::from(ENROLLED),
				seed: [1; 32],
				tickets_end: TICKETS_END,
				reveals_end: REVEALS_END,
			}
		);
		assert_eq!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::state(panel),
			Some(PanelState::Sortition {
				round: 0,
				tickets_end: TICKETS_END,
				reveals_end: REVEALS_END
			})
		);
		// No ticket before the ring is built.
		assert!(AnonymousPanels::ticket_context(panel).is_some());
		assert_refused(
			ticket_call(panel, panel_ring(panel), [0; 32], [1; 32], [2; 32], dummy_proof()),
			PanelRefusal::TicketsClosed,
		);
	});
}

#[test]
fn conflicted_late_and_lapsed_evaluators_are_not_candidates() {
	ExtBuilder::default().build_and_execute(|| {
		run_to(5);
		assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(LATECOMER.into())));
		MockRings::set_certified(6, false);
		let late =
			PanelRequest { enrolled_before: 5, tickets_end: 15, reveals_end: 25, ..request(1) };
		let panel =
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(late.clone(), &|who| {
				*who == 1
			})
			.expect("the panel opens");
		// 1 is conflicted, 6 lost the credential, 7 enrolled after the subject's publication.
		assert_eq!(
			MockRings::pending_panel(panel),
			Some(vec![member_key(2), member_key(3), member_key(4), member_key(5)])
		);
		// With 5's key rotated, three candidates remain: too few to hide an evaluator.
		MockRings::set_member_key(5, Some(member_key(32)));
		assert_noop!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(late, &|who| *who == 1),
			Error::<Test>::AnonymitySetTooSmall
		);
	});
}

#[test]
fn too_few_candidates_or_a_bad_request_open_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let open = |request, excluded: &dyn Fn(&u64) -> bool| {
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request, excluded)
		};
		assert_noop!(open(request(1), &|who| *who <= 3), Error::<Test>::AnonymitySetTooSmall);
		assert_noop!(
			open(PanelRequest { options: 0, ..request(1) }, &|_| false),
			Error::<Test>::InvalidRequest
		);
		assert_noop!(
			open(PanelRequest { options: MAX_OPTIONS + 1, ..request(1) }, &|_| false),
			Error::<Test>::InvalidRequest
		);
		assert_noop!(
			open(PanelRequest { tickets_end: 1, ..request(1) }, &|_| false),
			Error::<Test>::InvalidRequest
		);
		assert_noop!(
			open(PanelRequest { reveals_end: TICKETS_END, ..request(1) }, &|_| false),
			Error::<Test>::InvalidRequest
		);
		// A payer that cannot pay the fee opens nothing.
		assert!(open(PanelRequest { fee: FUNDS * 2, ..request(1) }, &|_| false).is_err());
		assert_eq!(crate::NextPanelId::<Test>::get(), 0);
	});
}

#[test]
fn an_empty_roster_opens_no_panel() {
	ExtBuilder::without_enrolments().build_and_execute(|| {
		assert_noop!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(1), &|_| false),
			Error::<Test>::AnonymitySetTooSmall
		);
	});
}

#[test]
fn a_panel_needs_the_ring_services_panel_minimum_too() {
	ExtBuilder::default().build_and_execute(|| {
		let open =
			|| <AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(1), &|_| false);
		// Governance raised the panels' ring minimum above the six candidates (and above
		// MinCandidates): the panel would never become usable, so it does not open.
		MockRings::set_panel_min_members(u32::from(ENROLLED) + 1);
		assert_eq!(AnonymousPanels::min_candidates(), u32::from(ENROLLED) + 1);
		assert_noop!(open(), Error::<Test>::AnonymitySetTooSmall);
		assert_eq!(balance(BUYER), FUNDS);
		assert!(MockRings::pending_panel(0).is_none());
		// At exactly the candidates it opens; a minimum below MinCandidates changes nothing.
		MockRings::set_panel_min_members(u32::from(ENROLLED));
		assert_ok!(open());
		MockRings::set_panel_min_members(1);
		assert_eq!(AnonymousPanels::min_candidates(), MIN_CANDIDATES);
		assert_noop!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(2), &|who| {
				*who <= 3
			}),
			Error::<Test>::AnonymitySetTooSmall
		);
	});
}

#[test]
fn the_views_tell_a_panels_ring_and_ticket_threshold() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(AnonymousPanels::panel_ring(0), None);
		assert_eq!(AnonymousPanels::ticket_threshold(0), None);
		let panel =
			<AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(request(1), &|_| false)
				.expect("the panel opens");
		// Not built yet: no ring to prove against, but the round's threshold is fixed.
		assert_eq!(AnonymousPanels::panel_ring(panel), None);
		let threshold = crate::ticket_threshold(u32::from(ENROLLED), PANEL_SIZE);
		assert_eq!(AnonymousPanels::ticket_threshold(panel), Some(threshold));
		MockRings::build();
		assert_eq!(AnonymousPanels::panel_ring(panel), Some((panel_ring(panel), true)));
		// Six candidates for a panel of three take every ticket. The threshold the view tells
		// is the one a ticket is checked against: with a thousand candidates (written here) it
		// is about 12 in 1,000 of the tickets, and a ticket above it is refused unproved.
		assert_eq!(threshold, u64::MAX);
		Panels::<Test>::mutate(panel, |p| p.as_mut().expect("the panel exists").candidates = 1_000);
		let threshold = crate::ticket_threshold(1_000, PANEL_SIZE);
		assert_eq!(AnonymousPanels::ticket_threshold(panel), Some(threshold));
		assert!(threshold < u64::MAX / 80);
		let above = (1..=ENROLLED)
			.find(|i| crate::ticket_prefix(&ticket_of(*i, panel)) > threshold)
			.expect("some of six tickets are above a 1.2% threshold");
		let ticket = ticket_of(above, panel);
		assert_refused(
			ticket_call(
				panel,
				panel_ring(panel),
				ticket,
				pseudonym_of(above),
				[0; 32],
				dummy_proof(),
			),
			PanelRefusal::NotLowEnough,
		);
		Panels::<Test>::mutate(panel, |p| {
			p.as_mut().expect("the panel exists").candidates = u32::from(ENROLLED)
		});
		let threshold = crate::ticket_threshold(u32::from(ENROLLED), PANEL_SIZE);
		// A re-run keeps it; an ended panel has neither.
		run_to(REVEALS_END);
		assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel));
		assert_eq!(round_of(panel), 1);
		assert_eq!(AnonymousPanels::ticket_threshold(panel), Some(threshold));
		assert_ok!(<AnonymousPanels as EvaluationPanels<_, _, _>>::cancel_panel(panel));
		assert_eq!(AnonymousPanels::ticket_threshold(panel), None);
		assert_eq!(AnonymousPanels::panel_ring(panel), None);
	});
}
