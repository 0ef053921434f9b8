//! Benchmarks of reforestation subsidies (`frame_benchmarking::v2`).
//!
//! The overlap index makes approval and registration depend on the cells of the property:
//! `c` is their number. In the approval benchmark every cell is shared with another property
//! that holds a grant for another concept, so that the duplicate check reads it all and finds
//! no conflict.

use super::*;
use alloc::{vec, vec::Vec};
use bmx_primitives::identity::MexicanState;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// A valid H3 cell at the configured resolution, a different one for each `n` (while the
/// resolution allows).
fn cell<T: Config>(n: u32) -> H3Cell {
	let resolution = u64::from(T::CellResolution::get());
	let n = u64::from(n);
	let mut index: u64 = (1u64 << 59) | (resolution << 52) | ((n % 122) << 45);
	let mut rest = n / 122;
	for r in 1..=15u64 {
		let digit = if r <= resolution {
			let d = rest % 7;
			rest /= 7;
			d
		} else {
			7
		};
		index |= digit << ((15 - r) * 3);
	}
	index
}

fn place() -> Jurisdiction {
	Jurisdiction { state: MexicanState::Jalisco, municipality: 1 }
}

fn admin<T: Config>() -> T::RuntimeOrigin {
	T::AdminOrigin::try_successful_origin().expect("the admin origin can be built; qed")
}

/// Opens a program with reforestation and soil conservation, two tranches.
fn program<T: Config>() -> ProgramId {
	let id = NextProgramId::<T>::get();
	let concepts = vec![
		ConceptTerms {
			concept: Concept::Reforestation,
			budget: 1_000_000_000,
			amount_per_hectare: 10_000,
		},
		ConceptTerms {
			concept: Concept::SoilConservation,
			budget: 1_000_000_000,
			amount_per_hectare: 10_000,
		},
	];
	Pallet::<T>::open_program(
		admin::<T>(),
		2027,
		2027,
		2028,
		BoundedVec::truncate_from(concepts),
		1_000_000_000,
		BoundedVec::truncate_from(vec![place()]),
		BoundedVec::truncate_from(vec![Percent::from_percent(60), Percent::from_percent(40)]),
		VerificationRule {
			min_survival: Percent::from_percent(70),
			min_area_share: Percent::from_percent(80),
		},
	)
	.expect("a valid program; qed");
	id
}

/// A verified holder registers a property of 10 ha with `key` on the cells `from..from + c`.
fn property<T: Config>(holder: &T::AccountId, key: &[u8], from: u32, c: u32) -> PropertyId {
	T::BenchmarkHelper::verify_person(holder);
	let id = NextPropertyId::<T>::get();
	let cells: Vec<H3Cell> = (from..from.saturating_add(c)).map(cell::<T>).collect();
	Pallet::<T>::register_property(
		RawOrigin::Signed(holder.clone()).into(),
		BoundedVec::truncate_from(key.to_vec()),
		place(),
		1_000,
		BoundedVec::truncate_from(vec![holder.clone()]),
		BoundedVec::truncate_from(cells),
	)
	.expect("a valid property; qed");
	id
}

/// `holder` applies for `concept` on `property` in `program`.
fn application<T: Config>(
	holder: &T::AccountId,
	program: ProgramId,
	concept: Concept,
	property: PropertyId,
) -> ApplicationId {
	let id = NextApplicationId::<T>::get();
	Pallet::<T>::apply_for_support(
		RawOrigin::Signed(holder.clone()).into(),
		program,
		concept,
		property,
		1_000,
	)
	.expect("a valid application; qed");
	id
}

/// A grant of reforestation on a property of `c` cells: (grant, beneficiary).
fn grant<T: Config>(c: u32) -> (GrantId, T::AccountId) {
	let program = program::<T>();
	let holder: T::AccountId = account("holder", 0, 0);
	let property = property::<T>(&holder, b"GRANTED", 0, c);
	let application = application::<T>(&holder, program, Concept::Reforestation, property);
	let id = NextGrantId::<T>::get();
	Pallet::<T>::approve_application(admin::<T>(), application).expect("no duplicate; qed");
	(id, holder)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_program() {
		let origin = admin::<T>();
		let concepts: Vec<ConceptTerms> = [
			Concept::Reforestation,
			Concept::SoilConservation,
			Concept::Maintenance,
			Concept::Protection,
		]
		.into_iter()
		.take(T::MaxConcepts::get() as usize)
		.map(|concept| ConceptTerms { concept, budget: 1_000, amount_per_hectare: 10 })
		.collect();
		let eligible: Vec<Jurisdiction> = (1..=T::MaxJurisdictions::get() as u16)
			.map(|municipality| Jurisdiction { state: MexicanState::Jalisco, municipality })
			.collect();
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			2027,
			2027,
			2028,
			BoundedVec::truncate_from(concepts),
			1_000,
			BoundedVec::truncate_from(eligible),
			BoundedVec::truncate_from(vec![Percent::from_percent(100)]),
			VerificationRule {
				min_survival: Percent::from_percent(0),
				min_area_share: Percent::from_percent(0),
			},
		);
		assert!(Programs::<T>::contains_key(0));
	}

	#[benchmark]
	fn close_program() {
		let program = program::<T>();
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, program);
		assert!(!Programs::<T>::get(program).expect("opened").open);
	}

	#[benchmark]
	fn register_property(c: Linear<1, { T::MaxCellsPerProperty::get() }>) {
		// Every cell already holds another property.
		let other: T::AccountId = account("other", 0, 0);
		property::<T>(&other, b"OTHER", 0, c);
		let holder: T::AccountId = account("holder", 0, 0);
		T::BenchmarkHelper::verify_person(&holder);
		let cells: Vec<H3Cell> = (0..c).map(cell::<T>).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(holder.clone()),
			BoundedVec::truncate_from(b"NEW".to_vec()),
			place(),
			1_000,
			BoundedVec::truncate_from(vec![holder.clone()]),
			BoundedVec::truncate_from(cells),
		);
		assert!(Properties::<T>::contains_key(1));
	}

	#[benchmark]
	fn apply_for_support() {
		let program = program::<T>();
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder), program, Concept::Reforestation, property, 1_000);
		assert!(Applications::<T>::contains_key(0));
	}

	#[benchmark]
	fn withdraw_application() {
		let program = program::<T>();
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, 1);
		let id = application::<T>(&holder, program, Concept::Reforestation, property);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder), id);
		assert_eq!(Applications::<T>::get(id).expect("filed").status, ApplicationStatus::Withdrawn);
	}

	#[benchmark]
	fn reject_application() {
		let program = program::<T>();
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, 1);
		let id = application::<T>(&holder, program, Concept::Reforestation, property);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, DocumentHash::repeat_byte(1));
		assert!(matches!(
			Applications::<T>::get(id).expect("filed").status,
			ApplicationStatus::Rejected(_)
		));
	}

	#[benchmark]
	fn approve_application(c: Linear<1, { T::MaxCellsPerProperty::get() }>) {
		let program = program::<T>();
		// The same land holds a grant for soil conservation: read, no conflict.
		let other: T::AccountId = account("other", 0, 0);
		let shared = property::<T>(&other, b"OTHER", 0, c);
		let soil = application::<T>(&other, program, Concept::SoilConservation, shared);
		Pallet::<T>::approve_application(admin::<T>(), soil).expect("no duplicate; qed");
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, c);
		let id = application::<T>(&holder, program, Concept::Reforestation, property);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id);
		assert!(Grants::<T>::contains_key(1));
	}

	#[benchmark]
	fn record_payment() {
		let (id, _) = grant::<T>(1);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, DocumentHash::repeat_byte(2));
		assert_eq!(Grants::<T>::get(id).expect("granted").tranches_paid, 1);
	}

	#[benchmark]
	fn record_verification(c: Linear<1, { T::MaxCellsPerProperty::get() }>) {
		let (id, _) = grant::<T>(c);
		Pallet::<T>::record_payment(admin::<T>(), id, DocumentHash::repeat_byte(2))
			.expect("the first tranche is released; qed");
		let verifier: T::AccountId = account("verifier", 0, 0);
		T::BenchmarkHelper::make_field_verifier(&verifier);
		let cells: Vec<H3Cell> = (0..c).map(cell::<T>).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(verifier),
			id,
			Percent::from_percent(90),
			1_000,
			DocumentHash::repeat_byte(3),
			BoundedVec::truncate_from(cells),
		);
		assert!(Grants::<T>::get(id).expect("granted").next_released);
	}

	#[benchmark]
	fn cancel_grant() {
		let (id, _) = grant::<T>(1);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, DocumentHash::repeat_byte(4));
		assert!(matches!(Grants::<T>::get(id).expect("granted").status, GrantStatus::Cancelled(_)));
	}

	#[benchmark]
	fn reduce_grant() {
		let (id, _) = grant::<T>(1);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, 1, DocumentHash::repeat_byte(4));
		assert_eq!(Grants::<T>::get(id).expect("granted").amount, 1);
	}

	#[benchmark]
	fn record_recovery() {
		let (id, _) = grant::<T>(1);
		Pallet::<T>::record_payment(admin::<T>(), id, DocumentHash::repeat_byte(2))
			.expect("the first tranche is released; qed");
		let verifier: T::AccountId = account("verifier", 0, 0);
		T::BenchmarkHelper::make_field_verifier(&verifier);
		Pallet::<T>::record_verification(
			RawOrigin::Signed(verifier).into(),
			id,
			Percent::from_percent(0),
			0,
			DocumentHash::repeat_byte(3),
			BoundedVec::new(),
		)
		.expect("a verification; qed");
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id, 1, DocumentHash::repeat_byte(5));
		assert_eq!(Grants::<T>::get(id).expect("granted").recovered, 1);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
