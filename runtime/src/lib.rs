//! # Blockchain MX runtime
//!
//! The FRAME runtime of Blockchain MX, Mexico's permissioned public-sector chain.
//!
//! ## Overview
//!
//! - Consensus: Aura block production (6-second slots, see [`MILLI_SECS_PER_BLOCK`]) and GRANDPA
//!   finality. Both take their keys from `pallet-session`, whose validator set comes from
//!   `pallet-node-integration` (the `SessionManager`), so authorities rotate at session
//!   boundaries as the councils decide.
//! - Governance, a family of pallets joined by the traits of `bmx-primitives`:
//!   `pallet-collective-registry` (collectives, members, leaders), `pallet-governing-councils`
//!   (councils' seats, Secretary-tabled motions), `pallet-node-integration` (the validator set),
//!   `pallet-network-projects` (projects), `pallet-leadership-elections` (open calls, members'
//!   renewal votes with delegation), `pallet-collective-capital` (treasuries, capital as fee
//!   allowances), `pallet-duty-reports` (report obligations), and three `pallet-collective`
//!   instances (Advisory Council, node and projects
//!   commissions) whose members the councils pallet keeps up to date; see
//!   [`configs`] for who decides what.
//! - Public services: `pallet-digital-identity` (registrars, verified persons and organisations
//!   without personal data, e.firma signing acts, credentials).
//! - Solidity: `pallet-revive` with its EVM backend, served to Ethereum tools by `eth-rpc`.
//! - Accounts and fees: `pallet-balances` with the `BMX` utility token, which only pays fees;
//!   money amounts of public processes are plain integers in MXN centavos in their own pallets.
//!   Fees are paid by the signer, by its collective's treasury within a capital grant
//!   (`pallet-fee-sponsorship`), or not at all for feeless civic acts
//!   (`pallet-skip-feeless-payment`); they go to the treasury of the collective whose node
//!   authored the block ([`configs::ToAuthorsCollective`]).
//! - Tools for institutions: `pallet-utility` (batches) and `pallet-multisig` (shared accounts).
//! - No sudo: Root is reached only by the Executive and the Advisory Council together
//!   (`pallet-whitelist`, see [`configs::governance::root`]), runtime upgrades included.
//! - Equivocation: GRANDPA and Aura equivocations are reported with historical-session proofs
//!   (`pallet-session`'s `historical`, `pallet-offences`, `pallet-aura-equivocation`) and
//!   suspend the offending node.
//!
//! Modules: [`configs`] holds each pallet's configuration, [`apis`] the runtime APIs,
//! [`genesis_config_presets`] the `development` and `local_testnet` presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` does a lot of recursion and requires us to increase the limit.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

// The benchmark list comes first: `apis` uses the macros it defines.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benches {
	frame_benchmarking::define_benchmarks!(
		[frame_benchmarking, BaselineBench::<Runtime>]
		[frame_system, SystemBench::<Runtime>]
		[pallet_balances, Balances]
		[pallet_timestamp, Timestamp]
		[pallet_preimage, Preimage]
		[pallet_whitelist, Whitelist]
		[pallet_utility, Utility]
		[pallet_multisig, Multisig]
		[pallet_aura_equivocation, AuraEquivocation]
		[pallet_collective_registry, CollectiveRegistry]
		[pallet_governing_councils, Councils]
		[pallet_node_integration, NodeIntegration]
		[pallet_network_projects, Projects]
		[pallet_duty_reports, Reports]
		[pallet_fee_sponsorship, FeeSponsorship]
		[pallet_collective_capital, Capital]
		[pallet_leadership_elections, LeadershipElections]
		[pallet_collective, AdvisoryCouncil]
		[pallet_digital_identity, DigitalIdentity]
		[pallet_tenders, Tenders]
		[pallet_procurement_catalogue, ProcurementCatalogue]
		[pallet_deposit_certificates, DepositCertificates]
		[pallet_reforestation_subsidies, ReforestationSubsidies]
		[pallet_property_registry, PropertyRegistry]
		[pallet_commerce_registry, CommerceRegistry]
		[pallet_anonymity_rings, AnonymityRings]
		[pallet_secret_ballots, SecretBallots]
		[pallet_anonymous_panels, AnonymousPanels]
	);
}

pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

#[cfg(test)]
mod tests;

extern crate alloc;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;
pub use sp_runtime::{Perbill, Permill};

/// Opaque types: what the node knows of the runtime's types without knowing the runtime.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The session keys of a validator: one for Aura, one for GRANDPA.
		pub struct SessionKeys {
			/// Aura block-authoring key (sr25519).
			pub aura: super::Aura,
			/// GRANDPA finality-voting key (ed25519).
			pub grandpa: super::Grandpa,
		}
	}
}

pub use opaque::SessionKeys;

/// The runtime version. Bump `spec_version` for every runtime change that reaches a live chain.
#[cfg(not(feature = "next-spec-version"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("bmx"),
	impl_name: alloc::borrow::Cow::Borrowed("bmx-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The same runtime one `spec_version` later: built only with the `next-spec-version` feature,
/// as the upgrade that the governance tests enact on a running chain (`scripts/govern.sh`).
/// The `runtime_version` macro needs literals, hence a second constant rather than a computed
/// field.
#[cfg(feature = "next-spec-version")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("bmx"),
	impl_name: alloc::borrow::Cow::Borrowed("bmx-node"),
	authoring_version: 1,
	spec_version: 101,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block time, in milliseconds.
///
/// Six seconds, chosen deliberately, because Aura's slot duration cannot change after genesis:
/// - validators are run by independent institutions over the public internet, several on
///   2-core machines; 6 s leaves room for a block to be authored (2/3 of the slot), gossiped
///   and imported by every validator before the next slot, and for GRANDPA rounds to keep up;
/// - public procurement, registry and subsidy acts need seconds, not sub-second latency: a
///   6-second block and finality within about two blocks is well inside what a user waits for;
/// - it is the Polkadot ecosystem's default, so tooling, weights (2 s of compute per block)
///   and operator experience carry over.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;

/// Aura slot duration: one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Block counts of common time spans.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// Session length in blocks: validator changes are planned and enacted at these boundaries.
pub const SESSION_PERIOD: BlockNumber = 10 * MINUTES;

/// The Ethereum chain id (EIP-155) of Blockchain MX's contracts: 5252, like the SS58 prefix.
/// Wallets (MetaMask, Hardhat, Foundry) sign for it; not yet registered on chainlist.org.
pub const EVM_CHAIN_ID: u64 = 5252;

/// Token: BMX, 12 decimals. One BMX, in plancks.
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of a BMX.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// One millionth of a BMX.
pub const MICRO_UNIT: Balance = 1_000_000;
/// The token symbol shown by wallets.
pub const TOKEN_SYMBOL: &str = "BMX";
/// The token decimals shown by wallets.
pub const TOKEN_DECIMALS: u8 = 12;
/// The SS58 address prefix: 5252, Mexico's country calling code (+52) twice. Not yet in the
/// ss58-registry; register it before a public network starts.
pub const SS58_PREFIX: u16 = 5252;

/// The smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;

/// Some way of identifying an account on the chain: the 32-byte public key of its signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account.
pub type Balance = u128;

/// Index of a transaction in the chain.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// An index to a block.
pub type BlockNumber = u32;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A Block signed with a Justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions that are added to the runtime.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	// The fee: none for a feeless civic act (`#[pallet::feeless_if]`: a citizen's vote in a
	// tender, a member's vote on a leader's renewal); otherwise paid by the signer's sponsor (a
	// collective's treasury) within its allowance, by the signer otherwise. The same identifier
	// and encoding as `ChargeTransactionPayment`: wallets see no difference.
	pallet_skip_feeless_payment::SkipCheckIfFeeless<
		Runtime,
		pallet_fee_sponsorship::ChargeSponsored<Runtime>,
	>,
	// Marks Ethereum transactions; must come after every extension that needs a signed origin.
	pallet_revive::evm::tx_extension::SetOrigin<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// The extensions `pallet-revive` applies to an Ethereum transaction (`eth_sendRawTransaction`)
/// when it turns it into an extrinsic: the same checks as a Substrate one, immortal, with the
/// Ethereum nonce and tip.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EthExtraImpl;

impl pallet_revive::evm::runtime::EthExtra for EthExtraImpl {
	type Config = Runtime;
	type ExtensionV0 = TxExtension;
	type ExtensionOtherVersions = sp_runtime::traits::InvalidVersion;

	fn get_eth_extension(nonce: Nonce, tip: Balance) -> Self::ExtensionV0 {
		(
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(generic::Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_skip_feeless_payment::SkipCheckIfFeeless::from(
				pallet_fee_sponsorship::ChargeSponsored::<Runtime>::from(tip),
			),
			pallet_revive::evm::tx_extension::SetOrigin::<Runtime>::new_from_eth_transaction(),
			frame_system::WeightReclaim::<Runtime>::new(),
		)
	}
}

/// Unchecked extrinsic type as expected by this runtime: a Substrate extrinsic, or an Ethereum
/// transaction wrapped by `pallet-revive` (`Revive::eth_transact`).
pub type UncheckedExtrinsic =
	pallet_revive::evm::runtime::UncheckedExtrinsic<Address, Signature, EthExtraImpl>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// All migrations of the runtime, aside from the ones declared in the pallets.
#[allow(unused_parens)]
type Migrations = ();

/// Executive: handles dispatch to the various modules.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

// Create the runtime by composing the FRAME pallets that were previously configured.
#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(4)]
	pub type FeeSponsorship = pallet_fee_sponsorship;

	// Governance and consensus, the governance family first. Genesis runs in this order: the
	// registry's members come before the councils' seats and the nodes that check them; the
	// node set is read by Session (NodeIntegration is its SessionManager), which feeds Aura and
	// GRANDPA, both at genesis and at each session boundary.
	#[runtime::pallet_index(5)]
	pub type Reports = pallet_duty_reports;

	#[runtime::pallet_index(6)]
	pub type CollectiveRegistry = pallet_collective_registry;

	#[runtime::pallet_index(7)]
	pub type Councils = pallet_governing_councils;

	#[runtime::pallet_index(8)]
	pub type NodeIntegration = pallet_node_integration;

	#[runtime::pallet_index(9)]
	pub type Projects = pallet_network_projects;

	#[runtime::pallet_index(10)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(11)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(12)]
	pub type Grandpa = pallet_grandpa;

	// Equivocation reports: the author of each block, the validator sets of recent sessions
	// (to prove who held a key), and the offences they prove.
	#[runtime::pallet_index(13)]
	pub type Authorship = pallet_authorship;

	#[runtime::pallet_index(14)]
	pub type Historical = pallet_session::historical;

	#[runtime::pallet_index(15)]
	pub type Offences = pallet_offences;

	#[runtime::pallet_index(16)]
	pub type AuraEquivocation = pallet_aura_equivocation;

	// The councils that vote through pallet-collective (the Executive Council's motions are
	// kept by Councils), and Root, which only the Executive and the Advisory Council together
	// reach (Whitelist).
	#[runtime::pallet_index(17)]
	pub type AdvisoryCouncil = pallet_collective<Instance2>;

	#[runtime::pallet_index(18)]
	pub type NodeCommission = pallet_collective<Instance3>;

	#[runtime::pallet_index(19)]
	pub type ProjectsCommission = pallet_collective<Instance4>;

	#[runtime::pallet_index(23)]
	pub type Whitelist = pallet_whitelist;

	/// Marks the feeless civic acts (`FeeSkipped`) in the payment extension.
	#[runtime::pallet_index(24)]
	pub type SkipFeelessPayment = pallet_skip_feeless_payment;

	/// Leaders elected by open call and renewed by the members' votes.
	#[runtime::pallet_index(25)]
	pub type LeadershipElections = pallet_leadership_elections;

	/// The collectives' treasuries and the capital (fee allowances) their leaders grant.
	#[runtime::pallet_index(26)]
	pub type Capital = pallet_collective_capital;

	// Tools for institutions.
	#[runtime::pallet_index(20)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(21)]
	pub type Multisig = pallet_multisig;

	/// Large calls for the councils (a runtime upgrade's code), noted with a deposit.
	#[runtime::pallet_index(22)]
	pub type Preimage = pallet_preimage;

	// Public-sector services.
	#[runtime::pallet_index(30)]
	pub type DigitalIdentity = pallet_digital_identity;

	#[runtime::pallet_index(31)]
	pub type Tenders = pallet_tenders;

	/// The procurement catalogue (CUCoP) whose keys tenders' partidas carry.
	#[runtime::pallet_index(36)]
	pub type ProcurementCatalogue = pallet_procurement_catalogue;

	// The public registries, each verifiable by anyone against finalized state (`bmx-verify`).
	/// Certificates of deposit and bonos de prenda (RUCAM).
	#[runtime::pallet_index(32)]
	pub type DepositCertificates = pallet_deposit_certificates;

	/// Reforestation subsidies traced to their land (CONAFOR and other agencies).
	#[runtime::pallet_index(33)]
	pub type ReforestationSubsidies = pallet_reforestation_subsidies;

	/// The public registry of property: folios reales, priority, encumbrances, certificates.
	#[runtime::pallet_index(34)]
	pub type PropertyRegistry = pallet_property_registry;

	/// The public registry of commerce: folios mercantiles, administrators, powers of attorney.
	#[runtime::pallet_index(35)]
	pub type CommerceRegistry = pallet_commerce_registry;

	// Anonymity: one person, one unlinkable vote.
	/// Rings of verified persons' member keys (ring VRF) per municipality, state and nation.
	#[runtime::pallet_index(37)]
	pub type AnonymityRings = pallet_anonymity_rings;

	/// Secret ballots voted with a ring proof and a per-ballot alias, feeless and accountless.
	#[runtime::pallet_index(38)]
	pub type SecretBallots = pallet_secret_ballots;

	/// Evaluation panels drawn by ring VRF tickets from the certified evaluators' roster,
	/// scoring under pseudonyms.
	#[runtime::pallet_index(39)]
	pub type AnonymousPanels = pallet_anonymous_panels;

	// Solidity contracts (EVM bytecode) and the Ethereum JSON-RPC's runtime side. The name
	// `Revive` is required by `pallet-revive-eth-rpc`.
	#[runtime::pallet_index(40)]
	pub type Revive = pallet_revive;
}
