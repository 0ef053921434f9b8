//! Benchmarks of the digital identity pallet, worst case: longest names, full kind sets,
//! representative and signer lists, subjects holding a credential of every type, minors (whose
//! adulthood reads the clock), and attestations managed by a registrar other than the one that
//! made them (which reads both registrars).

use super::*;
use bmx_efirma_testing::{self as test_keys, TestKey};
use bmx_primitives::efirma::Statement;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_core::H256;

/// A year, in milliseconds.
const YEAR: Moment = 365 * 86_400_000;

/// A name of [`Config::MaxNameLength`] bytes, distinct for each `(seed, index)`.
fn long_name<T: Config>(seed: &[u8], index: u32) -> NameOf<T> {
	let mut bytes = index.to_le_bytes().to_vec();
	bytes.extend_from_slice(seed);
	bytes.resize(T::MaxNameLength::get() as usize, b'x');
	bytes.try_into().expect("resized to MaxNameLength; qed")
}

/// A key (of a person, an organisation, a certificate or a document) distinct for each
/// `(seed, index)`.
fn key(seed: u8, index: u32) -> H256 {
	let mut bytes = [seed; 32];
	for (byte, index_byte) in bytes.iter_mut().zip(index.to_le_bytes()) {
		*byte = index_byte;
	}
	H256(bytes)
}

/// A registrar accredited for `kinds`, under a long name.
fn registrar<T: Config>(
	index: u32,
	kinds: &[AttestationKind],
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("registrar", index, 0);
	let set: alloc::collections::btree_set::BTreeSet<_> = kinds.iter().copied().collect();
	let kinds = KindsOf::<T>::try_from(set).map_err(|_| BenchmarkError::Weightless)?;
	Pallet::<T>::do_accredit(&who, long_name::<T>(b"registrar", index), kinds)?;
	Ok(who)
}

/// Register credential types up to [`Config::MaxCredentialTypes`]; returns all their ids.
fn all_credential_types<T: Config>() -> Result<Vec<CredentialTypeId>, BenchmarkError> {
	while CredentialTypes::<T>::count() < T::MaxCredentialTypes::get() {
		let index = CredentialTypes::<T>::count();
		Pallet::<T>::do_register_credential_type(long_name::<T>(b"credential type", index))?;
	}
	Ok(CredentialTypes::<T>::iter_keys().collect())
}

/// One credential type; returns its id.
fn one_credential_type<T: Config>() -> Result<CredentialTypeId, BenchmarkError> {
	Ok(Pallet::<T>::do_register_credential_type(long_name::<T>(b"credential type", 0))?)
}

/// Attributes that make the pallet read the clock: a minor who turns adult next year.
fn attributes<T: Config>() -> (Residency, Adulthood) {
	let this_month = YearMonth::containing(Pallet::<T>::now());
	let adult_from = YearMonth { year: this_month.year.saturating_add(1), month: 1 };
	let residency =
		Residency::National(Jurisdiction { state: MexicanState::Oaxaca, municipality: 570 });
	(residency, Adulthood::Minor { adult_from })
}

/// The person `index`, verified by `by`.
fn person<T: Config>(by: &T::AccountId, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("person", index, 0);
	let (residency, adulthood) = attributes::<T>();
	Pallet::<T>::verify_person(
		RawOrigin::Signed(by.clone()).into(),
		who.clone(),
		key(1, index),
		residency,
		adulthood,
	)?;
	Ok(who)
}

/// The organisation `index`, verified by `by` with a full list of representatives.
fn organisation<T: Config>(
	by: &T::AccountId,
	index: u32,
	representatives: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account("organisation", index, 0);
	Pallet::<T>::verify_organisation(
		RawOrigin::Signed(by.clone()).into(),
		who.clone(),
		key(2, index),
		representative_list::<T>(representatives)?,
	)?;
	Ok(who)
}

/// `count` distinct representatives.
fn representative_list<T: Config>(count: u32) -> Result<RepresentativesOf<T>, BenchmarkError> {
	let list: Vec<T::AccountId> = (0..count).map(|i| account("representative", i, 0)).collect();
	list.try_into().map_err(|_| BenchmarkError::Weightless)
}

/// The serial number of certificate `index`: 20 bytes, as SAT's, distinct for each `index`.
fn serial(index: u32) -> CertificateId {
	let mut bytes = alloc::vec![b'3'; bmx_primitives::efirma::MAX_SERIAL_BYTES as usize];
	for (byte, index_byte) in bytes.iter_mut().skip(1).zip(index.to_le_bytes()) {
		*byte = index_byte;
	}
	BoundedVec::truncate_from(bytes)
}

/// The arguments of binding certificate `index` (the largest test key: the most costly check),
/// valid for a year from now, to `who`: serial, key, validity and the holder's proof.
fn binding<T: Config>(
	who: &T::AccountId,
	index: u32,
) -> (CertificateId, RsaPublicKey, Moment, Moment, RsaSignature) {
	let now = Pallet::<T>::now();
	let serial = serial(index);
	let statement = Statement::<T::AccountId, Moment>::Binding {
		genesis: Pallet::<T>::genesis_hash(),
		account: who.clone(),
		serial: serial.clone(),
	};
	let proof = test_keys::sign(TestKey::Largest, &statement.message());
	(serial, test_keys::public(TestKey::Largest), now, now.saturating_add(YEAR), proof)
}

/// Bind the certificate `index`, valid for a year from now, to `who`.
fn bind<T: Config>(
	by: &T::AccountId,
	who: &T::AccountId,
	index: u32,
) -> Result<(), BenchmarkError> {
	let (serial, key, not_before, not_after, proof) = binding::<T>(who, index);
	Pallet::<T>::bind_efirma(
		RawOrigin::Signed(by.clone()).into(),
		who.clone(),
		serial,
		key,
		not_before,
		not_after,
		proof,
	)?;
	Ok(())
}

/// `signer`'s signature of `document` for `purpose`, allowed from now for the longest window.
fn signing<T: Config>(
	signer: &T::AccountId,
	document: DocumentHash,
	purpose: &PurposeOf<T>,
) -> (Moment, Moment, RsaSignature) {
	let now = Pallet::<T>::now();
	let not_after = now.saturating_add(T::MaxSigningWindow::get());
	let statement = Statement::<T::AccountId, Moment>::Signing {
		genesis: Pallet::<T>::genesis_hash(),
		document,
		purpose: BoundedVec::truncate_from(purpose.to_vec()),
		signer: signer.clone(),
		not_before: now,
		not_after,
	};
	(now, not_after, test_keys::sign(TestKey::Largest, &statement.message()))
}

/// Give `who` a credential of every type, issued by `issuer`.
fn every_credential<T: Config>(
	who: &T::AccountId,
	issuer: &T::AccountId,
) -> Result<u32, BenchmarkError> {
	let types = all_credential_types::<T>()?;
	for credential_type in types.iter() {
		Credentials::<T>::insert(
			who,
			credential_type,
			Credential {
				issuer: issuer.clone(),
				issued_at: Pallet::<T>::now(),
				expires_at: None,
				revoked_at: None,
			},
		);
		CredentialTypes::<T>::mutate(credential_type, |maybe| {
			if let Some(info) = maybe {
				info.records.saturating_inc();
			}
		});
	}
	Ok(types.len() as u32)
}

/// Remove the accreditation of `who`, so that another registrar manages its attestations.
fn retire<T: Config>(who: &T::AccountId) {
	Registrars::<T>::remove(who);
}

/// Person 0, verified by registrar 0 (RENAPO) and bound to an e.firma by registrar 1 (SAT), which
/// also issued it a credential of every type. Returns RENAPO, the person and its credential count.
fn fully_attested<T: Config>() -> Result<(T::AccountId, T::AccountId, u32), BenchmarkError> {
	let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
	let sat = registrar::<T>(1, &[AttestationKind::Efirma])?;
	let who = person::<T>(&renapo, 0)?;
	bind::<T>(&sat, &who, 0)?;
	let credentials = every_credential::<T>(&who, &sat)?;
	Ok((renapo, who, credentials))
}

/// Person 0, verified by registrar 0 and bound to certificate 0 by registrar 1, which has since
/// retired. Returns registrar 2, its successor for e.firmas, and the person.
fn bound_by_retired<T: Config>() -> Result<(T::AccountId, T::AccountId), BenchmarkError> {
	let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
	let sat = registrar::<T>(1, &[AttestationKind::Efirma])?;
	let successor = registrar::<T>(2, &[AttestationKind::Efirma])?;
	let who = person::<T>(&renapo, 0)?;
	bind::<T>(&sat, &who, 0)?;
	retire::<T>(&sat);
	Ok((successor, who))
}

/// Organisation 0 with `representatives` representatives, verified by registrar 0, which has
/// since retired. Returns registrar 1, its successor for organisations, and the organisation.
fn organisation_of_retired<T: Config>(
	representatives: u32,
) -> Result<(T::AccountId, T::AccountId), BenchmarkError> {
	let sat = registrar::<T>(0, &[AttestationKind::Organisation])?;
	let successor = registrar::<T>(1, &[AttestationKind::Organisation])?;
	let who = organisation::<T>(&sat, 0, representatives)?;
	retire::<T>(&sat);
	Ok((successor, who))
}

/// Fill the residency history of `person_key` to [`Config::MaxResidencyHistory`] changes, so
/// that the next change drops the oldest.
fn full_history<T: Config>(person_key: PersonKey) {
	let history: Vec<_> = (0..T::MaxResidencyHistory::get())
		.map(|i| ResidencyChange {
			since: BlockNumberFor::<T>::from(i),
			residency: Residency::National(Jurisdiction {
				state: MexicanState::Jalisco,
				municipality: (i % 999 + 1) as u16,
			}),
		})
		.collect();
	ResidencyHistory::<T>::insert(person_key, ResidencyHistoryOf::<T>::truncate_from(history));
}

/// A recovery of person 0 (see [`fully_attested`]) to a new account, announced by `renapo`;
/// returns the new account.
fn announced<T: Config>(renapo: &T::AccountId) -> Result<T::AccountId, BenchmarkError> {
	let to: T::AccountId = account("person", 1, 0);
	let (residency, adulthood) = attributes::<T>();
	Pallet::<T>::announce_recovery(
		RawOrigin::Signed(renapo.clone()).into(),
		key(1, 0),
		to.clone(),
		residency,
		adulthood,
	)?;
	Ok(to)
}

/// Person 0 recovered to a new account, where the credential of one type, issued by a
/// registrar that has since retired, waits for consent. Returns the credential type, the
/// successor registrar for it and the new account.
fn awaiting_consent<T: Config>(
) -> Result<(CredentialTypeId, T::AccountId, T::AccountId), BenchmarkError> {
	let credential_type = one_credential_type::<T>()?;
	let kind = AttestationKind::Credential(credential_type);
	let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
	let issuer = registrar::<T>(1, &[kind])?;
	let successor = registrar::<T>(2, &[kind])?;
	let who = person::<T>(&renapo, 0)?;
	Pallet::<T>::issue_credential(
		RawOrigin::Signed(issuer.clone()).into(),
		who,
		credential_type,
		None,
	)?;
	let to = announced::<T>(&renapo)?;
	frame_system::Pallet::<T>::set_block_number(
		frame_system::Pallet::<T>::block_number().saturating_add(T::RecoveryDelay::get()),
	);
	Pallet::<T>::complete_recovery(RawOrigin::Signed(to.clone()).into(), key(1, 0))?;
	retire::<T>(&issuer);
	Ok((credential_type, successor, to))
}

/// A purpose of [`Config::MaxPurposeLength`] bytes.
fn long_purpose<T: Config>() -> PurposeOf<T> {
	let bytes = alloc::vec![b'p'; T::MaxPurposeLength::get() as usize];
	bytes.try_into().expect("MaxPurposeLength bytes; qed")
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn accredit_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::RegistrarOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// Every credential kind reads its type: as many as fit, then the other kinds.
		let mut set = alloc::collections::btree_set::BTreeSet::new();
		for credential_type in all_credential_types::<T>()? {
			if set.len() < T::MaxKindsPerRegistrar::get() as usize {
				set.insert(AttestationKind::Credential(credential_type));
			}
		}
		for kind in
			[AttestationKind::Person, AttestationKind::Organisation, AttestationKind::Efirma]
		{
			if set.len() < T::MaxKindsPerRegistrar::get() as usize {
				set.insert(kind);
			}
		}
		let kinds = KindsOf::<T>::try_from(set).map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("registrar", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), long_name::<T>(b"registrar", 0), kinds);

		assert!(Registrars::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::RegistrarOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = registrar::<T>(0, &[AttestationKind::Person])?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Registrars::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn register_credential_type() -> Result<(), BenchmarkError> {
		let origin =
			T::RegistrarOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let name = long_name::<T>(b"credential type", 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, name.clone());

		assert!(CredentialTypeIdOf::<T>::contains_key(&name));
		Ok(())
	}

	#[benchmark]
	fn verify_person() -> Result<(), BenchmarkError> {
		let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
		let who: T::AccountId = account("person", 0, 0);
		let (residency, adulthood) = attributes::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(renapo), who.clone(), key(1, 0), residency, adulthood);

		assert_eq!(Pallet::<T>::person_key(who), Some(key(1, 0)));
		Ok(())
	}

	#[benchmark]
	fn update_person() -> Result<(), BenchmarkError> {
		let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
		let who = person::<T>(&renapo, 0)?;
		let (_, adulthood) = attributes::<T>();
		let residency =
			Residency::National(Jurisdiction { state: MexicanState::Yucatan, municipality: 50 });
		full_history::<T>(key(1, 0));

		#[extrinsic_call]
		_(RawOrigin::Signed(renapo), who.clone(), residency, adulthood);

		assert_eq!(Pallet::<T>::residency(who), Some(residency));
		Ok(())
	}

	#[benchmark]
	fn announce_recovery() -> Result<(), BenchmarkError> {
		let (renapo, _, _) = fully_attested::<T>()?;
		let to: T::AccountId = account("person", 1, 0);
		let (residency, adulthood) = attributes::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(renapo), key(1, 0), to.clone(), residency, adulthood);

		assert_eq!(RecoveryTargets::<T>::get(&to), Some(key(1, 0)));
		Ok(())
	}

	#[benchmark]
	fn cancel_recovery() -> Result<(), BenchmarkError> {
		// Another person registrar cancels: the signed path that reads the most.
		let (renapo, _, _) = fully_attested::<T>()?;
		let other = registrar::<T>(2, &[AttestationKind::Person])?;
		let to = announced::<T>(&renapo)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(other), key(1, 0));

		assert!(!RecoveryTargets::<T>::contains_key(&to));
		Ok(())
	}

	#[benchmark]
	fn complete_recovery() -> Result<(), BenchmarkError> {
		// The lost account holds an e.firma and a credential of every type from another
		// issuer, which all wait for consent; its residency history is full.
		let (renapo, lost, credentials) = fully_attested::<T>()?;
		let to = announced::<T>(&renapo)?;
		full_history::<T>(key(1, 0));
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::RecoveryDelay::get()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(to.clone()), key(1, 0));

		assert_eq!(Pallet::<T>::person_key(to.clone()), Some(key(1, 0)));
		assert_eq!(CredentialsAwaitingConsent::<T>::iter_prefix(&to).count() as u32, credentials);
		assert!(!Efirmas::<T>::contains_key(&lost));
		Ok(())
	}

	#[benchmark]
	fn accept_credential() -> Result<(), BenchmarkError> {
		let (credential_type, successor, to) = awaiting_consent::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), to.clone(), credential_type);

		assert!(Credentials::<T>::contains_key(&to, credential_type));
		Ok(())
	}

	#[benchmark]
	fn decline_credential() -> Result<(), BenchmarkError> {
		// The issuer's successor declines: the path that reads the most.
		let (credential_type, successor, to) = awaiting_consent::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), to.clone(), credential_type);

		assert!(!CredentialsAwaitingConsent::<T>::contains_key(&to, credential_type));
		Ok(())
	}

	#[benchmark]
	fn revoke_person() -> Result<(), BenchmarkError> {
		// A recovery is pending too, and is cancelled.
		let (renapo, who, _) = fully_attested::<T>()?;
		announced::<T>(&renapo)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(renapo), who.clone(), H256::repeat_byte(9));

		assert_eq!(PersonKeys::<T>::get(key(1, 0)), Some(PersonKeyState::Cleared));
		assert_eq!(Credentials::<T>::iter_prefix(&who).count(), 0);
		Ok(())
	}

	#[benchmark]
	fn clear_identity() -> Result<(), BenchmarkError> {
		// A recovery is pending too, and is cancelled.
		let (renapo, who, _) = fully_attested::<T>()?;
		announced::<T>(&renapo)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert_eq!(PersonKeys::<T>::get(key(1, 0)), Some(PersonKeyState::Cleared));
		assert!(!Efirmas::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn verify_organisation() -> Result<(), BenchmarkError> {
		let sat = registrar::<T>(0, &[AttestationKind::Organisation])?;
		let who: T::AccountId = account("organisation", 0, 0);
		let representatives = representative_list::<T>(T::MaxRepresentatives::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(sat), who.clone(), key(2, 0), representatives);

		assert_eq!(Pallet::<T>::organisation_key(who), Some(key(2, 0)));
		Ok(())
	}

	#[benchmark]
	fn add_representative() -> Result<(), BenchmarkError> {
		// The attesting registrar is gone: the signer checks it, then takes over.
		let max = T::MaxRepresentatives::get();
		let (successor, who) = organisation_of_retired::<T>(max.saturating_sub(1))?;
		let representative: T::AccountId = account("representative", max, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), who.clone(), representative.clone());

		assert!(Pallet::<T>::is_representative(who, representative));
		Ok(())
	}

	#[benchmark]
	fn remove_representative() -> Result<(), BenchmarkError> {
		let max = T::MaxRepresentatives::get();
		let (successor, who) = organisation_of_retired::<T>(max)?;
		let representative: T::AccountId = account("representative", max.saturating_sub(1), 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), who.clone(), representative.clone());

		assert!(!Pallet::<T>::is_representative(who, representative));
		Ok(())
	}

	#[benchmark]
	fn revoke_organisation() -> Result<(), BenchmarkError> {
		let sat = registrar::<T>(0, &[AttestationKind::Organisation, AttestationKind::Efirma])?;
		let successor = registrar::<T>(1, &[AttestationKind::Organisation])?;
		let who = organisation::<T>(&sat, 0, T::MaxRepresentatives::get())?;
		bind::<T>(&sat, &who, 0)?;
		every_credential::<T>(&who, &sat)?;
		retire::<T>(&sat);

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), who.clone(), H256::repeat_byte(9));

		assert!(!Organisations::<T>::contains_key(&who));
		assert!(!OrganisationKeys::<T>::contains_key(key(2, 0)));
		Ok(())
	}

	#[benchmark]
	fn bind_efirma() -> Result<(), BenchmarkError> {
		// A renewal by a successor registrar with a 4096-bit key: the old binding is checked
		// and replaced, the proof checked.
		let (successor, who) = bound_by_retired::<T>()?;
		let (serial, key, not_before, not_after, proof) = binding::<T>(&who, 1);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(successor),
			who.clone(),
			serial.clone(),
			key,
			not_before,
			not_after,
			proof,
		);

		assert_eq!(Efirmas::<T>::get(&who).map(|b| b.certificate), Some(serial));
		Ok(())
	}

	#[benchmark]
	fn revoke_certificate() -> Result<(), BenchmarkError> {
		// A bound certificate: its holder is looked up.
		let (successor, who) = bound_by_retired::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), serial(0));

		assert!(RevokedCertificates::<T>::contains_key(serial(0)));
		assert!(!Pallet::<T>::can_sign(&who));
		Ok(())
	}

	#[benchmark]
	fn revoke_efirma() -> Result<(), BenchmarkError> {
		let (successor, who) = bound_by_retired::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), who.clone());

		assert!(!Efirmas::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn sign_document() -> Result<(), BenchmarkError> {
		// The document has every signer slot but one taken; each is compared.
		let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
		let sat = registrar::<T>(1, &[AttestationKind::Efirma])?;
		let who = person::<T>(&renapo, 0)?;
		bind::<T>(&sat, &who, 0)?;
		let document = key(4, 0);
		// The other signers' acts are written directly: only their signers are compared.
		let (not_before, not_after, signature) = signing::<T>(&who, document, &long_purpose::<T>());
		let others = T::MaxSignersPerDocument::get().saturating_sub(1);
		let mut acts = SignaturesOf::<T>::new();
		for index in 1..=others {
			acts.try_push(SigningAct {
				signer: account("signer", index, 0),
				certificate: serial(index),
				purpose: long_purpose::<T>(),
				not_before,
				not_after,
				signature: signature.clone(),
				signed_at: not_before,
				block: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| BenchmarkError::Weightless)?;
		}
		Signatures::<T>::insert(document, acts);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			document,
			long_purpose::<T>(),
			not_before,
			not_after,
			signature,
		);

		assert!(Signatures::<T>::get(document).iter().any(|act| act.signer == who));
		Ok(())
	}

	#[benchmark]
	fn issue_credential() -> Result<(), BenchmarkError> {
		let credential_type = one_credential_type::<T>()?;
		let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
		let issuer = registrar::<T>(1, &[AttestationKind::Credential(credential_type)])?;
		let who = person::<T>(&renapo, 0)?;
		let expires_at = Pallet::<T>::now().saturating_add(YEAR);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), who.clone(), credential_type, Some(expires_at));

		assert_eq!(Pallet::<T>::credential_status(who, credential_type), CredentialStatus::Valid);
		Ok(())
	}

	#[benchmark]
	fn revoke_credential() -> Result<(), BenchmarkError> {
		let credential_type = one_credential_type::<T>()?;
		let kind = AttestationKind::Credential(credential_type);
		let renapo = registrar::<T>(0, &[AttestationKind::Person])?;
		let issuer = registrar::<T>(1, &[kind])?;
		let successor = registrar::<T>(2, &[kind])?;
		let who = person::<T>(&renapo, 0)?;
		Pallet::<T>::issue_credential(
			RawOrigin::Signed(issuer.clone()).into(),
			who.clone(),
			credential_type,
			None,
		)?;
		retire::<T>(&issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(successor), who.clone(), credential_type);

		assert_eq!(Pallet::<T>::credential_status(who, credential_type), CredentialStatus::Revoked);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
