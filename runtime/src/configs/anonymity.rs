//! Anonymity: the rings of verified persons' member keys (ring VRF); the secret ballots that
//! citizens vote in with a proof of membership, feeless and without an account; and the
//! evaluation panels drawn anonymously from the certified evaluators' roster.

use bmx_primitives::{
	anonymity::RingScope,
	identity::{CredentialsInspect, VerifiedPersons},
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, EnsureOrigin, EnsureOriginWithArg},
	PalletId,
};

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
		// The evaluators' roster, the former evaluators and the panels are never a ballot's
		// scope (the ballots pallet refuses them whoever opens).
		let serves = match (scope, lives_in) {
			(RingScope::Municipality(target), Some(home)) => *target == home,
			(RingScope::State(target), Some(home)) => *target == home.state,
			(RingScope::Municipality(_) | RingScope::State(_), None) => false,
			(
				RingScope::National
				| RingScope::Evaluators
				| RingScope::FormerEvaluators
				| RingScope::Panel(_),
				_,
			) => false,
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

parameter_types! {
	/// Rings on the 2^12 domain: up to 767 members, about an INE polling section's voters.
	pub const RingDomain: pallet_anonymity_rings::crypto::RingDomainSize =
		pallet_anonymity_rings::crypto::RingDomainSize::Domain12;
	/// A scope's keys join in batches of at least 128, and a ring answers for proofs once it
	/// has 128 members (test chains lower both in their genesis).
	pub const DefaultRingSettings: pallet_anonymity_rings::ScopeSettings =
		pallet_anonymity_rings::ScopeSettings { onboarding_size: 128, min_ring_size: 128 };
	/// Evaluators join the roster in cohorts of at least 10 (a pseudonym hides within its
	/// cohort), and a roster ring answers for proofs once it has 20 members
	/// (`docs/issue-14-study.md` §3.1).
	pub const DefaultRosterSettings: pallet_anonymity_rings::ScopeSettings =
		pallet_anonymity_rings::ScopeSettings { onboarding_size: 10, min_ring_size: 20 };
	/// A panel's ring answers for proofs only with at least 20 candidates, the smallest
	/// anonymity set an evaluator's ticket may hide in (`docs/issue-14-study.md` §3.1); a
	/// smaller panel is refused and governance decides. Panels are formed at once: no
	/// onboarding.
	pub const DefaultPanelSettings: pallet_anonymity_rings::ScopeSettings =
		pallet_anonymity_rings::ScopeSettings { onboarding_size: 1, min_ring_size: 20 };
	/// Evaluators who leave the roster join the former evaluators' rings in cohorts of at
	/// least 10, as they joined the roster (the revision a settlement proves against then
	/// says little about when its evaluator left), and a former evaluators' ring answers for
	/// settlements once it has 20 members, the roster's minimum.
	pub const DefaultFormerEvaluatorSettings: pallet_anonymity_rings::ScopeSettings =
		pallet_anonymity_rings::ScopeSettings { onboarding_size: 10, min_ring_size: 20 };
}

/// The longest secret ballot, from its opening (the ring snapshot) to its end: 60 days.
pub const MAX_BALLOT_DURATION: BlockNumber = 60 * DAYS;

impl pallet_anonymity_rings::Config for Runtime {
	type Crypto = pallet_anonymity_rings::crypto::BandersnatchVrfVerifiable;
	type Domain = RingDomain;
	type MaxRingSize = ConstU32<767>;
	/// Keys absorbed per build step: a full ring in six steps.
	type BuildBatch = ConstU32<128>;
	type MaxQueueLength = ConstU32<1_024>;
	/// A counter's bound, not a vector's: enough for every adult of Mexico in national rings of
	/// 767 (about 130,000 rings).
	type MaxRings = ConstU32<200_000>;
	/// Revisions a ring keeps within `RootRetention` (a publication a day).
	type MaxRevisionsKept = ConstU32<64>;
	/// A replaced revision stays usable a day longer than the longest ballot that may have
	/// pinned it.
	type RootRetention = ConstU32<{ MAX_BALLOT_DURATION + DAYS }>;
	/// A person changes its key at most once a week (each change forces its rings' rebuilds).
	type MinRotationInterval = ConstU32<{ 7 * DAYS }>;
	type Persons = DigitalIdentity;
	/// An ordinary decision of the Executive Council sets onboarding batches and minimum ring
	/// sizes.
	type AdminOrigin = ExecutiveOrdinary;
	type DefaultScopeSettings = DefaultRingSettings;
	type DefaultRosterSettings = DefaultRosterSettings;
	type DefaultPanelSettings = DefaultPanelSettings;
	type DefaultFormerEvaluatorSettings = DefaultFormerEvaluatorSettings;
	type WeightInfo = pallet_anonymity_rings::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AnonymityBenchmarkHelper;
}

impl pallet_secret_ballots::Config for Runtime {
	type Rings = AnonymityRings;
	type OpenOrigin = EnsureBallotOpener;
	type Time = Timestamp;
	/// A participatory budget of up to 64 projects.
	type MaxOptions = ConstU32<64>;
	/// A citizen supports up to five projects.
	type MaxChoices = ConstU32<5>;
	/// Proofs with one context.
	type MaxProofLen = ConstU32<{ pallet_secret_ballots::MIN_PROOF_LEN }>;
	type MaxBallotDuration = ConstU32<MAX_BALLOT_DURATION>;
	type WeightInfo = pallet_secret_ballots::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AnonymityBenchmarkHelper;
}

parameter_types! {
	/// The pool of the evaluators' bonds, the panels' open fees and unsettled pay.
	pub const PanelsPalletId: PalletId = PalletId(*b"bmx/panl");
	/// Every certified evaluator pays the same bond at enrolment: 1,000 BMX. Equal bonds keep
	/// a pseudonym's credit from telling one evaluator from another.
	pub const EvaluatorBond: Balance = 1_000 * UNIT;
	/// A selected evaluator that does not reveal its scores loses 500 BMX of its bond credit:
	/// at least its share of a tender's evaluation fee (2,500 BMX among five), so that a bribe
	/// to stay silent costs the evaluator more than revealing pays. Two missed reveals empty a
	/// bond.
	pub const NonRevealSlash: Balance = 500 * UNIT;
}

impl pallet_anonymous_panels::Config for Runtime {
	type Currency = Balances;
	type Rings = AnonymityRings;
	type MemberKeys = AnonymityRings;
	type Credentials = DigitalIdentity;
	/// The certified tender evaluators' credential (the first founding type).
	type EvaluatorCredential = super::tenders::EvaluatorCredential;
	type PalletId = PanelsPalletId;
	type Bond = EvaluatorBond;
	type NonRevealSlash = NonRevealSlash;
	/// Slashed bond credit goes where fees go: the treasury of the collective whose node
	/// authored the block (`configs/fees.rs`).
	type Slash = super::ToAuthorsCollective;
	/// The roster is one ring of the runtime's domain.
	type MaxEvaluators = ConstU32<767>;
	/// Five evaluators score a tender, as a comité de evaluación of public procurement.
	type PanelSize = ConstU32<5>;
	/// Three reveals conclude a round: a majority of the panel.
	type MinRevealed = ConstU32<3>;
	/// A panel's ring hides each ticket among at least 20 candidates, the panels' ring
	/// minimum (`DefaultPanelSettings`).
	type MinCandidates = ConstU32<20>;
	/// The first round and two re-runs; then the panel fails and the buyer decides without it.
	type MaxRounds = frame_support::traits::ConstU8<3>;
	/// As many options as a tender takes bids.
	type MaxOptions = ConstU32<50>;
	/// Ticket proofs: two contexts (the round's and the pseudonym's).
	type MaxProofLen = ConstU32<{ pallet_anonymous_panels::MIN_TICKET_PROOF_LEN }>;
	type InitialReputation = frame_support::traits::ConstI32<0>;
	/// As the tenders' former evaluator rule (below -3 no longer scores): a pseudonym that lost
	/// four points more than it gained (a point per backed contract that failed and per missed
	/// reveal, back one per backed contract completed) is barred. At -3 it still takes
	/// tickets; at -4 it no longer does.
	type MinReputation = frame_support::traits::ConstI32<-3>;
	/// A score of 70 out of 100 for the option the buyer chose counts as backing it.
	type HighScore = frame_support::traits::ConstU8<70>;
	type WeightInfo = pallet_anonymous_panels::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AnonymityBenchmarkHelper;
}

/// A vote proved off line against a full national ring of the runtime's domain (767 members,
/// keys from fixed seeds), and a panel ticket against a panel ring of the same keys, for the
/// benchmarks, which cannot prove inside the runtime. Written by
/// the ignored runtime test `write_the_anonymity_benchmark_fixture`; the test
/// `the_benchmark_fixture_verifies_on_the_runtime_ring_domain` keeps it valid.
#[cfg(any(feature = "runtime-benchmarks", test))]
#[derive(codec::Encode, codec::Decode, Clone, Debug)]
pub struct AnonymityBenchmarkFixture {
	/// The ring's member keys in ring order.
	pub members: alloc::vec::Vec<bmx_primitives::anonymity::MemberKey>,
	/// The genesis hash the vote's context was made with.
	pub genesis: [u8; 32],
	/// The ballot voted in.
	pub ballot_id: u32,
	/// The ring revision proved against: the first revision of national ring 0.
	pub ring: bmx_primitives::anonymity::RingRef,
	/// The choices (as many as `MaxChoices`).
	pub choices: alloc::vec::Vec<u32>,
	/// The proof.
	pub proof: alloc::vec::Vec<u8>,
	/// The alias it proves.
	pub alias: bmx_primitives::anonymity::Alias,
	/// An evaluator's ticket for round 0 of panel [`Self::panel`], whose ring holds
	/// [`Self::members`] in this order, with the contexts made of [`Self::genesis`].
	pub ticket: PanelTicketFixture,
}

/// A ticket proved off line for the panels' benchmarks: see [`AnonymityBenchmarkFixture`].
#[cfg(any(feature = "runtime-benchmarks", test))]
#[derive(codec::Encode, codec::Decode, Clone, Debug)]
pub struct PanelTicketFixture {
	/// The panel.
	pub panel: bmx_primitives::anonymity::PanelId,
	/// The seed of its round 0.
	pub seed: [u8; 32],
	/// The score commitment the proof binds.
	pub commitment: [u8; 32],
	/// The two-context proof (the round's ticket and the pseudonym).
	pub proof: alloc::vec::Vec<u8>,
	/// The ticket it proves.
	pub ticket: bmx_primitives::anonymity::Alias,
	/// The pseudonym it proves.
	pub pseudonym: bmx_primitives::anonymity::Alias,
}

#[cfg(any(feature = "runtime-benchmarks", test))]
/// The committed fixture's bytes (SCALE).
pub const ANONYMITY_BENCHMARK_FIXTURE: &[u8] = include_bytes!("anonymity-benchmark-fixture.scale");

#[cfg(any(feature = "runtime-benchmarks", test))]
impl AnonymityBenchmarkFixture {
	/// The committed fixture.
	pub fn get() -> Self {
		<Self as codec::Decode>::decode(&mut &ANONYMITY_BENCHMARK_FIXTURE[..])
			.expect("the committed fixture decodes (checked by a runtime test); qed")
	}
}

/// Verified persons through the identity pallet, and the committed proof, for the benchmarks of
/// both anonymity pallets.
#[cfg(feature = "runtime-benchmarks")]
pub struct AnonymityBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_anonymity_rings::BenchmarkHelper<AccountId> for AnonymityBenchmarkHelper {
	/// A second call moves the person in the identity pallet's storage without its hook: the
	/// benchmarks of `refresh_member` measure a change the hook has not yet acted on.
	fn verify_adult(who: &AccountId, index: u32, residency: pallet_digital_identity::Residency) {
		if pallet_digital_identity::Persons::<Runtime>::contains_key(who) {
			pallet_digital_identity::Persons::<Runtime>::mutate(who, |person| {
				if let Some(person) = person {
					person.residency = residency;
				}
			});
		} else {
			super::IdentityBenchmarkHelper::verify_person_in(who, index, residency);
		}
	}

	/// Ends the identity in the identity pallet's storage without its hook (see above).
	fn end_identity(who: &AccountId) {
		pallet_digital_identity::Persons::<Runtime>::remove(who);
	}

	fn proof_fixture() -> pallet_anonymity_rings::ProofFixture {
		let fixture = AnonymityBenchmarkFixture::get();
		pallet_anonymity_rings::ProofFixture {
			context: bmx_primitives::anonymity::ballot_context(&fixture.genesis, fixture.ballot_id)
				.to_vec(),
			message: bmx_primitives::anonymity::vote_message(
				fixture.ballot_id,
				&fixture.ring,
				&fixture.choices,
			)
			.to_vec(),
			members: fixture.members,
			proof: fixture.proof,
			alias: fixture.alias,
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_secret_ballots::BenchmarkHelper for AnonymityBenchmarkHelper {
	fn vote_fixture() -> pallet_secret_ballots::VoteFixture {
		let fixture = AnonymityBenchmarkFixture::get();
		let ring = AnonymityRings::publish_for_benchmarks(fixture.ring.scope, &fixture.members)
			.expect("the fixture's keys make a valid ring; qed");
		assert_eq!(ring, fixture.ring, "the fixture was proved against the first revision");
		pallet_secret_ballots::VoteFixture {
			genesis: fixture.genesis,
			ballot_id: fixture.ballot_id,
			ring: fixture.ring,
			alias: fixture.alias,
			choices: fixture.choices,
			proof: fixture.proof,
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_anonymous_panels::BenchmarkHelper<AccountId> for AnonymityBenchmarkHelper {
	/// Identifies `who` as a person, issues it the evaluator credential, and records `key` as
	/// its member key straight in the ring service's storage: the runtime cannot sign the
	/// key's possession proof, and the panels' benchmarks need no residency ring.
	fn certify(who: &AccountId, key: bmx_primitives::anonymity::MemberKey) {
		super::IdentityBenchmarkHelper::issue_credential(who, credentials::TENDER_EVALUATOR);
		let person = <DigitalIdentity as VerifiedPersons<AccountId>>::person_key(who)
			.expect("issue_credential identifies the holder; qed");
		let residency = pallet_digital_identity::Persons::<Runtime>::get(who)
			.map(|record| record.residency)
			.expect("issue_credential identifies the holder; qed");
		pallet_anonymity_rings::Members::<Runtime>::insert(
			person,
			pallet_anonymity_rings::MemberRecord {
				account: who.clone(),
				key,
				residency,
				registered_at: System::block_number(),
			},
		);
		pallet_anonymity_rings::KeyOwners::<Runtime>::insert(key, person);
	}

	fn ticket_fixture() -> pallet_anonymous_panels::TicketFixture {
		let fixture = AnonymityBenchmarkFixture::get();
		pallet_anonymous_panels::TicketFixture {
			genesis: fixture.genesis,
			panel: fixture.ticket.panel,
			seed: fixture.ticket.seed,
			candidates: fixture.members,
			ticket: fixture.ticket.ticket,
			pseudonym: fixture.ticket.pseudonym,
			commitment: fixture.ticket.commitment,
			proof: fixture.ticket.proof,
		}
	}

	/// Runs the ring service's idle work (onboarding, then building) until no key waits in a
	/// ready queue and no ring is pending: the roster's keys are then in a published ring, so
	/// that `leave` and `refresh_evaluator` measure a removal from a ring, not from a queue. A
	/// full ring takes `MaxRingSize / BuildBatch` onboardings and steps, so the bound is never
	/// reached.
	fn build_rings() {
		use frame_support::traits::Hooks;
		for _ in 0..64 {
			let pending =
				pallet_anonymity_rings::PendingBuilds::<Runtime>::iter_keys().next().is_some();
			let ready =
				pallet_anonymity_rings::ReadyScopes::<Runtime>::iter_keys().next().is_some();
			if !pending && !ready {
				return;
			}
			AnonymityRings::on_idle(System::block_number(), frame_support::weights::Weight::MAX);
		}
	}
}
