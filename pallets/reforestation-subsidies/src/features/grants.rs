//! Grants: tranches paid, field verifications, cancellation, reduction and recovery.

use crate::*;
use bmx_primitives::governance::{ReportObligations, ReportSubject};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// The amount of the next tranche of `grant` under `program`: its share of the amount, the
	/// rest for the last tranche, never above what remains.
	pub(crate) fn next_tranche_amount(grant: &GrantOf<T>, program: &ProgramOf<T>) -> Centavos {
		let remaining = grant.amount.saturating_sub(grant.paid);
		let index = usize::from(grant.tranches_paid);
		let is_last = index.saturating_add(1) >= program.tranches.len();
		match program.tranches.get(index) {
			Some(share) if !is_last => share.mul_floor(grant.amount).min(remaining),
			_ => remaining,
		}
	}

	/// Record the next tranche of `grant_id` paid.
	pub(crate) fn do_record_payment(
		agency: AgencyId,
		grant_id: GrantId,
		reference: DocumentHash,
	) -> DispatchResult {
		let mut grant = Grants::<T>::get(grant_id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, grant.program)?;
		ensure!(grant.status == GrantStatus::Active, Error::<T>::GrantNotActive);
		ensure!(grant.next_released, Error::<T>::VerificationRequired);
		let (position, _) = program.terms_of(grant.concept).ok_or(Error::<T>::ConceptNotOffered)?;
		let amount = Self::next_tranche_amount(&grant, &program);
		let tranche = grant.tranches_paid;

		let mut payments = Payments::<T>::get(grant_id);
		payments
			.try_push(Payment {
				kind: PaymentKind::Tranche(tranche),
				amount,
				reference,
				at: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| Error::<T>::TooManyItems)?;
		let mut totals = ConceptTotals::<T>::get(grant.program, position as u32);
		totals.paid = totals.paid.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		grant.paid = grant.paid.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		grant.tranches_paid = tranche.checked_add(1).ok_or(Error::<T>::Overflow)?;
		grant.next_released = false;
		if grant.paid >= grant.amount || usize::from(grant.tranches_paid) >= program.tranches.len()
		{
			grant.status = GrantStatus::Completed;
			T::Reports::end(&ReportSubject::SubsidyGrant(grant_id));
		}

		Payments::<T>::insert(grant_id, payments);
		ConceptTotals::<T>::insert(grant.program, position as u32, totals);
		Grants::<T>::insert(grant_id, grant);
		Self::deposit_event(Event::TranchePaid { grant: grant_id, tranche, amount, reference });
		Ok(())
	}

	/// Record a field verification of `grant_id` by `who`.
	pub(crate) fn do_record_verification(
		who: T::AccountId,
		grant_id: GrantId,
		survival: Percent,
		area_worked: CentiHectares,
		evidence: DocumentHash,
		cells_visited: BoundedVec<H3Cell, T::MaxCellsPerProperty>,
	) -> DispatchResult {
		let mut grant = Grants::<T>::get(grant_id).ok_or(Error::<T>::NotFound)?;
		ensure!(
			T::Credentials::has_credential(&who, T::FieldVerifierCredential::get()),
			Error::<T>::NoPermission
		);
		let property = Properties::<T>::get(grant.property).ok_or(Error::<T>::NotFound)?;
		ensure!(
			grant.beneficiary != who
				&& Self::party_key(&who) != Some(grant.beneficiary_key)
				&& !property.holders.contains(&who),
			Error::<T>::NoPermission
		);
		ensure!(grant.status == GrantStatus::Active, Error::<T>::GrantNotActive);
		ensure!(area_worked <= grant.area, Error::<T>::InvalidArea);
		ensure!(
			cells_visited.iter().all(|c| property.cells.binary_search(c).is_ok()),
			Error::<T>::CellNotOnProperty
		);
		let program = Programs::<T>::get(grant.program).ok_or(Error::<T>::NotFound)?;
		let passed = survival >= program.rule.min_survival
			&& area_worked >= program.rule.min_area_share.mul_ceil(grant.area);

		Verifications::<T>::try_mutate(grant_id, |list| {
			list.try_push(Verification {
				verifier: who.clone(),
				survival,
				area_worked,
				evidence,
				cells_visited,
				at: frame_system::Pallet::<T>::block_number(),
				passed,
			})
		})
		.map_err(|_| Error::<T>::TooManyItems)?;
		if !grant.tranches_paid.is_zero() {
			grant.next_released = passed;
		}
		grant.last_verification_failed = !passed;
		Grants::<T>::insert(grant_id, grant);
		Self::deposit_event(Event::VerificationRecorded { grant: grant_id, verifier: who, passed });
		Ok(())
	}

	/// Cancel an active grant, returning what it did not pay to the budget.
	pub(crate) fn do_cancel(
		agency: AgencyId,
		grant_id: GrantId,
		reason: DocumentHash,
	) -> DispatchResult {
		let mut grant = Grants::<T>::get(grant_id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, grant.program)?;
		ensure!(grant.status == GrantStatus::Active, Error::<T>::GrantNotActive);
		let (position, _) = program.terms_of(grant.concept).ok_or(Error::<T>::ConceptNotOffered)?;
		let returned = grant.amount.saturating_sub(grant.paid);
		ConceptTotals::<T>::mutate(grant.program, position as u32, |totals| {
			totals.committed = totals.committed.saturating_sub(returned);
		});
		grant.status = GrantStatus::Cancelled(reason);
		T::Reports::end(&ReportSubject::SubsidyGrant(grant_id));
		grant.next_released = false;
		Grants::<T>::insert(grant_id, grant);
		Self::deposit_event(Event::GrantCancelled { grant: grant_id, returned, reason });
		Ok(())
	}

	/// Reduce an active grant to `amount`.
	pub(crate) fn do_reduce(
		agency: AgencyId,
		grant_id: GrantId,
		amount: Centavos,
		reason: DocumentHash,
	) -> DispatchResult {
		let mut grant = Grants::<T>::get(grant_id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, grant.program)?;
		ensure!(grant.status == GrantStatus::Active, Error::<T>::GrantNotActive);
		ensure!(amount < grant.amount && amount >= grant.paid, Error::<T>::InvalidAmount);
		let (position, _) = program.terms_of(grant.concept).ok_or(Error::<T>::ConceptNotOffered)?;
		let returned = grant.amount.saturating_sub(amount);
		ConceptTotals::<T>::mutate(grant.program, position as u32, |totals| {
			totals.committed = totals.committed.saturating_sub(returned);
		});
		grant.amount = amount;
		if grant.paid >= grant.amount {
			grant.status = GrantStatus::Completed;
			T::Reports::end(&ReportSubject::SubsidyGrant(grant_id));
		}
		Grants::<T>::insert(grant_id, grant);
		Self::deposit_event(Event::GrantReduced { grant: grant_id, amount, reason });
		Ok(())
	}

	/// Record `amount` recovered on `grant_id` after its last verification failed.
	pub(crate) fn do_record_recovery(
		agency: AgencyId,
		grant_id: GrantId,
		amount: Centavos,
		reference: DocumentHash,
	) -> DispatchResult {
		let mut grant = Grants::<T>::get(grant_id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, grant.program)?;
		ensure!(grant.last_verification_failed, Error::<T>::NoFailedVerification);
		let recoverable = grant.paid.saturating_sub(grant.recovered);
		ensure!(!amount.is_zero() && amount <= recoverable, Error::<T>::InvalidAmount);
		let (position, _) = program.terms_of(grant.concept).ok_or(Error::<T>::ConceptNotOffered)?;
		let mut payments = Payments::<T>::get(grant_id);
		payments
			.try_push(Payment {
				kind: PaymentKind::Recovery,
				amount,
				reference,
				at: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| Error::<T>::TooManyItems)?;
		grant.recovered = grant.recovered.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		grant.last_verification_failed = false;
		ConceptTotals::<T>::mutate(grant.program, position as u32, |totals| {
			totals.paid = totals.paid.saturating_sub(amount);
		});
		Payments::<T>::insert(grant_id, payments);
		Grants::<T>::insert(grant_id, grant);
		Self::deposit_event(Event::AmountRecovered { grant: grant_id, amount, reference });
		Ok(())
	}
}
