use super::*;

#[test]
fn a_certificate_of_freedom_is_issued() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		assert_eq!(certificate.folio, FOLIO);
		assert_eq!(certificate.at, 1);
		assert_eq!(certificate.owners.into_inner(), vec![SELLER]);
		assert!(certificate.encumbrances.is_empty());
		assert_eq!(certificate.pending, 0);
		assert_eq!(
			last_event(),
			Event::CertificateIssued { certificate: 0, folio: FOLIO, free: true }
		);
	});
}

#[test]
fn a_certificate_states_encumbrances_and_pending_entries() {
	ExtBuilder::default().build_and_execute(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		assert_eq!(certificate.encumbrances.len(), 1);
		assert_eq!(certificate.pending, 1);
		assert_eq!(
			last_event(),
			Event::CertificateIssued { certificate: 0, folio: FOLIO, free: false }
		);
	});
}

#[test]
fn issue_certificate_fails_for_a_missing_folio_or_unsigned() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), 9),
			Error::<Test>::FolioNotFound
		);
		assert_noop!(
			PropertyRegistry::issue_certificate(RuntimeOrigin::none(), FOLIO),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn history_lists_every_entry_in_order() {
	ExtBuilder::default().build_and_execute(|| {
		for _ in 0..12 {
			let entry = present(NOTARY, purchase(&[SELLER], &[SELLER]), false);
			assert_ok!(inscribe(entry));
		}
		let numbers: Vec<_> =
			PropertyRegistry::history_of(FOLIO).into_iter().map(|(n, _)| n).collect();
		assert_eq!(numbers, (0..12).collect::<Vec<_>>());
		assert!(PropertyRegistry::history_of(9).is_empty());
	});
}
