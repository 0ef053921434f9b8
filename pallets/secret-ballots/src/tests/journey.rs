//! A participatory budget from its opening to the funding of its projects.

use super::*;
use crate::{Results, Votes};

#[test]
fn five_citizens_choose_the_projects_of_a_participatory_budget() {
	ExtBuilder::default().build_and_execute(|| {
		// Guadalajara puts 1,000,000 centavos to the vote among five projects; each citizen
		// chooses up to two.
		let costs = [600_000, 300_000, 300_000, 100_000, 50_000];
		assert_ok!(SecretBallots::open_ballot(
			RuntimeOrigin::signed(GDL_OFFICE),
			RingScope::Municipality(GDL),
			BallotKind::Budget { budget_centavos: 1_000_000 },
			projects(&costs),
			2,
			STARTS,
			ENDS
		));
		let ballot_id = 0;

		// Votes come in over several blocks, each proved against the roll of the snapshot.
		System::set_block_number(STARTS);
		let a1 = cast(1, GDL_RING, ballot_id, &[0, 1]);
		let a2 = cast(2, GDL_RING, ballot_id, &[0, 2]);
		System::set_block_number(STARTS + 3);
		let a3 = cast(3, GDL_RING, ballot_id, &[1, 2]);
		let a4 = cast(4, GDL_RING, ballot_id, &[3, 0]);
		System::set_block_number(ENDS - 1);
		let a5 = cast(5, GDL_RING, ballot_id, &[4, 1]);
		let aliases = [a1, a2, a3, a4, a5];
		for (i, alias) in aliases.iter().enumerate() {
			assert!(
				!aliases.iter().skip(i + 1).any(|other| other == alias),
				"each person votes under an alias of its own"
			);
		}

		// A repeat voter is refused; so is an outsider.
		let (proof, _) = vote_proof(1, &GDL_RING, ballot_id, &[0, 1]);
		assert_refused(
			vote_call(ballot_id, GDL_RING, a1, &[0, 1], proof),
			VoteRefusal::AlreadyVoted,
		);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias_of(OUTSIDER, ballot_id), &[3], dummy_proof()),
			VoteRefusal::InvalidProof,
		);

		// The public record: per alias, the choices with block and time; no account anywhere.
		let record = Votes::<Test>::get(ballot_id, a3).expect("the vote is on record");
		assert_eq!(record.choices.into_inner(), vec![1, 2]);
		assert_eq!(record.block, STARTS + 3);
		assert_eq!(record.moment, GENESIS_MOMENT + (STARTS + 3) * BLOCK_TIME);
		let tally = SecretBallots::tally(ballot_id).expect("the ballot has tallies");
		assert_eq!(tally.per_option.clone().into_inner(), vec![3, 3, 2, 1, 1]);
		assert_eq!(tally.turnout, 5);

		// Voting ends; anyone closes.
		System::set_block_number(ENDS);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias_of(6, ballot_id), &[3], dummy_proof()),
			VoteRefusal::Closed,
		);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id));

		// Projects 0 and 1 tie at three votes: the cheaper (1) first, then 0; project 2 no
		// longer fits; 3 and 4 tie at one vote: the cheaper (4) first, then 3 does not fit.
		let funded = vec![1, 0, 4];
		assert_eq!(
			last_event(),
			Event::BallotClosed {
				ballot_id,
				tallies: tally.per_option,
				funded: crate::TalliesOf::<Test>::truncate_from(funded.clone()),
				turnout: 5,
			}
		);
		let result = Results::<Test>::get(ballot_id).expect("a closed ballot has a result");
		assert_eq!(result.funded.into_inner(), funded);
		assert_eq!(result.spent_centavos, 950_000);
		assert_eq!(ballot(ballot_id).status, BallotStatus::Closed);
	});
}
