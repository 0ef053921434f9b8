use super::*;

fn key(bytes: &[u8]) -> CadastralKeyOf<Test> {
	bytes.to_vec().try_into().expect("short key")
}

fn open(
	who: u64,
	location: Jurisdiction,
	accounts: &[u64],
) -> frame_support::dispatch::DispatchResult {
	PropertyRegistry::open_folio(
		RuntimeOrigin::signed(who),
		location,
		1_000,
		owners(accounts),
		doc(2),
	)
}

fn land(cells: &[u32]) -> LandOf<Test> {
	cells
		.iter()
		.copied()
		.map(test_cell)
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxCells")
}

fn link(folio: FolioId, bytes: &[u8]) -> frame_support::dispatch::DispatchResultWithPostInfo {
	PropertyRegistry::link_cadastral_key(RuntimeOrigin::root(), folio, key(bytes), land(&[5]))
}

fn links(folios: &[FolioId]) -> FolioLinksOf<Test> {
	folios.to_vec().try_into().expect("at most MaxLinks")
}

fn surfaces(parts: &[u64]) -> SurfacesOf<Test> {
	parts.to_vec().try_into().expect("at most MaxLinks")
}

/// Open folio 1 in office 0, owned by SELLER, 1_000 cm².
fn open_second() {
	assert_ok!(open(REGISTRAR, GUADALAJARA, &[SELLER]));
}

fn merge(who: u64, folios: &[FolioId]) -> frame_support::dispatch::DispatchResultWithPostInfo {
	PropertyRegistry::merge_folios(RuntimeOrigin::signed(who), links(folios), doc(3))
}

fn subdivide(
	who: u64,
	folio: FolioId,
	parts: &[u64],
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	PropertyRegistry::subdivide_folio(RuntimeOrigin::signed(who), folio, surfaces(parts), doc(4))
}

#[test]
fn open_folio_works() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(open(OTHER_REGISTRAR, ZAPOPAN, &[BUYER, BANK]));
		let folio = Folios::<Test>::get(1).expect("folio 1 opened");
		assert_eq!(folio.office, 1);
		assert_eq!(folio.owners.into_inner(), parties(&[BUYER, BANK]));
		assert!(folio.encumbrances.is_empty());
		assert_eq!(folio.cadastral_key, None);
		assert_eq!(folio.status, FolioStatus::Open);
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
	ExtBuilder.build_and_execute(|| {
		assert_noop!(open(NOTARY, ZAPOPAN, &[BUYER]), Error::<Test>::NotRegistrar);
		assert_noop!(
			PropertyRegistry::open_folio(
				RuntimeOrigin::none(),
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
	ExtBuilder.build_and_execute(|| {
		let bad = Jurisdiction { municipality: 1_000, ..GUADALAJARA };
		assert_noop!(open(REGISTRAR, bad, &[BUYER]), Error::<Test>::InvalidJurisdiction);
		assert_noop!(open(REGISTRAR, GUADALAJARA, &[]), Error::<Test>::NoOwners);
		assert_noop!(
			open(REGISTRAR, GUADALAJARA, &[BUYER, BANK, BUYER]),
			Error::<Test>::DuplicateOwner
		);
		assert_noop!(open(REGISTRAR, GUADALAJARA, &[UNVERIFIED]), Error::<Test>::PartyNotVerified);
	});
}

#[test]
fn a_cadastral_authority_links_and_relinks_a_key() {
	ExtBuilder.build_and_execute(|| {
		assert_eq!(FolioOfCadastralKey::<Test>::get(key(b"D65-001")), Some(FOLIO));
		assert_eq!(Folios::<Test>::get(FOLIO).map(|f| f.land), Some(land(&[0, 1])));
		assert_ok!(link(FOLIO, b"D65-002"));
		assert_eq!(
			last_event(),
			Event::CadastralKeyLinked { folio: FOLIO, cadastral_key: key(b"D65-002"), cells: 1 }
		);
		assert_eq!(Folios::<Test>::get(FOLIO).map(|f| f.land), Some(land(&[5])));
		assert_eq!(FolioOfCadastralKey::<Test>::get(key(b"D65-001")), None);
		assert_eq!(FolioOfCadastralKey::<Test>::get(key(b"D65-002")), Some(FOLIO));
		assert_eq!(Folios::<Test>::get(FOLIO).and_then(|f| f.cadastral_key), Some(key(b"D65-002")));
	});
}

#[test]
fn link_cadastral_key_fails() {
	ExtBuilder.build_and_execute(|| {
		open_second();
		assert_noop!(
			PropertyRegistry::link_cadastral_key(
				RuntimeOrigin::signed(REGISTRAR),
				1,
				key(b"K"),
				land(&[])
			),
			DispatchError::BadOrigin
		);
		let with_land = |cells: Vec<u64>| {
			PropertyRegistry::link_cadastral_key(
				RuntimeOrigin::root(),
				1,
				key(b"K"),
				cells.try_into().expect("at most MaxCells"),
			)
		};
		// Unsorted, repeated, and of the wrong resolution.
		assert_noop!(with_land(vec![test_cell(1), test_cell(0)]), Error::<Test>::InvalidLand);
		assert_noop!(with_land(vec![test_cell(1), test_cell(1)]), Error::<Test>::InvalidLand);
		assert_noop!(with_land(vec![0x0892_a107_2b59_ffff]), Error::<Test>::InvalidLand);
		assert_noop!(with_land(vec![12345]), Error::<Test>::InvalidLand);
		assert_noop!(link(9, b"K"), Error::<Test>::FolioNotFound);
		assert_noop!(link(1, b""), Error::<Test>::EmptyCadastralKey);
		assert_noop!(link(1, b"D65-001"), Error::<Test>::CadastralKeyTaken);
		assert_ok!(PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), 1, doc(5)));
		assert_noop!(link(1, b"K"), Error::<Test>::FolioClosed);
	});
}

#[test]
fn close_folio_works_and_keeps_the_history() {
	ExtBuilder.build_and_execute(|| {
		let sale = present(NOTARY, purchase(&[SELLER], &[BUYER]), false);
		assert_ok!(inscribe(sale));
		assert_ok!(PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), FOLIO, doc(5)));
		assert_eq!(
			last_event(),
			Event::FolioClosed { folio: FOLIO, successors: links(&[]), document: doc(5) }
		);
		let folio = Folios::<Test>::get(FOLIO).expect("kept");
		assert_eq!(
			folio.status,
			FolioStatus::Closed { at: 1, successors: links(&[]), document: doc(5) }
		);
		assert_eq!(PropertyRegistry::history_of(FOLIO).len(), 1);
		assert_noop!(
			PropertyRegistry::present_document(
				RuntimeOrigin::signed(NOTARY),
				FOLIO,
				purchase(&[BUYER], &[SELLER]),
				doc(7),
				false
			),
			Error::<Test>::FolioClosed
		);
		assert_noop!(
			PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(6)),
			Error::<Test>::FolioClosed
		);
		assert_noop!(
			PropertyRegistry::issue_certificate(RuntimeOrigin::signed(ANYONE), FOLIO),
			Error::<Test>::FolioClosed
		);
	});
}

#[test]
fn close_folio_fails() {
	ExtBuilder.build_and_execute(|| {
		let close = |who| PropertyRegistry::close_folio(RuntimeOrigin::signed(who), FOLIO, doc(5));
		assert_noop!(
			PropertyRegistry::close_folio(RuntimeOrigin::none(), FOLIO, doc(5)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), 9, doc(5)),
			Error::<Test>::FolioNotFound
		);
		assert_noop!(close(OTHER_REGISTRAR), Error::<Test>::NotRegistrar);
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(6)));
		assert_noop!(close(REGISTRAR), Error::<Test>::EntriesPending);
		assert_ok!(PropertyRegistry::withdraw_notice(RuntimeOrigin::signed(NOTARY), FOLIO));
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_noop!(close(REGISTRAR), Error::<Test>::EntriesPending);
		assert_ok!(inscribe(mortgage));
		assert_noop!(close(REGISTRAR), Error::<Test>::Encumbered);
		let cancellation = present(NOTARY, Act::Cancellation { of: mortgage }, false);
		assert_ok!(inscribe(cancellation));
		assert_ok!(close(REGISTRAR));
		assert_noop!(close(REGISTRAR), Error::<Test>::FolioClosed);
	});
}

#[test]
fn an_expired_notice_does_not_block_closing() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(PropertyRegistry::file_notice(RuntimeOrigin::signed(NOTARY), FOLIO, doc(6)));
		run_to(1 + NOTICE_PERIOD);
		assert_ok!(PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), FOLIO, doc(5)));
		assert!(Notices::<Test>::get(FOLIO).is_none());
	});
}

#[test]
fn merge_folios_works_and_links_both_ways() {
	ExtBuilder.build_and_execute(|| {
		open_second();
		assert_ok!(merge(REGISTRAR, &[FOLIO, 1]));
		assert_eq!(
			last_event(),
			Event::FoliosMerged { predecessors: links(&[FOLIO, 1]), folio: 2 }
		);
		let merged = Folios::<Test>::get(2).expect("opened");
		assert_eq!(merged.surface_cm2, 250_001_000);
		assert_eq!(merged.owners.into_inner(), parties(&[SELLER]));
		assert_eq!(merged.predecessors, links(&[FOLIO, 1]));
		// Folio 0 has cells 0 and 1, folio 1 none: the union.
		assert_eq!(merged.land, land(&[0, 1]));
		for old in [FOLIO, 1] {
			let FolioStatus::Closed { successors, .. } =
				Folios::<Test>::get(old).expect("kept").status
			else {
				panic!("folio {old} was closed");
			};
			assert_eq!(successors, links(&[2]));
		}
		// The old key passes on to the merged folio.
		assert_ok!(link(2, b"D65-001"));
		assert_eq!(FolioOfCadastralKey::<Test>::get(key(b"D65-001")), Some(2));
	});
}

#[test]
fn merge_folios_fails() {
	ExtBuilder.build_and_execute(|| {
		open_second();
		assert_ok!(open(OTHER_REGISTRAR, ZAPOPAN, &[SELLER])); // folio 2, office 1
		assert_ok!(open(REGISTRAR, GUADALAJARA, &[BUYER])); // folio 3, other owner
		assert_noop!(
			PropertyRegistry::merge_folios(RuntimeOrigin::none(), links(&[0, 1]), doc(3)),
			DispatchError::BadOrigin
		);
		assert_noop!(merge(REGISTRAR, &[0]), Error::<Test>::TooFewFolios);
		assert_noop!(merge(REGISTRAR, &[0, 0]), Error::<Test>::DuplicateFolio);
		assert_noop!(merge(REGISTRAR, &[0, 9]), Error::<Test>::FolioNotFound);
		assert_noop!(merge(REGISTRAR, &[0, 2]), Error::<Test>::NotRegistrar);
		assert_noop!(merge(REGISTRAR, &[0, 3]), Error::<Test>::FoliosDiffer);
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::root(),
			1,
			key(b"K1"),
			land(&[1, 2, 3])
		));
		// Five cells together (four in their union): more than MaxCells to move on the index.
		assert_noop!(merge(REGISTRAR, &[0, 1]), Error::<Test>::TooManyCells);
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::root(),
			1,
			key(b"K1"),
			land(&[2, 3])
		));
		let mortgage = present(NOTARY, encumber(EncumbranceKind::Mortgage, SELLER, BANK), false);
		assert_noop!(merge(REGISTRAR, &[0, 1]), Error::<Test>::EntriesPending);
		assert_ok!(inscribe(mortgage));
		assert_noop!(merge(REGISTRAR, &[0, 1]), Error::<Test>::Encumbered);
		assert_ok!(PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), 1, doc(5)));
		assert_noop!(merge(REGISTRAR, &[1, 0]), Error::<Test>::FolioClosed);
	});
}

#[test]
fn subdivide_folio_works_and_links_both_ways() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(subdivide(REGISTRAR, FOLIO, &[100_000_000, 150_000_000]));
		assert_eq!(last_event(), Event::FolioSubdivided { folio: FOLIO, parts: links(&[1, 2]) });
		for (part, surface) in [(1, 100_000_000), (2, 150_000_000)] {
			let record = Folios::<Test>::get(part).expect("opened");
			assert_eq!(record.surface_cm2, surface);
			assert_eq!(record.owners.into_inner(), parties(&[SELLER]));
			assert_eq!(record.predecessors, links(&[FOLIO]));
		}
		assert!(matches!(
			Folios::<Test>::get(FOLIO).expect("kept").status,
			FolioStatus::Closed { successors, .. } if successors == links(&[1, 2])
		));
		// The parts live on: a sale of one of them.
		assert_ok!(PropertyRegistry::present_document(
			RuntimeOrigin::signed(NOTARY),
			1,
			purchase(&[SELLER], &[BUYER]),
			doc(7),
			false
		));
	});
}

#[test]
fn subdivide_folio_fails() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			PropertyRegistry::subdivide_folio(
				RuntimeOrigin::none(),
				FOLIO,
				surfaces(&[1, 1]),
				doc(4)
			),
			DispatchError::BadOrigin
		);
		assert_noop!(subdivide(REGISTRAR, FOLIO, &[250_000_000]), Error::<Test>::TooFewFolios);
		assert_noop!(subdivide(REGISTRAR, 9, &[1, 1]), Error::<Test>::FolioNotFound);
		assert_noop!(subdivide(OTHER_REGISTRAR, FOLIO, &[1, 1]), Error::<Test>::NotRegistrar);
		assert_noop!(subdivide(REGISTRAR, FOLIO, &[1, 1]), Error::<Test>::SurfaceMismatch);
		assert_noop!(
			subdivide(REGISTRAR, FOLIO, &[0, 250_000_000]),
			Error::<Test>::SurfaceMismatch
		);
		assert_noop!(
			subdivide(REGISTRAR, FOLIO, &[u64::MAX, 250_000_000]),
			Error::<Test>::SurfaceMismatch
		);
		let embargo =
			present(AUTHORITY, encumber(EncumbranceKind::Embargo, SELLER, CREDITOR), false);
		assert_noop!(subdivide(REGISTRAR, FOLIO, &[1, 249_999_999]), Error::<Test>::EntriesPending);
		assert_ok!(inscribe(embargo));
		assert_noop!(subdivide(REGISTRAR, FOLIO, &[1, 249_999_999]), Error::<Test>::Encumbered);
		let lift = present(AUTHORITY, Act::Cancellation { of: embargo }, false);
		assert_ok!(inscribe(lift));
		assert_ok!(subdivide(REGISTRAR, FOLIO, &[1, 249_999_999]));
		assert_noop!(subdivide(REGISTRAR, FOLIO, &[1, 249_999_999]), Error::<Test>::FolioClosed);
	});
}

/// The folios on `cell` by the runtime API's helper.
fn on_cell(cell: u32) -> Vec<FolioId> {
	PropertyRegistry::folios_on_cell(test_cell(cell), 0, 100)
}

#[test]
fn the_cell_index_follows_links_merges_subdivisions_and_closures() {
	ExtBuilder.build_and_execute(|| {
		// Folio 0 holds cells 0 and 1.
		assert_eq!((on_cell(0), on_cell(1), on_cell(2)), (vec![FOLIO], vec![FOLIO], vec![]));
		// A second folio of the same owner on cells 1 and 2: cell 1 holds both.
		open_second();
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::root(),
			1,
			key(b"K1"),
			land(&[1, 2])
		));
		assert_eq!((on_cell(1), on_cell(2)), (vec![FOLIO, 1], vec![1]));
		// Paging: from folio 1 on, and one at a time.
		assert_eq!(PropertyRegistry::folios_on_cell(test_cell(1), 1, 100), vec![1]);
		assert_eq!(PropertyRegistry::folios_on_cell(test_cell(1), 0, 1), vec![FOLIO]);
		// Relinking replaces the land on the index.
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::root(),
			1,
			key(b"K1"),
			land(&[2, 3])
		));
		assert_eq!((on_cell(1), on_cell(2), on_cell(3)), (vec![FOLIO], vec![1], vec![1]));
		// The merged folio takes the union; the closed ones leave.
		assert_ok!(merge(REGISTRAR, &[FOLIO, 1]));
		for cell in 0..4 {
			assert_eq!(on_cell(cell), vec![2]);
		}
		// A subdivided folio leaves; its parts enter when the cadastre links their land.
		assert_ok!(subdivide(REGISTRAR, 2, &[1_000, 250_000_000]));
		assert!((0..4).all(|cell| on_cell(cell).is_empty()));
		assert_ok!(PropertyRegistry::link_cadastral_key(
			RuntimeOrigin::root(),
			3,
			key(b"K3"),
			land(&[0, 1])
		));
		assert_eq!(on_cell(0), vec![3]);
		// A closed folio leaves.
		assert_ok!(PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), 3, doc(5)));
		assert!(on_cell(0).is_empty());
		assert_eq!(FoliosOfCell::<Test>::iter().count(), 0);
	});
}

#[test]
fn weights_are_refunded_to_the_cells_touched() {
	use frame_support::dispatch::{GetDispatchInfo, PostDispatchInfo};
	ExtBuilder.build_and_execute(|| {
		let call = crate::Call::<Test>::close_folio { folio: FOLIO, document: doc(5) };
		let charged = call.get_dispatch_info().call_weight;
		let result = PropertyRegistry::close_folio(RuntimeOrigin::signed(REGISTRAR), FOLIO, doc(5));
		let PostDispatchInfo { actual_weight, .. } = result.expect("closed");
		// Folio 0 holds two cells, MaxCells is four: charged for four, paid for two.
		assert_eq!(actual_weight, Some(<() as crate::WeightInfo>::close_folio(2)));
		assert!(actual_weight.unwrap().all_lte(charged));
	});
}
