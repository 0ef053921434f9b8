//! The invariants of reforestation subsidies, checked by `try_state` and after every unit test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check the invariants:
	/// - every grant pays at most its amount and recovers at most what it paid;
	/// - per program and concept, committed is the sum of the grants' amounts (what cancelled
	///   grants paid), paid is the sum of paid less recovered, committed is at most the budget;
	/// - the cell index holds exactly the properties' cells.
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut expected: BTreeMap<(ProgramId, u32), Totals> = BTreeMap::new();
		for (_, grant) in Grants::<T>::iter() {
			ensure!(grant.paid <= grant.amount, "a grant paid more than its amount");
			ensure!(grant.recovered <= grant.paid, "a grant recovered more than it paid");
			let program =
				Programs::<T>::get(grant.program).ok_or("a grant's program is missing")?;
			let (position, _) =
				program.terms_of(grant.concept).ok_or("a grant's concept is not offered")?;
			let entry = expected.entry((grant.program, position as u32)).or_default();
			let committed = match grant.status {
				GrantStatus::Cancelled(_) => grant.paid,
				_ => grant.amount,
			};
			entry.committed = entry.committed.saturating_add(committed);
			entry.paid = entry.paid.saturating_add(grant.paid.saturating_sub(grant.recovered));
		}
		for (program_id, position, totals) in ConceptTotals::<T>::iter() {
			let program = Programs::<T>::get(program_id).ok_or("totals of a missing program")?;
			let terms =
				program.concepts.get(position as usize).ok_or("totals of a missing concept")?;
			ensure!(totals.committed <= terms.budget, "committed above the concept's budget");
			let want = expected.remove(&(program_id, position)).unwrap_or_default();
			ensure!(totals == want, "concept totals differ from the grants");
		}
		ensure!(
			expected.values().all(|t| *t == Totals::default()),
			"grants counted in no concept totals"
		);

		let mut cells = 0usize;
		for (id, property) in Properties::<T>::iter() {
			ensure!(
				PropertyOfKey::<T>::get(&property.key) == Some(id),
				"a property key is not indexed"
			);
			for cell in property.cells.iter() {
				ensure!(
					PropertiesOfCell::<T>::get(cell).contains(&id),
					"a property cell is not indexed"
				);
			}
			cells = cells.saturating_add(property.cells.len());
		}
		let indexed: usize = PropertiesOfCell::<T>::iter_values().map(|v| v.len()).sum();
		ensure!(indexed == cells, "the cell index holds cells of no property");
		Ok(())
	}
}
