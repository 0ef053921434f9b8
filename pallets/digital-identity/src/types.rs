//! Types of the digital identity pallet: registrars, persons, organisations, e.firma bindings,
//! signing acts and credentials. The value types other pallets share (person and organisation
//! keys, credential type ids, moments, jurisdictions, residency, adulthood, document hashes)
//! live in `bmx_primitives` and are re-exported here.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

pub use bmx_primitives::efirma::{CertificateSerial, RsaPublicKey, RsaSignature};
pub use bmx_primitives::{
	identity::{
		Adulthood, CredentialTypeId, Jurisdiction, MexicanState, Moment, OrganisationKey,
		PersonKey, Residency, YearMonth, MAX_MUNICIPALITY,
	},
	DocumentHash,
};

/// Identifies an e.firma certificate: its serial number as SAT assigned it (20 ASCII digits,
/// e.g. `30001000000500003416`, kept as the integer's big-endian bytes; what
/// `openssl x509 -serial` prints in hexadecimal). SAT is the one certification authority, so
/// the serial names one certificate.
pub type CertificateId = CertificateSerial;

/// A kind of attestation a registrar may be accredited for.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum AttestationKind {
	/// Verify persons (CURP and biometrics checked off chain), update, recover and revoke them.
	Person,
	/// Verify organisations (RFC checked off chain) and manage their representatives.
	Organisation,
	/// Bind e.firma certificates to accounts and revoke the bindings.
	Efirma,
	/// Issue and revoke credentials of one type.
	Credential(CredentialTypeId),
}

/// An accredited registrar: a public institution or an office of one.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Registrar<Name, Kinds, BlockNumber> {
	/// Its public name, e.g. `RENAPO` or `SAT - Administracion Desconcentrada Jalisco`.
	pub name: Name,
	/// The kinds of attestation it may issue.
	pub kinds: Kinds,
	/// The block of its (latest) accreditation.
	pub accredited_at: BlockNumber,
}

/// A credential type registered by governance.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CredentialType<Name> {
	/// Its public name, unique on chain, e.g. `Evaluador de licitaciones`.
	pub name: Name,
	/// How many credential records of this type are stored: valid, expired and revoked.
	pub records: u32,
}

/// What a person key stands for now.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum PersonKeyState<AccountId> {
	/// The verified identity of this account.
	Bound(AccountId),
	/// Cleared at the subject's request or revoked by a registrar: reserved, so that the same
	/// CURP can only come back through a recovery ([`crate::Pallet::announce_recovery`]).
	Cleared,
}

/// A verified person.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Person<AccountId> {
	/// Its person key.
	pub key: PersonKey,
	/// The registrar that attested it last (verification, update or recovery).
	pub registrar: AccountId,
	/// Where it lives.
	pub residency: Residency,
	/// Whether it is an adult.
	pub adulthood: Adulthood,
	/// When it was verified or recovered to this account.
	pub verified_at: Moment,
}

/// A recovery announced by a person registrar: the person key moves to `to` once
/// `effective_at` is reached, unless it is cancelled before.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct PendingRecovery<AccountId, BlockNumber> {
	/// The account the person key moves to; reserved for it meanwhile.
	pub to: AccountId,
	/// The registrar that announced it, having checked the person in person.
	pub registrar: AccountId,
	/// Where the person lives, as the registrar recorded it.
	pub residency: Residency,
	/// Whether it is an adult, as the registrar recorded it.
	pub adulthood: Adulthood,
	/// The block of the announcement.
	pub announced_at: BlockNumber,
	/// The first block at which anyone may complete it.
	pub effective_at: BlockNumber,
}

/// Who cancelled a pending recovery.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum RecoveryCanceller<AccountId> {
	/// The account the person key is bound to: the subject itself.
	Subject(AccountId),
	/// A person registrar (the announcing one withdrawing it, or another).
	Registrar(AccountId),
	/// `Config::RecoveryCancelOrigin` (governance).
	Governance,
	/// The person was revoked while the recovery was pending.
	Revocation,
}

/// A change of a person's residency, as kept in its history.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct ResidencyChange<BlockNumber> {
	/// The block from which the person lives there.
	pub since: BlockNumber,
	/// Where it lives from then on.
	pub residency: Residency,
}

/// A verified organisation: a company or an institution.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Organisation<AccountId, Representatives> {
	/// Its organisation key.
	pub key: OrganisationKey,
	/// The registrar that manages the attestation.
	pub registrar: AccountId,
	/// The accounts of its authorised representatives.
	pub representatives: Representatives,
	/// When it was verified.
	pub verified_at: Moment,
}

/// An e.firma certificate bound to an account.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct EfirmaBinding<AccountId> {
	/// The certificate ([`Certificate`] holds its key and validity).
	pub certificate: CertificateId,
	/// The registrar that bound it.
	pub registrar: AccountId,
	/// When it was bound.
	pub bound_at: Moment,
	/// How many signing acts the account registered under this binding.
	pub acts: u32,
}

/// What the chain keeps of an e.firma certificate once it was bound: its public key and
/// validity, as the binding registrar attested them and the holder proved. Kept for ever, so
/// that every signing act made with it can be checked again later.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Certificate<AccountId> {
	/// The certificate's public key.
	pub key: RsaPublicKey,
	/// The start of its validity.
	pub not_before: Moment,
	/// The end of its validity: it cannot sign from this moment on.
	pub not_after: Moment,
	/// The account it was last bound to.
	pub holder: AccountId,
}

impl<AccountId> Certificate<AccountId> {
	/// Whether the certificate is valid at `now`.
	pub fn is_valid_at(&self, now: Moment) -> bool {
		self.not_before <= now && now < self.not_after
	}
}

/// A signing act: an e.firma-bound account signed a document with its e.firma key. The
/// signature is kept: with the certificate's key ([`Certificate`]) anyone checks it again, on
/// chain or off, against the statement rebuilt from the act
/// (`bmx_primitives::efirma::Statement::Signing`).
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SigningAct<AccountId, Purpose, BlockNumber> {
	/// Who signed.
	pub signer: AccountId,
	/// The certificate bound to the signer when it signed.
	pub certificate: CertificateId,
	/// Why it signed, in the signer's words (public).
	pub purpose: Purpose,
	/// The start of the window the signer allowed for registering the act.
	pub not_before: Moment,
	/// The end of that window.
	pub not_after: Moment,
	/// The e.firma key's RSASSA-PKCS1-v1_5 SHA-256 signature of the statement.
	pub signature: RsaSignature,
	/// When it was registered (the block's timestamp).
	pub signed_at: Moment,
	/// The block in which it was registered.
	pub block: BlockNumber,
}

/// A credential: a typed attestation about a subject.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct Credential<AccountId> {
	/// The registrar that issued it and manages it.
	pub issuer: AccountId,
	/// When it was issued.
	pub issued_at: Moment,
	/// When it expires, if ever.
	pub expires_at: Option<Moment>,
	/// When it was revoked, if it was.
	pub revoked_at: Option<Moment>,
}

impl<AccountId> Credential<AccountId> {
	/// Its status at `now`: revocation first, then expiry.
	pub fn status_at(&self, now: Moment) -> CredentialStatus {
		if self.revoked_at.is_some() {
			CredentialStatus::Revoked
		} else if self.expires_at.is_some_and(|expiry| now >= expiry) {
			CredentialStatus::Expired
		} else {
			CredentialStatus::Valid
		}
	}
}

/// A credential that did not move with a recovery by itself: its issuer did not take part in
/// the recovery, so it waits on the new account for the issuer's consent (or a re-issue).
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo, MaxEncodedLen)]
pub struct CredentialAwaitingConsent<AccountId> {
	/// The credential as it was held.
	pub credential: Credential<AccountId>,
	/// The account that held it before the recovery.
	pub from: AccountId,
}

/// The status of a subject's credential of one type.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CredentialStatus {
	/// The subject holds none of this type.
	NotIssued,
	/// Issued, not expired, not revoked.
	Valid,
	/// Issued, and its expiry has passed.
	Expired,
	/// Issued, then revoked.
	Revoked,
}
