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
		let other_resolution = (cell(0) & !(0xf << 52)) | (9 << 52);
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
fn register_property_refuses_cells_h3_does_not_know() {
	ExtBuilder::default().build_and_execute(|| {
		// A real H3 cell of resolution 9 (the chain's is 10).
		let coarser = 0x0892_8308_280f_ffff;
		// Under the pentagon base cell 4, the K-axis child (first non-zero digit 1) is deleted.
		let pentagon_k = (1u64 << 59) | (10u64 << 52) | (4u64 << 45) | (1u64 << 42) | 0x7fff;
		// A digit 7 inside the resolution.
		let digit_7 = cell(0) | (7 << 42);
		for bad in [coarser, pentagon_k, digit_7, 0] {
			assert_noop!(
				register_with(OWNER_A, b"K", 1, TEN_HA, vec![OWNER_A], vec![cell(1), bad]),
				Error::<Test>::InvalidCell
			);
		}
		// The pentagon's centre and its J-axis child (digit 2) are cells.
		let pentagon_j = (1u64 << 59) | (10u64 << 52) | (4u64 << 45) | (2u64 << 42) | 0x7fff;
		let pentagon_centre = pentagon_j & !(0x7 << 42);
		assert_ok!(register_with(
			OWNER_A,
			b"K",
			1,
			TEN_HA,
			vec![OWNER_A],
			vec![pentagon_centre, pentagon_j]
		));
	});
}

#[test]
fn remove_property_frees_its_key_and_cells_and_withdraws_its_applications() {
	ExtBuilder::default().build_and_execute(|| {
		let program = open_program();
		let squatted = register(OWNER_B, b"14-001-CAT-0042", 0..3);
		let kept = register(OWNER_A, b"CAT-A", 2..4);
		let pending = apply(OWNER_B, program, squatted);
		// An agency removes the squatter's registration.
		assert_ok!(Subsidies::remove_property(
			RuntimeOrigin::signed(CONAFOR_ADMIN),
			squatted,
			REASON
		));
		assert_eq!(
			events()[events().len() - 2..],
			[
				Event::ApplicationWithdrawn { application: pending },
				Event::PropertyRemoved {
					property: squatted,
					agency: Some(CONAFOR),
					reason: REASON
				},
			]
		);
		assert!(!Properties::<Test>::contains_key(squatted));
		assert!(!PropertiesOfCell::<Test>::contains_key(cell(0)));
		assert_eq!(PropertiesOfCell::<Test>::get(cell(2)).into_inner(), vec![kept]);
		assert_eq!(
			Applications::<Test>::get(pending).unwrap().status,
			ApplicationStatus::Withdrawn
		);
		// The key is free for its holder, and a holder may remove their own property.
		let real = register(OWNER_A, b"14-001-CAT-0042", 0..3);
		assert_ok!(Subsidies::remove_property(RuntimeOrigin::signed(OWNER_A), real, REASON));
		assert_eq!(
			last_event(),
			Event::PropertyRemoved { property: real, agency: None, reason: REASON }
		);
		assert!(!PropertyOfKey::<Test>::contains_key(BoundedVec::<u8, MaxKeyLen>::truncate_from(
			b"14-001-CAT-0042".to_vec()
		)));
	});
}

#[test]
fn remove_property_refuses_strangers_and_land_with_grants() {
	ExtBuilder::default().build_and_execute(|| {
		let (_, property, _) = granted();
		let other = register(OWNER_B, b"CAT-B", 5..6);
		assert_noop!(
			Subsidies::remove_property(RuntimeOrigin::signed(CONAFOR_ADMIN), property, REASON),
			Error::<Test>::InUse
		);
		assert_noop!(
			Subsidies::remove_property(RuntimeOrigin::signed(OWNER_A), other, REASON),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			Subsidies::remove_property(RuntimeOrigin::signed(OWNER_A), 99, REASON),
			Error::<Test>::NotFound
		);
		assert_noop!(Subsidies::remove_property(RuntimeOrigin::none(), other, REASON), BadOrigin);
	});
}
