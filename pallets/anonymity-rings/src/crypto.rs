//! The ring cryptography the pallet needs, as a small trait over `verifiable`'s
//! [`GenerateVerifiable`], implemented for [`BandersnatchVrfVerifiable`] (Bandersnatch ring VRF
//! over BLS12-381 KZG, `verifiable` 0.4.1).
//!
//! The pallet stores ring builders and roots as bytes, written only by its own code: they are
//! read back with `decode_unchecked` (no curve-point checks, which are what makes decoding slow),
//! while everything that arrives from outside (member keys, possession signatures, proofs) is
//! decoded with every check.
//!
//! The builder's static data (one G1 point per ring position: the Lagrangian basis of the
//! domain, committed to the Zcash powers of tau) is taken from the code, from `verifiable`'s
//! embedded builder parameters, and never from storage: a wrong chunk would let a ring root
//! misstate its members, that is, forge membership.

use alloc::vec::Vec;
use bmx_primitives::anonymity::{Alias, MemberKey, MembershipError};
use codec::Encode;
use core::ops::Range;
use frame_support::traits::{ConstU32, Get};
use verifiable::{
	ring::{
		bandersnatch::BandersnatchSha512Ell2, Bls12_381Params, MembersCommitment, MembersSet,
		RingCurveParams, RingSuiteExt, StaticChunk,
	},
	DecodeUnchecked, GenerateVerifiable, MAX_CONTEXTS,
};

/// The runtime's ring cryptography and its domain sizes, re-exported so that the runtime
/// needs no direct dependency on `verifiable`.
pub use verifiable::ring::{bandersnatch::BandersnatchVrfVerifiable, RingDomainSize};

/// Why the crypto refused to build a ring.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum BuildError {
	/// A stored builder or root did not decode: storage written by other code.
	Corrupt,
	/// A key is not a valid point, the ring is full, or the static data did not serve the range
	/// asked for.
	Refused,
}

/// A member key's possession signature: a plain `verifiable` signature by the key's secret.
pub type PossessionSignature = [u8; 64];

/// The ring operations of the pallet: capacity, building a ring root in steps, and checking
/// keys, possession signatures and membership proofs.
pub trait RingCrypto {
	/// The most bytes of an encoded ring builder (the intermediate state between build steps).
	type BuilderLen: Get<u32>;
	/// The most bytes of an encoded ring root (what proofs are verified against).
	type RootLen: Get<u32>;

	/// The most members a ring of `domain` holds.
	fn capacity(domain: RingDomainSize) -> u32;

	/// Whether `key` is a valid member key (a point of the curve's prime subgroup, not the
	/// identity).
	fn is_valid_key(key: &MemberKey) -> bool;

	/// Whether `signature` is the key's secret's signature of `message`.
	fn verify_possession(key: &MemberKey, message: &[u8], signature: &PossessionSignature) -> bool;

	/// The encoded builder of an empty ring of `domain`.
	fn start_ring(domain: RingDomainSize) -> Vec<u8>;

	/// Absorbs `keys`, in order, into the encoded `builder` of a ring of `domain`; returns the
	/// new encoded builder. The keys take the next positions of the ring.
	fn absorb(
		domain: RingDomainSize,
		builder: &[u8],
		keys: &[MemberKey],
	) -> Result<Vec<u8>, BuildError>;

	/// The encoded root of the ring that the encoded `builder` has absorbed so far.
	fn finish_ring(builder: &[u8]) -> Result<Vec<u8>, BuildError>;

	/// Verifies that `proof` proves membership of the ring with encoded root `root` (of
	/// `domain`) for each of `contexts`, binding `message`; returns the aliases, one per
	/// context, in order. `proof` is the proof's bytes as the prover made them (no length
	/// prefix).
	fn verify_membership(
		domain: RingDomainSize,
		root: &[u8],
		proof: &[u8],
		contexts: &[&[u8]],
		message: &[u8],
	) -> Result<Vec<Alias>, MembershipError>;

	/// The member key of the secret made from `entropy`, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_key(entropy: [u8; 32]) -> MemberKey;

	/// The possession signature of `message` by the secret made from `entropy`, for
	/// benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_sign(entropy: [u8; 32], message: &[u8]) -> PossessionSignature;
}

/// The suite of [`BandersnatchVrfVerifiable`].
type Suite = BandersnatchSha512Ell2;

/// Bytes of the length prefix of the embedded builder parameters (an arkworks `Vec`: a `u64`).
const PARAMS_PREFIX: usize = 8;

/// The static chunks for ring positions `range` of `domain`, cut from `verifiable`'s embedded
/// builder parameters: the serialized vector of the domain's uncompressed G1 points (a `u64`
/// count, then [`RingSuiteExt::STATIC_CHUNK_SIZE`] bytes per point). Only the points asked for
/// are decoded, without curve checks: they are the code's own constants, pinned by the tests
/// against `verifiable::ring::ring_verifier_builder_params`.
pub fn static_chunks(
	domain: RingDomainSize,
	range: Range<usize>,
) -> Result<Vec<StaticChunk<Suite>>, ()> {
	let size = Suite::STATIC_CHUNK_SIZE;
	let params = <Bls12_381Params as RingCurveParams>::ring_builder_params(domain);
	let start = range.start.checked_mul(size).and_then(|s| s.checked_add(PARAMS_PREFIX));
	let end = range.end.checked_mul(size).and_then(|e| e.checked_add(PARAMS_PREFIX));
	let (Some(start), Some(end)) = (start, end) else { return Err(()) };
	let mut bytes = params.get(start..end).ok_or(())?;
	let mut chunks = Vec::with_capacity(range.len());
	for _ in range {
		chunks.push(StaticChunk::<Suite>::decode_unchecked(&mut bytes).map_err(|_| ())?);
	}
	Ok(chunks)
}

impl RingCrypto for BandersnatchVrfVerifiable {
	type BuilderLen = ConstU32<{ <Suite as RingSuiteExt>::MEMBERS_SET_SIZE as u32 }>;
	type RootLen = ConstU32<{ <Suite as RingSuiteExt>::MEMBERS_COMMITMENT_SIZE as u32 }>;

	fn capacity(domain: RingDomainSize) -> u32 {
		u32::try_from(domain.max_ring_size::<Suite>()).unwrap_or(u32::MAX)
	}

	fn is_valid_key(key: &MemberKey) -> bool {
		<Self as GenerateVerifiable>::is_member_valid(key)
	}

	fn verify_possession(key: &MemberKey, message: &[u8], signature: &PossessionSignature) -> bool {
		<Self as GenerateVerifiable>::verify_signature(signature, message, key)
	}

	fn start_ring(domain: RingDomainSize) -> Vec<u8> {
		<Self as GenerateVerifiable>::start_members(domain).encode()
	}

	fn absorb(
		domain: RingDomainSize,
		builder: &[u8],
		keys: &[MemberKey],
	) -> Result<Vec<u8>, BuildError> {
		let mut set = MembersSet::<Suite>::decode_unchecked(&mut &builder[..])
			.map_err(|_| BuildError::Corrupt)?;
		<Self as GenerateVerifiable>::push_members(&mut set, keys.iter().copied(), |range| {
			static_chunks(domain, range)
		})
		.map_err(|_| BuildError::Refused)?;
		Ok(set.encode())
	}

	fn finish_ring(builder: &[u8]) -> Result<Vec<u8>, BuildError> {
		let set = MembersSet::<Suite>::decode_unchecked(&mut &builder[..])
			.map_err(|_| BuildError::Corrupt)?;
		Ok(<Self as GenerateVerifiable>::finish_members(set).encode())
	}

	fn verify_membership(
		domain: RingDomainSize,
		root: &[u8],
		proof: &[u8],
		contexts: &[&[u8]],
		message: &[u8],
	) -> Result<Vec<Alias>, MembershipError> {
		if contexts.len() > MAX_CONTEXTS {
			return Err(MembershipError::TooManyContexts);
		}
		if contexts.is_empty() {
			return Err(MembershipError::InvalidProof);
		}
		let proof = <Self as GenerateVerifiable>::Proof::try_from(proof.to_vec())
			.map_err(|_| MembershipError::InvalidProof)?;
		let members = MembersCommitment::<Suite>::decode_unchecked(&mut &root[..])
			.map_err(|_| MembershipError::InvalidProof)?;
		<Self as GenerateVerifiable>::validate_multi_context(
			domain, &proof, &members, contexts, message,
		)
		.map(|aliases| aliases.into_vec())
		.map_err(|error| match error {
			verifiable::Error::TooManyContexts => MembershipError::TooManyContexts,
			_ => MembershipError::InvalidProof,
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_key(entropy: [u8; 32]) -> MemberKey {
		let secret = <Self as GenerateVerifiable>::new_secret(entropy);
		<Self as GenerateVerifiable>::member_from_secret(&secret)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_sign(entropy: [u8; 32], message: &[u8]) -> PossessionSignature {
		let secret = <Self as GenerateVerifiable>::new_secret(entropy);
		<Self as GenerateVerifiable>::sign(&secret, message).unwrap_or([0u8; 64])
	}
}
