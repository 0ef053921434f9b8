//! # Reforestation subsidies pallet
//!
//! Forestry supports traced to their land and beneficiary over time, with duplicates caught
//! before they are paid (the CONAFOR challenge of BlockchainHACKMX).
//!
//! ## Overview
//!
//! - **Programs** ([`Pallet::open_program`]). An agency's program administrator
//!   ([`Config::AdminOrigin`], whose success value names the agency) opens a program
//!   (convocatoria): its year and period, the concepts offered with a budget and an amount per
//!   hectare each, a cap per beneficiary, the eligible municipalities, the tranche schedule and
//!   the verification rule that releases each tranche after the first. It closes it
//!   ([`Pallet::close_program`]) to new applications.
//! - **Properties** ([`Pallet::register_property`], [`Pallet::remove_property`]). A verified person or organisation (an
//!   ejido, a comunidad) registers a predio: its cadastral or agrarian key (unique), its
//!   municipality, area, holders and its land as a set of H3 cells at the chain's one
//!   resolution ([`bmx_primitives::land::CELL_RESOLUTION`], made from a GeoJSON polygon by the
//!   tool `land-cells`). Every cell is indexed ([`PropertiesOfCell`]), so two properties
//!   registered under different keys are still seen to share land.
//! - **Applications** ([`Pallet::apply_for_support`]). A holder applies for a concept of an open
//!   program on a property in an eligible municipality. The applicant withdraws it
//!   ([`Pallet::withdraw_application`]) or the program's administrator rejects it
//!   ([`Pallet::reject_application`]) or approves it ([`Pallet::approve_application`]).
//! - **Duplicates**, checked at approval: land sharing a cell with the property (the property
//!   itself included) that holds a grant not cancelled for the same concept in a program whose
//!   period overlaps, of any agency ([`Error::DuplicateSupport`]). Errors carry no data, so the
//!   conflicting grants are named by the runtime API
//!   ([`runtime_api::ReforestationSubsidiesApi`], `conflicting_grants_of_application`) and the
//!   view function [`Pallet::conflicting_grants`], before or after the failed approval; the
//!   administrator then records the rejection with [`Pallet::reject_duplicate`], whose event
//!   [`Event::DuplicateRejected`] names them on chain. A beneficiary above the program's cap across all
//!   their properties and all their accounts ([`Error::CapExceeded`]: a beneficiary is its
//!   party key, the person or organisation key of the identity pallet, so a new account does
//!   not bring a new cap); a grant above the concept's remaining budget
//!   ([`Error::BudgetExceeded`]).
//! - **Disbursements** ([`Pallet::record_payment`]). The administrator records each tranche
//!   paid with the hash of its payment reference. The first tranche is paid on signing; each
//!   next one only after a field verifier ([`Config::Credentials`] with
//!   [`Config::FieldVerifierCredential`], never the beneficiary nor a holder of the land)
//!   records a verification that meets the rule ([`Pallet::record_verification`]).
//! - **Cancellation, reduction, recovery.** The administrator cancels a grant
//!   ([`Pallet::cancel_grant`]) or reduces it ([`Pallet::reduce_grant`]), returning the unpaid
//!   amount to the concept's budget, and records amounts recovered after a failed verification
//!   ([`Pallet::record_recovery`]).
//! - **Audit.** Everything stays readable: per property ([`ApplicationsOfProperty`],
//!   [`GrantsOfProperty`]), per H3 cell ([`Pallet::grants_of_cell`]), per beneficiary by party
//!   key ([`GrantsOfBeneficiary`]), per program ([`GrantsOfProgram`], [`ConceptTotals`],
//!   [`Pallet::program_totals`]), and per grant ([`Verifications`], [`Payments`]); the runtime
//!   API [`runtime_api::ReforestationSubsidiesApi`] returns the whole histories.
//!
//! ## Terminology
//!
//! - **Convocatoria (program)**: a yearly call of an agency under its operating rules.
//! - **Concepto de apoyo (concept)**: reforestation, soil conservation and restoration,
//!   maintenance, protection.
//! - **Predio (property)**: a piece of land with a cadastral key (small owners) or an agrarian
//!   key of the Registro Agrario Nacional (ejidos, comunidades).
//! - **Ejido, comunidad**: agrarian collective landholders, verified organisations.
//! - **Tramo (tranche)**: a part of the grant paid at once; **verificación de campo**: the
//!   field visit that releases the next one.
//! - **H3 cell**: a hexagon of Uber's H3 grid; a property's land is the set of its cells.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`open_program`](Pallet::open_program) | [`Config::AdminOrigin`] (any agency) |
//! | 1 | [`close_program`](Pallet::close_program) | [`Config::AdminOrigin`] of the program's agency |
//! | 2 | [`register_property`](Pallet::register_property) | signed: a verified person or organisation, a holder |
//! | 3 | [`apply_for_support`](Pallet::apply_for_support) | signed: a holder of the property |
//! | 4 | [`withdraw_application`](Pallet::withdraw_application) | signed: the applicant |
//! | 5 | [`reject_application`](Pallet::reject_application) | [`Config::AdminOrigin`] of the program's agency |
//! | 6 | [`approve_application`](Pallet::approve_application) | [`Config::AdminOrigin`] of the program's agency |
//! | 7 | [`record_payment`](Pallet::record_payment) | [`Config::AdminOrigin`] of the program's agency |
//! | 8 | [`record_verification`](Pallet::record_verification) | signed: a field verifier, not the beneficiary nor a holder |
//! | 9 | [`cancel_grant`](Pallet::cancel_grant) | [`Config::AdminOrigin`] of the program's agency |
//! | 10 | [`reduce_grant`](Pallet::reduce_grant) | [`Config::AdminOrigin`] of the program's agency |
//! | 11 | [`record_recovery`](Pallet::record_recovery) | [`Config::AdminOrigin`] of the program's agency |
//! | 12 | [`reject_duplicate`](Pallet::reject_duplicate) | [`Config::AdminOrigin`] of the program's agency |
//! | 13 | [`remove_property`](Pallet::remove_property) | signed: a holder; or [`Config::AdminOrigin`] (any agency) |
//!
//! Reporting duty: while a grant runs (from its approval until it is completed or cancelled),
//! its beneficiary owes a maintenance report every [`Config::MaintenanceReportPeriod`] blocks
//! through the governance pallets' reports service ([`Config::Reports`]); this pallet answers
//! who may submit them (`ReportAnswerers`: the beneficiary).
//!
//! View functions: [`conflicting_grants`](Pallet::conflicting_grants),
//! [`grants_of_cell`](Pallet::grants_of_cell), [`program_totals`](Pallet::program_totals).
//! Runtime API ([`runtime_api::ReforestationSubsidiesApi`], implemented by the runtime with the
//! pallet functions of `features/audit.rs`): conflicting grants of a property, concept and
//! period or of an application, grants of a cell, the histories of a property, a beneficiary
//! and a program, and a program's committed and paid totals per concept.
//!
//! ## Assumptions
//!
//! - **No personal data on chain**: accounts, public land keys, areas, H3 cells, hashes of
//!   documents and payment references. Who a beneficiary is stays with the identity pallet.
//! - **Money is fiat**, in centavos, paid off chain by the agency; this pallet records it.
//! - **Bounded storage**: every list is a `BoundedVec` of a `Config` constant; records are kept
//!   for audit, and their growth is bounded per property, per beneficiary, per program and per
//!   cell (a list that is full refuses the call with [`Error::TooManyItems`]).
//! - **Cells**: each checked with [`bmx_primitives::land::is_valid_cell`] (the `h3o` crate,
//!   `no_std`: bit layout, base cells, pentagons) at
//!   [`bmx_primitives::land::CELL_RESOLUTION`]; stored sorted and distinct.
//! - **Duplicates are land, concept and period**: two supports for different concepts on the
//!   same land, or for the same concept in periods that do not overlap, are not duplicates.
//!
//! ## Not yet
//!
//! - The area is declared, not derived from the cells (`land-cells` prints both to compare).
//! - The duplicate check reads, per cell, the properties on it, each one's grants and their
//!   programs: up to `MaxCellsPerProperty × (MaxPropertiesPerCell - 1) × MaxRecordsPerProperty`
//!   grants, which the benchmarks build in full (cells as a component); keep those bounds small
//!   enough for a block, or replace the walk by a cell-to-grant index.
//! - Squatting: anyone verified may register land under a key they do not hold, taking the key
//!   and a place on each cell (`MaxPropertiesPerCell`). An agency removes such a property
//!   ([`Pallet::remove_property`]) while it carries no grant; a deposit, or registration
//!   checked against the property registry (`pallet-property-registry`), would prevent it.
//! - A property's holders or land cannot be updated in place (remove and register again while
//!   it carries no grant).
//! - Applications per program and per beneficiary are not indexed (grants are).
//! - Splitting or transferring properties, updating a property's holders or land.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use bmx_primitives::{
	governance::{ReportAnswerers, ReportObligations, ReportSubject},
	identity::{
		CredentialTypeId, CredentialsInspect, Jurisdiction, VerifiedOrganisations, VerifiedPersons,
	},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::Percent;

/// A program with this runtime's bounds.
pub type ProgramOf<T> = Program<
	<T as Config>::MaxConcepts,
	<T as Config>::MaxJurisdictions,
	<T as Config>::MaxTranches,
>;
/// A property with this runtime's bounds.
pub type PropertyOf<T> = Property<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxKeyLen,
	<T as Config>::MaxHolders,
	<T as Config>::MaxCellsPerProperty,
>;
/// An application of this runtime.
pub type ApplicationOf<T> = Application<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A grant of this runtime.
pub type GrantOf<T> = Grant<<T as frame_system::Config>::AccountId>;
/// A verification with this runtime's bounds.
pub type VerificationOf<T> = Verification<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxCellsPerProperty,
>;

/// Sets up what the benchmarks need from the identity pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a verified person.
	fn verify_person(who: &AccountId);
	/// Give `who` the field-verifier credential.
	fn make_field_verifier(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// A program administrator; its success value is the agency it acts for.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = AgencyId>;
		/// Verified persons (small owners, holders).
		type Persons: VerifiedPersons<Self::AccountId>;
		/// Verified organisations (ejidos, comunidades, companies).
		type Organisations: VerifiedOrganisations<Self::AccountId>;
		/// Credentials, to recognise field verifiers.
		type Credentials: CredentialsInspect<Self::AccountId>;
		/// The credential type of field verifiers.
		#[pallet::constant]
		type FieldVerifierCredential: Get<CredentialTypeId>;
		/// The most concepts in a program.
		#[pallet::constant]
		type MaxConcepts: Get<u32>;
		/// The most eligible municipalities of a program.
		#[pallet::constant]
		type MaxJurisdictions: Get<u32>;
		/// The most tranches of a program.
		#[pallet::constant]
		type MaxTranches: Get<u32>;
		/// The longest property key, in bytes.
		#[pallet::constant]
		type MaxKeyLen: Get<u32>;
		/// The most holders of a property.
		#[pallet::constant]
		type MaxHolders: Get<u32>;
		/// The most cells of a property (and of a verification).
		#[pallet::constant]
		type MaxCellsPerProperty: Get<u32>;
		/// The most properties registered on one cell.
		#[pallet::constant]
		type MaxPropertiesPerCell: Get<u32>;
		/// The most applications and the most grants of one property, over time.
		#[pallet::constant]
		type MaxRecordsPerProperty: Get<u32>;
		/// The most grants of one beneficiary, over time.
		#[pallet::constant]
		type MaxGrantsPerBeneficiary: Get<u32>;
		/// The most grants of one program.
		#[pallet::constant]
		type MaxGrantsPerProgram: Get<u32>;
		/// The most verifications of one grant.
		#[pallet::constant]
		type MaxVerificationsPerGrant: Get<u32>;
		/// The reports service: a grant's beneficiary reports on the maintenance of the
		/// supported land while the grant runs ([`ReportSubject::SubsidyGrant`]).
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;
		/// Blocks between two maintenance reports of a running grant.
		#[pallet::constant]
		type MaintenanceReportPeriod: Get<BlockNumberFor<Self>>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Sets up verified persons and field verifiers for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The next program id.
	#[pallet::storage]
	pub type NextProgramId<T> = StorageValue<_, ProgramId, ValueQuery>;

	/// Programs by id.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Programs<T: Config> =
		StorageMap<_, Twox64Concat, ProgramId, ProgramOf<T>, OptionQuery>;

	/// Committed and paid totals per program and concept position.
	// Hasher: Twox64Concat, ids are assigned in order and positions are bounded.
	#[pallet::storage]
	pub type ConceptTotals<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ProgramId, Twox64Concat, u32, Totals, ValueQuery>;

	/// The grants of each program.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type GrantsOfProgram<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ProgramId,
		BoundedVec<GrantId, T::MaxGrantsPerProgram>,
		ValueQuery,
	>;

	/// The next property id.
	#[pallet::storage]
	pub type NextPropertyId<T> = StorageValue<_, PropertyId, ValueQuery>;

	/// Properties by id.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Properties<T: Config> =
		StorageMap<_, Twox64Concat, PropertyId, PropertyOf<T>, OptionQuery>;

	/// The property registered under each key.
	// Hasher: Blake2_128Concat, keys are chosen by users.
	#[pallet::storage]
	pub type PropertyOfKey<T: Config> =
		StorageMap<_, Blake2_128Concat, BoundedVec<u8, T::MaxKeyLen>, PropertyId, OptionQuery>;

	/// The properties whose land holds each cell: the overlap index.
	// Hasher: Blake2_128Concat, cells are chosen by users.
	#[pallet::storage]
	pub type PropertiesOfCell<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		H3Cell,
		BoundedVec<PropertyId, T::MaxPropertiesPerCell>,
		ValueQuery,
	>;

	/// The next application id.
	#[pallet::storage]
	pub type NextApplicationId<T> = StorageValue<_, ApplicationId, ValueQuery>;

	/// Applications by id, kept for audit.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Applications<T: Config> =
		StorageMap<_, Twox64Concat, ApplicationId, ApplicationOf<T>, OptionQuery>;

	/// The applications on each property, over time.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type ApplicationsOfProperty<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PropertyId,
		BoundedVec<ApplicationId, T::MaxRecordsPerProperty>,
		ValueQuery,
	>;

	/// The next grant id.
	#[pallet::storage]
	pub type NextGrantId<T> = StorageValue<_, GrantId, ValueQuery>;

	/// Grants by id, kept for audit.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, GrantOf<T>, OptionQuery>;

	/// The grants on each property, over time.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type GrantsOfProperty<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PropertyId,
		BoundedVec<GrantId, T::MaxRecordsPerProperty>,
		ValueQuery,
	>;

	/// The grants of each beneficiary, by its party key (person or organisation key), over time:
	/// a beneficiary that moves to another account keeps its grants, and its cap.
	// Hasher: Blake2_128Concat, keys are commitments made off chain.
	#[pallet::storage]
	pub type GrantsOfBeneficiary<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		PartyKey,
		BoundedVec<GrantId, T::MaxGrantsPerBeneficiary>,
		ValueQuery,
	>;

	/// The field verifications of each grant.
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Verifications<T: Config> = StorageMap<
		_,
		Twox64Concat,
		GrantId,
		BoundedVec<VerificationOf<T>, T::MaxVerificationsPerGrant>,
		ValueQuery,
	>;

	/// The payments and recoveries of each grant (one payment per tranche, one recovery per
	/// failed verification at most).
	// Hasher: Twox64Concat, ids are assigned in order.
	#[pallet::storage]
	pub type Payments<T: Config> = StorageMap<
		_,
		Twox64Concat,
		GrantId,
		BoundedVec<Payment<BlockNumberFor<T>>, PaymentsBound<T>>,
		ValueQuery,
	>;

	/// The bound of [`Payments`]: a payment per tranche plus a recovery per verification.
	pub struct PaymentsBound<T>(PhantomData<T>);
	impl<T: Config> Get<u32> for PaymentsBound<T> {
		fn get() -> u32 {
			T::MaxTranches::get().saturating_add(T::MaxVerificationsPerGrant::get())
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A program was opened.
		ProgramOpened {
			/// The program.
			program: ProgramId,
			/// Its agency.
			agency: AgencyId,
			/// Its year.
			year: u16,
		},
		/// A program stopped taking applications.
		ProgramClosed {
			/// The program.
			program: ProgramId,
		},
		/// A property was registered.
		PropertyRegistered {
			/// The property.
			property: PropertyId,
			/// Who registered it.
			by: T::AccountId,
			/// How many cells its land has.
			cells: u32,
			/// Properties registered before that share at least one cell with it.
			overlapping: u32,
		},
		/// A property carrying no grant was removed: its key and cells are free again.
		PropertyRemoved {
			/// The property.
			property: PropertyId,
			/// The agency that removed it, or `None` when a holder did.
			agency: Option<AgencyId>,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// An application was filed.
		ApplicationFiled {
			/// The application.
			application: ApplicationId,
			/// The applicant.
			applicant: T::AccountId,
			/// The program.
			program: ProgramId,
			/// The property.
			property: PropertyId,
		},
		/// An application was withdrawn by its applicant.
		ApplicationWithdrawn {
			/// The application.
			application: ApplicationId,
		},
		/// An application was rejected.
		ApplicationRejected {
			/// The application.
			application: ApplicationId,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// An application was rejected as a duplicate of support already granted on the same
		/// land.
		DuplicateRejected {
			/// The application.
			application: ApplicationId,
			/// The conflicting grants, in id order, the first [`MAX_CONFLICTS_NAMED`] of them.
			conflicting: BoundedVec<GrantId, ConstU32<MAX_CONFLICTS_NAMED>>,
			/// How many grants conflict in all.
			total: u32,
		},
		/// An application was approved and a grant created.
		GrantCreated {
			/// The application.
			application: ApplicationId,
			/// The grant.
			grant: GrantId,
			/// The beneficiary.
			beneficiary: T::AccountId,
			/// The amount granted.
			amount: Centavos,
		},
		/// A tranche was paid.
		TranchePaid {
			/// The grant.
			grant: GrantId,
			/// The tranche, from 0.
			tranche: u8,
			/// The amount.
			amount: Centavos,
			/// The hash of the payment reference.
			reference: DocumentHash,
		},
		/// A field verification was recorded.
		VerificationRecorded {
			/// The grant.
			grant: GrantId,
			/// The verifier.
			verifier: T::AccountId,
			/// Whether it met the program's rule (and released the next tranche).
			passed: bool,
		},
		/// A grant was cancelled.
		GrantCancelled {
			/// The grant.
			grant: GrantId,
			/// The amount returned to the concept's budget.
			returned: Centavos,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// A grant was reduced.
		GrantReduced {
			/// The grant.
			grant: GrantId,
			/// The new amount.
			amount: Centavos,
			/// The hash of the written reasons.
			reason: DocumentHash,
		},
		/// An amount was recovered after a failed verification.
		AmountRecovered {
			/// The grant.
			grant: GrantId,
			/// The amount.
			amount: Centavos,
			/// The hash of the payment reference.
			reference: DocumentHash,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The program, property, application or grant does not exist: check the id.
		NotFound,
		/// The origin may not do this: act as the program's agency, the applicant, a holder or
		/// a field verifier as the call requires.
		NoPermission,
		/// A property with this key exists already: apply on it.
		AlreadyExists,
		/// A list is full (concepts, cells, holders, records): split the input or ask for the
		/// bound to be raised.
		TooManyItems,
		/// The program is malformed: give concepts once each with a budget and an amount per
		/// hectare, a period with the first year not after the last, tranches adding to 100%.
		InvalidProgram,
		/// The property is malformed: give a key, a well-formed municipality, an area and at
		/// least one cell.
		InvalidProperty,
		/// A cell is not a valid H3 cell at the configured resolution: regenerate the cells.
		InvalidCell,
		/// The signer or a holder is not a verified person or organisation: verify first.
		NotVerified,
		/// The program takes no applications any more.
		ProgramClosed,
		/// The program does not offer this concept.
		ConceptNotOffered,
		/// The property is not in an eligible municipality of the program.
		NotEligible,
		/// The area is zero or above the property's (applications), or above the grant's
		/// (verifications).
		InvalidArea,
		/// The application was decided or withdrawn already.
		NotPending,
		/// Land sharing a cell with the property already holds a grant for the same concept in
		/// an overlapping period: the runtime API `conflicting_grants_of_application` names the
		/// grants, and `reject_duplicate` records the rejection naming them.
		DuplicateSupport,
		/// The application duplicates no grant: approve it or reject it with reasons.
		NoDuplicate,
		/// The beneficiary's grants in the program would exceed its cap.
		CapExceeded,
		/// The concept's budget would be exceeded.
		BudgetExceeded,
		/// The grant is completed or cancelled.
		GrantNotActive,
		/// The next tranche needs a verification that meets the program's rule first.
		VerificationRequired,
		/// A verification cell is not a cell of the property.
		CellNotOnProperty,
		/// The amount is zero, or not below the grant's, or below what was paid, or above what
		/// can be recovered.
		InvalidAmount,
		/// A recovery needs the last verification to have failed, and one recovery per failure.
		NoFailedVerification,
		/// The property carries grants, kept for audit: it cannot be removed.
		InUse,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxTranches::get() >= 1 && T::MaxTranches::get() <= u8::MAX.into());
			assert!(T::MaxCellsPerProperty::get() >= 1 && T::MaxPropertiesPerCell::get() >= 1);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open a program of the origin's agency.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`].
		/// ## Errors
		/// [`Error::InvalidProgram`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_program())]
		pub fn open_program(
			origin: OriginFor<T>,
			year: u16,
			first_year: u16,
			last_year: u16,
			concepts: BoundedVec<ConceptTerms, T::MaxConcepts>,
			cap_per_beneficiary: Centavos,
			eligible: BoundedVec<Jurisdiction, T::MaxJurisdictions>,
			tranches: BoundedVec<Percent, T::MaxTranches>,
			rule: VerificationRule,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_open_program(
				agency,
				Program {
					agency,
					year,
					first_year,
					last_year,
					concepts,
					cap_per_beneficiary,
					eligible,
					tranches,
					rule,
					open: true,
				},
			)
		}

		/// Stop a program taking applications; pending ones can still be decided.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::close_program())]
		pub fn close_program(origin: OriginFor<T>, program: ProgramId) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_close_program(agency, program)
		}

		/// Register a property with its land as H3 cells; the signer must be one of `holders`.
		///
		/// ## Origin
		/// Signed: a verified person or organisation among the holders.
		/// ## Errors
		/// [`Error::NotVerified`], [`Error::InvalidProperty`], [`Error::InvalidCell`],
		/// [`Error::AlreadyExists`], [`Error::TooManyItems`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_property(cells.len() as u32))]
		pub fn register_property(
			origin: OriginFor<T>,
			key: BoundedVec<u8, T::MaxKeyLen>,
			jurisdiction: Jurisdiction,
			area: CentiHectares,
			holders: BoundedVec<T::AccountId, T::MaxHolders>,
			cells: BoundedVec<H3Cell, T::MaxCellsPerProperty>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_property(who, key, jurisdiction, area, holders, cells)
		}

		/// Apply for a concept of an open program on a property.
		///
		/// ## Origin
		/// Signed: a holder of the property, the would-be beneficiary.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::apply_for_support())]
		pub fn apply_for_support(
			origin: OriginFor<T>,
			program: ProgramId,
			concept: Concept,
			property: PropertyId,
			area: CentiHectares,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_apply(who, program, concept, property, area)
		}

		/// Withdraw a pending application.
		///
		/// ## Origin
		/// Signed: the applicant.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_application())]
		pub fn withdraw_application(
			origin: OriginFor<T>,
			application: ApplicationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, application)
		}

		/// Reject a pending application with written reasons.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_application())]
		pub fn reject_application(
			origin: OriginFor<T>,
			application: ApplicationId,
			reason: DocumentHash,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_reject(agency, application, reason)
		}

		/// Approve a pending application: check duplicates, the cap and the budget, and create
		/// the grant. The weight charged is that of the property's actual cells.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		/// ## Errors
		/// [`Error::DuplicateSupport`] (the runtime API `conflicting_grants_of_application`
		/// names the grants; [`Pallet::reject_duplicate`] records the rejection),
		/// [`Error::CapExceeded`], [`Error::BudgetExceeded`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::approve_application(T::MaxCellsPerProperty::get()))]
		pub fn approve_application(
			origin: OriginFor<T>,
			application: ApplicationId,
		) -> DispatchResultWithPostInfo {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			let cells = Self::do_approve(agency, application)?;
			Ok(Some(T::WeightInfo::approve_application(cells)).into())
		}

		/// Record the next tranche of a grant paid.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		/// ## Errors
		/// [`Error::VerificationRequired`] for a tranche after the first without a passing
		/// verification since the last one.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::record_payment())]
		pub fn record_payment(
			origin: OriginFor<T>,
			grant: GrantId,
			reference: DocumentHash,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_record_payment(agency, grant, reference)
		}

		/// Record a field verification of an active grant.
		///
		/// ## Origin
		/// Signed: a holder of [`Config::FieldVerifierCredential`], neither the beneficiary nor
		/// a holder of the property.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::record_verification(cells_visited.len() as u32))]
		pub fn record_verification(
			origin: OriginFor<T>,
			grant: GrantId,
			survival: Percent,
			area_worked: CentiHectares,
			evidence: DocumentHash,
			cells_visited: BoundedVec<H3Cell, T::MaxCellsPerProperty>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_verification(who, grant, survival, area_worked, evidence, cells_visited)
		}

		/// Cancel an active grant, returning its unpaid amount to the concept's budget.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel_grant())]
		pub fn cancel_grant(
			origin: OriginFor<T>,
			grant: GrantId,
			reason: DocumentHash,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_cancel(agency, grant, reason)
		}

		/// Reduce an active grant to `amount` (below it, at least what was paid), returning the
		/// difference to the concept's budget.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reduce_grant())]
		pub fn reduce_grant(
			origin: OriginFor<T>,
			grant: GrantId,
			amount: Centavos,
			reason: DocumentHash,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_reduce(agency, grant, amount, reason)
		}

		/// Record an amount recovered from the beneficiary after the last verification failed.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::record_recovery())]
		pub fn record_recovery(
			origin: OriginFor<T>,
			grant: GrantId,
			amount: Centavos,
			reference: DocumentHash,
		) -> DispatchResult {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			Self::do_record_recovery(agency, grant, amount, reference)
		}

		/// Remove a property that carries no grant, freeing its key and its cells: a wrong
		/// registration, or land registered by someone who does not hold it. Its pending
		/// applications are withdrawn; its applications stay readable for audit.
		///
		/// ## Origin
		/// Signed by a holder of the property, or [`Config::AdminOrigin`] of any agency.
		/// ## Errors
		/// [`Error::InUse`] when the property carries a grant.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_property(T::MaxCellsPerProperty::get()))]
		pub fn remove_property(
			origin: OriginFor<T>,
			property: PropertyId,
			reason: DocumentHash,
		) -> DispatchResultWithPostInfo {
			let remover = match T::AdminOrigin::try_origin(origin) {
				Ok(agency) => Ok(agency),
				Err(origin) => Err(ensure_signed(origin)?),
			};
			let cells = Self::do_remove_property(remover, property, reason)?;
			Ok(Some(T::WeightInfo::remove_property(cells)).into())
		}

		/// Reject a pending application because it duplicates support already granted on the
		/// same land (see [`Error::DuplicateSupport`]): the conflicts are computed on chain and
		/// named in the event. The weight charged is that of the property's actual cells.
		///
		/// ## Origin
		/// [`Config::AdminOrigin`] of the program's agency.
		/// ## Errors
		/// [`Error::NoDuplicate`] when nothing conflicts, [`Error::NotPending`].
		/// ## Events
		/// [`Event::DuplicateRejected`] with the conflicting grants.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::reject_duplicate(T::MaxCellsPerProperty::get()))]
		pub fn reject_duplicate(
			origin: OriginFor<T>,
			application: ApplicationId,
		) -> DispatchResultWithPostInfo {
			let agency = T::AdminOrigin::ensure_origin(origin)?;
			let cells = Self::do_reject_duplicate(agency, application)?;
			Ok(Some(T::WeightInfo::reject_duplicate(cells)).into())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The grants an approval of `application` would conflict with: grants not cancelled,
		/// on land sharing a cell with its property, for its concept, in a program whose period
		/// overlaps, of any agency. Empty: no duplicate (or no such application).
		pub fn conflicting_grants(application: ApplicationId) -> Vec<GrantId> {
			Self::conflicting_grants_of_application(application)
		}

		/// Every grant on land holding `cell`, over time, in id order.
		pub fn grants_of_cell(cell: H3Cell) -> Vec<GrantId> {
			Self::grants_on_cell(cell)
		}

		/// The committed and paid totals of `program` over its concepts.
		pub fn program_totals(program: ProgramId) -> Totals {
			Self::totals_of_program(program).map(|t| t.total).unwrap_or_default()
		}
	}
}

/// A grant's beneficiary answers for its maintenance reports ([`ReportSubject::SubsidyGrant`]),
/// from the account the grant was made to or from any account of the same person or
/// organisation.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubject<T::AccountId>, who: &T::AccountId) -> bool {
		match subject {
			ReportSubject::SubsidyGrant(grant) => Grants::<T>::get(grant).is_some_and(|grant| {
				&grant.beneficiary == who || Self::party_key(who) == Some(grant.beneficiary_key)
			}),
			_ => false,
		}
	}
}
