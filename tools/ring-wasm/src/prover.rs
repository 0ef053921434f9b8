//! What a member secret derives, signs and proves: `bmx-ring`'s `MemberSecret`
//! (`tools/bmx-ring/src/keys.rs`) over plain Rust values, with the module's failures as values.

use verifiable::{
	ring::{bandersnatch::BandersnatchVrfVerifiable, RingDomainSize},
	Alias, Entropy, GenerateVerifiable, MAX_CONTEXTS,
};

/// The ring VRF the chain verifies with (`bmx-ring`'s `Crypto`).
pub type Crypto = BandersnatchVrfVerifiable;

/// A member key: the 32-byte public key of a member secret.
pub type MemberKey = <Crypto as GenerateVerifiable>::Member;

/// A plain signature of a member secret: 64 bytes.
pub type Signature = <Crypto as GenerateVerifiable>::Signature;

/// Why a call failed; each is one negative return code of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
	/// The member key of the secret is not in the ring's key list: prove against a ring that
	/// holds it.
	NotInRing,
	/// The ring has more keys than its domain holds: give the ring's domain as the chain has it.
	SetFull,
	/// The domain is not 11, 12 or 16: give the exponent of the ring's `RingDomainSize`.
	BadDomain,
	/// A key of the ring is not a valid member key: give the ring's keys as the chain has them.
	BadKey,
	/// The prover failed for another reason.
	ProverFailed,
	/// A buffer is missing (a null pointer with a non-zero length), a length overflows, or the
	/// number of contexts is not 1 to [`MAX_CONTEXTS`]: a defect of the caller.
	BadInput,
}

impl Failure {
	/// The code a call returns for this failure.
	pub const fn code(self) -> i32 {
		match self {
			Self::NotInRing => -1,
			Self::SetFull => -2,
			Self::BadDomain => -3,
			Self::BadKey => -4,
			Self::ProverFailed => -5,
			Self::BadInput => -6,
		}
	}
}

/// The ring domain whose size is 2 to the power `exponent`: 11, 12 or 16.
pub fn domain(exponent: u32) -> Result<RingDomainSize, Failure> {
	RingDomainSize::VARIANTS
		.into_iter()
		.find(|domain| domain.as_power() == exponent)
		.ok_or(Failure::BadDomain)
}

/// The secret derived from `entropy`; it wipes itself when dropped.
fn secret(entropy: &Entropy) -> <Crypto as GenerateVerifiable>::Secret {
	Crypto::new_secret(*entropy)
}

/// The member key of the secret of `entropy`: the key `register_member_key` registers.
pub fn member(entropy: &Entropy) -> MemberKey {
	Crypto::member_from_secret(&secret(entropy))
}

/// The alias the secret of `entropy` has in `context`.
pub fn alias(entropy: &Entropy, context: &[u8]) -> Result<Alias, Failure> {
	Crypto::alias_in_context(&secret(entropy), context).map_err(|_| Failure::ProverFailed)
}

/// The secret's plain signature over `message`: with `key_possession_message` as the message,
/// the proof of possession `register_member_key` takes.
pub fn sign(entropy: &Entropy, message: &[u8]) -> Result<Signature, Failure> {
	Crypto::sign(&secret(entropy), message).map_err(|_| Failure::ProverFailed)
}

/// A ring proof that the holder of the secret of `entropy` is a member of `ring` (the keys in
/// ring order, of a ring on `domain`), for every one of `contexts`, binding `message`: `open`,
/// then `create_multi_context`, as `bmx-ring`'s `MemberSecret::prove_multi`. Returns the proof's
/// bytes and one alias per context, in order.
pub fn prove(
	entropy: &Entropy,
	domain: RingDomainSize,
	ring: &[MemberKey],
	contexts: &[&[u8]],
	message: &[u8],
) -> Result<(Vec<u8>, Vec<Alias>), Failure> {
	if contexts.is_empty() || contexts.len() > MAX_CONTEXTS {
		return Err(Failure::BadInput);
	}
	let secret = secret(entropy);
	let me = Crypto::member_from_secret(&secret);
	let commitment = Crypto::open(domain, &me, ring.iter().copied()).map_err(|e| match e {
		verifiable::Error::NotInRing => Failure::NotInRing,
		verifiable::Error::SetFull => Failure::SetFull,
		verifiable::Error::InvalidMember => Failure::BadKey,
		_ => Failure::ProverFailed,
	})?;
	let (proof, aliases) = Crypto::create_multi_context(commitment, &secret, contexts, message)
		.map_err(|_| Failure::ProverFailed)?;
	if aliases.len() != contexts.len() {
		return Err(Failure::ProverFailed);
	}
	Ok((proof.into_inner(), aliases.into_vec()))
}
