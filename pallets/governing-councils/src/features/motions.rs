//! The Executive Secretary's motions, tabled in the Executive Council's collective with the
//! Secretary's aye.

use crate::*;
use sp_runtime::traits::Hash;

impl<T: Config> Pallet<T> {
	/// Table `proposal` for `secretary`, who must hold the Secretary's seat, with the threshold
	/// of `kind`.
	pub(crate) fn do_table_motion(
		secretary: T::AccountId,
		kind: DecisionKind,
		proposal: Box<T::ExecutiveProposal>,
		length_bound: u32,
	) -> DispatchResult {
		ensure!(
			ExecutiveSecretary::<T>::get().is_some_and(|s| s.who == secretary),
			Error::<T>::NotSecretary
		);
		let threshold = Self::motion_threshold(kind);
		let proposal_hash = T::Hashing::hash_of(&proposal);
		T::ExecutiveMotions::table(secretary.clone(), threshold, proposal, length_bound)?;
		Self::deposit_event(Event::MotionTabled { secretary, kind, threshold, proposal_hash });
		Ok(())
	}
}
