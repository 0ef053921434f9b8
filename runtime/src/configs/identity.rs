//! Digital identity: registrars (RENAPO, SAT, ...) accredited by the Executive Council, verified
//! persons and organisations as keyed commitments, e.firma bindings, signing acts and credentials.

use frame_support::traits::ConstU32;

use super::{super::*, ExecutiveOrdinary};

impl pallet_digital_identity::Config for Runtime {
	/// An ordinary decision of the Executive Council accredits and removes registrars and
	/// registers credential types.
	type RegistrarOrigin = ExecutiveOrdinary;
	type Time = Timestamp;
	type MaxRegistrars = ConstU32<32>;
	type MaxNameLength = ConstU32<64>;
	/// Person, organisation, e.firma and up to 13 credential types per registrar.
	type MaxKindsPerRegistrar = ConstU32<16>;
	type MaxCredentialTypes = ConstU32<16>;
	type MaxRepresentatives = ConstU32<16>;
	type MaxPurposeLength = ConstU32<128>;
	type MaxSignersPerDocument = ConstU32<16>;
	type MaxSigningActsPerBinding = ConstU32<1_000>;
	type WeightInfo = pallet_digital_identity::weights::SubstrateWeight<Runtime>;
}
