//! The runtime API through which verifiers (anyone holding the QR code of a paper certificate),
//! warehouses' clerks and wallets read the RUCAM register without knowing its storage layout.
//! The runtime implements it by calling the pallet functions of the same names
//! ([`Pallet::verify_certificate`](crate::Pallet::verify_certificate),
//! [`Pallet::certificates_of_warehouse`](crate::Pallet::certificates_of_warehouse),
//! [`Pallet::warehouse_summary`](crate::Pallet::warehouse_summary) and the storage
//! [`LiveLots`](crate::LiveLots)).
//!
//! This API trusts the node that answers it. A verification that does not is made against the
//! storage itself with a read proof: see the crate docs' `## Verification without trusting a
//! node`.

use crate::{CertificateSummary, CertificateVerification, Folio, LotId, WarehouseSummary};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to the register of certificados de depósito and bonos de prenda, as of the
	/// block the call is made at.
	pub trait DepositCertificatesApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// Verify the certificate `folio` of `warehouse` (the QR code's content): `None` means
		/// that no such certificate was ever issued (it is not authentic). Otherwise its
		/// issuing warehouse and that warehouse's status, its status, goods, current holders of
		/// certificate and bono, the encumbrance (loan, interest, due date, creditor, deposits),
		/// the sale, the full chains of holders and the full history.
		fn verify_certificate(warehouse: AccountId, folio: Folio) -> Option<CertificateVerification<AccountId, BlockNumber>>;
		/// A page of at most `limit` (at most [`MAX_PAGE`](crate::MAX_PAGE)) certificates of
		/// `warehouse`, live and cancelled, in storage order, after the folio `start_after`
		/// (from the first when `None`). A page shorter than asked is the last.
		fn certificates_of_warehouse(warehouse: AccountId, start_after: Option<Folio>, limit: u32) -> Vec<CertificateSummary<AccountId, BlockNumber>>;
		/// The warehouse `warehouse`, if it was ever authorised: status, authorisation, officers.
		fn warehouse(warehouse: AccountId) -> Option<WarehouseSummary<AccountId>>;
		/// The live certificate (warehouse and folio) that the lot `lot` backs, if any.
		fn certificate_of_lot(lot: LotId) -> Option<(AccountId, Folio)>;
	}
}
