//! Anonymity: the rings of verified persons' member keys (ring VRF) and the secret ballots that
//! citizens vote in with a proof of membership, feeless and without an account.

use bmx_primitives::{
	anonymity::RingScope,
	identity::{CredentialsInspect, VerifiedPersons},
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, EnsureOrigin, EnsureOriginWithArg},
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
		// The evaluators' roster and the panels are never a ballot's scope (the ballots pallet
		// refuses them whoever opens).
		let serves = match (scope, lives_in) {
			(RingScope::Municipality(target), Some(home)) => *target == home,
			(RingScope::State(target), Some(home)) => *target == home.state,
			(RingScope::Municipality(_) | RingScope::State(_), None) => false,
			(RingScope::National | RingScope::Evaluators | RingScope::Panel(_), _) => false,
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

/// A vote proved off line against a full national ring of the runtime's domain (767 members,
/// keys from fixed seeds), for the benchmarks, which cannot prove inside the runtime. Written by
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
