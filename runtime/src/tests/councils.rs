//! The councils' decisions as the 2018 model states them (attendance quorum, extraordinary
//! sessions at a collective's request, term limits, no council of one), and the governed way
//! out of each state that used to deadlock them.

use super::*;
use crate::CollectiveRegistry;
use bmx_primitives::governance::{Commission, ExecutiveSeat};
use frame_support::assert_noop;
use pallet_governing_councils::{Error as CouncilsError, TermRole};
use Sr25519Keyring::*;

fn set_code_of_ethics(n: u8) -> RuntimeCall {
	RuntimeCall::CollectiveRegistry(pallet_collective_registry::Call::set_code_of_ethics {
		code_of_ethics: doc(n),
	})
}

fn code_of_ethics() -> Option<DocumentHash> {
	pallet_collective_registry::CodeOfEthics::<Runtime>::get()
}

fn votes(ayes: &[Sr25519Keyring], nays: &[Sr25519Keyring]) -> Vec<(Sr25519Keyring, bool)> {
	ayes.iter()
		.map(|k| (*k, true))
		.chain(nays.iter().map(|k| (*k, false)))
		.collect()
}

#[test]
fn an_executive_decision_needs_the_secretary_and_six_others_and_more_ayes_than_nays() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let genesis_code = code_of_ethics();
		// The Secretary (her aye recorded when tabling) and five others: not valid, even unanimous.
		let (outcome, _) = executive_motion(
			Eve,
			MotionKind::Ordinary,
			set_code_of_ethics(1),
			&votes(&[Alice, AliceStash, Bob, BobStash, Charlie], &[]),
		);
		assert_eq!(outcome, MotionOutcome::NotValid);
		// Seven present (the Secretary and six), four ayes against three nays: carried.
		let (outcome, result) = executive_motion(
			Eve,
			MotionKind::Ordinary,
			set_code_of_ethics(2),
			&votes(&[Alice, AliceStash, Bob], &[BobStash, Charlie, CharlieStash]),
		);
		assert_eq!((outcome, result), (MotionOutcome::Approved, Some(Ok(()))));
		assert_eq!(code_of_ethics(), Some(doc(2)));
		// Seven present, three ayes against four nays: rejected, however many seats there are.
		let (outcome, result) = executive_motion(
			Eve,
			MotionKind::Ordinary,
			set_code_of_ethics(3),
			&votes(&[Alice, AliceStash], &[Bob, BobStash, Charlie, CharlieStash]),
		);
		assert_eq!((outcome, result), (MotionOutcome::Rejected, None));
		// A tie fails.
		let (outcome, _) = executive_motion(
			Eve,
			MotionKind::Ordinary,
			set_code_of_ethics(4),
			&votes(&[Alice, AliceStash, Bob], &[BobStash, Charlie, CharlieStash, Dave]),
		);
		assert_eq!(outcome, MotionOutcome::Rejected);
		assert_eq!(code_of_ethics(), Some(doc(2)));
		assert_ne!(genesis_code, code_of_ethics());
		assert_invariants();
	});
}

#[test]
fn the_secretary_must_have_voted_when_the_motion_closes() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// The Advisory Council removes the Secretary; a commissioner tables in the vacancy.
		assert_eq!(
			advisory_motion(
				RuntimeCall::Councils(pallet_governing_councils::Call::remove_executive {
					seat: ExecutiveSeat::Secretary,
				}),
				&ADVISORS,
			),
			Some(Ok(()))
		);
		let length = set_code_of_ethics(5).encoded_size() as u32;
		let index = pallet_governing_councils::NextMotionIndex::<Runtime>::get();
		assert_ok!(Councils::table_motion(
			signed(Alice),
			MotionKind::Ordinary,
			Box::new(set_code_of_ethics(5)),
			length
		));
		for voter in [AliceStash, Bob, BobStash, Charlie, CharlieStash, Dave] {
			assert_ok!(Councils::vote(signed(voter), index, true));
		}
		// A new Secretary is designated before the close and does not vote: no decision.
		let two = Two.to_account_id();
		assert_ok!(Councils::propose_executive(signed(Alice), ExecutiveSeat::Secretary, two));
		assert_eq!(
			advisory_motion(
				RuntimeCall::Councils(pallet_governing_councils::Call::designate_executive {
					seat: ExecutiveSeat::Secretary,
					who: Two.to_account_id(),
				}),
				&ADVISORS,
			),
			Some(Ok(()))
		);
		skip_blocks(<Runtime as pallet_governing_councils::Config>::MotionDuration::get());
		assert_ok!(Councils::close(signed(Alice), index));
		assert!(councils_events().iter().any(|e| matches!(
			e,
			pallet_governing_councils::Event::MotionClosed {
				index: i,
				outcome: MotionOutcome::NotValid,
				..
			} if *i == index
		)));
		assert_ne!(code_of_ethics(), Some(doc(5)));
		// Votes after the close find no motion; votes after the voting period are refused.
		assert_noop!(
			Councils::vote(signed(Two), index, true),
			CouncilsError::<Runtime>::MotionNotFound
		);
		let late = pallet_governing_councils::NextMotionIndex::<Runtime>::get();
		assert_ok!(Councils::table_motion(
			signed(Two),
			MotionKind::Ordinary,
			Box::new(set_code_of_ethics(6)),
			length
		));
		skip_blocks(<Runtime as pallet_governing_councils::Config>::MotionDuration::get());
		assert_noop!(
			Councils::vote(signed(Alice), late, true),
			CouncilsError::<Runtime>::VotingClosed
		);
		assert_invariants();
	});
}

#[test]
fn an_extraordinary_session_is_held_at_a_collectives_request_with_the_secretary_and_four() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let suspend_bob =
			RuntimeCall::CollectiveRegistry(pallet_collective_registry::Call::suspend_member {
				who: Bob.to_account_id(),
				reason: doc(1),
			});
		let length = suspend_bob.encoded_size() as u32;
		// Without a request there is no extraordinary session.
		assert_noop!(
			Councils::table_motion(
				signed(Eve),
				MotionKind::Extraordinary { collective: 2 },
				Box::new(suspend_bob.clone()),
				length
			),
			CouncilsError::<Runtime>::SessionRequestNotFound
		);
		// Only a leader of the collective requests it, and only once while it is open.
		assert_noop!(
			Councils::request_extraordinary_session(signed(Ferdie), 2, doc(2)),
			CouncilsError::<Runtime>::NotLeader
		);
		assert_ok!(Councils::request_extraordinary_session(signed(Charlie), 2, doc(2)));
		assert_noop!(
			Councils::request_extraordinary_session(signed(CharlieStash), 2, doc(3)),
			CouncilsError::<Runtime>::SessionAlreadyRequested
		);
		// The session is valid with the Secretary and four, but an extraordinary decision
		// cannot make an ordinary one's call (the code of ethics): refused, nothing changes.
		let (outcome, result) = executive_motion(
			Eve,
			MotionKind::Extraordinary { collective: 2 },
			set_code_of_ethics(7),
			&votes(&[Alice, Bob, Charlie, Dave], &[]),
		);
		assert_eq!(outcome, MotionOutcome::Approved, "the Secretary and four: valid");
		assert_eq!(result, Some(Err(sp_runtime::DispatchError::BadOrigin)));
		assert_ne!(code_of_ethics(), Some(doc(7)));
		// The request was consumed by the session: a new one may be made.
		assert_ok!(Councils::request_extraordinary_session(signed(CharlieStash), 2, doc(3)));
		assert_invariants();
	});
}

#[test]
fn with_the_secretary_seat_vacant_the_executive_still_decides() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		assert_eq!(
			advisory_motion(
				RuntimeCall::Councils(pallet_governing_councils::Call::remove_executive {
					seat: ExecutiveSeat::Secretary,
				}),
				&ADVISORS,
			),
			Some(Ok(()))
		);
		assert!(pallet_governing_councils::ExecutiveSecretary::<Runtime>::get().is_none());
		// Seven members present carry it without a Secretary.
		let (outcome, result) = executive_motion(
			Alice,
			MotionKind::Ordinary,
			set_code_of_ethics(8),
			&votes(&[AliceStash, Bob, BobStash, Charlie, CharlieStash, Dave], &[]),
		);
		assert_eq!((outcome, result), (MotionOutcome::Approved, Some(Ok(()))));
		assert_eq!(code_of_ethics(), Some(doc(8)));
		assert_invariants();
	});
}

#[test]
fn with_no_leader_anywhere_the_advisory_council_designates_a_secretary() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let designate_two =
			RuntimeCall::Councils(pallet_governing_councils::Call::designate_executive {
				seat: ExecutiveSeat::Secretary,
				who: Two.to_account_id(),
			});
		// While leaders exist, a designation needs a leader's proposal.
		assert_eq!(
			advisory_motion(designate_two.clone(), &ADVISORS),
			Some(Err(CouncilsError::<Runtime>::ProposalNotFound.into()))
		);
		// Every leader goes (through governance), and the Secretary seat falls vacant.
		for (collective, leader) in [
			(0, Alice),
			(0, AliceStash),
			(1, Bob),
			(1, BobStash),
			(2, Charlie),
			(2, CharlieStash),
			(3, Dave),
			(3, DaveStash),
		] {
			assert_ok!(as_governed_root(RuntimeCall::CollectiveRegistry(
				pallet_collective_registry::Call::remove_leader {
					collective,
					who: leader.to_account_id(),
				}
			)));
		}
		assert!((0..4).all(|c| CollectiveRegistry::leaders(c).is_empty()));
		assert_eq!(
			advisory_motion(
				RuntimeCall::Councils(pallet_governing_councils::Call::remove_executive {
					seat: ExecutiveSeat::Secretary,
				}),
				&ADVISORS,
			),
			Some(Ok(()))
		);
		// Nobody may propose a Secretary now: the Advisory Council designates one directly.
		assert_eq!(advisory_motion(designate_two, &ADVISORS), Some(Ok(())));
		assert_eq!(
			pallet_governing_councils::ExecutiveSecretary::<Runtime>::get().map(|s| s.who),
			Some(Two.to_account_id())
		);
		assert_invariants();
	});
}

#[test]
fn governed_root_reseats_a_council_that_cannot_reseat_itself() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// No single account reseats anything.
		assert_noop!(
			Councils::reseat_advisor(signed(Eve), Two.to_account_id()),
			sp_runtime::DispatchError::BadOrigin
		);
		// The councils together (Root) seat an advisor without request and a commissioner
		// without proposal; the rules of eligibility still hold.
		assert_ok!(as_governed_root(RuntimeCall::Councils(
			pallet_governing_councils::Call::reseat_advisor { who: Two.to_account_id() }
		)));
		assert!(Councils::is_advisor(Two.to_account_id()));
		let not_a_member = as_governed_root(RuntimeCall::Councils(
			pallet_governing_councils::Call::reseat_executive {
				seat: ExecutiveSeat::Commissioner(Commission::Projects, 0),
				who: Ferdie.to_account_id(),
			},
		));
		assert!(not_a_member.is_err(), "a commissioner must be an active member");
		assert_invariants();
	});
}

#[test]
fn terms_are_limited_for_life_per_person_and_role() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let eve = Eve.to_account_id();
		assert_eq!(Councils::terms_served(eve.clone(), TermRole::Secretary), 1);
		// The Secretary cannot be designated again, even after leaving the seat.
		assert_eq!(
			advisory_motion(
				RuntimeCall::Councils(pallet_governing_councils::Call::remove_executive {
					seat: ExecutiveSeat::Secretary,
				}),
				&ADVISORS,
			),
			Some(Ok(()))
		);
		assert_noop!(
			Councils::propose_executive(signed(Alice), ExecutiveSeat::Secretary, eve.clone()),
			CouncilsError::<Runtime>::TermLimitReached
		);
		// An advisor serves two terms for life, admissions and renewals together: a former
		// advisor re-admitted does not start counting again.
		let ferdie = Ferdie.to_account_id();
		assert_eq!(Councils::terms_served(ferdie.clone(), TermRole::Advisor), 1);
		executive_decides_without_secretary(RuntimeCall::Councils(
			pallet_governing_councils::Call::remove_advisor { who: ferdie.clone() },
		));
		assert_ok!(Councils::request_advisory_seat(signed(Ferdie), doc(9)));
		executive_decides_without_secretary(RuntimeCall::Councils(
			pallet_governing_councils::Call::admit_advisor { who: ferdie.clone() },
		));
		assert_eq!(Councils::terms_served(ferdie.clone(), TermRole::Advisor), 2);
		executive_decides_without_secretary(RuntimeCall::Councils(
			pallet_governing_councils::Call::remove_advisor { who: ferdie.clone() },
		));
		assert_noop!(
			Councils::request_advisory_seat(signed(Ferdie), doc(10)),
			CouncilsError::<Runtime>::TermLimitReached
		);
		assert_invariants();
	});
}

/// An ordinary decision taken by the eight commissioners (the Secretary seat vacant), Alice
/// tabling.
fn executive_decides_without_secretary(call: RuntimeCall) {
	let others: Vec<_> = EXECUTIVES.iter().skip(1).map(|k| (*k, true)).collect();
	let (outcome, result) = executive_motion(Alice, MotionKind::Ordinary, call, &others);
	assert_eq!((outcome, result), (MotionOutcome::Approved, Some(Ok(()))));
}

#[test]
fn a_council_reduced_to_one_member_cannot_decide_alone() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		for advisor in [EveStash, FerdieStash] {
			executive_decides(RuntimeCall::Councils(
				pallet_governing_councils::Call::remove_advisor { who: advisor.to_account_id() },
			));
		}
		assert_eq!(pallet_governing_councils::Advisors::<Runtime>::get().len(), 1);
		// Ferdie alone is "all" of the Advisory Council: still not a decision.
		let remove_secretary =
			RuntimeCall::Councils(pallet_governing_councils::Call::remove_executive {
				seat: ExecutiveSeat::Secretary,
			});
		assert_eq!(
			advisory_motion(remove_secretary, &[Ferdie]),
			Some(Err(sp_runtime::DispatchError::BadOrigin))
		);
		assert!(pallet_governing_councils::ExecutiveSecretary::<Runtime>::get().is_some());
		assert_invariants();
	});
}
