//! e.firma: certificates bound to verified accounts with their holder's proof, SAT's
//! revocations, and the signing acts their keys sign.

use crate::*;
use bmx_primitives::efirma::{Purpose, Statement};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// This chain's genesis hash, as e.firma statements name it: the hash of block 0, which
	/// `frame_system` keeps from block 1 on.
	pub fn genesis_hash() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		<[u8; 32]>::try_from(hash.as_ref()).map(H256).unwrap_or_default()
	}

	/// Whether `serial` is written as the chain keeps serials: big-endian, no leading zero.
	fn is_valid_serial(serial: &CertificateId) -> bool {
		serial.first().is_some_and(|byte| *byte != 0)
	}

	/// Bind `certificate` (serial `serial`) to its holder, for `registrar`, once `proof`
	/// checks (see [`Pallet::bind_efirma`]).
	pub(crate) fn do_bind_efirma(
		registrar: T::AccountId,
		who: T::AccountId,
		certificate: CertificateOf<T>,
		serial: CertificateId,
		proof: RsaSignature,
	) -> DispatchResult {
		ensure!(Self::is_valid_serial(&serial), Error::<T>::InvalidSerial);
		ensure!(certificate.key.is_well_formed(), Error::<T>::InvalidKey);
		ensure!(certificate.not_before < certificate.not_after, Error::<T>::InvalidValidityPeriod);
		let now = Self::now();
		ensure!(now < certificate.not_after, Error::<T>::CertificateExpired);
		ensure!(!RevokedCertificates::<T>::contains_key(&serial), Error::<T>::CertificateRevoked);
		ensure!(Self::is_identified(&who), Error::<T>::NotIdentified);
		if let Some(known) = Certificates::<T>::get(&serial) {
			ensure!(
				known.key == certificate.key
					&& known.not_before == certificate.not_before
					&& known.not_after == certificate.not_after,
				Error::<T>::CertificateMismatch
			);
			let bound_elsewhere = known.holder != who
				&& Efirmas::<T>::get(&known.holder).is_some_and(|b| b.certificate == serial);
			ensure!(!bound_elsewhere, Error::<T>::CertificateAlreadyBound);
		}
		let statement = Statement::<T::AccountId, Moment>::Binding {
			genesis: Self::genesis_hash(),
			account: who.clone(),
			serial: serial.clone(),
		};
		certificate
			.key
			.verify(&statement.message(), &proof)
			.map_err(|_| Error::<T>::InvalidSignature)?;
		let replaced = match Efirmas::<T>::get(&who) {
			Some(old) => {
				Self::ensure_manages(&registrar, AttestationKind::Efirma, &old.registrar)?;
				(old.certificate != serial).then_some(old.certificate)
			},
			None => None,
		};
		let key = certificate.key.id();
		let (not_before, not_after) = (certificate.not_before, certificate.not_after);
		Certificates::<T>::insert(&serial, certificate);
		Efirmas::<T>::insert(
			&who,
			EfirmaBinding {
				certificate: serial.clone(),
				registrar: registrar.clone(),
				bound_at: now,
				acts: 0,
			},
		);
		Self::deposit_event(Event::EfirmaBound {
			who,
			certificate: serial,
			key,
			registrar,
			not_before,
			not_after,
			replaced,
		});
		Ok(())
	}

	/// End the e.firma binding of `who`, for `registrar` (see [`Pallet::revoke_efirma`]).
	pub(crate) fn do_revoke_efirma(registrar: T::AccountId, who: T::AccountId) -> DispatchResult {
		let binding = Efirmas::<T>::get(&who).ok_or(Error::<T>::NotEfirmaBound)?;
		Self::ensure_manages(&registrar, AttestationKind::Efirma, &binding.registrar)?;
		Efirmas::<T>::remove(&who);
		Self::deposit_event(Event::EfirmaRevoked {
			who,
			certificate: binding.certificate,
			registrar,
		});
		Ok(())
	}

	/// Record SAT's revocation of `serial`, for `registrar` (see
	/// [`Pallet::revoke_certificate`]).
	pub(crate) fn do_revoke_certificate(
		registrar: T::AccountId,
		serial: CertificateId,
	) -> DispatchResult {
		ensure!(Self::is_valid_serial(&serial), Error::<T>::InvalidSerial);
		ensure!(!RevokedCertificates::<T>::contains_key(&serial), Error::<T>::CertificateRevoked);
		RevokedCertificates::<T>::insert(&serial, Self::now());
		let holder = Certificates::<T>::get(&serial)
			.map(|c| c.holder)
			.filter(|holder| Efirmas::<T>::get(holder).is_some_and(|b| b.certificate == serial));
		Self::deposit_event(Event::CertificateRevoked { certificate: serial, registrar, holder });
		Ok(())
	}

	/// Register that `signer`'s e.firma key signed `document` for `purpose` (see
	/// [`Pallet::sign_document`]).
	pub(crate) fn do_sign_document(
		signer: T::AccountId,
		document: DocumentHash,
		purpose: PurposeOf<T>,
		(not_before, not_after): (Moment, Moment),
		signature: RsaSignature,
	) -> DispatchResult {
		ensure!(!purpose.is_empty(), Error::<T>::EmptyPurpose);
		let mut binding = Efirmas::<T>::get(&signer).ok_or(Error::<T>::NotEfirmaBound)?;
		let certificate =
			Certificates::<T>::get(&binding.certificate).ok_or(Error::<T>::NotEfirmaBound)?;
		ensure!(
			!RevokedCertificates::<T>::contains_key(&binding.certificate),
			Error::<T>::CertificateRevoked
		);
		let now = Self::now();
		ensure!(now >= certificate.not_before, Error::<T>::CertificateNotYetValid);
		ensure!(now < certificate.not_after, Error::<T>::CertificateExpired);
		ensure!(not_before <= now && now <= not_after, Error::<T>::OutsideSigningWindow);
		ensure!(
			not_after.saturating_sub(not_before) <= T::MaxSigningWindow::get(),
			Error::<T>::SigningWindowTooLong
		);
		ensure!(binding.acts < T::MaxSigningActsPerBinding::get(), Error::<T>::TooManySigningActs);
		let mut signatures = Signatures::<T>::get(document);
		ensure!(!signatures.iter().any(|act| act.signer == signer), Error::<T>::AlreadySigned);
		let statement = Statement::<T::AccountId, Moment>::Signing {
			genesis: Self::genesis_hash(),
			document,
			// `integrity_test` checks that every purpose fits.
			purpose: Purpose::try_from(purpose.to_vec())
				.map_err(|_| Error::<T>::InvalidSignature)?,
			signer: signer.clone(),
			not_before,
			not_after,
		};
		certificate
			.key
			.verify(&statement.message(), &signature)
			.map_err(|_| Error::<T>::InvalidSignature)?;
		signatures
			.try_push(SigningAct {
				signer: signer.clone(),
				certificate: binding.certificate.clone(),
				purpose: purpose.clone(),
				not_before,
				not_after,
				signature,
				signed_at: now,
				block: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| Error::<T>::TooManySigners)?;
		binding.acts.saturating_inc();
		let certificate = binding.certificate.clone();
		Signatures::<T>::insert(document, signatures);
		Efirmas::<T>::insert(&signer, binding);
		Self::deposit_event(Event::DocumentSigned {
			document,
			signer,
			certificate,
			purpose,
			signed_at: now,
		});
		Ok(())
	}

	/// End the e.firma binding of `who`, if any; returns its certificate. The certificate's
	/// record stays.
	pub(crate) fn end_efirma_binding(who: &T::AccountId) -> Option<CertificateId> {
		Efirmas::<T>::take(who).map(|binding| binding.certificate)
	}

	/// Whether `who` can sign with its e.firma now: bound, valid and not revoked.
	pub(crate) fn can_sign(who: &T::AccountId) -> bool {
		let Some(binding) = Efirmas::<T>::get(who) else { return false };
		!RevokedCertificates::<T>::contains_key(&binding.certificate)
			&& Certificates::<T>::get(&binding.certificate)
				.is_some_and(|c| c.is_valid_at(Self::now()))
	}

	/// Whether the signature of `act` on `document` verifies with its certificate's key.
	pub(crate) fn verifies(document: &DocumentHash, act: &SigningActOf<T>) -> bool {
		let Some(certificate) = Certificates::<T>::get(&act.certificate) else { return false };
		let Ok(purpose) = Purpose::try_from(act.purpose.to_vec()) else { return false };
		let statement = Statement::<T::AccountId, Moment>::Signing {
			genesis: Self::genesis_hash(),
			document: *document,
			purpose,
			signer: act.signer.clone(),
			not_before: act.not_before,
			not_after: act.not_after,
		};
		certificate.key.verify(&statement.message(), &act.signature).is_ok()
	}

	/// Whether `who` registered a signing act of `document` with its e.firma.
	pub(crate) fn has_signed(who: &T::AccountId, document: &DocumentHash) -> bool {
		Signatures::<T>::get(document).iter().any(|act| &act.signer == who)
	}
}
