//! Test runtime: System and the procurement catalogue, kept by [`KEEPER`].
//!
//! [`ExtBuilder::default`] starts at block 1 with the codes of [`GENESIS_CODES`], added at
//! genesis (block 0), all active; [`ExtBuilder::empty`] starts with no code and
//! [`ExtBuilder::code`] adds genesis codes. Names are at most [`LONGEST_NAME`] bytes.

use crate as pallet_procurement_catalogue;
use crate::CucopCode;
use frame_support::{derive_impl, ord_parameter_types, parameter_types};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Catalogue: pallet_procurement_catalogue,
	}
);

/// The account behind [`crate::Config::CatalogueOrigin`] (the Executive Council in the
/// runtime).
pub const KEEPER: u64 = 1;
/// An account that does not keep the catalogue.
pub const ANYONE: u64 = 99;
/// The longest name, in bytes.
pub const LONGEST_NAME: u32 = 64;

/// The codes of the default genesis, not in code order, with accents, `ñ` and upper case in
/// their names.
pub const GENESIS_CODES: [(u32, &str); 7] = [
	(21101002, "Papel bond tamaño oficio"),
	(21101001, "Papel bond tamaño carta"),
	(34101001, "Comisiones por Crédito bancario"),
	(22104001, "Piña en almíbar"),
	(21601001, "JABÓN LÍQUIDO PARA MANOS"),
	(51501001, "Computadoras de escritorio"),
	(21401001, "Cartuchos de tóner para impresora láser"),
];

ord_parameter_types! {
	pub const KeeperAccount: u64 = KEEPER;
}

parameter_types! {
	pub static MaxNameLength: u32 = LONGEST_NAME;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_procurement_catalogue::Config for Test {
	type CatalogueOrigin = EnsureSignedBy<KeeperAccount, u64>;
	type MaxNameLength = MaxNameLength;
	type WeightInfo = ();
}

/// Builds test externalities with the genesis codes.
pub struct ExtBuilder {
	codes: Vec<(CucopCode, Vec<u8>)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self::empty().codes(&GENESIS_CODES)
	}
}

impl ExtBuilder {
	/// A genesis with no code.
	pub fn empty() -> Self {
		Self { codes: Vec::new() }
	}

	/// Add `code` with `name` (any bytes) to the genesis.
	pub fn code(mut self, code: u32, name: &[u8]) -> Self {
		self.codes.push((CucopCode(code), name.to_vec()));
		self
	}

	/// Add each code with its name to the genesis.
	pub fn codes(self, codes: &[(u32, &str)]) -> Self {
		codes
			.iter()
			.fold(self, |builder, (code, name)| builder.code(*code, name.as_bytes()))
	}

	/// Build the externalities: genesis at block 0, then block 1.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			catalogue: pallet_procurement_catalogue::GenesisConfig {
				codes: self.codes,
				..Default::default()
			},
		}
		.build_storage()
		.expect("the genesis of the test runtime builds; qed");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Build, run `test`, then check the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Catalogue::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Externalities for the benchmark test suite: the default genesis.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}
