//! Anonymity: verified persons register member keys, the rings are built, and a municipal
//! participatory budget is voted by ring proof through the runtime's real extension pipeline,
//! as general transactions with no signer and no fee.

use super::{registries::credential, *};
use crate::{
	configs::{
		credentials, AnonymityBenchmarkFixture, PanelTicketFixture, ANONYMITY_BENCHMARK_FIXTURE,
		MAX_BALLOT_DURATION,
	},
	AnonymityRings, Balances, DigitalIdentity, Executive, SecretBallots, TxExtension,
	UncheckedExtrinsic,
};
use bmx_primitives::{
	anonymity::{
		ballot_context, pseudonym_context, ticket_context, ticket_message, vote_message, Alias,
		MemberKey, RingRef, RingScope,
	},
	identity::{Adulthood, Jurisdiction, MexicanState, Residency},
};
use pallet_anonymity_rings::crypto::RingCrypto;
use pallet_secret_ballots::{BallotKind, BallotOption, VoteRefusal};
use sp_runtime::{
	generic::Era,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use verifiable::{
	ring::{bandersnatch::BandersnatchVrfVerifiable as Vrf, RingDomainSize},
	GenerateVerifiable,
};

const RENAPO: Sr25519Keyring = Sr25519Keyring::One;
pub(super) const DOMAIN: RingDomainSize = RingDomainSize::Domain12;

pub(super) fn guadalajara() -> Jurisdiction {
	Jurisdiction { state: MexicanState::Jalisco, municipality: 39 }
}

fn zapopan() -> Jurisdiction {
	Jurisdiction { state: MexicanState::Jalisco, municipality: 120 }
}

pub(super) fn account(seed: u8) -> AccountId {
	AccountId::from([seed; 32])
}

/// A citizen: its account, its ring secret and member key.
pub(super) struct Citizen {
	pub(super) account: AccountId,
	pub(super) secret: <Vrf as GenerateVerifiable>::Secret,
	pub(super) key: MemberKey,
}

pub(super) fn citizen(seed: u8, lives_in: Jurisdiction) -> Citizen {
	let account = account(seed);
	let person_key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", seed));
	assert_ok!(DigitalIdentity::verify_person(
		RuntimeOrigin::signed(RENAPO.to_account_id()),
		account.clone(),
		person_key,
		Residency::National(lives_in),
		Adulthood::Adult,
	));
	let secret = Vrf::new_secret([seed; 32]);
	let key = Vrf::member_from_secret(&secret);
	Citizen { account, secret, key }
}

/// `citizen` registers its member key, signing the possession message with its ring secret.
pub(super) fn register(citizen: &Citizen) {
	let possession =
		Vrf::sign(&citizen.secret, &AnonymityRings::possession_message(&citizen.account))
			.expect("a secret signs; qed");
	assert_ok!(AnonymityRings::register_member_key(
		RuntimeOrigin::signed(citizen.account.clone()),
		citizen.key,
		possession,
	));
}

/// Onboards the waiting keys of `scope` and builds its ring 0 until a revision is published;
/// returns that revision.
pub(super) fn build(scope: RingScope) -> RingRef {
	let anyone = RuntimeOrigin::signed(account(99));
	// Nothing waits when the ring only lost keys: then it is just rebuilt.
	if pallet_anonymity_rings::Queues::<Runtime>::contains_key(scope) {
		assert_ok!(AnonymityRings::onboard(anyone.clone(), scope));
	}
	for _ in 0..10 {
		assert_ok!(AnonymityRings::build_ring(anyone.clone(), scope, 0));
		let published = System::events().into_iter().rev().find_map(|record| match record.event {
			RuntimeEvent::AnonymityRings(pallet_anonymity_rings::Event::RingPublished {
				scope: s,
				index,
				revision,
				..
			}) if s == scope => Some(RingRef { scope, index, revision }),
			_ => None,
		});
		if let Some(ring) = published {
			return ring;
		}
	}
	panic!("ring of {scope:?} not published");
}

/// The member keys of `ring` in ring order, as a prover reads them.
pub(super) fn members(ring: &RingRef) -> Vec<MemberKey> {
	AnonymityRings::ring_members(ring.scope, ring.index, ring.revision)
		.expect("the revision is kept")
}

/// `voter`'s proof of membership of `keys` for a vote of `choices` in `ballot_id`, claimed
/// against `ring`.
fn prove(
	voter: &Citizen,
	keys: &[MemberKey],
	ballot_id: u32,
	ring: &RingRef,
	choices: &[u32],
) -> (Vec<u8>, Alias) {
	let commitment = Vrf::open(DOMAIN, &voter.key, keys.iter().cloned()).expect("a member opens");
	let context = ballot_context(&AnonymityRings::genesis_hash(), ballot_id);
	let (proof, alias) =
		Vrf::create(commitment, &voter.secret, &context, &vote_message(ballot_id, ring, choices))
			.expect("a member proves");
	(proof.into_inner(), alias)
}

/// A vote as a general transaction: the runtime's extensions, no signer, no nonce, no tip.
fn general_vote(
	ballot_id: u32,
	ring: RingRef,
	alias: Alias,
	choices: &[u32],
	proof: Vec<u8>,
) -> UncheckedExtrinsic {
	general(RuntimeCall::SecretBallots(pallet_secret_ballots::Call::cast_secret_vote {
		ballot_id,
		ring,
		alias,
		choices: choices.to_vec().try_into().expect("within MaxChoices"),
		proof: proof.try_into().expect("within MaxProofLen"),
	}))
}

/// `call` as a general transaction: the runtime's extensions, no signer, no nonce, no tip; a
/// call's own authorization (`#[pallet::authorize]`) gives its origin.
pub(super) fn general(call: RuntimeCall) -> UncheckedExtrinsic {
	let extension: TxExtension = (
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(0),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
			pallet_fee_sponsorship::ChargeSponsored::<Runtime>::from(0),
		),
		pallet_revive::evm::tx_extension::SetOrigin::<Runtime>::default(),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	sp_runtime::generic::UncheckedExtrinsic::new_transaction(call, extension).into()
}

fn refused(refusal: VoteRefusal) -> sp_runtime::ApplyExtrinsicResult {
	Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(refusal.code())))
}

fn project(n: u8, pesos: u128) -> BallotOption {
	BallotOption { label: doc(n), amount_centavos: Some(pesos * 100) }
}

#[test]
fn a_municipal_participatory_budget_is_voted_secretly_feelessly_and_once_per_person() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// Five citizens of Guadalajara and one of Zapopan, none holding any BMX.
		let citizens: Vec<Citizen> = (10..15).map(|seed| citizen(seed, guadalajara())).collect();
		let outsider = citizen(20, zapopan());
		for who in citizens.iter().chain(core::iter::once(&outsider)) {
			assert_eq!(Balances::free_balance(&who.account), 0);
			register(who);
		}
		let ring = build(RingScope::Municipality(guadalajara()));
		let zapopan_ring = build(RingScope::Municipality(zapopan()));
		let keys = members(&ring);
		assert_eq!(keys.len(), 5);
		assert!(!keys.contains(&outsider.key));
		run_to_block(2);

		// An electoral official of Guadalajara opens the city's budget; it may not open
		// Zapopan's or a national one.
		let official = account(30);
		super::registries::person(&official);
		credential(&official, credentials::ELECTORAL_OFFICIAL);
		let options = vec![project(1, 400_000), project(2, 300_000), project(3, 500_000)];
		let open = |scope| {
			SecretBallots::open_ballot(
				RuntimeOrigin::signed(official.clone()),
				scope,
				BallotKind::Budget { budget_centavos: 800_000 * 100 },
				options.clone().try_into().expect("within MaxOptions"),
				1,
				2,
				20,
			)
		};
		assert!(open(RingScope::Municipality(zapopan())).is_err());
		assert!(open(RingScope::National).is_err());
		assert_ok!(open(RingScope::Municipality(guadalajara())));
		let ballot = 0;

		// Votes: projects 1, 1, 2, 3, 3 → 1 and 3 tie with two votes; 2 has one.
		let issuance = Balances::total_issuance();
		let choices = [0u32, 0, 1, 2, 2];
		let mut aliases = Vec::new();
		for (voter, choice) in citizens.iter().zip(choices) {
			let (proof, alias) = prove(voter, &keys, ballot, &ring, &[choice]);
			assert_eq!(
				Executive::apply_extrinsic(general_vote(ballot, ring, alias, &[choice], proof)),
				Ok(Ok(()))
			);
			aliases.push(alias);
		}
		assert_eq!(Balances::total_issuance(), issuance, "no fee was charged");
		assert_eq!(pallet_secret_ballots::Turnout::<Runtime>::get(ballot), 5);

		// A second vote by the same person is refused, whatever it chooses.
		let (proof, alias) = prove(&citizens[0], &keys, ballot, &ring, &[1]);
		assert_eq!(alias, aliases[0], "one alias per person and ballot");
		assert_eq!(
			Executive::apply_extrinsic(general_vote(ballot, ring, alias, &[1], proof)),
			refused(VoteRefusal::AlreadyVoted)
		);
		// The outsider's own ring serves another municipality.
		let (proof, alias) = prove(&outsider, &members(&zapopan_ring), ballot, &zapopan_ring, &[1]);
		assert_eq!(
			Executive::apply_extrinsic(general_vote(ballot, zapopan_ring, alias, &[1], proof)),
			refused(VoteRefusal::RingOutOfScope)
		);
		// A proof over Guadalajara's keys plus its own does not prove membership of the ring.
		let forged: Vec<MemberKey> = keys.iter().cloned().chain([outsider.key]).collect();
		let (proof, alias) = prove(&outsider, &forged, ballot, &ring, &[1]);
		assert_eq!(
			Executive::apply_extrinsic(general_vote(ballot, ring, alias, &[1], proof)),
			refused(VoteRefusal::InvalidProof)
		);

		// The public record holds aliases, never an account or a member key.
		let secret_kept = |bytes: &[u8]| {
			citizens.iter().all(|c| {
				!bytes.windows(32).any(|w| w == c.key || w == AsRef::<[u8]>::as_ref(&c.account))
			})
		};
		for record in System::events() {
			if let RuntimeEvent::SecretBallots(event) = &record.event {
				assert!(secret_kept(&event.encode()), "an event names a voter: {event:?}");
			}
		}

		// The close takes the projects by votes, the cheaper first in a tie: project 1 (two
		// votes, 400,000) is funded; project 3 (two votes, 500,000) does not fit in the 400,000
		// left; project 2 (one vote, 300,000) does.
		run_to_block(20);
		assert_ok!(SecretBallots::close_ballot(RuntimeOrigin::signed(account(99)), ballot));
		let result = pallet_secret_ballots::Results::<Runtime>::get(ballot).expect("closed");
		assert_eq!(result.funded.into_inner(), vec![0, 1]);
		assert_invariants();
	});
}

#[test]
fn a_revoked_person_leaves_its_rings_at_the_next_build() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let citizens: Vec<Citizen> = (10..13).map(|seed| citizen(seed, guadalajara())).collect();
		citizens.iter().for_each(register);
		let scope = RingScope::Municipality(guadalajara());
		let first = build(scope);
		assert_eq!(members(&first).len(), 3);
		run_to_block(2);
		// The identity pallet's hook takes the key out; the next build publishes the ring
		// without it, while the first revision stays usable for ballots that pinned it.
		assert_ok!(DigitalIdentity::revoke_person(
			RuntimeOrigin::signed(RENAPO.to_account_id()),
			citizens[0].account.clone(),
			doc(1),
		));
		let second = build(scope);
		assert!(second.revision > first.revision);
		let keys = members(&second);
		assert_eq!(keys.len(), 2);
		assert!(!keys.contains(&citizens[0].key));
		assert!(
			<AnonymityRings as bmx_primitives::anonymity::AnonymousMembership<_>>::usable_ring(
				&first, 1
			)
			.is_ok()
		);
		assert_invariants();
	});
}

#[test]
fn replaced_ring_revisions_outlive_the_longest_ballot() {
	use frame_support::traits::Get;
	let retention: u32 =
		<<Runtime as pallet_anonymity_rings::Config>::RootRetention as Get<u32>>::get();
	assert!(retention > MAX_BALLOT_DURATION);
	assert_eq!(
		<<Runtime as pallet_secret_ballots::Config>::MaxBallotDuration as Get<u32>>::get(),
		MAX_BALLOT_DURATION
	);
}

/// Members of the benchmark fixture's ring: keys from fixed seeds.
fn fixture_secret(i: u32) -> <Vrf as GenerateVerifiable>::Secret {
	let mut entropy = [0u8; 32];
	entropy[..4].copy_from_slice(&i.to_le_bytes());
	entropy[4..16].copy_from_slice(b"bmx/fixture/");
	Vrf::new_secret(entropy)
}

#[test]
fn the_benchmark_fixture_verifies_on_the_runtime_ring_domain() {
	use frame_support::traits::Get;
	let fixture = AnonymityBenchmarkFixture::get();
	assert_eq!(fixture.members.len(), 767, "a full ring of the runtime's domain");
	assert_eq!(fixture.choices.len(), 5, "MaxChoices choices");
	let builder = Vrf::absorb(DOMAIN, &Vrf::start_ring(DOMAIN), &fixture.members)
		.expect("the fixture's keys are valid");
	let root = Vrf::finish_ring(&builder).expect("a root");
	let aliases = Vrf::verify_membership(
		DOMAIN,
		&root,
		&fixture.proof,
		&[&ballot_context(&fixture.genesis, fixture.ballot_id)],
		&vote_message(fixture.ballot_id, &fixture.ring, &fixture.choices),
	)
	.expect("the fixture verifies");
	assert_eq!(aliases, vec![fixture.alias]);
	assert!(!ANONYMITY_BENCHMARK_FIXTURE.is_empty());

	// The ticket verifies against a panel ring of the same keys in the same order, within the
	// panels' proof bound, and a full panel of the runtime's size takes it.
	let ticket = &fixture.ticket;
	let panel_size: u32 =
		<<Runtime as pallet_anonymous_panels::Config>::PanelSize as Get<u32>>::get();
	assert!(
		pallet_anonymous_panels::ticket_prefix(&ticket.ticket)
			<= pallet_anonymous_panels::ticket_threshold(767, panel_size)
	);
	let ring = RingRef { scope: RingScope::Panel(ticket.panel), index: 0, revision: 1 };
	assert!(ticket.proof.len() <= pallet_anonymous_panels::MIN_TICKET_PROOF_LEN as usize);
	let aliases = Vrf::verify_membership(
		DOMAIN,
		&root,
		&ticket.proof,
		&[
			&ticket_context(&fixture.genesis, ticket.panel, 0, &ticket.seed)[..],
			&pseudonym_context(&fixture.genesis)[..],
		],
		&ticket_message(ticket.panel, 0, &ring, &ticket.commitment),
	)
	.expect("the ticket verifies");
	assert_eq!(aliases, vec![ticket.ticket, ticket.pseudonym]);
}

/// The lowest ticket among the fixture's members for round 0 of panel 0, whose ring holds
/// `members` (its first revision): below the threshold of a panel of the runtime's size among
/// all of them, so the benchmarks' full panel takes it.
fn panel_ticket_fixture(
	secrets: &[<Vrf as GenerateVerifiable>::Secret],
	members: &[MemberKey],
	genesis: &[u8; 32],
) -> PanelTicketFixture {
	let (panel, seed, commitment) = (0, [1u8; 32], [3u8; 32]);
	let ring = RingRef { scope: RingScope::Panel(panel), index: 0, revision: 1 };
	let contexts = [ticket_context(genesis, panel, 0, &seed), pseudonym_context(genesis)];
	let prover = (0..secrets.len())
		.min_by_key(|&i| Vrf::alias_in_context(&secrets[i], &contexts[0]).expect("an alias"))
		.expect("the fixture has members");
	let opened =
		Vrf::open(DOMAIN, &members[prover], members.iter().cloned()).expect("a member opens");
	let (proof, aliases) = Vrf::create_multi_context(
		opened,
		&secrets[prover],
		&[&contexts[0][..], &contexts[1][..]],
		&ticket_message(panel, 0, &ring, &commitment),
	)
	.expect("a member proves");
	let aliases: Vec<Alias> = aliases.into_iter().collect();
	PanelTicketFixture {
		panel,
		seed,
		commitment,
		proof: proof.into_inner(),
		ticket: aliases[0],
		pseudonym: aliases[1],
	}
}

/// Writes `configs/anonymity-benchmark-fixture.scale`. Run it after a change of the domain,
/// `MaxChoices`, or the context and message formats of votes or tickets:
/// `cargo test -p bmx-runtime -- --ignored write_the_anonymity_benchmark_fixture`.
#[test]
#[ignore]
fn write_the_anonymity_benchmark_fixture() {
	let secrets: Vec<_> = (0..767).map(fixture_secret).collect();
	let members: Vec<MemberKey> = secrets.iter().map(Vrf::member_from_secret).collect();
	let genesis = [69u8; 32];
	let ballot_id = 0;
	let ring = RingRef { scope: RingScope::National, index: 0, revision: 1 };
	let choices = vec![0, 1, 2, 3, 4];
	let voter = 383;
	let commitment = Vrf::open(DOMAIN, &members[voter], members.iter().cloned()).expect("opens");
	let (proof, alias) = Vrf::create(
		commitment,
		&secrets[voter],
		&ballot_context(&genesis, ballot_id),
		&vote_message(ballot_id, &ring, &choices),
	)
	.expect("proves");
	let ticket = panel_ticket_fixture(&secrets, &members, &genesis);
	let fixture = AnonymityBenchmarkFixture {
		members,
		genesis,
		ballot_id,
		ring,
		choices,
		proof: proof.into_inner(),
		alias,
		ticket,
	};
	let path =
		concat!(env!("CARGO_MANIFEST_DIR"), "/src/configs/anonymity-benchmark-fixture.scale");
	std::fs::write(path, fixture.encode()).expect("writes the fixture");
}
