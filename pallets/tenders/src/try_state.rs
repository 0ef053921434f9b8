//! Invariants of the tenders pallet, checked by `try-runtime` and after every unit test.

use super::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::fungible::InspectHold;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants:
	/// - ids: buyer units and tenders below their counters; every tender's buyer unit exists;
	///   buyer units have distinct officials, at least one;
	/// - schedules: every tender's phase boundaries are strictly increasing; a draft has no
	///   publication block, any other tender that was published has one, before
	///   `enquiries_end`; a tender has a seed exactly when it has a panel;
	/// - guarantees: for each bidder, the bid guarantees its bids hold add up to what is held
	///   from it for [`HoldReason::BidGuarantee`]; a forfeited bid holds nothing and was not
	///   revealed, or won and did not sign; once an
	///   award is final only the winner's bid holds one, until it signs; once a tender is
	///   deserted or cancelled none does; the performance guarantees of contracts add up to
	///   what is held for [`HoldReason::PerformanceGuarantee`], held exactly while a contract
	///   the supplier signed has not ended;
	/// - sealed bids: no bid has revealed data stored before bidding closed (every revealed
	///   offer's block is at or after `bidding_end`, and in the past), offers have one partida
	///   offer per partida adding up to the price; each tender's `bid_count` matches its bids,
	///   no bidder twice;
	/// - panels and ballots: a panel only for a published tender's technical evaluation, a
	///   ballot only with at least two revealed bids; evaluation fees: what is held for each
	///   payer adds up to the fees recorded as held, and a fee is held only by a published
	///   tender with no panel;
	/// - awards: only for awarded, final, deserted tenders, every scored bid revealed, the
	///   winner among them and within budget, final exactly when the tender is past its award;
	/// - contracts: only for tenders whose award is final, worth the winning price, to the
	///   winner, with deliverable amounts adding up to it;
	/// - suppliers: [`SupplierOfOrganisation`] names, for each organisation key, a supplier
	///   registered with it, and every supplier that is not suspended is the one it names; no
	///   organisation bids twice on a tender;
	/// - complaints: only pending ones hold a deposit, and a tender says since when one has
	///   been pending exactly when one is;
	/// - every tender can still move or has ended: a contract in force has a deliverable
	///   pending and none failed, a completed one has every deliverable accepted, a failed
	///   one a deliverable rejected or overdue (an unsigned contract is settled after its
	///   deadline by anyone);
	/// - public: comment counters match the comments and the one-per-person index; a
	///   published tender at or above [`Config::SocialWitnessThreshold`] has a witness.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		Self::try_state_units()?;
		Self::try_state_suppliers()?;
		Self::try_state_complaints()?;
		Self::try_state_tenders()?;
		Self::try_state_deposits()?;
		Self::try_state_awards()?;
		Self::try_state_contracts()?;
		Self::try_state_public()?;
		Self::try_state_services()
	}

	fn try_state_contracts() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut owed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, contract) in Contracts::<T>::iter() {
			let pending =
				contract.deliverables.iter().any(|d| d.status == DeliverableStatus::Pending);
			let failed = contract.deliverables.iter().any(|d| {
				matches!(d.status, DeliverableStatus::Rejected | DeliverableStatus::Overdue)
			});
			match contract.status {
				ContractStatus::Drafted => {},
				ContractStatus::Active => {
					ensure!(pending && !failed, "a contract in force with nothing left to settle")
				},
				ContractStatus::Completed => ensure!(
					contract.deliverables.iter().all(|d| d.status == DeliverableStatus::Accepted),
					"a completed contract with a deliverable not accepted"
				),
				ContractStatus::Failed => ensure!(failed, "a failed contract with no failure"),
			}
			let holds = contract.supplier_signed
				&& matches!(contract.status, ContractStatus::Drafted | ContractStatus::Active);
			// Held from the supplier's signature to the contract's end (it may round to zero
			// for a tiny contract, so only this direction is an invariant).
			ensure!(
				holds || contract.guarantee.is_zero(),
				"a performance guarantee held for a contract unsigned or ended"
			);
			let entry = owed.entry(contract.supplier).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(contract.guarantee);
		}
		for (who, amount) in owed {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::PerformanceGuarantee.into(), &who)
					== amount,
				"performance guarantees held differ from those owed"
			);
		}
		Ok(())
	}

	fn try_state_public() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, tender) in Tenders::<T>::iter() {
			ensure!(
				Comments::<T>::iter_prefix(id).count() as u32 == tender.comment_count
					&& CommentOfPerson::<T>::iter_prefix(id).count() as u32 == tender.comment_count,
				"comment_count out of step with the comments"
			);
			ensure!(
				tender.comment_count <= T::MaxComments::get(),
				"more comments than MaxComments"
			);
			if tender.status == TenderStatus::Published {
				ensure!(
					!Self::lacks_social_witness(id, &tender),
					"a published tender above the threshold without a social witness"
				);
			}
		}
		Ok(())
	}

	fn try_state_units() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextBuyerUnitId::<T>::get();
		for (id, unit) in BuyerUnits::<T>::iter() {
			ensure!(id < next, "a buyer unit id at or above NextBuyerUnitId");
			ensure!(!unit.officials.is_empty(), "a buyer unit without officials");
			for (i, official) in unit.officials.iter().enumerate() {
				ensure!(
					!unit.officials.iter().skip(i.saturating_add(1)).any(|o| o == official),
					"an official listed twice"
				);
			}
		}
		Ok(())
	}

	fn try_state_complaints() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, tender) in Tenders::<T>::iter() {
			let complaints = Complaints::<T>::get(id);
			let pending = complaints.iter().any(|c| c.status == ComplaintStatus::Pending);
			ensure!(
				tender.complaints_pending_since.is_some() == pending,
				"complaints_pending_since out of step with the pending complaints"
			);
			ensure!(
				complaints
					.iter()
					.all(|c| c.status == ComplaintStatus::Pending || c.deposit.is_zero()),
				"a settled complaint still holding a deposit"
			);
		}
		Ok(())
	}

	fn try_state_suppliers() -> Result<(), sp_runtime::TryRuntimeError> {
		for (key, account) in SupplierOfOrganisation::<T>::iter() {
			ensure!(
				Suppliers::<T>::get(&account).map(|s| s.organisation_key) == Some(key),
				"an organisation's supplier account registered with another key"
			);
		}
		for (account, supplier) in Suppliers::<T>::iter() {
			if supplier.status != SupplierStatus::Suspended {
				ensure!(
					SupplierOfOrganisation::<T>::get(supplier.organisation_key).as_ref()
						== Some(&account),
					"a supplier not suspended that is not its organisation's supplier account"
				);
			}
		}
		for (_, bids) in Bids::<T>::iter() {
			let keys: alloc::collections::btree_set::BTreeSet<_> =
				bids.iter().map(|b| b.organisation_key).collect();
			ensure!(keys.len() == bids.len(), "an organisation bid twice on a tender");
		}
		Ok(())
	}

	fn try_state_tenders() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextTenderId::<T>::get();
		let now = Self::now();
		for (id, tender) in Tenders::<T>::iter() {
			ensure!(id < next, "a tender id at or above NextTenderId");
			ensure!(BuyerUnits::<T>::contains_key(tender.buyer_unit), "a tender of no buyer unit");
			ensure!(tender.schedule.is_ordered(), "phase boundaries not strictly increasing");
			ensure!(tender.weights.is_complete(), "award weights not adding up to 100%");
			match (tender.status, tender.published_at) {
				(TenderStatus::Draft, None) => {},
				(TenderStatus::Draft, _) => return Err("a draft with a publication".into()),
				(TenderStatus::Cancelled, None) => {},
				(_, Some(published_at)) => ensure!(
					published_at < tender.schedule.enquiries_end,
					"published at or after enquiries_end"
				),
				_ => return Err("a published tender without publication block".into()),
			}
			ensure!(
				tender.seed.is_some() == TenderPanels::<T>::contains_key(id),
				"a seed without a panel, or a panel without a seed"
			);
			let bids = Bids::<T>::get(id);
			ensure!(bids.len() as u32 == tender.bid_count, "bid_count out of step");
			for (i, bid) in bids.iter().enumerate() {
				ensure!(
					!bids.iter().skip(i.saturating_add(1)).any(|b| b.bidder == bid.bidder),
					"a bidder twice on a tender"
				);
				if let Some(offer) = &bid.offer {
					ensure!(
						offer.revealed_at >= tender.schedule.bidding_end
							&& offer.revealed_at <= now,
						"an offer stored before bidding closed"
					);
					ensure!(
						offer.partida_offers.len() == tender.partidas.len()
							&& offer
								.partida_offers
								.iter()
								.try_fold(0u128, |s, o| s.checked_add(*o))
								== Some(offer.price),
						"an offer not adding up"
					);
					// A revealed bid is forfeited only when it won and did not sign.
					let award = Awards::<T>::get(id);
					ensure!(
						!bid.forfeited
							|| award.is_some_and(|a| {
								a.passed_over == Some(i as u32) || a.winner == Some(i as u32)
							}),
						"a revealed bid forfeited that did not win"
					);
				}
				if bid.forfeited {
					ensure!(bid.deposit.is_zero(), "a forfeited bid holding a deposit");
				}
				let winner = Awards::<T>::get(id).and_then(|a| a.winner);
				let may_hold = match tender.status {
					TenderStatus::Draft | TenderStatus::Published | TenderStatus::Awarded => true,
					TenderStatus::AwardFinal => winner == Some(i as u32),
					TenderStatus::Deserted(_) | TenderStatus::Cancelled => false,
				};
				ensure!(may_hold || bid.deposit.is_zero(), "a guarantee held after it settled");
			}
			if tender.status == TenderStatus::Draft {
				ensure!(bids.is_empty(), "bids on a draft");
				ensure!(Enquiries::<T>::get(id).is_empty(), "enquiries on a draft");
			}
		}
		Ok(())
	}

	fn try_state_deposits() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut owed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, bids) in Bids::<T>::iter() {
			for bid in bids {
				let entry = owed.entry(bid.bidder).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(bid.deposit);
			}
		}
		for (who, amount) in owed {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::BidGuarantee.into(), &who) == amount,
				"bid guarantees held differ from bid guarantees owed"
			);
		}
		Ok(())
	}

	fn try_state_awards() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, award) in Awards::<T>::iter() {
			let tender = Tenders::<T>::get(id).ok_or("an award of no tender")?;
			ensure!(
				matches!(
					tender.status,
					TenderStatus::Awarded | TenderStatus::AwardFinal | TenderStatus::Deserted(_)
				),
				"an award of a tender not awarded"
			);
			ensure!(
				award.is_final == (tender.status != TenderStatus::Awarded),
				"an award final out of step with its tender"
			);
			ensure!(
				award.winner.is_some()
					!= (tender.status == TenderStatus::Deserted(DesertReason::NoEligibleBid)),
				"a tender with no eligible bid with a winner, or an award without one"
			);
			ensure!(
				award.passed_over.is_none() || award.winner.is_some(),
				"an award passed over to nobody"
			);
			let bids = Bids::<T>::get(id);
			for score in award.scores.iter() {
				let bid = bids.get(score.bid_index as usize).ok_or("a score of no bid")?;
				let offer = bid.offer.as_ref().ok_or("a score of an unrevealed bid")?;
				ensure!(
					bid.bidder == score.bidder && offer.price == score.price,
					"a score out of step with its bid"
				);
			}
			if let Some(winner) = award.winner {
				let score = award
					.scores
					.iter()
					.find(|s| s.bid_index == winner)
					.ok_or("a winner that was not scored")?;
				ensure!(score.standing == BidStanding::Eligible, "a winner not eligible");
			}
		}
		for (id, contract) in Contracts::<T>::iter() {
			let tender = Tenders::<T>::get(id).ok_or("a contract of no tender")?;
			ensure!(tender.status == TenderStatus::AwardFinal, "a contract without a final award");
			let (winner, price) = Self::winner(id).ok_or("a contract without a winner")?;
			ensure!(
				contract.supplier == winner && contract.value == price,
				"a contract not matching its award"
			);
			ensure!(
				contract.deliverables.iter().try_fold(0u128, |s, d| s.checked_add(d.amount))
					== Some(contract.value),
				"deliverables not adding up to the contract value"
			);
		}
		Ok(())
	}

	fn try_state_services() -> Result<(), sp_runtime::TryRuntimeError> {
		for (id, _) in TenderPanels::<T>::iter() {
			let tender = Tenders::<T>::get(id).ok_or("a panel of no tender")?;
			ensure!(tender.published_at.is_some(), "a panel of a tender never published");
			ensure!(
				!tender.weights.technical.is_zero(),
				"a panel of a tender without technical weight"
			);
		}
		for (id, _) in CitizenBallots::<T>::iter() {
			let tender = Tenders::<T>::get(id).ok_or("a ballot of no tender")?;
			let revealed = Bids::<T>::get(id).iter().filter(|b| b.offer.is_some()).count();
			ensure!(revealed >= 2, "a ballot with fewer than two revealed bids");
			ensure!(
				!tender.weights.citizen.is_zero(),
				"a ballot of a tender without citizen weight"
			);
		}
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, (payer, amount)) in EvaluationFees::<T>::iter() {
			let tender = Tenders::<T>::get(id).ok_or("an evaluation fee of no tender")?;
			if !amount.is_zero() {
				ensure!(
					tender.status == TenderStatus::Published
						&& !TenderPanels::<T>::contains_key(id),
					"an evaluation fee held by a tender past its evaluation"
				);
			}
			let entry = held.entry(payer).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(amount);
		}
		for (who, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::EvaluationFee.into(), &who) == amount,
				"evaluation fees held differ from those recorded"
			);
		}
		Ok(())
	}
}
