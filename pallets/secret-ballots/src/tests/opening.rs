//! Opening ballots.

use super::*;
use bmx_primitives::anonymity::AnonymousMembership;
use sp_runtime::DispatchError::BadOrigin;

/// Open a Guadalajara ballot as Root with these arguments.
fn open(
	kind: BallotKind,
	options: OptionsOf<Test>,
	max_choices: u32,
	starts: u64,
	ends: u64,
) -> frame_support::dispatch::DispatchResult {
	SecretBallots::open_ballot(
		RuntimeOrigin::root(),
		RingScope::Municipality(GDL),
		kind,
		options,
		max_choices,
		starts,
		ends,
	)
}

#[test]
fn open_ballot_records_a_budget_with_its_snapshot() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(3);
		let kind = BallotKind::Budget { budget_centavos: 1_000_000 };
		assert_ok!(SecretBallots::open_ballot(
			RuntimeOrigin::signed(GDL_OFFICE),
			RingScope::Municipality(GDL),
			kind,
			projects(&[600_000, 400_000, 1_000_000]),
			2,
			3,
			3 + MAX_BALLOT_DURATION
		));
		assert_eq!(
			last_event(),
			Event::BallotOpened {
				ballot_id: 0,
				scope: RingScope::Municipality(GDL),
				kind,
				snapshot: 3,
				starts: 3,
				ends: 3 + MAX_BALLOT_DURATION,
			}
		);
		let b = ballot(0);
		assert_eq!(b.snapshot, 3);
		assert_eq!(b.max_choices, 2);
		assert_eq!(b.status, BallotStatus::Active);
		assert_eq!(b.options.len(), 3);
		assert_eq!(crate::NextBallotId::<Test>::get(), 1);
		let tally = SecretBallots::tally(0).expect("tallies are written at the opening");
		assert_eq!(tally.per_option.into_inner(), vec![0, 0, 0]);
		assert_eq!(tally.turnout, 0);
		assert_eq!(SecretBallots::ballot(0), Some(b));
		assert_eq!(SecretBallots::result(0), None);
	});
}

#[test]
fn open_ballot_numbers_ballots_in_order() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(open_question(), 0);
		assert_eq!(open_question(), 1);
		assert_ok!(SecretBallots::open_ballot(
			RuntimeOrigin::root(),
			RingScope::State(MexicanState::Jalisco),
			BallotKind::Plain,
			answers(MAX_OPTIONS as u8),
			MAX_CHOICES,
			STARTS,
			ENDS
		));
		assert_eq!(ballot(2).scope, RingScope::State(MexicanState::Jalisco));
	});
}

#[test]
fn open_ballot_refuses_other_origins() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			SecretBallots::open_ballot(
				RuntimeOrigin::signed(NOBODY),
				RingScope::Municipality(GDL),
				BallotKind::Plain,
				answers(2),
				1,
				STARTS,
				ENDS
			),
			BadOrigin
		);
		// Guadalajara's office opens no state ballot.
		assert_noop!(
			SecretBallots::open_ballot(
				RuntimeOrigin::signed(GDL_OFFICE),
				RingScope::State(MexicanState::Jalisco),
				BallotKind::Plain,
				answers(2),
				1,
				STARTS,
				ENDS
			),
			BadOrigin
		);
	});
}

#[test]
fn open_ballot_needs_two_distinct_options() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			open(BallotKind::Plain, answers(1), 1, STARTS, ENDS),
			Error::<Test>::TooFewOptions
		);
		let mut twice = answers(3);
		if let Some(last) = twice.last_mut() {
			last.label = label(0);
		}
		assert_noop!(
			open(BallotKind::Plain, twice, 1, STARTS, ENDS),
			Error::<Test>::DuplicateOption
		);
	});
}

#[test]
fn open_ballot_checks_amounts_against_the_kind() {
	ExtBuilder::default().build_and_execute(|| {
		let budget = BallotKind::Budget { budget_centavos: 1_000 };
		// A zero budget.
		assert_noop!(
			open(BallotKind::Budget { budget_centavos: 0 }, projects(&[1, 2]), 1, STARTS, ENDS),
			Error::<Test>::InvalidAmount
		);
		// A project without a cost, one costing nothing, one costing more than the budget.
		assert_noop!(open(budget, answers(2), 1, STARTS, ENDS), Error::<Test>::InvalidAmount);
		assert_noop!(
			open(budget, projects(&[0, 10]), 1, STARTS, ENDS),
			Error::<Test>::InvalidAmount
		);
		assert_noop!(
			open(budget, projects(&[10, 1_001]), 1, STARTS, ENDS),
			Error::<Test>::InvalidAmount
		);
		// An answer with a cost.
		assert_noop!(
			open(BallotKind::Plain, projects(&[10, 20]), 1, STARTS, ENDS),
			Error::<Test>::InvalidAmount
		);
	});
}

#[test]
fn open_ballot_checks_max_choices() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			open(BallotKind::Plain, answers(3), 0, STARTS, ENDS),
			Error::<Test>::InvalidMaxChoices
		);
		assert_noop!(
			open(BallotKind::Plain, answers(3), 4, STARTS, ENDS),
			Error::<Test>::InvalidMaxChoices
		);
		// More than `MaxChoices`, though fewer than the options.
		assert_noop!(
			open(BallotKind::Plain, answers(MAX_OPTIONS as u8), MAX_CHOICES + 1, STARTS, ENDS),
			Error::<Test>::InvalidMaxChoices
		);
	});
}

#[test]
fn open_ballot_checks_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		// Starts in the past.
		assert_noop!(open(BallotKind::Plain, answers(2), 1, 4, 20), Error::<Test>::InvalidWindow);
		// Ends when it starts.
		assert_noop!(open(BallotKind::Plain, answers(2), 1, 6, 6), Error::<Test>::InvalidWindow);
		// Ends more than `MaxBallotDuration` after the opening, even though it lasts less.
		assert_noop!(
			open(BallotKind::Plain, answers(2), 1, 10, 5 + MAX_BALLOT_DURATION + 1),
			Error::<Test>::InvalidWindow
		);
		assert_ok!(open(BallotKind::Plain, answers(2), 1, 5, 5 + MAX_BALLOT_DURATION));
	});
}

#[test]
fn open_ballot_needs_a_usable_ring_in_the_scope() {
	ExtBuilder::default().build_and_execute(|| {
		// Zapopan's only ring is too small; there is no national ring.
		for scope in [RingScope::Municipality(ZAPOPAN), RingScope::National] {
			assert_noop!(
				SecretBallots::open_ballot(
					RuntimeOrigin::root(),
					scope,
					BallotKind::Plain,
					answers(2),
					1,
					STARTS,
					ENDS
				),
				Error::<Test>::AnonymitySetTooSmall
			);
		}
	});
}

#[test]
fn open_ballot_refuses_a_scope_that_gathers_no_residents() {
	ExtBuilder::default().build_and_execute(|| {
		// Usable rings of the evaluators' roster and of a panel: still no ballot of theirs.
		let roster = RingRef { scope: RingScope::Evaluators, index: 0, revision: 1 };
		let panel = RingRef { scope: RingScope::Panel(1), index: 0, revision: 1 };
		MockRings::add(roster, &[1, 2, 3, 4, 5], 0, None);
		MockRings::add(panel, &[1, 2, 3], 0, None);
		for scope in [roster.scope, panel.scope] {
			assert!(<MockRings as AnonymousMembership<u64>>::scope_is_usable(&scope));
			assert_noop!(
				SecretBallots::open_ballot(
					RuntimeOrigin::root(),
					scope,
					BallotKind::Plain,
					answers(2),
					1,
					STARTS,
					ENDS
				),
				Error::<Test>::ScopeNotResidency
			);
		}
	});
}

#[test]
fn open_ballot_stops_when_numbers_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		crate::NextBallotId::<Test>::put(u32::MAX);
		assert_noop!(
			open(BallotKind::Plain, answers(2), 1, STARTS, ENDS),
			Error::<Test>::TooManyBallots
		);
	});
}
