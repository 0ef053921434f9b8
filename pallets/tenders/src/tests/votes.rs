//! The citizen vote: `open_citizen_vote`, the ballot it asks the ballot service for, and the
//! votes the `bids` view gives each bid.

use super::*;
use bmx_primitives::identity::Jurisdiction;
use frame_support::dispatch::{DispatchResultWithPostInfo, Pays};

fn open(tender_id: u32) -> DispatchResultWithPostInfo {
	Tenders::open_citizen_vote(signed(OUTSIDER), tender_id)
}

/// Award weights without the citizens' vote: 60% price, 40% technical.
fn without_citizens() -> AwardWeights {
	AwardWeights {
		price: Perbill::from_percent(60),
		technical: Perbill::from_percent(40),
		citizen: Perbill::zero(),
	}
}

// open_citizen_vote

#[test]
fn open_citizen_vote_opens_a_ballot_of_the_tenders_residents() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		let info = open(id).expect("anyone opens the vote from score_reveal_end");
		// Free for whoever opens it.
		assert_eq!((info.actual_weight, info.pays_fee), (None, Pays::No));
		assert_eq!(last_event(), Event::CitizenVoteOpened { tender_id: id, ballot: 0 });
		assert_eq!(CitizenBallots::<Test>::get(id), Some(0));
		assert_eq!(Tenders::citizen_ballot(id), Some(0));
		// The residents of Guadalajara vote among the revealed bids until vote_end; who may vote
		// is fixed at the opening.
		assert_eq!(
			MockBallots::get(0),
			Some(MockBallot {
				scope: RingScope::Municipality(GUADALAJARA),
				labels: vec![
					commitment_of(ACME, id, &ACME_OFFER),
					commitment_of(BETA, id, &BETA_OFFER)
				],
				starts: 50,
				ends: SCHEDULE.vote_end,
				tallies: vec![0, 0],
				closed: false,
				cancelled: None,
			})
		);
	});
}

#[test]
fn the_ballots_options_are_the_revealed_bids_in_bid_order() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		// BETA bids first, GAMMA second and never reveals, ACME last.
		run_to_block(10);
		bid(BETA, id, &BETA_OFFER);
		bid(GAMMA, id, &ACME_OFFER);
		bid(ACME, id, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		run_to_block(55);
		assert_ok!(open(id));
		let ballot = MockBallots::get(0).unwrap();
		assert_eq!(
			ballot.labels,
			vec![commitment_of(BETA, id, &BETA_OFFER), commitment_of(ACME, id, &ACME_OFFER)]
		);
		assert_eq!((ballot.starts, ballot.ends), (55, 60));
	});
}

#[test]
fn the_ballots_scope_is_the_tenders_scope() {
	ExtBuilder.build_and_execute(|| {
		let scopes = [
			(TenderScope::Federal, RingScope::National),
			(TenderScope::State(MexicanState::Jalisco), RingScope::State(MexicanState::Jalisco)),
			(
				TenderScope::Municipality(MexicanState::Jalisco, 120),
				RingScope::Municipality(Jurisdiction {
					state: MexicanState::Jalisco,
					municipality: 120,
				}),
			),
		];
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		let ids: Vec<u32> = scopes.iter().map(|(scope, _)| create_with(*scope, SCHEDULE)).collect();
		run_to_block(2);
		for id in ids.iter().copied() {
			assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		}
		run_to_block(10);
		for id in ids.iter().copied() {
			bid(ACME, id, &ACME_OFFER);
			bid(BETA, id, &BETA_OFFER);
		}
		run_to_block(20);
		for id in ids.iter().copied() {
			assert_ok!(reveal(ACME, id, &ACME_OFFER));
			assert_ok!(reveal(BETA, id, &BETA_OFFER));
		}
		run_to_block(50);
		for (ballot, (id, (scope, ring))) in ids.into_iter().zip(scopes).enumerate() {
			assert_eq!(scope.ring_scope(), ring);
			assert_ok!(open(id));
			assert_eq!(CitizenBallots::<Test>::get(id), Some(ballot as u32));
			assert_eq!(MockBallots::get(ballot as u32).map(|b| b.scope), Some(ring));
		}
	});
}

#[test]
fn open_citizen_vote_fails_outside_its_window() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(49);
		assert_noop!(open(id), Error::<Test>::VoteNotOpen);
		run_to_block(60);
		assert_noop!(open(id), Error::<Test>::VoteClosed);
		// A refused call is charged as any other.
		assert_eq!(open(id).unwrap_err().post_info.pays_fee, Pays::Yes);
	});
}

#[test]
fn open_citizen_vote_fails_without_the_citizens_weight() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		let id = create();
		TendersMap::<Test>::mutate(id, |t| t.as_mut().unwrap().weights = without_citizens());
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		run_to_block(50);
		assert_noop!(open(id), Error::<Test>::NoCitizenVote);
	});
}

#[test]
fn open_citizen_vote_needs_two_revealed_bids() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		approved_supplier(BETA);
		// Both bid on both tenders; only ACME reveals, on `one`.
		let none = create();
		let one = create();
		run_to_block(2);
		for id in [none, one] {
			assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		}
		run_to_block(10);
		for id in [none, one] {
			bid(ACME, id, &ACME_OFFER);
			bid(BETA, id, &BETA_OFFER);
		}
		run_to_block(20);
		assert_ok!(reveal(ACME, one, &ACME_OFFER));
		run_to_block(50);
		assert_noop!(open(none), Error::<Test>::TooFewBidsForVote);
		assert_noop!(open(one), Error::<Test>::TooFewBidsForVote);
	});
}

#[test]
fn open_citizen_vote_fails_when_the_scope_has_no_ring_large_enough() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		run_to_block(50);
		MockBallots::unusable(RingScope::Municipality(GUADALAJARA));
		assert_noop!(open(id), sp_runtime::DispatchError::Other("anonymity set too small"));
		assert_eq!(CitizenBallots::<Test>::get(id), None);
	});
}

#[test]
fn open_citizen_vote_opens_one_ballot() {
	ExtBuilder.build_and_execute(|| {
		let id = voted();
		run_to_block(55);
		assert_noop!(open(id), Error::<Test>::CitizenVoteAlreadyOpen);
		assert_eq!(MockBallots::opened(), 1);
	});
}

#[test]
fn open_citizen_vote_needs_a_signed_origin_and_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = scored();
		let draft = create();
		run_to_block(50);
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::open_citizen_vote(origin, id), BadOrigin);
		}
		assert_noop!(open(9), Error::<Test>::TenderNotFound);
		assert_noop!(open(draft), Error::<Test>::NotPublished);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_noop!(open(id), Error::<Test>::NotPublished);
		assert_eq!(MockBallots::opened(), 0);
	});
}

// The `bids` view

#[test]
fn the_bids_view_gives_each_revealed_bid_its_votes() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		approved_supplier(GAMMA);
		// GAMMA bids first and never reveals: ACME and BETA are options 0 and 1.
		run_to_block(10);
		bid(GAMMA, id, &BETA_OFFER);
		bid(ACME, id, &ACME_OFFER);
		bid(BETA, id, &BETA_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		assert_ok!(reveal(BETA, id, &BETA_OFFER));
		let votes = || Tenders::bids(id).iter().map(|b| (b.bid_index, b.votes)).collect::<Vec<_>>();
		// No ballot: no votes.
		assert_eq!(votes(), vec![(1, 0), (2, 0)]);
		run_to_block(50);
		assert_ok!(open(id));
		for option in [1, 0, 1, 1] {
			MockBallots::vote(0, option);
		}
		assert_eq!(votes(), vec![(1, 1), (2, 3)]);
		// A cancelled ballot counts nothing.
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_eq!(votes(), vec![(1, 0), (2, 0)]);
	});
}
