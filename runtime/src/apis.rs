//! The runtime APIs the node, wallets and tools call.

use alloc::{vec, vec::Vec};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::KeyOwnerProofSystem,
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use super::{
	AccountId, Aura, Balance, Block, BlockNumber, CommerceRegistry, DepositCertificates,
	DigitalIdentity, Executive, Grandpa, Historical, InherentDataExt, Nonce, ProcurementCatalogue,
	PropertyRegistry, ReforestationSubsidies, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SessionKeys, System, TransactionPayment, VERSION,
};
// Named by the benchmark list only.
#[cfg(feature = "runtime-benchmarks")]
use super::{AnonymityRings, AnonymousPanels, SecretBallots};

// `pallet-revive` adds its runtime API (`ReviveApi`, read by the Ethereum RPC) to ours.
pallet_revive::impl_runtime_apis_plus_revive_traits!(
	Runtime,
	Revive,
	Executive,
	EthExtraImpl,

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(
			encoded: Vec<u8>,
		) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl pallet_aura_equivocation::runtime_api::AuraEquivocationApi<Block, AuraId> for Runtime {
		fn generate_key_ownership_proof(
			authority_id: AuraId,
		) -> Option<sp_runtime::OpaqueValue> {
			use codec::Encode;
			use sp_runtime::RuntimeAppPublic;
			Historical::prove((AuraId::ID, authority_id))
				.map(|proof| sp_runtime::OpaqueValue::new(proof.encode()))
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use baseline::Pallet as BaselineBench;
			use crate::{
				AdvisoryCouncil, AuraEquivocation, Balances, Capital, CollectiveRegistry, Councils,
				FeeSponsorship, LeadershipElections,
				DigitalIdentity, Multisig, NodeIntegration, Preimage, Projects, Reports, Tenders,
				Timestamp, Utility, Whitelist,
			};

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();

			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use sp_storage::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;
			use baseline::Pallet as BaselineBench;
			use frame_support::traits::WhitelistedStorageKeys;
			use crate::{
				AdvisoryCouncil, AuraEquivocation, Balances, Capital, CollectiveRegistry, Councils,
				FeeSponsorship, LeadershipElections,
				DigitalIdentity, Multisig, NodeIntegration, Preimage, Projects, Reports, Tenders,
				Timestamp, Utility, Whitelist,
			};

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> = crate::AllPalletsWithSystem::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, super::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select).expect("execute-block failed")
		}
	}

	impl pallet_digital_identity::runtime_api::DigitalIdentityApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn person_key(who: AccountId) -> Option<pallet_digital_identity::PersonKey> {
			DigitalIdentity::person_key(who)
		}

		fn residency(who: AccountId) -> Option<pallet_digital_identity::Residency> {
			DigitalIdentity::residency(who)
		}

		fn is_adult(who: AccountId) -> bool {
			DigitalIdentity::is_adult(who)
		}

		fn organisation_key(who: AccountId) -> Option<pallet_digital_identity::OrganisationKey> {
			DigitalIdentity::organisation_key(who)
		}

		fn is_representative(organisation: AccountId, who: AccountId) -> bool {
			DigitalIdentity::is_representative(organisation, who)
		}

		fn is_efirma_bound(who: AccountId) -> bool {
			DigitalIdentity::is_efirma_bound(who)
		}

		fn credential_status(
			subject: AccountId,
			credential_type: pallet_digital_identity::CredentialTypeId,
		) -> pallet_digital_identity::CredentialStatus {
			DigitalIdentity::credential_status(subject, credential_type)
		}

		fn signatures(
			document: pallet_digital_identity::DocumentHash,
		) -> Vec<pallet_digital_identity::SigningAct<AccountId, Vec<u8>, BlockNumber>> {
			DigitalIdentity::signatures(document)
		}

		fn certificate(
			certificate: pallet_digital_identity::CertificateId,
		) -> Option<(pallet_digital_identity::Certificate<AccountId>, Option<pallet_digital_identity::Moment>)> {
			DigitalIdentity::certificate(certificate)
		}

		fn check_signing_act(
			document: pallet_digital_identity::DocumentHash,
			signer: AccountId,
		) -> Option<bool> {
			DigitalIdentity::check_signing_act(document, signer)
		}
	}

	impl pallet_deposit_certificates::runtime_api::DepositCertificatesApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn verify_certificate(
			warehouse: AccountId,
			folio: pallet_deposit_certificates::Folio,
		) -> Option<pallet_deposit_certificates::CertificateVerification<AccountId, BlockNumber>> {
			DepositCertificates::verify_certificate(warehouse, folio)
		}

		fn certificates_of_warehouse(
			warehouse: AccountId,
			start_after: Option<pallet_deposit_certificates::Folio>,
			limit: u32,
		) -> Vec<pallet_deposit_certificates::CertificateSummary<AccountId, BlockNumber>> {
			DepositCertificates::certificates_of_warehouse(warehouse, start_after, limit)
		}

		fn warehouse(
			warehouse: AccountId,
		) -> Option<pallet_deposit_certificates::WarehouseSummary<AccountId>> {
			DepositCertificates::warehouse_summary(warehouse)
		}

		fn certificate_of_lot(
			lot: pallet_deposit_certificates::LotId,
		) -> Option<(AccountId, pallet_deposit_certificates::Folio)> {
			pallet_deposit_certificates::LiveLots::<Runtime>::get(lot)
		}
	}

	impl pallet_reforestation_subsidies::runtime_api::ReforestationSubsidiesApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn conflicting_grants(
			property: pallet_reforestation_subsidies::PropertyId,
			concept: pallet_reforestation_subsidies::Concept,
			first_year: u16,
			last_year: u16,
		) -> Vec<pallet_reforestation_subsidies::GrantId> {
			ReforestationSubsidies::conflicting_grants_of(property, concept, first_year, last_year)
		}

		fn conflicting_grants_of_application(
			application: pallet_reforestation_subsidies::ApplicationId,
		) -> Vec<pallet_reforestation_subsidies::GrantId> {
			ReforestationSubsidies::conflicting_grants_of_application(application)
		}

		fn grants_of_cell(
			cell: bmx_primitives::land::H3Cell,
		) -> Vec<pallet_reforestation_subsidies::GrantId> {
			ReforestationSubsidies::grants_on_cell(cell)
		}

		fn property_history(
			property: pallet_reforestation_subsidies::PropertyId,
		) -> Option<pallet_reforestation_subsidies::PropertyHistory<AccountId, BlockNumber>> {
			ReforestationSubsidies::property_history(property)
		}

		fn beneficiary_history(
			beneficiary: pallet_reforestation_subsidies::PartyKey,
		) -> Vec<pallet_reforestation_subsidies::GrantHistory<AccountId, BlockNumber>> {
			ReforestationSubsidies::beneficiary_history(beneficiary)
		}

		fn program_history(
			program: pallet_reforestation_subsidies::ProgramId,
		) -> Vec<pallet_reforestation_subsidies::GrantHistory<AccountId, BlockNumber>> {
			ReforestationSubsidies::program_history(program)
		}

		fn program_totals(
			program: pallet_reforestation_subsidies::ProgramId,
		) -> Option<pallet_reforestation_subsidies::ProgramTotals> {
			ReforestationSubsidies::totals_of_program(program)
		}
	}

	impl pallet_property_registry::runtime_api::PropertyRegistryApi<
		Block,
		AccountId,
		BlockNumber,
		pallet_property_registry::FolioOf<Runtime>,
		pallet_property_registry::EntryOf<Runtime>,
		pallet_property_registry::CertificateOf<Runtime>,
	> for Runtime {
		fn folio(
			folio: pallet_property_registry::FolioId,
		) -> Option<pallet_property_registry::FolioOf<Runtime>> {
			pallet_property_registry::Folios::<Runtime>::get(folio)
		}

		fn owners(
			folio: pallet_property_registry::FolioId,
		) -> Option<Vec<pallet_property_registry::PartyKey>> {
			PropertyRegistry::owners_of(folio).map(|owners| owners.into_inner())
		}

		fn live_encumbrances(
			folio: pallet_property_registry::FolioId,
		) -> Option<Vec<pallet_property_registry::Encumbrance>> {
			PropertyRegistry::live_encumbrances(folio)
		}

		fn history(
			folio: pallet_property_registry::FolioId,
			from: pallet_property_registry::EntryNumber,
			limit: u32,
		) -> Vec<(pallet_property_registry::EntryNumber, pallet_property_registry::EntryOf<Runtime>)> {
			PropertyRegistry::history_page(folio, from, limit)
		}

		fn certificate(
			id: pallet_property_registry::CertificateId,
		) -> Option<pallet_property_registry::CertificateOf<Runtime>> {
			pallet_property_registry::Certificates::<Runtime>::get(id)
		}

		fn folios_of_cell(
			cell: bmx_primitives::land::H3Cell,
			from: pallet_property_registry::FolioId,
			limit: u32,
		) -> Vec<pallet_property_registry::FolioId> {
			PropertyRegistry::folios_on_cell(cell, from, limit)
		}

		fn office_queue(
			office: pallet_property_registry::OfficeId,
			skip: u32,
			limit: u32,
		) -> Vec<(
			pallet_property_registry::EntryNumber,
			pallet_property_registry::FolioId,
			pallet_property_registry::EntryNumber,
		)> {
			PropertyRegistry::office_queue(office, skip, limit)
		}
	}

	impl pallet_procurement_catalogue::runtime_api::ProcurementCatalogueApi<Block, BlockNumber>
		for Runtime
	{
		fn code(
			code: bmx_primitives::procurement::CucopCode,
		) -> Option<pallet_procurement_catalogue::CatalogueEntryView<BlockNumber>> {
			ProcurementCatalogue::code(code)
		}

		fn search(
			query: Vec<u8>,
			limit: u32,
		) -> Vec<(
			bmx_primitives::procurement::CucopCode,
			pallet_procurement_catalogue::CatalogueEntryView<BlockNumber>,
		)> {
			ProcurementCatalogue::search(query, limit)
		}
	}

	impl pallet_commerce_registry::runtime_api::CommerceRegistryApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn folio(
			company: bmx_primitives::identity::OrganisationKey,
		) -> Option<pallet_commerce_registry::FolioView<BlockNumber>> {
			CommerceRegistry::folio_of(company)
		}

		fn folio_of_account(
			company: AccountId,
		) -> Option<pallet_commerce_registry::FolioView<BlockNumber>> {
			CommerceRegistry::folio_of_account(&company)
		}

		fn acts(
			company: bmx_primitives::identity::OrganisationKey,
			from: pallet_commerce_registry::ActNumber,
			limit: u32,
		) -> Vec<(pallet_commerce_registry::ActNumber, pallet_commerce_registry::Act<AccountId, BlockNumber>)> {
			CommerceRegistry::acts_of(company, from, limit)
		}

		fn holds_power(
			attorney: AccountId,
			company: AccountId,
			scope: bmx_primitives::registries::PowerScope,
		) -> bool {
			CommerceRegistry::holds_power(&attorney, &company, scope)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
);
