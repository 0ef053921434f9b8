//! Benchmarks of the Aura equivocation pallet, worst case: a valid proof (both headers unsealed,
//! hashed and both signatures verified), and a report that goes through the runtime's key-owner
//! proof and offence handler ([`crate::BenchmarkHelper::key_owner_proof`]).
//!
//! The offender's key is generated in the keystore of the benchmark run.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_consensus_aura::digests::CompatibleDigestItem;
use sp_runtime::{
	traits::{Hash, Header},
	Digest, DigestItem,
};

type SignatureOf<T> = <<T as Config>::AuthorityId as RuntimeAppPublic>::Signature;

/// A header for `slot`, made distinct by `salt`, sealed by `key`.
fn sealed_header<T: Config>(
	key: &T::AuthorityId,
	slot: Slot,
	salt: u8,
) -> Result<HeaderFor<T>, BenchmarkError> {
	let digest = Digest {
		logs: vec![<DigestItem as CompatibleDigestItem<SignatureOf<T>>>::aura_pre_digest(slot)],
	};
	let mut header = HeaderFor::<T>::new(
		1u32.into(),
		T::Hashing::hash(&[salt, 1]),
		T::Hashing::hash(&[salt, 2]),
		T::Hashing::hash(&[salt, 3]),
		digest,
	);
	let signature = key
		.sign(&header.hash().as_ref())
		.ok_or(BenchmarkError::Stop("the benchmark's keystore signs"))?;
	header
		.digest_mut()
		.push(<DigestItem as CompatibleDigestItem<SignatureOf<T>>>::aura_seal(signature));
	Ok(header)
}

/// A valid equivocation proof by a key generated in the keystore.
fn equivocation_proof<T: Config>() -> Result<EquivocationProofOf<T>, BenchmarkError> {
	let offender = T::AuthorityId::generate_pair(None);
	let slot = Slot::from(1_000u64);
	Ok(EquivocationProof {
		first_header: sealed_header::<T>(&offender, slot, 1)?,
		second_header: sealed_header::<T>(&offender, slot, 2)?,
		offender,
		slot,
	})
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn check_equivocation_proof() -> Result<(), BenchmarkError> {
		let proof = equivocation_proof::<T>()?;
		let result;

		#[block]
		{
			result = Pallet::<T>::check_equivocation_proof(&proof);
		}

		assert!(result.is_ok());
		Ok(())
	}

	#[benchmark]
	fn report_equivocation() -> Result<(), BenchmarkError> {
		let proof = equivocation_proof::<T>()?;
		let key_owner_proof = T::BenchmarkHelper::key_owner_proof(&proof.offender);
		let session_index = key_owner_proof.session();
		let (offender, slot) = (proof.offender.clone(), proof.slot);
		let reporter: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(reporter.clone()), Box::new(proof), key_owner_proof);

		frame_system::Pallet::<T>::assert_last_event(
			Event::<T>::EquivocationReported {
				offender,
				slot,
				session_index,
				reporter: Some(reporter),
			}
			.into(),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
