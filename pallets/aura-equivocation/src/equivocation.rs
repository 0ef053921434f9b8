//! The Aura equivocation offence, the check of an equivocation proof, and the report system
//! that proves the offender's key and reports the offence, as `pallet-babe`'s and
//! `pallet-grandpa`'s `equivocation.rs` do for theirs.

use crate::*;
use alloc::{vec, vec::Vec};
use frame_support::traits::{Get, KeyOwnerProofSystem};
use sp_consensus_aura::digests::CompatibleDigestItem;
use sp_runtime::{
	traits::Header,
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionSource, TransactionValidity,
		TransactionValidityError, ValidTransaction,
	},
	DigestItem, DispatchError, KeyTypeId, Perbill,
};
use sp_staking::offence::{Kind, Offence, ReportOffence};

/// The signature of an Aura key.
type SignatureOf<T> = <<T as Config>::AuthorityId as RuntimeAppPublic>::Signature;

/// An Aura equivocation: a validator signed two different headers for one slot.
pub struct AuraEquivocationOffence<Offender> {
	/// The slot of both headers.
	pub slot: Slot,
	/// The session in which the offender held the key (the key-owner proof's).
	pub session_index: SessionIndex,
	/// The number of validators of that session.
	pub validator_set_count: u32,
	/// The validator that held the key.
	pub offender: Offender,
}

impl<Offender: Clone> Offence<Offender> for AuraEquivocationOffence<Offender> {
	const ID: Kind = *b"aura:equivocatio";
	type Slot = Slot;

	fn offenders(&self) -> Vec<Offender> {
		vec![self.offender.clone()]
	}

	fn session_index(&self) -> SessionIndex {
		self.session_index
	}

	fn validator_set_count(&self) -> u32 {
		self.validator_set_count
	}

	fn slot(&self) -> Self::Slot {
		self.slot
	}

	/// As BABE's equivocation: `min((3k / n)^2, 1)` for `k` offenders of `n` validators.
	fn slash_fraction(&self, offenders_count: u32) -> Perbill {
		Perbill::from_rational(offenders_count.saturating_mul(3), self.validator_set_count).square()
	}
}

/// The runtime's [`Config::EquivocationReportSystem`]: checks the proof
/// ([`Pallet::check_equivocation_proof`]), proves the offender's key with `P` (the runtime's
/// `Historical`) and reports the offence to `R` (the runtime's `Offences`); an unsigned report's
/// reporter is the block author (`pallet-authorship`); `L` is how long an unsigned report stays
/// valid in the pool.
pub struct EquivocationReportSystem<T, R, P, L>(core::marker::PhantomData<(T, R, P, L)>);

impl<T, R, P, L>
	OffenceReportSystem<Option<T::AccountId>, (EquivocationProofOf<T>, T::KeyOwnerProof)>
	for EquivocationReportSystem<T, R, P, L>
where
	T: Config + pallet_authorship::Config + frame_system::offchain::CreateBare<Call<T>>,
	R: ReportOffence<
		T::AccountId,
		P::IdentificationTuple,
		AuraEquivocationOffence<P::IdentificationTuple>,
	>,
	P: KeyOwnerProofSystem<(KeyTypeId, T::AuthorityId), Proof = T::KeyOwnerProof>,
	P::IdentificationTuple: Clone,
	L: Get<u64>,
{
	type Longevity = L;

	fn publish_evidence(evidence: (EquivocationProofOf<T>, T::KeyOwnerProof)) -> Result<(), ()> {
		use frame_system::offchain::SubmitTransaction;
		let (equivocation_proof, key_owner_proof) = evidence;
		let call = Call::report_equivocation_unsigned {
			equivocation_proof: Box::new(equivocation_proof),
			key_owner_proof,
		};
		let xt = T::create_bare(call.into());
		let result = SubmitTransaction::<T, Call<T>>::submit_transaction(xt);
		match result {
			Ok(()) => log::info!(target: LOG_TARGET, "Submitted an Aura equivocation report"),
			Err(()) => {
				log::error!(target: LOG_TARGET, "Could not submit an Aura equivocation report")
			},
		}
		result
	}

	fn check_evidence(
		evidence: (EquivocationProofOf<T>, T::KeyOwnerProof),
	) -> Result<(), TransactionValidityError> {
		let (equivocation_proof, key_owner_proof) = evidence;
		let key = (T::AuthorityId::ID, equivocation_proof.offender);
		let offender = P::check_proof(key, key_owner_proof).ok_or(InvalidTransaction::BadProof)?;
		if R::is_known_offence(&[offender], &equivocation_proof.slot) {
			Err(InvalidTransaction::Stale.into())
		} else {
			Ok(())
		}
	}

	fn process_evidence(
		reporter: Option<T::AccountId>,
		evidence: (EquivocationProofOf<T>, T::KeyOwnerProof),
	) -> Result<(), DispatchError> {
		let (equivocation_proof, key_owner_proof) = evidence;
		let reporter = reporter.or_else(pallet_authorship::Pallet::<T>::author);

		Pallet::<T>::check_equivocation_proof(&equivocation_proof)?;

		let session_index = key_owner_proof.session();
		let validator_set_count = key_owner_proof.validator_count();
		let EquivocationProof { offender: key, slot, .. } = equivocation_proof;
		let offender = P::check_proof((T::AuthorityId::ID, key.clone()), key_owner_proof)
			.ok_or(Error::<T>::InvalidKeyOwnershipProof)?;

		let offence =
			AuraEquivocationOffence { slot, session_index, validator_set_count, offender };
		R::report_offence(reporter.clone().into_iter().collect(), offence)
			.map_err(|_| Error::<T>::AlreadyReported)?;

		Pallet::<T>::deposit_event(Event::EquivocationReported {
			offender: key,
			slot,
			session_index,
			reporter,
		});
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Check an equivocation proof, as the nodes check a block's author when they import it:
	/// the two headers without their seals differ; each carries an Aura pre-digest for
	/// `proof.slot` (the first one it carries); each ends with an Aura seal whose signature
	/// verifies against `proof.offender` over the header's pre-hash.
	///
	/// ## Errors
	/// [`Error::SealNotFound`], [`Error::SameHeader`], [`Error::SlotNotFound`],
	/// [`Error::WrongSlot`], [`Error::BadSignature`], checked in this order (the signatures,
	/// which cost most, last).
	pub fn check_equivocation_proof(proof: &EquivocationProofOf<T>) -> Result<(), Error<T>> {
		let (first, first_seal) = Self::unseal(&proof.first_header)?;
		let (second, second_seal) = Self::unseal(&proof.second_header)?;
		let first_pre_hash = first.hash();
		let second_pre_hash = second.hash();
		ensure!(first_pre_hash != second_pre_hash, Error::<T>::SameHeader);

		for header in [&first, &second] {
			let slot = header
				.digest()
				.logs()
				.iter()
				.find_map(CompatibleDigestItem::<SignatureOf<T>>::as_aura_pre_digest)
				.ok_or(Error::<T>::SlotNotFound)?;
			ensure!(slot == proof.slot, Error::<T>::WrongSlot);
		}

		for (pre_hash, seal) in [(first_pre_hash, first_seal), (second_pre_hash, second_seal)] {
			ensure!(proof.offender.verify(&pre_hash.as_ref(), &seal), Error::<T>::BadSignature);
		}
		Ok(())
	}

	/// The header without its last digest item, and that item's Aura signature.
	fn unseal(header: &HeaderFor<T>) -> Result<(HeaderFor<T>, SignatureOf<T>), Error<T>> {
		let mut header = header.clone();
		let seal: DigestItem = header.digest_mut().pop().ok_or(Error::<T>::SealNotFound)?;
		let signature = CompatibleDigestItem::<SignatureOf<T>>::as_aura_seal(&seal)
			.ok_or(Error::<T>::SealNotFound)?;
		Ok((header, signature))
	}

	/// Accept [`Call::report_equivocation_unsigned`] in the pool only from the local node or in
	/// a block, with a key-owner proof that checks and an offence not yet known; one report per
	/// offender and slot, at the highest priority, not propagated.
	pub fn validate_unsigned(source: TransactionSource, call: &Call<T>) -> TransactionValidity {
		let Call::report_equivocation_unsigned { equivocation_proof, key_owner_proof } = call
		else {
			return InvalidTransaction::Call.into();
		};
		match source {
			TransactionSource::Local | TransactionSource::InBlock => {},
			TransactionSource::External => {
				log::warn!(
					target: LOG_TARGET,
					"Refused an unsigned Aura equivocation report that is not local or in a block",
				);
				return InvalidTransaction::Call.into();
			},
		}

		let evidence = (*equivocation_proof.clone(), key_owner_proof.clone());
		T::EquivocationReportSystem::check_evidence(evidence)?;
		let longevity =
			<T::EquivocationReportSystem as OffenceReportSystem<_, _>>::Longevity::get();

		ValidTransaction::with_tag_prefix("AuraEquivocation")
			.priority(TransactionPriority::MAX)
			.and_provides((equivocation_proof.offender.clone(), *equivocation_proof.slot))
			.longevity(longevity)
			.propagate(false)
			.build()
	}

	/// Check an unsigned report again before it is dispatched in a block.
	pub fn pre_dispatch(call: &Call<T>) -> Result<(), TransactionValidityError> {
		let Call::report_equivocation_unsigned { equivocation_proof, key_owner_proof } = call
		else {
			return Err(InvalidTransaction::Call.into());
		};
		let evidence = (*equivocation_proof.clone(), key_owner_proof.clone());
		T::EquivocationReportSystem::check_evidence(evidence)
	}
}
