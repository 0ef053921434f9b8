//! Secret votes, sent as general transactions: authorized in the pool and again in the block,
//! then dispatched with the `Authorized` origin.

use super::*;
use crate::{weights::WeightInfo, VOTE_PRIORITY};
use bmx_primitives::anonymity::{vote_message, AnonymousMembership};
use frame_system::RawOrigin;
use sp_runtime::DispatchError::BadOrigin;

#[test]
fn a_vote_is_authorized_recorded_and_counted() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let (proof, alias) = first_vote();
		assert_eq!(alias, alias_of(1, ballot_id));
		let call = vote_call(ballot_id, GDL_RING, alias, &[0], proof);

		// The pool: one vote per alias and ballot, a fixed priority, valid until the end.
		let valid = validate(call.clone()).expect("the pool accepts the vote");
		assert_eq!(valid.priority, VOTE_PRIORITY);
		assert_eq!(valid.provides, vec![("SecretBallots", ballot_id, alias).encode()]);
		assert!(valid.requires.is_empty());
		assert_eq!(valid.longevity, ENDS - STARTS);
		assert!(valid.propagate);

		// The block weighs the authorization with the proof, and the dispatch.
		let info = general(call.clone()).get_dispatch_info();
		assert_eq!(
			info.extension_weight,
			<() as WeightInfo>::authorize_cast_secret_vote()
				.saturating_add(MockRings::verify_weight(1))
		);
		assert_eq!(info.call_weight, <() as WeightInfo>::cast_secret_vote());

		assert_ok!(apply(call).expect("the vote is authorized"));
		let moment = GENESIS_MOMENT + STARTS * BLOCK_TIME;
		assert_eq!(
			last_event(),
			Event::SecretVoteCast {
				ballot_id,
				alias,
				ring: GDL_RING,
				choices: choices(&[0]),
				at: STARTS,
				moment,
			}
		);
		let record = SecretBallots::vote_of(ballot_id, alias).expect("the vote is on record");
		assert_eq!(record.choices.into_inner(), vec![0]);
		assert_eq!(record.ring, GDL_RING);
		assert_eq!(record.block, STARTS);
		assert_eq!(record.moment, moment);
		let tally = SecretBallots::tally(ballot_id).expect("the ballot has tallies");
		assert_eq!(tally.per_option.into_inner(), vec![1, 0, 0]);
		assert_eq!(tally.turnout, 1);
	});
}

#[test]
fn a_second_vote_of_an_alias_is_refused_not_replaced() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let (proof, alias) = first_vote();
		let (other_proof, other_alias) = vote_proof(1, &GDL_RING, ballot_id, &[1]);
		assert_eq!(other_alias, alias, "one alias per person and ballot");
		let first = vote_call(ballot_id, GDL_RING, alias, &[0], proof);
		let second = vote_call(ballot_id, GDL_RING, alias, &[1], other_proof);

		// Both are valid while neither is in a block, and provide the same tag: the pool keeps
		// one of them.
		let tags = |call| validate(call).expect("valid in the pool").provides;
		assert_eq!(tags(first.clone()), tags(second.clone()));

		assert_cast(first.clone());
		// The same transaction again, and another vote of the same alias.
		assert_refused(first, VoteRefusal::AlreadyVoted);
		assert_refused(second, VoteRefusal::AlreadyVoted);
		// Also in a later block, with any proof: the check comes before the proof.
		System::set_block_number(STARTS + 1);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[2], dummy_proof()),
			VoteRefusal::AlreadyVoted,
		);
		assert_eq!(SecretBallots::vote_of(ballot_id, alias).map(|v| v.block), Some(STARTS));
		assert_eq!(SecretBallots::tally(ballot_id).map(|t| t.turnout), Some(1));
	});
}

#[test]
fn a_vote_in_no_ballot_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_refused(
			vote_call(7, GDL_RING, alias_of(1, 7), &[0], dummy_proof()),
			VoteRefusal::NotFound,
		);
	});
}

#[test]
fn votes_are_taken_only_inside_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		let (proof, alias) = first_vote();
		let call = vote_call(ballot_id, GDL_RING, alias, &[0], proof);
		// Opened at block 1, votes from block 2.
		assert_refused(call.clone(), VoteRefusal::NotOpenYet);
		System::set_block_number(ENDS);
		assert_refused(call.clone(), VoteRefusal::Closed);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(NOBODY), ballot_id));
		assert_refused(call, VoteRefusal::Closed);
	});
}

#[test]
fn a_cancelled_ballot_takes_no_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		assert_ok!(SecretBallots::cancel_ballot(
			RuntimeOrigin::signed(GDL_OFFICE),
			ballot_id,
			H256::repeat_byte(0xcc)
		));
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias_of(1, ballot_id), &[0], dummy_proof()),
			VoteRefusal::Cancelled,
		);
	});
}

#[test]
fn the_ring_must_serve_the_scope_and_be_in_force_at_the_snapshot() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let alias = alias_of(1, ballot_id);
		let refused_with = |ring: RingRef, refusal| {
			assert_refused(vote_call(ballot_id, ring, alias, &[0], dummy_proof()), refusal)
		};
		// Jalisco's ring holds the same citizens, but a state ring answers for state ballots
		// only: a municipal vote never reveals less than the municipality.
		refused_with(JALISCO_RING, VoteRefusal::RingOutOfScope);
		// Revision 2 was published after the snapshot: it is not this ballot's roll.
		refused_with(GDL_NEXT, VoteRefusal::RingNotInForce);
		refused_with(RingRef { revision: 9, ..GDL_RING }, VoteRefusal::UnknownRing);
		let small = RingRef { index: 1, ..GDL_RING };
		MockRings::add(small, &[7, 8], 0, None);
		refused_with(small, VoteRefusal::RingTooSmall);

		// A ballot opened after revision 2 was published: revision 1, replaced before the
		// snapshot, is no longer its roll.
		System::set_block_number(GDL_NEXT_FROM);
		let later = open_later_question();
		assert_refused(
			vote_call(later, GDL_RING, alias_of(1, later), &[0], dummy_proof()),
			VoteRefusal::RingNotInForce,
		);
	});
}

/// Root opens a Guadalajara question now, voting from now for ten blocks.
fn open_later_question() -> u32 {
	let ballot_id = crate::NextBallotId::<Test>::get();
	let now = System::block_number();
	assert_ok!(SecretBallots::open_ballot(
		RuntimeOrigin::root(),
		RingScope::Municipality(GDL),
		BallotKind::Plain,
		answers(3),
		2,
		now,
		now + 10
	));
	ballot_id
}

#[test]
fn choices_must_be_distinct_options_up_to_max_choices() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let alias = alias_of(1, ballot_id);
		let refused_with = |chosen: &[u32], refusal| {
			assert_refused(vote_call(ballot_id, GDL_RING, alias, chosen, dummy_proof()), refusal)
		};
		refused_with(&[], VoteRefusal::InvalidChoices);
		refused_with(&[3], VoteRefusal::InvalidChoices);
		refused_with(&[1, 1], VoteRefusal::InvalidChoices);
		refused_with(&[0, 1, 2], VoteRefusal::TooManyChoices);
	});
}

#[test]
fn a_proof_binds_its_choices_ballot_and_bytes() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		let other_ballot = open_question();
		System::set_block_number(STARTS);
		let (proof, alias) = first_vote();
		// The same proof with other choices: someone replaying it cannot change the vote.
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[1], proof.clone()),
			VoteRefusal::InvalidProof,
		);
		// In another ballot (another context, another message).
		assert_refused(
			vote_call(other_ballot, GDL_RING, alias_of(1, other_ballot), &[0], proof.clone()),
			VoteRefusal::InvalidProof,
		);
		// Cut short, or with a trailing byte.
		let short: Vec<u8> = proof.iter().copied().take(700).collect();
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[0], short),
			VoteRefusal::InvalidProof,
		);
		let mut long = proof;
		long.push(0);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[0], long),
			VoteRefusal::InvalidProof,
		);
	});
}

#[test]
fn a_proof_of_another_alias_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let (proof, _) = first_vote();
		// Citizen 1's proof presented under citizen 2's alias, to spend citizen 2's vote.
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias_of(2, ballot_id), &[0], proof),
			VoteRefusal::WrongAlias,
		);
		assert_eq!(SecretBallots::tally(ballot_id).map(|t| t.turnout), Some(0));
	});
}

#[test]
fn an_outsider_cannot_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		// The outsider proves against a ring of its own making: Guadalajara's members and its
		// own key. It claims Guadalajara's published ring.
		let mut members = MockRings::members(&GDL_RING).expect("the ring is published");
		members.push(member_key(OUTSIDER));
		let (proof, alias) = prove(
			OUTSIDER,
			&members,
			&SecretBallots::vote_context(ballot_id),
			&vote_message(ballot_id, &GDL_RING, &[0]),
		);
		assert_refused(
			vote_call(ballot_id, GDL_RING, alias, &[0], proof),
			VoteRefusal::InvalidProof,
		);
	});
}

#[test]
fn only_the_authorization_dispatches_a_vote() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		let alias = alias_of(1, ballot_id);
		for origin in [RuntimeOrigin::signed(NOBODY), RuntimeOrigin::root(), RuntimeOrigin::none()]
		{
			assert_noop!(
				SecretBallots::cast_secret_vote(
					origin,
					ballot_id,
					GDL_RING,
					alias,
					choices(&[0]),
					ProofOf::<Test>::truncate_from(dummy_proof())
				),
				BadOrigin
			);
		}
	});
}

#[test]
fn the_dispatch_checks_the_ballot_alias_and_choices_again() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		let alias = alias_of(1, ballot_id);
		// Dispatched as if authorized: the dispatch verifies no proof.
		let dispatch = |ballot_id, chosen: &[u32]| {
			SecretBallots::cast_secret_vote(
				RawOrigin::Authorized.into(),
				ballot_id,
				GDL_RING,
				alias,
				choices(chosen),
				ProofOf::<Test>::truncate_from(dummy_proof()),
			)
		};
		assert_noop!(dispatch(9, &[0]), Error::<Test>::NotFound);
		assert_noop!(dispatch(ballot_id, &[0]), Error::<Test>::NotOpen);
		System::set_block_number(STARTS);
		assert_noop!(dispatch(ballot_id, &[]), Error::<Test>::InvalidChoices);
		assert_noop!(dispatch(ballot_id, &[5]), Error::<Test>::InvalidChoices);
		assert_noop!(dispatch(ballot_id, &[0, 1, 2]), Error::<Test>::TooManyChoices);
		// Two votes of one alias in the same block: the second fails.
		assert_ok!(dispatch(ballot_id, &[0, 2]));
		assert_noop!(dispatch(ballot_id, &[1]), Error::<Test>::AlreadyVoted);
		assert_eq!(
			SecretBallots::tally(ballot_id).map(|t| t.per_option.into_inner()),
			Some(vec![1, 0, 1])
		);

		let cancelled = open_question();
		assert_ok!(SecretBallots::cancel_ballot(RuntimeOrigin::root(), cancelled, H256::zero()));
		assert_noop!(dispatch(cancelled, &[0]), Error::<Test>::Cancelled);
		System::set_block_number(ENDS);
		assert_noop!(dispatch(ballot_id, &[1]), Error::<Test>::Closed);
	});
}

#[test]
fn the_turnout_counter_never_wraps() {
	ExtBuilder::default().build_and_execute(|| {
		let ballot_id = open_question();
		System::set_block_number(STARTS);
		crate::Turnout::<Test>::insert(ballot_id, u32::MAX);
		assert_noop!(
			SecretBallots::cast_secret_vote(
				RawOrigin::Authorized.into(),
				ballot_id,
				GDL_RING,
				alias_of(1, ballot_id),
				choices(&[0]),
				ProofOf::<Test>::truncate_from(dummy_proof()),
			),
			Error::<Test>::TooManyVotes
		);
		crate::Turnout::<Test>::remove(ballot_id);
	});
}

#[test]
fn refusal_codes_are_stable_and_decodable() {
	for (refusal, code) in VoteRefusal::ALL.into_iter().zip(1u8..) {
		assert_eq!(refusal.code(), code);
		assert_eq!(VoteRefusal::from_code(code), Some(refusal));
	}
	assert_eq!(VoteRefusal::from_code(0), None);
	assert_eq!(VoteRefusal::from_code(VoteRefusal::ALL.len() as u8 + 1), None);
	assert_eq!(
		TransactionValidityError::from(VoteRefusal::AlreadyVoted),
		TransactionValidityError::Invalid(
			frame_support::pallet_prelude::InvalidTransaction::Custom(9)
		)
	);
}
