//! Audit: what anyone may read, as the view functions and the runtime API return it.
//!
//! Every list read here is bounded by the `Config` constant of the storage it comes from
//! (records per property, grants per beneficiary and per program, properties per cell, cells per
//! property), so each answer is bounded too.

use crate::*;
use alloc::{collections::btree_set::BTreeSet, vec::Vec};

impl<T: Config> Pallet<T> {
	/// The grants an approval on `property` for `concept` over `first_year..=last_year` would
	/// conflict with: not cancelled, on land sharing a cell with it (itself included), for the
	/// same concept, in a program of any agency whose period overlaps. Empty for an unknown
	/// property.
	pub fn conflicting_grants_of(
		property: PropertyId,
		concept: Concept,
		first_year: u16,
		last_year: u16,
	) -> Vec<GrantId> {
		Properties::<T>::get(property)
			.map(|p| Self::conflicts(&p, concept, first_year, last_year))
			.unwrap_or_default()
	}

	/// The grants an approval of `application` would conflict with (see
	/// [`Self::conflicting_grants_of`]). Empty: no duplicate, or no such application.
	pub fn conflicting_grants_of_application(application: ApplicationId) -> Vec<GrantId> {
		let Some(application) = Applications::<T>::get(application) else { return Vec::new() };
		let Some(program) = Programs::<T>::get(application.program) else { return Vec::new() };
		Self::conflicting_grants_of(
			application.property,
			application.concept,
			program.first_year,
			program.last_year,
		)
	}

	/// Every grant on land holding `cell`, over time, in id order.
	pub fn grants_on_cell(cell: H3Cell) -> Vec<GrantId> {
		let grants: BTreeSet<GrantId> = PropertiesOfCell::<T>::get(cell)
			.into_iter()
			.flat_map(|p| GrantsOfProperty::<T>::get(p).into_iter())
			.collect();
		grants.into_iter().collect()
	}

	/// A grant with its verifications and payments.
	pub fn grant_history(id: GrantId) -> Option<GrantHistory<T::AccountId, BlockNumberFor<T>>> {
		let grant = Grants::<T>::get(id)?;
		Some(GrantHistory {
			id,
			grant,
			verifications: Verifications::<T>::get(id).into_iter().map(Into::into).collect(),
			payments: Payments::<T>::get(id).into_inner(),
		})
	}

	/// The histories of the grants `ids`, in order.
	fn histories(
		ids: impl IntoIterator<Item = GrantId>,
	) -> Vec<GrantHistory<T::AccountId, BlockNumberFor<T>>> {
		ids.into_iter().filter_map(Self::grant_history).collect()
	}

	/// A property with its overlaps, applications and grants.
	pub fn property_history(
		id: PropertyId,
	) -> Option<PropertyHistory<T::AccountId, BlockNumberFor<T>>> {
		let property = Properties::<T>::get(id)?;
		let mut overlapping = Self::overlapping_properties(&property);
		overlapping.remove(&id);
		Some(PropertyHistory {
			key: property.key.into_inner(),
			jurisdiction: property.jurisdiction,
			area: property.area,
			holders: property.holders.into_inner(),
			cells: property.cells.into_inner(),
			overlapping: overlapping.into_iter().collect(),
			applications: ApplicationsOfProperty::<T>::get(id)
				.into_iter()
				.filter_map(|a| Applications::<T>::get(a).map(|r| (a, r)))
				.collect(),
			grants: Self::histories(GrantsOfProperty::<T>::get(id)),
		})
	}

	/// The grants of the beneficiary whose party key is `beneficiary` (its person or organisation
	/// key), over time and across its accounts, with their history.
	pub fn beneficiary_history(
		beneficiary: PartyKey,
	) -> Vec<GrantHistory<T::AccountId, BlockNumberFor<T>>> {
		Self::histories(GrantsOfBeneficiary::<T>::get(beneficiary))
	}

	/// The grants of `program`, with their history.
	pub fn program_history(
		program: ProgramId,
	) -> Vec<GrantHistory<T::AccountId, BlockNumberFor<T>>> {
		Self::histories(GrantsOfProgram::<T>::get(program))
	}

	/// The committed and paid totals of `program`, per concept and together.
	pub fn totals_of_program(program: ProgramId) -> Option<ProgramTotals> {
		let terms = Programs::<T>::get(program)?.concepts;
		let concepts: Vec<(ConceptTerms, Totals)> = terms
			.into_iter()
			.enumerate()
			.map(|(i, t)| (t, ConceptTotals::<T>::get(program, i as u32)))
			.collect();
		let total = concepts.iter().fold(Totals::default(), |acc, (_, t)| Totals {
			committed: acc.committed.saturating_add(t.committed),
			paid: acc.paid.saturating_add(t.paid),
		});
		Some(ProgramTotals { concepts, total })
	}
}
