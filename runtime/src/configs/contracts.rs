//! Solidity contracts: `pallet-revive` with its EVM backend, and what the Ethereum JSON-RPC
//! (`pallet-revive-eth-rpc`, the `eth-rpc` binary) needs from the runtime.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use frame_system::EnsureSigned;
use sp_runtime::Perbill;

use super::super::{
	Address, Aura, Balance, Balances, EthExtraImpl, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeHoldReason, RuntimeOrigin, Signature, Timestamp, EVM_CHAIN_ID, MICRO_UNIT, MILLI_UNIT,
};

parameter_types! {
	/// Storage deposit per byte a contract stores, refunded when the storage is freed.
	pub const DepositPerByte: Balance = 10 * MICRO_UNIT;
	/// Storage deposit per storage item a contract creates, refunded when it is removed.
	pub const DepositPerItem: Balance = MILLI_UNIT;
	/// Storage deposit per child-trie item (a contract's own storage entries).
	pub const DepositPerChildTrieItem: Balance = MILLI_UNIT / 10;
	/// Share of a code's deposit locked from the deployer of each contract instantiated from it.
	pub const CodeHashLockupDepositPercent: Perbill = Perbill::from_percent(30);
}

#[derive_impl(pallet_revive::config_preludes::TestDefaultConfig)]
impl pallet_revive::Config for Runtime {
	type Time = Timestamp;
	type Balance = Balance;
	type Currency = Balances;
	/// Gas rounding remainders (less than a planck's worth of gas) are burned.
	type OnBurn = ();
	type WeightInfo = pallet_revive::weights::SubstrateWeight<Self>;
	type Precompiles = ();
	/// The block author (`block.coinbase`) is the Aura author's validator account.
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type DepositPerByte = DepositPerByte;
	type DepositPerItem = DepositPerItem;
	type DepositPerChildTrieItem = DepositPerChildTrieItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	/// An account's Ethereum address is the first 20 bytes of its id when it was created from
	/// an Ethereum key (id = address ++ 0xEE * 12), otherwise the last 20 bytes of keccak256(id).
	type AddressMapper = pallet_revive::AccountId32Mapper<Self>;
	/// Plain `solc` output deploys and runs (EVM interpreter), next to PolkaVM code.
	type AllowEVMBytecode = ConstBool<true>;
	/// Anyone with a funded account may upload code and instantiate contracts.
	type UploadOrigin = EnsureSigned<Self::AccountId>;
	type InstantiateOrigin = EnsureSigned<Self::AccountId>;
	/// The Ethereum chain id wallets sign transactions for (EIP-155).
	type ChainId = ConstU64<EVM_CHAIN_ID>;
	/// 1 planck (10^-12 BMX) = 10^6 wei: wallets show BMX with Ethereum's 18 decimals.
	type NativeToEthRatio = ConstU32<1_000_000>;
	type FeeInfo = pallet_revive::evm::fees::Info<Address, Signature, EthExtraImpl>;
	type DebugEnabled = ConstBool<false>;
	type AutoMap = ConstBool<true>;
	/// Gas price = fee multiplier x `NativeToEthRatio` x `GasScale` (50 gwei at the neutral
	/// multiplier); gas amounts shrink by the same factor, so the fee paid is unchanged. The
	/// value of the SDK's revive development runtime.
	type GasScale = ConstU32<50_000>;
	/// The wasm runtime's memory: the default (128 MiB).
	type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
	/// There is no relay chain: this is the memory a validator gives one block's storage
	/// changes. Revive's integrity test requires half of what is left after the runtime's
	/// memory, here 448 MiB, to hold everything one block of contract calls could write with
	/// cold `set_storage` at the measured database weights: 321 MiB (the default, 512 MiB, left
	/// 192 MiB, enough only at upstream's dearer writes). Such a block would also pay
	/// `DepositPerByte` for every byte (about 3,400 BMX). It is the worst case a validator's
	/// memory must take (BENCHMARKS.md, "Weights"; NOTES, sessions 21 and 22).
	type PVFMemory = ConstU32<{ 1024 * 1024 * 1024 }>;
}
