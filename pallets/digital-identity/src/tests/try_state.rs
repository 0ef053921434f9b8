//! The invariants: `do_try_state` detects each kind of corruption.

use super::*;

// Invariants.

#[test]
fn try_state_detects_a_person_key_pointing_elsewhere() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		verify(11, key(2));
		assert_ok!(DigitalIdentity::do_try_state());
		PersonKeys::<Test>::insert(key(1), PersonKeyState::Bound(11));
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a person whose key does not point back to it".into())
		);
	});
}

#[test]
fn try_state_detects_two_keys_for_one_person() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::do_try_state());
		PersonKeys::<Test>::insert(key(2), PersonKeyState::Bound(10));
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a bound person key whose account does not hold it".into())
		);
	});
}

#[test]
fn try_state_detects_an_organisation_key_of_no_organisation() {
	ExtBuilder::default().build().execute_with(|| {
		verify_org(20, org_key(1), &[]);
		assert_ok!(DigitalIdentity::do_try_state());
		OrganisationKeys::<Test>::insert(org_key(2), 20);
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("organisation keys of no organisation".into())
		);
	});
}

#[test]
fn try_state_detects_a_wrong_credential_count() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::do_try_state());
		CredentialTypes::<Test>::mutate(EVALUATOR, |t| {
			if let Some(info) = t {
				info.records = 2;
			}
		});
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("credential records count out of step".into())
		);
	});
}

#[test]
fn try_state_detects_a_credential_of_an_unidentified_subject() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		issue(10, EVALUATOR, None);
		assert_ok!(DigitalIdentity::do_try_state());
		Persons::<Test>::remove(10);
		PersonKeys::<Test>::insert(key(1), PersonKeyState::Cleared);
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a credential of an unidentified subject".into())
		);
	});
}

#[test]
fn try_state_detects_a_certificate_bound_twice() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		verify(11, key(2));
		bind(10, cert(1));
		bind(11, cert(2));
		assert_ok!(DigitalIdentity::do_try_state());
		Efirmas::<Test>::mutate(11, |b| {
			if let Some(binding) = b {
				binding.certificate = cert(1);
			}
		});
		assert_eq!(
			DigitalIdentity::do_try_state(),
			Err("a binding whose certificate names another holder".into())
		);
	});
}

#[test]
fn try_state_detects_a_signer_twice_on_a_document() {
	ExtBuilder::default().build().execute_with(|| {
		verify(10, key(1));
		bind(10, cert(1));
		sign(10, DOC, b"Contrato");
		assert_ok!(DigitalIdentity::do_try_state());
		Signatures::<Test>::mutate(DOC, |acts| {
			let copy = acts.first().cloned().expect("one act");
			acts.try_push(copy).expect("room for a second signer");
		});
		assert_eq!(DigitalIdentity::do_try_state(), Err("a signer twice on one document".into()));
	});
}
