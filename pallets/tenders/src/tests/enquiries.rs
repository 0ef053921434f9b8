//! The junta de aclaraciones: `ask_question`, `answer_question`.

use super::*;

// ask_question, answer_question

#[test]
fn enquiries_work() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		let question = H256::repeat_byte(0x51);
		assert_ok!(Tenders::ask_question(signed(ACME), id, question));
		assert_eq!(
			last_event(),
			Event::QuestionAsked { tender_id: id, index: 0, supplier: ACME, question }
		);
		run_to_block(15);
		let answer = H256::repeat_byte(0x52);
		assert_ok!(Tenders::answer_question(signed(OTHER_OFFICIAL), id, 0, answer));
		assert_eq!(last_event(), Event::QuestionAnswered { tender_id: id, index: 0, answer });
		assert_eq!(Enquiries::<Test>::get(id)[0].answer, Some(answer));
	});
}

#[test]
fn ask_question_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		approved_supplier(ACME);
		Tenders::register_supplier(signed(BETA), DOC).unwrap();
		let id = create();
		assert_noop!(Tenders::ask_question(signed(ACME), id, DOC), Error::<Test>::NotPublished);
		assert_noop!(Tenders::ask_question(signed(ACME), 9, DOC), Error::<Test>::TenderNotFound);
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_noop!(Tenders::ask_question(signed(GAMMA), id, DOC), Error::<Test>::NotSupplier);
		assert_noop!(
			Tenders::ask_question(signed(BETA), id, DOC),
			Error::<Test>::SupplierNotApproved
		);
		// One supplier cannot take every slot (`MaxEnquiriesPerSupplier` is 1 in the mock).
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_noop!(
			Tenders::ask_question(signed(ACME), id, DOC),
			Error::<Test>::TooManyEnquiriesFromSupplier
		);
		approved_supplier(GAMMA);
		assert_ok!(Tenders::ask_question(signed(GAMMA), id, DOC));
		assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), BETA, DOC));
		assert_noop!(Tenders::ask_question(signed(BETA), id, DOC), Error::<Test>::TooManyEnquiries);
		run_to_block(10);
		assert_noop!(Tenders::ask_question(signed(ACME), id, DOC), Error::<Test>::EnquiriesClosed);
	});
}

#[test]
fn answer_question_fails() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_noop!(
			Tenders::answer_question(signed(ACME), id, 0, DOC),
			Error::<Test>::NotOfficial
		);
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 1, DOC),
			Error::<Test>::EnquiryNotFound
		);
		assert_ok!(Tenders::answer_question(signed(OFFICIAL), id, 0, DOC));
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 0, DOC),
			Error::<Test>::AlreadyAnswered
		);
		assert_ok!(Tenders::ask_question(signed(BETA), id, DOC));
		run_to_block(20);
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 1, DOC),
			Error::<Test>::BiddingClosed
		);
	});
}

#[test]
fn enquiries_need_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::ask_question(origin, id, DOC), BadOrigin);
		}
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(Tenders::answer_question(origin, id, 0, DOC), BadOrigin);
		}
		// Neither the supplier that asked nor the registries answer for the buyer unit.
		for who in [ACME, BUYER_REGISTRY, SUPPLIER_REGISTRY] {
			assert_noop!(
				Tenders::answer_question(signed(who), id, 0, DOC),
				Error::<Test>::NotOfficial
			);
		}
	});
}

#[test]
fn answer_question_needs_a_published_tender() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		assert_ok!(Tenders::ask_question(signed(ACME), id, DOC));
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), 9, 0, DOC),
			Error::<Test>::TenderNotFound
		);
		let draft = create();
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), draft, 0, DOC),
			Error::<Test>::NotPublished
		);
		assert_ok!(Tenders::cancel_tender(signed(OFFICIAL), id, DOC));
		assert_noop!(
			Tenders::answer_question(signed(OFFICIAL), id, 0, DOC),
			Error::<Test>::NotPublished
		);
		assert_eq!(Enquiries::<Test>::get(id)[0].answer, None);
	});
}
