//! Closing ballots (and funding a budget's projects) and cancelling them.

use super::*;
use crate::{BallotResult, Results, TalliesOf};
use frame_support::dispatch::Pays;
use frame_system::RawOrigin;
use sp_runtime::DispatchError::BadOrigin;

/// Record a vote of `alias` for `chosen` in `ballot_id` as if authorized (no proof: the
/// dispatch verifies none), for tests about what happens after voting.
fn record(ballot_id: u32, alias: u8, chosen: &[u32]) {
	assert_ok!(SecretBallots::cast_secret_vote(
		RawOrigin::Authorized.into(),
		ballot_id,
		GDL_RING,
		[alias; 32],
		choices(chosen),
		ProofOf::<Test>::truncate_from(dummy_proof()),
	));
}

/// Root opens a Guadalajara budget of `budget` centavos for projects of these costs, one
/// choice a vote.
fn open_budget(budget: u128, costs: &[u128]) -> u32 {
	let ballot_id = crate::NextBallotId::<Test>::get();
	assert_ok!(SecretBallots::open_ballot(
		RuntimeOrigin::root(),
		RingScope::Municipality(GDL),
		BallotKind::Budget { budget_centavos: budget },
		projects(costs),
		1,
		STARTS,
		ENDS
	));
	ballot_id
}

/// What a ballot of `kind` with these costs decides with these tallies.
fn result(kind: BallotKind, costs: &[u128], tallies: &[u32]) -> (Vec<u32>, u128) {
	let options = if costs.is_empty() { answers(tallies.len() as u8) } else { projects(costs) };
	let ballot = crate::Ballot {
		scope: RingScope::Municipality(GDL),
		kind,
		options,
		max_choices: 1,
		snapshot: 1,
		starts: STARTS,
		ends: ENDS,
		status: BallotStatus::Active,
	};
	let r = SecretBallots::result_of(&ballot, &TalliesOf::<Test>::truncate_from(tallies.to_vec()));
	(r.funded.into_inner(), r.spent_centavos)
}

#[test]
fn close_ballot_records_a_question_result_for_free() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		record(ballot_id, 1, &[0, 2]);
		record(ballot_id, 2, &[2]);
		System::set_block_number(ENDS);
		let post = SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id)
			.expect("anyone closes after the end");
		assert_eq!(post.pays_fee, Pays::No);
		assert_eq!(
			last_event(),
			Event::BallotClosed {
				ballot_id,
				tallies: TalliesOf::<Test>::truncate_from(vec![1, 0, 2]),
				funded: TalliesOf::<Test>::new(),
				turnout: 2,
			}
		);
		assert_eq!(ballot(ballot_id).status, BallotStatus::Closed);
		assert_eq!(
			SecretBallots::result(ballot_id),
			Some(BallotResult { funded: TalliesOf::<Test>::new(), spent_centavos: 0 })
		);
	});
}

#[test]
fn close_ballot_funds_a_budget() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_budget(1_000, &[700, 400, 300]);
		System::set_block_number(STARTS);
		record(ballot_id, 1, &[0]);
		record(ballot_id, 2, &[0]);
		record(ballot_id, 3, &[1]);
		record(ballot_id, 4, &[2]);
		System::set_block_number(ENDS);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id));
		// 700 first (2 votes); of the two with one vote, the cheaper (300) fits, 400 not.
		let funded = Results::<Test>::get(ballot_id).expect("a closed ballot has a result");
		assert_eq!(funded.funded.into_inner(), vec![0, 2]);
		assert_eq!(funded.spent_centavos, 1_000);
	});
}

#[test]
fn close_ballot_refuses_what_cannot_close() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), 0),
			Error::<Test>::NotFound
		);
		let ballot_id = open_question();
		let cancelled = open_question();
		System::set_block_number(ENDS - 1);
		assert_noop!(
			SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id),
			Error::<Test>::NotEnded
		);
		assert_ok!(SecretBallots::cancel_ballot(RuntimeOrigin::root(), cancelled, H256::zero()));
		System::set_block_number(ENDS);
		assert_noop!(
			SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), cancelled),
			Error::<Test>::Cancelled
		);
		assert_noop!(SecretBallots::close_ballot(RuntimeOrigin::none(), ballot_id), BadOrigin);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id));
		assert_noop!(
			SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id),
			Error::<Test>::AlreadyClosed
		);
	});
}

#[test]
fn a_budget_funds_the_most_voted_that_fit() {
	let budget = |budget_centavos| BallotKind::Budget { budget_centavos };
	// Most voted first, while the budget lasts.
	assert_eq!(result(budget(100), &[60, 30, 30], &[5, 4, 3]), (vec![0, 1], 90));
	// A project that no longer fits is skipped; the next one that fits is funded.
	assert_eq!(result(budget(100), &[60, 50, 40], &[5, 4, 3]), (vec![0, 2], 100));
	// Ties: the cheaper first, then the lower index.
	assert_eq!(result(budget(100), &[60, 50, 40], &[3, 3, 3]), (vec![2, 1], 90));
	assert_eq!(result(budget(100), &[50, 50, 50], &[2, 2, 2]), (vec![0, 1], 100));
	// A project without votes is never funded, even if the budget allows it.
	assert_eq!(result(budget(100), &[10, 10, 10], &[1, 0, 0]), (vec![0], 10));
	assert_eq!(result(budget(100), &[10, 10], &[0, 0]), (vec![], 0));
	// A question funds nothing.
	assert_eq!(result(BallotKind::Plain, &[], &[3, 1]), (vec![], 0));
}

#[test]
fn cancel_ballot_stops_voting_and_keeps_the_votes() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		record(ballot_id, 1, &[1]);
		let reason = H256::repeat_byte(0xcc);
		assert_ok!(SecretBallots::cancel_ballot(
			RuntimeOrigin::signed(GDL_OFFICE),
			ballot_id,
			reason
		));
		assert_eq!(last_event(), Event::BallotCancelled { ballot_id, reason });
		assert_eq!(ballot(ballot_id).status, BallotStatus::Cancelled { reason });
		assert!(SecretBallots::vote_of(ballot_id, [1; 32]).is_some());
		assert_eq!(SecretBallots::tally(ballot_id).map(|t| t.turnout), Some(1));
		assert_eq!(SecretBallots::result(ballot_id), None);
	});
}

#[test]
fn cancel_ballot_refuses_other_origins() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::signed(NOBODY), ballot_id, H256::zero()),
			BadOrigin
		);
		assert_ok!(SecretBallots::open_ballot(
			RuntimeOrigin::root(),
			RingScope::State(MexicanState::Jalisco),
			BallotKind::Plain,
			answers(2),
			1,
			STARTS,
			ENDS
		));
		// Guadalajara's office cancels no state ballot.
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::signed(GDL_OFFICE), 1, H256::zero()),
			BadOrigin
		);
	});
}

#[test]
fn cancel_ballot_refuses_what_cannot_be_cancelled() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::root(), 0, H256::zero()),
			Error::<Test>::NotFound
		);
		let ballot_id = open_question();
		let cancelled = open_question();
		assert_ok!(SecretBallots::cancel_ballot(RuntimeOrigin::root(), cancelled, H256::zero()));
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::root(), cancelled, H256::zero()),
			Error::<Test>::Cancelled
		);
		System::set_block_number(ENDS);
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::root(), ballot_id, H256::zero()),
			Error::<Test>::Closed
		);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id));
		assert_noop!(
			SecretBallots::cancel_ballot(RuntimeOrigin::root(), ballot_id, H256::zero()),
			Error::<Test>::AlreadyClosed
		);
	});
}
