//! Benchmarks of the anonymous panels, worst cases: a full roster, full panels, the most
//! options, and every selected evaluator slashed at the last round.
//!
//! The runtime cannot make ring proofs: [`BenchmarkHelper::ticket_fixture`] gives a ticket
//! made off line against a fixed list of candidates. The authorizations are measured without
//! the proof's verification, which [`Config::Rings`]' `verify_weight` adds.

use super::*;
use alloc::vec::Vec;
use bmx_primitives::anonymity::{score_commitment, ticket_context, ticket_message, PanelRequest};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::Authorize, traits::fungible::Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::{One, Saturating, Zero};

/// A funded account: bonds and fees many times over.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let funds = T::Bond::get()
		.saturating_mul(1_000u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, funds);
	who
}

/// The fee of the benchmarks' panels.
fn fee<T: Config>() -> BalanceOf<T> {
	T::Bond::get().saturating_mul(10u32.into())
}

/// The fixture, with its genesis hash written as the hash of block 0 and the pool funded with
/// the existential deposit.
fn fixture<T: Config>() -> Result<TicketFixture, BenchmarkError> {
	let fixture = T::BenchmarkHelper::ticket_fixture();
	let genesis = T::Hash::decode(&mut &fixture.genesis[..])
		.map_err(|_| BenchmarkError::Stop("the fixture's genesis hash is no hash"))?;
	frame_system::BlockHash::<T>::insert(BlockNumberFor::<T>::zero(), genesis);
	T::Currency::set_balance(&Pallet::<T>::pool_account(), T::Currency::minimum_balance());
	Ok(fixture)
}

/// Enrols `n` evaluators with the first `n` of `keys`, at block 1; returns their accounts.
fn enrol_many<T: Config>(keys: &[MemberKey], n: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	frame_system::Pallet::<T>::set_block_number(One::one());
	let mut accounts = Vec::new();
	for (key, index) in keys.iter().take(n as usize).zip(0u32..) {
		let who = funded::<T>("evaluator", index);
		T::BenchmarkHelper::certify(&who, *key);
		Pallet::<T>::enrol(RawOrigin::Signed(who.clone()).into())?;
		accounts.push(who);
	}
	T::BenchmarkHelper::build_rings();
	Ok(accounts)
}

/// Stops unless the roster's rings answer for proofs: the evaluators enrolled were onboarded
/// and built (not left waiting in the ring service's queue), so that a leave measures a
/// removal from a ring.
fn ensure_roster_built<T: Config>() -> Result<(), BenchmarkError> {
	ensure!(
		T::Rings::scope_is_usable(&RingScope::Evaluators),
		BenchmarkError::Stop("build_rings left the roster's keys unbuilt")
	);
	Ok(())
}

/// The request of the benchmarks' panels, with `seed`, tickets until block 10 and reveals until
/// block 20, scoring [`Config::MaxOptions`] options.
fn request<T: Config>(
	seed: [u8; 32],
) -> PanelRequest<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
	PanelRequest {
		subject: 1,
		payer: funded::<T>("payer", 0),
		fee: fee::<T>(),
		options: T::MaxOptions::get(),
		seed,
		enrolled_before: 2u32.into(),
		tickets_end: 10u32.into(),
		reveals_end: 20u32.into(),
	}
}

/// The fixture's panel, opened with every candidate enrolled and its ring built, at block 2.
fn fixture_panel<T: Config>() -> Result<TicketFixture, BenchmarkError> {
	let fixture = fixture::<T>()?;
	let n = u32::try_from(fixture.candidates.len())
		.unwrap_or(u32::MAX)
		.min(T::MaxEvaluators::get());
	enrol_many::<T>(&fixture.candidates, n)?;
	frame_system::Pallet::<T>::set_block_number(2u32.into());
	NextPanelId::<T>::put(fixture.panel);
	let panel = Pallet::<T>::do_open_panel(request::<T>(fixture.seed), &|_| false)?;
	ensure!(panel == fixture.panel, BenchmarkError::Stop("the panel opens under its number"));
	T::BenchmarkHelper::build_rings();
	Ok(fixture)
}

/// Fills `panel` with [`Config::PanelSize`] selections whose tickets are above any other (the
/// last byte counts them down from `0xff`), each with a pseudonym on record and, if `scores`,
/// revealed scores of [`MAX_SCORE`] for every option.
fn fill<T: Config>(panel: PanelId, scores: bool) -> Result<(), BenchmarkError> {
	let mut selections = Vec::new();
	for index in 0..T::PanelSize::get() {
		let mut ticket = [0xffu8; 32];
		ticket[31] = 0xff_u8.saturating_sub(
			u8::try_from(T::PanelSize::get().saturating_sub(index)).unwrap_or(u8::MAX),
		);
		let mut pseudonym = [0xeeu8; 32];
		pseudonym[..4].copy_from_slice(&index.to_le_bytes());
		Pallet::<T>::ensure_pseudonym(&pseudonym)?;
		let scores = scores.then(|| {
			ScoresOf::<T>::truncate_from(
				(0..T::MaxOptions::get()).map(|_| MAX_SCORE).collect::<Vec<_>>(),
			)
		});
		selections.push(Selection { ticket, pseudonym, commitment: [index as u8; 32], scores });
	}
	Selections::<T>::insert(panel, SelectionsOf::<T>::truncate_from(selections));
	Ok(())
}

/// Bars as many pseudonyms in `panel` as its earlier rounds can have barred.
fn bar_earlier_rounds<T: Config>(panel: PanelId) {
	let earlier =
		T::PanelSize::get().saturating_mul(u32::from(T::MaxRounds::get().saturating_sub(1)));
	for index in 0..earlier {
		let mut pseudonym = [0xddu8; 32];
		pseudonym[..4].copy_from_slice(&index.to_le_bytes());
		Barred::<T>::insert(panel, pseudonym, ());
	}
}

/// The fixture's proof as the call takes it.
fn proof<T: Config>(fixture: &TicketFixture) -> Result<ProofOf<T>, BenchmarkError> {
	ProofOf::<T>::try_from(fixture.proof.clone())
		.map_err(|_| BenchmarkError::Stop("the fixture's proof is longer than MaxProofLen"))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn enrol() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		let last = T::MaxEvaluators::get().saturating_sub(1);
		enrol_many::<T>(&fixture.candidates, last)?;
		let key = *fixture
			.candidates
			.get(last as usize)
			.ok_or(BenchmarkError::Stop("the fixture has MaxEvaluators candidates"))?;
		let who = funded::<T>("newcomer", 0);
		T::BenchmarkHelper::certify(&who, key);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(EnrolledKeys::<T>::get(&who), Some(key));
		Ok(())
	}

	#[benchmark]
	fn leave() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		let accounts = enrol_many::<T>(&fixture.candidates, T::MaxEvaluators::get())?;
		ensure_roster_built::<T>()?;
		let who = accounts.first().cloned().ok_or(BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!EnrolledKeys::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn refresh_evaluator() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		let accounts = enrol_many::<T>(&fixture.candidates, T::MaxEvaluators::get())?;
		ensure_roster_built::<T>()?;
		let who = accounts.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let key = EnrolledKeys::<T>::get(&who).ok_or(BenchmarkError::Weightless)?;
		// Its key changed: it still holds the credential, so both checks are read.
		let other = *fixture.candidates.first().ok_or(BenchmarkError::Weightless)?;
		T::BenchmarkHelper::certify(&who, other);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), key);
		assert!(!EnrolledKeys::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn open_panel(
		n: Linear<{ T::MinCandidates::get() }, { T::MaxEvaluators::get() }>,
	) -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		enrol_many::<T>(&fixture.candidates, n)?;
		frame_system::Pallet::<T>::set_block_number(2u32.into());
		// A panel number of its own per run: a ring service keeps its panels' rings apart.
		NextPanelId::<T>::put(n);
		let request = request::<T>(fixture.seed);
		#[block]
		{
			Pallet::<T>::do_open_panel(request, &|_| false)?;
		}
		assert_eq!(Panels::<T>::get(n).map(|panel| panel.candidates), Some(n));
		Ok(())
	}

	#[benchmark]
	fn authorize_submit_ticket() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		fill::<T>(fixture.panel, false)?;
		#[block]
		{
			let (panel, round, tickets_end) =
				Pallet::<T>::check_ticket(fixture.panel, &fixture.ticket, &fixture.pseudonym)
					.map_err(|_| BenchmarkError::Stop("the fixture's ticket passes the checks"))?;
			let (ring, _) =
				T::Rings::panel_ring(fixture.panel).ok_or(BenchmarkError::Weightless)?;
			let genesis = Pallet::<T>::genesis_hash();
			let context = ticket_context(&genesis, fixture.panel, round, &panel.seed);
			let message = ticket_message(fixture.panel, round, &ring, &fixture.commitment);
			core::hint::black_box((context, message, tickets_end));
			Pallet::<T>::validity((b"ticket", fixture.panel, round, fixture.ticket), 1)
				.map_err(|_| BenchmarkError::Stop("a valid ticket has a validity"))?;
		}
		let (ring, _) = T::Rings::panel_ring(fixture.panel).ok_or(BenchmarkError::Weightless)?;
		let call = Call::<T>::submit_ticket {
			panel: fixture.panel,
			ring,
			ticket: fixture.ticket,
			pseudonym: fixture.pseudonym,
			commitment: fixture.commitment,
			proof: proof::<T>(&fixture)?,
		};
		call.authorize(TransactionSource::External)
			.ok_or(BenchmarkError::Stop("submit_ticket has an authorization"))?
			.map_err(|_| BenchmarkError::Stop("the fixture's ticket is authorized"))?;
		Ok(())
	}

	#[benchmark]
	fn submit_ticket() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		fill::<T>(fixture.panel, false)?;
		let (ring, _) = T::Rings::panel_ring(fixture.panel).ok_or(BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(
			RawOrigin::Authorized,
			fixture.panel,
			ring,
			fixture.ticket,
			fixture.pseudonym,
			fixture.commitment,
			proof::<T>(&fixture)?,
		);
		assert_eq!(
			Selections::<T>::get(fixture.panel).first().map(|s| s.ticket),
			Some(fixture.ticket)
		);
		Ok(())
	}

	#[benchmark]
	fn authorize_reveal_scores() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		let (ticket, scores, salt) = committed::<T>(fixture.panel)?;
		#[block]
		{
			let (round, reveals_end) =
				Pallet::<T>::check_reveal(fixture.panel, &ticket, &scores, &salt)
					.map_err(|_| BenchmarkError::Stop("the reveal passes the checks"))?;
			Pallet::<T>::validity((b"reveal", fixture.panel, round, ticket), 1)
				.map_err(|_| BenchmarkError::Stop("a valid reveal has a validity"))?;
			core::hint::black_box(reveals_end);
		}
		Ok(())
	}

	#[benchmark]
	fn reveal_scores() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		let (ticket, scores, salt) = committed::<T>(fixture.panel)?;
		#[extrinsic_call]
		_(RawOrigin::Authorized, fixture.panel, ticket, scores, salt);
		assert!(Selections::<T>::get(fixture.panel)
			.iter()
			.all(|s| s.ticket != ticket || s.scores.is_some()));
		Ok(())
	}

	#[benchmark]
	fn conclude_panel() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		fill::<T>(fixture.panel, false)?;
		bar_earlier_rounds::<T>(fixture.panel);
		// The last round, nobody revealed: every selected is slashed and the panel fails.
		Panels::<T>::mutate(fixture.panel, |panel| {
			if let Some(panel) = panel {
				panel.state = PanelState::Sortition {
					round: T::MaxRounds::get().saturating_sub(1),
					tickets_end: 10u32.into(),
					reveals_end: 20u32.into(),
				};
			}
		});
		frame_system::Pallet::<T>::set_block_number(20u32.into());
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), fixture.panel);
		assert_eq!(Panels::<T>::get(fixture.panel).map(|p| p.state), Some(PanelState::Failed));
		Ok(())
	}

	#[benchmark]
	fn authorize_settle_pseudonym() -> Result<(), BenchmarkError> {
		let pseudonym = [0xee; 32];
		let fixture = fixture::<T>()?;
		enrol_many::<T>(&fixture.candidates, 1)?;
		let to: T::AccountId = account("fresh", 0, 0);
		#[block]
		{
			let (record, amount) = Pallet::<T>::check_settlement(&pseudonym, &to, true)
				.map_err(|_| BenchmarkError::Stop("the settlement passes the checks"))?;
			let context =
				bmx_primitives::anonymity::pseudonym_context(&Pallet::<T>::genesis_hash());
			let message = bmx_primitives::anonymity::settlement_message(
				&pseudonym,
				&to.encode(),
				record.settlements,
				true,
			);
			core::hint::black_box((context, message, amount));
			Pallet::<T>::validity((b"settle", pseudonym, record.settlements), SETTLEMENT_LONGEVITY)
				.map_err(|_| BenchmarkError::Stop("a valid settlement has a validity"))?;
		}
		Ok(())
	}

	#[benchmark]
	fn settle_pseudonym() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		enrol_many::<T>(&fixture.candidates, T::MinCandidates::get())?;
		let pseudonym = [0xee; 32];
		let to: T::AccountId = account("fresh", 0, 0);
		let ring = RingRef { scope: RingScope::Evaluators, index: 0, revision: 1 };
		let now = frame_system::Pallet::<T>::block_number();
		#[extrinsic_call]
		_(RawOrigin::Authorized, ring, now, pseudonym, to.clone(), true, ProofOf::<T>::default());
		assert_eq!(T::Currency::balance(&to), T::Bond::get());
		Ok(())
	}

	#[benchmark]
	fn top_up_bond() -> Result<(), BenchmarkError> {
		let fixture = fixture::<T>()?;
		enrol_many::<T>(&fixture.candidates, 1)?;
		let pseudonym = [0xee; 32];
		Pallet::<T>::ensure_pseudonym(&pseudonym)?;
		Pseudonyms::<T>::mutate(pseudonym, |record| {
			if let Some(record) = record {
				record.credit = Zero::zero();
			}
		});
		// The pool paid the slashed credit out.
		let _ = T::Currency::burn_from(
			&Pallet::<T>::pool_account(),
			T::Bond::get(),
			frame_support::traits::tokens::Preservation::Preserve,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Force,
		);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), pseudonym);
		assert_eq!(Pseudonyms::<T>::get(pseudonym).map(|r| r.credit), Some(T::Bond::get()));
		Ok(())
	}

	#[benchmark]
	fn record_outcome() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		fill::<T>(fixture.panel, true)?;
		let revealed = T::PanelSize::get();
		Panels::<T>::mutate(fixture.panel, |panel| {
			if let Some(panel) = panel {
				panel.state = PanelState::Concluded { revealed };
			}
		});
		#[block]
		{
			Pallet::<T>::do_record_outcome(fixture.panel, 0, true);
		}
		assert!(Panels::<T>::get(fixture.panel).is_some_and(|p| p.outcome_recorded));
		Ok(())
	}

	#[benchmark]
	fn cancel_panel() -> Result<(), BenchmarkError> {
		let fixture = fixture_panel::<T>()?;
		fill::<T>(fixture.panel, false)?;
		bar_earlier_rounds::<T>(fixture.panel);
		#[block]
		{
			Pallet::<T>::do_cancel_panel(fixture.panel)?;
		}
		assert_eq!(Panels::<T>::get(fixture.panel).map(|p| p.state), Some(PanelState::Cancelled));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::benchmarks(), crate::mock::Test);
}

/// A selection of `panel` committed to [`MAX_SCORE`] for every option with salt `[7; 32]`,
/// and the block moved to the reveals; returns its ticket, scores and salt.
fn committed<T: Config>(panel: PanelId) -> Result<(Alias, ScoresOf<T>, Salt), BenchmarkError> {
	fill::<T>(panel, false)?;
	let scores = ScoresOf::<T>::truncate_from(
		(0..T::MaxOptions::get()).map(|_| MAX_SCORE).collect::<Vec<_>>(),
	);
	let salt = [7u8; 32];
	let mut selections = Selections::<T>::get(panel);
	let selection = selections.last_mut().ok_or(BenchmarkError::Weightless)?;
	selection.commitment = score_commitment(panel, 0, &selection.ticket, &scores, &salt);
	let ticket = selection.ticket;
	Selections::<T>::insert(panel, selections);
	frame_system::Pallet::<T>::set_block_number(10u32.into());
	Ok((ticket, scores, salt))
}
