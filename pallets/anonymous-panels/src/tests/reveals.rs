//! Reveals: only the holder of the salt opens a commitment, within the reveal window.

use super::*;

#[test]
fn a_selected_evaluator_reveals_its_committed_scores() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		run_to(TICKETS_END);
		let i = chosen[0];
		assert_applied(reveal_call(i, panel, &scores_of(i, 50)));
		let scores = ScoresOf::<Test>::truncate_from(scores_of(i, 50));
		assert_eq!(
			last_event(),
			Event::ScoresRevealed { panel, ticket: ticket_of(i, panel), scores: scores.clone() }
		);
		assert_eq!(Selections::<Test>::get(panel)[0].scores, Some(scores));
		assert_refused(reveal_call(i, panel, &scores_of(i, 50)), PanelRefusal::AlreadyRevealed);
	});
}

#[test]
fn reveals_are_taken_in_their_window_only() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		let i = chosen[1];
		assert_refused(reveal_call(i, panel, &scores_of(i, 50)), PanelRefusal::RevealsClosed);
		run_to(REVEALS_END);
		assert_refused(reveal_call(i, panel, &scores_of(i, 50)), PanelRefusal::RevealsClosed);
	});
}

#[test]
fn a_reveal_that_does_not_open_the_commitment_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		run_to(TICKETS_END);
		let i = chosen[0];
		// Other scores than committed.
		assert_refused(reveal_call(i, panel, &scores_of(i, 60)), PanelRefusal::CommitmentMismatch);
		// The right scores with another salt.
		let call = RuntimeCall::AnonymousPanels(crate::Call::reveal_scores {
			panel,
			ticket: ticket_of(i, panel),
			scores: ScoresOf::<Test>::truncate_from(scores_of(i, 50)),
			salt: [0; 32],
		});
		assert_refused(call, PanelRefusal::CommitmentMismatch);
		// One score too few, and a score above the maximum.
		assert_refused(reveal_call(i, panel, &[50, 50]), PanelRefusal::InvalidScores);
		assert_refused(reveal_call(i, panel, &[50, 50, 101]), PanelRefusal::InvalidScores);
		// A candidate that was not selected.
		let other = by_rank(panel)[5];
		assert_refused(reveal_call(other, panel, &scores_of(other, 50)), PanelRefusal::NotSelected);
		assert!(Selections::<Test>::get(panel).iter().all(|s| s.scores.is_none()));
	});
}
