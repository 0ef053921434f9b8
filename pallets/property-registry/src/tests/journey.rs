//! The journeys of issue 17 (property side).

use super::*;

#[test]
fn a_purchase_with_a_notice_keeps_its_priority_against_a_later_embargo() {
	ExtBuilder.build_and_execute(|| {
		// The notary is about to sign the deed: it reserves priority.
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(3)));
		// A court orders an embargo against the seller, presented before the deed.
		run_to(3);
		let embargo =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		assert_noop!(inscribe(embargo), Error::<Test>::PriorityReserved);
		// The deed is presented within the notice's period and takes its priority.
		run_to(6);
		let deed = present(NOTARY, purchase(&[SELLER], &[BUYER]), true);
		assert_noop!(inscribe(embargo), Error::<Test>::NotFirstInPriority);
		assert_ok!(inscribe(deed));
		assert_eq!(folio_owners(), vec![BUYER]);
		// The seller is no longer the owner: the embargo against the seller is denied.
		assert_noop!(inscribe(embargo), Error::<Test>::NotCurrentOwner);
		assert_ok!(PropertyRegistry::deny_entry(
			RuntimeOrigin::signed(REGISTRAR),
			FOLIO,
			embargo,
			doc(9)
		));
		assert_eq!(PropertyRegistry::live_encumbrances(FOLIO), Some(vec![]));
	});
}

#[test]
fn a_mortgage_is_inscribed_then_cancelled() {
	ExtBuilder.build_and_execute(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		assert_eq!(PropertyRegistry::live_encumbrances(FOLIO).map(|e| e.len()), Some(1));
		let cancellation = present(NOTARY, Act::Cancellation { of: mortgage }, false);
		assert_ok!(inscribe(cancellation));
		assert_eq!(PropertyRegistry::live_encumbrances(FOLIO), Some(vec![]));
		// Both acts stay in the history.
		let history = PropertyRegistry::history_of(FOLIO);
		assert_eq!(history.len(), 2);
	});
}

#[test]
fn a_transfer_by_a_non_owner_is_denied() {
	ExtBuilder.build_and_execute(|| {
		let transfer = present(NOTARY, purchase(&[BUYER], &[CREDITOR]), false);
		assert_noop!(inscribe(transfer), Error::<Test>::NotCurrentOwner);
		assert_ok!(PropertyRegistry::deny_entry(
			RuntimeOrigin::signed(REGISTRAR),
			FOLIO,
			transfer,
			doc(9)
		));
		assert_eq!(status(transfer), EntryStatus::Denied { reason: doc(9) });
		assert_eq!(folio_owners(), vec![SELLER]);
	});
}

#[test]
fn a_suspended_document_corrected_in_time_and_one_not_corrected() {
	ExtBuilder.build_and_execute(|| {
		let corrected = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		let forgotten =
			present(OTHER_NOTARY, encumber(EncumbranceKind::Easement, SELLER, BUYER), false);
		for entry in [corrected, forgotten] {
			assert_ok!(PropertyRegistry::suspend_entry(
				RuntimeOrigin::signed(REGISTRAR),
				FOLIO,
				entry,
				doc(8)
			));
		}
		run_to(CORRECTION_PERIOD);
		assert_ok!(PropertyRegistry::correct_entry(
			RuntimeOrigin::signed(NOTARY),
			FOLIO,
			corrected,
			doc(6)
		));
		assert_ok!(inscribe(corrected));
		run_to(1 + CORRECTION_PERIOD);
		assert_noop!(
			PropertyRegistry::correct_entry(
				RuntimeOrigin::signed(OTHER_NOTARY),
				FOLIO,
				forgotten,
				doc(6)
			),
			Error::<Test>::CorrectionPeriodOver
		);
		assert_ok!(PropertyRegistry::lapse_entry(RuntimeOrigin::signed(ANYONE), FOLIO, forgotten));
		assert_eq!(status(forgotten), EntryStatus::Lapsed);
		assert_eq!(PropertyRegistry::live_encumbrances(FOLIO).map(|e| e.len()), Some(1));
	});
}

#[test]
fn a_certificate_is_issued_and_checked_against_the_folio() {
	ExtBuilder.build_and_execute(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		run_to(4);
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		// What anyone reads from the folio matches the certificate at its moment.
		assert_eq!(certificate.at, 4);
		assert_eq!(certificate.owners.into_inner(), parties(&folio_owners()));
		assert_eq!(
			Some(certificate.encumbrances.into_inner()),
			PropertyRegistry::live_encumbrances(FOLIO)
		);
		// Later acts do not change an issued certificate.
		let sale = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(inscribe(sale));
		assert_eq!(
			Certificates::<Test>::get(0).map(|c| c.owners.into_inner()),
			Some(parties(&[SELLER]))
		);
	});
}

#[test]
fn a_folio_is_subdivided_a_part_sold_and_two_parts_merged_keeping_the_history() {
	ExtBuilder.build_and_execute(|| {
		// The cadastre already linked folio 0; the seller's history on it stays.
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		let cancel = present(NOTARY, Act::Cancellation { of: mortgage }, false);
		assert_ok!(inscribe(cancel));
		// Lotificación into three lots.
		assert_ok!(PropertyRegistry::subdivide_folio(
			RuntimeOrigin::signed(REGISTRAR),
			FOLIO,
			vec![50_000_000, 100_000_000, 100_000_000].try_into().expect("3 parts"),
			doc(4)
		));
		// The cadastre links each lot; lot 1 keeps the old key.
		for (part, key, cell) in
			[(1u64, &b"D65-001"[..], 0u32), (2, b"D65-001-B", 1), (3, b"D65-001-C", 2)]
		{
			assert_ok!(PropertyRegistry::link_cadastral_key(
				RuntimeOrigin::root(),
				part,
				key.to_vec().try_into().expect("short key"),
				vec![test_cell(cell)].try_into().expect("1 cell")
			));
		}
		// Lot 1 is sold.
		assert_ok!(PropertyRegistry::present_document(
			RuntimeOrigin::signed(NOTARY),
			1,
			purchase(&[SELLER], &[BUYER]),
			doc(7),
			false
		));
		assert_ok!(PropertyRegistry::inscribe_entry(RuntimeOrigin::signed(REGISTRAR), 1, 2));
		assert_eq!(PropertyRegistry::owners_of(1).map(|o| o.into_inner()), Some(parties(&[BUYER])));
		// Lots 2 and 3, still the seller's, are merged again.
		assert_ok!(PropertyRegistry::merge_folios(
			RuntimeOrigin::signed(REGISTRAR),
			vec![2, 3].try_into().expect("2 folios"),
			doc(3)
		));
		let merged = Folios::<Test>::get(4).expect("merged");
		assert_eq!(merged.surface_cm2, 200_000_000);
		assert_eq!(merged.land.into_inner(), vec![test_cell(1), test_cell(2)]);
		// From the merged folio back to the original one, and its history is still there.
		assert_eq!(merged.predecessors.into_inner(), vec![2, 3]);
		let lot = Folios::<Test>::get(2).expect("kept");
		assert_eq!(lot.predecessors.into_inner(), vec![FOLIO]);
		assert_eq!(PropertyRegistry::history_of(FOLIO).len(), 2);
		// A certificate of the merged folio: free, owned by the seller.
		assert_ok!(PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), 4));
		let certificate = Certificates::<Test>::get(0).expect("issued");
		assert_eq!(certificate.owners.into_inner(), parties(&[SELLER]));
		assert!(certificate.encumbrances.is_empty());
	});
}
