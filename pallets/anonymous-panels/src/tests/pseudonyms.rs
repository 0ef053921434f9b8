//! Pseudonyms: settlements to an account the pseudonym names, closing with the bond, top-ups.

use super::*;
use crate::PseudonymCount;
use bmx_primitives::anonymity::RingScope;
use frame_support::traits::fungible::Mutate;

/// A concluded panel in which its three selected evaluators revealed; returns them.
fn concluded_panel() -> (PanelId, Vec<u8>) {
	let (panel, chosen) = selected_panel(1, 50);
	run_to(TICKETS_END);
	for i in &chosen {
		assert_applied(reveal_call(*i, panel, &scores_of(*i, 50)));
	}
	run_to(REVEALS_END);
	assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel));
	(panel, chosen)
}

/// Adds `amount` to `i`'s pseudonym's earnings, and to the pool.
fn credit_earnings(i: u8, amount: u128) {
	Pseudonyms::<Test>::mutate(pseudonym_of(i), |record| {
		record.as_mut().expect("it appeared").earnings += amount;
	});
	assert_ok!(Balances::mint_into(&AnonymousPanels::pool_account(), amount));
}

#[test]
fn pay_is_settled_to_an_account_the_pseudonym_names() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, chosen) = concluded_panel();
		let i = chosen[0];
		let fresh = 300;
		assert_applied(settle_call(i, fresh, false));
		let pseudonym = pseudonym_of(i);
		assert_eq!(
			last_event(),
			Event::PseudonymSettled { pseudonym, to: fresh, amount: FEE / 3, closed: false }
		);
		assert_eq!(balance(fresh), FEE / 3);
		let record = Pseudonyms::<Test>::get(pseudonym).expect("it appeared");
		assert_eq!((record.earnings, record.settlements, record.credit), (0, 1, BOND));
		// Nothing more to settle.
		assert_refused(settle_call(i, fresh, false), PanelRefusal::NothingToSettle);
	});
}

#[test]
fn a_replayed_settlement_proof_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, chosen) = concluded_panel();
		let i = chosen[0];
		let first = settle_call(i, 300, false);
		assert_applied(first.clone());
		credit_earnings(i, 10);
		// The same proof again: it bound settlement 0, the pseudonym is at 1.
		assert_refused(first, PanelRefusal::InvalidProof);
		// A fresh proof for settlement 1 goes through.
		assert_applied(settle_call(i, 300, false));
		assert_eq!(balance(300), FEE / 3 + 10);
	});
}

#[test]
fn closing_pays_the_bond_and_ends_the_pseudonym() {
	ExtBuilder::default().build_and_execute(|| {
		// Evaluator 4 never drew a ticket: its pseudonym first appears to close.
		assert_applied(settle_call(4, 301, true));
		let pseudonym = pseudonym_of(4);
		assert_eq!(
			last_event(),
			Event::PseudonymSettled { pseudonym, to: 301, amount: BOND, closed: true }
		);
		assert_eq!(balance(301), BOND);
		assert_eq!(PseudonymCount::<Test>::get(), 1);
		assert!(Pseudonyms::<Test>::get(pseudonym).is_some_and(|r| r.closed && r.credit == 0));
		assert_refused(settle_call(4, 301, true), PanelRefusal::NothingToSettle);
		let panel = open_panel(1);
		assert_refused(
			ticket_call(
				panel,
				panel_ring(panel),
				ticket_of(4, panel),
				pseudonym,
				[0; 32],
				dummy_proof(),
			),
			PanelRefusal::PseudonymBarred,
		);
	});
}

#[test]
fn an_evaluator_that_left_settles_against_a_roster_revision_that_held_it() {
	ExtBuilder::default().build_and_execute(|| {
		let old = MockRings::roster_ring();
		run_to(3);
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(1)));
		MockRings::build();
		assert_ne!(MockRings::roster_ring(), old);
		let pseudonym = pseudonym_of(1);
		let members = MockRings::members(&old).expect("the old revision is kept");
		let (proof, _) = prove(
			1,
			&members,
			&[&pseudonym_context(&genesis())[..]],
			&settlement_message(&pseudonym, &302u64.encode(), 0, true),
		);
		let call = |at: u64| {
			RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
				ring: old,
				at,
				pseudonym,
				to: 302,
				close: true,
				proof: ProofOf::<Test>::truncate_from(proof.clone()),
			})
		};
		// Not against the revision in force now, nor at a block to come.
		assert_refused(call(3), PanelRefusal::RingNotUsable);
		assert_refused(call(4), PanelRefusal::RingNotUsable);
		assert_applied(call(1));
		assert_eq!(balance(302), BOND);
	});
}

#[test]
fn settlements_that_cannot_pay_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Nothing earned and not closing.
		assert_refused(settle_call(1, 300, false), PanelRefusal::NothingToSettle);
		// Not the roster.
		let panel = open_panel(1);
		let RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			at,
			pseudonym,
			proof,
			..
		}) = settle_call(2, 300, true)
		else {
			panic!("a settlement")
		};
		let wrong = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			ring: panel_ring(panel),
			at,
			pseudonym,
			to: 300,
			close: true,
			proof,
		});
		assert_refused(wrong, PanelRefusal::WrongRing);
		// Below what a new account needs.
		let i = by_rank(panel)[0];
		submit(i, panel, &scores_of(i, 50));
		credit_earnings(i, ED - 1);
		assert_refused(settle_call(i, 303, false), PanelRefusal::BelowMinimum);
		assert_applied(settle_call(i, NOBODY, false));
		assert_eq!(balance(NOBODY), FUNDS + ED - 1);
	});
}

#[test]
fn an_outsider_cannot_settle() {
	ExtBuilder::default().build_and_execute(|| {
		let ring = MockRings::roster_ring();
		let mut members = MockRings::members(&ring).expect("the roster is published");
		members.push(member_key(UNCERTIFIED));
		let pseudonym = alias_of(UNCERTIFIED, &pseudonym_context(&genesis()));
		let (proof, _) = prove(
			UNCERTIFIED,
			&members,
			&[&pseudonym_context(&genesis())[..]],
			&settlement_message(&pseudonym, &304u64.encode(), 0, true),
		);
		let call = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			ring,
			at: 1,
			pseudonym,
			to: 304,
			close: true,
			proof: ProofOf::<Test>::truncate_from(proof),
		});
		assert_refused(call, PanelRefusal::InvalidProof);
		assert_eq!(PseudonymCount::<Test>::get(), 0);
	});
}

#[test]
fn a_slashed_pseudonym_tops_its_bond_up() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		run_to(REVEALS_END);
		assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel));
		let pseudonym = pseudonym_of(chosen[0]);
		assert_ok!(AnonymousPanels::top_up_bond(RuntimeOrigin::signed(NOBODY), pseudonym));
		assert_eq!(last_event(), Event::BondToppedUp { pseudonym, amount: SLASH });
		assert_eq!(balance(NOBODY), FUNDS - SLASH);
		assert_eq!(Pseudonyms::<Test>::get(pseudonym).map(|r| r.credit), Some(BOND));
		assert_noop!(
			AnonymousPanels::top_up_bond(RuntimeOrigin::signed(NOBODY), pseudonym),
			Error::<Test>::NothingToTopUp
		);
		assert_noop!(
			AnonymousPanels::top_up_bond(RuntimeOrigin::signed(NOBODY), [0; 32]),
			Error::<Test>::PseudonymNotFound
		);
		assert_noop!(
			AnonymousPanels::top_up_bond(RuntimeOrigin::none(), pseudonym),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_selected_pseudonym_cannot_close_until_its_round_concludes() {
	ExtBuilder::default().build_and_execute(|| {
		let (panel, chosen) = selected_panel(1, 50);
		let i = chosen[0];
		assert_refused(settle_call(i, 305, true), PanelRefusal::StillSelected);
		run_to(TICKETS_END);
		for j in &chosen {
			assert_applied(reveal_call(*j, panel, &scores_of(*j, 50)));
		}
		assert_refused(settle_call(i, 305, true), PanelRefusal::StillSelected);
		run_to(REVEALS_END);
		assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(NOBODY), panel));
		assert_applied(settle_call(i, 305, true));
		assert_eq!(balance(305), BOND + FEE / 3, "its pay and its bond");
	});
}

#[test]
fn the_pool_pays_out_every_bond_and_keeps_its_existential_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let pool = AnonymousPanels::pool_account();
		assert_eq!(balance(pool), ED + BOND * u128::from(ENROLLED));
		for (i, to) in (1..=ENROLLED).zip(310u64..) {
			assert_applied(settle_call(i, to, true));
			assert_eq!(balance(to), BOND);
		}
		assert_eq!(balance(pool), ED);
		assert_eq!(PseudonymCount::<Test>::get(), u32::from(ENROLLED));
		// Every bond has its pseudonym: an unknown one has nothing to settle.
		let call = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			ring: MockRings::roster_ring(),
			at: 1,
			pseudonym: [0x42; 32],
			to: 320,
			close: true,
			proof: ProofOf::<Test>::truncate_from(dummy_proof()),
		});
		assert_refused(call, PanelRefusal::NothingToSettle);
	});
}

#[test]
fn authorized_calls_refuse_other_origins() {
	ExtBuilder::default().build_and_execute(|| {
		let bad = sp_runtime::DispatchError::BadOrigin;
		assert_noop!(
			AnonymousPanels::submit_ticket(
				RuntimeOrigin::signed(1),
				0,
				MockRings::roster_ring(),
				[0; 32],
				[0; 32],
				[0; 32],
				ProofOf::<Test>::default()
			),
			bad
		);
		assert_noop!(
			AnonymousPanels::reveal_scores(
				RuntimeOrigin::none(),
				0,
				[0; 32],
				ScoresOf::<Test>::default(),
				[0; 32]
			),
			bad
		);
		assert_noop!(
			AnonymousPanels::settle_pseudonym(
				RuntimeOrigin::root(),
				MockRings::roster_ring(),
				1,
				[0; 32],
				NOBODY,
				true,
				ProofOf::<Test>::default()
			),
			bad
		);
	});
}

/// Evaluator `i`'s settlement call for its pseudonym to `to`, proved against the former
/// evaluators' ring in force now.
fn former_settle_call(i: u8, to: u64, close: bool) -> RuntimeCall {
	let ring = MockRings::former_ring();
	let members = MockRings::members(&ring).expect("the former evaluators' ring is published");
	let pseudonym = pseudonym_of(i);
	let nonce = AnonymousPanels::settlement_nonce(pseudonym).expect("it may settle");
	let (proof, _) = prove(
		i,
		&members,
		&[&pseudonym_context(&genesis())[..]],
		&settlement_message(&pseudonym, &to.encode(), nonce, close),
	);
	RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
		ring,
		at: System::block_number(),
		pseudonym,
		to,
		close,
		proof: ProofOf::<Test>::truncate_from(proof),
	})
}

#[test]
fn an_evaluator_that_leaves_while_queued_settles_through_the_former_evaluators() {
	ExtBuilder::default().build_and_execute(|| {
		// The latecomer enrols and leaves before the roster is built: its key was never in a
		// roster revision.
		run_to(2);
		let late = u64::from(LATECOMER);
		assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(late)));
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(late)));
		// Two more leave, so that the former evaluators' ring is large enough to be used.
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(1)));
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(2)));
		run_to(3);
		MockRings::build();
		let roster = MockRings::members(&MockRings::roster_ring()).expect("the roster");
		assert!(!roster.contains(&member_key(LATECOMER)));
		let former = MockRings::members(&MockRings::former_ring()).expect("built");
		assert_eq!(former, vec![member_key(LATECOMER), member_key(1), member_key(2)]);
		// Its bond goes to a fresh account.
		let fresh = 330;
		assert_applied(former_settle_call(LATECOMER, fresh, true));
		let pseudonym = pseudonym_of(LATECOMER);
		assert_eq!(
			last_event(),
			Event::PseudonymSettled { pseudonym, to: fresh, amount: BOND, closed: true }
		);
		assert_eq!(balance(fresh), BOND);
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), None);
	});
}

#[test]
fn a_former_evaluator_settles_its_pay_and_bond_against_the_former_evaluators_ring() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, chosen) = concluded_panel();
		let i = chosen[0];
		let pseudonym = pseudonym_of(i);
		// It and two others leave; the roster's revisions are no longer needed.
		let leavers: Vec<u8> =
			core::iter::once(i).chain((1..=ENROLLED).filter(|j| *j != i).take(2)).collect();
		for j in &leavers {
			assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed((*j).into())));
		}
		run_to(REVEALS_END + 1);
		MockRings::build();
		let ring = MockRings::former_ring();
		assert_eq!(MockRings::members(&ring).map(|m| m.len()), Some(3));
		// Pay first, then the bond with the close, each with the nonce the view tells.
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), Some(0));
		assert_applied(former_settle_call(i, 331, false));
		assert_eq!(balance(331), FEE / 3);
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), Some(1));
		assert_applied(former_settle_call(i, 332, true));
		assert_eq!(balance(332), BOND);
		assert_eq!(
			last_event(),
			Event::PseudonymSettled { pseudonym, to: 332, amount: BOND, closed: true }
		);
		// An evaluator still enrolled is not in the former evaluators' ring.
		let enrolled = (1..=ENROLLED).find(|j| !leavers.contains(j)).expect("three stayed");
		let members = MockRings::members(&ring).expect("built");
		let mut forged = members.clone();
		forged[0] = member_key(enrolled);
		let stayer = pseudonym_of(enrolled);
		let (proof, _) = prove(
			enrolled,
			&forged,
			&[&pseudonym_context(&genesis())[..]],
			&settlement_message(&stayer, &333u64.encode(), 0, true),
		);
		let call = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			ring,
			at: System::block_number(),
			pseudonym: stayer,
			to: 333,
			close: true,
			proof: ProofOf::<Test>::truncate_from(proof),
		});
		assert_refused(call, PanelRefusal::InvalidProof);
	});
}

#[test]
fn a_settlement_names_a_ring_of_the_current_or_former_evaluators() {
	ExtBuilder::default().build_and_execute(|| {
		let RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			at,
			pseudonym,
			proof,
			..
		}) = settle_call(2, 300, true)
		else {
			panic!("a settlement")
		};
		let panel = open_panel(1);
		let gdl = bmx_primitives::identity::Jurisdiction {
			state: bmx_primitives::identity::MexicanState::Jalisco,
			municipality: 39,
		};
		for scope in [
			RingScope::National,
			RingScope::Municipality(gdl),
			RingScope::State(gdl.state),
			RingScope::Panel(panel),
		] {
			let wrong = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
				ring: RingRef { scope, index: 0, revision: 1 },
				at,
				pseudonym,
				to: 300,
				close: true,
				proof: proof.clone(),
			});
			assert_refused(wrong, PanelRefusal::WrongRing);
		}
		// A former evaluators' ring is accepted as a scope: this one is not built, so the ring
		// service refuses it.
		let unbuilt = RuntimeCall::AnonymousPanels(crate::Call::settle_pseudonym {
			ring: RingRef { scope: RingScope::FormerEvaluators, index: 0, revision: 1 },
			at,
			pseudonym,
			to: 300,
			close: true,
			proof,
		});
		assert_refused(unbuilt, PanelRefusal::RingNotUsable);
		assert_eq!(balance(300), 0);
	});
}

#[test]
fn the_settlement_nonce_view_follows_the_pseudonym() {
	ExtBuilder::default().build_and_execute(|| {
		let pseudonym = pseudonym_of(3);
		// Not appeared yet, then appeared: its first settlement binds 0.
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), Some(0));
		assert_ok!(AnonymousPanels::ensure_pseudonym(&pseudonym));
		credit_earnings(3, 50);
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), Some(0));
		assert_applied(settle_call(3, 340, false));
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), Some(1));
		assert_applied(settle_call(3, 340, true));
		assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), None);
		// Once every bond has its pseudonym, an unknown one can never settle.
		for (i, to) in (1..=ENROLLED).filter(|i| *i != 3).zip(341u64..) {
			assert_applied(settle_call(i, to, true));
		}
		assert_eq!(AnonymousPanels::settlement_nonce([0x42; 32]), None);
	});
}
