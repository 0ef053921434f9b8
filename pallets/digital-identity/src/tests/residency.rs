//! Residency history and the roll ballots are taken on (`ResidencyRoll`).

use super::*;

/// Zapopan, Jalisco (INEGI 14120).
const ZAPOPAN: Residency =
	Residency::National(Jurisdiction { state: MexicanState::Jalisco, municipality: 120 });

fn update(who: u64, residency: Residency) {
	assert_ok!(DigitalIdentity::update_person(
		RuntimeOrigin::signed(RENAPO),
		who,
		residency,
		Adulthood::Adult,
	));
}

fn history(person_key: PersonKey) -> Vec<(u64, Residency)> {
	DigitalIdentity::residency_history(person_key)
		.into_iter()
		.map(|change| (change.since, change.residency))
		.collect()
}

fn ballot_jurisdiction(who: u64, opened_at: u64) -> Option<Jurisdiction> {
	<DigitalIdentity as ResidencyRoll<u64, u64>>::jurisdiction_for_ballot(&who, opened_at)
}

#[test]
fn every_residency_change_is_kept_with_its_block() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		System::set_block_number(5);
		update(10, ZAPOPAN);
		// An update that keeps the residency (an adulthood correction) is no change.
		System::set_block_number(6);
		update(10, ZAPOPAN);
		System::set_block_number(8);
		update(10, OAXACA);
		assert_eq!(history(key(1)), vec![(1, GUADALAJARA), (5, ZAPOPAN), (8, OAXACA)]);
		// Two changes in one block keep the last.
		update(10, GUADALAJARA);
		assert_eq!(history(key(1)), vec![(1, GUADALAJARA), (5, ZAPOPAN), (8, GUADALAJARA)]);
	});
}

#[test]
fn the_history_keeps_the_latest_changes() {
	ExtBuilder::default().build_and_execute(|| {
		// `MaxResidencyHistory` is 3 in the mock.
		verify(10, key(1));
		System::set_block_number(2);
		update(10, ZAPOPAN);
		System::set_block_number(3);
		update(10, OAXACA);
		System::set_block_number(4);
		update(10, Residency::Abroad);
		assert_eq!(
			ResidencyHistory::<Test>::get(key(1)).into_inner(),
			vec![
				ResidencyChange { since: 2, residency: ZAPOPAN },
				ResidencyChange { since: 3, residency: OAXACA },
				ResidencyChange { since: 4, residency: Residency::Abroad },
			]
		);
	});
}

#[test]
fn the_history_survives_clearing_and_continues_with_a_recovery() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		assert_ok!(DigitalIdentity::clear_identity(RuntimeOrigin::signed(10)));
		assert_eq!(history(key(1)), vec![(1, GUADALAJARA)]);
		recover(RENAPO, key(1), 11, OAXACA);
		assert_eq!(history(key(1)), vec![(1, GUADALAJARA), (1 + RECOVERY_DELAY, OAXACA)]);
	});
}

#[test]
fn a_ballot_counts_a_voter_where_it_lived_when_the_ballot_opened() {
	ExtBuilder::default().build_and_execute(|| {
		let guadalajara = GUADALAJARA.jurisdiction();
		let zapopan = ZAPOPAN.jurisdiction();
		verify(10, key(1));
		// A ballot opens at block 5; the person moves to Zapopan at block 7.
		System::set_block_number(7);
		update(10, ZAPOPAN);
		assert_eq!(DigitalIdentity::jurisdiction_of(&10), zapopan);
		// For the open ballot it still counts in Guadalajara; for a ballot opening from block 7
		// on, in Zapopan.
		assert_eq!(ballot_jurisdiction(10, 5), guadalajara);
		assert_eq!(ballot_jurisdiction(10, 7), zapopan);
		assert_eq!(ballot_jurisdiction(10, 9), zapopan);
		// Moving abroad during a ballot does not take the vote away from the open one.
		System::set_block_number(9);
		update(10, Residency::Abroad);
		assert_eq!(ballot_jurisdiction(10, 8), zapopan);
		assert_eq!(ballot_jurisdiction(10, 9), None);
	});
}

#[test]
fn a_person_verified_after_a_ballot_opened_counts_where_it_was_first_verified() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		verify(10, key(1));
		System::set_block_number(6);
		update(10, OAXACA);
		// The ballot opened at block 3: the move at block 6 happened during it.
		assert_eq!(ballot_jurisdiction(10, 3), GUADALAJARA.jurisdiction());
		assert_eq!(ballot_jurisdiction(10, 6), OAXACA.jurisdiction());
	});
}

#[test]
fn a_recovery_during_a_ballot_does_not_move_the_voter_for_it() {
	ExtBuilder::default().build_and_execute(|| {
		verify(10, key(1));
		System::set_block_number(3);
		recover(RENAPO, key(1), 11, OAXACA);
		// The ballot opened at block 2, before the recovery's new residency.
		assert_eq!(ballot_jurisdiction(11, 2), GUADALAJARA.jurisdiction());
		assert_eq!(ballot_jurisdiction(11, 3 + RECOVERY_DELAY), OAXACA.jurisdiction());
		// The lost account is nobody.
		assert_eq!(ballot_jurisdiction(10, 2), None);
	});
}

#[test]
fn nobody_else_is_on_the_roll() {
	ExtBuilder::default().build_and_execute(|| {
		verify_org(20, org_key(1), &[]);
		assert_eq!(ballot_jurisdiction(20, 1), None);
		assert_eq!(ballot_jurisdiction(OUTSIDER, 1), None);
	});
}
