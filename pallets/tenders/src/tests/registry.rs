//! Buyer units and suppliers: `register_buyer_unit`, `set_buyer_officials`,
//! `register_supplier`, `approve_supplier`, `reject_supplier`.

use super::*;

// register_buyer_unit, set_buyer_officials

#[test]
fn register_buyer_unit_works() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(buyer_unit(), 0);
		assert_eq!(
			last_event(),
			Event::BuyerUnitRegistered {
				buyer_unit: 0,
				name: title(b"IMSS Jalisco"),
				officials: vec![OFFICIAL, OTHER_OFFICIAL].try_into().unwrap(),
			}
		);
		assert_eq!(buyer_unit(), 1);
		assert!(BuyerUnits::<Test>::get(1).is_some());
	});
}

#[test]
fn register_buyer_unit_fails() {
	ExtBuilder.build_and_execute(|| {
		let officials = || -> crate::OfficialsOf<Test> { vec![OFFICIAL].try_into().unwrap() };
		assert_noop!(
			Tenders::register_buyer_unit(signed(OFFICIAL), title(b"IMSS"), officials()),
			BadOrigin
		);
		assert_noop!(
			Tenders::register_buyer_unit(signed(BUYER_REGISTRY), title(b""), officials()),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			Tenders::register_buyer_unit(
				signed(BUYER_REGISTRY),
				title(b"IMSS"),
				Default::default()
			),
			Error::<Test>::EmptyOfficials
		);
		assert_noop!(
			Tenders::register_buyer_unit(
				signed(BUYER_REGISTRY),
				title(b"IMSS"),
				vec![OFFICIAL, OFFICIAL].try_into().unwrap()
			),
			Error::<Test>::DuplicateOfficial
		);
	});
}

#[test]
fn set_buyer_officials_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		let officials: crate::OfficialsOf<Test> = vec![OTHER_OFFICIAL, 3].try_into().unwrap();
		assert_noop!(
			Tenders::set_buyer_officials(signed(OFFICIAL), 0, officials.clone()),
			BadOrigin
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 5, officials.clone()),
			Error::<Test>::BuyerUnitNotFound
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, Default::default()),
			Error::<Test>::EmptyOfficials
		);
		assert_noop!(
			Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, vec![3, 3].try_into().unwrap()),
			Error::<Test>::DuplicateOfficial
		);
		assert_ok!(Tenders::set_buyer_officials(signed(BUYER_REGISTRY), 0, officials.clone()));
		assert_eq!(last_event(), Event::BuyerOfficialsSet { buyer_unit: 0, officials });
		assert!(!Tenders::is_official(0, &OFFICIAL));
		assert!(Tenders::is_official(0, &3));
	});
}

// register_supplier, approve_supplier, reject_supplier

#[test]
fn register_supplier_works_and_fails() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Tenders::register_supplier(signed(CITIZENS[0]), DOC),
			Error::<Test>::NotOrganisation
		);
		assert_ok!(Tenders::register_supplier(signed(ACME), DOC));
		assert_eq!(
			last_event(),
			Event::SupplierRegistered {
				supplier: ACME,
				organisation_key: H256::from_low_u64_be(ACME),
				document: DOC,
			}
		);
		assert_eq!(Suppliers::<Test>::get(ACME).unwrap().status, SupplierStatus::Pending);
		assert_noop!(Tenders::register_supplier(signed(ACME), DOC), Error::<Test>::AlreadySupplier);
	});
}

#[test]
fn approve_and_reject_supplier_work_and_fail() {
	ExtBuilder.build_and_execute(|| {
		let reason = H256::repeat_byte(0x77);
		assert_noop!(
			Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::NotSupplier
		);
		assert_noop!(
			Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::NotSupplier
		);
		assert_ok!(Tenders::register_supplier(signed(ACME), DOC));
		assert_noop!(Tenders::approve_supplier(signed(ACME), ACME, reason), BadOrigin);
		assert_noop!(Tenders::reject_supplier(signed(ACME), ACME, reason), BadOrigin);
		assert_ok!(Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		assert_eq!(last_event(), Event::SupplierRejected { supplier: ACME, reason });
		assert_noop!(
			Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::AlreadyRejected
		);
		assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		assert_eq!(last_event(), Event::SupplierApproved { supplier: ACME, reason });
		assert_eq!(
			Suppliers::<Test>::get(ACME).unwrap().status,
			SupplierStatus::Approved { reason }
		);
		assert_noop!(
			Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, reason),
			Error::<Test>::AlreadyApproved
		);
		// Withdrawing the approval stops the supplier from bidding.
		assert_ok!(Tenders::reject_supplier(signed(SUPPLIER_REGISTRY), ACME, reason));
		buyer_unit();
		let id = create();
		run_to_block(2);
		assert_ok!(Tenders::publish_tender(signed(OFFICIAL), id));
		assert_noop!(
			Tenders::ask_question(signed(ACME), id, DOC),
			Error::<Test>::SupplierNotApproved
		);
	});
}

#[test]
fn register_supplier_needs_a_signed_origin() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(Tenders::register_supplier(RuntimeOrigin::none(), DOC), BadOrigin);
		assert_noop!(Tenders::register_supplier(RuntimeOrigin::root(), DOC), BadOrigin);
		assert!(Suppliers::<Test>::iter().next().is_none());
	});
}

#[test]
fn registry_calls_refuse_root_and_unsigned_origins() {
	ExtBuilder.build_and_execute(|| {
		buyer_unit();
		assert_ok!(Tenders::register_supplier(signed(ACME), DOC));
		let officials: crate::OfficialsOf<Test> = vec![3].try_into().unwrap();
		// The mock's registries are accounts: root is not one of them.
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none(), signed(SUPPLIER_REGISTRY)] {
			assert_noop!(
				Tenders::register_buyer_unit(origin.clone(), title(b"IMSS"), officials.clone()),
				BadOrigin
			);
			assert_noop!(
				Tenders::set_buyer_officials(origin.clone(), 0, officials.clone()),
				BadOrigin
			);
		}
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::none(), signed(BUYER_REGISTRY)] {
			assert_noop!(Tenders::approve_supplier(origin.clone(), ACME, DOC), BadOrigin);
			assert_noop!(Tenders::reject_supplier(origin, ACME, DOC), BadOrigin);
		}
	});
}

#[test]
fn register_buyer_unit_refuses_when_ids_are_exhausted() {
	ExtBuilder.build_and_execute(|| {
		crate::NextBuyerUnitId::<Test>::put(u32::MAX);
		assert_noop!(
			Tenders::register_buyer_unit(
				RuntimeOrigin::signed(BUYER_REGISTRY),
				title(b"IMSS Jalisco"),
				vec![OFFICIAL].try_into().unwrap()
			),
			Error::<Test>::IdsExhausted
		);
	});
}

// suppliers are organisations

#[test]
fn a_revoked_organisation_neither_asks_nor_bids() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		let organisation_key = TestIdentity::organisation_key(&ACME).expect("verified");
		revoke_organisation(ACME);
		// Checked at every use, before the identity pallet's hook says anything.
		run_to_block(10);
		assert_noop!(
			Tenders::submit_bid(signed(ACME), id, commitment_of(ACME, id, &ACME_OFFER)),
			Error::<Test>::SupplierIdentityEnded
		);
		// The hook suspends the registration.
		<Tenders as IdentityHooks<u64>>::on_organisation_revoked(&ACME, &organisation_key);
		assert_eq!(last_event(), Event::SupplierSuspended { supplier: ACME, organisation_key });
		assert_eq!(Suppliers::<Test>::get(ACME).map(|s| s.status), Some(SupplierStatus::Suspended));
		assert_noop!(
			Tenders::submit_bid(signed(ACME), id, commitment_of(ACME, id, &ACME_OFFER)),
			Error::<Test>::SupplierSuspended
		);
		// The registry cannot approve it while its account is not the organisation.
		assert_noop!(
			Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), ACME, DOC),
			Error::<Test>::SupplierIdentityEnded
		);
		// A second revocation changes nothing.
		<Tenders as IdentityHooks<u64>>::on_organisation_revoked(&ACME, &organisation_key);
		assert_eq!(
			events().iter().filter(|e| matches!(e, Event::SupplierSuspended { .. })).count(),
			1
		);
	});
}

#[test]
fn a_revoked_organisation_asks_no_questions() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		revoke_organisation(ACME);
		assert_noop!(
			Tenders::ask_question(signed(ACME), id, H256::repeat_byte(7)),
			Error::<Test>::SupplierIdentityEnded
		);
	});
}

#[test]
fn an_organisation_that_moves_keeps_one_supplier_account_and_one_bid() {
	ExtBuilder.build_and_execute(|| {
		let id = published();
		run_to_block(10);
		bid(ACME, id, &ACME_OFFER);
		let organisation_key = TestIdentity::organisation_key(&ACME).expect("verified");
		// The company moves to account 60 and registers there: the former registration is
		// suspended, the organisation's supplier account is 60.
		move_organisation(ACME, 60);
		assert_ok!(Tenders::register_supplier(signed(60), DOC));
		assert!(has_event(Event::SupplierSuspended { supplier: ACME, organisation_key }));
		assert_eq!(SupplierOfOrganisation::<Test>::get(organisation_key), Some(60));
		assert_eq!(Suppliers::<Test>::get(ACME).map(|s| s.status), Some(SupplierStatus::Suspended));
		assert_ok!(Tenders::approve_supplier(signed(SUPPLIER_REGISTRY), 60, DOC));
		// It bid on this tender already, from its former account.
		Balances::set_balance(&60, 1_000_000);
		assert_noop!(
			Tenders::submit_bid(signed(60), id, commitment_of(60, id, &BETA_OFFER)),
			Error::<Test>::AlreadyBid
		);
		assert_eq!(Bids::<Test>::get(id).len(), 1);
		assert_eq!(Bids::<Test>::get(id)[0].organisation_key, organisation_key);
	});
}
