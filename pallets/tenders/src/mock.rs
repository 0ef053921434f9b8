//! Test runtime: System, Balances (bid deposits) and the tenders pallet, with the identity
//! traits answered by simple test stores.
//!
//! State of the externalities [`ExtBuilder`] builds, at block 1:
//! - no buyer unit, supplier or tender (see [`buyer_unit`], [`approved_supplier`]);
//! - verified organisations [`ACME`], [`BETA`], [`GAMMA`] and [`DELTA`];
//! - evaluator credentials for [`EVALUATORS`] and [`EVE`]; [`NOT_EVALUATOR`] has none;
//! - verified adults [`CITIZENS`] living in Jalisco, municipality 39 (Guadalajara), except
//!   [`ZAPOPAN_CITIZEN`] (Jalisco, 120), [`CDMX_CITIZEN`] (Ciudad de Mexico, 15) and
//!   [`ABROAD_CITIZEN`] (abroad); [`MINOR`] is a verified minor in Guadalajara;
//! - e.firma bound to [`OFFICIAL`], [`ACME`] and [`BETA`];
//! - accounts 1 to 99 hold [`INITIAL_BALANCE`].
//!
//! Origins: the buyer registry is account [`BUYER_REGISTRY`], the supplier registry
//! [`SUPPLIER_REGISTRY`], the review [`REVIEW`]. Selection probability 100%, minimum evaluator
//! reputation -2, e.firma required; all three can be changed per test.

use crate as pallet_tenders;
use crate::{
	AwardWeights, BuyerUnitId, CucopCode, Partida, PartidasOf, Schedule, ScheduleOf, TenderScope,
	VrfProofBytes,
};
use bmx_primitives::identity::{
	CredentialTypeId, CredentialsInspect, EfirmaInspect, Jurisdiction, MexicanState,
	OrganisationKey, PersonKey, Residency, ResidencyRoll, VerifiedOrganisations, VerifiedPersons,
};
use codec::Encode;
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{ConstU32, ConstU64},
};
use frame_system::EnsureSignedBy;
use sp_core::{crypto::VrfSecret, sr25519, Pair, H256};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Tenders: pallet_tenders,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The account behind [`crate::Config::BuyerRegistryOrigin`].
pub const BUYER_REGISTRY: u64 = 900;
/// The account behind [`crate::Config::SupplierRegistryOrigin`].
pub const SUPPLIER_REGISTRY: u64 = 901;
/// The account behind [`crate::Config::ReviewOrigin`].
pub const REVIEW: u64 = 902;

/// An official of buyer unit 0, e.firma-bound.
pub const OFFICIAL: u64 = 1;
/// A second official of buyer unit 0, without e.firma.
pub const OTHER_OFFICIAL: u64 = 2;
/// An account that acts for nobody.
pub const OUTSIDER: u64 = 99;

/// Verified organisations.
pub const ACME: u64 = 20;
/// A verified organisation.
pub const BETA: u64 = 21;
/// A verified organisation.
pub const GAMMA: u64 = 22;
/// A verified organisation that never registers as a supplier in the default state.
pub const DELTA: u64 = 23;

/// Accredited evaluators.
pub const EVALUATORS: [u64; 3] = [30, 31, 32];
/// A fourth accredited evaluator.
pub const EVE: u64 = 33;
/// An account without the evaluator credential.
pub const NOT_EVALUATOR: u64 = 34;

/// Verified adults of Guadalajara, Jalisco.
pub const CITIZENS: [u64; 5] = [40, 41, 42, 43, 44];
/// A verified adult of Zapopan, Jalisco.
pub const ZAPOPAN_CITIZEN: u64 = 45;
/// A verified adult of Ciudad de Mexico.
pub const CDMX_CITIZEN: u64 = 46;
/// A verified adult living abroad.
pub const ABROAD_CITIZEN: u64 = 47;
/// A verified minor of Guadalajara.
pub const MINOR: u64 = 48;

/// The evaluator credential type.
pub const EVALUATOR_CREDENTIAL: CredentialTypeId = 7;
/// The bid guarantee of [`create`]'s tender: 10% of [`BUDGET`], a unit per 1,000 centavos.
pub const DEPOSIT: u64 = 100;
/// The least bid guarantee.
pub const MIN_GUARANTEE: u64 = 50;
/// The market-research reference price of [`create`]'s tender: prices above 990,000 are not
/// acceptable.
pub const REFERENCE_PRICE: u128 = 900_000;
/// A CUCoP key the test catalogue has retired.
pub const RETIRED_CODE: CucopCode = CucopCode(99_999_999);
/// The social witness credential type.
pub const WITNESS_CREDENTIAL: CredentialTypeId = 8;
/// Budgets from this many centavos need a social witness.
pub const WITNESS_THRESHOLD: u128 = 5_000_000;
/// How long the runner-up has to sign.
pub const RUNNER_UP_PERIOD: u64 = 10;
/// The deposit held for each complaint.
pub const COMPLAINT_DEPOSIT: u64 = 40;
/// The balance of accounts 1 to 99.
pub const INITIAL_BALANCE: u64 = 1_000;
/// The budget of [`create`]'s tender, in centavos.
pub const BUDGET: u128 = 1_000_000;
/// The hash of a document.
pub const DOC: H256 = H256::repeat_byte(0xd0);

/// Guadalajara, Jalisco.
pub const GUADALAJARA: Jurisdiction =
	Jurisdiction { state: MexicanState::Jalisco, municipality: 39 };

ord_parameter_types! {
	pub const BuyerRegistryAccount: u64 = BUYER_REGISTRY;
	pub const SupplierRegistryAccount: u64 = SUPPLIER_REGISTRY;
	pub const ReviewAccount: u64 = REVIEW;
}

parameter_types! {
	pub const MinBidGuarantee: u64 = MIN_GUARANTEE;
	pub const BidGuarantee: Perbill = Perbill::from_percent(10);
	pub const PerformanceGuarantee: Perbill = Perbill::from_percent(10);
	pub const PriceCeilingMargin: Perbill = Perbill::from_percent(10);
	pub const ConvenientPriceShare: Perbill = Perbill::from_percent(60);
	pub const RunnerUpMargin: Perbill = Perbill::from_percent(10);
	pub const SocialWitnessCredential: CredentialTypeId = WITNESS_CREDENTIAL;
	pub const SocialWitnessThreshold: u128 = WITNESS_THRESHOLD;
	pub const ComplaintDeposit: u64 = COMPLAINT_DEPOSIT;
	pub const EvaluatorCredential: CredentialTypeId = EVALUATOR_CREDENTIAL;
	/// Statics so that tests can change them.
	pub static SelectionProbability: Perbill = Perbill::one();
	pub static MinReputation: i32 = -2;
	pub static EfirmaRequired: bool = true;
	pub static MaxTitle: u32 = 32;
	pub static MaxEvaluators: u32 = 4;
}

fn key(kind: &[u8], who: u64) -> Vec<u8> {
	[b":test:".as_slice(), kind, &who.encode()].concat()
}

/// What the test stores know about a verified person.
type PersonRecord = (PersonKey, Residency, bool);

/// A unit of the test currency per 1,000 centavos.
pub struct TestCentavosToBalance;
impl sp_runtime::traits::Convert<u128, u64> for TestCentavosToBalance {
	fn convert(centavos: u128) -> u64 {
		u64::try_from(centavos / 1_000).unwrap_or(u64::MAX)
	}
}

/// Every well-formed CUCoP key but [`RETIRED_CODE`].
pub struct TestCatalogue;
impl bmx_primitives::procurement::ProcurementCatalogue for TestCatalogue {
	fn is_active(code: CucopCode) -> bool {
		code.is_well_formed() && code != RETIRED_CODE
	}
}

/// Make `who` a verified person with the person key `person`.
pub fn set_person(who: u64, person: u8, residency: Residency, adult: bool) {
	unhashed::put(&key(b"person", who), &(H256::repeat_byte(person), residency, adult));
}

/// `who` moves to `residency` at the current block; until then it lived where it did.
pub fn move_person(who: u64, residency: Residency) {
	let (person, previous, adult) =
		unhashed::get::<PersonRecord>(&key(b"person", who)).expect("a verified person moves");
	let now = frame_system::Pallet::<Test>::block_number();
	unhashed::put(&key(b"moved", who), &(now, previous));
	unhashed::put(&key(b"person", who), &(person, residency, adult));
}

/// Remove `who`'s verified identity.
pub fn clear_person(who: u64) {
	unhashed::kill(&key(b"person", who));
}

/// Make `who` a verified organisation.
pub fn set_organisation(who: u64) {
	unhashed::put(&key(b"organisation", who), &H256::from_low_u64_be(who));
}

/// The organisation at `from` moves to `to`: its registrar revokes it at `from` and verifies
/// it, with the same key, at `to`.
pub fn move_organisation(from: u64, to: u64) {
	let organisation_key: H256 =
		unhashed::get(&key(b"organisation", from)).expect("a verified organisation moves");
	unhashed::kill(&key(b"organisation", from));
	unhashed::put(&key(b"organisation", to), &organisation_key);
}

/// The registrar revokes the organisation `who`.
pub fn revoke_organisation(who: u64) {
	unhashed::kill(&key(b"organisation", who));
}

/// Give `who` the credential `credential_type`.
pub fn set_credential(who: u64, credential_type: CredentialTypeId) {
	unhashed::put(&key(b"credential", who), &credential_type);
}

/// Revoke `who`'s credential.
pub fn revoke_credential(who: u64) {
	unhashed::kill(&key(b"credential", who));
}

/// Record that `who` signed `document` with its e.firma (a checked signing act).
pub fn set_efirma_signature(who: u64, document: H256) {
	unhashed::put(&[key(b"signed", who), document.encode()].concat(), &());
}

/// Make `who` an authorised representative of the organisation `organisation`.
pub fn set_representative(organisation: u64, who: u64) {
	unhashed::put(&[key(b"representative", organisation), who.encode()].concat(), &());
}

/// The identity test stores.
pub struct TestIdentity;

impl VerifiedPersons<u64> for TestIdentity {
	fn person_key(who: &u64) -> Option<PersonKey> {
		unhashed::get::<PersonRecord>(&key(b"person", *who)).map(|p| p.0)
	}
	fn residency_of(who: &u64) -> Option<Residency> {
		unhashed::get::<PersonRecord>(&key(b"person", *who)).map(|p| p.1)
	}
	fn jurisdiction_of(who: &u64) -> Option<Jurisdiction> {
		Self::residency_of(who).and_then(|r| r.jurisdiction())
	}
	fn is_adult(who: &u64) -> bool {
		unhashed::get::<PersonRecord>(&key(b"person", *who)).is_some_and(|p| p.2)
	}
}

impl ResidencyRoll<u64, u64> for TestIdentity {
	fn jurisdiction_for_ballot(who: &u64, opened_at: u64) -> Option<Jurisdiction> {
		match unhashed::get::<(u64, Residency)>(&key(b"moved", *who)) {
			Some((moved_at, previous)) if opened_at < moved_at => previous.jurisdiction(),
			_ => Self::jurisdiction_of(who),
		}
	}
}

impl VerifiedOrganisations<u64> for TestIdentity {
	fn organisation_key(who: &u64) -> Option<OrganisationKey> {
		unhashed::get(&key(b"organisation", *who))
	}
	fn is_representative(organisation: &u64, who: &u64) -> bool {
		unhashed::exists(&[key(b"representative", *organisation), who.encode()].concat())
	}
}

impl CredentialsInspect<u64> for TestIdentity {
	fn has_credential(who: &u64, credential_type: CredentialTypeId) -> bool {
		unhashed::get::<CredentialTypeId>(&key(b"credential", *who)) == Some(credential_type)
	}
}

impl EfirmaInspect<u64> for TestIdentity {
	fn is_efirma_bound(who: &u64) -> bool {
		unhashed::exists(&key(b"efirma", *who))
	}
	fn has_signed(who: &u64, document: &H256) -> bool {
		unhashed::exists(&[key(b"signed", *who), document.encode()].concat())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for TestIdentity {
	fn verify_organisation(who: &u64) {
		set_organisation(*who);
	}
	fn verify_person(who: &u64, index: u32, jurisdiction: Jurisdiction) {
		unhashed::put(
			&key(b"person", *who),
			&(H256::from_low_u64_be(u64::from(index)), Residency::National(jurisdiction), true),
		);
	}
	fn issue_credential(who: &u64, credential_type: CredentialTypeId) {
		set_credential(*who, credential_type);
	}
	fn sign_with_efirma(who: &u64, document: &H256) {
		set_efirma_signature(*who, *document);
	}
	fn catalogue_code(index: u32) -> CucopCode {
		CucopCode(51501001 + index)
	}
}

impl pallet_tenders::Config for Test {
	type BuyerRegistryOrigin = EnsureSignedBy<BuyerRegistryAccount, u64>;
	type SupplierRegistryOrigin = EnsureSignedBy<SupplierRegistryAccount, u64>;
	type ReviewOrigin = EnsureSignedBy<ReviewAccount, u64>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Catalogue = TestCatalogue;
	type Slashed = ();
	type CentavosToBalance = TestCentavosToBalance;
	type BidGuarantee = BidGuarantee;
	type MinBidGuarantee = MinBidGuarantee;
	type PerformanceGuarantee = PerformanceGuarantee;
	type PriceCeilingMargin = PriceCeilingMargin;
	type ConvenientPriceShare = ConvenientPriceShare;
	type RunnerUpMargin = RunnerUpMargin;
	type RunnerUpSigningPeriod = ConstU64<RUNNER_UP_PERIOD>;
	type ComplaintDeposit = ComplaintDeposit;
	type Persons = TestIdentity;
	type Organisations = TestIdentity;
	type Credentials = TestIdentity;
	type Efirma = TestIdentity;
	type EvaluatorCredential = EvaluatorCredential;
	type SocialWitnessCredential = SocialWitnessCredential;
	type SocialWitnessThreshold = SocialWitnessThreshold;
	type MaxSocialWitnesses = ConstU32<2>;
	type MaxComments = ConstU32<3>;
	type EvaluatorSelectionProbability = SelectionProbability;
	type MinEvaluatorReputation = MinReputation;
	type RequireEfirma = EfirmaRequired;
	type MaxTitleLength = MaxTitle;
	type MaxOfficials = ConstU32<3>;
	type MaxPartidas = ConstU32<4>;
	type MaxRequirements = ConstU32<3>;
	type MaxBidsPerTender = ConstU32<3>;
	type MaxEnquiries = ConstU32<2>;
	type MaxEvaluatorsPerTender = MaxEvaluators;
	type MaxDeliverables = ConstU32<3>;
	type MaxPhaseLength = ConstU64<MAX_PHASE>;
	type MaxTenderDuration = ConstU64<MAX_DURATION>;
	type MaxAmendments = ConstU32<2>;
	type MaxEnquiriesPerSupplier = ConstU32<1>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestIdentity;
}

/// The longest phase, in blocks.
pub const MAX_PHASE: u64 = 30;
/// The longest tender, in blocks.
pub const MAX_DURATION: u64 = 120;

/// The phase boundaries of [`create`]'s tender.
pub const SCHEDULE: Schedule<u64> = Schedule {
	enquiries_end: 10,
	bidding_end: 20,
	reveal_end: 30,
	evaluation_end: 40,
	score_reveal_end: 50,
	vote_end: 60,
	complaints_end: 70,
	contract_deadline: 80,
};

/// The award weights of [`create`]'s tender: 40% price, 40% technical, 20% citizens.
pub fn weights() -> AwardWeights {
	AwardWeights {
		price: Perbill::from_percent(40),
		technical: Perbill::from_percent(40),
		citizen: Perbill::from_percent(20),
	}
}

/// Two partidas: 10 computers (`H87`) with two requirements, 1 installation service (`E48`).
pub fn partidas() -> PartidasOf<Test> {
	vec![
		Partida {
			description: H256::repeat_byte(0xa1),
			quantity: 10,
			unit: *b"H87",
			cucop: CucopCode(51501001),
			requirements: vec![H256::repeat_byte(0xb1), H256::repeat_byte(0xb2)]
				.try_into()
				.expect("two requirements fit MaxRequirements; qed"),
		},
		Partida {
			description: H256::repeat_byte(0xa2),
			quantity: 1,
			unit: *b"E48",
			cucop: CucopCode(35301001),
			requirements: Default::default(),
		},
	]
	.try_into()
	.expect("two partidas fit MaxPartidas; qed")
}

/// A bounded title.
pub fn title(bytes: &[u8]) -> crate::TitleOf<Test> {
	bytes.to_vec().try_into().expect("test titles fit MaxTitleLength; qed")
}

/// Register buyer unit 0 with [`OFFICIAL`] and [`OTHER_OFFICIAL`].
pub fn buyer_unit() -> BuyerUnitId {
	let id = crate::NextBuyerUnitId::<Test>::get();
	Tenders::register_buyer_unit(
		RuntimeOrigin::signed(BUYER_REGISTRY),
		title(b"IMSS Jalisco"),
		vec![OFFICIAL, OTHER_OFFICIAL].try_into().expect("two officials fit; qed"),
	)
	.expect("the buyer registry registers a unit");
	id
}

/// Register and approve `who` as a supplier.
pub fn approved_supplier(who: u64) {
	Tenders::register_supplier(RuntimeOrigin::signed(who), DOC)
		.expect("a verified organisation registers");
	Tenders::approve_supplier(RuntimeOrigin::signed(SUPPLIER_REGISTRY), who, DOC)
		.expect("the registry approves");
}

/// Draft a municipal tender (Guadalajara) of buyer unit 0 with [`SCHEDULE`] shifted by the
/// current block - 1; returns its id.
pub fn create_with(scope: TenderScope, schedule: ScheduleOf<Test>) -> u32 {
	create_with_budget(scope, schedule, BUDGET)
}

/// Draft a tender of buyer unit 0 with `budget` (and [`REFERENCE_PRICE`]); returns its id.
pub fn create_with_budget(scope: TenderScope, schedule: ScheduleOf<Test>, budget: u128) -> u32 {
	let id = crate::NextTenderId::<Test>::get();
	Tenders::create_tender(
		RuntimeOrigin::signed(OFFICIAL),
		0,
		title(b"Computo para clinicas"),
		DOC,
		budget,
		REFERENCE_PRICE,
		partidas(),
		weights(),
		scope,
		schedule,
	)
	.expect("an official drafts a tender");
	id
}

/// Draft the default municipal tender with [`SCHEDULE`].
pub fn create() -> u32 {
	create_with(TenderScope::Municipality(MexicanState::Jalisco, 39), SCHEDULE)
}

/// The VRF key pair of evaluator `who`: its seed is 32 bytes of `who`.
pub fn vrf_pair(who: u64) -> sr25519::Pair {
	sr25519::Pair::from_seed(&[who as u8; 32])
}

/// A VRF proof of `who`'s key for the evaluator selection of `tender_id`.
pub fn vrf_proof(who: u64, tender_id: u32) -> VrfProofBytes {
	let seed = crate::Tenders::<Test>::get(tender_id)
		.and_then(|t| t.seed)
		.expect("the tender is published; qed");
	let signature =
		vrf_pair(who).vrf_sign(&crate::evaluator_vrf_transcript(tender_id, &seed).into_sign_data());
	VrfProofBytes {
		pre_output: signature.pre_output.0.to_bytes(),
		proof: signature.proof.0.to_bytes(),
	}
}

/// Builds test externalities.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: (1..=99).map(|a| (a, INITIAL_BALANCE)).collect(),
				..Default::default()
			},
		}
		.build_storage()
		.expect("the genesis builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			run_to_block(1);
			for who in [ACME, BETA, GAMMA, DELTA] {
				set_organisation(who);
			}
			for who in EVALUATORS.into_iter().chain([EVE]) {
				set_credential(who, EVALUATOR_CREDENTIAL);
			}
			for (i, who) in CITIZENS.into_iter().enumerate() {
				set_person(who, i as u8 + 1, Residency::National(GUADALAJARA), true);
			}
			let zapopan = Jurisdiction { state: MexicanState::Jalisco, municipality: 120 };
			set_person(ZAPOPAN_CITIZEN, 60, Residency::National(zapopan), true);
			let cdmx = Jurisdiction { state: MexicanState::CiudadDeMexico, municipality: 15 };
			set_person(CDMX_CITIZEN, 61, Residency::National(cdmx), true);
			set_person(ABROAD_CITIZEN, 62, Residency::Abroad, true);
			set_person(MINOR, 63, Residency::National(GUADALAJARA), false);
			// The parties of the tests' contracts signed its document with their e.firma.
			for who in [OFFICIAL, ACME, BETA] {
				set_efirma_signature(who, DOC);
			}
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Tenders::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Move to block `n`, giving each block a distinct parent hash.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_parent_hash(H256::from_low_u64_be(next.wrapping_mul(7919)));
		System::set_block_number(next);
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder.build()
}
