//! The invariants of the commerce registry, checked by `try_state` and at the end of every unit
//! test.

use crate::*;

impl<T: Config> Pallet<T> {
	/// - Every folio's acts are exactly numbers `0..next_act`, act 0 is its incorporation, and
	///   a dissolved folio's last act is its dissolution.
	/// - A dissolved folio has no administrators and no powers.
	/// - Every live administrator and power points to the act that created it, with the same
	///   person and scopes; scopes are non-empty and without repetitions; no person is
	///   administrator twice; a sole administrator is the only administrator.
	/// - Lists are in the order of their acts.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (company, folio) in Folios::<T>::iter() {
			let opening =
				Acts::<T>::iter_prefix_values(company).filter(|a| !a.kind.is_ending()).count();
			ensure!(
				opening <= T::MaxActsPerFolio::get() as usize,
				"a folio holds too many opening acts"
			);
			ensure!(
				matches!(Acts::<T>::get(company, 0).map(|a| a.kind), Some(ActKind::Incorporation)),
				"a folio's first act is not its incorporation"
			);
			let stored = Acts::<T>::iter_prefix(company).count();
			ensure!(stored == folio.next_act as usize, "a folio's acts are not 0..next_act");
			if folio.status == CompanyStatus::Dissolved {
				ensure!(
					folio.administrators.is_empty() && folio.powers.is_empty(),
					"a dissolved company has administrators or powers"
				);
				let last = folio.next_act.checked_sub(1).ok_or("a dissolved folio has no acts")?;
				ensure!(
					matches!(
						Acts::<T>::get(company, last).map(|a| a.kind),
						Some(ActKind::Dissolution)
					),
					"a dissolved folio's last act is not its dissolution"
				);
			}
			let mut previous: Option<ActNumber> = None;
			for admin in folio.administrators.iter() {
				ensure!(
					previous.map_or(true, |p| p < admin.appointment),
					"administrators out of order"
				);
				previous = Some(admin.appointment);
				Self::ensure_scopes(&admin.scopes)
					.map_err(|_| "an appointment's scopes are invalid")?;
				let act = Acts::<T>::get(company, admin.appointment)
					.ok_or("an administrator's appointment is missing")?;
				ensure!(
					act.kind
						== ActKind::AdministratorAppointed {
							person: admin.person,
							role: admin.role,
							scopes: admin.scopes.clone(),
						},
					"an administrator differs from its appointment"
				);
				ensure!(
					folio.administrators.iter().filter(|a| a.person == admin.person).count() == 1,
					"a person is administrator twice"
				);
				if admin.role == AdministratorRole::Sole {
					ensure!(folio.administrators.len() == 1, "a sole administrator is not alone");
				}
			}
			let mut previous: Option<ActNumber> = None;
			for power in folio.powers.iter() {
				ensure!(previous.map_or(true, |p| p < power.grant), "powers out of order");
				previous = Some(power.grant);
				Self::ensure_scopes(&power.scopes).map_err(|_| "a power's scopes are invalid")?;
				let act =
					Acts::<T>::get(company, power.grant).ok_or("a power's grant is missing")?;
				ensure!(
					act.kind
						== ActKind::PowerGranted {
							attorney: power.attorney,
							scopes: power.scopes.clone(),
							expires_at: power.expires_at,
						},
					"a power differs from its grant"
				);
			}
		}
		for (company, _, _) in Acts::<T>::iter() {
			ensure!(Folios::<T>::contains_key(company), "an act on a missing folio");
		}
		Ok(())
	}
}
