//! Benchmarks of the governing councils, worst case: the Executive Council with every seat
//! held (`1 + 2 * MaxCollectives`), full Advisory Council, full proposal lists and full expiry
//! buckets. Collectives, members and leaders come from [`Config::BenchmarkHelper`].
//!
//! The memberships pushed to the councils' `ChangeMembers` are measured here with whatever the
//! runtime wires; their real cost (`pallet_collective`'s `change_members` with `MaxProposals`
//! open motions) is benchmarked by `pallet_collective` and added through
//! [`Config::CouncilMembershipWeight`].

use super::*;
use bmx_primitives::governance::GovernanceSetup;
use core::ops::Range;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Inspect, fungible::Mutate, Hooks};
use frame_system::RawOrigin;
use sp_core::H256;

/// The Executive Council's origin.
fn executive<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ExecutiveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The Advisory Council's origin.
fn advisory<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdvisoryOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The origin that reseats the councils when they cannot ([`Config::ReseatOrigin`]).
fn reseat<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ReseatOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The commissioner seats of `collective`.
fn commissioner_seats(collective: CollectiveId) -> [ExecutiveSeat; 2] {
	[
		ExecutiveSeat::Commissioner(Commission::Projects, collective),
		ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective),
	]
}

/// The collective numbered `index`, created (with its predecessors) if missing.
fn collective<T: Config>(index: u32) -> CollectiveId {
	T::BenchmarkHelper::collective(index)
}

/// A new active member of `collective`.
fn member_of<T: Config>(collective: CollectiveId, index: u32) -> T::AccountId {
	let who: T::AccountId = account("member", index, collective);
	T::BenchmarkHelper::active_member(collective, &who);
	who
}

/// A new leader of `collective`.
fn leader_of<T: Config>(collective: CollectiveId, index: u32) -> T::AccountId {
	let who: T::AccountId = account("leader", index, collective);
	T::BenchmarkHelper::leader(collective, &who);
	who
}

/// Move to the next block, so that the terms that start there end at a bucket of their own.
fn next_block<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
}

/// Fill the seat expiry bucket of block `at` with placeholder entries, leaving `free` slots.
/// The placeholders only make the searches through the bucket as long as they can be.
fn fill_seat_expiries<T: Config>(at: BlockNumberFor<T>, free: u32) {
	SeatExpiries::<T>::mutate(at, |bucket| {
		let mut index = 0u32;
		while bucket.len() < T::MaxExpiriesPerBlock::get().saturating_sub(free) as usize {
			let filler: T::AccountId = account("filler", index, 0);
			if bucket.try_push(SeatExpiry::Advisor(filler)).is_err() {
				break;
			}
			index = index.saturating_add(1);
		}
	});
}

/// Move to the next block and fill the seat expiry bucket where a `term` that starts there ends,
/// leaving a single free slot: a seat filled there takes the bucket's last slot.
fn one_free_slot_at_term_end<T: Config>(term: BlockNumberFor<T>) {
	next_block::<T>();
	let expires_at = frame_system::Pallet::<T>::block_number().saturating_add(term);
	fill_seat_expiries::<T>(expires_at, 1);
}

/// Fill the proposals for `seat` with placeholders of no leader, leaving `free` places.
fn fill_proposals<T: Config>(seat: ExecutiveSeat, free: u32) {
	let now = frame_system::Pallet::<T>::block_number();
	SeatProposals::<T>::mutate(seat, |proposals| {
		let mut index = 0u32;
		while proposals.len() < T::MaxSeatProposals::get().saturating_sub(free) as usize {
			let proposal = SeatProposal {
				proposer: account("placeholder proposer", index, 0),
				candidate: account("placeholder candidate", index, 0),
				proposed_at: now,
			};
			if proposals.try_push(proposal).is_err() {
				break;
			}
			index = index.saturating_add(1);
		}
	});
}

/// A full Executive Council: [`Config::MaxCollectives`] collectives with two commissioners each
/// and the Secretary, each seated at a block of its own. Returns the first collective.
fn full_executive<T: Config>() -> Result<CollectiveId, BenchmarkError> {
	let first = collective::<T>(0);
	for index in 0..T::MaxCollectives::get() {
		let collective = collective::<T>(index);
		for (i, seat) in commissioner_seats(collective).into_iter().enumerate() {
			let who = member_of::<T>(collective, 1000u32.saturating_add(i as u32));
			next_block::<T>();
			Pallet::<T>::do_designate_executive(seat, &who)?;
		}
	}
	next_block::<T>();
	Pallet::<T>::do_designate_executive(ExecutiveSeat::Secretary, &account("secretary", 0, 0))?;
	Ok(first)
}

/// Empty both councils (genesis seats included), so that neither can act and a proposal
/// backed by the collectives' majority designates (when [`Config::AdvisoryQuorum`] is not zero).
fn empty_councils<T: Config>() {
	for advisor in Advisors::<T>::get() {
		Pallet::<T>::end_advisor(&advisor.who, SeatEnd::Removed);
	}
	let seats: Vec<ExecutiveSeat> = ExecutiveSeatOf::<T>::iter_values().collect();
	for seat in seats {
		Pallet::<T>::end_executive_seat(seat, SeatEnd::Removed);
	}
}

/// An account that can pay an advisory request deposit.
fn advisory_applicant<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("applicant", index, 0);
	let amount = T::Currency::minimum_balance()
		.saturating_mul(2u32.into())
		.saturating_add(T::AdvisoryRequestDeposit::get());
	T::Currency::set_balance(&who, amount);
	who
}

/// `count` pending advisory requests of funded applicants.
fn pending_requests<T: Config>(count: u32) -> Result<(), BenchmarkError> {
	for i in 0..count {
		let who = advisory_applicant::<T>(1000u32.saturating_add(i));
		Pallet::<T>::do_request_advisory_seat(who, H256::repeat_byte(1))?;
	}
	Ok(())
}

/// Fill the Advisory Council up to `count` advisors (genesis advisors count), each newcomer at a
/// block of its own; returns the advisors seated here, in admission order.
fn seat_advisors<T: Config>(count: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let mut seated = Vec::new();
	let mut i = 0;
	while (Advisors::<T>::decode_len().unwrap_or(0) as u32) < count {
		let who: T::AccountId = account("advisor", i, 0);
		i = i.saturating_add(1);
		next_block::<T>();
		Pallet::<T>::do_seat_advisor(&who)?;
		seated.push(who);
	}
	Pallet::<T>::sync_council(Council::Advisory);
	Ok(seated)
}

/// The Node Integration commissioner of the first collective of a [`full_executive`], whose term
/// ends in a full bucket. Returns the collective, the seat and its term.
fn full_bucket_commissioner<T: Config>(
) -> Result<(CollectiveId, ExecutiveSeat, SeatOf<T>), BenchmarkError> {
	let collective = full_executive::<T>()?;
	let seat = ExecutiveSeat::Commissioner(Commission::NodeIntegration, collective);
	let held = Pallet::<T>::executive_seat(seat).ok_or(BenchmarkError::Weightless)?;
	fill_seat_expiries::<T>(held.expires_at, 0);
	Ok((collective, seat, held))
}

/// A commissioner to replace: the seat of a [`full_bucket_commissioner`], whose term ends in a
/// full bucket, and a new member of its collective as the candidate, whose term would start at
/// the next block in a bucket with a single free slot. Returns the collective, the seat, its
/// term and the candidate.
fn commissioner_replacement<T: Config>(
) -> Result<(CollectiveId, ExecutiveSeat, SeatOf<T>, T::AccountId), BenchmarkError> {
	let (collective, seat, held) = full_bucket_commissioner::<T>()?;
	let candidate = member_of::<T>(collective, 2000);
	one_free_slot_at_term_end::<T>(T::ExecutiveTerm::get());
	Ok((collective, seat, held, candidate))
}

/// `candidate` holds `seat`, and the holder of the replaced term `held` holds no seat.
fn assert_replaced<T: Config>(seat: ExecutiveSeat, candidate: &T::AccountId, held: &SeatOf<T>) {
	assert_eq!(ExecutiveSeatOf::<T>::get(candidate), Some(seat));
	assert!(ExecutiveSeatOf::<T>::get(&held.who).is_none());
}

/// Fill the proposals for `seat`, the proposal of `candidate` by `proposer` last.
fn last_proposal<T: Config>(
	seat: ExecutiveSeat,
	proposer: T::AccountId,
	candidate: T::AccountId,
) -> Result<(), BenchmarkError> {
	fill_proposals::<T>(seat, 1);
	SeatProposals::<T>::try_mutate(seat, |proposals| {
		proposals
			.try_push(SeatProposal {
				proposer,
				candidate,
				proposed_at: frame_system::Pallet::<T>::block_number(),
			})
			.map_err(|_| BenchmarkError::Weightless)
	})
}

/// An extraordinary session request, expiring at the same block, of the first leader of each
/// collective numbered in `indices`. Returns the last collective and its leader.
fn request_sessions<T: Config>(
	indices: Range<u32>,
) -> Result<Option<(CollectiveId, T::AccountId)>, BenchmarkError> {
	let mut last = None;
	for index in indices {
		let collective = collective::<T>(index);
		let leader = leader_of::<T>(collective, 0);
		Pallet::<T>::do_request_extraordinary_session(
			leader.clone(),
			collective,
			H256::repeat_byte(1),
		)?;
		last = Some((collective, leader));
	}
	Ok(last)
}

/// A pending advisory request of the funded applicant 0.
fn advisory_request<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let who = advisory_applicant::<T>(0);
	Pallet::<T>::do_request_advisory_seat(who.clone(), H256::repeat_byte(1))?;
	Ok(who)
}

/// The last seat of the Advisory Council to fill: all others held, the pending request of the
/// funded applicant 0, and a single free slot in the bucket where a term starting at the next
/// block ends. Returns the applicant.
fn last_advisory_seat<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	seat_advisors::<T>(T::MaxAdvisors::get().saturating_sub(1))?;
	let who = advisory_request::<T>()?;
	one_free_slot_at_term_end::<T>(T::AdvisoryTerm::get());
	Ok(who)
}

/// A full Advisory Council. Returns its last advisor and the end of its term.
fn last_advisor<T: Config>() -> Result<(T::AccountId, BlockNumberFor<T>), BenchmarkError> {
	let advisors = seat_advisors::<T>(T::MaxAdvisors::get())?;
	let who = advisors.last().cloned().ok_or(BenchmarkError::Weightless)?;
	let end = Advisors::<T>::get()
		.iter()
		.find(|a| a.who == who)
		.map(|a| a.expires_at)
		.ok_or(BenchmarkError::Weightless)?;
	Ok((who, end))
}

/// A full Advisory Council whose last advisor, in the renewal window of its term, asked for its
/// renewal. Returns the advisor and the end of its term.
fn renewal_requested<T: Config>() -> Result<(T::AccountId, BlockNumberFor<T>), BenchmarkError> {
	let (who, end) = last_advisor::<T>()?;
	frame_system::Pallet::<T>::set_block_number(end.saturating_sub(T::RenewalWindow::get()));
	Pallet::<T>::do_request_advisory_renewal(who.clone(), H256::repeat_byte(5))?;
	Ok((who, end))
}

/// The members of a [`full_executive`]: the Secretary first, then the commissioners.
fn full_executive_members<T: Config>() -> Result<Vec<T::AccountId>, BenchmarkError> {
	full_executive::<T>()?;
	let secretary = Pallet::<T>::executive_seat(ExecutiveSeat::Secretary)
		.ok_or(BenchmarkError::Weightless)?
		.who;
	Ok(core::iter::once(secretary)
		.chain(Commissioners::<T>::iter_values().map(|s| s.who))
		.collect())
}

/// A remark call of at most `len` (at least 8) encoded bytes, distinct for each `salt`.
fn remark_call<T: Config>(len: u32, salt: u8) -> T::ExecutiveProposal
where
	T::ExecutiveProposal: From<frame_system::Call<T>>,
{
	// The call index and the length prefix take up to 6 bytes.
	let bytes = len.saturating_sub(6).max(1) as usize;
	let mut remark = alloc::vec![0u8; bytes];
	if let Some(first) = remark.first_mut() {
		*first = salt;
	}
	frame_system::Call::<T>::remark { remark }.into()
}

/// `count` ordinary motions of `proposer` (short calls). Returns the index of the last.
fn open_motions<T: Config>(
	proposer: &T::AccountId,
	count: u32,
) -> Result<MotionIndex, BenchmarkError>
where
	T::ExecutiveProposal: From<frame_system::Call<T>>,
{
	for i in 0..count {
		let call = frame_system::Call::<T>::remark { remark: i.to_le_bytes().to_vec() }.into();
		Pallet::<T>::do_table_motion(proposer.clone(), MotionKind::Ordinary, Box::new(call), 100)?;
	}
	Ok(NextMotionIndex::<T>::get().saturating_sub(1))
}

#[benchmarks(where T::ExecutiveProposal: From<frame_system::Call<T>>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose_executive() -> Result<(), BenchmarkError> {
		// The Secretary's seat, whose proposers are each checked for leading any collective (a
		// membership and a leadership read each): `MaxSeatProposals - 1` other leaders, of
		// collectives in turn, proposed already, each another candidate. Neither council can
		// act, so that the candidate's backing is counted too (no majority: one collective).
		empty_councils::<T>();
		let others = T::MaxSeatProposals::get().saturating_sub(1);
		let collectives = T::MaxCollectives::get().max(1);
		let seat = ExecutiveSeat::Secretary;
		// Every leader first, so that no proposal has the backing of a majority.
		let leaders: Vec<T::AccountId> = (0..=others)
			.map(|i| leader_of::<T>(collective::<T>(i % collectives), i))
			.collect();
		for (i, leader) in leaders.iter().take(others as usize).enumerate() {
			Pallet::<T>::do_propose_executive(
				leader.clone(),
				seat,
				account("candidate", i as u32, 0),
			)?;
		}
		let proposer = leaders.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let candidate: T::AccountId = account("candidate", others, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer.clone()), seat, candidate);

		let proposals = SeatProposals::<T>::get(seat);
		assert_eq!(proposals.len() as u32, T::MaxSeatProposals::get());
		assert!(proposals.iter().any(|p| p.proposer == proposer));
		Ok(())
	}

	#[benchmark]
	fn propose_executive_by_collectives() -> Result<(), BenchmarkError> {
		// Neither council can act. Every collective has leaders (`MaxSeatProposals - 1` of them
		// proposed already, in turn): leaders of one collective short of a majority back the
		// candidate, the others back other candidates. One more collective's leader changes its
		// proposal to the candidate, who is designated to the vacant Secretary's seat at once,
		// its term ending in a bucket with a single free slot.
		empty_councils::<T>();
		let collectives = T::MaxCollectives::get().max(1);
		let majority = collectives / 2 + 1;
		let others = T::MaxSeatProposals::get().saturating_sub(1);
		let leaders: Vec<T::AccountId> = (0..others.max(collectives))
			.map(|i| leader_of::<T>(collective::<T>(i % collectives), i))
			.collect();
		let seat = ExecutiveSeat::Secretary;
		let candidate: T::AccountId = account("candidate", u32::MAX, 0);
		for (i, leader) in leaders.iter().take(others as usize).enumerate() {
			let i = i as u32;
			let backs =
				if i + 1 < majority { candidate.clone() } else { account("candidate", i, 0) };
			Pallet::<T>::do_propose_executive(leader.clone(), seat, backs)?;
		}
		let proposer =
			leaders.get(majority as usize - 1).cloned().ok_or(BenchmarkError::Weightless)?;
		let expires_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ExecutiveTerm::get());
		fill_seat_expiries::<T>(expires_at, 1);
		assert!(Pallet::<T>::executive_seat(seat).is_none());

		#[extrinsic_call]
		propose_executive(RawOrigin::Signed(proposer), seat, candidate.clone());

		assert_eq!(ExecutiveSeatOf::<T>::get(&candidate), Some(seat));
		Ok(())
	}

	#[benchmark]
	fn withdraw_executive_proposal() -> Result<(), BenchmarkError> {
		// The signer's proposal is the last of a full list.
		let collective = collective::<T>(0);
		let proposer = leader_of::<T>(collective, 0);
		let candidate = member_of::<T>(collective, 0);
		let seat = ExecutiveSeat::Commissioner(Commission::Projects, collective);
		last_proposal::<T>(seat, proposer.clone(), candidate)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer.clone()), seat);

		assert!(!SeatProposals::<T>::get(seat).iter().any(|p| p.proposer == proposer));
		Ok(())
	}

	#[benchmark]
	fn designate_executive() -> Result<(), BenchmarkError> {
		let origin = advisory::<T>()?;
		// A full Executive Council; a leader's candidate, last of a full proposal list, replaces
		// a commissioner whose term ends in a full bucket and starts one in a bucket with a
		// single free slot.
		let (collective, seat, held, candidate) = commissioner_replacement::<T>()?;
		let proposer = leader_of::<T>(collective, 0);
		last_proposal::<T>(seat, proposer, candidate.clone())?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, seat, candidate.clone());

		assert_replaced::<T>(seat, &candidate, &held);
		Ok(())
	}

	#[benchmark]
	fn remove_executive() -> Result<(), BenchmarkError> {
		let origin = advisory::<T>()?;
		let (_, seat, _) = full_bucket_commissioner::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, seat);

		assert!(Pallet::<T>::executive_seat(seat).is_none());
		Ok(())
	}

	#[benchmark]
	fn request_advisory_seat() -> Result<(), BenchmarkError> {
		// A full Advisory Council read for the signer, and all but one request pending.
		seat_advisors::<T>(T::MaxAdvisors::get())?;
		pending_requests::<T>(T::MaxAdvisoryRequests::get().saturating_sub(1))?;
		let who = advisory_applicant::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), H256::repeat_byte(1));

		assert!(AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn withdraw_advisory_request() -> Result<(), BenchmarkError> {
		let who = advisory_request::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn admit_advisor() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let who = last_advisory_seat::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::advises(&who));
		Ok(())
	}

	#[benchmark]
	fn reject_advisory_request() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// The runtime's penalty is slashed from the hold and handed to `Slashed`, the rest
		// released.
		let who = advisory_request::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), H256::repeat_byte(3));

		assert!(!AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn renew_advisor() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// The last advisor of a full council, at its request, leaving a full bucket for one with
		// a single free slot.
		let (who, end) = renewal_requested::<T>()?;
		let new_end = end.saturating_add(T::AdvisoryTerm::get());
		fill_seat_expiries::<T>(end, 0);
		fill_seat_expiries::<T>(new_end, 1);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(SeatExpiries::<T>::get(new_end).contains(&SeatExpiry::Advisor(who.clone())));
		assert!(!RenewalRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_advisor() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		// The last advisor of a full council, in a full bucket, with a pending renewal request.
		let (who, end) = renewal_requested::<T>()?;
		fill_seat_expiries::<T>(end, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Pallet::<T>::advises(&who));
		assert!(!RenewalRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn request_advisory_renewal() -> Result<(), BenchmarkError> {
		// The last advisor of a full council, at the first block of its renewal window.
		let (who, end) = last_advisor::<T>()?;
		frame_system::Pallet::<T>::set_block_number(end.saturating_sub(T::RenewalWindow::get()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), H256::repeat_byte(5));

		assert_eq!(RenewalRequests::<T>::get(&who).map(|r| r.status), Some(RenewalStatus::Pending));
		Ok(())
	}

	#[benchmark]
	fn withdraw_advisory_renewal() -> Result<(), BenchmarkError> {
		let (who, _) = renewal_requested::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!RenewalRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn refuse_advisory_renewal() -> Result<(), BenchmarkError> {
		let origin = executive::<T>()?;
		let (who, _) = renewal_requested::<T>()?;
		let reason = H256::repeat_byte(6);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), reason);

		assert_eq!(
			RenewalRequests::<T>::get(&who).map(|r| r.status),
			Some(RenewalStatus::Refused(reason))
		);
		Ok(())
	}

	#[benchmark]
	fn remove_expired_advisory_request() -> Result<(), BenchmarkError> {
		// The last of a full set of pending requests, expired; removed by an outsider.
		pending_requests::<T>(T::MaxAdvisoryRequests::get().saturating_sub(1))?;
		let who = advisory_request::<T>()?;
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(
			now.saturating_add(T::AdvisoryRequestLifetime::get()),
		);
		let caller: T::AccountId = account("caller", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert!(!AdvisoryRequests::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn table_motion(l: Linear<8, { T::MaxMotionLength::get() }>) -> Result<(), BenchmarkError> {
		// The Secretary of a full Executive Council tables a call of `l` bytes (noted with the
		// preimage service beyond 128 bytes) as the last of `MaxMotions` open motions.
		full_executive::<T>()?;
		let secretary: T::AccountId = account("secretary", 0, 0);
		open_motions::<T>(&secretary, T::MaxMotions::get().saturating_sub(1))?;
		let proposal = remark_call::<T>(l, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(secretary), MotionKind::Ordinary, Box::new(proposal), l);

		assert_eq!(Motions::<T>::count(), T::MaxMotions::get());
		Ok(())
	}

	#[benchmark]
	fn vote() -> Result<(), BenchmarkError> {
		// A commissioner of a full Executive Council votes on a motion whose votes are full of
		// former members' (the Secretary's aye first): every voter is checked and dropped.
		let members = full_executive_members::<T>()?;
		let secretary: T::AccountId = account("secretary", 0, 0);
		let index = open_motions::<T>(&secretary, 1)?;
		Motions::<T>::try_mutate(index, |motion| {
			let motion = motion.as_mut().ok_or(BenchmarkError::Weightless)?;
			let mut i = 0u32;
			while motion.votes.try_push((account("former", i, 0), true)).is_ok() {
				i = i.saturating_add(1);
			}
			Ok::<_, BenchmarkError>(())
		})?;
		let voter = members.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), index, true);

		let votes = Motions::<T>::get(index).map(|m| m.votes.into_inner()).unwrap_or_default();
		assert_eq!(votes, alloc::vec![(secretary, true), (voter, true)]);
		Ok(())
	}

	#[benchmark]
	fn close(l: Linear<8, { T::MaxMotionLength::get() }>) -> Result<(), BenchmarkError> {
		// A motion of a full Executive Council, of a call of `l` bytes, extraordinary (its
		// request is consumed), approved by every member and dispatched.
		let members = full_executive_members::<T>()?;
		let secretary: T::AccountId = account("secretary", 0, 0);
		let collective = collective::<T>(0);
		let leader = leader_of::<T>(collective, 0);
		Pallet::<T>::do_request_extraordinary_session(leader, collective, H256::repeat_byte(1))?;
		let proposal = remark_call::<T>(l, 0);
		Pallet::<T>::do_table_motion(
			secretary.clone(),
			MotionKind::Extraordinary { collective },
			Box::new(proposal),
			l,
		)?;
		let index = NextMotionIndex::<T>::get().saturating_sub(1);
		for who in members.iter().filter(|who| **who != secretary) {
			Pallet::<T>::do_vote(who.clone(), index, true)?;
		}
		let closer: T::AccountId = account("closer", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(closer), index);

		assert!(Motions::<T>::get(index).is_none());
		assert!(SessionRequests::<T>::get(collective).is_none());
		Ok(())
	}

	#[benchmark]
	fn request_extraordinary_session() -> Result<(), BenchmarkError> {
		// The last open request, expiring in the same bucket as all the others.
		let lifetime = T::SessionRequestLifetime::get();
		let others = T::MaxCollectives::get().saturating_sub(1);
		request_sessions::<T>(0..others)?;
		let collective = collective::<T>(others);
		let leader = leader_of::<T>(collective, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), collective, H256::repeat_byte(2));

		let expires_at = frame_system::Pallet::<T>::block_number().saturating_add(lifetime);
		assert_eq!(SessionRequests::<T>::get(collective).map(|r| r.expires_at), Some(expires_at));
		Ok(())
	}

	#[benchmark]
	fn withdraw_session_request() -> Result<(), BenchmarkError> {
		// The last request of a full expiry bucket.
		let (collective, leader) = request_sessions::<T>(0..T::MaxCollectives::get())?
			.ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(leader), collective);

		assert!(SessionRequests::<T>::get(collective).is_none());
		Ok(())
	}

	#[benchmark]
	fn reseat_executive() -> Result<(), BenchmarkError> {
		let origin = reseat::<T>()?;
		// As `designate_executive`, without the proposals.
		let (_, seat, held, candidate) = commissioner_replacement::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, seat, candidate.clone());

		assert_replaced::<T>(seat, &candidate, &held);
		Ok(())
	}

	#[benchmark]
	fn reseat_advisor() -> Result<(), BenchmarkError> {
		let origin = reseat::<T>()?;
		// As `admit_advisor`: the request is settled too.
		let who = last_advisory_seat::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Pallet::<T>::advises(&who));
		Ok(())
	}

	#[benchmark]
	fn designate_secretary_without_leaders() -> Result<(), BenchmarkError> {
		let origin = advisory::<T>()?;
		// `MaxCollectives` collectives without a leader, a full list of proposals of former
		// leaders (each checked and refused), a Secretary replaced whose term ends in a full
		// bucket.
		full_executive::<T>()?;
		for index in 0..T::MaxCollectives::get() {
			T::BenchmarkHelper::without_leaders(collective::<T>(index));
		}
		let seat = ExecutiveSeat::Secretary;
		let held = Pallet::<T>::executive_seat(seat).ok_or(BenchmarkError::Weightless)?;
		fill_seat_expiries::<T>(held.expires_at, 0);
		fill_proposals::<T>(seat, 0);
		one_free_slot_at_term_end::<T>(T::ExecutiveTerm::get());
		let candidate: T::AccountId = account("candidate", 0, 0);

		#[extrinsic_call]
		designate_executive(origin as T::RuntimeOrigin, seat, candidate.clone());

		assert_eq!(ExecutiveSeatOf::<T>::get(&candidate), Some(seat));
		Ok(())
	}

	#[benchmark]
	fn on_initialize_session_requests(
		r: Linear<0, { T::MaxCollectives::get() }>,
	) -> Result<(), BenchmarkError> {
		// `r` requests expire at the same block.
		let start = frame_system::Pallet::<T>::block_number();
		let at = start.saturating_add(T::SessionRequestLifetime::get());
		request_sessions::<T>(0..r)?;
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Pallet::<T>::expire_session_requests(at);
		}

		assert_eq!(SessionRequests::<T>::count(), 0);
		Ok(())
	}

	#[benchmark]
	fn on_initialize_notice() -> Result<(), BenchmarkError> {
		// A full Executive Council and a full Advisory Council; the bucket `ExpiryNotice` blocks
		// ahead holds the Secretary's term and advisory placeholders and stays just below the
		// mass threshold: every executive seat and the advisors are read.
		full_executive::<T>()?;
		seat_advisors::<T>(T::MaxAdvisors::get())?;
		let seat = ExecutiveSeat::Secretary;
		let held = Pallet::<T>::executive_seat(seat).ok_or(BenchmarkError::Weightless)?;
		let below_mass = T::MassExpiryThreshold::get().saturating_sub(1);
		fill_seat_expiries::<T>(
			held.expires_at,
			T::MaxExpiriesPerBlock::get().saturating_sub(below_mass),
		);
		let now = held.expires_at.saturating_sub(T::ExpiryNotice::get());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::warn_of_expiries(now);
		}

		Ok(())
	}

	#[benchmark]
	fn on_initialize_seats(
		s: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		// `s` terms end at the same block `at`: commissioners first (each expiry pushes two
		// councils), then the Secretary, then advisors, each seated so that its term ends at
		// `at`.
		let start = frame_system::Pallet::<T>::block_number();
		let at = start.saturating_add(T::ExecutiveTerm::get().max(T::AdvisoryTerm::get()));
		frame_system::Pallet::<T>::set_block_number(at.saturating_sub(T::ExecutiveTerm::get()));
		let mut left = s;
		let mut index = 0u32;
		while left > 0 && index < T::MaxCollectives::get() {
			let collective = collective::<T>(index);
			for (i, seat) in commissioner_seats(collective).into_iter().enumerate() {
				if left == 0 {
					break;
				}
				let who = member_of::<T>(collective, i as u32);
				Pallet::<T>::do_designate_executive(seat, &who)?;
				left = left.saturating_sub(1);
			}
			index = index.saturating_add(1);
		}
		if left > 0 {
			let secretary: T::AccountId = account("secretary", 0, 0);
			Pallet::<T>::do_designate_executive(ExecutiveSeat::Secretary, &secretary)?;
			left = left.saturating_sub(1);
		}
		frame_system::Pallet::<T>::set_block_number(at.saturating_sub(T::AdvisoryTerm::get()));
		let mut i = 0u32;
		while left > 0 && (Advisors::<T>::decode_len().unwrap_or(0) as u32) < T::MaxAdvisors::get()
		{
			let who: T::AccountId = account("advisor", i, 0);
			Pallet::<T>::do_seat_advisor(&who)?;
			// Each with a renewal request on record, removed with the seat.
			RenewalRequests::<T>::insert(
				&who,
				RenewalRequest {
					statement: H256::repeat_byte(5),
					requested_at: at.saturating_sub(T::RenewalWindow::get()),
					term_ends: at,
					status: RenewalStatus::Pending,
				},
			);
			left = left.saturating_sub(1);
			i = i.saturating_add(1);
		}
		Pallet::<T>::sync_council(Council::Advisory);
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Pallet::<T>::on_initialize(at);
		}

		assert!(!SeatExpiries::<T>::contains_key(at));
		Ok(())
	}

	#[benchmark]
	fn on_membership_lost() -> Result<(), BenchmarkError> {
		// A commissioner of a full Executive Council, whose term ends in a full bucket, stops
		// being an active member.
		let (collective, seat, held) = full_bucket_commissioner::<T>()?;

		#[block]
		{
			<Pallet<T> as MembershipHooks<T::AccountId>>::on_membership_lost(
				&held.who,
				collective,
				MembershipLoss::Expelled,
				H256::repeat_byte(3),
			)?;
		}

		assert!(Pallet::<T>::executive_seat(seat).is_none());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
