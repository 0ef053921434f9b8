//! Registering properties and the cell index.

use super::*;

fn register_with(
	who: u64,
	key: &[u8],
	municipality: u16,
	area: CentiHectares,
	holders: Vec<u64>,
	cells: Vec<u64>,
) -> DispatchResult {
	Subsidies::register_property(
		RuntimeOrigin::signed(who),
		BoundedVec::truncate_from(key.to_vec()),
		Jurisdiction { state: MexicanState::Jalisco, municipality },
		area,
		BoundedVec::truncate_from(holders),
		BoundedVec::truncate_from(cells),
	)
}

#[test]
fn register_property_indexes_its_cells_and_counts_overlaps() {
	ExtBuilder::default().build_and_execute(|| {
		let a = register(OWNER_A, b"CAT-A", 0..4);
		assert_eq!(
			last_event(),
			Event::PropertyRegistered { property: a, by: OWNER_A, cells: 4, overlapping: 0 }
		);
		// An ejido registers land under an agrarian key that shares cells 2 and 3.
		let b = register(EJIDO, b"RAN-1", 2..6);
		assert_eq!(
			last_event(),
			Event::PropertyRegistered { property: b, by: EJIDO, cells: 4, overlapping: 1 }
		);
		assert_eq!(PropertiesOfCell::<Test>::get(cell(2)).into_inner(), vec![a, b]);
		assert_eq!(PropertiesOfCell::<Test>::get(cell(0)).into_inner(), vec![a]);
		assert_eq!(
			PropertyOfKey::<Test>::get(BoundedVec::truncate_from(b"RAN-1".to_vec())),
			Some(b)
		);
	});
}

#[test]
fn register_property_sorts_and_deduplicates_cells() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register_with(
			OWNER_A,
			b"K",
			1,
			TEN_HA,
			vec![OWNER_A],
			vec![cell(3), cell(1), cell(3)]
		));
		assert_eq!(Properties::<Test>::get(0).unwrap().cells.into_inner(), vec![cell(1), cell(3)]);
	});
}

#[test]
fn register_property_needs_verified_holders_including_the_signer() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_B], vec![cell(0)]),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			register_with(OUTSIDER, b"K", 1, TEN_HA, vec![OUTSIDER], vec![cell(0)]),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_A, OUTSIDER], vec![cell(0)]),
			Error::<Test>::NotVerified
		);
		assert_noop!(
			Subsidies::register_property(
				RuntimeOrigin::none(),
				BoundedVec::truncate_from(b"K".to_vec()),
				eligible(),
				TEN_HA,
				BoundedVec::truncate_from(vec![OWNER_A]),
				BoundedVec::truncate_from(vec![cell(0)]),
			),
			BadOrigin
		);
	});
}

#[test]
fn register_property_refuses_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			register_with(OWNER_A, b"", 1, TEN_HA, vec![OWNER_A], vec![cell(0)]),
			Error::<Test>::InvalidProperty
		);
		assert_noop!(
			register_with(OWNER_A, b"K", 0, TEN_HA, vec![OWNER_A], vec![cell(0)]),
			Error::<Test>::InvalidProperty
		);
		assert_noop!(
			register_with(OWNER_A, b"K", 1, 0, vec![OWNER_A], vec![cell(0)]),
			Error::<Test>::InvalidProperty
		);
		assert_noop!(
			register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_A], vec![]),
			Error::<Test>::InvalidProperty
		);
		// Not a cell, or a cell at another resolution.
		assert_noop!(
			register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_A], vec![12345]),
			Error::<Test>::InvalidCell
		);
		let other_resolution = (cell(0) & !(0xf << 52)) | (10 << 52);
		assert_noop!(
			register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_A], vec![other_resolution]),
			Error::<Test>::InvalidCell
		);
		register(OWNER_A, b"K", 0..1);
		assert_noop!(
			register_with(OWNER_B, b"K", 1, TEN_HA, vec![OWNER_B], vec![cell(9)]),
			Error::<Test>::AlreadyExists
		);
	});
}

#[test]
fn register_property_refuses_a_full_cell() {
	ExtBuilder::default().build_and_execute(|| {
		// MaxPropertiesPerCell is 3.
		register(OWNER_A, b"K1", 0..2);
		register(OWNER_A, b"K2", 1..2);
		register(OWNER_A, b"K3", 1..3);
		assert_noop!(
			register_with(OWNER_B, b"K4", 1, TEN_HA, vec![OWNER_B], vec![cell(5), cell(1)]),
			Error::<Test>::TooManyItems
		);
	});
}

#[test]
fn cell_validation_follows_the_h3_layout() {
	assert!(is_valid_cell(cell(0), RESOLUTION));
	assert!(is_valid_cell(cell(12345), RESOLUTION));
	// A real H3 cell: 8928308280fffff is resolution 9.
	assert!(is_valid_cell(0x8928308280fffff, 9));
	assert!(!is_valid_cell(0x8928308280fffff, 8));
	// Digit 7 inside the resolution, or a digit below 7 after it.
	assert!(!is_valid_cell(cell(0) | (7 << 42), RESOLUTION));
	assert!(!is_valid_cell(0x8928308280ffff0, 9));
	// Edge mode (2) is not a cell.
	assert!(!is_valid_cell((0x8928308280fffff & !(0xf << 59)) | (2 << 59), 9));
}
