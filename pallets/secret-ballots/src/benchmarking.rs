//! Benchmarks of the secret-ballots pallet, worst case: ballots of [`Config::MaxOptions`]
//! projects of a budget that funds them all, votes of as many choices as the fixture carries
//! ([`Config::MaxChoices`] in the runtime's fixture), a close that ranks every option with
//! distinct tallies and funds them all.
//!
//! A runtime cannot make ring proofs, so the runtime's [`Config::BenchmarkHelper`] gives a vote
//! made off line ([`VoteFixture`]) and publishes its ring in the ring service; the benchmarks
//! write the fixture's genesis hash as the hash of block 0 and open the ballot under the
//! fixture's number. `authorize_cast_secret_vote` measures the authorization's own checks; the
//! ring service's verification of the proof is weighed by the ring service
//! (`AnonymousMembership::verify_weight`), and the benchmark checks that the whole
//! authorization accepts the fixture.

use super::*;
use alloc::vec::Vec;
use bmx_primitives::anonymity::vote_message;
use frame_benchmarking::v2::*;
use frame_support::pallet_prelude::Authorize;
use frame_system::RawOrigin;
use sp_runtime::traits::{One, Saturating};

/// A label of its own for option `i`.
fn label(i: u32) -> DocumentHash {
	let mut bytes = [0xffu8; 32];
	for (to, from) in bytes.iter_mut().zip(i.to_le_bytes()) {
		*to = from;
	}
	DocumentHash::from(bytes)
}

/// [`Config::MaxOptions`] projects costing one centavo each, with distinct labels.
fn projects<T: Config>() -> OptionsOf<T> {
	let options: Vec<BallotOption> = (0..T::MaxOptions::get())
		.map(|i| BallotOption { label: label(i), amount_centavos: Some(1) })
		.collect();
	OptionsOf::<T>::truncate_from(options)
}

/// A budget that funds every project of [`projects`].
fn budget<T: Config>() -> BallotKind {
	BallotKind::Budget { budget_centavos: Centavos::from(T::MaxOptions::get()) }
}

/// The fixture's vote, with the chain made ready for it: its genesis hash, its ring published
/// and the next ballot number its ballot's.
fn fixture<T: Config>() -> Result<VoteFixture, BenchmarkError> {
	let fixture = T::BenchmarkHelper::vote_fixture();
	let genesis = T::Hash::decode(&mut &fixture.genesis[..])
		.map_err(|_| BenchmarkError::Stop("the fixture's genesis hash is no hash"))?;
	frame_system::BlockHash::<T>::insert(BlockNumberFor::<T>::zero(), genesis);
	NextBallotId::<T>::put(fixture.ballot_id);
	Ok(fixture)
}

fn open_origin<T: Config>(scope: &RingScope) -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::OpenOrigin::try_successful_origin(scope).map_err(|_| BenchmarkError::Weightless)
}

/// The fixture's ballot, opened now with votes taken from now, and the fixture.
fn open_fixture_ballot<T: Config>() -> Result<VoteFixture, BenchmarkError> {
	let fixture = fixture::<T>()?;
	let now = frame_system::Pallet::<T>::block_number();
	let max_choices = u32::try_from(fixture.choices.len()).unwrap_or(u32::MAX).max(1);
	Pallet::<T>::open_ballot(
		open_origin::<T>(&fixture.ring.scope)?,
		fixture.ring.scope,
		budget::<T>(),
		projects::<T>(),
		max_choices,
		now,
		now.saturating_add(T::MaxBallotDuration::get()),
	)?;
	Ok(fixture)
}

fn choices<T: Config>(fixture: &VoteFixture) -> Result<ChoicesOf<T>, BenchmarkError> {
	ChoicesOf::<T>::try_from(fixture.choices.clone())
		.map_err(|_| BenchmarkError::Stop("the fixture has more than MaxChoices choices"))
}

fn proof<T: Config>(fixture: &VoteFixture) -> Result<ProofOf<T>, BenchmarkError> {
	ProofOf::<T>::try_from(fixture.proof.clone())
		.map_err(|_| BenchmarkError::Stop("the fixture's proof is longer than MaxProofLen"))
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_ballot() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		let scope = fixture.ring.scope;
		let origin = open_origin::<T>(&scope)?;
		// The benchmarking machinery moves block 0 to block 1 before the call: start there.
		let now = frame_system::Pallet::<T>::block_number().max(One::one());
		frame_system::Pallet::<T>::set_block_number(now);
		let ends = now.saturating_add(T::MaxBallotDuration::get());
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			scope,
			budget::<T>(),
			projects::<T>(),
			T::MaxChoices::get(),
			now,
			ends,
		);
		assert!(Ballots::<T>::contains_key(fixture.ballot_id));
		Ok(())
	}

	/// The authorization's own work: every check but the proof's verification, which the call
	/// weighs with `AnonymousMembership::verify_weight` (the ring service's benchmark). The
	/// whole authorization, proof included, must then accept the fixture.
	#[benchmark]
	fn authorize_cast_secret_vote() -> Result<(), BenchmarkError> {
		let fixture = open_fixture_ballot::<T>()?;
		let chosen = choices::<T>(&fixture)?;
		#[block]
		{
			let ballot =
				Pallet::<T>::check_vote(fixture.ballot_id, &fixture.ring, &fixture.alias, &chosen)
					.map_err(|_| BenchmarkError::Stop("the fixture's vote passes the checks"))?;
			let context = Pallet::<T>::context_of(fixture.ballot_id);
			let message = vote_message(fixture.ballot_id, &fixture.ring, &chosen);
			core::hint::black_box((context, message));
			Pallet::<T>::vote_validity(fixture.ballot_id, &ballot, &fixture.alias)
				.map_err(|_| BenchmarkError::Stop("a valid vote has a validity"))?;
		}
		let call = Call::<T>::cast_secret_vote {
			ballot_id: fixture.ballot_id,
			ring: fixture.ring,
			alias: fixture.alias,
			choices: chosen,
			proof: proof::<T>(&fixture)?,
		};
		call.authorize(TransactionSource::External)
			.ok_or(BenchmarkError::Stop("cast_secret_vote has an authorization"))?
			.map_err(|_| BenchmarkError::Stop("the fixture's vote is authorized"))?;
		Ok(())
	}

	#[benchmark]
	fn cast_secret_vote() -> Result<(), BenchmarkError> {
		let fixture = open_fixture_ballot::<T>()?;
		let chosen = choices::<T>(&fixture)?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			fixture.ballot_id,
			fixture.ring,
			fixture.alias,
			chosen,
			proof::<T>(&fixture)?,
		);
		assert!(Votes::<T>::contains_key(fixture.ballot_id, fixture.alias));
		Ok(())
	}

	#[benchmark]
	fn close_ballot() -> Result<(), BenchmarkError> {
		let fixture = open_fixture_ballot::<T>()?;
		let ballot_id = fixture.ballot_id;
		let ends = Ballots::<T>::get(ballot_id).ok_or(BenchmarkError::Weightless)?.ends;
		// Distinct tallies, so that the ranking sorts them all; every project gets funded.
		let tallies: Vec<u32> = (1..=T::MaxOptions::get()).collect();
		Tallies::<T>::insert(ballot_id, TalliesOf::<T>::truncate_from(tallies));
		Turnout::<T>::insert(ballot_id, T::MaxOptions::get());
		frame_system::Pallet::<T>::set_block_number(ends);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), ballot_id);
		let result = Results::<T>::get(ballot_id).ok_or(BenchmarkError::Weightless)?;
		assert_eq!(result.funded.len() as u32, T::MaxOptions::get());
		Ok(())
	}

	#[benchmark]
	fn cancel_ballot() -> Result<(), BenchmarkError> {
		let fixture = open_fixture_ballot::<T>()?;
		let origin = open_origin::<T>(&fixture.ring.scope)?;
		let reason = DocumentHash::repeat_byte(0xcc);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, fixture.ballot_id, reason);
		assert_last_event::<T>(Event::BallotCancelled { ballot_id: fixture.ballot_id, reason });
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::bare(), crate::mock::Test);
}
