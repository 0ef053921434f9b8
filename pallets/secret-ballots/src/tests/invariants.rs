//! What `try_state` catches.

use super::*;
use crate::{BallotResult, Results, Tallies, TalliesOf, Turnout, VoteRecord, Votes};
use frame_system::RawOrigin;

/// A question with one vote of alias `[1; 32]` for answers 0 and 2.
fn with_a_vote() -> u32 {
	let ballot_id = open_question();
	System::set_block_number(STARTS);
	assert_ok!(SecretBallots::cast_secret_vote(
		RawOrigin::Authorized.into(),
		ballot_id,
		GDL_RING,
		[1; 32],
		choices(&[0, 2]),
		ProofOf::<Test>::truncate_from(dummy_proof()),
	));
	assert_ok!(SecretBallots::do_try_state());
	ballot_id
}

#[test]
fn try_state_catches_a_turnout_that_is_not_the_votes() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		Turnout::<Test>::insert(ballot_id, 2);
		assert!(SecretBallots::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_tallies_that_are_not_the_choices() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		Tallies::<Test>::insert(ballot_id, TalliesOf::<Test>::truncate_from(vec![1, 1, 0]));
		assert!(SecretBallots::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_vote_with_invalid_choices() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		// Tallies and turnout agree with the votes, but one repeats an option.
		Votes::<Test>::insert(
			ballot_id,
			[2; 32],
			VoteRecord { choices: choices(&[1, 1]), ring: GDL_RING, block: STARTS, moment: 0 },
		);
		Turnout::<Test>::insert(ballot_id, 2);
		Tallies::<Test>::insert(ballot_id, TalliesOf::<Test>::truncate_from(vec![1, 2, 1]));
		assert!(SecretBallots::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_vote_with_a_ring_out_of_scope() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		Votes::<Test>::mutate(ballot_id, [1; 32], |vote| {
			if let Some(vote) = vote {
				vote.ring = JALISCO_RING;
			}
		});
		assert!(SecretBallots::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_statuses_and_results_that_disagree() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		// A result of an active ballot.
		Results::<Test>::insert(
			ballot_id,
			BallotResult { funded: TalliesOf::<Test>::new(), spent_centavos: 0 },
		);
		assert!(SecretBallots::do_try_state().is_err());
		// A closed ballot before its end.
		Ballots::<Test>::mutate(ballot_id, |b| {
			if let Some(b) = b {
				b.status = BallotStatus::Closed;
			}
		});
		assert!(SecretBallots::do_try_state().is_err());
		// After its end, but a question that funds a project.
		System::set_block_number(ENDS);
		assert_ok!(SecretBallots::do_try_state());
		Results::<Test>::insert(
			ballot_id,
			BallotResult { funded: TalliesOf::<Test>::truncate_from(vec![0]), spent_centavos: 0 },
		);
		assert!(SecretBallots::do_try_state().is_err());
		// A closed ballot without result.
		Results::<Test>::remove(ballot_id);
		assert!(SecretBallots::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_records_of_no_ballot() {
	ExtBuilder::default().build().execute_with(|| {
		let ballot_id = with_a_vote();
		Votes::<Test>::insert(
			ballot_id + 1,
			[9; 32],
			VoteRecord { choices: choices(&[0]), ring: GDL_RING, block: STARTS, moment: 0 },
		);
		assert!(SecretBallots::do_try_state().is_err());
	});
}
