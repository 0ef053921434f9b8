//! Anonymous evaluation: accredited evaluators register a VRF key once; for each tender, an
//! evaluator whose VRF output is below the selection threshold commits its technical scores
//! with the proof (only then does anyone learn it evaluates the tender) and reveals them after.

use crate::*;
use codec::{Decode, Encode};
use sp_core::{
	crypto::VrfPublic,
	sr25519::vrf::{VrfPreOutput, VrfProof, VrfSignature, VrfTranscript},
};

/// The label of the evaluator VRF transcript.
pub const EVALUATOR_VRF_LABEL: &[u8] = b"bmx-tenders-evaluator";

/// The context from which the evaluator VRF output bytes are made.
pub const EVALUATOR_VRF_OUTPUT_CONTEXT: &[u8] = b"bmx-tenders-evaluator-output";

/// The commitment to an evaluator's scores: `blake2_256` of the SCALE encoding of
/// `(tender_id, evaluator, scores, salt)`, `scores` one per revealed bid in bid order.
pub fn score_commitment<AccountId: Encode>(
	tender_id: TenderId,
	evaluator: &AccountId,
	scores: &[TechnicalScore],
	salt: &Salt,
) -> H256 {
	(tender_id, evaluator, scores, salt)
		.using_encoded(|bytes| H256(sp_crypto_hashing::blake2_256(bytes)))
}

/// The VRF input of the evaluator selection of `tender_id`, whose seed is `seed`.
pub fn evaluator_vrf_transcript(tender_id: TenderId, seed: &H256) -> VrfTranscript {
	VrfTranscript::new(
		EVALUATOR_VRF_LABEL,
		&[(&b"tender_id"[..], &tender_id.to_le_bytes()[..]), (&b"seed"[..], seed.as_bytes())],
	)
}

/// The VRF output of `key` for the evaluator selection of `tender_id`, if `proof` is a valid
/// VRF proof of `key` for it.
pub fn evaluator_vrf_output(
	key: &sr25519::Public,
	tender_id: TenderId,
	seed: &H256,
	proof: &VrfProofBytes,
) -> Option<u128> {
	let pre_output = VrfPreOutput::decode(&mut &proof.pre_output[..]).ok()?;
	let vrf_proof = VrfProof::decode(&mut &proof.proof[..]).ok()?;
	let signature = VrfSignature { pre_output, proof: vrf_proof };
	let transcript = evaluator_vrf_transcript(tender_id, seed);
	if !key.vrf_verify(&transcript.clone().into_sign_data(), &signature) {
		return None;
	}
	let bytes: [u8; 16] = key
		.make_bytes(EVALUATOR_VRF_OUTPUT_CONTEXT, &transcript, &signature.pre_output)
		.ok()?;
	Some(u128::from_le_bytes(bytes))
}

/// Whether a VRF output is below the selection threshold of `probability`.
pub fn is_selected(output: u128, probability: Perbill) -> bool {
	probability == Perbill::one() || output < probability.mul_floor(u128::MAX)
}

impl<T: Config> Pallet<T> {
	/// Register (or replace) the VRF key of the accredited `evaluator`.
	pub(crate) fn do_register_evaluator_key(
		evaluator: T::AccountId,
		key: sr25519::Public,
	) -> DispatchResult {
		ensure!(
			T::Credentials::has_credential(&evaluator, T::EvaluatorCredential::get()),
			Error::<T>::NotAccredited
		);
		ensure!(!EvaluatorOfKey::<T>::contains_key(key), Error::<T>::KeyAlreadyRegistered);
		if let Some(old) = EvaluatorKeys::<T>::get(&evaluator) {
			EvaluatorOfKey::<T>::remove(old.key);
		}
		EvaluatorKeys::<T>::insert(&evaluator, EvaluatorKey { key, registered_at: Self::now() });
		EvaluatorOfKey::<T>::insert(key, &evaluator);
		Self::deposit_event(Event::EvaluatorKeyRegistered { evaluator, key });
		Ok(())
	}

	/// Record `evaluator`'s score commitment on `tender_id`, if `vrf` proves it eligible.
	pub(crate) fn do_commit_scores(
		evaluator: T::AccountId,
		tender_id: TenderId,
		vrf: VrfProofBytes,
		commitment: H256,
	) -> DispatchResult {
		let tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.reveal_end, Error::<T>::EvaluationNotOpen);
		ensure!(now < tender.schedule.evaluation_end, Error::<T>::EvaluationClosed);
		ensure!(
			T::Credentials::has_credential(&evaluator, T::EvaluatorCredential::get()),
			Error::<T>::NotAccredited
		);
		let key = EvaluatorKeys::<T>::get(&evaluator).ok_or(Error::<T>::EvaluatorKeyNotFound)?;
		let (Some(published_at), Some(seed)) = (tender.published_at, tender.seed) else {
			defensive!("a published tender has a publication block and a seed");
			return Err(Error::<T>::NotPublished.into());
		};
		ensure!(key.registered_at < published_at, Error::<T>::KeyTooRecent);
		ensure!(
			EvaluatorReputation::<T>::get(&evaluator) >= T::MinEvaluatorReputation::get(),
			Error::<T>::ReputationTooLow
		);
		ensure!(
			!Bids::<T>::get(tender_id).iter().any(|b| b.bidder == evaluator)
				&& !Self::is_official(tender.buyer_unit, &evaluator),
			Error::<T>::ConflictOfInterest
		);
		let vrf_output = evaluator_vrf_output(&key.key, tender_id, &seed, &vrf)
			.ok_or(Error::<T>::InvalidVrfProof)?;
		ensure!(
			is_selected(vrf_output, T::EvaluatorSelectionProbability::get()),
			Error::<T>::NotEligible
		);
		Evaluations::<T>::try_mutate(tender_id, |evaluations| {
			ensure!(
				evaluations.iter().all(|e| e.evaluator != evaluator),
				Error::<T>::AlreadyCommitted
			);
			evaluations
				.try_push(Evaluation {
					evaluator: evaluator.clone(),
					vrf_output,
					commitment,
					scores: None,
				})
				.map_err(|_| Error::<T>::TooManyEvaluators)
		})?;
		Self::deposit_event(Event::ScoresCommitted { tender_id, evaluator, commitment });
		Ok(())
	}

	/// Reveal `evaluator`'s committed scores on `tender_id`.
	pub(crate) fn do_reveal_scores(
		evaluator: T::AccountId,
		tender_id: TenderId,
		scores: ScoresOf<T>,
		salt: Salt,
	) -> DispatchResult {
		let tender = Self::published_tender(tender_id)?;
		let now = Self::now();
		ensure!(now >= tender.schedule.evaluation_end, Error::<T>::ScoreRevealNotOpen);
		ensure!(now < tender.schedule.score_reveal_end, Error::<T>::ScoreRevealClosed);
		let revealed = Bids::<T>::get(tender_id).iter().filter(|b| b.offer.is_some()).count();
		Evaluations::<T>::try_mutate(tender_id, |evaluations| {
			let evaluation = evaluations
				.iter_mut()
				.find(|e| e.evaluator == evaluator)
				.ok_or(Error::<T>::NotEvaluator)?;
			ensure!(evaluation.scores.is_none(), Error::<T>::AlreadyRevealedScores);
			ensure!(
				score_commitment(tender_id, &evaluator, &scores, &salt) == evaluation.commitment,
				Error::<T>::CommitmentMismatch
			);
			ensure!(
				scores.len() == revealed && scores.iter().all(|s| *s <= MAX_TECHNICAL_SCORE),
				Error::<T>::InvalidScores
			);
			evaluation.scores = Some(scores.clone());
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::ScoresRevealed { tender_id, evaluator, scores });
		Ok(())
	}
}
