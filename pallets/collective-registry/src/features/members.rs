//! Members: applications with a deposit, admission and rejection by the leaders (or the
//! Executive Council while a collective has none), suspension, reinstatement, leaving and
//! expulsion. Losing an active membership goes through [`Config::MembershipHooks`] first.

use crate::*;
use bmx_primitives::governance::MembershipLoss;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};

impl<T: Config> Pallet<T> {
	/// Record the application of `who` to `collective`, accepting `code_of_ethics` (the version
	/// in force), and hold its deposit.
	pub(crate) fn do_apply_for_membership(
		who: T::AccountId,
		collective: CollectiveId,
		institution: NameOf<T>,
		code_of_ethics: DocumentHash,
	) -> DispatchResult {
		let current = Self::ensure_current_code(code_of_ethics)?;
		Self::do_insert_member(
			&who,
			collective,
			institution.clone(),
			MemberStatus::Applicant,
			current,
		)?;
		let deposit = T::MembershipApplicationDeposit::get();
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::MembershipApplication.into(), &who, deposit)?;
			ApplicationDeposits::<T>::insert(&who, deposit);
		}
		Self::deposit_event(Event::MembershipApplied { who, collective, institution, deposit });
		Ok(())
	}

	/// Admit the applicant `who`, on the decision of `signer` (a leader; `None` for the
	/// Executive Council), and return its deposit.
	pub(crate) fn do_admit_member(
		signer: Option<T::AccountId>,
		who: T::AccountId,
	) -> DispatchResult {
		let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		let by = Self::ensure_leader_or_executive(signer, member.collective)?;
		ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
		ensure!(Self::accepted_current_code(&member), Error::<T>::CodeOfEthicsOutdated);
		member.status = MemberStatus::Active;
		member.admitted_at = Some(frame_system::Pallet::<T>::block_number());
		let collective = member.collective;
		Members::<T>::insert(&who, member);
		Self::release_application_deposit(&who)?;
		Self::deposit_event(Event::MemberAdmitted { who, collective, by });
		Ok(())
	}

	/// Reject and remove the application of `who`, on the decision of `signer` (a leader;
	/// `None` for the Executive Council): slash [`Config::RejectionPenalty`] of its deposit and
	/// return the rest.
	pub(crate) fn do_reject_application(
		signer: Option<T::AccountId>,
		who: T::AccountId,
		reason: DocumentHash,
	) -> DispatchResult {
		let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		let by = Self::ensure_leader_or_executive(signer, member.collective)?;
		ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
		Self::do_remove_member(&who, member.collective);
		let (returned, slashed) = match ApplicationDeposits::<T>::take(&who) {
			Some(deposit) => {
				Self::penalise_deposit(&HoldReason::MembershipApplication.into(), &who, deposit)?
			},
			None => (Zero::zero(), Zero::zero()),
		};
		Self::deposit_event(Event::ApplicationRejected {
			who,
			collective: member.collective,
			reason,
			by,
			returned,
			slashed,
		});
		Ok(())
	}

	/// Remove the application of `who` once it has been pending for
	/// [`Config::RequestLifetime`] blocks, telling the hooks as of a withdrawal, and return its
	/// deposit in full.
	pub(crate) fn do_remove_expired_application(who: T::AccountId) -> DispatchResult {
		let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		ensure!(member.status == MemberStatus::Applicant, Error::<T>::NotApplicant);
		ensure!(Self::has_expired(member.applied_at), Error::<T>::NotExpired);
		let collective = member.collective;
		Self::tell_hooks_of_leaving(&who, collective)?;
		Self::do_remove_member(&who, collective);
		let deposit = ApplicationDeposits::<T>::get(&who).unwrap_or_else(Zero::zero);
		Self::release_application_deposit(&who)?;
		Self::deposit_event(Event::ApplicationExpired { who, collective, deposit });
		Ok(())
	}

	/// Tell the hooks that `who` leaves `collective` of its own accord (a withdrawn or expired
	/// application, or a member who leaves): a [`MembershipLoss::Left`] with no written reasons.
	/// A hook may refuse it.
	fn tell_hooks_of_leaving(who: &T::AccountId, collective: CollectiveId) -> DispatchResult {
		T::MembershipHooks::on_membership_lost(
			who,
			collective,
			MembershipLoss::Left,
			DocumentHash::zero(),
		)
	}

	/// Suspend the active member `who`: the hooks first, then its status and any leadership.
	pub(crate) fn do_suspend_member(who: T::AccountId, reason: DocumentHash) -> DispatchResult {
		let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		ensure!(member.status == MemberStatus::Active, Error::<T>::NotActiveMember);
		let collective = member.collective;
		T::MembershipHooks::on_membership_lost(
			&who,
			collective,
			MembershipLoss::Suspended,
			reason,
		)?;
		member.status =
			MemberStatus::Suspended { reason, since: frame_system::Pallet::<T>::block_number() };
		Members::<T>::insert(&who, member);
		Self::end_leadership(collective, &who, LeadershipEnd::MemberSuspended);
		Self::deposit_event(Event::MemberSuspended { who, collective, reason });
		Ok(())
	}

	/// Make the suspended member `who` active again.
	pub(crate) fn do_reinstate_member(who: T::AccountId) -> DispatchResult {
		let mut member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		ensure!(matches!(member.status, MemberStatus::Suspended { .. }), Error::<T>::NotSuspended);
		member.status = MemberStatus::Active;
		let collective = member.collective;
		Members::<T>::insert(&who, member);
		Self::deposit_event(Event::MemberReinstated { who, collective });
		Ok(())
	}

	/// Take `who` (a member or applicant, not suspended) off its collective, if the hooks let
	/// it go: the hooks first, then any leadership, the membership and the deposit.
	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		ensure!(
			!matches!(member.status, MemberStatus::Suspended { .. }),
			Error::<T>::MemberIsSuspended
		);
		T::MembershipHooks::can_leave(&who)?;
		let collective = member.collective;
		Self::tell_hooks_of_leaving(&who, collective)?;
		Self::end_leadership(collective, &who, LeadershipEnd::MemberLeft);
		Self::do_remove_member(&who, collective);
		Self::release_application_deposit(&who)?;
		Self::deposit_event(Event::MemberLeft { who, collective });
		Ok(())
	}

	/// Expel `who` (an applicant, active or suspended member): the hooks first, then any
	/// leadership, the membership and the deposit.
	pub(crate) fn do_expel_member(who: T::AccountId, reason: DocumentHash) -> DispatchResult {
		let member = Members::<T>::get(&who).ok_or(Error::<T>::NotMember)?;
		let collective = member.collective;
		T::MembershipHooks::on_membership_lost(&who, collective, MembershipLoss::Expelled, reason)?;
		Self::end_leadership(collective, &who, LeadershipEnd::MemberExpelled);
		Self::do_remove_member(&who, collective);
		Self::release_application_deposit(&who)?;
		Self::deposit_event(Event::MemberExpelled { who, collective, reason });
		Ok(())
	}

	/// Put `who` on the roster of `collective` with `status`.
	pub(crate) fn do_insert_member(
		who: &T::AccountId,
		collective: CollectiveId,
		institution: NameOf<T>,
		status: MemberStatus<BlockNumberFor<T>>,
		code_of_ethics: DocumentHash,
	) -> DispatchResult {
		ensure!(!institution.is_empty(), Error::<T>::EmptyInstitution);
		ensure!(!Members::<T>::contains_key(who), Error::<T>::AlreadyMember);
		Collectives::<T>::try_mutate(collective, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::CollectiveNotFound)?;
			ensure!(
				info.member_count < T::MaxMembersPerCollective::get(),
				Error::<T>::TooManyMembers
			);
			info.member_count = info.member_count.saturating_add(1);
			Ok::<_, Error<T>>(())
		})?;
		let now = frame_system::Pallet::<T>::block_number();
		let admitted_at = (status != MemberStatus::Applicant).then_some(now);
		Members::<T>::insert(
			who,
			MemberInfo {
				collective,
				institution,
				status,
				code_of_ethics,
				applied_at: now,
				admitted_at,
			},
		);
		CollectiveMembers::<T>::insert(collective, who, ());
		Ok(())
	}

	/// Take `who` off the roster of `collective`. Its leadership must have ended.
	pub(crate) fn do_remove_member(who: &T::AccountId, collective: CollectiveId) {
		Members::<T>::remove(who);
		CollectiveMembers::<T>::remove(collective, who);
		Collectives::<T>::mutate(collective, |maybe| {
			if let Some(info) = maybe {
				info.member_count = info.member_count.saturating_sub(1);
			}
		});
	}

	/// Check that `origin` is [`Config::ExecutiveOrigin`] (`None`) or signed (the signer), without
	/// reading storage, so that a wrong origin fails as `BadOrigin` whatever the arguments.
	pub(crate) fn ensure_signed_or_executive(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::ExecutiveOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(ensure_signed(origin)?)),
		}
	}

	/// Check that the caller from `ensure_signed_or_executive` may decide on the applications
	/// of `collective`: a signed leader of it who accepted the code of ethics in force
	/// (returned), or [`Config::ExecutiveOrigin`] while it has no leaders (`None`).
	pub(crate) fn ensure_leader_or_executive(
		signer: Option<T::AccountId>,
		collective: CollectiveId,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match signer {
			None => {
				ensure!(
					Leaders::<T>::decode_len(collective).unwrap_or(0) == 0,
					Error::<T>::CollectiveHasLeaders
				);
				Ok(None)
			},
			Some(signer) => {
				ensure!(Self::is_leader(collective, &signer), Error::<T>::NotLeader);
				ensure!(
					Self::is_code_of_ethics_current(signer.clone()),
					Error::<T>::LeaderCodeOfEthicsOutdated
				);
				Ok(Some(signer))
			},
		}
	}

	/// Return the application deposit of `who`, if one is held.
	pub(crate) fn release_application_deposit(who: &T::AccountId) -> DispatchResult {
		let Some(deposit) = ApplicationDeposits::<T>::take(who) else { return Ok(()) };
		let released = T::Currency::release(
			&HoldReason::MembershipApplication.into(),
			who,
			deposit,
			Precision::BestEffort,
		)?;
		if released != deposit {
			defensive!("an application deposit was not fully held");
		}
		Ok(())
	}
}
