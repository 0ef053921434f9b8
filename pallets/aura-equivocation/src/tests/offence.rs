//! The offence as `Offences` sees it: its kind, its time slot, its session and its slash
//! fraction (BABE's: `min((3k / n)^2, 1)`).

use crate::AuraEquivocationOffence;
use sp_runtime::Perbill;
use sp_staking::offence::Offence;

fn offence(validator_set_count: u32) -> AuraEquivocationOffence<u64> {
	AuraEquivocationOffence { slot: 7.into(), session_index: 3, validator_set_count, offender: 1 }
}

#[test]
fn the_offence_is_an_aura_equivocation_at_its_slot() {
	let offence = offence(4);
	assert_eq!(<AuraEquivocationOffence<u64> as Offence<u64>>::ID, *b"aura:equivocatio");
	assert_eq!(offence.slot(), crate::Slot::from(7u64));
	assert_eq!(offence.session_index(), 3);
	assert_eq!(offence.validator_set_count(), 4);
	assert_eq!(offence.offenders(), vec![1]);
}

#[test]
fn the_slash_fraction_grows_with_the_concurrent_offenders_up_to_all() {
	let offence = offence(10);
	assert_eq!(offence.slash_fraction(1), Perbill::from_percent(9));
	assert_eq!(offence.slash_fraction(2), Perbill::from_percent(36));
	assert_eq!(offence.slash_fraction(4), Perbill::one());
	assert_eq!(offence.slash_fraction(u32::MAX), Perbill::one());
}

#[test]
fn the_slash_fraction_of_an_empty_set_is_whole() {
	assert_eq!(offence(0).slash_fraction(1), Perbill::one());
}
