//! Test runtime: System and the validator set, with a mock session-key registry.

use crate as pallet_validator_set;
use frame_support::{derive_impl, parameter_types, traits::ValidatorRegistration};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ValidatorSet: pallet_validator_set,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	/// Accounts that registered session keys.
	pub static Registered: Vec<u64> = vec![1, 2, 3, 4, 5, 6];
}

/// Session-key registry of the mock: the accounts in [`Registered`].
pub struct MockRegistration;
impl ValidatorRegistration<u64> for MockRegistration {
	fn is_registered(id: &u64) -> bool {
		Registered::get().contains(id)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistration {
	fn register_session_keys(who: &u64) {
		Registered::mutate(|r| r.push(*who));
	}
}

impl pallet_validator_set::Config for Test {
	type ValidatorOrigin = EnsureRoot<u64>;
	type ValidatorRegistration = MockRegistration;
	type MaxValidators = frame_support::traits::ConstU32<4>;
	type MinValidators = frame_support::traits::ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistration;
}

/// Builds test externalities with a given genesis validator set.
pub struct ExtBuilder {
	validators: Vec<u64>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { validators: vec![1, 2, 3] }
	}
}

impl ExtBuilder {
	/// Use these genesis validators.
	pub fn validators(mut self, validators: Vec<u64>) -> Self {
		self.validators = validators;
		self
	}

	/// Build the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			validator_set: pallet_validator_set::GenesisConfig {
				initial_validators: self.validators,
			},
		}
		.build_storage()
		.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			ValidatorSet::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
