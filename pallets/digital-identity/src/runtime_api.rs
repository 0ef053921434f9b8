//! The runtime API through which wallets, services and relying parties read the register
//! without knowing its storage layout. The runtime implements it by calling the pallet's view
//! functions of the same names.

use crate::{
	Certificate, CertificateId, CredentialStatus, CredentialTypeId, DocumentHash, Moment,
	OrganisationKey, PersonKey, Residency, SigningAct,
};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to the digital identity register: persons, organisations, e.firma and
	/// credentials, as of the block the call is made at.
	pub trait DigitalIdentityApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The person key of `who`, if it is a verified person.
		fn person_key(who: AccountId) -> Option<PersonKey>;
		/// The residency of `who`, if it is a verified person.
		fn residency(who: AccountId) -> Option<Residency>;
		/// Whether `who` is a verified person and an adult.
		fn is_adult(who: AccountId) -> bool;
		/// The organisation key of `who`, if it is a verified organisation.
		fn organisation_key(who: AccountId) -> Option<OrganisationKey>;
		/// Whether `who` is an authorised representative of `organisation`.
		fn is_representative(organisation: AccountId, who: AccountId) -> bool;
		/// Whether `who` has an e.firma bound whose certificate is valid and not revoked.
		fn is_efirma_bound(who: AccountId) -> bool;
		/// The record of a certificate ever bound, by serial number (its key, validity and last
		/// holder), and when SAT's revocation of it was recorded.
		fn certificate(certificate: CertificateId) -> Option<(Certificate<AccountId>, Option<Moment>)>;
		/// Whether the signing act of `signer` on `document` verifies again with its
		/// certificate's key (`None`: no such act).
		fn check_signing_act(document: DocumentHash, signer: AccountId) -> Option<bool>;
		/// The status of the credential of `credential_type` held by `subject`.
		fn credential_status(subject: AccountId, credential_type: CredentialTypeId) -> CredentialStatus;
		/// The signing acts of the document with hash `document`, in signing order.
		fn signatures(document: DocumentHash) -> Vec<SigningAct<AccountId, Vec<u8>, BlockNumber>>;
	}
}
