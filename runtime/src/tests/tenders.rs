//! Smart Tenders as the runtime wires them: the procurement oversight authority (not the
//! network's governance) reviews complaints and assigns social witnesses; partidas carry keys of
//! the on-chain CUCoP catalogue; guarantees are set in pesos and held in BMX.

use super::{
	registries::{account, credential, person},
	*,
};
use crate::{
	configs::{credentials, CentavosToBmx},
	UNIT,
};
use bmx_primitives::procurement::{CucopCode, ProcurementCatalogue as _};
use frame_support::traits::EnsureOrigin;
use sp_runtime::traits::Convert;

type ReviewOrigin = <Runtime as pallet_tenders::Config>::ReviewOrigin;

#[test]
fn complaints_are_reviewed_by_the_oversight_authority_not_by_governance() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let official = account(0x51);
		let witness = account(0x52);
		person(&official);
		person(&witness);
		// Before its accreditation the official is nobody to the review.
		assert!(ReviewOrigin::try_origin(RuntimeOrigin::signed(official.clone())).is_err());
		credential(&official, credentials::PROCUREMENT_OVERSIGHT);
		credential(&witness, credentials::SOCIAL_WITNESS);
		assert!(ReviewOrigin::try_origin(RuntimeOrigin::signed(official)).is_ok());
		// A social witness, a council or Root is not the review body.
		assert!(ReviewOrigin::try_origin(RuntimeOrigin::signed(witness)).is_err());
		assert!(ReviewOrigin::try_origin(RuntimeOrigin::root()).is_err());
		let advisory: RuntimeOrigin = pallet_collective::RawOrigin::<
			AccountId,
			crate::configs::AdvisoryCollective,
		>::Members(3, 3)
		.into();
		assert!(ReviewOrigin::try_origin(advisory).is_err());
		assert_invariants();
	});
}

#[test]
fn partidas_are_classified_by_the_catalogue_kept_on_chain() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		for (code, name) in presets::CUCOP_SAMPLE {
			assert!(crate::ProcurementCatalogue::is_active(CucopCode(code)));
			let entry = crate::ProcurementCatalogue::code(CucopCode(code)).expect("in the sample");
			assert_eq!(entry.name, name.as_bytes());
		}
		assert!(!crate::ProcurementCatalogue::is_active(CucopCode(99_999_999)));
		// Searchable by name, accents and case aside, and by the digits of the expense item.
		let found = crate::ProcurementCatalogue::search(b"computo".to_vec(), 10);
		assert_eq!(
			found.iter().map(|(code, _)| code.0).collect::<Vec<_>>(),
			vec![35301001, 51501001]
		);
		assert_eq!(crate::ProcurementCatalogue::search(b"254".to_vec(), 10).len(), 1);
		assert_invariants();
	});
}

#[test]
fn guarantees_are_set_in_pesos_and_held_in_bmx() {
	// One BMX per peso: 100 centavos.
	assert_eq!(CentavosToBmx::convert(100), UNIT);
	assert_eq!(CentavosToBmx::convert(u128::MAX), u128::MAX);
}

#[test]
fn tenders_fit_the_panels_and_the_ballots() {
	use frame_support::traits::Get;
	type MaxBids = <Runtime as pallet_tenders::Config>::MaxBidsPerTender;
	type PanelOptions = <Runtime as pallet_anonymous_panels::Config>::MaxOptions;
	type BallotOptions = <Runtime as pallet_secret_ballots::Config>::MaxOptions;
	type Evaluators = <Runtime as pallet_tenders::Config>::MaxEvaluatorsPerTender;
	type PanelSize = <Runtime as pallet_anonymous_panels::Config>::PanelSize;
	type MinCandidates = <Runtime as pallet_anonymous_panels::Config>::MinCandidates;
	type MaxPhase = <Runtime as pallet_tenders::Config>::MaxPhaseLength;
	type MaxBallot = <Runtime as pallet_secret_ballots::Config>::MaxBallotDuration;
	// A panel scores, and a ballot lists, every revealed bid of the largest tender.
	assert!(<PanelOptions as Get<u32>>::get() >= <MaxBids as Get<u32>>::get());
	assert!(<BallotOptions as Get<u32>>::get() >= <MaxBids as Get<u32>>::get());
	// The award reads every score list of a full panel.
	assert!(<Evaluators as Get<u32>>::get() >= <PanelSize as Get<u32>>::get());
	// A panel hides its evaluators among at least twenty candidates.
	assert!(<MinCandidates as Get<u32>>::get() >= 20);
	// The citizen vote, opened at `score_reveal_end` at the earliest, always fits a ballot.
	assert!(<MaxPhase as Get<u32>>::get() <= <MaxBallot as Get<u32>>::get());
	// The fee pays each evaluator who reveals at least what withholding a reveal costs it.
	let fee: crate::Balance = <Runtime as pallet_tenders::Config>::EvaluationFee::get();
	let slash: crate::Balance = <Runtime as pallet_anonymous_panels::Config>::NonRevealSlash::get();
	assert!(fee / crate::Balance::from(<PanelSize as Get<u32>>::get()) >= slash);
}
