//! Benchmarks of the tenders pallet, worst case: longest titles, full official, partida,
//! requirement, bid, enquiry, evaluator, complaint and deliverable lists, the searched item
//! last, and every deposit held so that releases and forfeits do real work.
//!
//! The panel and ballot services are reached through [`BenchmarkHelper`]: their own
//! benchmarks measure their work, whose weights the calls add to these.

use super::*;
use alloc::vec;
use bmx_primitives::identity::{Jurisdiction, MexicanState};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate, MutateHold};
use frame_system::RawOrigin;
use sp_runtime::traits::{Convert, Saturating};

/// The seed the benchmarks give a tender whose panel they write directly.
const SEED: H256 = H256([0x42; 32]);

/// The budget of the benchmarks' tenders: 1,000,000 pesos.
const BUDGET: Centavos = 100_000_000;

/// The market-research reference price of the benchmarks' tenders: the bids of [`fill_bids`]
/// (1,000 centavos and up) are all eligible.
const REFERENCE_PRICE: Centavos = 1_100;

fn set_block<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

/// The bid guarantee of the benchmarks' tenders.
fn guarantee<T: Config>() -> BalanceOf<T> {
	T::CentavosToBalance::convert(T::BidGuarantee::get().mul_floor(BUDGET))
		.max(T::MinBidGuarantee::get())
}

/// An account that can pay a few bid guarantees and a performance guarantee.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = <T::Currency as Inspect<T::AccountId>>::minimum_balance()
		.saturating_add(guarantee::<T>().saturating_mul(4u32.into()))
		.saturating_add(T::CentavosToBalance::convert(BUDGET));
	<T::Currency as Mutate<T::AccountId>>::set_balance(&who, amount);
	who
}

fn long_title<T: Config>() -> TitleOf<T> {
	vec![b't'; T::MaxTitleLength::get() as usize]
		.try_into()
		.expect("MaxTitleLength bytes fit; qed")
}

fn officials<T: Config>(seed: u32) -> OfficialsOf<T> {
	let mut officials: Vec<T::AccountId> =
		(1..T::MaxOfficials::get()).map(|i| account("official", i, seed)).collect();
	officials.push(account("official", 0, seed));
	officials.try_into().expect("MaxOfficials officials fit; qed")
}

/// Buyer unit 0 with a full official list; returns its last official.
fn buyer_unit<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let origin =
		T::BuyerRegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	Pallet::<T>::register_buyer_unit(origin, long_title::<T>(), officials::<T>(0))?;
	Ok(account("official", 0, 0))
}

fn schedule<T: Config>() -> ScheduleOf<T> {
	Schedule {
		enquiries_end: 10u32.into(),
		bidding_end: 20u32.into(),
		reveal_end: 30u32.into(),
		evaluation_end: 40u32.into(),
		score_reveal_end: 50u32.into(),
		vote_end: 60u32.into(),
		complaints_end: 70u32.into(),
		contract_deadline: 80u32.into(),
	}
}

/// `count` partidas, each with its full list of requirements and its own active CUCoP key (so
/// that each catalogue check reads another entry).
fn partidas<T: Config>(count: u32) -> PartidasOf<T> {
	let requirements: RequirementsOf<T> =
		vec![DocumentHash::repeat_byte(2); T::MaxRequirements::get() as usize]
			.try_into()
			.expect("MaxRequirements fit; qed");
	(0..count)
		.map(|i| Partida {
			description: DocumentHash::repeat_byte(1),
			quantity: 1,
			unit: *b"H87",
			cucop: T::BenchmarkHelper::catalogue_code(i),
			requirements: requirements.clone(),
		})
		.collect::<Vec<_>>()
		.try_into()
		.expect("at most MaxPartidas fit; qed")
}

fn award_weights() -> AwardWeights {
	AwardWeights {
		price: Perbill::from_percent(40),
		technical: Perbill::from_percent(40),
		citizen: Perbill::from_percent(20),
	}
}

/// A drafted tender of buyer unit 0, at block 1.
fn draft<T: Config>(official: &T::AccountId) -> Result<TenderId, BenchmarkError> {
	set_block::<T>(1);
	let id = NextTenderId::<T>::get();
	Pallet::<T>::create_tender(
		RawOrigin::Signed(official.clone()).into(),
		0,
		long_title::<T>(),
		DocumentHash::repeat_byte(3),
		BUDGET,
		REFERENCE_PRICE,
		partidas::<T>(T::MaxPartidas::get()),
		award_weights(),
		TenderScope::Federal,
		schedule::<T>(),
	)?;
	Ok(id)
}

/// A social witness for tender `id`, as a budget above the threshold asks.
fn with_witness<T: Config>(id: TenderId) -> Result<(), BenchmarkError> {
	let witness: T::AccountId = account("witness", 0, 0);
	SocialWitnesses::<T>::mutate(id, |witnesses| {
		witnesses.try_push(SocialWitness { witness, assigned_at: 1u32.into(), testimony: None })
	})
	.map_err(|_| BenchmarkError::Weightless)
}

/// Give `official` what publishing holds from it: the evaluation fee, above the existential
/// deposit (the panel service takes the fee keeping the account alive).
fn fund_fee<T: Config>(official: &T::AccountId) {
	let amount = <T::Currency as Inspect<T::AccountId>>::minimum_balance()
		.saturating_add(T::EvaluationFee::get());
	<T::Currency as Mutate<T::AccountId>>::set_balance(official, amount);
}

/// Buyer unit 0 and its tender 0, published at block 2, its evaluation fee held.
fn published<T: Config>() -> Result<(TenderId, T::AccountId), BenchmarkError> {
	let official = buyer_unit::<T>()?;
	let id = draft::<T>(&official)?;
	with_witness::<T>(id)?;
	fund_fee::<T>(&official);
	set_block::<T>(2);
	Pallet::<T>::publish_tender(RawOrigin::Signed(official.clone()).into(), id)?;
	Ok((id, official))
}

/// Verify `who` as an organisation and register it as a supplier; returns the origin that
/// approves or rejects suppliers.
fn registered<T: Config>(who: &T::AccountId) -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::BenchmarkHelper::verify_organisation(who);
	Pallet::<T>::register_supplier(RawOrigin::Signed(who.clone()).into(), DocumentHash::zero())?;
	T::SupplierRegistryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An approved supplier.
fn approved<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, index);
	let origin = registered::<T>(&who)?;
	Pallet::<T>::approve_supplier(origin, who.clone(), DocumentHash::zero())?;
	Ok(who)
}

/// `count` unanswered enquiries on tender `id`, each from another supplier.
fn fill_enquiries<T: Config>(id: TenderId, count: u32) {
	Enquiries::<T>::mutate(id, |enquiries| {
		for i in 0..count {
			let asker: T::AccountId = account("asker", i, 0);
			let enquiry = Enquiry { supplier: asker, question: DocumentHash::zero(), answer: None };
			if enquiries.try_push(enquiry).is_err() {
				break;
			}
		}
	});
}

/// Partida offers adding up to `price`.
fn offers<T: Config>(partidas: usize, price: Centavos) -> PartidaOffersOf<T> {
	let mut offers = vec![0u128; partidas];
	if let Some(first) = offers.first_mut() {
		*first = price;
	}
	offers.try_into().expect("one offer per partida fits MaxPartidas; qed")
}

/// Add `count` bids by funded accounts `bidder` 0.. with their deposits held, revealed or not.
/// Bidder `i` offers `1_000 + i` centavos.
fn fill_bids<T: Config>(id: TenderId, count: u32, revealed: bool) -> Result<(), BenchmarkError> {
	let tender = Tenders::<T>::get(id).ok_or(BenchmarkError::Weightless)?;
	let mut bids = Bids::<T>::get(id);
	for i in 0..count {
		let bidder = funded::<T>("bidder", i);
		let deposit = guarantee::<T>();
		T::Currency::hold(&HoldReason::BidGuarantee.into(), &bidder, deposit)?;
		let price = 1_000u128.saturating_add(u128::from(i));
		let offer = revealed.then(|| Offer {
			price,
			partida_offers: offers::<T>(tender.partidas.len(), price),
			proposal: DocumentHash::repeat_byte(4),
			salt: H256::from_low_u64_be(u64::from(i)).0,
			revealed_at: tender.schedule.bidding_end,
		});
		bids.try_push(Bid {
			bidder,
			organisation_key: OrganisationKey::from_low_u64_be(u64::from(i)),
			// Distinct, as commitments are: they label the ballot's options.
			commitment: H256::from_low_u64_be(u64::from(i).saturating_add(1)),
			submitted_at: tender.schedule.enquiries_end,
			deposit,
			offer,
			forfeited: false,
		})
		.map_err(|_| BenchmarkError::Weightless)?;
	}
	Tenders::<T>::mutate(id, |t| {
		if let Some(t) = t {
			t.bid_count = bids.len() as u32;
		}
	});
	Bids::<T>::insert(id, bids);
	Ok(())
}

/// How many bids of tender `id` were revealed.
fn revealed_count<T: Config>(id: TenderId) -> u32 {
	Bids::<T>::get(id).iter().filter(|b| b.offer.is_some()).count() as u32
}

/// Give tender `id` a panel concluded with `evaluators` score lists of its revealed bids, and
/// its seed.
fn with_panel<T: Config>(id: TenderId, evaluators: u32) {
	let panel = T::BenchmarkHelper::concluded_panel(revealed_count::<T>(id), evaluators);
	TenderPanels::<T>::insert(id, panel);
	Tenders::<T>::mutate(id, |t| {
		if let Some(t) = t {
			t.seed = Some(SEED);
		}
	});
}

/// Give tender `id` a ballot among its revealed bids whose voting ended, with votes for each.
fn with_ballot<T: Config>(id: TenderId) {
	CitizenBallots::<T>::insert(id, T::BenchmarkHelper::ended_ballot(revealed_count::<T>(id)));
}

/// Tender 0 awarded at block 60 to `bidder` 0 among `bids` revealed bids, scored by a panel
/// of the most evaluators (whose outcome the contract's end records).
fn awarded<T: Config>(bids: u32) -> Result<(TenderId, T::AccountId), BenchmarkError> {
	let (id, official) = published::<T>()?;
	fill_bids::<T>(id, bids, true)?;
	with_panel::<T>(id, T::MaxEvaluatorsPerTender::get());
	set_block::<T>(60);
	Pallet::<T>::compute_award(RawOrigin::Signed(official.clone()).into(), id)?;
	Ok((id, official))
}

/// [`awarded`] with `bids` bids, final at block 70.
fn final_award<T: Config>(bids: u32) -> Result<(TenderId, T::AccountId), BenchmarkError> {
	let (id, official) = awarded::<T>(bids)?;
	set_block::<T>(70);
	Pallet::<T>::finalise_award(RawOrigin::Signed(official.clone()).into(), id)?;
	Ok((id, official))
}

/// A full list of deliverables adding up to the winning price of [`awarded`].
fn deliverable_terms<T: Config>() -> DeliverableTermsOf<T> {
	(0..T::MaxDeliverables::get())
		.map(|i| {
			let amount = if i == 0 { 1_000u128 } else { 0 };
			(
				DocumentHash::repeat_byte(5),
				BlockNumberFor::<T>::from(100u32.saturating_add(i)),
				amount,
			)
		})
		.collect::<Vec<_>>()
		.try_into()
		.expect("MaxDeliverables fit; qed")
}

/// [`final_award`] with `bids` bids, with its contract drafted at block 71.
fn drafted<T: Config>(bids: u32) -> Result<(TenderId, T::AccountId), BenchmarkError> {
	let (id, official) = final_award::<T>(bids)?;
	set_block::<T>(71);
	Pallet::<T>::draft_contract(
		RawOrigin::Signed(official.clone()).into(),
		id,
		DocumentHash::repeat_byte(6),
		deliverable_terms::<T>(),
	)?;
	Ok((id, official))
}

/// [`drafted`], signed by both parties.
fn active<T: Config>() -> Result<(TenderId, T::AccountId), BenchmarkError> {
	let (id, official) = drafted::<T>(T::MaxBidsPerTender::get())?;
	let winner: T::AccountId = account("bidder", 0, 0);
	let document = Contracts::<T>::get(id).map(|c| c.document).unwrap_or_default();
	T::BenchmarkHelper::sign_with_efirma(&official, &document);
	T::BenchmarkHelper::sign_with_efirma(&winner, &document);
	Pallet::<T>::sign_contract(RawOrigin::Signed(official.clone()).into(), id)?;
	Pallet::<T>::sign_contract(RawOrigin::Signed(winner).into(), id)?;
	Ok((id, official))
}

/// Accept every deliverable but the last one.
fn accept_all_but_last<T: Config>(
	id: TenderId,
	official: &T::AccountId,
) -> Result<(), BenchmarkError> {
	for index in 0..T::MaxDeliverables::get().saturating_sub(1) {
		Pallet::<T>::accept_deliverable(RawOrigin::Signed(official.clone()).into(), id, index)?;
	}
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_buyer_unit() -> Result<(), BenchmarkError> {
		let origin = T::BuyerRegistryOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, long_title::<T>(), officials::<T>(0));
		assert!(BuyerUnits::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn set_buyer_officials() -> Result<(), BenchmarkError> {
		buyer_unit::<T>()?;
		let origin = T::BuyerRegistryOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, officials::<T>(1));
		assert!(Pallet::<T>::is_official(0, &account("official", 0, 1)));
		Ok(())
	}

	#[benchmark]
	fn register_supplier() -> Result<(), BenchmarkError> {
		// The organisation moved here: its former account's registration is suspended.
		let who: T::AccountId = account("supplier", 0, 0);
		T::BenchmarkHelper::verify_organisation(&who);
		let organisation_key =
			T::Organisations::organisation_key(&who).ok_or(BenchmarkError::Weightless)?;
		let former: T::AccountId = account("supplier", 1, 0);
		Suppliers::<T>::insert(
			&former,
			Supplier {
				organisation_key,
				document: DocumentHash::zero(),
				status: SupplierStatus::Approved { reason: DocumentHash::zero() },
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		SupplierOfOrganisation::<T>::insert(organisation_key, &former);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), DocumentHash::zero());
		assert!(Suppliers::<T>::contains_key(&who));
		assert_eq!(Suppliers::<T>::get(&former).map(|s| s.status), Some(SupplierStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn on_organisation_revoked() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("supplier", 0, 0);
		let origin = registered::<T>(&who)?;
		Pallet::<T>::approve_supplier(origin, who.clone(), DocumentHash::zero())?;
		let organisation_key =
			T::Organisations::organisation_key(&who).ok_or(BenchmarkError::Weightless)?;
		#[block]
		{
			<Pallet<T> as IdentityHooks<T::AccountId>>::on_organisation_revoked(
				&who,
				&organisation_key,
			);
		}
		assert_eq!(Suppliers::<T>::get(&who).map(|s| s.status), Some(SupplierStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn approve_supplier() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("supplier", 0, 0);
		let origin = registered::<T>(&who)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), DocumentHash::zero());
		assert!(Pallet::<T>::ensure_approved(&who).is_ok());
		Ok(())
	}

	#[benchmark]
	fn reject_supplier() -> Result<(), BenchmarkError> {
		let who: T::AccountId = account("supplier", 0, 0);
		let origin = registered::<T>(&who)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), DocumentHash::zero());
		assert!(Pallet::<T>::ensure_approved(&who).is_err());
		Ok(())
	}

	#[benchmark]
	fn create_tender(p: Linear<1, { T::MaxPartidas::get() }>) -> Result<(), BenchmarkError> {
		let official = buyer_unit::<T>()?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(official),
			0,
			long_title::<T>(),
			DocumentHash::zero(),
			BUDGET,
			REFERENCE_PRICE,
			partidas::<T>(p),
			award_weights(),
			TenderScope::Municipality(MexicanState::Jalisco, 39),
			schedule::<T>(),
		);
		assert!(Tenders::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn publish_tender() -> Result<(), BenchmarkError> {
		// The award weighs technical scores: the evaluation fee is held.
		let official = buyer_unit::<T>()?;
		let id = draft::<T>(&official)?;
		with_witness::<T>(id)?;
		fund_fee::<T>(&official);
		#[extrinsic_call]
		_(RawOrigin::Signed(official.clone()), id);
		assert!(Tenders::<T>::get(id).is_some_and(|t| t.status == TenderStatus::Published));
		assert_eq!(EvaluationFees::<T>::get(id), Some((official, T::EvaluationFee::get())));
		Ok(())
	}

	#[benchmark]
	fn amend_tender() -> Result<(), BenchmarkError> {
		let (id, official) = published::<T>()?;
		let mut extended = schedule::<T>();
		extended.contract_deadline = 90u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, extended, DocumentHash::zero());
		assert!(Tenders::<T>::get(id).is_some_and(|t| t.amendments == 1));
		Ok(())
	}

	#[benchmark]
	fn cancel_tender(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		let (id, official) = published::<T>()?;
		fill_bids::<T>(id, b, false)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, DocumentHash::zero());
		assert!(Tenders::<T>::get(id).is_some_and(|t| t.status == TenderStatus::Cancelled));
		Ok(())
	}

	#[benchmark]
	fn ask_question() -> Result<(), BenchmarkError> {
		let (id, _) = published::<T>()?;
		let supplier = approved::<T>("supplier", 0)?;
		// Every other slot taken by other suppliers: the per-supplier count scans them all.
		fill_enquiries::<T>(id, T::MaxEnquiries::get().saturating_sub(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(supplier), id, DocumentHash::zero());
		assert_eq!(Enquiries::<T>::get(id).len() as u32, T::MaxEnquiries::get());
		Ok(())
	}

	#[benchmark]
	fn answer_question() -> Result<(), BenchmarkError> {
		let (id, official) = published::<T>()?;
		fill_enquiries::<T>(id, T::MaxEnquiries::get());
		let last = T::MaxEnquiries::get().saturating_sub(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, last, DocumentHash::zero());
		assert!(Enquiries::<T>::get(id).last().is_some_and(|e| e.answer.is_some()));
		Ok(())
	}

	#[benchmark]
	fn submit_bid(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		let (id, _) = published::<T>()?;
		fill_bids::<T>(id, b.saturating_sub(1), false)?;
		let supplier = approved::<T>("supplier", 0)?;
		set_block::<T>(10);
		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), id, H256::zero());
		assert!(Bids::<T>::get(id).iter().any(|b| b.bidder == supplier));
		Ok(())
	}

	#[benchmark]
	fn withdraw_bid(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		// The first of `b` withdraws: every other bid moves.
		let (id, _) = published::<T>()?;
		let supplier = approved::<T>("supplier", 0)?;
		set_block::<T>(10);
		Pallet::<T>::submit_bid(RawOrigin::Signed(supplier.clone()).into(), id, H256::zero())?;
		fill_bids::<T>(id, b.saturating_sub(1), false)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), id);
		assert!(Bids::<T>::get(id).iter().all(|b| b.bidder != supplier));
		Ok(())
	}

	#[benchmark]
	fn reveal_bid(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		let (id, _) = published::<T>()?;
		fill_bids::<T>(id, b.saturating_sub(1), true)?;
		let supplier = approved::<T>("supplier", 0)?;
		let partidas = T::MaxPartidas::get() as usize;
		let price = 5_000u128;
		let partida_offers = offers::<T>(partidas, price);
		let proposal = DocumentHash::repeat_byte(7);
		let salt = [9u8; 32];
		let commitment = bid_commitment(id, &supplier, price, &partida_offers, &proposal, &salt);
		set_block::<T>(10);
		Pallet::<T>::submit_bid(RawOrigin::Signed(supplier.clone()).into(), id, commitment)?;
		set_block::<T>(20);
		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), id, price, partida_offers, proposal, salt);
		assert!(Bids::<T>::get(id).iter().all(|b| b.offer.is_some()));
		Ok(())
	}

	#[benchmark]
	fn open_evaluation(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		// The most candidates, enrolled before publication; `b` revealed bids, whose bidders
		// and the full official list are left out.
		set_block::<T>(1);
		T::BenchmarkHelper::enrol_panel_candidates();
		let (id, _) = published::<T>()?;
		fill_bids::<T>(id, b, true)?;
		// frame-system keeps the hash of the block before reveal_end, the seed's anchor.
		let mut anchor_hash = T::Hash::default();
		anchor_hash.as_mut().fill(0x29);
		frame_system::BlockHash::<T>::insert(BlockNumberFor::<T>::from(29u32), anchor_hash);
		set_block::<T>(30);
		let caller: T::AccountId = account("caller", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(TenderPanels::<T>::contains_key(id));
		assert!(EvaluationFees::<T>::get(id).is_some_and(|(_, held)| held.is_zero()));
		Ok(())
	}

	#[benchmark]
	fn open_citizen_vote(
		b: Linear<2, { T::MaxBidsPerTender::get() }>,
	) -> Result<(), BenchmarkError> {
		// `b` revealed bids label the ballot's options.
		let (id, _) = published::<T>()?;
		fill_bids::<T>(id, b, true)?;
		let scope = Tenders::<T>::get(id).ok_or(BenchmarkError::Weightless)?.scope;
		T::BenchmarkHelper::make_scope_usable(scope.ring_scope());
		set_block::<T>(50);
		let caller: T::AccountId = account("caller", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(CitizenBallots::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn compute_award(
		b: Linear<3, { T::MaxBidsPerTender::get() }>,
		e: Linear<1, { T::MaxEvaluatorsPerTender::get() }>,
	) -> Result<(), BenchmarkError> {
		// One bid of `b` not revealed: its guarantee is forfeited. The others were scored by a
		// panel of `e` evaluators and voted on in a ballot (so at least two of them, and `b` at
		// least 3). The fee is still held, to be returned, and the award is late, so that the
		// deadlines move: each costs more than its alternative, together they are an upper
		// bound.
		let (id, official) = published::<T>()?;
		fill_bids::<T>(id, b.saturating_sub(1), true)?;
		with_panel::<T>(id, e);
		with_ballot::<T>(id);
		let late = funded::<T>("late", 0);
		T::Currency::hold(&HoldReason::BidGuarantee.into(), &late, guarantee::<T>())?;
		Bids::<T>::mutate(id, |bids| {
			bids.try_push(Bid {
				bidder: late.clone(),
				organisation_key: OrganisationKey::repeat_byte(0xff),
				commitment: H256::zero(),
				submitted_at: 10u32.into(),
				deposit: guarantee::<T>(),
				offer: None,
				forfeited: false,
			})
		})
		.map_err(|_| BenchmarkError::Weightless)?;
		Tenders::<T>::mutate(id, |t| {
			if let Some(t) = t {
				t.bid_count = b;
			}
		});
		set_block::<T>(61);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id);
		assert!(Awards::<T>::get(id).is_some_and(|a| a.winner == Some(0) && a.evaluators == e));
		Ok(())
	}

	#[benchmark]
	fn file_complaint(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		// Every other bidder complained: the last one is checked against all.
		let (id, _) = awarded::<T>(b)?;
		let bidders = b;
		for i in 0..bidders.saturating_sub(1) {
			Pallet::<T>::file_complaint(
				RawOrigin::Signed(account("bidder", i, 0)).into(),
				id,
				DocumentHash::zero(),
			)?;
		}
		let last: T::AccountId = account("bidder", bidders.saturating_sub(1), 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, DocumentHash::zero());
		assert_eq!(Complaints::<T>::get(id).len() as u32, bidders);
		Ok(())
	}

	#[benchmark]
	fn resolve_complaint(
		b: Linear<1, { T::MaxBidsPerTender::get() }>,
	) -> Result<(), BenchmarkError> {
		// Upheld with the tender's cancellation: every guarantee returns.
		let (id, _) = awarded::<T>(b)?;
		Pallet::<T>::file_complaint(
			RawOrigin::Signed(account("bidder", 0, 0)).into(),
			id,
			DocumentHash::zero(),
		)?;
		let origin =
			T::ReviewOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, 0, Resolution::Cancel, DocumentHash::zero());
		assert!(Tenders::<T>::get(id).is_some_and(|t| t.status == TenderStatus::Cancelled));
		Ok(())
	}

	#[benchmark]
	fn finalise_award(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		let (id, official) = awarded::<T>(b)?;
		for i in 0..b {
			Pallet::<T>::file_complaint(
				RawOrigin::Signed(account("bidder", i, 0)).into(),
				id,
				DocumentHash::zero(),
			)?;
			let origin =
				T::ReviewOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
			Pallet::<T>::resolve_complaint(
				origin,
				id,
				i,
				Resolution::Dismiss,
				DocumentHash::zero(),
			)?;
		}
		set_block::<T>(70);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id);
		assert!(Tenders::<T>::get(id).is_some_and(|t| t.status == TenderStatus::AwardFinal));
		Ok(())
	}

	#[benchmark]
	fn draft_contract() -> Result<(), BenchmarkError> {
		let (id, official) = final_award::<T>(T::MaxBidsPerTender::get())?;
		set_block::<T>(71);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, DocumentHash::zero(), deliverable_terms::<T>());
		assert!(Contracts::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn sign_contract(b: Linear<1, { T::MaxBidsPerTender::get() }>) -> Result<(), BenchmarkError> {
		// The winner signs last: its performance guarantee is held, its bid guarantee returns.
		let (id, official) = drafted::<T>(b)?;
		let document = Contracts::<T>::get(id).map(|c| c.document).unwrap_or_default();
		T::BenchmarkHelper::sign_with_efirma(&official, &document);
		Pallet::<T>::sign_contract(RawOrigin::Signed(official).into(), id)?;
		let winner: T::AccountId = account("bidder", 0, 0);
		T::BenchmarkHelper::sign_with_efirma(&winner, &document);
		#[extrinsic_call]
		_(RawOrigin::Signed(winner), id);
		assert!(Contracts::<T>::get(id).is_some_and(|c| c.status == ContractStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn accept_deliverable() -> Result<(), BenchmarkError> {
		let (id, official) = active::<T>()?;
		accept_all_but_last::<T>(id, &official)?;
		let last = T::MaxDeliverables::get().saturating_sub(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, last);
		assert!(Contracts::<T>::get(id).is_some_and(|c| c.status == ContractStatus::Completed));
		Ok(())
	}

	#[benchmark]
	fn reject_deliverable() -> Result<(), BenchmarkError> {
		let (id, official) = active::<T>()?;
		accept_all_but_last::<T>(id, &official)?;
		let last = T::MaxDeliverables::get().saturating_sub(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, last, DocumentHash::zero());
		assert!(Contracts::<T>::get(id).is_some_and(|c| c.status == ContractStatus::Failed));
		Ok(())
	}

	#[benchmark]
	fn declare_deliverable_overdue() -> Result<(), BenchmarkError> {
		let (id, official) = active::<T>()?;
		accept_all_but_last::<T>(id, &official)?;
		let last = T::MaxDeliverables::get().saturating_sub(1);
		set_block::<T>(200);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, last);
		assert!(Contracts::<T>::get(id).is_some_and(|c| c.status == ContractStatus::Failed));
		Ok(())
	}

	#[benchmark]
	fn settle_unsigned_contract(
		b: Linear<2, { T::MaxBidsPerTender::get() }>,
	) -> Result<(), BenchmarkError> {
		// The winner did not sign: its guarantee is forfeited and the runner-up (`bidder` 1,
		// one centavo dearer) gets the contract, found among `b` scored bids.
		let (id, official) = drafted::<T>(b)?;
		let document = Contracts::<T>::get(id).map(|c| c.document).unwrap_or_default();
		T::BenchmarkHelper::sign_with_efirma(&official, &document);
		Pallet::<T>::sign_contract(RawOrigin::Signed(official.clone()).into(), id)?;
		set_block::<T>(80);
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id);
		assert!(Awards::<T>::get(id).is_some_and(|a| a.winner == Some(1)));
		Ok(())
	}

	#[benchmark]
	fn assign_social_witness() -> Result<(), BenchmarkError> {
		// Every other slot taken; the witness is checked against the full official list.
		let official = buyer_unit::<T>()?;
		let id = draft::<T>(&official)?;
		SocialWitnesses::<T>::mutate(id, |witnesses| {
			for i in 1..T::MaxSocialWitnesses::get() {
				let _ = witnesses.try_push(SocialWitness {
					witness: account("witness", i, 0),
					assigned_at: 1u32.into(),
					testimony: None,
				});
			}
		});
		let witness: T::AccountId = account("witness", 0, 0);
		T::BenchmarkHelper::issue_credential(&witness, T::SocialWitnessCredential::get());
		let origin =
			T::ReviewOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, witness.clone());
		assert!(SocialWitnesses::<T>::get(id).iter().any(|w| w.witness == witness));
		Ok(())
	}

	#[benchmark]
	fn file_testimony() -> Result<(), BenchmarkError> {
		// The last of a full list of witnesses testifies on an awarded tender.
		let (id, _) = awarded::<T>(1)?;
		let witness: T::AccountId = account("witness", u32::MAX, 0);
		T::BenchmarkHelper::issue_credential(&witness, T::SocialWitnessCredential::get());
		SocialWitnesses::<T>::mutate(id, |witnesses| {
			for i in 1..T::MaxSocialWitnesses::get().saturating_sub(1) {
				let _ = witnesses.try_push(SocialWitness {
					witness: account("witness", i, 0),
					assigned_at: 1u32.into(),
					testimony: None,
				});
			}
			let _ = witnesses.try_push(SocialWitness {
				witness: witness.clone(),
				assigned_at: 1u32.into(),
				testimony: None,
			});
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(witness.clone()), id, DocumentHash::zero());
		assert!(SocialWitnesses::<T>::get(id)
			.iter()
			.any(|w| w.witness == witness && w.testimony.is_some()));
		Ok(())
	}

	#[benchmark]
	fn comment_on_tender() -> Result<(), BenchmarkError> {
		let (id, _) = published::<T>()?;
		let citizen: T::AccountId = account("citizen", 0, 0);
		T::BenchmarkHelper::verify_person(
			&citizen,
			0,
			Jurisdiction { state: MexicanState::Jalisco, municipality: 39 },
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(citizen), id, DocumentHash::zero());
		assert!(Comments::<T>::contains_key(id, 0));
		Ok(())
	}

	#[benchmark]
	fn answer_comment() -> Result<(), BenchmarkError> {
		let (id, official) = published::<T>()?;
		let citizen: T::AccountId = account("citizen", 0, 0);
		T::BenchmarkHelper::verify_person(
			&citizen,
			0,
			Jurisdiction { state: MexicanState::Jalisco, municipality: 39 },
		);
		Pallet::<T>::comment_on_tender(
			RawOrigin::Signed(citizen).into(),
			id,
			DocumentHash::zero(),
		)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(official), id, 0, DocumentHash::zero());
		assert!(Comments::<T>::get(id, 0).is_some_and(|c| c.answer.is_some()));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
