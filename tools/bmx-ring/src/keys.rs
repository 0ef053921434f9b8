//! The member secret: its file, its public member key, and what it signs and proves.
//!
//! The secret file holds the 32 bytes of OS entropy the secret is derived from
//! (`GenerateVerifiable::new_secret`), as 64 hex digits and a newline, readable by its owner only
//! (mode 0600). Nothing else is stored: the member key, the possession signature and every alias
//! are derived from it again when needed.

use std::{
	io::Write,
	path::{Path, PathBuf},
};

use bmx_primitives::anonymity::{
	ballot_context, key_possession_message, pseudonym_context, ticket_context, PanelId,
};
use codec::Encode;
use sp_core::crypto::AccountId32;
use verifiable::{ring::RingDomainSize, GenerateVerifiable};
use zeroize::Zeroizing;

use crate::{
	encoding::{create_private_file, from_hex, read_text, warn_if_readable_by_others},
	error::{input, Failure, Result},
	Alias, Crypto, MemberKey,
};

/// A plain signature of the member secret (`GenerateVerifiable::sign`): 64 bytes.
pub type Signature = <Crypto as GenerateVerifiable>::Signature;

/// Where the secret lives unless `--secret` says otherwise: `$BMX_RING_SECRET`, else
/// `$XDG_CONFIG_HOME/bmx-ring/secret`, else `$HOME/.config/bmx-ring/secret`.
pub fn default_secret_path() -> PathBuf {
	if let Some(path) = std::env::var_os("BMX_RING_SECRET").filter(|p| !p.is_empty()) {
		return PathBuf::from(path);
	}
	let config = std::env::var_os("XDG_CONFIG_HOME")
		.filter(|p| !p.is_empty())
		.map(PathBuf::from)
		.or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))
		.unwrap_or_else(|| PathBuf::from("."));
	config.join("bmx-ring").join("secret")
}

/// A person's member secret.
pub struct MemberSecret {
	entropy: Zeroizing<[u8; 32]>,
	secret: <Crypto as GenerateVerifiable>::Secret,
}

impl MemberSecret {
	/// The secret derived from `entropy` (the same entropy gives the same secret).
	pub fn from_entropy(entropy: [u8; 32]) -> Self {
		let entropy = Zeroizing::new(entropy);
		let secret = Crypto::new_secret(*entropy);
		Self { entropy, secret }
	}

	/// A new secret from 32 bytes of the operating system's entropy.
	pub fn generate() -> Result<Self> {
		let mut entropy = Zeroizing::new([0u8; 32]);
		getrandom::getrandom(entropy.as_mut_slice())
			.map_err(|e| Failure::Input(format!("the operating system gave no entropy: {e}")))?;
		Ok(Self::from_entropy(*entropy))
	}

	/// Reads the secret file at `path`. A file others can read is used, with a warning on
	/// standard error.
	pub fn read(path: &Path) -> Result<Self> {
		if !path.exists() {
			return Err(input(
				"--secret",
				format!(
					"{} does not exist: make a secret with `bmx-ring keygen` (or give the file \
					 you keep it in)",
					path.display()
				),
			));
		}
		warn_if_readable_by_others(path);
		let text = Zeroizing::new(read_text(path)?);
		let bytes = Zeroizing::new(from_hex(&text).map_err(|_| {
			input(
				"--secret",
				format!("{} is not a bmx-ring secret file (64 hex digits)", path.display()),
			)
		})?);
		let entropy: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
			input(
				"--secret",
				format!(
					"{} holds {} bytes, not the 32 of a bmx-ring secret",
					path.display(),
					bytes.len()
				),
			)
		})?;
		Ok(Self::from_entropy(entropy))
	}

	/// Writes the secret to a new file at `path`, readable and writable by its owner only
	/// (0600), creating missing folders (0700). Refuses to overwrite a file: losing a secret
	/// means registering a new key.
	pub fn write_new(&self, path: &Path) -> Result<()> {
		let io = |reason| Failure::Io { path: path.display().to_string(), reason };
		if path.exists() {
			return Err(input(
				"--out",
				format!(
					"{} already exists: a secret is never overwritten (its key may be \
					 registered); choose another file",
					path.display()
				),
			));
		}
		let mut file = create_private_file(path).map_err(io)?;
		let text = Zeroizing::new(format!("{}\n", hex::encode(*self.entropy)));
		file.write_all(text.as_bytes()).and_then(|()| file.sync_all()).map_err(io)
	}

	/// The public member key that `register_member_key` registers and rings hold.
	pub fn member(&self) -> MemberKey {
		Crypto::member_from_secret(&self.secret)
	}

	/// The proof of possession `register_member_key(key, possession)` takes: the secret's plain
	/// signature over [`key_possession_message`] of the chain and of the account that registers
	/// the key (its SCALE encoding: the 32 bytes).
	pub fn possession(&self, genesis: &[u8; 32], account: &AccountId32) -> Result<Signature> {
		let message = key_possession_message(genesis, &account.encode());
		Crypto::sign(&self.secret, &message)
			.map_err(|e| Failure::Input(format!("cannot sign with the secret: {e:?}")))
	}

	/// The alias this secret has in `context`.
	pub fn alias(&self, context: &[u8]) -> Result<Alias> {
		Crypto::alias_in_context(&self.secret, context)
			.map_err(|e| Failure::Input(format!("cannot derive the alias: {e:?}")))
	}

	/// The alias this secret has in ballot `ballot_id` of the chain `genesis`: the alias its
	/// vote is recorded under (`alias_in_context` of [`ballot_context`]).
	pub fn ballot_alias(&self, genesis: &[u8; 32], ballot_id: u32) -> Result<Alias> {
		self.alias(&ballot_context(genesis, ballot_id))
	}

	/// The evaluator's pseudonym on the chain `genesis`: its alias in [`pseudonym_context`],
	/// the same in every panel.
	pub fn pseudonym(&self, genesis: &[u8; 32]) -> Result<Alias> {
		self.alias(&pseudonym_context(genesis))
	}

	/// The evaluator's ticket in round `round` of `panel`, whose seed is `seed`: its alias in
	/// [`ticket_context`], its rank in the sortition.
	pub fn ticket(
		&self,
		genesis: &[u8; 32],
		panel: PanelId,
		round: u8,
		seed: &[u8; 32],
	) -> Result<Alias> {
		self.alias(&ticket_context(genesis, panel, round, seed))
	}

	/// A ring proof that the holder of this secret is a member of `ring` (the keys in ring
	/// order, of a ring on `domain`), for `context`, binding `message`. Returns the proof's bytes
	/// and the alias it proves.
	pub fn prove(
		&self,
		domain: RingDomainSize,
		ring: &[MemberKey],
		context: &[u8],
		message: &[u8],
	) -> Result<(Vec<u8>, Alias)> {
		let (proof, aliases) = self.prove_multi(domain, ring, &[context], message)?;
		let alias = aliases.first().copied().ok_or_else(|| {
			Failure::Input("the prover returned no alias for the proof's context".into())
		})?;
		Ok((proof, alias))
	}

	/// A ring proof like [`MemberSecret::prove`] for several `contexts` at once
	/// (`create_multi_context`): one proof, one alias per context, in order. A panel ticket
	/// proves the round's ticket context and the pseudonym context together.
	pub fn prove_multi(
		&self,
		domain: RingDomainSize,
		ring: &[MemberKey],
		contexts: &[&[u8]],
		message: &[u8],
	) -> Result<(Vec<u8>, Vec<Alias>)> {
		let me = self.member();
		let commitment = Crypto::open(domain, &me, ring.iter().copied()).map_err(|e| match e {
			verifiable::Error::NotInRing => Failure::Input(format!(
				"the member key {} is not in the ring's key list",
				crate::encoding::to_hex(&me)
			)),
			verifiable::Error::SetFull => Failure::Input(format!(
				"the ring has {} keys, more than its domain ({domain:?}) holds",
				ring.len()
			)),
			verifiable::Error::InvalidMember => {
				Failure::Input("a key of the ring is not a valid member key".into())
			},
			other => Failure::Input(format!("cannot open the ring: {other:?}")),
		})?;
		let (proof, aliases) =
			Crypto::create_multi_context(commitment, &self.secret, contexts, message)
				.map_err(|e| Failure::Input(format!("cannot make the proof: {e:?}")))?;
		if aliases.len() != contexts.len() {
			return Err(Failure::Input(format!(
				"the prover returned {} aliases for {} contexts",
				aliases.len(),
				contexts.len()
			)));
		}
		Ok((proof.into_inner(), aliases.into_vec()))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn keygen_then_member_reads_the_same_key_from_a_private_file() {
		let folder = tempfile::tempdir().unwrap();
		let path = folder.path().join("keys").join("secret");
		let secret = MemberSecret::generate().unwrap();
		secret.write_new(&path).unwrap();
		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
			assert_eq!(mode, 0o600);
		}
		let again = MemberSecret::read(&path).unwrap();
		assert_eq!(again.member(), secret.member());
		assert!(Crypto::is_member_valid(&secret.member()));
		// Two secrets from the OS differ; the same entropy gives the same key.
		assert_ne!(MemberSecret::generate().unwrap().member(), secret.member());
		assert_eq!(
			MemberSecret::from_entropy([5; 32]).member(),
			MemberSecret::from_entropy([5; 32]).member()
		);
		// Never overwritten.
		let error = secret.write_new(&path).unwrap_err().to_string();
		assert!(error.contains("already exists"), "{error}");
	}

	#[test]
	fn a_damaged_secret_file_is_refused() {
		let folder = tempfile::tempdir().unwrap();
		let path = folder.path().join("secret");
		std::fs::write(&path, "0x1234\n").unwrap();
		let error = MemberSecret::read(&path).err().unwrap().to_string();
		assert!(error.contains("2 bytes, not the 32"), "{error}");
		std::fs::write(&path, "not hex\n").unwrap();
		assert!(MemberSecret::read(&path).is_err());
		let error = MemberSecret::read(&folder.path().join("absent")).err().unwrap().to_string();
		assert!(error.contains("bmx-ring keygen"), "{error}");
	}

	#[test]
	fn the_possession_signature_verifies_against_the_possession_message() {
		let secret = MemberSecret::from_entropy([1; 32]);
		let genesis = [7u8; 32];
		let account = AccountId32::new([9; 32]);
		let signature = secret.possession(&genesis, &account).unwrap();
		let message = key_possession_message(&genesis, &account.encode());
		assert!(Crypto::verify_signature(&signature, &message, &secret.member()));
		// Not for another account, chain or key.
		let other = key_possession_message(&genesis, &AccountId32::new([8; 32]).encode());
		assert!(!Crypto::verify_signature(&signature, &other, &secret.member()));
		let other = key_possession_message(&[6; 32], &account.encode());
		assert!(!Crypto::verify_signature(&signature, &other, &secret.member()));
		let stranger = MemberSecret::from_entropy([2; 32]).member();
		assert!(!Crypto::verify_signature(&signature, &message, &stranger));
	}
}

#[cfg(test)]
mod proof_tests {
	use super::*;
	use bmx_primitives::anonymity::{vote_message, RingRef, RingScope};
	use verifiable::ring::{
		ark_vrf::{ring::SrsLookup, suites::bandersnatch::BandersnatchSha512Ell2},
		ring_verifier_builder_params, StaticChunk,
	};

	/// The root of `keys` on `domain`, built as the rings pallet builds it (start, push with the
	/// builder params' chunks, finish).
	fn root(domain: RingDomainSize, keys: &[MemberKey]) -> <Crypto as GenerateVerifiable>::Members {
		let params = ring_verifier_builder_params::<BandersnatchSha512Ell2>(domain);
		let lookup = |range: core::ops::Range<usize>| {
			(&params)
				.lookup(range)
				.map(|points| points.into_iter().map(StaticChunk).collect())
				.ok_or(())
		};
		let mut intermediate = Crypto::start_members(domain);
		Crypto::push_members(&mut intermediate, keys.iter().copied(), lookup).unwrap();
		Crypto::finish_members(intermediate)
	}

	#[test]
	fn a_vote_proof_verifies_against_the_ring_root_and_proves_the_alias() {
		let domain = RingDomainSize::Domain11;
		let voters: Vec<_> = (1..=4u8).map(|i| MemberSecret::from_entropy([i; 32])).collect();
		let keys: Vec<_> = voters.iter().map(MemberSecret::member).collect();
		let members = root(domain, &keys);
		let genesis = [3u8; 32];
		let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
		let (context, message) = (ballot_context(&genesis, 7), vote_message(7, &ring, &[1, 2]));

		let voter = &voters[2];
		let (proof, alias) = voter.prove(domain, &keys, &context, &message).unwrap();
		assert_eq!(alias, voter.ballot_alias(&genesis, 7).unwrap());
		let proof = <Crypto as GenerateVerifiable>::Proof::try_from(proof).unwrap();
		assert_eq!(Crypto::validate(domain, &proof, &members, &context, &message), Ok(alias));
		// Bound to the choices and the ballot.
		let other_choices = vote_message(7, &ring, &[1]);
		assert!(Crypto::validate(domain, &proof, &members, &context, &other_choices).is_err());
		assert!(Crypto::validate(domain, &proof, &members, &ballot_context(&genesis, 8), &message)
			.is_err());

		// An outsider cannot open the real ring, and its proof against a list holding its own
		// key (what `--ring-keys` makes) does not verify against the ring's root.
		let outsider = MemberSecret::from_entropy([9; 32]);
		let error = outsider.prove(domain, &keys, &context, &message).unwrap_err().to_string();
		assert!(error.contains("not in the ring"), "{error}");
		let mut forged = keys.clone();
		forged[0] = outsider.member();
		let (proof, _) = outsider.prove(domain, &forged, &context, &message).unwrap();
		let proof = <Crypto as GenerateVerifiable>::Proof::try_from(proof).unwrap();
		assert_eq!(
			Crypto::validate(domain, &proof, &members, &context, &message),
			Err(verifiable::Error::VerificationFailed)
		);
	}
}
