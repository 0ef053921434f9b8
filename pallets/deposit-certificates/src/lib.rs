//! # Deposit certificates pallet
//!
//! The RUCAM registry on chain: authorised general deposit warehouses, the certificados de
//! depósito and bonos de prenda they issue, and every endorsement, pledge, withdrawal and sale
//! of them, so that anyone can verify who holds which right over which goods at any moment.
//!
//! ## Overview
//!
//! - **Warehouses.** [`Config::AuthorityOrigin`] authorises a verified organisation as a
//!   warehouse ([`Pallet::authorise_warehouse`]), suspends it, reinstates it and revokes it.
//!   The warehouse (its account or a representative) names its officers
//!   ([`Pallet::add_officer`]); an officer acts only while it also holds the credential
//!   [`Config::OfficerCredential`] ("warehouse officer", from the identity pallet). From its
//!   authorisation to its revocation a warehouse owes an inventory report every
//!   [`Config::InventoryReportPeriod`] blocks ([`ReportSubject::Warehouse`], kept by
//!   [`Config::Reports`]); its current officers answer for it (this pallet's
//!   [`ReportAnswerers`] impl, which the runtime adds to its answerers' tuple).
//! - **Issuance** ([`Pallet::issue_certificate`]). An officer of an authorised warehouse issues a
//!   certificate to a verified depositor under a folio unique in the warehouse, for goods
//!   (description hash, quantity and unit, lot, declared value in centavos, municipality,
//!   insurance hash), expiring at a block at most [`Config::MaxValidity`] ahead. A negotiable
//!   certificate comes with its bono de prenda, both held by the depositor; a non-negotiable one
//!   has no bono. One lot backs at most one live certificate ([`LiveLots`]).
//! - **Circulation.** Each instrument is endorsed separately ([`Pallet::endorse_certificate`],
//!   [`Pallet::endorse_bono`]) by its current holder to a verified person or organisation; each
//!   keeps its full chain of holders. The first endorsement of the bono is the pledge
//!   ([`Pallet::pledge_bono`]): it records the loan (amount, interest, due date, contract hash).
//!   Expired, defaulted or cancelled instruments do not circulate.
//! - **Settlement.** The bono's holder acknowledges repayment ([`Pallet::acknowledge_repayment`]),
//!   or an officer (the authority, for a revoked warehouse) records that the debt, or part of it,
//!   was deposited with the warehouse for the bono's holder ([`Pallet::deposit_debt`]). The
//!   certificate's holder withdraws goods, partly or totally ([`Pallet::withdraw_goods`]): all
//!   of them when no pledge is outstanding; while one is, only the share that the deposits
//!   release, in proportion to the debt (LGTOC: the holder of the certificate may withdraw part
//!   of the goods by delivering to the warehouse a sum proportional to the debt and to the goods
//!   withdrawn; see [`Pledge`] and [`Certificate::withdrawable`]). A total withdrawal cancels
//!   the certificate (delivered) and frees the lot. After the due date the bono's holder
//!   declares a default ([`Pallet::declare_default`]) and an officer (or the authority, e.g. for
//!   a revoked warehouse) records the sale ([`Pallet::record_sale`]): the proceeds pay the bono's
//!   holder first what the deposits did not cover, the rest is the certificate holder's.
//! - **History and verification.** Every act is appended to the certificate's [`History`], with
//!   its block. [`runtime_api::DepositCertificatesApi`] answers, by warehouse and folio (the QR
//!   code of the paper certificate), whether the certificate is authentic, which warehouse
//!   issued it and that warehouse's status, its status, holders, encumbrance and full history;
//!   and lists a warehouse's certificates page by page for its clerks.
//!
//! ## Terminology
//!
//! - **Almacén General de Depósito (warehouse)**: an organisation authorised to receive goods in
//!   deposit and issue certificates for them.
//! - **Certificado de depósito (certificate)**: proves ownership of the deposited goods; its
//!   holder withdraws them.
//! - **Bono de prenda (bono)**: issued with a negotiable certificate; carries the pledge on the
//!   goods. Its first endorsement to a creditor records the loan.
//! - **Endoso (endorsement)**: the transfer of an instrument by its holder to another.
//! - **Prenda (pledge)**: the security the bono carries over the goods for a loan.
//! - **Depósito del adeudo (deposit of the debt)**: the sum the certificate's holder delivers to
//!   the warehouse for the bono's holder, in full or in the share of the goods withdrawn, so
//!   that the goods (or that share) may leave while the bono circulates.
//! - **Remate (sale)**: the sale of pledged goods by the warehouse on default.
//! - **Folio**: the number of a certificate in its warehouse; warehouse and folio are what the QR
//!   code on the paper certificate holds.
//! - **RUCAM**: Registro Único de Certificados, Almacenes y Mercancías (Secretaría de Economía).
//! - **Centavos**: every amount of money here is an integer count of MXN centavos, not tokens.
//!
//! ## Pallet API
//!
//! | Index | Call | Origin |
//! |---|---|---|
//! | 0 | [`authorise_warehouse`](Pallet::authorise_warehouse) | [`Config::AuthorityOrigin`] |
//! | 1 | [`suspend_warehouse`](Pallet::suspend_warehouse) | [`Config::AuthorityOrigin`] |
//! | 2 | [`reinstate_warehouse`](Pallet::reinstate_warehouse) | [`Config::AuthorityOrigin`] |
//! | 3 | [`revoke_warehouse`](Pallet::revoke_warehouse) | [`Config::AuthorityOrigin`] |
//! | 4 | [`add_officer`](Pallet::add_officer) | signed: the warehouse or its representative |
//! | 5 | [`remove_officer`](Pallet::remove_officer) | signed: the warehouse or its representative; or [`Config::AuthorityOrigin`] |
//! | 6 | [`issue_certificate`](Pallet::issue_certificate) | signed: an officer of the warehouse |
//! | 7 | [`endorse_certificate`](Pallet::endorse_certificate) | signed: the certificate's holder |
//! | 8 | [`pledge_bono`](Pallet::pledge_bono) | signed: the bono's holder (the depositor's chain) |
//! | 9 | [`endorse_bono`](Pallet::endorse_bono) | signed: the bono's holder |
//! | 10 | [`acknowledge_repayment`](Pallet::acknowledge_repayment) | signed: the bono's holder |
//! | 11 | [`deposit_debt`](Pallet::deposit_debt) | signed: an officer of the warehouse; or [`Config::AuthorityOrigin`] |
//! | 12 | [`withdraw_goods`](Pallet::withdraw_goods) | signed: the certificate's holder |
//! | 13 | [`declare_default`](Pallet::declare_default) | signed: the bono's holder |
//! | 14 | [`record_sale`](Pallet::record_sale) | signed: an officer of the warehouse; or [`Config::AuthorityOrigin`] |
//!
//! View functions: [`certificate_of`](Pallet::certificate_of) (the stored certificate of
//! warehouse and folio), [`history_of`](Pallet::history_of), [`warehouse_of`](Pallet::warehouse_of),
//! [`certificate_of_lot`](Pallet::certificate_of_lot).
//!
//! Runtime API [`runtime_api::DepositCertificatesApi`]: `verify_certificate` (authenticity,
//! issuing warehouse and its status, status, goods, holders, encumbrance, sale, full history:
//! [`CertificateVerification`]), `certificates_of_warehouse` (paginated
//! [`CertificateSummary`]s, at most [`MAX_PAGE`] a page), `warehouse` ([`WarehouseSummary`]),
//! `certificate_of_lot`.
//!
//! ## Verification without trusting a node
//!
//! A verifier that trusts no node reads the storage with a read proof checked against a
//! finalised header. The runtime names this pallet `DepositCertificates`; all keys below start
//! with `twox128("DepositCertificates")`, accounts are 32 bytes, the block number is a `u32`.
//!
//! | item | key after the pallet prefix | value (SCALE) |
//! |---|---|---|
//! | [`Certificates`] | `twox128("Certificates") ++ blake2_128(warehouse) ++ warehouse ++ blake2_128(folio as u64 LE) ++ folio as u64 LE` | [`Certificate`] |
//! | [`History`] | `twox128("History") ++` the same as for [`Certificates`] | `Vec<`[`HistoryEntry`]`>` |
//! | [`Warehouses`] | `twox128("Warehouses") ++ blake2_128(warehouse) ++ warehouse` | [`Warehouse`] |
//! | [`LiveLots`] | `twox128("LiveLots") ++ blake2_128(lot) ++ lot` | `(AccountId, u64)` |
//!
//! An absent [`Certificates`] entry under a proof means the certificate is not authentic.
//!
//! ## Assumptions
//!
//! - **Dates are blocks.** Expiry and due dates are block numbers; the client converts calendar
//!   dates with the chain's block time.
//! - **No personal data.** Holders are accounts verified by the identity pallet (read through
//!   [`Config::Persons`] and [`Config::Organisations`]); descriptions, insurance policies, loan
//!   contracts, receipts and sale records are kept off chain and only their hashes here.
//! - **Bounded storage.** [`Warehouses`] grows only by [`Config::AuthorityOrigin`]. Each
//!   warehouse has at most [`Config::MaxOfficers`] officers. Each instrument has at most
//!   [`Config::MaxHolders`] holders. [`Certificates`] grows only by an authorised warehouse's
//!   officer, one per deposit of goods; cancelled certificates stay readable for verification
//!   (archival is listed under `## Not yet`). [`LiveLots`] holds one entry per live (not
//!   cancelled) certificate. Each certificate's [`History`] holds at most [`HistoryBound`]
//!   entries: every act that [`Config::MaxHolders`] and [`Config::MaxWithdrawals`] allow, so it
//!   never blocks an act.
//! - **Every state has an exit.** A live certificate leaves by total withdrawal (by its holder,
//!   even when the warehouse is suspended or revoked; when pledged, once the debt is repaid or
//!   deposited, recorded by an officer or, for a revoked warehouse, by the authority) or by
//!   default and sale; a defaulted one by the sale (recorded by an officer, or by the authority
//!   when the warehouse is revoked) or by the deposit of all the debt, which makes it live
//!   again. A full count of partial withdrawals or partial deposits never blocks the total
//!   one.
//! - A pledge never outlives its certificate: its due date is at most the certificate's expiry.
//! - [`Config::MaxOfficers`], [`Config::MaxHolders`] (at least 2), [`Config::MaxValidity`],
//!   [`Config::MaxWithdrawals`] and [`Config::InventoryReportPeriod`] are not zero (checked in
//!   `integrity_test`).
//! - **The deposit's share is the clerk's to compute.** The chain checks that the goods withdrawn
//!   since the pledge never exceed `pledged_quantity * deposited / debt` (rounded down), where
//!   the debt is the loan plus the interest the first endorsement recorded; the warehouse keeps
//!   the sums deposited for the bono's holder off chain and records each deposit with its
//!   receipt's hash.
//!
//! ## Not yet
//!
//! - The content of inventory reports (what the warehouse holds against live certificates) is
//!   the reports service's document; this pallet only begins, ends and answers for the duty.
//! - Calendar dates (a `Time` source) instead of blocks; alphanumeric folios.
//! - Interest accrued after the due date (moratory interest): today the debt is the loan plus
//!   the interest recorded at the pledge, whenever it is deposited or the goods are sold.
//! - The warehouse's storage and handling charges, which LGTOC also lets it collect before
//!   delivering goods or paying the bono from a sale.
//! - Archival of cancelled certificates with a deposit (`MutateHold`) paid by the warehouse.
//! - A warehouse's confirmation of physical delivery beside the holder's withdrawal.

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

use bmx_primitives::{
	governance::{ReportAnswerers, ReportObligations, ReportSubject},
	identity::{CredentialTypeId, CredentialsInspect, VerifiedOrganisations, VerifiedPersons},
	DocumentHash,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::*;
use sp_runtime::traits::Zero;

/// A warehouse as stored.
pub type WarehouseOf<T> =
	Warehouse<<T as frame_system::Config>::AccountId, <T as Config>::MaxOfficers>;

/// A certificate as stored.
pub type CertificateOf<T> = Certificate<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxHolders,
>;

/// Pledge terms with the runtime's block number.
pub type PledgeTermsOf<T> = PledgeTerms<BlockNumberFor<T>>;

/// An entry of a certificate's history as stored.
pub type HistoryEntryOf<T> =
	HistoryEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The bound of a certificate's history.
pub type HistoryBoundOf<T> = HistoryBound<<T as Config>::MaxHolders, <T as Config>::MaxWithdrawals>;

/// A certificate's history as stored: every act, oldest first.
pub type HistoryOf<T> = BoundedVec<HistoryEntryOf<T>, HistoryBoundOf<T>>;

/// Makes accounts pass the identity checks in benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Make `who` a verified organisation.
	fn verify_organisation(who: &AccountId);
	/// Make `who` a verified person, with a person key derived from `index`.
	fn verify_person(who: &AccountId, index: u32);
	/// Make `who` an authorised representative of the organisation `organisation`.
	fn add_representative(organisation: &AccountId, who: &AccountId);
	/// Give `who` the credential of `credential_type` (the warehouse-officer credential).
	fn issue_credential(who: &AccountId, credential_type: CredentialTypeId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The authority over warehouses (RUCAM, Secretaría de Economía): authorises, suspends,
		/// reinstates and revokes them.
		type AuthorityOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Verified persons (the identity pallet).
		type Persons: VerifiedPersons<Self::AccountId>;

		/// Verified organisations and their representatives (the identity pallet).
		type Organisations: VerifiedOrganisations<Self::AccountId>;

		/// Credentials (the identity pallet).
		type Credentials: CredentialsInspect<Self::AccountId>;

		/// The credential type of a warehouse officer.
		#[pallet::constant]
		type OfficerCredential: Get<CredentialTypeId>;

		/// The most officers of a warehouse. Not zero.
		#[pallet::constant]
		type MaxOfficers: Get<u32>;

		/// The most holders in the chain of one instrument, the depositor included. At least 2.
		#[pallet::constant]
		type MaxHolders: Get<u32>;

		/// The most blocks between issue and expiry. Not zero.
		#[pallet::constant]
		type MaxValidity: Get<BlockNumberFor<Self>>;

		/// The most withdrawals of one certificate that leave goods behind, and the most
		/// deposits of one pledge's debt that do not complete it. Not zero. It bounds the
		/// certificate's history (see [`HistoryBound`]).
		#[pallet::constant]
		type MaxWithdrawals: Get<u32>;

		/// The reports service (the governance pallets' duty reports): each warehouse not
		/// revoked owes a periodic inventory report ([`ReportSubject::Warehouse`]).
		type Reports: ReportObligations<Self::AccountId, BlockNumberFor<Self>>;

		/// The blocks between two inventory reports of a warehouse. Not zero.
		#[pallet::constant]
		type InventoryReportPeriod: Get<BlockNumberFor<Self>>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Makes accounts pass the identity checks in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The warehouses ever authorised, by their organisation's account.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Warehouses<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, WarehouseOf<T>, OptionQuery>;

	/// The certificates, by warehouse and folio: live and cancelled.
	// Hasher: Blake2_128Concat for both keys, chosen by users (folios by warehouses' officers).
	#[pallet::storage]
	pub type Certificates<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		Folio,
		CertificateOf<T>,
		OptionQuery,
	>;

	/// The history of each certificate, by warehouse and folio: every act, oldest first. Written
	/// with the certificate at issue and never removed while the certificate is kept.
	// Hasher: Blake2_128Concat for both keys, as for `Certificates`, so that a verifier derives
	// both storage keys from the same warehouse and folio.
	#[pallet::storage]
	pub type History<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		Folio,
		HistoryOf<T>,
		OptionQuery,
	>;

	/// The live certificate (warehouse and folio) that each lot backs.
	// Hasher: Blake2_128Concat, lot ids are chosen by warehouses' officers.
	#[pallet::storage]
	pub type LiveLots<T: Config> =
		StorageMap<_, Blake2_128Concat, LotId, (T::AccountId, Folio), OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An organisation was authorised as a warehouse.
		WarehouseAuthorised {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The hash of the authorisation.
			authorisation: DocumentHash,
		},
		/// A warehouse was suspended: it issues nothing new.
		WarehouseSuspended {
			/// The warehouse.
			warehouse: T::AccountId,
		},
		/// A suspended warehouse was reinstated.
		WarehouseReinstated {
			/// The warehouse.
			warehouse: T::AccountId,
		},
		/// A warehouse's authorisation was revoked; its officers were removed.
		WarehouseRevoked {
			/// The warehouse.
			warehouse: T::AccountId,
		},
		/// An officer was named for a warehouse.
		OfficerAdded {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The officer.
			officer: T::AccountId,
		},
		/// An officer was removed from a warehouse.
		OfficerRemoved {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The officer.
			officer: T::AccountId,
		},
		/// A certificate (with its bono, when negotiable) was issued.
		CertificateIssued {
			/// The warehouse.
			warehouse: T::AccountId,
			/// Its folio.
			folio: Folio,
			/// The lot of goods it covers.
			lot: LotId,
			/// The depositor: first holder of both instruments.
			depositor: T::AccountId,
			/// Whether a bono was issued with it.
			negotiable: bool,
			/// The first block at which it has expired.
			expires_at: BlockNumberFor<T>,
			/// The officer who issued it.
			officer: T::AccountId,
		},
		/// A certificate was endorsed.
		CertificateEndorsed {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The former holder.
			from: T::AccountId,
			/// The new holder.
			to: T::AccountId,
		},
		/// A bono was first endorsed to a creditor: the loan was recorded.
		BonoPledged {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The debtor: the bono's former holder.
			debtor: T::AccountId,
			/// The creditor: the bono's new holder.
			creditor: T::AccountId,
			/// The amount lent, in centavos.
			amount: Centavos,
			/// The block at which the debt falls due.
			due: BlockNumberFor<T>,
		},
		/// A pledged bono was endorsed.
		BonoEndorsed {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The former holder.
			from: T::AccountId,
			/// The new holder.
			to: T::AccountId,
		},
		/// The bono's holder acknowledged that the debt was paid.
		RepaymentAcknowledged {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The bono's holder.
			by: T::AccountId,
		},
		/// The debt, or part of it, was deposited with the warehouse for the bono's holder.
		DebtDeposited {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// How much was deposited, in centavos.
			amount: Centavos,
			/// What is still owed after it, in centavos; zero when the debt is all deposited.
			owed: Centavos,
			/// The officer who recorded it; `None` for the authority.
			officer: Option<T::AccountId>,
			/// The hash of the deposit's receipt.
			receipt: DocumentHash,
		},
		/// Goods were withdrawn.
		GoodsWithdrawn {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// How much was withdrawn, in the goods' unit.
			quantity: u128,
			/// How much remains; zero when the certificate was cancelled on delivery.
			remaining: u128,
		},
		/// The bono's holder declared the pledge in default.
		DefaultDeclared {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The bono's holder.
			by: T::AccountId,
		},
		/// The goods were sold and the proceeds applied: the certificate is cancelled.
		GoodsSold {
			/// The warehouse.
			warehouse: T::AccountId,
			/// The folio.
			folio: Folio,
			/// The proceeds, in centavos.
			proceeds: Centavos,
			/// Paid to the bono's holder.
			to_bono_holder: Centavos,
			/// Left for the certificate's holder.
			to_certificate_holder: Centavos,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is no authorised, suspended or revoked warehouse. Check [`Warehouses`].
		WarehouseNotFound,
		/// The account is already a warehouse that is not revoked.
		WarehouseAlreadyExists,
		/// The warehouse is not authorised (suspended or revoked). Ask the authority.
		WarehouseNotAuthorised,
		/// The warehouse is not suspended: only a suspended warehouse is reinstated.
		WarehouseNotSuspended,
		/// The warehouse's authorisation is revoked.
		WarehouseRevoked,
		/// The account is not a verified person or organisation (an organisation, for a
		/// warehouse). Verify it with the identity pallet first.
		NotVerified,
		/// The signer is neither the warehouse nor one of its representatives.
		NotRepresentative,
		/// The account does not hold the warehouse-officer credential.
		NoCredential,
		/// The signer is not a current officer of the warehouse (or lost its credential).
		NotOfficer,
		/// The account is already an officer of the warehouse.
		AlreadyOfficer,
		/// The warehouse has [`Config::MaxOfficers`] officers. Remove one first.
		TooManyOfficers,
		/// The warehouse already used this folio. Choose another.
		FolioTaken,
		/// The lot already backs a live certificate. Deliver or sell it first.
		LotAlreadyBacked,
		/// A quantity of zero. Give more than zero.
		ZeroQuantity,
		/// The municipality code is malformed.
		MalformedLocation,
		/// The expiry is not after now, or more than [`Config::MaxValidity`] blocks ahead.
		InvalidExpiry,
		/// No certificate has this warehouse and folio. Check [`Certificates`].
		CertificateNotFound,
		/// The signer does not hold the instrument.
		NotHolder,
		/// The instrument is endorsed to its current holder. Endorse to someone else.
		SameHolder,
		/// The certificate is not live (in default, delivered or sold).
		NotLive,
		/// The instruments have expired: they no longer circulate.
		Expired,
		/// The instrument's chain has [`Config::MaxHolders`] holders.
		TooManyHolders,
		/// The certificate was issued non-negotiable: it has no bono.
		NotNegotiable,
		/// The bono was already pledged: endorse it instead.
		AlreadyPledged,
		/// The bono was never pledged: pledge it first.
		NotPledged,
		/// The pledge is no longer outstanding (repaid or deposited).
		PledgeSettled,
		/// An amount of zero lent. Lend more than zero.
		ZeroAmount,
		/// The due date is not after now, or after the certificate's expiry.
		InvalidDueDate,
		/// A pledge is outstanding and the debt deposited with the warehouse does not cover the
		/// share of the goods asked for: repay it, or deposit (more of) the debt first. See
		/// [`Certificate::withdrawable`].
		Encumbered,
		/// More than the debt still owed. Deposit at most what remains.
		AmountExceeded,
		/// The certificate had [`Config::MaxWithdrawals`] partial withdrawals (or its pledge as
		/// many partial deposits): withdraw (or deposit) all that remains.
		TooManyWithdrawals,
		/// The certificate's history is full. Cannot happen: [`HistoryBound`] counts every act
		/// the other bounds allow.
		HistoryFull,
		/// More than the quantity in the warehouse. Withdraw at most what remains.
		QuantityExceeded,
		/// The debt is not due yet. Wait for its due block.
		NotDue,
		/// The certificate is not in default: only defaulted goods are sold.
		NotInDefault,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOfficers::get() > 0, "MaxOfficers must not be zero");
			assert!(T::MaxHolders::get() >= 2, "MaxHolders must be at least 2");
			assert!(!T::MaxValidity::get().is_zero(), "MaxValidity must not be zero");
			assert!(T::MaxWithdrawals::get() > 0, "MaxWithdrawals must not be zero");
			assert!(
				!T::InventoryReportPeriod::get().is_zero(),
				"InventoryReportPeriod must not be zero"
			);
			assert!(
				HistoryBoundOf::<T>::get() < u32::MAX,
				"MaxHolders and MaxWithdrawals too large for the history bound"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Authorise the verified organisation `warehouse` as a general deposit warehouse (again,
		/// if it was revoked: with no officers). Its inventory reports begin.
		///
		/// ## Origin
		/// [`Config::AuthorityOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotVerified`]: `warehouse` is not a verified organisation.
		/// - [`Error::WarehouseAlreadyExists`]: it is a warehouse not revoked.
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::authorise_warehouse().saturating_add(T::Reports::begin_weight())
		)]
		pub fn authorise_warehouse(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			authorisation: DocumentHash,
		) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_authorise_warehouse(warehouse, authorisation)
		}

		/// Suspend `warehouse`: it issues nothing new until reinstated.
		///
		/// ## Origin
		/// [`Config::AuthorityOrigin`].
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseNotAuthorised`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_warehouse())]
		pub fn suspend_warehouse(origin: OriginFor<T>, warehouse: T::AccountId) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_suspend_warehouse(warehouse)
		}

		/// Reinstate the suspended `warehouse`.
		///
		/// ## Origin
		/// [`Config::AuthorityOrigin`].
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseNotSuspended`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reinstate_warehouse())]
		pub fn reinstate_warehouse(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
		) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_reinstate_warehouse(warehouse)
		}

		/// Revoke the authorisation of `warehouse` and remove its officers; its inventory reports
		/// end. Its certificates stay readable; their holders still withdraw, the authority
		/// records deposits and sales.
		///
		/// ## Origin
		/// [`Config::AuthorityOrigin`].
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseRevoked`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::revoke_warehouse().saturating_add(T::Reports::end_weight()))]
		pub fn revoke_warehouse(origin: OriginFor<T>, warehouse: T::AccountId) -> DispatchResult {
			T::AuthorityOrigin::ensure_origin(origin)?;
			Self::do_revoke_warehouse(warehouse)
		}

		/// Name `officer`, who holds the warehouse-officer credential, an officer of `warehouse`.
		///
		/// ## Origin
		/// Signed by the warehouse's account or one of its representatives.
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseRevoked`].
		/// - [`Error::NotRepresentative`]: the signer does not act for the warehouse.
		/// - [`Error::NoCredential`]: `officer` lacks the credential.
		/// - [`Error::AlreadyOfficer`], [`Error::TooManyOfficers`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_officer())]
		pub fn add_officer(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			officer: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_officer(who, warehouse, officer)
		}

		/// Remove `officer` from `warehouse`.
		///
		/// ## Origin
		/// [`Config::AuthorityOrigin`], or signed by the warehouse's account or one of its
		/// representatives.
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::NotRepresentative`], [`Error::NotOfficer`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_officer())]
		pub fn remove_officer(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			officer: T::AccountId,
		) -> DispatchResult {
			let by = match T::AuthorityOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_remove_officer(by, warehouse, officer)
		}

		/// Issue the certificate `folio` of `warehouse` to the verified `depositor`, for `goods`,
		/// expiring at `expires_at`; with its bono when `negotiable`.
		///
		/// ## Origin
		/// Signed by an officer of the warehouse.
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseRevoked`],
		///   [`Error::WarehouseNotAuthorised`] (suspended), [`Error::NotOfficer`].
		/// - [`Error::NotVerified`]: `depositor` is not verified.
		/// - [`Error::ZeroQuantity`], [`Error::MalformedLocation`], [`Error::InvalidExpiry`].
		/// - [`Error::FolioTaken`], [`Error::LotAlreadyBacked`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::issue_certificate())]
		pub fn issue_certificate(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			depositor: T::AccountId,
			goods: Goods,
			negotiable: bool,
			expires_at: BlockNumberFor<T>,
		) -> DispatchResult {
			let officer = ensure_signed(origin)?;
			Self::do_issue_certificate(
				officer, warehouse, folio, depositor, goods, negotiable, expires_at,
			)
		}

		/// Endorse the certificate to the verified `to`.
		///
		/// ## Origin
		/// Signed by the certificate's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotHolder`], [`Error::NotLive`],
		///   [`Error::Expired`], [`Error::NotVerified`], [`Error::SameHolder`],
		///   [`Error::TooManyHolders`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::endorse_certificate())]
		pub fn endorse_certificate(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_endorse_certificate(from, warehouse, folio, to)
		}

		/// First endorsement of the bono, to the verified `creditor`: records the loan.
		///
		/// ## Origin
		/// Signed by the bono's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotNegotiable`], [`Error::AlreadyPledged`],
		///   [`Error::NotHolder`], [`Error::NotLive`], [`Error::Expired`], [`Error::NotVerified`],
		///   [`Error::SameHolder`], [`Error::ZeroAmount`], [`Error::InvalidDueDate`],
		///   [`Error::TooManyHolders`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::pledge_bono())]
		pub fn pledge_bono(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			creditor: T::AccountId,
			terms: PledgeTermsOf<T>,
		) -> DispatchResult {
			let debtor = ensure_signed(origin)?;
			Self::do_pledge_bono(debtor, warehouse, folio, creditor, terms)
		}

		/// Endorse the pledged bono to the verified `to`.
		///
		/// ## Origin
		/// Signed by the bono's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotNegotiable`], [`Error::NotPledged`],
		///   [`Error::PledgeSettled`], [`Error::NotHolder`], [`Error::NotLive`],
		///   [`Error::Expired`], [`Error::NotVerified`], [`Error::SameHolder`],
		///   [`Error::TooManyHolders`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::endorse_bono())]
		pub fn endorse_bono(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			to: T::AccountId,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_endorse_bono(from, warehouse, folio, to)
		}

		/// Acknowledge that the pledge's debt was paid: the goods are free of it.
		///
		/// ## Origin
		/// Signed by the bono's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotPledged`], [`Error::PledgeSettled`]
		///   (already repaid), [`Error::NotHolder`], [`Error::NotLive`] (cancelled).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::acknowledge_repayment())]
		pub fn acknowledge_repayment(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_acknowledge_repayment(who, warehouse, folio)
		}

		/// Record that `amount` centavos of the debt were deposited with the warehouse for the
		/// bono's holder. A deposit of part of the debt releases the same share of the pledged
		/// goods for withdrawal ([`Pledge`]); the deposit of all that is owed frees the goods (a
		/// defaulted certificate is live again).
		///
		/// ## Origin
		/// Signed by an officer of the warehouse; or [`Config::AuthorityOrigin`] (for a revoked
		/// warehouse's goods).
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseRevoked`] (an officer of a revoked
		///   warehouse), [`Error::NotOfficer`], [`Error::CertificateNotFound`],
		///   [`Error::NotPledged`], [`Error::PledgeSettled`], [`Error::NotLive`] (cancelled).
		/// - [`Error::ZeroAmount`], [`Error::AmountExceeded`] (more than owed).
		/// - [`Error::TooManyWithdrawals`]: [`Config::MaxWithdrawals`] partial deposits were
		///   made; deposit all that is owed.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::deposit_debt())]
		pub fn deposit_debt(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			amount: Centavos,
			receipt: DocumentHash,
		) -> DispatchResult {
			let by = match T::AuthorityOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_deposit_debt(by, warehouse, folio, amount, receipt)
		}

		/// Withdraw `quantity` of the goods; withdrawing all of them cancels the certificate on
		/// delivery and frees the lot. While a pledge is outstanding, only the share of the
		/// goods that the debt deposited with the warehouse releases may leave
		/// ([`Certificate::withdrawable`]).
		///
		/// ## Origin
		/// Signed by the certificate's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotHolder`], [`Error::NotLive`],
		///   [`Error::ZeroQuantity`], [`Error::QuantityExceeded`].
		/// - [`Error::Encumbered`]: more than the deposits release.
		/// - [`Error::TooManyWithdrawals`]: [`Config::MaxWithdrawals`] partial withdrawals were
		///   made; withdraw all that remains.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::withdraw_goods())]
		pub fn withdraw_goods(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			quantity: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_goods(who, warehouse, folio, quantity)
		}

		/// Declare the pledge in default: the warehouse may sell the goods.
		///
		/// ## Origin
		/// Signed by the bono's current holder.
		///
		/// ## Errors
		/// - [`Error::CertificateNotFound`], [`Error::NotPledged`], [`Error::PledgeSettled`],
		///   [`Error::NotHolder`], [`Error::NotLive`], [`Error::NotDue`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::declare_default())]
		pub fn declare_default(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_default(who, warehouse, folio)
		}

		/// Record the sale (remate) of defaulted goods for `proceeds` centavos: the bono's holder
		/// is paid first; the certificate is cancelled and the lot freed.
		///
		/// ## Origin
		/// Signed by an officer of the warehouse; or [`Config::AuthorityOrigin`].
		///
		/// ## Errors
		/// - [`Error::WarehouseNotFound`], [`Error::WarehouseRevoked`] (an officer of a revoked
		///   warehouse), [`Error::NotOfficer`], [`Error::CertificateNotFound`],
		///   [`Error::NotInDefault`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::record_sale())]
		pub fn record_sale(
			origin: OriginFor<T>,
			warehouse: T::AccountId,
			folio: Folio,
			proceeds: Centavos,
			record: DocumentHash,
		) -> DispatchResult {
			let by = match T::AuthorityOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_record_sale(by, warehouse, folio, proceeds, record)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The certificate `folio` of `warehouse`: `None` means it is not authentic. Its status,
		/// holders (full chains, current last), pledge and sale.
		pub fn certificate_of(warehouse: T::AccountId, folio: Folio) -> Option<CertificateOf<T>> {
			Certificates::<T>::get(warehouse, folio)
		}

		/// The history of the certificate `folio` of `warehouse`: every act, oldest first.
		pub fn history_of(warehouse: T::AccountId, folio: Folio) -> Option<HistoryOf<T>> {
			History::<T>::get(warehouse, folio)
		}

		/// The warehouse `warehouse`, if ever authorised.
		pub fn warehouse_of(warehouse: T::AccountId) -> Option<WarehouseOf<T>> {
			Warehouses::<T>::get(warehouse)
		}

		/// The live certificate that `lot` backs, if any.
		pub fn certificate_of_lot(lot: LotId) -> Option<(T::AccountId, Folio)> {
			LiveLots::<T>::get(lot)
		}
	}
}

/// The current officers of a warehouse not revoked answer for its inventory reports.
impl<T: Config> ReportAnswerers<T::AccountId> for Pallet<T> {
	fn answers_for(subject: &ReportSubject<T::AccountId>, who: &T::AccountId) -> bool {
		match subject {
			ReportSubject::Warehouse(warehouse) => {
				Warehouses::<T>::get(warehouse).is_some_and(|info| {
					info.status != WarehouseStatus::Revoked && Self::is_officer(&info, who)
				})
			},
			_ => false,
		}
	}
}
