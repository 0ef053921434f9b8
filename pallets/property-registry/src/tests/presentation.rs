use super::*;

#[test]
fn present_document_works() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_eq!(entry, 0);
		let stored = Entries::<Test>::get(FOLIO, entry).expect("presented");
		assert_eq!(stored.priority, entry);
		assert_eq!(stored.status, EntryStatus::Presented);
		assert_eq!(Pending::<Test>::get(FOLIO).into_inner(), vec![(0, 0)]);
		assert_eq!(
			last_event(),
			Event::DocumentPresented {
				folio: FOLIO,
				entry: 0,
				priority: 0,
				presenter: NOTARY,
				document: doc(7)
			}
		);
		// An authority presents too.
		present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
	});
}

#[test]
fn present_document_needs_a_notary_or_an_authority() {
	ExtBuilder.build_and_execute(|| {
		for origin in [RuntimeOrigin::signed(ANYONE), RuntimeOrigin::signed(REGISTRAR)] {
			assert_noop!(
				PropertyRegistry::present_document(
					origin,
					FOLIO,
					purchase(&[SELLER], &[BUYER]),
					doc(7),
					false
				),
				Error::<Test>::NotPresenter
			);
		}
		assert_noop!(
			PropertyRegistry::present_document(
				RuntimeOrigin::none(),
				FOLIO,
				purchase(&[SELLER], &[BUYER]),
				doc(7),
				false
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn present_document_rejects_bad_acts_and_folios() {
	ExtBuilder.build_and_execute(|| {
		let signed = || RuntimeOrigin::signed(NOTARY);
		assert_noop!(
			PropertyRegistry::present_document(
				signed(),
				9,
				purchase(&[SELLER], &[BUYER]),
				doc(7),
				false
			),
			Error::<Test>::FolioNotFound
		);
		assert_noop!(
			PropertyRegistry::present_document(
				signed(),
				FOLIO,
				purchase(&[SELLER], &[]),
				doc(7),
				false
			),
			Error::<Test>::NoOwners
		);
		assert_noop!(
			PropertyRegistry::present_document(
				signed(),
				FOLIO,
				purchase(&[SELLER], &[BUYER, BUYER]),
				doc(7),
				false
			),
			Error::<Test>::DuplicateOwner
		);
	});
}

#[test]
fn a_document_with_a_notice_takes_its_priority() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(3)));
		let embargo =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		let deed = present(NOTARY, purchase(&[SELLER], &[BUYER]), true);
		assert_eq!((embargo, deed), (1, 2));
		assert_eq!(Entries::<Test>::get(FOLIO, deed).map(|e| e.priority), Some(0));
		assert_eq!(Pending::<Test>::get(FOLIO).into_inner(), vec![(0, 2), (1, 1)]);
		assert!(Notices::<Test>::get(FOLIO).is_none(), "the notice is used");
	});
}

#[test]
fn using_a_notice_fails_without_one_for_another_notary_or_after_expiry() {
	ExtBuilder.build_and_execute(|| {
		let with_notice = |who: u64| {
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(who),
				FOLIO,
				purchase(&[SELLER], &[BUYER]),
				doc(7),
				true,
			)
		};
		assert_noop!(with_notice(NOTARY), Error::<Test>::NoticeNotFound);
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(3)));
		assert_noop!(with_notice(OTHER_NOTARY), Error::<Test>::NoPermission);
		run_to(1 + NOTICE_PERIOD);
		assert_noop!(with_notice(NOTARY), Error::<Test>::NoticeExpired);
	});
}

#[test]
fn present_document_fails_when_the_folio_has_too_many_pending() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..MAX_PENDING {
			present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		}
		assert_noop!(
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				FOLIO,
				purchase(&[SELLER], &[BUYER]),
				doc(7),
				false
			),
			Error::<Test>::TooManyPending
		);
	});
}

#[test]
fn only_an_authority_presents_the_cancellation_of_an_embargo() {
	ExtBuilder.build_and_execute(|| {
		let embargo =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		assert_ok!(inscribe(embargo));
		assert_noop!(
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				FOLIO,
				Act::Cancellation { of: embargo },
				doc(7),
				false
			),
			Error::<Test>::NoPermission
		);
		let cancellation = present(AUTHORITY, Act::Cancellation { of: embargo }, false);
		assert_ok!(inscribe(cancellation));
		assert_eq!(PropertyRegistry::live_encumbrances(FOLIO), Some(vec![]));
	});
}

#[test]
fn a_trust_transfers_to_the_fiduciary() {
	ExtBuilder.build_and_execute(|| {
		let act = Act::Transfer {
			kind: TransferKind::Trust,
			from: owners(&[SELLER]),
			to: owners(&[BANK]),
		};
		let entry = present(NOTARY, act, false);
		assert_ok!(inscribe(entry));
		assert_eq!(folio_owners(), vec![BANK]);
	});
}

#[test]
fn the_parties_of_an_act_must_be_verified_and_are_stored_as_keys() {
	ExtBuilder.build_and_execute(|| {
		let try_present = |act| {
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				FOLIO,
				act,
				doc(7),
				false,
			)
		};
		assert_noop!(
			try_present(purchase(&[SELLER], &[BUYER, UNVERIFIED])),
			Error::<Test>::PartyNotVerified
		);
		assert_noop!(
			try_present(purchase(&[UNVERIFIED], &[BUYER])),
			Error::<Test>::PartyNotVerified
		);
		assert_noop!(
			try_present(encumber(EncumbranceKind::Mortgage, SELLER, UNVERIFIED)),
			Error::<Test>::PartyNotVerified
		);
		assert_noop!(
			try_present(encumber(EncumbranceKind::Mortgage, UNVERIFIED, BANK)),
			Error::<Test>::PartyNotVerified
		);
		// A verified organisation (the bank) is a party as well as a person.
		let entry = present(NOTARY, purchase(&[SELLER], &[BANK, BUYER]), false);
		assert_eq!(
			Entries::<Test>::get(FOLIO, entry).map(|e| e.act),
			Some(Act::Transfer {
				kind: TransferKind::Purchase,
				from: owner_keys(&[SELLER]),
				to: owner_keys(&[BANK, BUYER]),
			})
		);
	});
}

#[test]
fn counters_that_run_out_fail_with_overflow() {
	ExtBuilder.build_and_execute(|| {
		NextEntryNumber::<Test>::put(EntryNumber::MAX);
		assert_noop!(
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				FOLIO,
				purchase(&[SELLER], &[BUYER]),
				doc(7),
				false
			),
			Error::<Test>::Overflow
		);
		assert_noop!(
			PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(6)),
			Error::<Test>::Overflow
		);
		NextFolioId::<Test>::put(FolioId::MAX);
		assert_noop!(
			PropertyRegistry::open_folio(
				RuntimeOrigin::signed(REGISTRAR),
				GUADALAJARA,
				1,
				owners(&[BUYER]),
				doc(2)
			),
			Error::<Test>::Overflow
		);
		NextCertificateId::<Test>::put(CertificateId::MAX);
		assert_noop!(
			PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO),
			Error::<Test>::Overflow
		);
	});
}
