//! Tickets by rank: the lowest tickets are selected whatever their order of arrival; the
//! refusals of tickets that would not count, of outsiders and of altered proofs.

use super::*;
use crate::PseudonymRecord;

/// Submits evaluator `i`'s ticket if the pool takes it; returns whether it did. Only a ticket
/// that is not low enough may be refused.
fn try_submit(i: u8, panel: PanelId) -> bool {
	let call = ticket_call_against(i, panel, panel_ring(panel), &scores_of(i, 50));
	match validate(call.clone()) {
		Ok(_) => {
			assert_ok!(apply(call).expect("the ticket is authorized"));
			true
		},
		Err(refused) => {
			assert_eq!(refused, PanelRefusal::NotLowEnough.into());
			false
		},
	}
}

#[test]
fn the_lowest_tickets_are_selected_whatever_the_order_of_arrival() {
	let mut results = Vec::new();
	for order in [vec![1u8, 2, 3, 4, 5, 6], vec![6, 5, 4, 3, 2, 1], vec![3, 6, 1, 5, 2, 4]] {
		ExtBuilder::default().build_and_execute(|| {
			let panel = open_panel(1);
			for i in &order {
				try_submit(*i, panel);
			}
			let lowest: Vec<Alias> = by_rank(panel)
				.into_iter()
				.take(PANEL_SIZE as usize)
				.map(|i| ticket_of(i, panel))
				.collect();
			assert_eq!(selected(panel), lowest, "the {PANEL_SIZE} lowest tickets, in order");
			results.push(selected(panel));
		});
	}
	assert!(results.windows(2).all(|pair| pair[0] == pair[1]), "the same panel every time");
}

#[test]
fn a_lower_ticket_evicts_the_highest_selected() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = open_panel(1);
		let ranked = by_rank(panel);
		// The three highest first: they fill the panel.
		for i in ranked.iter().rev().take(3) {
			submit(*i, panel, &scores_of(*i, 50));
		}
		let highest = ticket_of(ranked[5], panel);
		submit(ranked[0], panel, &scores_of(ranked[0], 50));
		assert_eq!(last_event(), Event::TicketEvicted { panel, ticket: highest });
		assert!(!selected(panel).contains(&highest));
		// The evicted ticket cannot come back: it is above every selected one.
		assert_refused(
			ticket_call(
				panel,
				panel_ring(panel),
				highest,
				pseudonym_of(ranked[5]),
				[0; 32],
				dummy_proof(),
			),
			PanelRefusal::NotLowEnough,
		);
	});
}

#[test]
fn a_ticket_above_a_full_panel_or_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = open_panel(1);
		let ranked = by_rank(panel);
		for i in ranked.iter().take(3) {
			submit(*i, panel, &scores_of(*i, 50));
		}
		let fourth = ranked[3];
		assert_refused(
			ticket_call(
				panel,
				panel_ring(panel),
				ticket_of(fourth, panel),
				pseudonym_of(fourth),
				[0; 32],
				dummy_proof(),
			),
			PanelRefusal::NotLowEnough,
		);
		let first = ranked[0];
		assert_refused(
			ticket_call(
				panel,
				panel_ring(panel),
				ticket_of(first, panel),
				pseudonym_of(first),
				[0; 32],
				dummy_proof(),
			),
			PanelRefusal::AlreadySubmitted,
		);
	});
}

#[test]
fn an_outsider_cannot_draw_a_ticket() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = open_panel(1);
		let round = round_of(panel);
		let seed = Panels::<Test>::get(panel).expect("the panel exists").seed;
		// The latecomer proves membership of a ring it made up: the panel's keys and its own.
		let mut members = MockRings::members(&panel_ring(panel)).expect("the ring is built");
		members.push(member_key(LATECOMER));
		let contexts =
			[ticket_context(&genesis(), panel, round, &seed), pseudonym_context(&genesis())];
		let ring = panel_ring(panel);
		let (proof, aliases) = prove(
			LATECOMER,
			&members,
			&[&contexts[0][..], &contexts[1][..]],
			&ticket_message(panel, round, &ring, &[0; 32]),
		);
		assert_refused(
			ticket_call(panel, ring, aliases[0], aliases[1], [0; 32], proof),
			PanelRefusal::InvalidProof,
		);
		assert!(selected(panel).is_empty());
	});
}

#[test]
fn an_altered_ticket_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = open_panel(1);
		let call = ticket_call_against(1, panel, panel_ring(panel), &scores_of(1, 50));
		let RuntimeCall::AnonymousPanels(crate::Call::submit_ticket {
			ring,
			ticket,
			pseudonym,
			commitment,
			proof,
			..
		}) = call
		else {
			panic!("a ticket call")
		};
		let proof = proof.into_inner();
		// Other scores: the proof binds the commitment.
		assert_refused(
			ticket_call(panel, ring, ticket, pseudonym, [9; 32], proof.clone()),
			PanelRefusal::InvalidProof,
		);
		// Another pseudonym: the proof proves the evaluator's own.
		assert_refused(
			ticket_call(panel, ring, ticket, pseudonym_of(2), commitment, proof.clone()),
			PanelRefusal::WrongAlias,
		);
		// Another revision of the ring.
		assert_refused(
			ticket_call(
				panel,
				RingRef { revision: 2, ..ring },
				ticket,
				pseudonym,
				commitment,
				proof.clone(),
			),
			PanelRefusal::WrongRing,
		);
		// After the tickets close.
		run_to(TICKETS_END);
		assert_refused(
			ticket_call(panel, ring, ticket, pseudonym, commitment, proof),
			PanelRefusal::TicketsClosed,
		);
		assert_refused(
			ticket_call(7, ring, ticket, pseudonym, commitment, dummy_proof()),
			PanelRefusal::NotFound,
		);
	});
}

#[test]
fn a_pseudonym_of_low_reputation_short_credit_or_closed_draws_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let panel = open_panel(1);
		let low = PseudonymRecord { reputation: -2, credit: BOND, ..Default::default() };
		Pseudonyms::<Test>::insert(pseudonym_of(1), low);
		let short = PseudonymRecord { reputation: 0, credit: SLASH - 1, ..Default::default() };
		Pseudonyms::<Test>::insert(pseudonym_of(2), short);
		let closed =
			PseudonymRecord { reputation: 0, credit: 0, closed: true, ..Default::default() };
		Pseudonyms::<Test>::insert(pseudonym_of(3), closed);
		crate::PseudonymCount::<Test>::put(3);
		for i in 1..=3 {
			assert_refused(
				ticket_call(
					panel,
					panel_ring(panel),
					ticket_of(i, panel),
					pseudonym_of(i),
					[0; 32],
					dummy_proof(),
				),
				PanelRefusal::PseudonymBarred,
			);
		}
	});
}

#[test]
fn a_refusal_code_names_its_refusal() {
	for refusal in PanelRefusal::ALL {
		assert_eq!(PanelRefusal::from_code(refusal.code()), Some(refusal));
	}
	assert_eq!(PanelRefusal::from_code(0), None);
	assert_eq!(PanelRefusal::from_code(PanelRefusal::ALL.len() as u8 + 1), None);
}

#[test]
fn only_tickets_below_the_threshold_are_taken_from_a_wide_panel() {
	// A small panel takes every ticket; a wide one about four panels' worth.
	assert_eq!(crate::ticket_threshold(6, 3), u64::MAX);
	let threshold = crate::ticket_threshold(1_000, 5);
	assert_eq!(threshold, u64::MAX / 1_000 * 20);
	let mut low = [0xffu8; 32];
	low[..8].copy_from_slice(&(threshold - 1).to_be_bytes());
	let mut high = [0u8; 32];
	high[..8].copy_from_slice(&(threshold + 1).to_be_bytes());
	assert!(crate::ticket_prefix(&low) <= threshold);
	assert!(crate::ticket_prefix(&high) > threshold);
	// The prefix orders tickets as their bytes do.
	assert!(low < high && crate::ticket_prefix(&low) < crate::ticket_prefix(&high));
}
