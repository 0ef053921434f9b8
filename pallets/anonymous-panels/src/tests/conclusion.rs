//! Concluding a round: slashes for not revealing, the fee shared among the revealers, re-runs
//! with a new seed, failure after the last round, cancellation, and reputation with the
//! subject's outcome.

use super::*;
use crate::Barred;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Concludes `panel` as anyone.
fn conclude(panel: PanelId) -> sp_runtime::DispatchResultWithInfo<PostDispatchInfo> {
	AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel)
}

#[test]
fn enough_reveals_conclude_the_panel_and_share_the_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		run_to(TICKETS_END);
		for i in &chosen[..2] {
			assert_applied(reveal_call(*i, panel, &scores_of(*i, 50)));
		}
		run_to(REVEALS_END);
		let post = conclude(panel).expect("the panel concludes");
		assert_eq!(post.pays_fee, frame_support::dispatch::Pays::No);
		let silent = pseudonym_of(chosen[2]);
		assert!(events().contains(&Event::NonRevealSlashed {
			panel,
			pseudonym: silent,
			amount: SLASH
		}));
		assert_eq!(last_event(), Event::PanelConcluded { panel, revealed: 2, share: FEE / 2 });
		assert_eq!(MockRings::slashed(), SLASH);
		let silent = Pseudonyms::<Test>::get(silent).expect("it appeared");
		assert_eq!((silent.credit, silent.reputation, silent.earnings), (BOND - SLASH, -1, 0));
		for i in &chosen[..2] {
			let record = Pseudonyms::<Test>::get(pseudonym_of(*i)).expect("it appeared");
			assert_eq!((record.credit, record.earnings, record.panels), (BOND, FEE / 2, 1));
		}
		assert_eq!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::state(panel),
			Some(PanelState::Concluded { revealed: 2 })
		);
		let scores = <AnonymousPanels as EvaluationPanels<_, _, _>>::scores(panel);
		assert_eq!(scores, vec![scores_of(chosen[0], 50), scores_of(chosen[1], 50)]);
		assert!(MockRings::dissolved(panel), "the panel's ring is no longer kept");
		assert_eq!(balance(BUYER), FUNDS - FEE, "the whole fee was paid out");
		assert_noop!(conclude(panel), Error::<Test>::AlreadyEnded);
	});
}

#[test]
fn what_does_not_divide_returns_to_the_payer() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = <AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(
			PanelRequest { fee: 1_000, ..request(1) },
			&|_| false,
		)
		.expect("the panel opens");
		MockRings::build();
		let chosen: Vec<u8> = by_rank(panel).into_iter().take(3).collect();
		for i in &chosen {
			submit(*i, panel, &scores_of(*i, 50));
		}
		run_to(TICKETS_END);
		for i in &chosen {
			assert_applied(reveal_call(*i, panel, &scores_of(*i, 50)));
		}
		run_to(REVEALS_END);
		assert_ok!(conclude(panel));
		assert_eq!(last_event(), Event::PanelConcluded { panel, revealed: 3, share: 333 });
		assert_eq!(balance(BUYER), FUNDS - 999);
	});
}

#[test]
fn too_few_reveals_rerun_the_round_with_a_new_seed() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		run_to(TICKETS_END);
		assert_applied(reveal_call(chosen[0], panel, &scores_of(chosen[0], 50)));
		run_to(REVEALS_END);
		assert_noop!(
			AnonymousPanels::conclude_panel(RuntimeOrigin::none(), panel),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(conclude(panel));
		let last = System::block_hash(REVEALS_END - 1);
		let seed = BlakeTwo256::hash(&([1u8; 32], 1u8, last).encode()).0;
		let tickets_end = REVEALS_END + (TICKETS_END - 1);
		let reveals_end = tickets_end + (REVEALS_END - TICKETS_END);
		assert_eq!(
			last_event(),
			Event::PanelRerun { panel, round: 1, seed, tickets_end, reveals_end }
		);
		assert_eq!(MockRings::slashed(), 2 * SLASH);
		assert!(Selections::<Test>::get(panel).is_empty());
		assert_eq!(balance(BUYER), FUNDS - FEE, "the fee stays for the re-run");
		// The evaluators that did not reveal are barred from the re-run.
		for i in &chosen[1..] {
			assert!(Barred::<Test>::contains_key(panel, pseudonym_of(*i)));
			assert_refused(
				ticket_call(
					panel,
					panel_ring(panel),
					ticket_of(*i, panel),
					pseudonym_of(*i),
					[0; 32],
					dummy_proof(),
				),
				PanelRefusal::PseudonymBarred,
			);
		}
		// The one that revealed draws again, with a new ticket.
		submit(chosen[0], panel, &scores_of(chosen[0], 50));
		assert_eq!(Selections::<Test>::get(panel).len(), 1);
	});
}

#[test]
fn the_last_round_failing_fails_the_panel_and_returns_the_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, _) = selected_panel(1, 50);
		run_to(REVEALS_END);
		assert_ok!(conclude(panel));
		assert_eq!(round_of(panel), 1);
		let Some(PanelState::Sortition { reveals_end, .. }) =
			<AnonymousPanels as EvaluationPanels<_, _, _>>::state(panel)
		else {
			panic!("the panel re-runs")
		};
		assert_noop!(conclude(panel), Error::<Test>::NotEnded);
		run_to(reveals_end);
		assert_ok!(conclude(panel));
		assert_eq!(last_event(), Event::PanelFailed { panel });
		assert_eq!(balance(BUYER), FUNDS, "the fee returned");
		assert!(MockRings::dissolved(panel));
		assert!(<AnonymousPanels as EvaluationPanels<_, _, _>>::scores(panel).is_empty());
		assert_eq!(Barred::<Test>::iter_prefix(panel).count(), 0);
		assert_noop!(conclude(99), Error::<Test>::PanelNotFound);
	});
}

#[test]
fn a_cancelled_panel_returns_the_fee_and_slashes_nobody() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, _) = selected_panel(1, 50);
		assert_ok!(<AnonymousPanels as EvaluationPanels<_, _, _>>::cancel_panel(panel));
		assert_eq!(last_event(), Event::PanelCancelled { panel });
		assert_eq!(balance(BUYER), FUNDS);
		assert_eq!(MockRings::slashed(), 0);
		assert!(Selections::<Test>::get(panel).is_empty());
		assert_noop!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::cancel_panel(panel),
			Error::<Test>::AlreadyEnded
		);
		run_to(REVEALS_END);
		assert_noop!(conclude(panel), Error::<Test>::AlreadyEnded);
	});
}

#[test]
fn the_outcome_moves_the_reputation_of_those_who_scored_the_choice_high_once() {
	for completed in [true, false] {
		ExtBuilder::default().build_and_execute(|| {
			let panel = open_panel(1);
			let chosen: Vec<u8> = by_rank(panel).into_iter().take(3).collect();
			// The first scores every option high; the others low.
			let bases = [70u8, 10, 10];
			for (i, base) in chosen.iter().zip(bases) {
				submit(*i, panel, &scores_of(*i, base));
			}
			// Before the panel concludes nothing moves.
			<AnonymousPanels as EvaluationPanels<_, _, _>>::record_outcome(panel, 0, completed);
			run_to(TICKETS_END);
			for (i, base) in chosen.iter().zip(bases) {
				assert_applied(reveal_call(*i, panel, &scores_of(*i, base)));
			}
			run_to(REVEALS_END);
			assert_ok!(conclude(panel));
			<AnonymousPanels as EvaluationPanels<_, _, _>>::record_outcome(panel, 0, completed);
			let expected = if completed { 1 } else { -1 };
			let high = pseudonym_of(chosen[0]);
			assert_eq!(
				last_event(),
				Event::ReputationChanged { pseudonym: high, panel, reputation: expected }
			);
			<AnonymousPanels as EvaluationPanels<_, _, _>>::record_outcome(panel, 0, completed);
			let reputation = |i: u8| Pseudonyms::<Test>::get(pseudonym_of(i)).map(|r| r.reputation);
			assert_eq!(reputation(chosen[0]), Some(expected), "once per panel");
			assert_eq!(reputation(chosen[1]), Some(0));
			assert_eq!(reputation(chosen[2]), Some(0));
		});
	}
}

#[test]
fn a_reaped_payer_does_not_block_the_conclusion() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = <AnonymousPanels as EvaluationPanels<_, _, _>>::open_panel(
			PanelRequest { fee: 1_000, ..request(1) },
			&|_| false,
		)
		.expect("the panel opens");
		MockRings::build();
		let chosen: Vec<u8> = by_rank(panel).into_iter().take(3).collect();
		for i in &chosen {
			submit(*i, panel, &scores_of(*i, 50));
		}
		run_to(TICKETS_END);
		for i in &chosen {
			assert_applied(reveal_call(*i, panel, &scores_of(*i, 50)));
		}
		assert_ok!(Balances::transfer_all(RuntimeOrigin::signed(BUYER), NOBODY, false));
		assert_eq!(balance(BUYER), 0);
		run_to(REVEALS_END);
		assert_ok!(conclude(panel));
		assert_eq!(last_event(), Event::PanelConcluded { panel, revealed: 3, share: 333 });
		assert_eq!(MockRings::slashed(), 1, "the remainder the payer could not take");
	});
}

#[test]
fn a_re_run_seed_depends_on_the_last_block_of_the_round() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, _) = selected_panel(1, 50);
		let last = sp_core::H256::repeat_byte(9);
		frame_system::BlockHash::<Test>::insert(REVEALS_END - 1, last);
		run_to(REVEALS_END);
		assert_ok!(conclude(panel));
		let seed = BlakeTwo256::hash(&([1u8; 32], 1u8, last).encode()).0;
		assert_eq!(Panels::<Test>::get(panel).map(|p| p.seed), Some(seed));
	});
}

#[test]
fn a_panel_cannot_be_cancelled_once_its_tickets_closed() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, _) = selected_panel(1, 50);
		run_to(TICKETS_END);
		assert_noop!(
			<AnonymousPanels as EvaluationPanels<_, _, _>>::cancel_panel(panel),
			Error::<Test>::TicketsClosed
		);
	});
}
