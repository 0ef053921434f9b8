//! Anonymity: the rings of verified persons' member keys (ring VRF) and the secret ballots that
//! citizens vote in with a proof of membership, feeless and without an account.

use bmx_primitives::{
	anonymity::RingScope,
	identity::{CredentialsInspect, VerifiedPersons},
};
use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};

use super::{super::*, credentials, ExecutiveOrdinary};

/// Who opens a secret ballot of a scope: an ordinary decision of the Executive Council for any
/// scope; an electoral official (credential [`credentials::ELECTORAL_OFFICIAL`]) for the state
/// it is registered in, or for its own municipality. A national ballot needs the council.
pub struct EnsureBallotOpener;

impl EnsureOriginWithArg<RuntimeOrigin, RingScope> for EnsureBallotOpener {
	type Success = ();

	fn try_origin(o: RuntimeOrigin, scope: &RingScope) -> Result<(), RuntimeOrigin> {
		let o = match ExecutiveOrdinary::try_origin(o) {
			Ok(_) => return Ok(()),
			Err(o) => o,
		};
		let Ok(frame_system::RawOrigin::Signed(who)) = o.clone().into() else { return Err(o) };
		if !<DigitalIdentity as CredentialsInspect<AccountId>>::has_credential(
			&who,
			credentials::ELECTORAL_OFFICIAL,
		) {
			return Err(o);
		}
		let lives_in = <DigitalIdentity as VerifiedPersons<AccountId>>::jurisdiction_of(&who);
		let serves = match (scope, lives_in) {
			(RingScope::Municipality(target), Some(home)) => *target == home,
			(RingScope::State(target), Some(home)) => *target == home.state,
			_ => false,
		};
		if serves {
			Ok(())
		} else {
			Err(o)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_scope: &RingScope) -> Result<RuntimeOrigin, ()> {
		ExecutiveOrdinary::try_successful_origin()
	}
}
