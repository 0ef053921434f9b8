//! Benchmarks of the commerce registry, worst case: the folio holds full administrator and power
//! lists (each entry with its act), the entry searched is the last, and the appointment scans
//! the whole board.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

/// The hash of every document the benchmarks inscribe.
const DOCUMENT: DocumentHash = DocumentHash::repeat_byte(7);

/// The registrar's origin and account, a notary and a company with an open folio.
struct Setup<T: Config> {
	origin: T::RuntimeOrigin,
	registrar: T::AccountId,
	notary: T::AccountId,
	account: T::AccountId,
	company: OrganisationKey,
}

fn setup<T: Config>() -> Result<Setup<T>, BenchmarkError> {
	let origin =
		T::RegistrarOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	let registrar = T::RegistrarOrigin::ensure_origin(origin.clone())
		.map_err(|_| BenchmarkError::Weightless)?;
	let notary: T::AccountId = account("notary", 0, 0);
	T::BenchmarkHelper::issue_credential(&notary, T::NotaryCredential::get());
	let account: T::AccountId = account("company", 0, 0);
	T::BenchmarkHelper::verify_organisation(&account);
	let company = T::Organisations::organisation_key(&account)
		.ok_or(BenchmarkError::Stop("the helper did not verify the organisation"))?;
	Ok(Setup { origin, registrar, notary, account, company })
}

/// [`setup`], with the company incorporated.
fn incorporated<T: Config>() -> Result<Setup<T>, BenchmarkError> {
	let s = setup::<T>()?;
	Pallet::<T>::inscribe_incorporation(
		s.origin.clone(),
		s.account.clone(),
		s.notary.clone(),
		DOCUMENT,
	)?;
	Ok(s)
}

/// Every scope.
fn all_scopes() -> Scopes {
	alloc::vec![
		PowerScope::Litigation,
		PowerScope::Administration,
		PowerScope::Ownership,
		PowerScope::NegotiableInstruments,
	]
	.try_into()
	.expect("four scopes fit; qed")
}

/// A person key no benchmark account has.
fn filler_key(index: u32) -> PersonKey {
	PersonKey::from_low_u64_be(u64::MAX.saturating_sub(u64::from(index)))
}

/// Inscribe `administrators` board members and `powers` powers of fictitious persons on the
/// folio of `s`, each with its act, the powers expiring at `expires_at`.
fn fill<T: Config>(
	s: &Setup<T>,
	administrators: u32,
	powers: u32,
	expires_at: Option<BlockNumberFor<T>>,
) -> Result<(), BenchmarkError> {
	let mut folio = Folios::<T>::get(s.company).ok_or(BenchmarkError::Stop("no folio"))?;
	for i in 0..administrators {
		let person = filler_key(i);
		let role = AdministratorRole::BoardMember;
		let appointment = Pallet::<T>::inscribe(
			s.company,
			&mut folio,
			ActKind::AdministratorAppointed { person, role, scopes: all_scopes() },
			DOCUMENT,
			s.notary.clone(),
			s.registrar.clone(),
		)?;
		folio
			.administrators
			.try_push(Administrator { appointment, person, role, scopes: all_scopes() })
			.map_err(|_| BenchmarkError::Stop("too many administrators"))?;
	}
	for i in 0..powers {
		let attorney = filler_key(i.saturating_add(administrators));
		let grant = Pallet::<T>::inscribe(
			s.company,
			&mut folio,
			ActKind::PowerGranted { attorney, scopes: all_scopes(), expires_at },
			DOCUMENT,
			s.notary.clone(),
			s.registrar.clone(),
		)?;
		folio
			.powers
			.try_push(Power { grant, attorney, scopes: all_scopes(), expires_at })
			.map_err(|_| BenchmarkError::Stop("too many powers"))?;
	}
	Folios::<T>::insert(s.company, folio);
	Ok(())
}

/// A verified person's account.
fn person<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("person", index, 0);
	T::BenchmarkHelper::verify_person(&who, index);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn inscribe_incorporation() -> Result<(), BenchmarkError> {
		let s = setup::<T>()?;

		#[extrinsic_call]
		_(s.origin as T::RuntimeOrigin, s.account.clone(), s.notary.clone(), DOCUMENT);

		assert!(Folios::<T>::contains_key(s.company));
		Ok(())
	}

	#[benchmark]
	fn inscribe_amendment() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get(), None)?;
		let next = Folios::<T>::get(s.company).map(|f| f.next_act);

		#[extrinsic_call]
		_(s.origin as T::RuntimeOrigin, s.company, s.notary.clone(), DOCUMENT);

		assert_eq!(
			next.and_then(|n| Acts::<T>::get(s.company, n)).map(|a| a.kind),
			Some(ActKind::Amendment)
		);
		Ok(())
	}

	#[benchmark]
	fn appoint_administrator() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get().saturating_sub(1), T::MaxPowers::get(), None)?;
		let who = person::<T>(0);

		#[extrinsic_call]
		_(
			s.origin as T::RuntimeOrigin,
			s.company,
			who,
			AdministratorRole::BoardMember,
			all_scopes(),
			s.notary.clone(),
			DOCUMENT,
		);

		assert_eq!(
			Folios::<T>::get(s.company).map(|f| f.administrators.len() as u32),
			Some(T::MaxAdministrators::get())
		);
		Ok(())
	}

	#[benchmark]
	fn remove_administrator() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get(), None)?;
		let last = Folios::<T>::get(s.company)
			.and_then(|f| f.administrators.last().map(|a| a.appointment))
			.ok_or(BenchmarkError::Stop("no administrator"))?;

		#[extrinsic_call]
		_(s.origin as T::RuntimeOrigin, s.company, last, s.notary.clone(), DOCUMENT);

		assert_eq!(
			Folios::<T>::get(s.company).map(|f| f.administrators.len() as u32),
			Some(T::MaxAdministrators::get().saturating_sub(1))
		);
		Ok(())
	}

	#[benchmark]
	fn grant_power() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get().saturating_sub(1), None)?;
		let who = person::<T>(0);
		let expires_at = frame_system::Pallet::<T>::block_number().saturating_add(100u32.into());

		#[extrinsic_call]
		_(
			s.origin as T::RuntimeOrigin,
			s.company,
			who.clone(),
			all_scopes(),
			Some(expires_at),
			s.notary.clone(),
			DOCUMENT,
		);

		assert!(Pallet::<T>::holds_power(&who, &s.account, PowerScope::Ownership));
		Ok(())
	}

	#[benchmark]
	fn revoke_power() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get(), None)?;
		let last = Folios::<T>::get(s.company)
			.and_then(|f| f.powers.last().map(|p| p.grant))
			.ok_or(BenchmarkError::Stop("no power"))?;

		#[extrinsic_call]
		_(s.origin as T::RuntimeOrigin, s.company, last, s.notary.clone(), DOCUMENT);

		assert_eq!(
			Folios::<T>::get(s.company).map(|f| f.powers.len() as u32),
			Some(T::MaxPowers::get().saturating_sub(1))
		);
		Ok(())
	}

	#[benchmark]
	fn inscribe_dissolution() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get(), None)?;

		#[extrinsic_call]
		_(s.origin as T::RuntimeOrigin, s.company, s.notary.clone(), DOCUMENT);

		assert_eq!(Folios::<T>::get(s.company).map(|f| f.status), Some(CompanyStatus::Dissolved));
		Ok(())
	}

	#[benchmark]
	fn remove_expired_power() -> Result<(), BenchmarkError> {
		let s = incorporated::<T>()?;
		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.saturating_add(1u32.into());
		fill::<T>(&s, T::MaxAdministrators::get(), T::MaxPowers::get(), Some(expires_at))?;
		frame_system::Pallet::<T>::set_block_number(expires_at);
		let last = Folios::<T>::get(s.company)
			.and_then(|f| f.powers.last().map(|p| p.grant))
			.ok_or(BenchmarkError::Stop("no power"))?;
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), s.company, last);

		assert_eq!(
			Folios::<T>::get(s.company).map(|f| f.powers.len() as u32),
			Some(T::MaxPowers::get().saturating_sub(1))
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
