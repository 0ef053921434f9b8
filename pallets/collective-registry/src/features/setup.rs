//! Governance state for other pallets' benchmarks
//! ([`GovernanceSetup`](bmx_primitives::governance::GovernanceSetup)), made through this
//! pallet's own `do_*` functions so that every rule and invariant holds.

use crate::*;
use bmx_primitives::governance::GovernanceSetup;
use codec::Encode;

/// The code of ethics the set-up puts in force when none is.
pub const SETUP_CODE_OF_ETHICS: DocumentHash = DocumentHash::repeat_byte(0xce);

/// A name of at most [`Config::MaxNameLength`] bytes: as much of `prefix` as fits, then
/// `unique` (cut only if it alone is longer than the bound).
fn generated_name<T: Config>(prefix: &[u8], unique: &[u8]) -> NameOf<T> {
	let max = T::MaxNameLength::get() as usize;
	let unique = unique.get(..max).unwrap_or(unique);
	let room = max.saturating_sub(unique.len());
	let mut bytes: Vec<u8> = prefix.get(..room).unwrap_or(prefix).to_vec();
	bytes.extend_from_slice(unique);
	NameOf::<T>::truncate_from(bytes)
}

/// The lowercase hexadecimal digits of `bytes`.
fn hex(bytes: &[u8]) -> Vec<u8> {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let digit = |n: u8| DIGITS.get(usize::from(n & 0x0f)).copied().unwrap_or(b'0');
	bytes.iter().flat_map(|b| [digit(b >> 4), digit(*b)]).collect()
}

/// The name of the generated collective `id`: `collective <id>`.
fn collective_name<T: Config>(id: CollectiveId) -> NameOf<T> {
	generated_name::<T>(b"collective ", alloc::format!("{id}").as_bytes())
}

/// The institution generated for `who`: `institution ` and the first 8 bytes of its encoding
/// in hexadecimal, distinct for distinct accounts of the benchmarks.
fn institution_of<T: Config>(who: &T::AccountId) -> NameOf<T> {
	let encoded = who.encode();
	let head = encoded.get(..8).unwrap_or(&encoded);
	generated_name::<T>(b"institution ", &hex(head))
}

/// Make `who` an active member of `collective` (created if missing), up to date with the code
/// of ethics in force (one is put in force if none is).
fn make_active_member<T: Config>(collective: CollectiveId, who: &T::AccountId) {
	Pallet::<T>::collective(collective);
	let code = match CodeOfEthics::<T>::get() {
		Some(code) => code,
		None => {
			if let Err(error) = Pallet::<T>::do_set_code_of_ethics(SETUP_CODE_OF_ETHICS) {
				defensive!("the set-up could not put a code of ethics in force", error);
			}
			SETUP_CODE_OF_ETHICS
		},
	};
	match Members::<T>::get(who) {
		Some(mut member) => {
			if member.collective != collective {
				defensive!("the set-up was asked for a member of another collective");
				return;
			}
			let now = frame_system::Pallet::<T>::block_number();
			member.status = MemberStatus::Active;
			member.admitted_at = member.admitted_at.or(Some(now));
			member.code_of_ethics = code;
			Members::<T>::insert(who, member);
			if let Err(error) = Pallet::<T>::release_application_deposit(who) {
				defensive!("the set-up could not return an application deposit", error);
			}
		},
		None => {
			let institution = institution_of::<T>(who);
			let inserted = Pallet::<T>::do_insert_member(
				who,
				collective,
				institution,
				MemberStatus::Active,
				code,
			);
			if let Err(error) = inserted {
				defensive!("the set-up could not add a member", error);
			}
		},
	}
}

impl<T: Config> GovernanceSetup<T::AccountId> for Pallet<T> {
	/// The collective with id `index`; the missing collectives up to it are created with
	/// generated names (`collective <id>`).
	fn collective(index: u32) -> CollectiveId {
		while NextCollectiveId::<T>::get() <= index {
			let id = NextCollectiveId::<T>::get();
			let created = Self::do_create_collective(
				collective_name::<T>(id),
				CollectiveKind::Other,
				None,
				None,
				0,
			);
			if let Err(error) = created {
				defensive!("the set-up could not create a collective", error);
				break;
			}
		}
		index
	}

	/// Make `who` an active member of `collective` with a generated institution, accepting the
	/// code of ethics in force (one is put in force if none is); an applicant or suspended
	/// member of it is made active and brought up to date.
	fn active_member(collective: CollectiveId, who: &T::AccountId) {
		make_active_member::<T>(collective, who);
	}

	/// Make `who` (an active member made here if needed) a leader of `collective` through
	/// [`Pallet::do_appoint_leader`], with its report obligation. A collective that already has
	/// [`Config::MaxLeaders`] leaders (a genesis one, when the benchmarks run on a runtime's
	/// preset) loses its earliest leader first, as a removal.
	fn leader(collective: CollectiveId, who: &T::AccountId) {
		if Self::is_leader(collective, who) {
			return;
		}
		make_active_member::<T>(collective, who);
		let leaders = Leaders::<T>::get(collective);
		if leaders.len() as u32 >= T::MaxLeaders::get() {
			if let Some(earliest) = leaders.first() {
				Self::end_leadership(collective, &earliest.who, LeadershipEnd::Removed);
			}
		}
		if let Err(error) = Self::do_appoint_leader(collective, who) {
			defensive!("the set-up could not appoint a leader", error);
		}
	}

	/// End every leadership of `collective`, as removals.
	fn without_leaders(collective: CollectiveId) {
		for leader in Leaders::<T>::get(collective) {
			Self::end_leadership(collective, &leader.who, LeadershipEnd::Removed);
		}
	}
}
