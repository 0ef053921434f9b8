//! Benchmarks of the deposit-certificates pallet, worst case: the warehouse's officer list full
//! with the acting officer last, the representative (not the warehouse itself) signing for the
//! warehouse, the instruments' chains of holders one short of full, the certificate's history
//! one short of full with the largest entries, and the branch of each call that writes most
//! (the total withdrawal frees the lot; the completing deposit ends a default).
//!
//! The counterparties the calls verify (depositor, endorsees, creditor) are organisations, the
//! second of the two identity look-ups. The runtime's [`Config::BenchmarkHelper`] makes the
//! accounts verified persons and organisations, representatives and holders of the
//! warehouse-officer credential.

use super::*;
use alloc::vec::Vec;
use bmx_primitives::identity::{Jurisdiction, MexicanState};
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// The folio every benchmark's certificate has.
const FOLIO: Folio = 1;
/// The debt of the benchmarks' pledge: amount lent and interest, in centavos.
const AMOUNT: Centavos = 10_000_000;
/// The interest of the benchmarks' pledge, in centavos.
const INTEREST: Centavos = 500_000;
/// The quantity of goods deposited.
const QUANTITY: u128 = 1_000;

fn hash(byte: u8) -> DocumentHash {
	DocumentHash::repeat_byte(byte)
}

fn organisation<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::BenchmarkHelper::verify_organisation(&who);
	who
}

/// A verified organisation, the costlier counterparty: `is_verified` asks for a person first.
fn counterparty<T: Config>(name: &'static str) -> T::AccountId {
	organisation::<T>(name)
}

/// A verified person; `index` also derives its person key, so it is unique across names.
fn person<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::verify_person(&who, index);
	who
}

fn authority<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AuthorityOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn officer<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("officer", index, 0);
	T::BenchmarkHelper::issue_credential(&who, T::OfficerCredential::get());
	who
}

/// An authorised warehouse with its representative and `officers` officers; the last officer
/// named is returned (when there is one).
fn warehouse<T: Config>(
	officers: u32,
) -> Result<(T::AccountId, T::AccountId, Option<T::AccountId>), BenchmarkError> {
	let warehouse = organisation::<T>("warehouse");
	let representative: T::AccountId = account("representative", 0, 0);
	T::BenchmarkHelper::add_representative(&warehouse, &representative);
	Pallet::<T>::authorise_warehouse(authority::<T>()?, warehouse.clone(), hash(0xa0))?;
	let mut last = None;
	for i in 0..officers {
		let who = officer::<T>(i);
		Pallet::<T>::add_officer(
			RawOrigin::Signed(warehouse.clone()).into(),
			warehouse.clone(),
			who.clone(),
		)?;
		last = Some(who);
	}
	Ok((warehouse, representative, last))
}

/// A warehouse with a full officer list; returns it and its last officer.
fn full_warehouse<T: Config>() -> Result<(T::AccountId, T::AccountId), BenchmarkError> {
	let (warehouse, _, officer) = warehouse::<T>(T::MaxOfficers::get())?;
	Ok((warehouse, officer.ok_or(BenchmarkError::Weightless)?))
}

fn goods() -> Goods {
	Goods {
		description: hash(0x01),
		quantity: QUANTITY,
		unit: Unit::Tonne,
		lot: hash(0x10),
		declared_value: 250_000_000,
		location: Jurisdiction { state: MexicanState::Jalisco, municipality: 39 },
		insurance: hash(0x02),
	}
}

fn expiry<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::MaxValidity::get())
}

/// Ten blocks from now: the benchmark machinery may move from block 0 to block 1 between the
/// set-up (where a call's arguments are evaluated) and the call.
fn due<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(10u32.into())
}

fn terms<T: Config>() -> PledgeTermsOf<T> {
	PledgeTerms { amount: AMOUNT, interest: INTEREST, due: due::<T>(), contract: hash(0xcc) }
}

/// A chain of `MaxHolders - 1` holders starting with `first`; the current holder is last.
fn long_chain<T: Config>(
	first: &T::AccountId,
	name: &'static str,
) -> Result<BoundedVec<T::AccountId, T::MaxHolders>, BenchmarkError> {
	let mut chain = alloc::vec![first.clone()];
	for i in 1..T::MaxHolders::get().saturating_sub(1) {
		chain.push(person::<T>(name, i.saturating_add(100)));
	}
	chain.try_into().map_err(|_| BenchmarkError::Weightless)
}

/// Fill the history of the certificate up to one entry short of its bound, with the largest
/// entries.
fn fill_history<T: Config>(warehouse: &T::AccountId) -> Result<(), BenchmarkError> {
	let entry = HistoryEntry {
		at: frame_system::Pallet::<T>::block_number(),
		act: Act::DebtDeposited {
			amount: AMOUNT,
			owed: AMOUNT,
			receipt: hash(0xee),
			by: Some(warehouse.clone()),
		},
	};
	History::<T>::try_mutate(warehouse, FOLIO, |history| {
		let history = history.get_or_insert_with(BoundedVec::new);
		while history.len() < (HistoryBoundOf::<T>::get() as usize).saturating_sub(1) {
			history.try_push(entry.clone()).map_err(|_| BenchmarkError::Weightless)?;
		}
		Ok(())
	})
}

/// The worst-case certificate: a full warehouse, certificate [`FOLIO`] issued to a depositor,
/// the certificate's chain one short of full, the history one short of full. Returns the
/// warehouse, its last officer, the certificate's holder and the depositor (the bono's holder).
fn certificate<T: Config>(
	negotiable: bool,
) -> Result<(T::AccountId, T::AccountId, T::AccountId, T::AccountId), BenchmarkError> {
	let (warehouse, officer) = full_warehouse::<T>()?;
	let depositor = person::<T>("depositor", 0);
	Pallet::<T>::issue_certificate(
		RawOrigin::Signed(officer.clone()).into(),
		warehouse.clone(),
		FOLIO,
		depositor.clone(),
		goods(),
		negotiable,
		expiry::<T>(),
	)?;
	let chain = long_chain::<T>(&depositor, "holder")?;
	let holder = chain.last().cloned().ok_or(BenchmarkError::Weightless)?;
	Certificates::<T>::try_mutate(&warehouse, FOLIO, |c| {
		let c = c.as_mut().ok_or(BenchmarkError::Weightless)?;
		c.certificate_holders = chain;
		Ok::<_, BenchmarkError>(())
	})?;
	fill_history::<T>(&warehouse)?;
	Ok((warehouse, officer, holder, depositor))
}

/// The worst-case certificate with its bono pledged by the depositor to a creditor and the
/// bono's chain one short of full. Returns the warehouse, its last officer, the certificate's
/// holder and the bono's holder.
fn pledged<T: Config>(
) -> Result<(T::AccountId, T::AccountId, T::AccountId, T::AccountId), BenchmarkError> {
	let (warehouse, officer, holder, depositor) = certificate::<T>(true)?;
	let creditor = person::<T>("creditor", 1);
	Certificates::<T>::try_mutate(&warehouse, FOLIO, |c| {
		let c = c.as_mut().ok_or(BenchmarkError::Weightless)?;
		let mut chain = alloc::vec![depositor, creditor];
		for i in 1..T::MaxHolders::get().saturating_sub(2) {
			chain.push(person::<T>("bono", i.saturating_add(1_000)));
		}
		c.bono_holders = chain.try_into().map_err(|_| BenchmarkError::Weightless)?;
		c.pledge = Some(Pledge {
			terms: terms::<T>(),
			status: PledgeStatus::Outstanding,
			pledged_quantity: QUANTITY,
			deposited: 0,
			partial_deposits: 0,
		});
		Ok::<_, BenchmarkError>(())
	})?;
	let bono_holder = Certificates::<T>::get(&warehouse, FOLIO)
		.and_then(|c| c.bono_holder().cloned())
		.ok_or(BenchmarkError::Weightless)?;
	Ok((warehouse, officer, holder, bono_holder))
}

/// [`pledged`], due and declared in default.
fn in_default<T: Config>(
) -> Result<(T::AccountId, T::AccountId, T::AccountId, T::AccountId), BenchmarkError> {
	let (warehouse, officer, holder, bono_holder) = pledged::<T>()?;
	frame_system::Pallet::<T>::set_block_number(due::<T>());
	Certificates::<T>::try_mutate(&warehouse, FOLIO, |c| {
		let c = c.as_mut().ok_or(BenchmarkError::Weightless)?;
		c.status = CertificateStatus::InDefault;
		Ok::<_, BenchmarkError>(())
	})?;
	Ok((warehouse, officer, holder, bono_holder))
}

fn assert_last_event<T: Config>(event: Event<T>) {
	let event: <T as frame_system::Config>::RuntimeEvent = event.into();
	let last: Vec<_> = frame_system::Pallet::<T>::events()
		.into_iter()
		.map(|record| record.event)
		.collect();
	assert!(last.last() == Some(&event), "the call's event was the last one");
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn authorise_warehouse() -> Result<(), BenchmarkError> {
		let warehouse = organisation::<T>("warehouse");
		let origin = authority::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, warehouse.clone(), hash(0xa0));
		assert_last_event::<T>(Event::WarehouseAuthorised { warehouse, authorisation: hash(0xa0) });
		Ok(())
	}

	#[benchmark]
	fn suspend_warehouse() -> Result<(), BenchmarkError> {
		let (warehouse, _) = full_warehouse::<T>()?;
		let origin = authority::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, warehouse.clone());
		assert_last_event::<T>(Event::WarehouseSuspended { warehouse });
		Ok(())
	}

	#[benchmark]
	fn reinstate_warehouse() -> Result<(), BenchmarkError> {
		let (warehouse, _) = full_warehouse::<T>()?;
		Pallet::<T>::suspend_warehouse(authority::<T>()?, warehouse.clone())?;
		let origin = authority::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, warehouse.clone());
		assert_last_event::<T>(Event::WarehouseReinstated { warehouse });
		Ok(())
	}

	#[benchmark]
	fn revoke_warehouse() -> Result<(), BenchmarkError> {
		let (warehouse, _) = full_warehouse::<T>()?;
		let origin = authority::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, warehouse.clone());
		assert_last_event::<T>(Event::WarehouseRevoked { warehouse });
		Ok(())
	}

	#[benchmark]
	fn add_officer() -> Result<(), BenchmarkError> {
		let (warehouse, representative, _) =
			warehouse::<T>(T::MaxOfficers::get().saturating_sub(1))?;
		let officer = officer::<T>(T::MaxOfficers::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(representative), warehouse.clone(), officer.clone());
		assert_last_event::<T>(Event::OfficerAdded { warehouse, officer });
		Ok(())
	}

	#[benchmark]
	fn remove_officer() -> Result<(), BenchmarkError> {
		let (warehouse, representative, officer) = warehouse::<T>(T::MaxOfficers::get())?;
		let officer = officer.ok_or(BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(representative), warehouse.clone(), officer.clone());
		assert_last_event::<T>(Event::OfficerRemoved { warehouse, officer });
		Ok(())
	}

	#[benchmark]
	fn issue_certificate() -> Result<(), BenchmarkError> {
		let (warehouse, officer) = full_warehouse::<T>()?;
		let depositor = counterparty::<T>("depositor");
		let expires_at = expiry::<T>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(officer.clone()),
			warehouse.clone(),
			FOLIO,
			depositor.clone(),
			goods(),
			true,
			expires_at,
		);
		assert_last_event::<T>(Event::CertificateIssued {
			warehouse,
			folio: FOLIO,
			lot: hash(0x10),
			depositor,
			negotiable: true,
			expires_at,
			officer,
		});
		Ok(())
	}

	#[benchmark]
	fn endorse_certificate() -> Result<(), BenchmarkError> {
		let (warehouse, _, holder, _) = certificate::<T>(true)?;
		let to = counterparty::<T>("buyer");
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.clone()), warehouse.clone(), FOLIO, to.clone());
		assert_last_event::<T>(Event::CertificateEndorsed {
			warehouse,
			folio: FOLIO,
			from: holder,
			to,
		});
		Ok(())
	}

	#[benchmark]
	fn pledge_bono() -> Result<(), BenchmarkError> {
		let (warehouse, _, _, depositor) = certificate::<T>(true)?;
		let creditor = counterparty::<T>("creditor");
		// Fixed before the call: the block may change between the set-up and the call.
		let terms = terms::<T>();
		let due = terms.due;
		#[extrinsic_call]
		_(RawOrigin::Signed(depositor.clone()), warehouse.clone(), FOLIO, creditor.clone(), terms);
		assert_last_event::<T>(Event::BonoPledged {
			warehouse,
			folio: FOLIO,
			debtor: depositor,
			creditor,
			amount: AMOUNT,
			due,
		});
		Ok(())
	}

	#[benchmark]
	fn endorse_bono() -> Result<(), BenchmarkError> {
		let (warehouse, _, _, bono_holder) = pledged::<T>()?;
		let to = counterparty::<T>("buyer");
		#[extrinsic_call]
		_(RawOrigin::Signed(bono_holder.clone()), warehouse.clone(), FOLIO, to.clone());
		assert_last_event::<T>(Event::BonoEndorsed {
			warehouse,
			folio: FOLIO,
			from: bono_holder,
			to,
		});
		Ok(())
	}

	#[benchmark]
	fn acknowledge_repayment() -> Result<(), BenchmarkError> {
		let (warehouse, _, _, bono_holder) = in_default::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(bono_holder.clone()), warehouse.clone(), FOLIO);
		assert_last_event::<T>(Event::RepaymentAcknowledged {
			warehouse,
			folio: FOLIO,
			by: bono_holder,
		});
		Ok(())
	}

	#[benchmark]
	fn deposit_debt() -> Result<(), BenchmarkError> {
		let (warehouse, officer, _, _) = in_default::<T>()?;
		let debt = AMOUNT.saturating_add(INTEREST);
		#[extrinsic_call]
		_(RawOrigin::Signed(officer.clone()), warehouse.clone(), FOLIO, debt, hash(0xdd));
		assert_last_event::<T>(Event::DebtDeposited {
			warehouse,
			folio: FOLIO,
			amount: debt,
			owed: 0,
			officer: Some(officer),
			receipt: hash(0xdd),
		});
		Ok(())
	}

	#[benchmark]
	fn withdraw_goods() -> Result<(), BenchmarkError> {
		let (warehouse, _, holder, _) = pledged::<T>()?;
		Certificates::<T>::try_mutate(&warehouse, FOLIO, |c| {
			let pledge =
				c.as_mut().and_then(|c| c.pledge.as_mut()).ok_or(BenchmarkError::Weightless)?;
			pledge.deposited = pledge.debt();
			pledge.status = PledgeStatus::DebtDeposited;
			Ok::<_, BenchmarkError>(())
		})?;
		#[extrinsic_call]
		_(RawOrigin::Signed(holder), warehouse.clone(), FOLIO, QUANTITY);
		assert_last_event::<T>(Event::GoodsWithdrawn {
			warehouse,
			folio: FOLIO,
			quantity: QUANTITY,
			remaining: 0,
		});
		Ok(())
	}

	#[benchmark]
	fn declare_default() -> Result<(), BenchmarkError> {
		let (warehouse, _, _, bono_holder) = pledged::<T>()?;
		frame_system::Pallet::<T>::set_block_number(due::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(bono_holder.clone()), warehouse.clone(), FOLIO);
		assert_last_event::<T>(Event::DefaultDeclared { warehouse, folio: FOLIO, by: bono_holder });
		Ok(())
	}

	#[benchmark]
	fn record_sale() -> Result<(), BenchmarkError> {
		let (warehouse, officer, _, _) = in_default::<T>()?;
		let proceeds = AMOUNT.saturating_mul(2);
		#[extrinsic_call]
		_(RawOrigin::Signed(officer), warehouse.clone(), FOLIO, proceeds, hash(0x5a));
		let owed = AMOUNT.saturating_add(INTEREST);
		assert_last_event::<T>(Event::GoodsSold {
			warehouse,
			folio: FOLIO,
			proceeds,
			to_bono_holder: owed,
			to_certificate_holder: proceeds.saturating_sub(owed),
		});
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::bare(), crate::mock::Test);
}
