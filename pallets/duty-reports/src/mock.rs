//! Test runtime: System and the reports pallet, with [`MockAnswerers`] answering for the
//! subjects a test tells it.
//!
//! [`ExtBuilder::default`] starts at block 1 with no obligations; [`ExtBuilder::obligation`]
//! begins obligations at genesis (block 0), as the duties' pallets do for their genesis duties.
//! Nobody answers for anything until a test calls [`MockAnswerers::add`] (or
//! [`ExtBuilder::answerer`]).

use crate as pallet_duty_reports;
use crate::{ReportObligations, ReportSubject};
pub use bmx_primitives::mock::MockAnswerers;
use frame_support::{derive_impl, traits::Hooks};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Reports: pallet_duty_reports,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// A subject's report period, in blocks (a "month").
pub const MONTH: u64 = 30;

impl pallet_duty_reports::Config for Test {
	type Answerers = MockAnswerers;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProjectAnswerer;
}

/// Makes account 40 answer for project 0, as the runtime's projects pallet makes a registered
/// project's account answer for it.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProjectAnswerer;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for ProjectAnswerer {
	fn answerer() -> (ReportSubject<u64>, u64) {
		MockAnswerers::add(ReportSubject::Project(0), 40);
		(ReportSubject::Project(0), 40)
	}
}

/// Builds test externalities with the obligations and answerers of genesis.
#[derive(Default)]
pub struct ExtBuilder {
	obligations: Vec<(ReportSubject<u64>, u64)>,
	answerers: Vec<(ReportSubject<u64>, u64)>,
}

impl ExtBuilder {
	/// Begin the obligation of `subject` every `period` blocks at genesis (block 0).
	pub fn obligation(mut self, subject: ReportSubject<u64>, period: u64) -> Self {
		self.obligations.push((subject, period));
		self
	}

	/// Let `who` answer for `subject`.
	pub fn answerer(mut self, subject: ReportSubject<u64>, who: u64) -> Self {
		self.answerers.push((subject, who));
		self
	}

	/// Build the externalities: genesis at block 0, then block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		bmx_primitives::mock::reset();
		for (subject, who) in self.answerers {
			MockAnswerers::add(subject, who);
		}
		let storage = RuntimeGenesisConfig { system: Default::default() }
			.build_storage()
			.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			for (subject, period) in self.obligations {
				<Reports as ReportObligations<u64, u64>>::begin(subject, period);
			}
			System::set_block_number(1);
		});
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Reports::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Move to block `n`, running the pallet's `on_initialize` at every block on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Reports::on_initialize(next);
	}
}

/// Externalities for the benchmark test suite: no obligations, nobody answers.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
