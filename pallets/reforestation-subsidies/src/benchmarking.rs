//! Benchmarks of reforestation subsidies (`frame_benchmarking::v2`).
//!
//! The overlap index makes registration, approval, duplicate rejection and verification depend
//! on the cells of the property: `c` is their number. Worst cases: at registration every cell
//! already holds `MaxPropertiesPerCell - 1` properties and the holders list is full; at approval
//! and duplicate rejection every cell holds `MaxPropertiesPerCell - 1` other properties of one
//! cell each, each with as many grants as it may hold, each grant in a program of its own (so
//! that the duplicate check reads every index, grant and program), for another concept at approval (no conflict, the grant is
//! made) and for the same concept at rejection (every one conflicts).

use super::*;
use alloc::{vec, vec::Vec};
use bmx_primitives::identity::MexicanState;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// A valid H3 cell at the chain's resolution under base cell 20 (a hexagon), a different one for
/// each `n` below 7¹⁰.
fn cell(n: u32) -> H3Cell {
	let resolution = u64::from(bmx_primitives::land::CELL_RESOLUTION);
	let mut index: u64 = (1u64 << 59) | (resolution << 52) | (20u64 << 45);
	let mut rest = u64::from(n);
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

/// Opens a program for 2027-2028 with reforestation and soil conservation, two tranches.
fn program<T: Config>() -> ProgramId {
	program_in::<T>(2027, 2028)
}

/// Opens a program for `first_year..=last_year` with reforestation and soil conservation, two
/// tranches.
fn program_in<T: Config>(first_year: u16, last_year: u16) -> ProgramId {
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
		first_year,
		first_year,
		last_year,
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
	let cells: Vec<H3Cell> = (from..from.saturating_add(c)).map(cell).collect();
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

/// A key of `n`, unique, within any sensible `MaxKeyLen`.
fn key(prefix: u8, n: u32) -> Vec<u8> {
	let mut key = vec![prefix];
	key.extend_from_slice(&n.to_le_bytes());
	key
}

/// The first year of the programs of [`crowd`].
const CROWD_YEAR: u16 = 2030;

/// How many grants each property of [`crowd`] holds: as many as a property and a beneficiary
/// may.
fn grants_per_property<T: Config>() -> u32 {
	T::MaxRecordsPerProperty::get().min(T::MaxGrantsPerBeneficiary::get())
}

/// The last year of the programs of [`crowd`].
fn crowd_last_year<T: Config>() -> u16 {
	let others = T::MaxPropertiesPerCell::get().saturating_sub(1);
	let years = others.saturating_mul(grants_per_property::<T>());
	CROWD_YEAR.saturating_add(years as u16)
}

/// On each of the cells `0..c`, `MaxPropertiesPerCell - 1` other properties of that one cell,
/// each holding [`grants_per_property`] grants of ten hectares for `concept`, each grant in a
/// program of its own and a year of its own (from [`CROWD_YEAR`]), so that none conflicts with
/// another.
///
/// Written straight to storage: what the duplicate walk reads is the cell index, each
/// property's grants, each grant and each grant's program, and building tens of thousands of
/// them through the calls (each approval walking its own cells) made one step of the set-up
/// take minutes.
fn crowd<T: Config>(c: u32, concept: Concept) {
	let others = T::MaxPropertiesPerCell::get().saturating_sub(1);
	let per_property = grants_per_property::<T>();
	let template = program_in::<T>(CROWD_YEAR, CROWD_YEAR);
	let mut program_id = NextProgramId::<T>::get();
	let mut property_id = NextPropertyId::<T>::get();
	let mut grant_id = NextGrantId::<T>::get();
	for i in 0..c {
		for k in 0..others {
			let n = i.saturating_mul(others).saturating_add(k);
			let who: T::AccountId = account("other", n, 0);
			let key = BoundedVec::truncate_from(key(b'O', n));
			PropertyOfKey::<T>::insert(&key, property_id);
			PropertiesOfCell::<T>::mutate(cell(i), |on_cell| on_cell.try_push(property_id))
				.expect("fewer than MaxPropertiesPerCell on the cell; qed");
			Properties::<T>::insert(
				property_id,
				Property {
					key,
					jurisdiction: place(),
					area: 1_000,
					holders: BoundedVec::truncate_from(vec![who.clone()]),
					cells: BoundedVec::truncate_from(vec![cell(i)]),
				},
			);
			let mut grants = BoundedVec::<GrantId, T::MaxRecordsPerProperty>::new();
			for g in 0..per_property {
				let year = CROWD_YEAR
					.saturating_add(k.saturating_mul(per_property).saturating_add(g) as u16);
				let mut program = Programs::<T>::get(template).expect("just opened; qed");
				(program.year, program.first_year, program.last_year) = (year, year, year);
				Programs::<T>::insert(program_id, program);
				Grants::<T>::insert(
					grant_id,
					Grant {
						beneficiary: who.clone(),
						beneficiary_key: PartyKey::from_low_u64_be(n.into()),
						program: program_id,
						concept,
						property: property_id,
						area: 1_000,
						amount: 100_000,
						paid: 0,
						recovered: 0,
						tranches_paid: 0,
						next_released: true,
						last_verification_failed: false,
						status: GrantStatus::Active,
					},
				);
				grants.try_push(grant_id).expect("grants_per_property fit; qed");
				program_id = program_id.saturating_add(1);
				grant_id = grant_id.saturating_add(1);
			}
			GrantsOfProperty::<T>::insert(property_id, grants);
			property_id = property_id.saturating_add(1);
		}
	}
	NextProgramId::<T>::put(program_id);
	NextPropertyId::<T>::put(property_id);
	NextGrantId::<T>::put(grant_id);
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
		// Every cell already holds all the properties it may but one.
		let others = T::MaxPropertiesPerCell::get().saturating_sub(1);
		for k in 0..others {
			let other: T::AccountId = account("other", k, 0);
			property::<T>(&other, &key(b'O', k), 0, c);
		}
		// A full list of verified holders and the longest key.
		let holders: Vec<T::AccountId> =
			(0..T::MaxHolders::get()).map(|i| account("holder", i, 0)).collect();
		holders.iter().for_each(T::BenchmarkHelper::verify_person);
		let holder = holders.last().cloned().expect("MaxHolders is at least 1; qed");
		let long_key = vec![b'K'; T::MaxKeyLen::get() as usize];
		let cells: Vec<H3Cell> = (0..c).map(cell).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(holder),
			BoundedVec::truncate_from(long_key),
			place(),
			1_000,
			BoundedVec::truncate_from(holders),
			BoundedVec::truncate_from(cells),
		);
		assert!(Properties::<T>::contains_key(others));
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
		// Every cell is crowded with grants for soil conservation: all read, no conflict.
		crowd::<T>(c, Concept::SoilConservation);
		let program = program::<T>();
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, c);
		let id = application::<T>(&holder, program, Concept::Reforestation, property);
		let grant = NextGrantId::<T>::get();
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id);
		assert!(Grants::<T>::contains_key(grant));
	}

	#[benchmark]
	fn reject_duplicate(c: Linear<1, { T::MaxCellsPerProperty::get() }>) {
		// Every cell is crowded with grants for reforestation: all conflict with a program
		// spanning their years.
		crowd::<T>(c, Concept::Reforestation);
		let program = program_in::<T>(CROWD_YEAR, crowd_last_year::<T>());
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, c);
		let id = application::<T>(&holder, program, Concept::Reforestation, property);
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, id);
		assert!(matches!(
			Applications::<T>::get(id).expect("filed").status,
			ApplicationStatus::RejectedAsDuplicate(_)
		));
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
		let cells: Vec<H3Cell> = (0..c).map(cell).collect();
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

	#[benchmark]
	fn remove_property(c: Linear<1, { T::MaxCellsPerProperty::get() }>) {
		// Every cell shared with as many properties as it may hold, and the most pending
		// applications to withdraw.
		let others = T::MaxPropertiesPerCell::get().saturating_sub(1);
		for k in 0..others {
			let other: T::AccountId = account("other", k, 0);
			property::<T>(&other, &key(b'O', k), 0, c);
		}
		let program = program::<T>();
		let holder: T::AccountId = account("holder", 0, 0);
		let property = property::<T>(&holder, b"P", 0, c);
		for _ in 0..T::MaxRecordsPerProperty::get() {
			application::<T>(&holder, program, Concept::Reforestation, property);
		}
		#[extrinsic_call]
		_(admin::<T>() as T::RuntimeOrigin, property, DocumentHash::repeat_byte(6));
		assert!(!Properties::<T>::contains_key(property));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
