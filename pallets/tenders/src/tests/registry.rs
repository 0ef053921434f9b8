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
