//! Smart Tenders: public procurement with sealed bids, anonymous certified evaluators (VRF
//! selection) and citizens' votes, on the identity pallet's traits.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::Perbill;

use super::{super::*, AdvisoryMajority, ExecutiveOrdinary};

parameter_types! {
	/// Held per sealed bid; forfeited if the bid is not revealed in time.
	pub const BidDeposit: Balance = 100 * UNIT;
	/// The credential type of certified tender evaluators (the first founding type).
	pub const EvaluatorCredential: pallet_digital_identity::CredentialTypeId = 0;
	/// The chance that a certified evaluator is eligible to score a given tender.
	pub const EvaluatorSelectionProbability: Perbill = Perbill::from_percent(50);
	/// Evaluators whose reputation falls below this may no longer score.
	pub const MinEvaluatorReputation: i32 = -3;
	/// Contracts are signed by e.firma-bound accounts.
	pub const RequireEfirma: bool = true;
}

impl pallet_tenders::Config for Runtime {
	/// An ordinary decision of the Executive Council registers buyer units and their officials.
	type BuyerRegistryOrigin = ExecutiveOrdinary;
	/// The same approves or rejects suppliers.
	type SupplierRegistryOrigin = ExecutiveOrdinary;
	/// Complaints (inconformidades) are resolved by the Advisory Council, which neither buys nor
	/// sells.
	type ReviewOrigin = AdvisoryMajority;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Forfeited deposits go where fees go: the treasury of the collective whose node authored
	/// the block (`configs/fees.rs`).
	type Slashed = crate::configs::ToAuthorsCollective;
	type BidDeposit = BidDeposit;
	type Persons = DigitalIdentity;
	type Organisations = DigitalIdentity;
	type Credentials = DigitalIdentity;
	type Efirma = DigitalIdentity;
	type EvaluatorCredential = EvaluatorCredential;
	type EvaluatorSelectionProbability = EvaluatorSelectionProbability;
	type MinEvaluatorReputation = MinEvaluatorReputation;
	type RequireEfirma = RequireEfirma;
	type MaxTitleLength = ConstU32<128>;
	type MaxOfficials = ConstU32<10>;
	type MaxPartidas = ConstU32<50>;
	type MaxRequirements = ConstU32<20>;
	type MaxBidsPerTender = ConstU32<50>;
	type MaxEnquiries = ConstU32<200>;
	type MaxEvaluatorsPerTender = ConstU32<15>;
	type MaxDeliverables = ConstU32<24>;
	type WeightInfo = pallet_tenders::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TendersBenchmarkHelper;
}

/// Makes benchmark accounts pass the identity checks through the identity pallet's own calls,
/// from a registrar accredited for the purpose.
#[cfg(feature = "runtime-benchmarks")]
pub struct TendersBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::traits::Hash;

#[cfg(feature = "runtime-benchmarks")]
impl TendersBenchmarkHelper {
	fn registrar() -> AccountId {
		use frame_support::traits::{fungible::Mutate, EnsureOrigin};
		use pallet_digital_identity::AttestationKind;
		let registrar = AccountId::from([0xbe; 32]);
		if !pallet_digital_identity::Registrars::<Runtime>::contains_key(&registrar) {
			let _ = Balances::mint_into(&registrar, 1_000 * UNIT);
			let origin = <Runtime as pallet_digital_identity::Config>::RegistrarOrigin::try_successful_origin()
				.expect("the registrar origin can be produced in benchmarks; qed");
			let kinds = alloc::collections::BTreeSet::from([
				AttestationKind::Person,
				AttestationKind::Organisation,
				AttestationKind::Efirma,
				AttestationKind::Credential(EvaluatorCredential::get()),
			]);
			assert!(pallet_digital_identity::Pallet::<Runtime>::accredit_registrar(
				origin,
				registrar.clone(),
				b"benchmark registrar".to_vec().try_into().expect("short name; qed"),
				kinds.try_into().expect("four kinds fit; qed"),
			)
			.is_ok());
		}
		registrar
	}

	/// Credentials and e.firma bindings go to identified subjects only: verify `who` as a person
	/// unless it is identified already (a person key derived from the account never collides).
	fn identify(who: &AccountId) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"identified", who));
		let _ = DigitalIdentity::verify_person(
			registrar,
			who.clone(),
			key,
			pallet_digital_identity::Residency::National(pallet_digital_identity::Jurisdiction {
				state: pallet_digital_identity::MexicanState::Jalisco,
				municipality: 39,
			}),
			pallet_digital_identity::Adulthood::Adult,
		);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_tenders::BenchmarkHelper<AccountId> for TendersBenchmarkHelper {
	// The development genesis (benchmarks' genesis) founds credential type 0.
	fn verify_organisation(who: &AccountId) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"org", who));
		let _ = DigitalIdentity::verify_organisation(
			registrar,
			who.clone(),
			key,
			alloc::vec![who.clone()].try_into().expect("one representative fits; qed"),
		);
	}

	fn verify_person(
		who: &AccountId,
		index: u32,
		jurisdiction: pallet_digital_identity::Jurisdiction,
	) {
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let key = <Runtime as frame_system::Config>::Hashing::hash_of(&(b"person", index));
		let _ = DigitalIdentity::verify_person(
			registrar,
			who.clone(),
			key,
			pallet_digital_identity::Residency::National(jurisdiction),
			pallet_digital_identity::Adulthood::Adult,
		);
	}

	fn issue_credential(
		who: &AccountId,
		credential_type: pallet_digital_identity::CredentialTypeId,
	) {
		Self::identify(who);
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let _ = DigitalIdentity::issue_credential(registrar, who.clone(), credential_type, None);
	}

	fn bind_efirma(who: &AccountId) {
		Self::identify(who);
		let registrar = RuntimeOrigin::signed(Self::registrar());
		let certificate = <Runtime as frame_system::Config>::Hashing::hash_of(who);
		let _ = DigitalIdentity::bind_efirma(registrar, who.clone(), certificate, 0, u64::MAX);
	}
}
