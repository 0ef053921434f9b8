use super::*;

fn file(who: u64) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::file_notice(RuntimeOrigin::signed(who), FOLIO, doc(3))
}

#[test]
fn file_notice_works() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(file(NOTARY));
		let notice = Notices::<Test>::get(FOLIO).expect("filed");
		assert_eq!(notice.number, 0);
		assert_eq!(notice.expires_at, 1 + NOTICE_PERIOD);
		assert_eq!(NextEntryNumber::<Test>::get(), 1);
		assert_eq!(
			last_event(),
			Event::NoticeFiled { folio: FOLIO, number: 0, notary: NOTARY, expires_at: 11 }
		);
	});
}

#[test]
fn file_notice_fails_for_a_non_notary_a_missing_folio_or_a_live_notice() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(file(AUTHORITY), Error::<Test>::NotNotary);
		assert_noop!(file(ANYONE), Error::<Test>::NotNotary);
		assert_noop!(
			PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), 9, doc(3)),
			Error::<Test>::FolioNotFound
		);
		assert_ok!(file(NOTARY));
		assert_noop!(file(OTHER_NOTARY), Error::<Test>::NoticeAlreadyFiled);
		assert_noop!(
			PropertyRegistry::file_notice(RuntimeOrigin::none(), FOLIO, doc(3)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_expired_notice_is_replaced() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(file(NOTARY));
		run_to(1 + NOTICE_PERIOD);
		assert_ok!(file(OTHER_NOTARY));
		let notice = Notices::<Test>::get(FOLIO).expect("filed");
		assert_eq!((notice.notary, notice.number), (OTHER_NOTARY, 1));
	});
}

#[test]
fn withdraw_notice_works() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(file(NOTARY));
		assert_noop!(
			PropertyRegistry::withdraw_notice(RuntimeOrigin::signed(OTHER_NOTARY), FOLIO),
			Error::<Test>::NoPermission
		);
		assert_ok!(PropertyRegistry::withdraw_notice(RuntimeOrigin::signed(NOTARY), FOLIO));
		assert!(Notices::<Test>::get(FOLIO).is_none());
		assert_eq!(last_event(), Event::NoticeWithdrawn { folio: FOLIO, number: 0 });
		assert_noop!(
			PropertyRegistry::withdraw_notice(RuntimeOrigin::signed(NOTARY), FOLIO),
			Error::<Test>::NoticeNotFound
		);
	});
}

#[test]
fn remove_expired_notice_works_only_after_expiry() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::remove_expired_notice(RuntimeOrigin::signed(ANYONE), FOLIO),
			Error::<Test>::NoticeNotFound
		);
		assert_ok!(file(NOTARY));
		run_to(NOTICE_PERIOD);
		assert_noop!(
			PropertyRegistry::remove_expired_notice(RuntimeOrigin::signed(ANYONE), FOLIO),
			Error::<Test>::NotExpired
		);
		run_to(1 + NOTICE_PERIOD);
		assert_ok!(PropertyRegistry::remove_expired_notice(RuntimeOrigin::signed(ANYONE), FOLIO));
		assert!(Notices::<Test>::get(FOLIO).is_none());
		assert_eq!(last_event(), Event::NoticeExpired { folio: FOLIO, number: 0 });
	});
}

#[test]
fn notice_calls_need_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(file(NOTARY));
		assert_noop!(
			PropertyRegistry::withdraw_notice(RuntimeOrigin::none(), FOLIO),
			DispatchError::BadOrigin
		);
		run_to(1 + NOTICE_PERIOD);
		assert_noop!(
			PropertyRegistry::remove_expired_notice(RuntimeOrigin::none(), FOLIO),
			DispatchError::BadOrigin
		);
	});
}
