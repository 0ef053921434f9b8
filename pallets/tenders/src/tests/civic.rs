//! Social witnesses (testigos sociales) and citizens' comments (voz ciudadana).

use super::*;

/// The social witness of the tests.
const WITNESS: u64 = 50;
/// Another accredited social witness.
const OTHER_WITNESS: u64 = 51;
/// A third.
const THIRD_WITNESS: u64 = 52;

fn accredit_witnesses() {
	for who in [WITNESS, OTHER_WITNESS, THIRD_WITNESS, OFFICIAL] {
		set_credential(who, WITNESS_CREDENTIAL);
	}
}

fn assign(tender_id: u32, witness: u64) -> sp_runtime::DispatchResult {
	Tenders::assign_social_witness(signed(REVIEW), tender_id, witness)
}

#[test]
fn a_large_tender_needs_a_social_witness_to_be_published() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		accredit_witnesses();
		let id = create_with_budget(TenderScope::Federal, SCHEDULE, WITNESS_THRESHOLD);
		assert_noop!(
			Tenders::publish_tender(signed(OFFICIAL), id),
			Error::<Test>::SocialWitnessRequired
		);
		assert_ok!(assign(id, WITNESS));
		assert_eq!(last_event(), Event::SocialWitnessAssigned { tender_id: id, witness: WITNESS });
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		// Below the threshold none is needed.
		let small = create_with_budget(TenderScope::Federal, SCHEDULE, WITNESS_THRESHOLD - 1);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), small));
	});
}

#[test]
fn assign_social_witness_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		accredit_witnesses();
		let id = create();
		assert_noop!(Tenders::assign_social_witness(signed(OFFICIAL), id, WITNESS), BadOrigin);
		assert_noop!(assign(9, WITNESS), Error::<Test>::TenderNotFound);
		assert_noop!(assign(id, OUTSIDER), Error::<Test>::NotSocialWitness);
		// An official of the buyer unit holding the credential is no witness of its tenders.
		assert_noop!(assign(id, OFFICIAL), Error::<Test>::ConflictOfInterest);
		assert_ok!(assign(id, WITNESS));
		assert_noop!(assign(id, WITNESS), Error::<Test>::AlreadyAssigned);
		assert_ok!(assign(id, OTHER_WITNESS));
		assert_noop!(assign(id, THIRD_WITNESS), Error::<Test>::TooManySocialWitnesses);
	});
	ExtBuilder.build_and_execute(|| {
		accredit_witnesses();
		let id = awarded();
		assert_noop!(assign(id, WITNESS), Error::<Test>::AssignmentClosed);
	});
}

#[test]
fn a_social_witness_testifies_once_the_award_is_computed() {
	ExtBuilder.build_and_execute(|| {
		accredit_witnesses();
		buyer_unit();
		let id = create();
		assert_ok!(assign(id, WITNESS));
		let testimony = H256::repeat_byte(0x7e);
		assert_noop!(
			Tenders::file_testimony(signed(WITNESS), id, testimony),
			Error::<Test>::TestimonyNotOpen
		);
		// The rest of the tender's life, as `awarded` drives it (the tender here is the first).
		approved_supplier(ACME);
		approved_supplier(BETA);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		run_to_block(20);
		assert_ok!(reveal(ACME, id, &ACME_OFFER));
		run_to_block(60);
		assert_ok!(Tenders::compute_award(signed(OUTSIDER), id));
		assert_noop!(
			Tenders::file_testimony(signed(OTHER_WITNESS), id, testimony),
			Error::<Test>::NotAssigned
		);
		assert_noop!(
			Tenders::file_testimony(signed(WITNESS), 9, testimony),
			Error::<Test>::TenderNotFound
		);
		assert_ok!(Tenders::file_testimony(signed(WITNESS), id, testimony));
		assert_eq!(
			last_event(),
			Event::TestimonyFiled { tender_id: id, witness: WITNESS, document: testimony }
		);
		assert_eq!(
			Tenders::social_witnesses(id),
			vec![crate::SocialWitness {
				witness: WITNESS,
				assigned_at: 1,
				testimony: Some((testimony, 60))
			}]
		);
		assert_noop!(
			Tenders::file_testimony(signed(WITNESS), id, testimony),
			Error::<Test>::AlreadyTestified
		);
	});
}

#[test]
fn a_witness_that_lost_its_accreditation_does_not_testify() {
	ExtBuilder.build_and_execute(|| {
		accredit_witnesses();
		buyer_unit();
		let id = create();
		assert_ok!(assign(id, WITNESS));
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		revoke_credential(WITNESS);
		assert_noop!(
			Tenders::file_testimony(signed(WITNESS), id, DOC),
			Error::<Test>::NotSocialWitness
		);
	});
}

#[test]
fn verified_persons_comment_once_and_the_buyer_answers() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		let comment = H256::repeat_byte(0xc0);
		assert_ok!(Tenders::comment_on_tender(signed(CITIZENS[0]), id, comment));
		assert_eq!(
			last_event(),
			Event::CommentPosted {
				tender_id: id,
				index: 0,
				author: CITIZENS[0],
				document: comment
			}
		);
		// Anyone verified, wherever it lives: a tender's terms concern everyone.
		assert_ok!(Tenders::comment_on_tender(signed(CDMX_CITIZEN), id, comment));
		assert_noop!(
			Tenders::comment_on_tender(signed(CITIZENS[0]), id, comment),
			Error::<Test>::AlreadyCommented
		);
		assert_noop!(
			Tenders::comment_on_tender(signed(OUTSIDER), id, comment),
			Error::<Test>::NotPerson
		);
		assert_noop!(
			Tenders::comment_on_tender(signed(CITIZENS[1]), 9, comment),
			Error::<Test>::TenderNotFound
		);
		assert_ok!(Tenders::comment_on_tender(signed(CITIZENS[1]), id, comment));
		assert_noop!(
			Tenders::comment_on_tender(signed(CITIZENS[2]), id, comment),
			Error::<Test>::TooManyComments
		);
		let answer = H256::repeat_byte(0xa5);
		assert_noop!(
			Tenders::answer_comment(signed(OUTSIDER), id, 0, answer),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::answer_comment(signed(OFFICIAL), id, 3, answer),
			Error::<Test>::CommentNotFound
		);
		assert_ok!(Tenders::answer_comment(signed(OFFICIAL), id, 0, answer));
		assert_eq!(last_event(), Event::CommentAnswered { tender_id: id, index: 0, answer });
		assert_noop!(
			Tenders::answer_comment(signed(OTHER_OFFICIAL), id, 0, answer),
			Error::<Test>::AlreadyAnswered
		);
		let comments = Tenders::comments(id);
		assert_eq!(comments.len(), 3);
		assert_eq!(comments[0].answer, Some(answer));
		assert_eq!(comments[1].author, CDMX_CITIZEN);
		assert_eq!(Comments::<Test>::get(id, 2).unwrap().posted_at, 2);
		assert!(CommentOfPerson::<Test>::iter_prefix(id).count() == 3);
	});
}

#[test]
fn comments_close_with_the_award_and_are_free_only_when_valid() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let draft = create();
		assert_noop!(
			Tenders::comment_on_tender(signed(CITIZENS[0]), draft, DOC),
			Error::<Test>::CommentsClosed
		);
	});
	ExtBuilder.build_and_execute(|| {
		let id = awarded();
		assert_noop!(
			Tenders::comment_on_tender(signed(CITIZENS[0]), id, DOC),
			Error::<Test>::CommentsClosed
		);
		assert!(Tenders::check_comment(&CITIZENS[0], id).is_err());
	});
	ExtBuilder.build_and_execute(|| {
		use frame_support::dispatch::CheckIfFeeless;
		let id = published();
		let call = crate::Call::<Test>::comment_on_tender { tender_id: id, document: DOC };
		assert!(call.is_feeless(&signed(CITIZENS[0])));
		assert!(!call.is_feeless(&signed(OUTSIDER)));
		assert_ok!(Tenders::comment_on_tender(signed(CITIZENS[0]), id, DOC));
		assert!(!call.is_feeless(&signed(CITIZENS[0])));
	});
}
