//! e.firma: certificates bound to verified accounts, and the signing acts they register.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Bind `certificate` to `who`, for `registrar` (see [`Pallet::bind_efirma`]).
	pub(crate) fn do_bind_efirma(
		registrar: T::AccountId,
		who: T::AccountId,
		certificate: CertificateId,
		not_before: Moment,
		not_after: Moment,
	) -> DispatchResult {
		ensure!(not_before < not_after, Error::<T>::InvalidValidityPeriod);
		let now = Self::now();
		ensure!(now < not_after, Error::<T>::CertificateExpired);
		ensure!(Self::is_identified(&who), Error::<T>::NotIdentified);
		ensure!(
			!CertificateHolders::<T>::contains_key(certificate),
			Error::<T>::CertificateAlreadyBound
		);
		let replaced = match Efirmas::<T>::get(&who) {
			Some(old) => {
				Self::ensure_manages(&registrar, AttestationKind::Efirma, &old.registrar)?;
				CertificateHolders::<T>::remove(old.certificate);
				Some(old.certificate)
			},
			None => None,
		};
		CertificateHolders::<T>::insert(certificate, &who);
		Efirmas::<T>::insert(
			&who,
			EfirmaBinding {
				certificate,
				registrar: registrar.clone(),
				not_before,
				not_after,
				bound_at: now,
				acts: 0,
			},
		);
		Self::deposit_event(Event::EfirmaBound {
			who,
			certificate,
			registrar,
			not_before,
			not_after,
			replaced,
		});
		Ok(())
	}

	/// Revoke the e.firma binding of `who`, for `registrar` (see [`Pallet::revoke_efirma`]).
	pub(crate) fn do_revoke_efirma(registrar: T::AccountId, who: T::AccountId) -> DispatchResult {
		let binding = Efirmas::<T>::get(&who).ok_or(Error::<T>::NotEfirmaBound)?;
		Self::ensure_manages(&registrar, AttestationKind::Efirma, &binding.registrar)?;
		Efirmas::<T>::remove(&who);
		CertificateHolders::<T>::remove(binding.certificate);
		Self::deposit_event(Event::EfirmaRevoked {
			who,
			certificate: binding.certificate,
			registrar,
		});
		Ok(())
	}

	/// Register that `signer` signed `document` for `purpose` (see [`Pallet::sign_document`]).
	pub(crate) fn do_sign_document(
		signer: T::AccountId,
		document: DocumentHash,
		purpose: PurposeOf<T>,
	) -> DispatchResult {
		ensure!(!purpose.is_empty(), Error::<T>::EmptyPurpose);
		let mut binding = Efirmas::<T>::get(&signer).ok_or(Error::<T>::NotEfirmaBound)?;
		let now = Self::now();
		ensure!(now >= binding.not_before, Error::<T>::CertificateNotYetValid);
		ensure!(now < binding.not_after, Error::<T>::CertificateExpired);
		ensure!(binding.acts < T::MaxSigningActsPerBinding::get(), Error::<T>::TooManySigningActs);
		let mut signatures = Signatures::<T>::get(document);
		ensure!(!signatures.iter().any(|act| act.signer == signer), Error::<T>::AlreadySigned);
		signatures
			.try_push(SigningAct {
				signer: signer.clone(),
				certificate: binding.certificate,
				purpose: purpose.clone(),
				signed_at: now,
				block: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| Error::<T>::TooManySigners)?;
		binding.acts.saturating_inc();
		let certificate = binding.certificate;
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

	/// End the e.firma binding of `who`, if any; returns its certificate.
	pub(crate) fn end_efirma_binding(who: &T::AccountId) -> Option<CertificateId> {
		let binding = Efirmas::<T>::take(who)?;
		CertificateHolders::<T>::remove(binding.certificate);
		Some(binding.certificate)
	}
}
