//! Test runtime: System, Balances (bid deposits) and the tenders pallet, with the identity
//! traits answered by simple test stores.
//!
//! State of the externalities [`ExtBuilder`] builds, at block 1:
//! - no buyer unit, supplier or tender (see [`buyer_unit`], [`approved_supplier`]);
//! - verified organisations [`ACME`], [`BETA`], [`GAMMA`] and [`DELTA`];
//! - verified adults [`CITIZENS`] living in Jalisco, municipality 39 (Guadalajara), except
//!   [`ZAPOPAN_CITIZEN`] (Jalisco, 120), [`CDMX_CITIZEN`] (Ciudad de Mexico, 15) and
//!   [`ABROAD_CITIZEN`] (abroad); [`MINOR`] is a verified minor in Guadalajara;
//! - e.firma bound to [`OFFICIAL`], [`ACME`] and [`BETA`];
//! - accounts 1 to 99 hold [`INITIAL_BALANCE`].
//!
//! Origins: the buyer registry is account [`BUYER_REGISTRY`], the supplier registry
//! [`SUPPLIER_REGISTRY`], the review [`REVIEW`]. e.firma is required; a test can change it.
//!
//! The panel and ballot services are [`MockPanels`] and [`MockBallots`]: they record what the
//! pallet asks of them in `unhashed` storage, and tests move them on ([`MockPanels::conclude`],
//! [`MockPanels::fail`], [`MockBallots::vote`]). [`MockPanels`] pays the fee to
//! [`PANEL_POOL`] and evaluates the conflict-of-interest rule over [`PANEL_CANDIDATES`].

use crate as pallet_tenders;
use crate::{
	AwardWeights, BuyerUnitId, CucopCode, Partida, PartidasOf, Schedule, ScheduleOf, TenderScope,
};
use bmx_primitives::{
	anonymity::{
		BallotId, EvaluationPanels, PanelId, PanelRequest, PanelState, PlainBallots, RingScope,
	},
	identity::{
		CredentialTypeId, CredentialsInspect, EfirmaInspect, Jurisdiction, MexicanState,
		OrganisationKey, PersonKey, Residency, VerifiedOrganisations, VerifiedPersons,
	},
	DocumentHash,
};
use codec::{Decode, Encode};
use frame_support::{
	derive_impl, ord_parameter_types, parameter_types,
	storage::unhashed,
	traits::{fungible::Mutate, tokens::Preservation, ConstU32, ConstU64},
	weights::Weight,
};
use frame_system::EnsureSignedBy;
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};

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

/// The accounts [`MockPanels`] checks the conflict-of-interest rule on: a few evaluators, the
/// buyer unit's officials and the tests' bidders.
pub const PANEL_CANDIDATES: [u64; 8] = [30, 31, 32, 33, OFFICIAL, OTHER_OFFICIAL, ACME, BETA];
/// The account [`MockPanels`] pays panels' fees into.
pub const PANEL_POOL: u64 = 800;
/// The evaluation fee.
pub const EVALUATION_FEE: u64 = 30;

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
	pub const EvaluationFee: u64 = EVALUATION_FEE;
	/// Statics so that tests can change them.
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
	fn enrol_panel_candidates() {}
	fn make_scope_usable(_scope: RingScope) {}
	fn concluded_panel(options: u32, evaluators: u32) -> PanelId {
		let panel = MockPanels::opened();
		let request = PanelRequest {
			subject: 0,
			payer: OFFICIAL,
			fee: 0,
			options,
			seed: [0; 32],
			enrolled_before: 0,
			tickets_end: 0,
			reveals_end: 0,
		};
		MockPanels::open_panel(request, &|_| false).expect("the mock opens panels");
		MockPanels::conclude(panel, vec![vec![80; options as usize]; evaluators as usize]);
		panel
	}
	fn ended_ballot(options: u32) -> BallotId {
		let labels = (0..options).map(|i| H256::from_low_u64_be(u64::from(i))).collect();
		let ballot = MockBallots::open(RingScope::National, labels, 0, System::block_number())
			.expect("the mock opens ballots");
		for option in 0..options {
			MockBallots::vote(ballot, option);
		}
		ballot
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
	type SocialWitnessCredential = SocialWitnessCredential;
	type SocialWitnessThreshold = SocialWitnessThreshold;
	type MaxSocialWitnesses = ConstU32<2>;
	type MaxComments = ConstU32<3>;
	type Panels = MockPanels;
	type Ballots = MockBallots;
	type EvaluationFee = EvaluationFee;
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

/// The hash [`run_to_block`] gives block `n`.
pub fn block_hash(n: u64) -> H256 {
	H256::from_low_u64_be(n.wrapping_mul(7919).wrapping_add(1))
}

/// Move to block `n`, giving each block a distinct hash, kept as frame-system keeps them.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let current = System::block_number();
		frame_system::BlockHash::<Test>::insert(current, block_hash(current));
		System::set_parent_hash(block_hash(current));
		System::set_block_number(current + 1);
	}
}

/// What [`MockPanels`] keeps of a panel.
#[derive(Clone, Debug, Encode, Decode, PartialEq, Eq)]
pub struct MockPanel {
	/// What the tender asked.
	pub request: PanelRequest<u64, u64, u64>,
	/// The accounts of [`PANEL_CANDIDATES`] the tender's rule left out.
	pub excluded: Vec<u64>,
	/// Where it stands.
	pub state: PanelState<u64>,
	/// Its revealed scores, once concluded.
	pub scores: Vec<Vec<u8>>,
}

/// The panel service of the tests.
pub struct MockPanels;

impl MockPanels {
	const NEXT: &'static [u8] = b":test:panels:next";
	const REFUSE: &'static [u8] = b":test:panels:refuse";
	const OUTCOMES: &'static [u8] = b":test:panels:outcomes";
	const CANCELS: &'static [u8] = b":test:panels:cancels";

	fn key(panel: PanelId) -> Vec<u8> {
		[b":test:panel:".as_slice(), &panel.encode()].concat()
	}

	/// Panel `panel` as kept.
	pub fn get(panel: PanelId) -> Option<MockPanel> {
		unhashed::get(&Self::key(panel))
	}

	fn put(panel: PanelId, record: &MockPanel) {
		unhashed::put(&Self::key(panel), record);
	}

	/// The panels opened so far.
	pub fn opened() -> u32 {
		unhashed::get_or_default(Self::NEXT)
	}

	/// From now on, refuse to open panels (too few candidates).
	pub fn refuse() {
		unhashed::put(Self::REFUSE, &true);
	}

	/// Conclude `panel` with `scores`, one list per evaluator.
	pub fn conclude(panel: PanelId, scores: Vec<Vec<u8>>) {
		let mut record = Self::get(panel).expect("the panel was opened");
		record.state = PanelState::Concluded { revealed: scores.len() as u32 };
		record.scores = scores;
		Self::put(panel, &record);
	}

	/// End `panel` without scores: too few revealed in its last round.
	pub fn fail(panel: PanelId) {
		let mut record = Self::get(panel).expect("the panel was opened");
		record.state = PanelState::Failed;
		Self::put(panel, &record);
	}

	/// The outcomes recorded: `(panel, option, completed)`, in order.
	pub fn outcomes() -> Vec<(PanelId, u32, bool)> {
		unhashed::get_or_default(Self::OUTCOMES)
	}

	/// The cancellations asked for, refused ones included: `(panel, accepted)`.
	pub fn cancels() -> Vec<(PanelId, bool)> {
		unhashed::get_or_default(Self::CANCELS)
	}
}

impl EvaluationPanels<u64, u64, u64> for MockPanels {
	fn open_panel(
		request: PanelRequest<u64, u64, u64>,
		excluded: &dyn Fn(&u64) -> bool,
	) -> Result<PanelId, DispatchError> {
		if unhashed::get_or_default::<bool>(Self::REFUSE) {
			return Err(DispatchError::Other("too few candidates"));
		}
		Balances::transfer(&request.payer, &PANEL_POOL, request.fee, Preservation::Preserve)?;
		let panel = Self::opened();
		let excluded = PANEL_CANDIDATES.into_iter().filter(|who| excluded(who)).collect();
		let state = PanelState::Sortition {
			round: 0,
			tickets_end: request.tickets_end,
			reveals_end: request.reveals_end,
		};
		Self::put(panel, &MockPanel { request, excluded, state, scores: Vec::new() });
		unhashed::put(Self::NEXT, &(panel + 1));
		Ok(panel)
	}
	fn state(panel: PanelId) -> Option<PanelState<u64>> {
		Self::get(panel).map(|p| p.state)
	}
	fn scores(panel: PanelId) -> Vec<Vec<u8>> {
		Self::get(panel)
			.filter(|p| matches!(p.state, PanelState::Concluded { .. }))
			.map(|p| p.scores)
			.unwrap_or_default()
	}
	fn record_outcome(panel: PanelId, option: u32, completed: bool) {
		let mut outcomes = Self::outcomes();
		outcomes.push((panel, option, completed));
		unhashed::put(Self::OUTCOMES, &outcomes);
	}
	fn cancel_panel(panel: PanelId) -> DispatchResult {
		let mut record = Self::get(panel).ok_or(DispatchError::Other("no such panel"))?;
		let accepted = match record.state {
			PanelState::Sortition { tickets_end, .. } => System::block_number() < tickets_end,
			_ => false,
		};
		let mut cancels = Self::cancels();
		cancels.push((panel, accepted));
		unhashed::put(Self::CANCELS, &cancels);
		if !accepted {
			return Err(DispatchError::Other("tickets closed"));
		}
		Balances::transfer(
			&PANEL_POOL,
			&record.request.payer,
			record.request.fee,
			Preservation::Expendable,
		)?;
		record.state = PanelState::Cancelled;
		Self::put(panel, &record);
		Ok(())
	}
	fn open_panel_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn record_outcome_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn cancel_panel_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// What [`MockBallots`] keeps of a ballot.
#[derive(Clone, Debug, Encode, Decode, PartialEq, Eq)]
pub struct MockBallot {
	/// Who votes.
	pub scope: RingScope,
	/// The options' labels, in order.
	pub labels: Vec<DocumentHash>,
	/// The window.
	pub starts: u64,
	/// The window's end (excluded).
	pub ends: u64,
	/// The votes per option.
	pub tallies: Vec<u32>,
	/// Whether it was closed.
	pub closed: bool,
	/// Whether it was cancelled, and why.
	pub cancelled: Option<DocumentHash>,
}

/// The ballot service of the tests: [`MockBallots::unusable`] scopes are refused.
pub struct MockBallots;

impl MockBallots {
	const NEXT: &'static [u8] = b":test:ballots:next";
	const UNUSABLE: &'static [u8] = b":test:ballots:unusable";

	fn key(ballot: BallotId) -> Vec<u8> {
		[b":test:ballot:".as_slice(), &ballot.encode()].concat()
	}

	/// Ballot `ballot` as kept.
	pub fn get(ballot: BallotId) -> Option<MockBallot> {
		unhashed::get(&Self::key(ballot))
	}

	fn put(ballot: BallotId, record: &MockBallot) {
		unhashed::put(&Self::key(ballot), record);
	}

	/// The ballots opened so far.
	pub fn opened() -> u32 {
		unhashed::get_or_default(Self::NEXT)
	}

	/// From now on, `scope` has no ring large enough for a ballot.
	pub fn unusable(scope: RingScope) {
		let mut scopes: Vec<RingScope> = unhashed::get_or_default(Self::UNUSABLE);
		scopes.push(scope);
		unhashed::put(Self::UNUSABLE, &scopes);
	}

	/// A vote for `option` of `ballot`.
	pub fn vote(ballot: BallotId, option: u32) {
		let mut record = Self::get(ballot).expect("the ballot was opened");
		record.tallies[option as usize] += 1;
		Self::put(ballot, &record);
	}
}

impl PlainBallots<u64> for MockBallots {
	fn open(
		scope: RingScope,
		labels: Vec<DocumentHash>,
		starts: u64,
		ends: u64,
	) -> Result<BallotId, DispatchError> {
		let unusable: Vec<RingScope> = unhashed::get_or_default(Self::UNUSABLE);
		if unusable.contains(&scope) {
			return Err(DispatchError::Other("anonymity set too small"));
		}
		let ballot = Self::opened();
		let tallies = vec![0; labels.len()];
		Self::put(
			ballot,
			&MockBallot { scope, labels, starts, ends, tallies, closed: false, cancelled: None },
		);
		unhashed::put(Self::NEXT, &(ballot + 1));
		Ok(ballot)
	}
	fn tallies(ballot: BallotId) -> Option<Vec<u32>> {
		Self::get(ballot).filter(|b| b.cancelled.is_none()).map(|b| b.tallies)
	}
	fn close(ballot: BallotId) -> DispatchResult {
		let mut record = Self::get(ballot).ok_or(DispatchError::Other("no such ballot"))?;
		if record.cancelled.is_some() || System::block_number() < record.ends {
			return Err(DispatchError::Other("cannot close"));
		}
		record.closed = true;
		Self::put(ballot, &record);
		Ok(())
	}
	fn cancel(ballot: BallotId, reason: DocumentHash) -> DispatchResult {
		let mut record = Self::get(ballot).ok_or(DispatchError::Other("no such ballot"))?;
		if record.closed || System::block_number() >= record.ends {
			return Err(DispatchError::Other("voting ended"));
		}
		record.cancelled = Some(reason);
		Self::put(ballot, &record);
		Ok(())
	}
	fn open_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn close_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn cancel_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder.build()
}
