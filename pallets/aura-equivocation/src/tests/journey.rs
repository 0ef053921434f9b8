//! A whole report, as it happens on the network: two validators author two blocks each for the
//! same slot; one account reports the first, a late reporter is refused, the second
//! equivocation is reported too and `Offences` hands both offenders on together.

use super::*;
use frame_support::traits::KeyOwnerProofSystem;
use sp_application_crypto::RuntimeAppPublic;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::Perbill;

#[test]
fn two_equivocations_in_one_slot_are_reported_and_handed_on_together() {
	ExtBuilder::default().build_and_execute(|| {
		// Validator 1 equivocates; account 5 holds both headers and fetches the key-owner proof.
		let first = equivocation(1, SLOT);
		let key_owner_proof =
			MockKeyOwners::prove((AuraId::ID, key(1))).expect("validator 1 holds the key");
		assert_ok!(report_with(5, first.clone(), key_owner_proof));
		assert_eq!(HandledOffences::get().len(), 1);

		// A late reporter of the same equivocation is refused.
		assert_noop!(report(6, first), Error::<Test>::AlreadyReported);

		// Validator 2 equivocates in the same slot: a concurrent offence, both offenders are
		// handed on with the heavier fraction (3 * 2 / 4)^2, capped at 1.
		System::set_block_number(2);
		assert_ok!(report(6, equivocation(2, SLOT)));
		let handled = HandledOffences::get();
		assert_eq!(handled.len(), 2);
		assert_eq!(
			handled[1],
			(vec![(1, vec![5]), (2, vec![6])], vec![Perbill::one(), Perbill::one()], SESSION)
		);
		assert_eq!(
			events(),
			vec![
				Event::EquivocationReported {
					offender: key(1),
					slot: SLOT.into(),
					session_index: SESSION,
					reporter: Some(5),
				},
				Event::EquivocationReported {
					offender: key(2),
					slot: SLOT.into(),
					session_index: SESSION,
					reporter: Some(6),
				},
			]
		);
	});
}
