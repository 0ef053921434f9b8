//! The citizen vote: `cast_vote`.

use super::*;

// cast_vote

#[test]
fn cast_vote_works() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1));
		assert_eq!(
			last_event(),
			Event::VoteCast { tender_id: id, voter: CITIZENS[0], bid_index: 1 }
		);
		assert_eq!(VoteTallies::<Test>::get(id, 1), 1);
		assert_eq!(Votes::<Test>::get(id, H256::repeat_byte(1)), Some(1));
	});
}

#[test]
fn a_person_votes_once_whichever_account_it_uses() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0));
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1), Error::<Test>::AlreadyVoted);
		// The same person (person key 1) recovered to a new account.
		clear_person(CITIZENS[0]);
		set_person(50, 1, Residency::National(GUADALAJARA), true);
		assert_noop!(Tenders::cast_vote(signed(50), id, 1), Error::<Test>::AlreadyVoted);
		assert_eq!(VoteTallies::<Test>::get(id, 0), 1);
	});
}

#[test]
fn votes_are_limited_to_the_tenders_jurisdiction() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		// A municipal tender of Guadalajara.
		for outsider in [ZAPOPAN_CITIZEN, CDMX_CITIZEN, ABROAD_CITIZEN] {
			assert_noop!(
				Tenders::cast_vote(signed(outsider), id, 0),
				Error::<Test>::OutsideJurisdiction
			);
		}
		// Scopes themselves.
		let jalisco = TenderScope::State(MexicanState::Jalisco);
		let zapopan = Residency::National(bmx_primitives::identity::Jurisdiction {
			state: MexicanState::Jalisco,
			municipality: 120,
		});
		assert!(jalisco.admits(zapopan.jurisdiction()));
		assert!(jalisco.admits(Some(GUADALAJARA)));
		assert!(!jalisco.admits(Residency::Abroad.jurisdiction()));
		assert!(!jalisco.admits(Some(bmx_primitives::identity::Jurisdiction {
			state: MexicanState::CiudadDeMexico,
			municipality: 15
		})));
		assert!(TenderScope::Federal.admits(None));
	});
}

#[test]
fn a_voter_counts_where_it_lived_when_the_vote_opened() {
	ExtBuilder.build_and_execute(|| {
		// The vote of this Guadalajara tender opens at block 50.
		let id = scored();
		run_to_block(51);
		// Moving in during the vote does not give a vote; moving away does not take it.
		move_person(ZAPOPAN_CITIZEN, Residency::National(GUADALAJARA));
		move_person(CITIZENS[0], Residency::Abroad);
		assert_noop!(
			Tenders::cast_vote(signed(ZAPOPAN_CITIZEN), id, 0),
			Error::<Test>::OutsideJurisdiction
		);
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0));
	});
}

#[test]
fn a_state_tender_admits_the_whole_state() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		let id = create_with(TenderScope::State(MexicanState::Jalisco), SCHEDULE);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		run_to_block(50);
		assert_ok!(Tenders::cast_vote(signed(ZAPOPAN_CITIZEN), id, 0));
		assert_noop!(
			Tenders::cast_vote(signed(CDMX_CITIZEN), id, 0),
			Error::<Test>::OutsideJurisdiction
		);
	});
}

#[test]
fn cast_vote_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(GAMMA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		run_to_block(49);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0), Error::<Test>::VoteNotOpen);
		run_to_block(50);
		assert_noop!(Tenders::cast_vote(signed(OUTSIDER), id, 0), Error::<Test>::NotPerson);
		assert_noop!(Tenders::cast_vote(signed(MINOR), id, 0), Error::<Test>::NotAdult);
		// GAMMA's bid was never revealed; there is no bid 2.
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1), Error::<Test>::BidNotFound);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 2), Error::<Test>::BidNotFound);
		run_to_block(60);
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0), Error::<Test>::VoteClosed);
	});
}

#[test]
fn cast_vote_needs_a_signed_origin_and_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::cast_vote(origin, id, 0), BadOrigin);
		}
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), 9, 0), Error::<Test>::TenderNotFound);
		let draft = create();
		assert_noop!(
			Tenders::cast_vote(signed(CITIZENS[0]), draft, 0),
			Error::<Test>::NotPublished
		);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_noop!(Tenders::cast_vote(signed(CITIZENS[0]), id, 0), Error::<Test>::NotPublished);
		assert_eq!(Votes::<Test>::iter_prefix(id).count(), 0);
	});
}

// The vote is feeless only when it would count.

fn is_feeless(voter: u64, tender_id: crate::TenderId, bid_index: crate::BidIndex) -> bool {
	use frame_support::dispatch::CheckIfFeeless;
	let call = crate::Call::<Test>::cast_vote { tender_id, bid_index };
	call.is_feeless(&signed(voter))
}

#[test]
fn a_vote_that_counts_is_feeless_and_any_other_is_charged() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		// Before the vote opens: charged.
		assert!(!is_feeless(CITIZENS[0], id, 1));
		run_to_block(50);
		assert!(is_feeless(CITIZENS[0], id, 1));
		// An account that is not a verified person cannot vote for free (nor at all).
		assert!(!is_feeless(99, id, 1));
		// Out of the tender's scope: charged.
		assert!(!is_feeless(CDMX_CITIZEN, id, 1));
		// A bid that does not exist: charged.
		assert!(!is_feeless(CITIZENS[0], id, 9));
		// A none origin is never feeless.
		let call = crate::Call::<Test>::cast_vote { tender_id: id, bid_index: 1 };
		assert!(!frame_support::dispatch::CheckIfFeeless::is_feeless(
			&call,
			&RuntimeOrigin::none()
		));
		// After voting, a second vote is charged: one free vote per person and tender.
		assert_ok!(Tenders::cast_vote(signed(CITIZENS[0]), id, 1));
		assert!(!is_feeless(CITIZENS[0], id, 0));
	});
}
