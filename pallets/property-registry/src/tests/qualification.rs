use super::*;

fn suspend(entry: EntryNumber) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::suspend_entry(RuntimeOrigin::signed(REGISTRAR), FOLIO, entry, doc(8))
}

fn deny(entry: EntryNumber) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::deny_entry(RuntimeOrigin::signed(REGISTRAR), FOLIO, entry, doc(9))
}

fn correct(who: u64, entry: EntryNumber) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::correct_entry(RuntimeOrigin::signed(who), FOLIO, entry, doc(6))
}

fn lapse(entry: EntryNumber) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::lapse_entry(RuntimeOrigin::signed(ANYONE), FOLIO, entry)
}

#[test]
fn inscribe_transfer_works() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		run_to(3);
		assert_ok!(inscribe(entry));
		assert_eq!(folio_owners(), vec![BUYER]);
		assert_eq!(status(entry), EntryStatus::Inscribed { at: 3 });
		assert!(Pending::<Test>::get(FOLIO).is_empty());
		assert_eq!(
			last_event(),
			Event::EntryInscribed { folio: FOLIO, entry, registrar: REGISTRAR }
		);
	});
}

#[test]
fn inscribe_needs_a_registrar_of_the_folios_office() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		for who in [OTHER_REGISTRAR, NOTARY, ANYONE] {
			assert_noop!(
				PropertyRegistry::inscribe_entry(RuntimeOrigin::signed(who), FOLIO, entry),
				Error::<Test>::NotRegistrar
			);
		}
		assert_noop!(
			PropertyRegistry::inscribe_entry(RuntimeOrigin::none(), FOLIO, entry),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn inscribe_fails_for_missing_or_qualified_entries() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::inscribe_entry(RuntimeOrigin::signed(REGISTRAR), 9, 0),
			Error::<Test>::FolioNotFound
		);
		assert_noop!(inscribe(0), Error::<Test>::EntryNotFound);
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(inscribe(entry));
		assert_noop!(inscribe(entry), Error::<Test>::NotPending);
	});
}

#[test]
fn inscribe_follows_priority() {
	ExtBuilder.build_and_execute(|| {
		let first = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		let second =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		assert_noop!(inscribe(second), Error::<Test>::NotFirstInPriority);
		assert_ok!(inscribe(first));
		assert_ok!(inscribe(second));
	});
}

#[test]
fn a_live_notice_holds_later_entries() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(3)));
		let embargo =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		assert_noop!(inscribe(embargo), Error::<Test>::PriorityReserved);
		run_to(1 + NOTICE_PERIOD);
		assert_ok!(inscribe(embargo));
	});
}

#[test]
fn inscribe_enforces_successive_title() {
	ExtBuilder.build_and_execute(|| {
		let transfer = present(NOTARY, purchase(&[BUYER], &[BANK]), false);
		assert_noop!(inscribe(transfer), Error::<Test>::NotCurrentOwner);
		assert_ok!(deny(transfer));
		// Part of the owners is not all of them.
		let partial = present(NOTARY, purchase(&[SELLER, BUYER], &[BANK]), false);
		assert_noop!(inscribe(partial), Error::<Test>::NotCurrentOwner);
		assert_ok!(deny(partial));
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, BUYER, BANK), false);
		assert_noop!(inscribe(mortgage), Error::<Test>::NotCurrentOwner);
	});
}

#[test]
fn encumbrances_block_nothing_and_stay_visible() {
	ExtBuilder.build_and_execute(|| {
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(inscribe(mortgage));
		let sale = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(inscribe(sale));
		assert_eq!(folio_owners(), vec![BUYER]);
		assert_eq!(
			PropertyRegistry::live_encumbrances(FOLIO),
			Some(vec![Encumbrance {
				entry: mortgage,
				kind: EncumbranceKind::Mortgage,
				beneficiary: party(BANK)
			}])
		);
	});
}

#[test]
fn inscribe_fails_with_too_many_encumbrances_or_a_missing_one_to_cancel() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..MAX_ENCUMBRANCES {
			let entry = present(NOTARY, encumber(EncumbranceKind::Easement, SELLER, BUYER), false);
			assert_ok!(inscribe(entry));
		}
		let one_more = present(NOTARY, encumber(EncumbranceKind::Easement, SELLER, BUYER), false);
		assert_noop!(inscribe(one_more), Error::<Test>::TooManyEncumbrances);
		assert_ok!(deny(one_more));
		let cancel = present(NOTARY, Act::Cancellation { of: 99 }, false);
		assert_noop!(inscribe(cancel), Error::<Test>::EncumbranceNotFound);
	});
}

#[test]
fn suspend_entry_works() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(suspend(entry));
		let deadline = 1 + CORRECTION_PERIOD;
		assert_eq!(status(entry), EntryStatus::Suspended { deadline, reason: doc(8) });
		assert_eq!(
			last_event(),
			Event::EntrySuspended { folio: FOLIO, entry, deadline, reason: doc(8) }
		);
		assert_noop!(suspend(entry), Error::<Test>::Suspended);
		assert_noop!(inscribe(entry), Error::<Test>::Suspended);
		assert_noop!(
			PropertyRegistry::suspend_entry(
				RuntimeOrigin::signed(OTHER_REGISTRAR),
				FOLIO,
				entry,
				doc(8)
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn correct_entry_works_within_the_deadline() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_noop!(correct(NOTARY, entry), Error::<Test>::NotSuspended);
		assert_ok!(suspend(entry));
		assert_noop!(correct(OTHER_NOTARY, entry), Error::<Test>::NoPermission);
		assert_noop!(correct(NOTARY, 42), Error::<Test>::EntryNotFound);
		assert_ok!(correct(NOTARY, entry));
		let stored = Entries::<Test>::get(FOLIO, entry).expect("exists");
		assert_eq!(
			(stored.status, stored.document, stored.priority),
			(EntryStatus::Presented, doc(6), entry)
		);
		assert_eq!(last_event(), Event::EntryCorrected { folio: FOLIO, entry, document: doc(6) });
	});
}

#[test]
fn correct_entry_fails_after_the_deadline() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(suspend(entry));
		run_to(1 + CORRECTION_PERIOD);
		assert_noop!(correct(NOTARY, entry), Error::<Test>::CorrectionPeriodOver);
	});
}

#[test]
fn deny_entry_works() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_noop!(
			PropertyRegistry::deny_entry(RuntimeOrigin::signed(ANYONE), FOLIO, entry, doc(9)),
			Error::<Test>::NotRegistrar
		);
		assert_ok!(deny(entry));
		assert_eq!(status(entry), EntryStatus::Denied { reason: doc(9) });
		assert!(Pending::<Test>::get(FOLIO).is_empty());
		assert_eq!(
			last_event(),
			Event::EntryDenied { folio: FOLIO, entry, registrar: REGISTRAR, reason: doc(9) }
		);
		assert_noop!(deny(entry), Error::<Test>::NotPending);
		assert_eq!(folio_owners(), vec![SELLER]);
	});
}

#[test]
fn lapse_entry_works_after_the_deadline() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_noop!(lapse(entry), Error::<Test>::NotSuspended);
		assert_noop!(lapse(42), Error::<Test>::EntryNotFound);
		assert_ok!(suspend(entry));
		run_to(CORRECTION_PERIOD);
		assert_noop!(lapse(entry), Error::<Test>::CorrectionPeriodNotOver);
		run_to(1 + CORRECTION_PERIOD);
		assert_ok!(lapse(entry));
		assert_eq!(status(entry), EntryStatus::Lapsed);
		assert!(Pending::<Test>::get(FOLIO).is_empty());
		assert_eq!(last_event(), Event::EntryLapsed { folio: FOLIO, entry });
		assert_noop!(
			PropertyRegistry::lapse_entry(RuntimeOrigin::none(), FOLIO, entry),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn correct_entry_needs_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		let entry = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(suspend(entry));
		assert_noop!(
			PropertyRegistry::correct_entry(RuntimeOrigin::none(), FOLIO, entry, doc(6)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_denied_suspended_entry_leaves_the_queue() {
	ExtBuilder.build_and_execute(|| {
		let first = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		let second = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_ok!(suspend(first));
		assert_noop!(inscribe(second), Error::<Test>::NotFirstInPriority);
		assert_ok!(deny(first));
		assert_ok!(inscribe(second));
	});
}
