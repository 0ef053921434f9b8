//! Programs (convocatorias): opened and closed by their agency's administrator.

use crate::*;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Check and store a new program of `agency`.
	pub(crate) fn do_open_program(agency: AgencyId, program: ProgramOf<T>) -> DispatchResult {
		ensure!(program.first_year <= program.last_year, Error::<T>::InvalidProgram);
		ensure!(!program.concepts.is_empty(), Error::<T>::InvalidProgram);
		for (i, terms) in program.concepts.iter().enumerate() {
			ensure!(
				!terms.budget.is_zero() && !terms.amount_per_hectare.is_zero(),
				Error::<T>::InvalidProgram
			);
			let repeated = program
				.concepts
				.iter()
				.skip(i.saturating_add(1))
				.any(|t| t.concept == terms.concept);
			ensure!(!repeated, Error::<T>::InvalidProgram);
		}
		ensure!(!program.cap_per_beneficiary.is_zero(), Error::<T>::InvalidProgram);
		ensure!(program.eligible.iter().all(|j| j.is_well_formed()), Error::<T>::InvalidProgram);
		let shares: u32 = program.tranches.iter().map(|p| u32::from(p.deconstruct())).sum();
		ensure!(shares == 100, Error::<T>::InvalidProgram);
		ensure!(program.tranches.iter().all(|p| !p.is_zero()), Error::<T>::InvalidProgram);

		let id = NextProgramId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let year = program.year;
		Programs::<T>::insert(id, program);
		NextProgramId::<T>::put(next);
		Self::deposit_event(Event::ProgramOpened { program: id, agency, year });
		Ok(())
	}

	/// Close a program of `agency` to new applications.
	pub(crate) fn do_close_program(agency: AgencyId, id: ProgramId) -> DispatchResult {
		Programs::<T>::try_mutate(id, |maybe| {
			let program = maybe.as_mut().ok_or(Error::<T>::NotFound)?;
			ensure!(program.agency == agency, Error::<T>::NoPermission);
			ensure!(program.open, Error::<T>::ProgramClosed);
			program.open = false;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::ProgramClosed { program: id });
		Ok(())
	}

	/// The program `id` if `agency` administers it.
	pub(crate) fn program_of_agency(
		agency: AgencyId,
		id: ProgramId,
	) -> Result<ProgramOf<T>, DispatchError> {
		let program = Programs::<T>::get(id).ok_or(Error::<T>::NotFound)?;
		ensure!(program.agency == agency, Error::<T>::NoPermission);
		Ok(program)
	}
}
