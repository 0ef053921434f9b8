//! The code of ethics: the Executive Council puts a version in force, members accept it.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Put `code_of_ethics` in force; every member is outdated until it accepts it.
	pub(crate) fn do_set_code_of_ethics(code_of_ethics: DocumentHash) -> DispatchResult {
		ensure!(
			CodeOfEthics::<T>::get() != Some(code_of_ethics),
			Error::<T>::CodeOfEthicsUnchanged
		);
		CodeOfEthics::<T>::put(code_of_ethics);
		Self::deposit_event(Event::CodeOfEthicsSet { code_of_ethics });
		Ok(())
	}

	/// Record that `who` accepted the code of ethics in force, `code_of_ethics`.
	pub(crate) fn do_accept_code_of_ethics(
		who: T::AccountId,
		code_of_ethics: DocumentHash,
	) -> DispatchResult {
		let current = Self::ensure_current_code(code_of_ethics)?;
		Members::<T>::try_mutate(&who, |maybe| {
			let member = maybe.as_mut().ok_or(Error::<T>::NotMember)?;
			ensure!(member.code_of_ethics != current, Error::<T>::CodeOfEthicsAlreadyAccepted);
			member.code_of_ethics = current;
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::CodeOfEthicsAccepted { who, code_of_ethics });
		Ok(())
	}

	/// Check that `code_of_ethics` is the version in force, and return it.
	pub(crate) fn ensure_current_code(
		code_of_ethics: DocumentHash,
	) -> Result<DocumentHash, DispatchError> {
		let current = CodeOfEthics::<T>::get().ok_or(Error::<T>::CodeOfEthicsNotSet)?;
		ensure!(code_of_ethics == current, Error::<T>::WrongCodeOfEthics);
		Ok(current)
	}

	/// Whether `member` accepted the code of ethics in force.
	pub(crate) fn accepted_current_code(member: &MemberInfoOf<T>) -> bool {
		CodeOfEthics::<T>::get() == Some(member.code_of_ethics)
	}
}
