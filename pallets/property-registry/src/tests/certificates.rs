use super::*;

#[test]
fn a_certificate_of_freedom_is_issued() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		assert_eq!(certificate.folio, FOLIO);
		assert_eq!(certificate.at, 1);
		assert_eq!(certificate.owners.into_inner(), parties(&[SELLER]));
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
	ExtBuilder.build_and_execute(|| {
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
	ExtBuilder.build_and_execute(|| {
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
	ExtBuilder.build_and_execute(|| {
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

#[test]
fn a_certificate_states_a_live_notice_and_the_last_entry_it_covers() {
	ExtBuilder.build_and_execute(|| {
		present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(PropertyRegistry::file_notice(
			RuntimeOrigin::signed(OTHER_NOTARY),
			FOLIO,
			doc(6)
		));
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		assert_eq!(certificate.notice, Some(1));
		assert_eq!(certificate.as_of_entry, Some(1));
		assert_eq!(certificate.pending, 1);
		// Once the notice expires, a new certificate no longer states it.
		run_to(1 + NOTICE_PERIOD);
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		assert_eq!(Certificates::<Test>::get(1).and_then(|c| c.notice), None);
	});
}

#[test]
fn history_pages_are_bounded_and_continue_where_they_stopped() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..5 {
			let entry = present(NOTARY, purchase(&[SELLER], &[SELLER]), false);
			assert_ok!(inscribe(entry));
		}
		let page = |from, limit| -> Vec<EntryNumber> {
			PropertyRegistry::history_page(FOLIO, from, limit)
				.into_iter()
				.map(|(n, _)| n)
				.collect()
		};
		assert_eq!(page(0, 2), vec![0, 1]);
		assert_eq!(page(2, 2), vec![2, 3]);
		assert_eq!(page(4, 2), vec![4]);
		assert_eq!(page(0, u32::MAX), vec![0, 1, 2, 3, 4]);
	});
}

#[test]
fn the_office_queue_lists_pending_entries_in_priority_order_across_folios() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::open_folio(
			RuntimeOrigin::signed(REGISTRAR),
			GUADALAJARA,
			1,
			owners(&[BUYER]),
			doc(2)
		)); // folio 1, office 0
		assert_ok!(PropertyRegistry::open_folio(
			RuntimeOrigin::signed(OTHER_REGISTRAR),
			ZAPOPAN,
			1,
			owners(&[BUYER]),
			doc(2)
		)); // folio 2, office 1
		let on = |folio, act| {
			assert_ok!(PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				folio,
				act,
				doc(7),
				false
			));
		};
		on(1, purchase(&[BUYER], &[SELLER])); // entry 0
		on(2, purchase(&[BUYER], &[SELLER])); // entry 1, other office
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(6))); // 2
		on(1, purchase(&[BUYER], &[SELLER])); // entry 3
		present(NOTARY, purchase(&[SELLER], &[BUYER]), true); // entry 4, priority 2, folio 0
		assert_eq!(
			PropertyRegistry::office_queue(0, 0, 10),
			vec![(0, 1, 0), (2, FOLIO, 4), (3, 1, 3)]
		);
		assert_eq!(PropertyRegistry::office_queue(0, 1, 1), vec![(2, FOLIO, 4)]);
		assert_eq!(PropertyRegistry::office_queue(1, 0, 10), vec![(1, 2, 1)]);
		assert!(PropertyRegistry::office_queue(7, 0, 10).is_empty());
	});
}
