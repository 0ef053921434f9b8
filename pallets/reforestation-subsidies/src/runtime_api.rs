//! The runtime API through which officials, auditors and the public read the forestry
//! supports without knowing the storage layout. The runtime implements each function by
//! calling the pallet function named beside it.
//!
//! How an official learns which grants a duplicate conflicts with: `approve_application` fails
//! with `DuplicateSupport` (errors carry no data); `conflicting_grants_of_application` names
//! them before or after the attempt, and `reject_duplicate` records the rejection on chain with
//! the event `DuplicateRejected` naming them.

use crate::{
	ApplicationId, Concept, GrantHistory, GrantId, H3Cell, PartyKey, ProgramId, ProgramTotals,
	PropertyHistory, PropertyId,
};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to the forestry supports, as of the block the call is made at. Every list is
	/// bounded by the `Config` constant of the storage it comes from.
	pub trait ReforestationSubsidiesApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The grants that an approval on `property` for `concept` over the years
		/// `first_year..=last_year` would duplicate (`Pallet::conflicting_grants_of`).
		fn conflicting_grants(
			property: PropertyId,
			concept: Concept,
			first_year: u16,
			last_year: u16,
		) -> Vec<GrantId>;
		/// The grants that approving `application` would duplicate
		/// (`Pallet::conflicting_grants_of_application`).
		fn conflicting_grants_of_application(application: ApplicationId) -> Vec<GrantId>;
		/// Every grant on land holding `cell`, over time (`Pallet::grants_on_cell`).
		fn grants_of_cell(cell: H3Cell) -> Vec<GrantId>;
		/// A property with its overlaps, applications and grants (`Pallet::property_history`).
		fn property_history(property: PropertyId) -> Option<PropertyHistory<AccountId, BlockNumber>>;
		/// The grants of a beneficiary, named by its party key (the person or organisation key of
		/// the identity pallet's `person_key`/`organisation_key`), across its accounts, with their
		/// history (`Pallet::beneficiary_history`).
		fn beneficiary_history(beneficiary: PartyKey) -> Vec<GrantHistory<AccountId, BlockNumber>>;
		/// The grants of a program with their history (`Pallet::program_history`).
		fn program_history(program: ProgramId) -> Vec<GrantHistory<AccountId, BlockNumber>>;
		/// The committed and paid totals of a program, per concept and together
		/// (`Pallet::totals_of_program`).
		fn program_totals(program: ProgramId) -> Option<ProgramTotals>;
	}
}
