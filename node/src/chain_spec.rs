//! Chain specifications: `dev` and `local` built from the runtime's genesis presets, or a JSON
//! file.

use bmx_runtime::{genesis_config_presets as presets, WASM_BINARY};
use sc_service::ChainType;

/// Specialized `ChainSpec`. This is a specialization of the general Substrate ChainSpec type.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The chain properties wallets read: token symbol, decimals and address format.
pub fn chain_properties() -> sc_service::Properties {
	let mut properties = sc_service::Properties::new();
	properties.insert("tokenSymbol".into(), bmx_runtime::TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), bmx_runtime::TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), bmx_runtime::SS58_PREFIX.into());
	properties
}

/// The runtime wasm this binary carries.
pub(crate) fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime wasm is not available: this binary was built with SKIP_WASM_BUILD. \
		 Rebuild without it."
			.to_string()
	})
}

/// The single-validator development chain (`--dev`).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Blockchain MX Development")
		.with_id("bmx_dev")
		.with_protocol_id("bmx")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(presets::DEVELOPMENT_RUNTIME_PRESET)
		.with_properties(chain_properties())
		.build())
}

/// The four-validator local testnet (`--chain local`), one validator per founding collective.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("Blockchain MX Local Testnet")
		.with_id("bmx_local_testnet")
		.with_protocol_id("bmx")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(presets::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(chain_properties())
		.build())
}

/// The chain names `--chain` accepts besides a path to a JSON chain spec.
pub const KNOWN_CHAINS: &[&str] = &["dev", "local"];

/// Load a chain spec from a known name or a JSON file, with an error that says what is wrong.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" | "" => Box::new(development_chain_spec()?),
		"local" => Box::new(local_chain_spec()?),
		path => {
			let file = std::path::PathBuf::from(path);
			if !file.exists() {
				return Err(format!(
					"Unknown chain '{path}': it is neither a known chain ({}) nor an existing \
					 chain spec file.",
					KNOWN_CHAINS.join(", ")
				));
			}
			Box::new(
				ChainSpec::from_json_file(file)
					.map_err(|e| format!("Invalid chain spec file '{path}': {e}"))?,
			)
		},
	})
}
