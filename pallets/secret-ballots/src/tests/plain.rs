//! The plain ballots other pallets open through `PlainBallots` (a tender's citizen vote).

use super::*;
use bmx_primitives::{anonymity::PlainBallots, DocumentHash};

/// The labels of `n` options.
fn labels(n: u8) -> Vec<DocumentHash> {
	(0..n).map(label).collect()
}

/// Open a plain ballot in `scope` between two labels from `starts` to `ends` as a pallet would.
fn open_in(scope: RingScope, starts: u64, ends: u64) -> Result<u32, sp_runtime::DispatchError> {
	<SecretBallots as PlainBallots<u64>>::open(scope, labels(2), starts, ends)
}

/// Open a plain Guadalajara ballot among `labels` from [`STARTS`] to [`ENDS`] as a pallet would.
fn open_plain(labels: Vec<DocumentHash>) -> Result<u32, sp_runtime::DispatchError> {
	<SecretBallots as PlainBallots<u64>>::open(RingScope::Municipality(GDL), labels, STARTS, ENDS)
}

fn tallies(ballot_id: u32) -> Option<Vec<u32>> {
	<SecretBallots as PlainBallots<u64>>::tallies(ballot_id)
}

fn close(ballot_id: u32) -> frame_support::dispatch::DispatchResult {
	<SecretBallots as PlainBallots<u64>>::close(ballot_id)
}

fn cancel(ballot_id: u32) -> frame_support::dispatch::DispatchResult {
	<SecretBallots as PlainBallots<u64>>::cancel(ballot_id, H256::repeat_byte(0xcc))
}

#[test]
fn open_returns_the_number_of_a_one_choice_question_among_the_labels() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(1);
		assert_eq!(open_plain(labels(3)), Ok(0));
		assert_eq!(open_plain(labels(2)), Ok(1));
		let first = ballot(0);
		assert_eq!(first.kind, BallotKind::Plain);
		assert_eq!(first.max_choices, 1);
		assert_eq!(first.snapshot, 1);
		assert_eq!((first.starts, first.ends), (STARTS, ENDS));
		let in_order: Vec<DocumentHash> = first.options.iter().map(|o| o.label).collect();
		assert_eq!(in_order, labels(3));
		assert!(first.options.iter().all(|o| o.amount_centavos.is_none()));
		assert_eq!(tallies(0), Some(vec![0, 0, 0]));
		assert_eq!(tallies(1), Some(vec![0, 0]));
	});
}

#[test]
fn open_refuses_what_open_ballot_refuses_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(1);
		assert_noop!(open_plain(labels(MAX_OPTIONS as u8 + 1)), Error::<Test>::TooManyOptions);
		assert_noop!(open_plain(labels(1)), Error::<Test>::TooFewOptions);
		assert_noop!(
			open_plain(vec![label(0), label(1), label(0)]),
			Error::<Test>::DuplicateOption
		);
		assert_noop!(
			open_in(RingScope::Municipality(GDL), STARTS, STARTS),
			Error::<Test>::InvalidWindow
		);
		assert_noop!(
			open_in(RingScope::Municipality(ZAPOPAN), STARTS, ENDS),
			Error::<Test>::AnonymitySetTooSmall
		);
		assert_noop!(
			open_in(RingScope::Evaluators, STARTS, ENDS),
			Error::<Test>::ScopeNotResidency
		);
		// The largest question still opens.
		assert_eq!(open_plain(labels(MAX_OPTIONS as u8)), Ok(0));
	});
}

#[test]
fn tallies_count_one_choice_votes_and_close_is_idempotent() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(1);
		let ballot_id = open_plain(labels(3)).expect("the question opens");
		System::set_block_number(STARTS);
		let (proof, alias) = vote_proof(1, &GDL_RING, ballot_id, &[0, 1]);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[0, 1], proof),
			VoteRefusal::TooManyChoices,
		);
		cast(1, GDL_RING, ballot_id, &[2]);
		cast(2, GDL_RING, ballot_id, &[2]);
		cast(3, GDL_RING, ballot_id, &[0]);
		assert_eq!(tallies(ballot_id), Some(vec![1, 0, 2]));

		assert_noop!(close(ballot_id), Error::<Test>::NotEnded);
		System::set_block_number(ENDS);
		assert_ok!(close(ballot_id));
		assert_eq!(ballot(ballot_id).status, BallotStatus::Closed);
		// Closed already: a second close is not an error, and changes nothing.
		frame_support::assert_storage_noop!(assert_ok!(close(ballot_id)));
		assert_eq!(tallies(ballot_id), Some(vec![1, 0, 2]));
	});
}

#[test]
fn a_cancelled_ballot_has_no_tallies_and_cannot_be_closed() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(1);
		let ballot_id = open_plain(labels(2)).expect("the question opens");
		assert_ok!(cancel(ballot_id));
		assert!(matches!(ballot(ballot_id).status, BallotStatus::Cancelled { .. }));
		assert_eq!(tallies(ballot_id), None);
		System::set_block_number(ENDS);
		assert_noop!(close(ballot_id), Error::<Test>::Cancelled);
		assert_noop!(cancel(ballot_id), Error::<Test>::Cancelled);
	});
}

#[test]
fn unknown_ballots_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(tallies(7), None);
		assert_noop!(close(7), Error::<Test>::NotFound);
		assert_noop!(cancel(7), Error::<Test>::NotFound);
	});
}
