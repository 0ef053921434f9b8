//! Applications (solicitudes): filed by a holder, withdrawn, rejected, or approved into a grant
//! after the duplicate rules.

use crate::*;
use alloc::vec::Vec;
use bmx_primitives::governance::{ReportObligations, ReportSubject};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// File an application of `who`.
	pub(crate) fn do_apply(
		who: T::AccountId,
		program_id: ProgramId,
		concept: Concept,
		property_id: PropertyId,
		area: CentiHectares,
	) -> DispatchResult {
		let program = Programs::<T>::get(program_id).ok_or(Error::<T>::NotFound)?;
		let property = Properties::<T>::get(property_id).ok_or(Error::<T>::NotFound)?;
		ensure!(property.holders.contains(&who), Error::<T>::NoPermission);
		ensure!(Self::is_verified(&who), Error::<T>::NotVerified);
		ensure!(program.open, Error::<T>::ProgramClosed);
		ensure!(program.terms_of(concept).is_some(), Error::<T>::ConceptNotOffered);
		ensure!(program.eligible.contains(&property.jurisdiction), Error::<T>::NotEligible);
		ensure!(!area.is_zero() && area <= property.area, Error::<T>::InvalidArea);

		let id = NextApplicationId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ApplicationsOfProperty::<T>::try_mutate(property_id, |list| list.try_push(id))
			.map_err(|_| Error::<T>::TooManyItems)?;
		Applications::<T>::insert(
			id,
			Application {
				applicant: who.clone(),
				program: program_id,
				concept,
				property: property_id,
				area,
				filed_at: frame_system::Pallet::<T>::block_number(),
				status: ApplicationStatus::Pending,
			},
		);
		NextApplicationId::<T>::put(next);
		Self::deposit_event(Event::ApplicationFiled {
			application: id,
			applicant: who,
			program: program_id,
			property: property_id,
		});
		Ok(())
	}

	/// Withdraw a pending application of `who`.
	pub(crate) fn do_withdraw(who: T::AccountId, id: ApplicationId) -> DispatchResult {
		Applications::<T>::try_mutate(id, |maybe| {
			let application = maybe.as_mut().ok_or(Error::<T>::NotFound)?;
			ensure!(application.applicant == who, Error::<T>::NoPermission);
			ensure!(application.status == ApplicationStatus::Pending, Error::<T>::NotPending);
			application.status = ApplicationStatus::Withdrawn;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ApplicationWithdrawn { application: id });
		Ok(())
	}

	/// Reject a pending application of a program of `agency`.
	pub(crate) fn do_reject(
		agency: AgencyId,
		id: ApplicationId,
		reason: DocumentHash,
	) -> DispatchResult {
		Applications::<T>::try_mutate(id, |maybe| {
			let application = maybe.as_mut().ok_or(Error::<T>::NotFound)?;
			Self::program_of_agency(agency, application.program)?;
			ensure!(application.status == ApplicationStatus::Pending, Error::<T>::NotPending);
			application.status = ApplicationStatus::Rejected(reason);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ApplicationRejected { application: id, reason });
		Ok(())
	}

	/// The grants not cancelled, on land sharing a cell with `property`, for `concept`, in a
	/// program whose period overlaps `first_year..=last_year`, of any agency.
	pub(crate) fn conflicts(
		property: &PropertyOf<T>,
		concept: Concept,
		first_year: u16,
		last_year: u16,
	) -> Vec<GrantId> {
		let mut found = Vec::new();
		for other in Self::overlapping_properties(property) {
			for grant_id in GrantsOfProperty::<T>::get(other) {
				let Some(grant) = Grants::<T>::get(grant_id) else { continue };
				if matches!(grant.status, GrantStatus::Cancelled(_)) || grant.concept != concept {
					continue;
				}
				let overlaps = Programs::<T>::get(grant.program)
					.is_some_and(|p| p.overlaps(first_year, last_year));
				if overlaps {
					found.push(grant_id);
				}
			}
		}
		found.sort_unstable();
		found
	}

	/// What `beneficiary` is granted in `program`, cancelled grants aside (what a cancelled
	/// grant paid stays counted).
	pub(crate) fn granted_in_program(beneficiary: &PartyKey, program: ProgramId) -> Centavos {
		GrantsOfBeneficiary::<T>::get(beneficiary)
			.into_iter()
			.filter_map(Grants::<T>::get)
			.filter(|g| g.program == program)
			.map(|g| match g.status {
				GrantStatus::Cancelled(_) => g.paid,
				_ => g.amount,
			})
			.fold(0, |acc: Centavos, a| acc.saturating_add(a))
	}

	/// Reject a pending application of a program of `agency` that duplicates granted
	/// support; the number of cells of its property (for the weight).
	pub(crate) fn do_reject_duplicate(
		agency: AgencyId,
		id: ApplicationId,
	) -> Result<u32, DispatchError> {
		let mut application = Applications::<T>::get(id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, application.program)?;
		ensure!(application.status == ApplicationStatus::Pending, Error::<T>::NotPending);
		let property = Properties::<T>::get(application.property).ok_or(Error::<T>::NotFound)?;
		let conflicts =
			Self::conflicts(&property, application.concept, program.first_year, program.last_year);
		let first = *conflicts.first().ok_or(Error::<T>::NoDuplicate)?;
		application.status = ApplicationStatus::RejectedAsDuplicate(first);
		Applications::<T>::insert(id, application);
		let total = conflicts.len() as u32;
		let conflicting = BoundedVec::truncate_from(conflicts);
		Self::deposit_event(Event::DuplicateRejected { application: id, conflicting, total });
		Ok(property.cells.len() as u32)
	}

	/// Approve a pending application of a program of `agency` into a grant; the number of
	/// cells of its property (for the weight).
	pub(crate) fn do_approve(agency: AgencyId, id: ApplicationId) -> Result<u32, DispatchError> {
		let mut application = Applications::<T>::get(id).ok_or(Error::<T>::NotFound)?;
		let program = Self::program_of_agency(agency, application.program)?;
		ensure!(application.status == ApplicationStatus::Pending, Error::<T>::NotPending);
		let property = Properties::<T>::get(application.property).ok_or(Error::<T>::NotFound)?;
		let cells = property.cells.len() as u32;
		let (position, terms) =
			program.terms_of(application.concept).ok_or(Error::<T>::ConceptNotOffered)?;
		let position = position as u32;

		let conflicts =
			Self::conflicts(&property, application.concept, program.first_year, program.last_year);
		ensure!(conflicts.is_empty(), Error::<T>::DuplicateSupport);

		let amount = terms
			.amount_per_hectare
			.checked_mul(Centavos::from(application.area))
			.and_then(|a| a.checked_div(100))
			.ok_or(Error::<T>::Overflow)?;
		ensure!(!amount.is_zero(), Error::<T>::InvalidAmount);
		let beneficiary = application.applicant.clone();
		let beneficiary_key = Self::party_key(&beneficiary).ok_or(Error::<T>::NotVerified)?;
		let granted = Self::granted_in_program(&beneficiary_key, application.program)
			.checked_add(amount)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(granted <= program.cap_per_beneficiary, Error::<T>::CapExceeded);
		let mut totals = ConceptTotals::<T>::get(application.program, position);
		totals.committed = totals.committed.checked_add(amount).ok_or(Error::<T>::Overflow)?;
		ensure!(totals.committed <= terms.budget, Error::<T>::BudgetExceeded);

		let grant_id = NextGrantId::<T>::get();
		let next = grant_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let mut of_property = GrantsOfProperty::<T>::get(application.property);
		of_property.try_push(grant_id).map_err(|_| Error::<T>::TooManyItems)?;
		let mut of_beneficiary = GrantsOfBeneficiary::<T>::get(beneficiary_key);
		of_beneficiary.try_push(grant_id).map_err(|_| Error::<T>::TooManyItems)?;
		let mut of_program = GrantsOfProgram::<T>::get(application.program);
		of_program.try_push(grant_id).map_err(|_| Error::<T>::TooManyItems)?;

		GrantsOfProperty::<T>::insert(application.property, of_property);
		GrantsOfBeneficiary::<T>::insert(beneficiary_key, of_beneficiary);
		GrantsOfProgram::<T>::insert(application.program, of_program);
		ConceptTotals::<T>::insert(application.program, position, totals);
		Grants::<T>::insert(
			grant_id,
			Grant {
				beneficiary: beneficiary.clone(),
				beneficiary_key,
				program: application.program,
				concept: application.concept,
				property: application.property,
				area: application.area,
				amount,
				paid: 0,
				recovered: 0,
				tranches_paid: 0,
				next_released: true,
				last_verification_failed: false,
				status: GrantStatus::Active,
			},
		);
		NextGrantId::<T>::put(next);
		T::Reports::begin(ReportSubject::SubsidyGrant(grant_id), T::MaintenanceReportPeriod::get());
		application.status = ApplicationStatus::Approved(grant_id);
		Applications::<T>::insert(id, application);
		Self::deposit_event(Event::GrantCreated {
			application: id,
			grant: grant_id,
			beneficiary,
			amount,
		});
		Ok(cells)
	}
}
