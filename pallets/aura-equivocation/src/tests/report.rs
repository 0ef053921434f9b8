//! The signed report: an equivocation proven against its key-owner proof is reported once, for
//! free; a bad key-owner proof, a duplicate or a wrong origin is refused and reports nothing.

use super::*;
use sp_runtime::Perbill;

#[test]
fn a_valid_equivocation_is_reported_once_and_for_free() {
	ExtBuilder::default().build_and_execute(|| {
		let post_info = report(5, equivocation(1, SLOT)).expect("the report is accepted");
		assert_eq!(post_info.pays_fee, Pays::No);

		assert_eq!(
			events(),
			vec![Event::EquivocationReported {
				offender: key(1),
				slot: SLOT.into(),
				session_index: SESSION,
				reporter: Some(5),
			}]
		);
		assert_eq!(offence_events(), 1);
		// (3 * 1 / 4)^2 of validator 1, reported by 5, in the proof's session.
		let fraction = Perbill::from_rational(3u32, VALIDATORS).square();
		assert_eq!(HandledOffences::get(), vec![(vec![(1, vec![5])], vec![fraction], SESSION)]);
	});
}

#[test]
fn a_second_report_of_the_same_equivocation_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(report(5, equivocation(1, SLOT)));
		let handled = HandledOffences::get();

		assert_noop!(report(6, equivocation(1, SLOT)), Error::<Test>::AlreadyReported);
		// Other headers of the same offender for the same slot are the same offence.
		let mut other_headers = equivocation(1, SLOT);
		other_headers.first_header = seal(header(11, SLOT, 3), &pair(1));
		assert_noop!(report(6, other_headers), Error::<Test>::AlreadyReported);
		assert_eq!(HandledOffences::get(), handled);
	});
}

#[test]
fn the_same_offender_at_another_slot_is_another_offence() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(report(5, equivocation(1, SLOT)));
		assert_ok!(report(5, equivocation(1, SLOT + 1)));
		assert_eq!(HandledOffences::get().len(), 2);
		assert_eq!(offence_events(), 2);
	});
}

#[test]
fn a_key_owner_proof_of_another_key_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let key_owner_proof = prove(&key(2));
		assert_noop!(
			report_with(5, equivocation(1, SLOT), key_owner_proof),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert_nothing_reported();
	});
}

#[test]
fn a_key_owner_proof_of_a_session_without_the_key_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let mut key_owner_proof = prove(&key(1));
		key_owner_proof.session = SESSION + 1;
		assert_noop!(
			report_with(5, equivocation(1, SLOT), key_owner_proof),
			Error::<Test>::InvalidKeyOwnershipProof
		);
		assert_nothing_reported();
	});
}

#[test]
fn an_equivocation_by_a_key_no_validator_held_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Key 9 signed two headers, but no validator held it.
		assert_noop!(report(5, equivocation(9, SLOT)), Error::<Test>::InvalidKeyOwnershipProof);
		assert_nothing_reported();
	});
}

#[test]
fn a_refused_report_pays_its_fee() {
	ExtBuilder::default().build_and_execute(|| {
		let mut proof = equivocation(1, SLOT);
		proof.second_header = proof.first_header.clone();
		let refusal = report(5, proof).expect_err("the same header twice is refused");
		assert_eq!(refusal.post_info.pays_fee, Pays::Yes);
	});
}

#[test]
fn a_report_needs_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::none(),
				Box::new(equivocation(1, SLOT)),
				prove(&key(1)),
			),
			BadOrigin
		);
		assert_noop!(
			AuraEquivocation::report_equivocation(
				RuntimeOrigin::root(),
				Box::new(equivocation(1, SLOT)),
				prove(&key(1)),
			),
			BadOrigin
		);
		assert_nothing_reported();
	});
}
