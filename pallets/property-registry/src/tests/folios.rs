use super::*;

fn key(bytes: &[u8]) -> CadastralKeyOf<Test> {
	bytes.to_vec().try_into().expect("short key")
}

fn open(
	who: u64,
	cadastral_key: &[u8],
	location: Jurisdiction,
	parties: &[PartyKey],
) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::open_folio(
		RuntimeOrigin::signed(who),
		key(cadastral_key),
		location,
		1_000,
		owners(parties),
		doc(2),
	)
}

#[test]
fn open_folio_works() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(open(OTHER_REGISTRAR, b"Z-77", ZAPOPAN, &[BUYER, BANK]));
		let folio = Folios::<Test>::get(1).expect("folio 1 opened");
		assert_eq!(folio.office, 1);
		assert_eq!(folio.owners.into_inner(), vec![BUYER, BANK]);
		assert!(folio.encumbrances.is_empty());
		assert_eq!(FolioOfCadastralKey::<Test>::get(key(b"Z-77")), Some(1));
		assert_eq!(NextFolioId::<Test>::get(), 2);
		assert_eq!(
			last_event(),
			Event::FolioOpened {
				folio: 1,
				office: 1,
				registrar: OTHER_REGISTRAR,
				document: doc(2)
			}
		);
	});
}

#[test]
fn open_folio_needs_a_registrar() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(open(NOTARY, b"Z-77", ZAPOPAN, &[BUYER]), Error::<Test>::NotRegistrar);
		assert_noop!(
			PropertyRegistry::open_folio(
				RuntimeOrigin::none(),
				key(b"Z-77"),
				ZAPOPAN,
				1,
				owners(&[BUYER]),
				doc(2)
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn open_folio_rejects_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(open(REGISTRAR, b"", GUADALAJARA, &[BUYER]), Error::<Test>::EmptyCadastralKey);
		assert_noop!(
			open(REGISTRAR, b"D65-001", GUADALAJARA, &[BUYER]),
			Error::<Test>::CadastralKeyTaken
		);
		let bad = Jurisdiction { municipality: 1_000, ..GUADALAJARA };
		assert_noop!(open(REGISTRAR, b"X", bad, &[BUYER]), Error::<Test>::InvalidJurisdiction);
		assert_noop!(open(REGISTRAR, b"X", GUADALAJARA, &[]), Error::<Test>::NoOwners);
		assert_noop!(
			open(REGISTRAR, b"X", GUADALAJARA, &[BUYER, BANK, BUYER]),
			Error::<Test>::DuplicateOwner
		);
	});
}
