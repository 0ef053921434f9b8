//! # Digital identity pallet
//!
//! Verified persons and organisations, e.firma signing acts and credentials, attested by
//! accredited registrars, with no personal data on chain.
//!
//! ## Overview
//!
//! Services on Blockchain MX (tenders, participatory budgets, subsidies, warehouse receipts) need
//! to know facts about an account: that it is one real person and which one, in a way that
//! counts each person once; where the person lives; that it is an adult; that it is a company
//! and who may act for it; that it signed a document with its e.firma; that it holds a
//! professional certification. This pallet records those facts, as attested by the public
//! institutions that check them off chain, and nothing from which the person could be read.
//!
//! - **Registrars.** [`Config::RegistrarOrigin`] accredits registrars (an account and a public
//!   name) for kinds of attestation ([`AttestationKind`]): persons (RENAPO, civil registries),
//!   organisations and e.firma (SAT), and individual credential types. It removes them too;
//!   their attestations stay (see the assumptions).
//! - **Persons.** A person registrar that checked a CURP and the person's biometrics off chain
//!   records a verified person for an account ([`Pallet::verify_person`]): its person key, a
//!   keyed commitment to the CURP ([`commitment`]), its residency (state and municipality by
//!   INEGI code, or abroad) and its adulthood. Each person key backs one account at most, so
//!   one CURP is one verified identity, whichever registrar verified it. A registrar updates the
//!   attributes ([`Pallet::update_person`]; every residency change is kept with its block, the
//!   roll ballots are taken on) and revokes an identity ([`Pallet::revoke_person`], e.g. a
//!   death or a fraud). The subject may clear its own identity ([`Pallet::clear_identity`]).
//! - **Recovery.** After a key loss a person registrar announces that the person key moves to a
//!   new account ([`Pallet::announce_recovery`]). Nothing moves for [`Config::RecoveryDelay`]:
//!   meanwhile the person's current account, any person registrar or
//!   [`Config::RecoveryCancelOrigin`] cancels it ([`Pallet::cancel_recovery`]). Then anyone
//!   completes it ([`Pallet::complete_recovery`]). The credentials the recovering registrar
//!   issued move with the person; those of other issuers wait on the new account until their
//!   issuer accepts or declines them ([`Pallet::accept_credential`],
//!   [`Pallet::decline_credential`]) or re-issues them. No single registrar can take an
//!   identity, or another issuer's credential, at once and without recourse.
//! - **Organisations.** An organisation registrar (SAT) records a company or an institution for
//!   an account ([`Pallet::verify_organisation`]): its organisation key (a keyed commitment to
//!   its RFC) and its authorised representatives, which it adds and removes afterwards. It
//!   revokes the organisation when it is dissolved or moves to a new account.
//! - **e.firma.** An e.firma registrar (SAT) binds a certificate to a verified account
//!   ([`Pallet::bind_efirma`]): its serial number, its RSA public key and its validity, as the
//!   registrar checked them against SAT's chain, together with the holder's proof of
//!   possession (the e.firma key's signature of a binding statement naming this chain, the
//!   account and the serial), which the chain verifies. The account then registers signing
//!   acts ([`Pallet::sign_document`]): the e.firma key's RSA signature of a statement naming the
//!   chain, the document hash, the purpose, the signer and a time window, verified on chain and
//!   kept, so that anyone checks it again later ([`Pallet::check_signing_act`], with the
//!   certificate's key from [`Certificates`]). Non-repudiation rests on the person's e.firma
//!   key, not on the account's key or on the registrar's word. SAT's revocation of a
//!   certificate ([`Pallet::revoke_certificate`]) takes effect at once; an expired, not yet
//!   valid or revoked certificate cannot sign. The certificate itself (names, RFC, CURP) never
//!   goes on chain: the `efirma` tool (`tools/efirma`) reads it and the password-protected key
//!   off chain and prints the proofs and signatures.
//! - **Credentials.** [`Config::RegistrarOrigin`] registers credential types (certified tender
//!   evaluator, field verifier, warehouse officer...). A registrar accredited for a type issues
//!   credentials of it to verified accounts, with an optional expiry, and revokes them. Anyone
//!   reads their status ([`Pallet::credential_status`]); expiry and revocation take effect at
//!   once, as the status is computed from the current time when read.
//!
//! Other pallets read all of this through the traits of `bmx_primitives::identity` (re-exported
//! in [`traits`]), without depending on this crate; wallets and services through the runtime API
//! [`runtime_api::DigitalIdentityApi`] and the view functions. The shared value types (person
//! and organisation keys, jurisdictions, residency, adulthood) and the keyed commitments
//! ([`commitment`]) live in `bmx-primitives` too and are re-exported here.
//!
//! The calls below check the origin and delegate to the topic modules of `features/`
//! (registrars, persons, recovery, organisations, e.firma, credentials).
//!
//! ## Terminology
//!
//! - **CURP (Clave Única de Registro de Población)**: the 18-character population registry key
//!   of every Mexican and resident, built from the name, birth date, sex and birth state, with
//!   a check digit. Never on chain.
//! - **RFC (Registro Federal de Contribuyentes)**: the taxpayer key, 13 characters for persons
//!   and 12 for companies, with a check digit. Never on chain.
//! - **RENAPO (Registro Nacional de Población)**: the federal registry that issues CURPs; the
//!   typical person registrar.
//! - **SAT (Servicio de Administración Tributaria)**: the tax authority; it issues RFCs and
//!   e.firma certificates, and is the typical organisation and e.firma registrar.
//! - **e.firma**: SAT's advanced electronic signature (firma electrónica avanzada): an X.509
//!   certificate and its private key, valid for up to four years, legally equivalent to a
//!   handwritten signature.
//! - **INEGI**: the national statistics institute, whose codes identify states (01 to 32) and
//!   municipalities (three digits within a state).
//! - **Registrar**: an account of a public institution accredited to attest facts on chain.
//! - **Person key**: the keyed commitment to a CURP that stands for a person on chain.
//! - **Organisation key**: the keyed commitment to an RFC that stands for an organisation.
//! - **Registrars' secret (K)**: the 32-byte key of those commitments, shared off chain by the
//!   accredited registrars.
//! - **Signing act (acto de firma)**: the on-chain record that an e.firma key signed a
//!   document (its hash), for a purpose, as an account: the RSA signature, checked and kept.
//! - **Binding proof**: the e.firma key's signature of a statement naming the chain, the
//!   account and the certificate's serial, by which its holder shows it controls the key.
//! - **Credential**: a typed attestation about an account (its subject) by a registrar (its
//!   issuer), with an optional expiry, revocable.
//!
//! ## Pallet API
//!
//! | index | call | origin |
//! |---|---|---|
//! | 0 | [`Pallet::accredit_registrar`] | [`Config::RegistrarOrigin`] |
//! | 1 | [`Pallet::remove_registrar`] | [`Config::RegistrarOrigin`] |
//! | 2 | [`Pallet::register_credential_type`] | [`Config::RegistrarOrigin`] |
//! | 3 | [`Pallet::verify_person`] | signed, a registrar for [`AttestationKind::Person`] |
//! | 4 | [`Pallet::update_person`] | signed, a registrar for [`AttestationKind::Person`] |
//! | 5 | [`Pallet::announce_recovery`] | signed, a registrar for [`AttestationKind::Person`] |
//! | 6 | [`Pallet::revoke_person`] | signed, a registrar for [`AttestationKind::Person`] |
//! | 7 | [`Pallet::clear_identity`] | signed, the verified person |
//! | 8 | [`Pallet::verify_organisation`] | signed, an organisation registrar |
//! | 9 | [`Pallet::add_representative`] | signed, the organisation's registrar (\*) |
//! | 10 | [`Pallet::remove_representative`] | signed, the organisation's registrar (\*) |
//! | 11 | [`Pallet::revoke_organisation`] | signed, the organisation's registrar (\*) |
//! | 12 | [`Pallet::bind_efirma`] | signed, a registrar for [`AttestationKind::Efirma`] (\*) |
//! | 13 | [`Pallet::revoke_efirma`] | signed, the binding's registrar (\*) |
//! | 14 | [`Pallet::sign_document`] | signed, an account with an e.firma bound |
//! | 15 | [`Pallet::issue_credential`] | signed, a registrar for the type (\*) |
//! | 16 | [`Pallet::revoke_credential`] | signed, the credential's issuer (\*) |
//! | 17 | [`Pallet::revoke_certificate`] | signed, a registrar for [`AttestationKind::Efirma`] |
//! | 18 | [`Pallet::cancel_recovery`] | the subject, a person registrar or [`Config::RecoveryCancelOrigin`] |
//! | 19 | [`Pallet::complete_recovery`] | signed, anyone, once due |
//! | 20 | [`Pallet::accept_credential`] | signed, the credential's issuer (\*) |
//! | 21 | [`Pallet::decline_credential`] | signed, the credential's issuer (\*) or its subject |
//!
//! A person registrar is accredited for [`AttestationKind::Person`], an organisation registrar
//! for [`AttestationKind::Organisation`], a registrar for a credential type for
//! [`AttestationKind::Credential`] of it. (\*) Over an existing attestation (an organisation, an
//! e.firma binding being replaced, a credential), its registrar, or any registrar accredited for
//! the kind once that one is not (see "Who manages an attestation" below).
//!
//! For other pallets: [`traits::VerifiedPersons`], [`traits::ResidencyRoll`],
//! [`traits::VerifiedOrganisations`], [`traits::CredentialsInspect`] and
//! [`traits::EfirmaInspect`], implemented by [`Pallet`] and by `()`; and the other way,
//! [`Config::IdentityHooks`] ([`traits::IdentityHooks`]) tells them when a person changes
//! (updated, revoked, cleared or recovered: the anonymity rings check its member key again) and
//! when an organisation is revoked. View functions (also behind [`runtime_api::DigitalIdentityApi`]):
//! [`Pallet::person_key`], [`Pallet::residency`], [`Pallet::is_adult`],
//! [`Pallet::organisation_key`], [`Pallet::is_representative`], [`Pallet::is_efirma_bound`],
//! [`Pallet::credential_status`], [`Pallet::signatures`], [`Pallet::certificate`],
//! [`Pallet::check_signing_act`]; and, as view functions only, [`Pallet::pending_recovery`] and
//! [`Pallet::residency_history`].
//!
//! ## Assumptions
//!
//! ### A verified person needs no BMX
//!
//! Verifying a person (and recovering it to a new account) takes a sufficient reference on its
//! account (`frame_system::Pallet::inc_sufficients`, as a sufficient asset does), so that the
//! account exists and passes `CheckNonce` while holding no BMX: a citizen signs the civic acts
//! that are feeless (a vote in a tender) with an empty account. Revocation, clearing and
//! recovery away release it; an account with nothing else is then reaped and its nonce restarts
//! (the runtime's mortal transactions keep old ones from being replayed).
//!
//! ### Person and organisation keys: the threat model
//!
//! A person key is the BLAKE2b-256 hash of a domain tag, the registrars' secret `K` and the
//! CURP; an organisation key likewise with another domain tag and the RFC; the identifier is
//! normalised (upper case, no spaces or hyphens, format and check digit checked, UTF-8).
//! [`commitment`] (`bmx_primitives::commitment`, shared with the `mx-ids` tool) is the one
//! implementation; its docs state the algorithm and its tests hold the test vectors: with `K`
//! the bytes `00 01 .. 1f`, the CURP `HEGG560427MVZRRL04` gives the person key
//! `0x59337f983c42aa34558fa08068b831afe4f15b03b279e1a38eec44db877d9d84`. Registrars compute
//! keys with the `mx-ids` tool (`tools/mx-ids`), which checks the identifier first.
//!
//! - **Why keyed.** A CURP has little entropy: a birth date (about 36,500 values in a century),
//!   a sex, one of 33 state codes, letters of common names and a one-character homoclave. Given
//!   a target's name and birth date, a few thousand guesses remain. A plain hash of a CURP would
//!   be a lookup away from it; a hash keyed with a 256-bit secret cannot be tested without it.
//! - **Who can brute-force.** Only holders of `K`: the accredited registrars, who see CURPs in
//!   their work anyway. `K` never goes on chain, in a call or in the runtime.
//! - **What an observer learns.** That an account is a verified person (or organisation), its
//!   opaque key, its residency, its adulthood (for a minor, the month it turns adult), which
//!   registrar attested it and when. The key links the accounts one person used over time
//!   (recoveries keep it); it reveals nothing about the CURP or RFC.
//! - **Compromise of `K`.** Whoever holds a leaked `K` can test guessed CURPs against every
//!   person key on chain, now and in the chain's history, and re-identify accounts of persons
//!   whose name and birth date it knows. The chain cannot detect this. `K` belongs in the
//!   registrars' hardware security modules, under a written custody procedure, and is rotated
//!   on any suspicion; rotation protects keys from then on but cannot take back history.
//! - **Rotation of `K` (re-keying).** The chain cannot compute keys, so a rotation is a planned
//!   operation shipped with a runtime upgrade: registrars agree on `K'` and stop verifying;
//!   RENAPO, which holds every CURP, computes the old and the new key of each person it knows
//!   and submits the pairs; a migration (bounded batches per block, with a storage version bump)
//!   renames each entry of [`PersonKeys`] and the `key` of its [`Persons`] record, keeping
//!   bound and cleared states; organisation keys likewise with SAT; verifications resume with
//!   `K'` and `K` is destroyed. Keys nobody can map stay as they are and keep blocking only
//!   their old-`K` twin; the registrars review them off chain. This version has no re-keying
//!   call; it comes with the upgrade that needs it.
//!
//! ### Other assumptions
//!
//! - Registrars check identities off chain, in person; the chain checks uniqueness, bounds,
//!   accreditations and the rules below, not the documents. Registrars are trusted for what
//!   they attest: an accredited registrar can verify a made-up key, which governance answers by
//!   removing it.
//! - **Who manages an attestation.** Any person registrar may update, announce the recovery of,
//!   or revoke any person (the person shows up at any office). Organisations, e.firma bindings and
//!   credentials are managed by the registrar that attested them while it stays accredited for
//!   that kind; once it is not (removed, or its kinds changed), any registrar accredited for the
//!   kind may manage them, and for organisations and e.firma bindings becomes their registrar by
//!   doing so. This keeps SAT's attestations manageable when its account is replaced.
//! - Removing a registrar does not undo its attestations. After a compromise, another registrar
//!   of the same kind reviews them off chain and revokes them one by one.
//! - **Clearing and revoking a person.** The person record, its e.firma binding and its
//!   credentials are removed; its person key stays in [`PersonKeys`] as
//!   [`PersonKeyState::Cleared`], so that the same CURP cannot be verified again for another
//!   account; only a recovery (a registrar, with the person present) binds it again, to any
//!   account. Clearing or revoking cancels a pending recovery. Signing acts stay: they are public records of what was signed.
//!   Events in the chain's history stay too.
//! - **Key loss.** A recovery moves the person key to a new account with fresh attributes, a
//!   week after its announcement in the runtime. The old account loses the identity and its
//!   e.firma binding (the certificate may be bound again to the new account, by SAT). The
//!   delay is the subject's protection against a registrar that moves an identity to an account
//!   it controls: the subject (if it still has its key), any other person registrar and the
//!   Executive Council see the `RecoveryAnnounced` event and cancel it. Its cost: a person who
//!   really lost its key waits a week for its identity; what it signed and voted before stays.
//!   The destination account is reserved meanwhile, and a recovery whose registrar loses its
//!   accreditation cannot complete (another registrar cancels it and announces it again).
//! - **Credentials and recovery.** A credential is the issuer's attestation about a holder; the
//!   recovering registrar moves only the ones it issued itself. The others wait in
//!   [`CredentialsAwaitingConsent`], not counted as held (a tender-evaluator credential does
//!   not evaluate meanwhile), until their issuer (or, once it is not accredited for the type,
//!   another registrar of the type) accepts or declines them, or re-issues a fresh one; the
//!   subject may decline them too.
//! - **Residency and ballots.** Every residency change is kept with its block
//!   ([`ResidencyHistory`], the latest [`Config::MaxResidencyHistory`] changes; events keep
//!   every one). A ballot reads where its voters lived when it opened
//!   ([`traits::ResidencyRoll`]), as an electoral roll has a cut-off: a move during an open
//!   ballot counts for the ballots that open after it, so nobody moves in to vote and nobody
//!   loses the vote of an open ballot by moving away. A person verified after the ballot
//!   opened counts where it was first verified. The change itself is recorded at once (the
//!   registrar's record is the truth of where the person lives); only the ballot looks back.
//!   A person who changed residency more than `MaxResidencyHistory` times since a ballot
//!   opened counts where its oldest kept change put it.
//! - **Organisations** release their key when revoked: the same RFC may be verified again, which
//!   is how an organisation moves to a new account. Representatives are plain accounts: SAT
//!   checks them off chain, and they need not be verified persons here.
//! - An account is a person or an organisation, not both. e.firma bindings and credentials
//!   need a verified account.
//! - An e.firma certificate is identified by its serial number and its public key is kept, and
//!   SAT serves certificates by serial and by RFC: binding one makes the account's signing acts
//!   attributable, by whoever obtains the certificate, to its holder. That is what an
//!   advanced electronic signature is for; an account that must stay unlinked does not bind one.
//! - **The genesis hash** named by e.firma statements is `System::BlockHash(0)`, which
//!   `frame_system` keeps for ever: a signature made for another chain does not verify here.
//! - RSA keys of 2048 to 4096 bits with exponent 65537 only (SAT's are 2048 bits): the cost of a
//!   check is bounded by the largest, which the benchmarks measure.
//! - **Spam.** Only registrars write identity data. The two calls open to other accounts are
//!   bounded: [`Pallet::clear_identity`] only removes, and [`Pallet::sign_document`] needs an
//!   e.firma binding, takes at most [`Config::MaxSigningActsPerBinding`] acts per binding
//!   (bindings are made by registrars) and [`Config::MaxSignersPerDocument`] signers per
//!   document. No deposit is taken. Whoever knows a document's hash before its parties sign can
//!   take signer slots with other e.firma accounts (identified and accountable); parties should
//!   sign before publishing the hash.
//! - Times are the block timestamp (pallet-timestamp, milliseconds, UTC). Adulthood months
//!   start at 00:00 UTC; recording the month after the 18th birthday keeps a person from
//!   counting as an adult early in any Mexican time zone.
//! - Bounds may only grow across runtime upgrades: shrinking `MaxRepresentatives`,
//!   `MaxSignersPerDocument`, `MaxKindsPerRegistrar` or `MaxNameLength` would make stored
//!   values undecodable unless a migration ships with it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use bmx_primitives::commitment;
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
pub mod traits;
#[cfg(any(test, feature = "try-runtime"))]
mod try_state;
pub mod types;
pub mod weights;

use alloc::vec::Vec;
use bmx_primitives::identity::IdentityHooks;
use frame_support::{pallet_prelude::*, traits::Time, BoundedBTreeSet};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::traits::Saturating;

/// A bounded public name: of a registrar or of a credential type.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLength>;

/// The kinds of attestation a registrar may issue.
pub type KindsOf<T> = BoundedBTreeSet<AttestationKind, <T as Config>::MaxKindsPerRegistrar>;

/// A registrar as stored.
pub type RegistrarOf<T> = Registrar<NameOf<T>, KindsOf<T>, BlockNumberFor<T>>;

/// A credential type as stored.
pub type CredentialTypeOf<T> = CredentialType<NameOf<T>>;

/// A verified person as stored.
pub type PersonOf<T> = Person<<T as frame_system::Config>::AccountId>;

/// The authorised representatives of an organisation.
pub type RepresentativesOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxRepresentatives>;

/// A verified organisation as stored.
pub type OrganisationOf<T> =
	Organisation<<T as frame_system::Config>::AccountId, RepresentativesOf<T>>;

/// An e.firma binding as stored.
pub type EfirmaBindingOf<T> = EfirmaBinding<<T as frame_system::Config>::AccountId>;

/// A bound certificate's record as stored.
pub type CertificateOf<T> = Certificate<<T as frame_system::Config>::AccountId>;

/// The purpose of a signing act, in the signer's words.
pub type PurposeOf<T> = BoundedVec<u8, <T as Config>::MaxPurposeLength>;

/// A signing act as stored.
pub type SigningActOf<T> =
	SigningAct<<T as frame_system::Config>::AccountId, PurposeOf<T>, BlockNumberFor<T>>;

/// The signing acts of one document.
pub type SignaturesOf<T> = BoundedVec<SigningActOf<T>, <T as Config>::MaxSignersPerDocument>;

/// A signing act as the view functions and the runtime API return it.
pub type SigningActView<T> =
	SigningAct<<T as frame_system::Config>::AccountId, Vec<u8>, BlockNumberFor<T>>;

/// A credential as stored.
pub type CredentialOf<T> = Credential<<T as frame_system::Config>::AccountId>;

/// A credential waiting for its issuer's consent after a recovery, as stored.
pub type CredentialAwaitingConsentOf<T> =
	CredentialAwaitingConsent<<T as frame_system::Config>::AccountId>;

/// A pending recovery as stored.
pub type PendingRecoveryOf<T> =
	PendingRecovery<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// The residency changes kept for one person, oldest first.
pub type ResidencyHistoryOf<T> =
	BoundedVec<ResidencyChange<BlockNumberFor<T>>, <T as Config>::MaxResidencyHistory>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Accredits and removes registrars and registers credential types: the runtime decides
		/// who (a council majority, the Executive Council, Root on test networks).
		type RegistrarOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The chain's clock: milliseconds since the Unix epoch (pallet-timestamp). Certificate
		/// validity, credential expiry and adulthood are compared against it.
		type Time: Time<Moment = Moment>;

		/// The largest number of accredited registrars.
		#[pallet::constant]
		type MaxRegistrars: Get<u32>;

		/// The longest name of a registrar or a credential type, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// The largest number of attestation kinds of one registrar (each credential type it
		/// may issue is one kind).
		#[pallet::constant]
		type MaxKindsPerRegistrar: Get<u32>;

		/// The largest number of credential types. Also bounds the credentials of one subject
		/// (one per type), and so the work of clearing or moving an identity.
		#[pallet::constant]
		type MaxCredentialTypes: Get<u32>;

		/// The largest number of authorised representatives of one organisation.
		#[pallet::constant]
		type MaxRepresentatives: Get<u32>;

		/// The longest purpose of a signing act, in bytes.
		#[pallet::constant]
		type MaxPurposeLength: Get<u32>;

		/// The largest number of signers of one document.
		#[pallet::constant]
		type MaxSignersPerDocument: Get<u32>;

		/// The largest number of signing acts an account registers under one e.firma binding
		/// (one certificate, up to four years): the bound on what an e.firma account can write.
		#[pallet::constant]
		type MaxSigningActsPerBinding: Get<u32>;

		/// The longest window a signer may allow for registering a signing act, in
		/// milliseconds: a signed statement cannot be held back and registered much later.
		#[pallet::constant]
		type MaxSigningWindow: Get<Moment>;

		/// How long an announced recovery waits before anyone may complete it, in blocks: the
		/// time the subject, another person registrar or governance has to cancel a recovery
		/// the person did not ask for.
		#[pallet::constant]
		type RecoveryDelay: Get<BlockNumberFor<Self>>;

		/// Cancels any pending recovery, besides the subject and the person registrars (the
		/// runtime decides who: a council, the Executive Council, Root on test networks).
		type RecoveryCancelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// What follows when an identity ends (a revoked organisation's supplier registration
		/// is suspended): the runtime wires the pallets that registered something for it.
		type IdentityHooks: IdentityHooks<Self::AccountId>;

		/// How many residency changes of one person are kept on chain, the latest ones (the
		/// events keep every one). Ballots read the change in force when they opened.
		#[pallet::constant]
		type MaxResidencyHistory: Get<u32>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The accredited registrars.
	// Hasher: Blake2_128Concat, the accounts are chosen by governance from user-made keys.
	#[pallet::storage]
	pub type Registrars<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, RegistrarOf<T>, OptionQuery>;

	/// The credential types, by id (assigned in order from 0, never removed).
	// Hasher: Twox64Concat, the ids are assigned by the pallet in order, not chosen by users.
	#[pallet::storage]
	pub type CredentialTypes<T: Config> =
		CountedStorageMap<_, Twox64Concat, CredentialTypeId, CredentialTypeOf<T>, OptionQuery>;

	/// Look-up of a credential type by its name; keeps names unique.
	// Hasher: Blake2_128Concat, the names are chosen by governance.
	#[pallet::storage]
	pub type CredentialTypeIdOf<T: Config> =
		StorageMap<_, Blake2_128Concat, NameOf<T>, CredentialTypeId, OptionQuery>;

	/// Every person key ever verified: bound to one account, or cleared and reserved.
	// Hasher: Blake2_128Concat, the keys are submitted by registrars and are not trusted to be
	// evenly spread.
	#[pallet::storage]
	pub type PersonKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, PersonKey, PersonKeyState<T::AccountId>, OptionQuery>;

	/// The verified persons, by account. Mirrors the bound entries of [`PersonKeys`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Persons<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PersonOf<T>, OptionQuery>;

	/// The account of each verified organisation key.
	// Hasher: Blake2_128Concat, the keys are submitted by registrars.
	#[pallet::storage]
	pub type OrganisationKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, OrganisationKey, T::AccountId, OptionQuery>;

	/// The verified organisations, by account. Mirrors [`OrganisationKeys`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Organisations<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OrganisationOf<T>, OptionQuery>;

	/// The e.firma binding of each account that has one.
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type Efirmas<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, EfirmaBindingOf<T>, OptionQuery>;

	/// Every certificate ever bound, by serial number: its key, validity and last holder. Kept
	/// for ever (one entry per binding a registrar made), so that signing acts can be checked
	/// again after the binding ends; a certificate is bound to at most one account at a time
	/// (the [`Efirmas`] entry of its holder names it).
	// Hasher: Blake2_128Concat, the serials are submitted by registrars.
	#[pallet::storage]
	pub type Certificates<T: Config> =
		StorageMap<_, Blake2_128Concat, CertificateId, CertificateOf<T>, OptionQuery>;

	/// The certificates SAT revoked, with the moment the revocation was recorded. One entry per
	/// revocation a registrar records; kept for ever.
	// Hasher: Blake2_128Concat, the serials are submitted by registrars.
	#[pallet::storage]
	pub type RevokedCertificates<T: Config> =
		StorageMap<_, Blake2_128Concat, CertificateId, Moment, OptionQuery>;

	/// The signing acts of each document, in the order they were registered.
	// Hasher: Blake2_128Concat, the document hashes are chosen by users.
	#[pallet::storage]
	pub type Signatures<T: Config> =
		StorageMap<_, Blake2_128Concat, DocumentHash, SignaturesOf<T>, ValueQuery>;

	/// The credentials, by subject and type: valid, expired and revoked ones.
	// Hasher: Blake2_128Concat for the user-chosen subject, Twox64Concat for the pallet-assigned
	// credential type.
	#[pallet::storage]
	pub type Credentials<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		CredentialTypeId,
		CredentialOf<T>,
		OptionQuery,
	>;

	/// The credentials that did not move with a recovery by themselves, by their new subject
	/// and type: their issuer accepts or declines them ([`Pallet::accept_credential`],
	/// [`Pallet::decline_credential`]); a re-issue replaces them. Never held together with a
	/// credential of the same type by the same subject.
	// Hasher: as `Credentials`.
	#[pallet::storage]
	pub type CredentialsAwaitingConsent<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		CredentialTypeId,
		CredentialAwaitingConsentOf<T>,
		OptionQuery,
	>;

	/// The announced recoveries, by person key: at most one per person at a time.
	// Hasher: Blake2_128Concat, the keys are submitted by registrars.
	#[pallet::storage]
	pub type PendingRecoveries<T: Config> =
		StorageMap<_, Blake2_128Concat, PersonKey, PendingRecoveryOf<T>, OptionQuery>;

	/// The accounts pending recoveries will bind, with the person key: reserved meanwhile, so
	/// that nothing else is verified on them. Mirrors [`PendingRecoveries`].
	// Hasher: Blake2_128Concat, the accounts are chosen by users.
	#[pallet::storage]
	pub type RecoveryTargets<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PersonKey, OptionQuery>;

	/// Where each person lived and since which block: the latest
	/// [`Config::MaxResidencyHistory`] changes, oldest first, kept after the person is
	/// cleared. The roll ballots are taken on ([`traits::ResidencyRoll`]).
	// Hasher: Blake2_128Concat, the keys are submitted by registrars.
	#[pallet::storage]
	pub type ResidencyHistory<T: Config> =
		StorageMap<_, Blake2_128Concat, PersonKey, ResidencyHistoryOf<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The founding credential types, by name; they get the ids 0, 1, 2... in this order.
		pub credential_types: Vec<Vec<u8>>,
		/// The founding registrars: account, name and kinds of attestation.
		pub registrars: Vec<(T::AccountId, Vec<u8>, Vec<AttestationKind>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		// A chain spec the rules refuse must not become a chain: genesis has no caller to return
		// an error to, so it stops with the reason.
		#[allow(clippy::panic)]
		fn build(&self) {
			for name in &self.credential_types {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis credential type name is longer than MaxNameLength");
				};
				if let Err(e) = Pallet::<T>::do_register_credential_type(name) {
					panic!("genesis credential type refused: {e:?}");
				}
			}
			for (who, name, kinds) in &self.registrars {
				let Ok(name) = NameOf::<T>::try_from(name.clone()) else {
					panic!("genesis registrar name is longer than MaxNameLength");
				};
				let Ok(kinds) = KindsOf::<T>::try_from(
					kinds.iter().copied().collect::<alloc::collections::btree_set::BTreeSet<_>>(),
				) else {
					panic!("genesis registrar has more than MaxKindsPerRegistrar kinds");
				};
				if let Err(e) = Pallet::<T>::do_accredit(who, name, kinds) {
					panic!("genesis registrar refused: {e:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A registrar was accredited, or its name and kinds replaced.
		RegistrarAccredited {
			/// The registrar's account.
			registrar: T::AccountId,
			/// Its public name.
			name: NameOf<T>,
			/// The kinds of attestation it may issue.
			kinds: KindsOf<T>,
		},
		/// A registrar lost its accreditation. Its attestations stay.
		RegistrarRemoved {
			/// The former registrar.
			registrar: T::AccountId,
		},
		/// A credential type was registered.
		CredentialTypeRegistered {
			/// Its id.
			credential_type: CredentialTypeId,
			/// Its name.
			name: NameOf<T>,
		},
		/// An account was verified as a person.
		PersonVerified {
			/// The account.
			who: T::AccountId,
			/// Its person key.
			person_key: PersonKey,
			/// The registrar that verified it.
			registrar: T::AccountId,
			/// Where it lives.
			residency: Residency,
			/// Whether it is an adult.
			adulthood: Adulthood,
		},
		/// A verified person's attributes were updated.
		PersonUpdated {
			/// The account.
			who: T::AccountId,
			/// The registrar that updated it.
			registrar: T::AccountId,
			/// Where it lives now.
			residency: Residency,
			/// Whether it is an adult.
			adulthood: Adulthood,
		},
		/// A person registrar announced a recovery: the person key moves to `to` from
		/// `effective_at`, unless the subject, a person registrar or governance cancels it.
		RecoveryAnnounced {
			/// The person key.
			person_key: PersonKey,
			/// The account that holds it now; `None` when it was cleared.
			from: Option<T::AccountId>,
			/// The account it moves to, reserved meanwhile.
			to: T::AccountId,
			/// The registrar that announced it.
			registrar: T::AccountId,
			/// The first block at which anyone may complete it.
			effective_at: BlockNumberFor<T>,
		},
		/// A pending recovery was cancelled: nothing moved, and `to` is free again.
		RecoveryCancelled {
			/// The person key.
			person_key: PersonKey,
			/// The account it would have moved to.
			to: T::AccountId,
			/// Who cancelled it.
			by: RecoveryCanceller<T::AccountId>,
		},
		/// A person key was bound to a new account, its recovery's delay over: after a key loss
		/// (the old account lost the identity and its e.firma binding; the credentials the
		/// recovering registrar issued moved, the others wait for their issuers' consent) or
		/// after clearing.
		PersonRecovered {
			/// The person key.
			person_key: PersonKey,
			/// The account that held it; `None` when it was cleared.
			from: Option<T::AccountId>,
			/// The account that holds it now.
			to: T::AccountId,
			/// The registrar that recovered it.
			registrar: T::AccountId,
			/// Where the person lives.
			residency: Residency,
			/// Whether it is an adult.
			adulthood: Adulthood,
			/// How many credentials moved from `from` to `to`: those the recovering registrar
			/// issued.
			credentials_moved: u32,
			/// How many credentials of other issuers wait on `to` for their issuer's consent.
			credentials_awaiting_consent: u32,
			/// The certificate whose binding to `from` ended, if any.
			efirma_unbound: Option<CertificateId>,
		},
		/// A registrar revoked a person's identity: the record, its e.firma binding and its
		/// credentials are gone; the person key stays reserved.
		PersonRevoked {
			/// The former verified account.
			who: T::AccountId,
			/// Its person key, now cleared.
			person_key: PersonKey,
			/// The registrar that revoked it.
			registrar: T::AccountId,
			/// The hash of the written resolution.
			reason: DocumentHash,
			/// How many credentials were removed.
			credentials_removed: u32,
			/// The certificate whose binding ended, if any.
			efirma_unbound: Option<CertificateId>,
		},
		/// A person cleared its own identity: the record, its e.firma binding and its
		/// credentials are gone; the person key stays reserved.
		IdentityCleared {
			/// The former verified account.
			who: T::AccountId,
			/// Its person key, now cleared.
			person_key: PersonKey,
			/// How many credentials were removed.
			credentials_removed: u32,
			/// The certificate whose binding ended, if any.
			efirma_unbound: Option<CertificateId>,
		},
		/// An account was verified as an organisation.
		OrganisationVerified {
			/// The organisation's account.
			organisation: T::AccountId,
			/// Its organisation key.
			organisation_key: OrganisationKey,
			/// The registrar that verified it.
			registrar: T::AccountId,
			/// Its authorised representatives.
			representatives: RepresentativesOf<T>,
		},
		/// An authorised representative was added to an organisation.
		RepresentativeAdded {
			/// The organisation's account.
			organisation: T::AccountId,
			/// The representative's account.
			representative: T::AccountId,
			/// The registrar that added it.
			registrar: T::AccountId,
		},
		/// An authorised representative was removed from an organisation.
		RepresentativeRemoved {
			/// The organisation's account.
			organisation: T::AccountId,
			/// The former representative's account.
			representative: T::AccountId,
			/// The registrar that removed it.
			registrar: T::AccountId,
		},
		/// An organisation was revoked: its record, key, e.firma binding and credentials are
		/// gone, and its RFC may be verified again.
		OrganisationRevoked {
			/// The former organisation's account.
			organisation: T::AccountId,
			/// Its organisation key, now free.
			organisation_key: OrganisationKey,
			/// The registrar that revoked it.
			registrar: T::AccountId,
			/// The hash of the written resolution.
			reason: DocumentHash,
			/// How many credentials were removed.
			credentials_removed: u32,
			/// The certificate whose binding ended, if any.
			efirma_unbound: Option<CertificateId>,
		},
		/// An e.firma certificate was bound to an account, its holder's proof checked.
		EfirmaBound {
			/// The account.
			who: T::AccountId,
			/// The certificate's serial number.
			certificate: CertificateId,
			/// The id of its public key (`RsaPublicKey::id`).
			key: H256,
			/// The registrar that bound it.
			registrar: T::AccountId,
			/// The start of its validity.
			not_before: Moment,
			/// The end of its validity.
			not_after: Moment,
			/// The certificate it replaced, if the account had one bound.
			replaced: Option<CertificateId>,
		},
		/// An e.firma binding was ended.
		EfirmaRevoked {
			/// The account.
			who: T::AccountId,
			/// The certificate's serial number.
			certificate: CertificateId,
			/// The registrar that ended it.
			registrar: T::AccountId,
		},
		/// SAT's revocation of a certificate was recorded: it can no longer bind or sign.
		CertificateRevoked {
			/// The certificate's serial number.
			certificate: CertificateId,
			/// The registrar that recorded it.
			registrar: T::AccountId,
			/// The account it was bound to, if any.
			holder: Option<T::AccountId>,
		},
		/// A document was signed.
		DocumentSigned {
			/// The document's hash.
			document: DocumentHash,
			/// Who signed it.
			signer: T::AccountId,
			/// The certificate whose key signed it.
			certificate: CertificateId,
			/// Why it signed.
			purpose: PurposeOf<T>,
			/// When it signed.
			signed_at: Moment,
		},
		/// A credential was issued, renewed or reinstated.
		CredentialIssued {
			/// Its subject.
			subject: T::AccountId,
			/// Its type.
			credential_type: CredentialTypeId,
			/// The registrar that issued it.
			issuer: T::AccountId,
			/// When it expires, if ever.
			expires_at: Option<Moment>,
		},
		/// An issuer consented: a credential that waited after a recovery is held again.
		CredentialMoveAccepted {
			/// Its new subject.
			subject: T::AccountId,
			/// Its type.
			credential_type: CredentialTypeId,
			/// The account that held it before the recovery.
			from: T::AccountId,
			/// The registrar that consented.
			registrar: T::AccountId,
		},
		/// A credential that waited after a recovery was dropped, by its issuer or its subject.
		CredentialMoveDeclined {
			/// Its subject.
			subject: T::AccountId,
			/// Its type.
			credential_type: CredentialTypeId,
			/// Who declined it.
			by: T::AccountId,
		},
		/// A credential was revoked.
		CredentialRevoked {
			/// Its subject.
			subject: T::AccountId,
			/// Its type.
			credential_type: CredentialTypeId,
			/// The registrar that revoked it.
			registrar: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not an accredited registrar; sign with a registrar's account (or, to
		/// remove one, check the account).
		NotRegistrar,
		/// The registrar is not accredited for this kind of attestation (or this credential
		/// type); governance can extend its accreditation.
		NotAccreditedForKind,
		/// Another registrar made this attestation and is still accredited for it; that
		/// registrar must act.
		NotAttestingRegistrar,
		/// The name is empty; give the public name.
		EmptyName,
		/// No kind of attestation was given; a registrar needs at least one.
		EmptyKinds,
		/// [`Config::MaxRegistrars`] registrars are accredited; remove one first.
		TooManyRegistrars,
		/// No credential type has that id; register it first.
		CredentialTypeNotFound,
		/// A credential type has that name already; choose another name.
		CredentialTypeAlreadyExists,
		/// [`Config::MaxCredentialTypes`] credential types exist; no more can be registered.
		TooManyCredentialTypes,
		/// The municipality code is not an INEGI municipality code (1 to 999); give the three
		/// digits of the municipality within its state.
		InvalidMunicipality,
		/// The month of `adult_from` is not 1 to 12; give a calendar month.
		InvalidMonth,
		/// `adult_from` has begun: the person is an adult already. Record
		/// [`Adulthood::Adult`], which reveals no birth date.
		AlreadyAdult,
		/// The account is a verified person already; use `update_person`, or recover to
		/// another account.
		AlreadyPerson,
		/// The account is a verified organisation; a person needs an account of its own.
		AlreadyOrganisation,
		/// The person key backs another account: this person is verified already, which is
		/// the point. Use `announce_recovery` if it lost its key.
		PersonAlreadyVerified,
		/// The person key was cleared; it comes back only through a recovery.
		PersonKeyCleared,
		/// No person was ever verified with that key; check the key (and the registrars'
		/// secret it was computed with).
		PersonKeyNotFound,
		/// The account is not a verified person; check the account, or verify it first.
		NotPerson,
		/// The organisation key backs another account; revoke that organisation first if it
		/// moves.
		OrganisationAlreadyVerified,
		/// The account is not a verified organisation; check the account, or verify it first.
		NotOrganisation,
		/// The same account is listed twice as a representative; list each once.
		DuplicateRepresentative,
		/// The account represents the organisation already; nothing to add.
		AlreadyRepresentative,
		/// The account does not represent the organisation; check the account.
		NotRepresentative,
		/// The organisation has [`Config::MaxRepresentatives`] representatives; remove one
		/// first.
		TooManyRepresentatives,
		/// The account is neither a verified person nor a verified organisation; verify it
		/// first.
		NotIdentified,
		/// `not_before` is not before `not_after`; give the certificate's validity period.
		InvalidValidityPeriod,
		/// The certificate has expired; the holder needs a new e.firma from SAT.
		CertificateExpired,
		/// The certificate is not valid yet; sign from its `not_before` on.
		CertificateNotYetValid,
		/// The certificate is bound to an account already; one certificate backs one account.
		CertificateAlreadyBound,
		/// The certificate was bound before with another key or validity; a serial names one
		/// certificate, check the `.cer` file.
		CertificateMismatch,
		/// SAT revoked the certificate; the holder needs a new e.firma.
		CertificateRevoked,
		/// The serial number is empty or has a leading zero; give the certificate's serial as
		/// the `efirma` tool prints it.
		InvalidSerial,
		/// The key is not an RSA key of 2048 to 4096 bits with exponent 65537.
		InvalidKey,
		/// The signature is not the certificate key's RSASSA-PKCS1-v1_5 SHA-256 signature of
		/// the statement (wrong key, document, purpose, account, window or chain); sign again
		/// with the `efirma` tool.
		InvalidSignature,
		/// Now is outside the window the signer allowed for registering the act; sign again.
		OutsideSigningWindow,
		/// The window allowed for registering the act is longer than
		/// [`Config::MaxSigningWindow`].
		SigningWindowTooLong,
		/// The account has no e.firma bound; an e.firma registrar (SAT) binds one first.
		NotEfirmaBound,
		/// The purpose is empty; say why the document is signed.
		EmptyPurpose,
		/// The account signed this document already; one signing act per signer is enough.
		AlreadySigned,
		/// The document has [`Config::MaxSignersPerDocument`] signers already; parties sign
		/// before publishing the hash (see the assumptions).
		TooManySigners,
		/// The account registered [`Config::MaxSigningActsPerBinding`] acts under its current
		/// e.firma binding; SAT must bind a new certificate.
		TooManySigningActs,
		/// The expiry is not in the future; give a later moment, or none.
		ExpiryInPast,
		/// The subject holds no credential of that type; check the subject and the type.
		CredentialNotFound,
		/// The credential is revoked already; nothing to revoke.
		CredentialAlreadyRevoked,
		/// A recovery of this person is pending already; cancel it, or wait for it and
		/// complete it.
		RecoveryAlreadyPending,
		/// The account is the destination of a pending recovery; wait for it, or cancel it.
		AccountAwaitingRecovery,
		/// No recovery of this person is pending; check the person key.
		NoPendingRecovery,
		/// The recovery's delay has not passed; complete it from its `effective_at` block.
		RecoveryNotDue,
		/// The registrar that announced the recovery is no longer accredited for persons;
		/// another person registrar cancels it and, if the person asks, announces it again.
		RecoveryRegistrarRemoved,
		/// Only the person's own account, a person registrar or governance may cancel a
		/// recovery.
		NotRecoveryCanceller,
		/// No credential of that type waits for consent on that account; check the subject
		/// and the type.
		CredentialNotAwaitingConsent,
		/// Only the credential's issuer (or, once it is not accredited for the type, another
		/// registrar of the type) or its subject may decline it.
		NotCredentialDecliner,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxRegistrars::get() >= 1, "MaxRegistrars must be at least 1");
			assert!(T::MaxNameLength::get() >= 1, "MaxNameLength must be at least 1");
			assert!(T::MaxKindsPerRegistrar::get() >= 1, "MaxKindsPerRegistrar must be at least 1");
			assert!(T::MaxRepresentatives::get() >= 1, "MaxRepresentatives must be at least 1");
			assert!(T::MaxPurposeLength::get() >= 1, "MaxPurposeLength must be at least 1");
			assert!(
				T::MaxPurposeLength::get() <= bmx_primitives::efirma::MAX_PURPOSE_BYTES,
				"MaxPurposeLength must fit an e.firma statement's purpose"
			);
			assert!(
				T::MaxSignersPerDocument::get() >= 1,
				"MaxSignersPerDocument must be at least 1"
			);
			assert!(
				T::MaxSigningActsPerBinding::get() >= 1,
				"MaxSigningActsPerBinding must be at least 1"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Accredit `registrar` under `name` for `kinds` of attestation. For an accredited
		/// registrar, replace its name and kinds: attestations of a kind it loses become
		/// manageable by the other registrars of that kind.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// - [`Error::EmptyName`] if `name` is empty.
		/// - [`Error::EmptyKinds`] if `kinds` is empty.
		/// - [`Error::CredentialTypeNotFound`] if a credential kind names no credential type.
		/// - [`Error::TooManyRegistrars`] if a new registrar would exceed
		///   [`Config::MaxRegistrars`].
		///
		/// ## Events
		/// [`Event::RegistrarAccredited`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::accredit_registrar())]
		pub fn accredit_registrar(
			origin: OriginFor<T>,
			registrar: T::AccountId,
			name: NameOf<T>,
			kinds: KindsOf<T>,
		) -> DispatchResult {
			T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_accredit_registrar(registrar, name, kinds)
		}

		/// Remove a registrar's accreditation. Its attestations stay.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`] if `registrar` is not accredited.
		///
		/// ## Events
		/// [`Event::RegistrarRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_registrar())]
		pub fn remove_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_remove_registrar(registrar)
		}

		/// Register a credential type; it gets the next id.
		///
		/// ## Origin
		/// [`Config::RegistrarOrigin`].
		///
		/// ## Errors
		/// - [`Error::EmptyName`] if `name` is empty.
		/// - [`Error::CredentialTypeAlreadyExists`] if a type has that name.
		/// - [`Error::TooManyCredentialTypes`] if [`Config::MaxCredentialTypes`] types exist.
		///
		/// ## Events
		/// [`Event::CredentialTypeRegistered`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_credential_type())]
		pub fn register_credential_type(origin: OriginFor<T>, name: NameOf<T>) -> DispatchResult {
			T::RegistrarOrigin::ensure_origin(origin)?;
			Self::do_register_credential_type(name)?;
			Ok(())
		}

		/// Record that `who` is the verified person with `person_key`, living per `residency`,
		/// with `adulthood`. The registrar checked the CURP and the biometrics off chain and
		/// computed the key with the registrars' secret.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Person`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::InvalidMunicipality`], [`Error::InvalidMonth`], [`Error::AlreadyAdult`]
		///   for malformed attributes.
		/// - [`Error::AlreadyPerson`] if `who` is a verified person.
		/// - [`Error::AlreadyOrganisation`] if `who` is a verified organisation.
		/// - [`Error::PersonAlreadyVerified`] if the key backs an account (this person is
		///   verified already, maybe through another registrar).
		/// - [`Error::PersonKeyCleared`] if the key was cleared.
		///
		/// ## Events
		/// [`Event::PersonVerified`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::verify_person())]
		pub fn verify_person(
			origin: OriginFor<T>,
			who: T::AccountId,
			person_key: PersonKey,
			residency: Residency,
			adulthood: Adulthood,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Person)?;
			Self::do_verify_person(registrar, who, person_key, residency, adulthood)
		}

		/// Update a verified person's residency and adulthood (it moved, or a record was
		/// wrong).
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Person`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::InvalidMunicipality`], [`Error::InvalidMonth`], [`Error::AlreadyAdult`]
		///   for malformed attributes.
		/// - [`Error::NotPerson`] if `who` is not a verified person.
		///
		/// ## Events
		/// [`Event::PersonUpdated`].
		#[pallet::call_index(4)]
		#[pallet::weight(
			T::WeightInfo::update_person().saturating_add(T::IdentityHooks::person_changed_weight())
		)]
		pub fn update_person(
			origin: OriginFor<T>,
			who: T::AccountId,
			residency: Residency,
			adulthood: Adulthood,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Person)?;
			Self::do_update_person(registrar, who, residency, adulthood)
		}

		/// Announce that `person_key` moves to the account `to`, with fresh attributes: after a
		/// key loss (the key's account will lose the identity and its e.firma binding) or after
		/// the identity was cleared. The registrar checked the person in person, as for a
		/// verification. The move takes effect after [`Config::RecoveryDelay`]
		/// ([`Pallet::complete_recovery`]); meanwhile the person's account, any person
		/// registrar or governance may cancel it ([`Pallet::cancel_recovery`]), and `to` is
		/// reserved.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Person`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::InvalidMunicipality`], [`Error::InvalidMonth`], [`Error::AlreadyAdult`]
		///   for malformed attributes.
		/// - [`Error::PersonKeyNotFound`] if no person was verified with that key.
		/// - [`Error::RecoveryAlreadyPending`] if a recovery of the key is pending.
		/// - [`Error::AlreadyPerson`] if `to` is a verified person (the key's own account
		///   included).
		/// - [`Error::AlreadyOrganisation`] if `to` is a verified organisation.
		/// - [`Error::AccountAwaitingRecovery`] if `to` is reserved by another recovery.
		///
		/// ## Events
		/// [`Event::RecoveryAnnounced`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::announce_recovery())]
		pub fn announce_recovery(
			origin: OriginFor<T>,
			person_key: PersonKey,
			to: T::AccountId,
			residency: Residency,
			adulthood: Adulthood,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Person)?;
			Self::do_announce_recovery(registrar, person_key, to, residency, adulthood)
		}

		/// Revoke a person's identity (a death, a fraud), with the hash of the written
		/// resolution. Its record, e.firma binding and credentials are removed; its person key
		/// stays reserved as cleared.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Person`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::NotPerson`] if `who` is not a verified person.
		///
		/// ## Events
		/// [`Event::PersonRevoked`].
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::revoke_person().saturating_add(T::IdentityHooks::person_changed_weight())
		)]
		pub fn revoke_person(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Person)?;
			Self::do_revoke_person(registrar, who, reason)
		}

		/// Clear one's own identity: the record, the e.firma binding and the credentials are
		/// removed. The person key stays reserved as cleared, so that the same CURP cannot be
		/// verified for another account; a registrar can bind it again with a recovery.
		/// Signing acts stay.
		///
		/// ## Origin
		/// Signed by the verified person.
		///
		/// ## Errors
		/// - [`Error::NotPerson`] if the signer is not a verified person.
		///
		/// ## Events
		/// [`Event::IdentityCleared`].
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::clear_identity().saturating_add(T::IdentityHooks::person_changed_weight())
		)]
		pub fn clear_identity(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_clear_identity(who)
		}

		/// Record that `organisation` is the verified organisation with `organisation_key`,
		/// with its authorised `representatives`. The registrar checked the RFC and the powers
		/// of attorney off chain.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Organisation`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::DuplicateRepresentative`] if an account is listed twice.
		/// - [`Error::AlreadyPerson`] if `organisation` is a verified person.
		/// - [`Error::AlreadyOrganisation`] if `organisation` is a verified organisation.
		/// - [`Error::OrganisationAlreadyVerified`] if the key backs another account.
		///
		/// ## Events
		/// [`Event::OrganisationVerified`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::verify_organisation())]
		pub fn verify_organisation(
			origin: OriginFor<T>,
			organisation: T::AccountId,
			organisation_key: OrganisationKey,
			representatives: RepresentativesOf<T>,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Organisation)?;
			Self::do_verify_organisation(registrar, organisation, organisation_key, representatives)
		}

		/// Add an authorised representative to an organisation.
		///
		/// ## Origin
		/// Signed by the organisation's registrar, or by any registrar accredited for
		/// [`AttestationKind::Organisation`] once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::NotOrganisation`] if `organisation` is not a verified organisation.
		/// - [`Error::NotAttestingRegistrar`] if its registrar is another, still accredited.
		/// - [`Error::AlreadyRepresentative`] if `representative` is one already.
		/// - [`Error::TooManyRepresentatives`] if the list is full.
		///
		/// ## Events
		/// [`Event::RepresentativeAdded`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::add_representative())]
		pub fn add_representative(
			origin: OriginFor<T>,
			organisation: T::AccountId,
			representative: T::AccountId,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Organisation)?;
			Self::do_add_representative(registrar, organisation, representative)
		}

		/// Remove an authorised representative from an organisation.
		///
		/// ## Origin
		/// Signed by the organisation's registrar, or by any registrar accredited for
		/// [`AttestationKind::Organisation`] once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::NotOrganisation`] if `organisation` is not a verified organisation.
		/// - [`Error::NotAttestingRegistrar`] if its registrar is another, still accredited.
		/// - [`Error::NotRepresentative`] if `representative` is not one.
		///
		/// ## Events
		/// [`Event::RepresentativeRemoved`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::remove_representative())]
		pub fn remove_representative(
			origin: OriginFor<T>,
			organisation: T::AccountId,
			representative: T::AccountId,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Organisation)?;
			Self::do_remove_representative(registrar, organisation, representative)
		}

		/// Revoke an organisation (dissolved, or moving to a new account), with the hash of the
		/// written resolution. Its record, key, e.firma binding and credentials are removed; its
		/// RFC may be verified again.
		///
		/// ## Origin
		/// Signed by the organisation's registrar, or by any registrar accredited for
		/// [`AttestationKind::Organisation`] once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::NotOrganisation`] if `organisation` is not a verified organisation.
		/// - [`Error::NotAttestingRegistrar`] if its registrar is another, still accredited.
		///
		/// ## Events
		/// [`Event::OrganisationRevoked`].
		#[pallet::call_index(11)]
		#[pallet::weight(
			T::WeightInfo::revoke_organisation().saturating_add(T::IdentityHooks::weight())
		)]
		pub fn revoke_organisation(
			origin: OriginFor<T>,
			organisation: T::AccountId,
			reason: DocumentHash,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Organisation)?;
			Self::do_revoke_organisation(registrar, organisation, reason)
		}

		/// Bind the e.firma certificate with serial number `certificate` and public key `key`,
		/// valid from `not_before` until `not_after` (milliseconds since the Unix epoch), to the
		/// verified account `who`, replacing the certificate it had (a renewal). The registrar
		/// attests that it checked the certificate against SAT's chain and the holder's
		/// identity; `proof` is the holder's e.firma signature of the binding statement
		/// (`bmx_primitives::efirma::Statement::Binding` with this chain's genesis hash, `who`
		/// and the serial), made by the `efirma` tool: the chain checks it, so only the key's
		/// holder can have its certificate bound. The certificate itself never goes on chain.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Efirma`]; to replace a
		/// binding, its registrar, or any such registrar once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::InvalidSerial`] if `certificate` is empty or has a leading zero.
		/// - [`Error::InvalidKey`] if `key` is not a 2048- to 4096-bit RSA key with exponent
		///   65537.
		/// - [`Error::InvalidValidityPeriod`] if `not_before` is not before `not_after`.
		/// - [`Error::CertificateExpired`] if `not_after` has passed.
		/// - [`Error::CertificateRevoked`] if SAT revoked the certificate.
		/// - [`Error::NotIdentified`] if `who` is neither a verified person nor organisation.
		/// - [`Error::CertificateAlreadyBound`] if the certificate is bound to another account.
		/// - [`Error::CertificateMismatch`] if the certificate was bound before with another key
		///   or validity.
		/// - [`Error::InvalidSignature`] if `proof` is not the key's signature of the binding
		///   statement.
		/// - [`Error::NotAttestingRegistrar`] if the binding it replaces belongs to another
		///   registrar, still accredited.
		///
		/// ## Events
		/// [`Event::EfirmaBound`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::bind_efirma())]
		pub fn bind_efirma(
			origin: OriginFor<T>,
			who: T::AccountId,
			certificate: CertificateId,
			key: RsaPublicKey,
			not_before: Moment,
			not_after: Moment,
			proof: RsaSignature,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Efirma)?;
			let record = Certificate { key, not_before, not_after, holder: who.clone() };
			Self::do_bind_efirma(registrar, who, record, certificate, proof)
		}

		/// End the e.firma binding of `who` (the holder asked for it, or its certificate was
		/// replaced off chain). Its signing acts stay, and the certificate's record with them.
		///
		/// ## Origin
		/// Signed by the binding's registrar, or by any registrar accredited for
		/// [`AttestationKind::Efirma`] once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::NotEfirmaBound`] if `who` has no binding.
		/// - [`Error::NotAttestingRegistrar`] if the binding belongs to another registrar, still
		///   accredited.
		///
		/// ## Events
		/// [`Event::EfirmaRevoked`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::revoke_efirma())]
		pub fn revoke_efirma(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Efirma)?;
			Self::do_revoke_efirma(registrar, who)
		}

		/// Register a signing act: the signer's e.firma key signed the document with hash
		/// `document`, for `purpose`, to be registered between `not_before` and `not_after`
		/// (milliseconds since the Unix epoch). `signature` is the key's signature of that
		/// statement (`bmx_primitives::efirma::Statement::Signing` with this chain's genesis hash
		/// and the signer's account), made by the `efirma` tool; the chain checks it and keeps
		/// it. Anyone reads the act with [`Pallet::signatures`] and checks it again with the
		/// certificate's key ([`Certificates`]).
		///
		/// ## Origin
		/// Signed by an account with an e.firma bound.
		///
		/// ## Errors
		/// - [`Error::EmptyPurpose`] if `purpose` is empty.
		/// - [`Error::NotEfirmaBound`] if the signer has no e.firma bound.
		/// - [`Error::CertificateRevoked`] if SAT revoked the certificate.
		/// - [`Error::CertificateNotYetValid`] before the certificate's `not_before`.
		/// - [`Error::CertificateExpired`] from the certificate's `not_after` on.
		/// - [`Error::OutsideSigningWindow`] outside `not_before..=not_after`, and
		///   [`Error::SigningWindowTooLong`] if that window is longer than
		///   [`Config::MaxSigningWindow`].
		/// - [`Error::InvalidSignature`] if `signature` is not the e.firma key's signature of
		///   the statement.
		/// - [`Error::TooManySigningActs`] after [`Config::MaxSigningActsPerBinding`] acts under
		///   the binding.
		/// - [`Error::AlreadySigned`] if the signer signed the document already.
		/// - [`Error::TooManySigners`] if the document has [`Config::MaxSignersPerDocument`]
		///   signers.
		///
		/// ## Events
		/// [`Event::DocumentSigned`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::sign_document())]
		pub fn sign_document(
			origin: OriginFor<T>,
			document: DocumentHash,
			purpose: PurposeOf<T>,
			not_before: Moment,
			not_after: Moment,
			signature: RsaSignature,
		) -> DispatchResult {
			let signer = ensure_signed(origin)?;
			Self::do_sign_document(signer, document, purpose, (not_before, not_after), signature)
		}

		/// Issue a credential of `credential_type` to the verified account `subject`, expiring
		/// at `expires_at` (milliseconds since the Unix epoch) or never. Over an existing
		/// credential of that type (valid, expired or revoked) it renews or reinstates it.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Credential`] of that type;
		/// over an existing credential, its issuer, or any such registrar once that one is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::ExpiryInPast`] if `expires_at` has passed.
		/// - [`Error::NotIdentified`] if `subject` is neither a verified person nor
		///   organisation.
		/// - [`Error::NotAttestingRegistrar`] if an existing credential's issuer is another
		///   registrar, still accredited.
		///
		/// ## Events
		/// [`Event::CredentialIssued`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::issue_credential())]
		pub fn issue_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			credential_type: CredentialTypeId,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let issuer =
				Self::ensure_registrar(origin, AttestationKind::Credential(credential_type))?;
			Self::do_issue_credential(issuer, subject, credential_type, expires_at)
		}

		/// Revoke the credential of `credential_type` held by `subject`. It stays on record as
		/// revoked; the revocation takes effect at once.
		///
		/// ## Origin
		/// Signed by the credential's issuer, or by any registrar accredited for
		/// [`AttestationKind::Credential`] of that type once the issuer is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::CredentialNotFound`] if `subject` holds none of that type.
		/// - [`Error::NotAttestingRegistrar`] if the issuer is another registrar, still
		///   accredited.
		/// - [`Error::CredentialAlreadyRevoked`] if it is revoked already.
		///
		/// ## Events
		/// [`Event::CredentialRevoked`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::revoke_credential())]
		pub fn revoke_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			credential_type: CredentialTypeId,
		) -> DispatchResult {
			let registrar =
				Self::ensure_registrar(origin, AttestationKind::Credential(credential_type))?;
			Self::do_revoke_credential(registrar, subject, credential_type)
		}

		/// Record that SAT revoked the e.firma certificate with serial number `certificate`
		/// (its certificate revocation list): from now on it cannot be bound, and an account it
		/// is bound to cannot sign with it. Signing acts made before stay valid records of what
		/// was signed while it was in force. A certificate never bound may be revoked too.
		///
		/// ## Origin
		/// Signed by a registrar accredited for [`AttestationKind::Efirma`].
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::InvalidSerial`] if `certificate` is empty or has a leading zero.
		/// - [`Error::CertificateRevoked`] if it is revoked already.
		///
		/// ## Events
		/// [`Event::CertificateRevoked`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::revoke_certificate())]
		pub fn revoke_certificate(
			origin: OriginFor<T>,
			certificate: CertificateId,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin, AttestationKind::Efirma)?;
			Self::do_revoke_certificate(registrar, certificate)
		}

		/// Cancel the pending recovery of `person_key`: nothing moves, and its destination
		/// account is free again.
		///
		/// ## Origin
		/// [`Config::RecoveryCancelOrigin`], or signed by the account the key is bound to (the
		/// subject) or by a registrar accredited for [`AttestationKind::Person`] (the
		/// announcing one included).
		///
		/// ## Errors
		/// - [`Error::NoPendingRecovery`] if no recovery of the key is pending.
		/// - [`Error::NotRecoveryCanceller`] for other signers.
		///
		/// ## Events
		/// [`Event::RecoveryCancelled`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::cancel_recovery())]
		pub fn cancel_recovery(origin: OriginFor<T>, person_key: PersonKey) -> DispatchResult {
			let by = match T::RecoveryCancelOrigin::try_origin(origin) {
				Ok(_) => RecoveryCanceller::Governance,
				Err(origin) => {
					let who = ensure_signed(origin)?;
					ensure!(
						PendingRecoveries::<T>::contains_key(person_key),
						Error::<T>::NoPendingRecovery
					);
					if PersonKeys::<T>::get(person_key) == Some(PersonKeyState::Bound(who.clone()))
					{
						RecoveryCanceller::Subject(who)
					} else if Self::is_accredited(&who, AttestationKind::Person) {
						RecoveryCanceller::Registrar(who)
					} else {
						return Err(Error::<T>::NotRecoveryCanceller.into());
					}
				},
			};
			Self::do_cancel_recovery(person_key, by)
		}

		/// Complete the pending recovery of `person_key` once its delay has passed: the key is
		/// bound to the announced account with the announced attributes. The account that held
		/// it loses the identity and its e.firma binding; its credentials issued by the
		/// recovering registrar move, the others wait on the new account for their issuer's
		/// consent ([`Pallet::accept_credential`]).
		///
		/// ## Origin
		/// Signed, by anyone (usually the new account).
		///
		/// ## Errors
		/// - [`Error::NoPendingRecovery`] if no recovery of the key is pending.
		/// - [`Error::RecoveryNotDue`] before its `effective_at` block.
		/// - [`Error::RecoveryRegistrarRemoved`] if the announcing registrar is no longer
		///   accredited for persons (cancel it).
		///
		/// ## Events
		/// [`Event::PersonRecovered`].
		#[pallet::call_index(19)]
		#[pallet::weight(
			T::WeightInfo::complete_recovery().saturating_add(T::IdentityHooks::person_changed_weight())
		)]
		pub fn complete_recovery(origin: OriginFor<T>, person_key: PersonKey) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_complete_recovery(person_key)
		}

		/// Consent, as the issuer, that the credential of `credential_type` waiting on
		/// `subject` after a recovery is held again, unchanged.
		///
		/// ## Origin
		/// Signed by the credential's issuer, or any registrar accredited for the type once
		/// the issuer is not.
		///
		/// ## Errors
		/// - [`Error::NotRegistrar`], [`Error::NotAccreditedForKind`] for other signers.
		/// - [`Error::CredentialNotAwaitingConsent`] if none waits.
		/// - [`Error::NotAttestingRegistrar`] if another registrar issued it and still may.
		///
		/// ## Events
		/// [`Event::CredentialMoveAccepted`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::accept_credential())]
		pub fn accept_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			credential_type: CredentialTypeId,
		) -> DispatchResult {
			let registrar =
				Self::ensure_registrar(origin, AttestationKind::Credential(credential_type))?;
			Self::do_accept_credential(registrar, subject, credential_type)
		}

		/// Drop the credential of `credential_type` waiting on `subject` after a recovery.
		///
		/// ## Origin
		/// Signed by the subject, or by the credential's issuer (any registrar accredited for
		/// the type once the issuer is not).
		///
		/// ## Errors
		/// - [`Error::CredentialNotAwaitingConsent`] if none waits.
		/// - [`Error::NotCredentialDecliner`] for other signers.
		///
		/// ## Events
		/// [`Event::CredentialMoveDeclined`].
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::decline_credential())]
		pub fn decline_credential(
			origin: OriginFor<T>,
			subject: T::AccountId,
			credential_type: CredentialTypeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline_credential(who, subject, credential_type)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The person key of `who`, if it is a verified person: stable per person, for
		/// one-person-one-vote.
		pub fn person_key(who: T::AccountId) -> Option<PersonKey> {
			Persons::<T>::get(&who).map(|p| p.key)
		}

		/// The residency of `who`, if it is a verified person.
		pub fn residency(who: T::AccountId) -> Option<Residency> {
			Persons::<T>::get(&who).map(|p| p.residency)
		}

		/// Whether `who` is a verified person and an adult now.
		pub fn is_adult(who: T::AccountId) -> bool {
			Persons::<T>::get(&who).is_some_and(|p| p.adulthood.is_adult_at(Self::now()))
		}

		/// The organisation key of `who`, if it is a verified organisation.
		pub fn organisation_key(who: T::AccountId) -> Option<OrganisationKey> {
			Organisations::<T>::get(&who).map(|o| o.key)
		}

		/// Whether `who` is an authorised representative of the verified organisation
		/// `organisation`.
		pub fn is_representative(organisation: T::AccountId, who: T::AccountId) -> bool {
			Organisations::<T>::get(&organisation).is_some_and(|o| o.representatives.contains(&who))
		}

		/// Whether `who` has an e.firma bound whose certificate is valid now and not revoked:
		/// whether it can sign.
		pub fn is_efirma_bound(who: T::AccountId) -> bool {
			Self::can_sign(&who)
		}

		/// The record of the certificate with serial number `certificate` (its key, validity
		/// and last holder) and when SAT's revocation of it was recorded, if it ever was bound.
		pub fn certificate(
			certificate: CertificateId,
		) -> Option<(CertificateOf<T>, Option<Moment>)> {
			let record = Certificates::<T>::get(&certificate)?;
			Some((record, RevokedCertificates::<T>::get(&certificate)))
		}

		/// Check again the signing act of `signer` on the document with hash `document`: its
		/// signature against its certificate's key and the statement rebuilt from the act.
		/// `None` if `signer` registered no act on it.
		pub fn check_signing_act(document: DocumentHash, signer: T::AccountId) -> Option<bool> {
			let act = Signatures::<T>::get(document).into_iter().find(|a| a.signer == signer)?;
			Some(Self::verifies(&document, &act))
		}

		/// The pending recovery of `person_key`, if one was announced and not yet completed or
		/// cancelled.
		pub fn pending_recovery(person_key: PersonKey) -> Option<PendingRecoveryOf<T>> {
			PendingRecoveries::<T>::get(person_key)
		}

		/// Where the person with `person_key` lived and since which block: its latest
		/// [`Config::MaxResidencyHistory`] residency changes, oldest first.
		pub fn residency_history(person_key: PersonKey) -> Vec<ResidencyChange<BlockNumberFor<T>>> {
			ResidencyHistory::<T>::get(person_key).into_inner()
		}

		/// The status now of the credential of `credential_type` held by `subject`.
		pub fn credential_status(
			subject: T::AccountId,
			credential_type: CredentialTypeId,
		) -> CredentialStatus {
			Credentials::<T>::get(&subject, credential_type)
				.map_or(CredentialStatus::NotIssued, |c| c.status_at(Self::now()))
		}

		/// Who signed the document with hash `document`, when, with which certificate and for
		/// what, in signing order.
		pub fn signatures(document: DocumentHash) -> Vec<SigningActView<T>> {
			Signatures::<T>::get(document)
				.into_iter()
				.map(|act| SigningAct {
					signer: act.signer,
					certificate: act.certificate,
					purpose: act.purpose.into_inner(),
					not_before: act.not_before,
					not_after: act.not_after,
					signature: act.signature,
					signed_at: act.signed_at,
					block: act.block,
				})
				.collect()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The chain's time.
	pub fn now() -> Moment {
		T::Time::now()
	}
}
