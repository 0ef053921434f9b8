//! Anonymous evaluation panels on the runtime's own ring service, identity registry, currency
//! and transaction pipeline: certified evaluators enrol with a bond, a panel is drawn by ring
//! VRF tickets among the candidates without a conflict of interest, scores are committed and
//! revealed by general transactions without an account or a fee, a silent evaluator is
//! slashed, and a pseudonym's pay is settled to a fresh account with a roster proof; an
//! evaluator that left settles its bond with a proof of the former evaluators' ring.

use super::{
	anonymity::{
		account, build, citizen, general, guadalajara, members, register, Citizen, DOMAIN,
	},
	registries::credential,
	*,
};
use crate::{
	configs::{credentials, EvaluatorBond, NonRevealSlash},
	AnonymityRings, AnonymousPanels, Balance, Balances, BlockNumber, Executive, UNIT,
};
use bmx_primitives::anonymity::{
	score_commitment, settlement_message, ticket_message, Alias, EvaluationPanels, PanelRequest,
	PanelRings, PanelState, RingRef, RingScope,
};
use frame_support::assert_noop;
use frame_support::traits::{fungible::Inspect, fungible::Mutate};
use pallet_anonymous_panels::{ticket_threshold, Event as PanelEvent, PanelRefusal};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use verifiable::{ring::bandersnatch::BandersnatchVrfVerifiable as Vrf, GenerateVerifiable};

/// The runtime's panels, called through [`EvaluationPanels`] as tenders will call them.
type Panels = AnonymousPanels;

/// A candidate's entry in a round: its ticket, pseudonym, scores and the salt it keeps.
struct Entry {
	evaluator: usize,
	ticket: Alias,
	pseudonym: Alias,
	scores: Vec<u8>,
	salt: [u8; 32],
}

#[test]
fn a_panel_is_drawn_anonymously_scores_and_pays_its_evaluators_under_pseudonyms() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// 22 certified evaluators enrol with equal bonds; the first two work for a bidder.
		let evaluators: Vec<Citizen> = (40..62).map(|seed| citizen(seed, guadalajara())).collect();
		for evaluator in &evaluators {
			credential(&evaluator.account, credentials::TENDER_EVALUATOR);
			assert_ok!(Balances::mint_into(&evaluator.account, 2_000 * UNIT));
			register(evaluator);
			assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(evaluator.account.clone())));
		}
		let roster = build(RingScope::Evaluators);
		assert_eq!(members(&roster).len(), 22);
		let pool = AnonymousPanels::pool_account();
		let pooled = Balances::balance(&pool);
		assert!(pooled >= 22 * EvaluatorBond::get());
		// A funded person with a member key but without the credential cannot enrol.
		let stranger = citizen(70, guadalajara());
		assert_ok!(Balances::mint_into(&stranger.account, 2_000 * UNIT));
		register(&stranger);
		assert_noop!(
			AnonymousPanels::enrol(RuntimeOrigin::signed(stranger.account.clone())),
			pallet_anonymous_panels::Error::<Runtime>::NotAccredited
		);
		run_to_block(5);

		// The buyer's tender opens a panel scoring 3 bids, paying 100 BMX.
		let buyer = account(90);
		assert_ok!(Balances::mint_into(&buyer, 1_000 * UNIT));
		let conflicted = [evaluators[0].account.clone(), evaluators[1].account.clone()];
		let seed = [9u8; 32];
		let panel = <Panels as EvaluationPanels<AccountId, Balance, BlockNumber>>::open_panel(
			PanelRequest {
				subject: 7,
				payer: buyer.clone(),
				fee: 100 * UNIT,
				options: 3,
				seed,
				enrolled_before: 5,
				tickets_end: 10,
				reveals_end: 20,
			},
			&|who| conflicted.contains(who),
		)
		.expect("20 candidates without a conflict");
		assert_eq!(Balances::balance(&pool), pooled + 100 * UNIT, "the fee is held in the pool");
		let built = build(RingScope::Panel(panel));
		let (ring, usable) =
			<AnonymityRings as PanelRings<BlockNumber>>::panel_ring(panel).expect("formed");
		assert_eq!((ring, usable), (built, true));
		let candidates = members(&ring);
		assert_eq!(candidates.len(), 20);
		assert!(
			!candidates.contains(&evaluators[0].key) && !candidates.contains(&evaluators[1].key)
		);

		// Every candidate computes its ticket off chain. A panel of 20 candidates has no
		// threshold (it would take about 20 tickets anyway), so any candidate may submit.
		let ticket_context = AnonymousPanels::ticket_context(panel).expect("drawing tickets");
		let pseudonym_context = AnonymousPanels::pseudonym_context();
		assert_eq!(ticket_threshold(20, 5), u64::MAX);
		let mut entries: Vec<Entry> = evaluators
			.iter()
			.enumerate()
			.skip(2)
			.take(9)
			.map(|(index, evaluator)| Entry {
				evaluator: index,
				ticket: Vrf::alias_in_context(&evaluator.secret, &ticket_context)
					.expect("an alias"),
				pseudonym: Vrf::alias_in_context(&evaluator.secret, &pseudonym_context)
					.expect("an alias"),
				// All nine score bid 0 at 70 or more, the panels' `HighScore`.
				scores: vec![95 - index as u8, 60, 40],
				salt: [index as u8; 32],
			})
			.collect();
		entries.sort_by_key(|entry| entry.ticket);
		// Nine tickets t0 < … < t8 arrive as t2..t6 (a full selection), t8 (refused: higher than
		// every selected one), t0 and t1 (each evicts the highest), t7 (refused again).
		let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
			PanelRefusal::NotLowEnough.code(),
		)));
		for position in [2, 3, 4, 5, 6, 8, 0, 1, 7] {
			let entry = &entries[position];
			let evaluator = &evaluators[entry.evaluator];
			let commitment = score_commitment(panel, 0, &entry.ticket, &entry.scores, &entry.salt);
			let opened = Vrf::open(DOMAIN, &evaluator.key, candidates.iter().cloned())
				.expect("a candidate opens");
			let (proof, aliases) = Vrf::create_multi_context(
				opened,
				&evaluator.secret,
				&[&ticket_context[..], &pseudonym_context[..]],
				&ticket_message(panel, 0, &ring, &commitment),
			)
			.expect("a candidate proves");
			assert_eq!(aliases.to_vec(), vec![entry.ticket, entry.pseudonym]);
			let call = RuntimeCall::AnonymousPanels(pallet_anonymous_panels::Call::submit_ticket {
				panel,
				ring,
				ticket: entry.ticket,
				pseudonym: entry.pseudonym,
				commitment,
				proof: proof.into_inner().try_into().expect("within MaxProofLen"),
			});
			let expected = if matches!(position, 7 | 8) { refused } else { Ok(Ok(())) };
			assert_eq!(Executive::apply_extrinsic(general(call)), expected, "t{position}");
		}
		let evicted = System::events()
			.iter()
			.filter(|record| {
				matches!(
					record.event,
					RuntimeEvent::AnonymousPanels(PanelEvent::TicketEvicted { .. })
				)
			})
			.count();
		assert_eq!(evicted, 2, "t0 and t1 each evicted the highest selected ticket");

		// The five lowest tickets are selected, whatever the order they came in; the higher
		// ones were refused before they cost a block any space.
		let lowest: Vec<Alias> = entries[..5].iter().map(|entry| entry.ticket).collect();
		let selected: Vec<Alias> =
			AnonymousPanels::selections(panel).iter().map(|s| s.ticket).collect();
		assert_eq!(selected, lowest);

		// Four of the five reveal after the tickets close, with nothing but the salt; the
		// fifth stays silent.
		run_to_block(10);
		let chosen: Vec<&Entry> = entries[..5].iter().collect();
		let issuance = Balances::total_issuance();
		for entry in &chosen[..4] {
			let call = RuntimeCall::AnonymousPanels(pallet_anonymous_panels::Call::reveal_scores {
				panel,
				ticket: entry.ticket,
				scores: entry.scores.clone().try_into().expect("within MaxOptions"),
				salt: entry.salt,
			});
			assert_eq!(Executive::apply_extrinsic(general(call)), Ok(Ok(())));
		}
		assert_eq!(Balances::total_issuance(), issuance, "reveals pay no fee");
		// A wrong salt opens nothing.
		let silent = chosen[4];
		let call = RuntimeCall::AnonymousPanels(pallet_anonymous_panels::Call::reveal_scores {
			panel,
			ticket: silent.ticket,
			scores: silent.scores.clone().try_into().expect("within MaxOptions"),
			salt: [0xaa; 32],
		});
		assert_eq!(
			Executive::apply_extrinsic(general(call)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				PanelRefusal::CommitmentMismatch.code()
			)))
		);

		// After the reveals, anyone concludes: the silent evaluator's pseudonym loses 500 BMX of
		// its bond credit, and the fee is shared among the four who revealed.
		run_to_block(20);
		assert_ok!(AnonymousPanels::conclude_panel(RuntimeOrigin::signed(account(99)), panel));
		assert!(matches!(
			<Panels as EvaluationPanels<AccountId, Balance, BlockNumber>>::state(panel),
			Some(PanelState::Concluded { revealed: 4 })
		));
		let scores = <Panels as EvaluationPanels<AccountId, Balance, BlockNumber>>::scores(panel);
		assert_eq!(scores.len(), 4);
		for (revealed, entry) in scores.iter().zip(&chosen[..4]) {
			assert_eq!(revealed, &entry.scores);
		}
		let record = |pseudonym: &Alias| {
			AnonymousPanels::pseudonym(*pseudonym).expect("the pseudonym is on record")
		};
		assert_eq!(record(&silent.pseudonym).credit, EvaluatorBond::get() - NonRevealSlash::get());
		for entry in &chosen[..4] {
			assert_eq!(record(&entry.pseudonym).earnings, 25 * UNIT);
			assert_eq!(record(&entry.pseudonym).credit, EvaluatorBond::get());
		}
		// The buyer chose bid 0, scored high by all four, and the contract was completed.
		// The silent one already lost a point for its silence.
		assert_eq!(record(&silent.pseudonym).reputation, -1);
		for entry in &chosen[..4] {
			assert_eq!(record(&entry.pseudonym).reputation, 0);
		}
		<Panels as EvaluationPanels<AccountId, Balance, BlockNumber>>::record_outcome(
			panel, 0, true,
		);
		for entry in &chosen[..4] {
			assert_eq!(record(&entry.pseudonym).reputation, 1, "scored the chosen bid high");
		}
		assert_eq!(record(&silent.pseudonym).reputation, -1, "scored nothing");

		// One revealer settles its pay to a fresh account with a roster proof; the account
		// never appeared before.
		let payee = account(200);
		let paid = &chosen[0];
		let evaluator = &evaluators[paid.evaluator];
		let now = System::block_number();
		let opened = Vrf::open(DOMAIN, &evaluator.key, members(&roster).into_iter())
			.expect("an enrolled evaluator opens");
		let (proof, aliases) = Vrf::create_multi_context(
			opened,
			&evaluator.secret,
			&[&pseudonym_context[..]],
			&settlement_message(&paid.pseudonym, &payee.encode(), 0, false),
		)
		.expect("an enrolled evaluator proves");
		assert_eq!(aliases[0], paid.pseudonym, "the same pseudonym in every panel");
		let call = RuntimeCall::AnonymousPanels(pallet_anonymous_panels::Call::settle_pseudonym {
			ring: roster,
			at: now,
			pseudonym: paid.pseudonym,
			to: payee.clone(),
			close: false,
			proof: proof.into_inner().try_into().expect("within MaxProofLen"),
		});
		assert_eq!(Executive::apply_extrinsic(general(call.clone())), Ok(Ok(())));
		assert_eq!(Balances::balance(&payee), 25 * UNIT);
		assert_eq!(record(&paid.pseudonym).earnings, 0);
		// Sent again, it has nothing left to pay (the pallet's tests show that a replay with new
		// pay is refused by the settlement's nonce).
		assert_eq!(
			Executive::apply_extrinsic(general(call)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				PanelRefusal::NothingToSettle.code()
			)))
		);

		// No panel event names an evaluator's account or member key.
		for event in System::events() {
			if let RuntimeEvent::AnonymousPanels(event) = &event.event {
				if matches!(event, PanelEvent::Enrolled { .. }) {
					continue;
				}
				let bytes = event.encode();
				for evaluator in &evaluators {
					let account: &[u8] = evaluator.account.as_ref();
					assert!(
						!bytes.windows(32).any(|w| w == account || w == evaluator.key),
						"{event:?} names an evaluator"
					);
				}
			}
		}
		assert_invariants();
	});
}

#[test]
fn an_evaluator_that_left_settles_its_bond_through_the_former_evaluators_ring() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let enrol = |evaluator: &Citizen| {
			credential(&evaluator.account, credentials::TENDER_EVALUATOR);
			assert_ok!(Balances::mint_into(&evaluator.account, 2_000 * UNIT));
			register(evaluator);
			assert_ok!(AnonymousPanels::enrol(RuntimeOrigin::signed(evaluator.account.clone())));
		};
		let evaluators: Vec<Citizen> = (40..43).map(|seed| citizen(seed, guadalajara())).collect();
		for evaluator in &evaluators {
			enrol(evaluator);
		}
		let roster = build(RingScope::Evaluators);
		assert_eq!(members(&roster).len(), 3);
		// A fourth enrols and leaves before the roster's next build: its key was never in a
		// roster revision. One of the first three leaves too.
		let late = citizen(43, guadalajara());
		enrol(&late);
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(late.account.clone())));
		assert_ok!(AnonymousPanels::leave(RuntimeOrigin::signed(evaluators[0].account.clone())));
		assert!(!members(&roster).contains(&late.key));
		// Both keys join the former evaluators' ring (test chains onboard them one by one).
		let former = build(RingScope::FormerEvaluators);
		let keys = members(&former);
		assert_eq!(keys, vec![late.key, evaluators[0].key]);

		// Each settles its bond to a fresh account with a proof against that ring, signing the
		// nonce the view tells.
		let pseudonym_context = AnonymousPanels::pseudonym_context();
		let pool = AnonymousPanels::pool_account();
		for (leaver, payee) in [(&late, account(201)), (&evaluators[0], account(202))] {
			let pseudonym =
				Vrf::alias_in_context(&leaver.secret, &pseudonym_context).expect("an alias");
			let nonce = AnonymousPanels::settlement_nonce(pseudonym).expect("it may settle");
			assert_eq!(nonce, 0);
			let opened = Vrf::open(DOMAIN, &leaver.key, keys.iter().cloned())
				.expect("a former evaluator opens");
			let (proof, _) = Vrf::create_multi_context(
				opened,
				&leaver.secret,
				&[&pseudonym_context[..]],
				&settlement_message(&pseudonym, &payee.encode(), nonce, true),
			)
			.expect("a former evaluator proves");
			let settle = |ring| {
				RuntimeCall::AnonymousPanels(pallet_anonymous_panels::Call::settle_pseudonym {
					ring,
					at: System::block_number(),
					pseudonym,
					to: payee.clone(),
					close: true,
					proof: proof.clone().into_inner().try_into().expect("within MaxProofLen"),
				})
			};
			// A residency ring is no settlement's scope.
			let national = RingRef { scope: RingScope::National, index: 0, revision: 1 };
			assert_eq!(
				Executive::apply_extrinsic(general(settle(national))),
				Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
					PanelRefusal::WrongRing.code()
				)))
			);
			let pooled = Balances::balance(&pool);
			assert_eq!(Executive::apply_extrinsic(general(settle(former))), Ok(Ok(())));
			assert_eq!(Balances::balance(&payee), EvaluatorBond::get());
			assert_eq!(Balances::balance(&pool), pooled - EvaluatorBond::get());
			assert_eq!(AnonymousPanels::settlement_nonce(pseudonym), None, "it closed");
		}
		assert_invariants();
	});
}
