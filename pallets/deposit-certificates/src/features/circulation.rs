//! Endorsements of each instrument, and the pledge: the first endorsement of the bono.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether the certificate's instruments still circulate at this block.
	pub fn is_expired(certificate: &CertificateOf<T>) -> bool {
		frame_system::Pallet::<T>::block_number() >= certificate.expires_at
	}

	/// The checks every endorsement makes: live, not expired, signed by the instrument's current
	/// holder, to a verified account other than the holder.
	fn ensure_endorsable(
		certificate: &CertificateOf<T>,
		holder: Option<&T::AccountId>,
		from: &T::AccountId,
		to: &T::AccountId,
	) -> DispatchResult {
		ensure!(certificate.status == CertificateStatus::Live, Error::<T>::NotLive);
		ensure!(!Self::is_expired(certificate), Error::<T>::Expired);
		ensure!(holder == Some(from), Error::<T>::NotHolder);
		ensure!(from != to, Error::<T>::SameHolder);
		ensure!(Self::is_verified(to), Error::<T>::NotVerified);
		Ok(())
	}

	pub(crate) fn do_endorse_certificate(
		from: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		to: T::AccountId,
	) -> DispatchResult {
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			Self::ensure_endorsable(certificate, certificate.certificate_holder(), &from, &to)?;
			certificate
				.certificate_holders
				.try_push(to.clone())
				.map_err(|_| Error::<T>::TooManyHolders)?;
			Ok(())
		})?;
		Self::record_act(
			&warehouse,
			folio,
			Act::CertificateEndorsed { from: from.clone(), to: to.clone() },
		)?;
		Self::deposit_event(Event::CertificateEndorsed { warehouse, folio, from, to });
		Ok(())
	}

	pub(crate) fn do_pledge_bono(
		debtor: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		creditor: T::AccountId,
		terms: PledgeTermsOf<T>,
	) -> DispatchResult {
		let (amount, interest, due) = (terms.amount, terms.interest, terms.due);
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			ensure!(!certificate.bono_holders.is_empty(), Error::<T>::NotNegotiable);
			ensure!(certificate.pledge.is_none(), Error::<T>::AlreadyPledged);
			Self::ensure_endorsable(certificate, certificate.bono_holder(), &debtor, &creditor)?;
			ensure!(terms.amount > 0, Error::<T>::ZeroAmount);
			let now = frame_system::Pallet::<T>::block_number();
			// A pledge never outlives its certificate.
			ensure!(
				terms.due > now && terms.due <= certificate.expires_at,
				Error::<T>::InvalidDueDate
			);
			certificate
				.bono_holders
				.try_push(creditor.clone())
				.map_err(|_| Error::<T>::TooManyHolders)?;
			certificate.pledge = Some(Pledge {
				terms,
				status: PledgeStatus::Outstanding,
				pledged_quantity: certificate.goods.quantity,
				deposited: 0,
				partial_deposits: 0,
			});
			Ok(())
		})?;
		Self::record_act(
			&warehouse,
			folio,
			Act::BonoPledged {
				debtor: debtor.clone(),
				creditor: creditor.clone(),
				amount,
				interest,
				due,
			},
		)?;
		Self::deposit_event(Event::BonoPledged { warehouse, folio, debtor, creditor, amount, due });
		Ok(())
	}

	pub(crate) fn do_endorse_bono(
		from: T::AccountId,
		warehouse: T::AccountId,
		folio: Folio,
		to: T::AccountId,
	) -> DispatchResult {
		Certificates::<T>::try_mutate(&warehouse, folio, |maybe| -> DispatchResult {
			let certificate = maybe.as_mut().ok_or(Error::<T>::CertificateNotFound)?;
			ensure!(!certificate.bono_holders.is_empty(), Error::<T>::NotNegotiable);
			let pledge = certificate.pledge.as_ref().ok_or(Error::<T>::NotPledged)?;
			ensure!(pledge.status == PledgeStatus::Outstanding, Error::<T>::PledgeSettled);
			Self::ensure_endorsable(certificate, certificate.bono_holder(), &from, &to)?;
			certificate
				.bono_holders
				.try_push(to.clone())
				.map_err(|_| Error::<T>::TooManyHolders)?;
			Ok(())
		})?;
		Self::record_act(
			&warehouse,
			folio,
			Act::BonoEndorsed { from: from.clone(), to: to.clone() },
		)?;
		Self::deposit_event(Event::BonoEndorsed { warehouse, folio, from, to });
		Ok(())
	}
}
