//! The genesis block, built from the chain spec only when the database has none.
//!
//! `sc_service::new_full_parts` builds the chain spec's genesis storage at every start, before it
//! knows whether the database already holds a genesis block. For a spec built from a runtime
//! preset (`--dev`, `--chain local`) that means compiling the runtime in an executor of its own,
//! without the compiled-runtime cache: ten seconds and more of every restart on this project's
//! machines (BENCHMARKS.md, "Start-up"). The client asks for the genesis block only when its
//! database has no finalized state (`sc_service::client::Client::new`), so building the storage
//! there, and not before, gives the same first start and a restart that skips the work.

use std::sync::Arc;

use sc_service::{BuildGenesisBlock, ChainSpec, GenesisBlockBuilder};
use sp_runtime::traits::Block as BlockT;

/// [`GenesisBlockBuilder`], with the genesis storage built on demand.
pub struct LazyGenesisBlockBuilder<B, E> {
	chain_spec: Box<dyn ChainSpec>,
	commit_genesis_state: bool,
	backend: Arc<B>,
	executor: E,
}

impl<B, E> LazyGenesisBlockBuilder<B, E> {
	/// A builder for `chain_spec`'s genesis; `commit_genesis_state` as in
	/// [`GenesisBlockBuilder::new`] (`!config.no_genesis()`).
	pub fn new(
		chain_spec: Box<dyn ChainSpec>,
		commit_genesis_state: bool,
		backend: Arc<B>,
		executor: E,
	) -> Self {
		Self { chain_spec, commit_genesis_state, backend, executor }
	}
}

impl<Block, B, E> BuildGenesisBlock<Block> for LazyGenesisBlockBuilder<B, E>
where
	Block: BlockT,
	B: sc_client_api::Backend<Block>,
	E: sc_executor::RuntimeVersionOf,
{
	type BlockImportOperation = <B as sc_client_api::Backend<Block>>::BlockImportOperation;

	fn build_genesis_block(self) -> sp_blockchain::Result<(Block, Self::BlockImportOperation)> {
		let storage = self
			.chain_spec
			.as_storage_builder()
			.build_storage()
			.map_err(sp_blockchain::Error::Storage)?;
		GenesisBlockBuilder::new_with_storage(
			storage,
			self.commit_genesis_state,
			self.backend,
			self.executor,
		)?
		.build_genesis_block()
	}
}
