//! Genesis presets, runtime version, metadata and limits.

use super::*;
use crate::{configs::MAX_AUTHORITIES, Balances, CollectiveRegistry, VERSION};
use frame_support::traits::fungible::Inspect;

#[test]
fn every_preset_builds_a_valid_genesis() {
	for name in presets::preset_names() {
		let name = core::str::from_utf8(name.as_ref()).expect("preset names are utf-8").to_owned();
		preset_ext(&name).execute_with(|| {
			let validators: Vec<AccountId> = pallet_node_integration::Validators::<Runtime>::get()
				.into_iter()
				.map(|(v, _)| v)
				.collect();
			assert!(!validators.is_empty(), "{name}: no validators");
			assert_eq!(Session::validators(), validators, "{name}: session set differs");
			assert_eq!(aura_authorities().len(), validators.len(), "{name}: aura authorities");
			assert_eq!(
				grandpa_authorities().len(),
				validators.len(),
				"{name}: grandpa authorities"
			);
			assert_eq!(
				Balances::free_balance(Sr25519Keyring::Ferdie.to_account_id()),
				presets::ENDOWMENT,
				"{name}: dev accounts endowed"
			);
			assert_invariants();
			// The councils' memberships follow the collectives' state from genesis on.
			assert_eq!(
				Councils::council_members(pallet_governing_councils::Council::Executive).len(),
				9,
				"{name}: Secretary + 4 node + 4 projects commissioners"
			);
			assert_eq!(
				pallet_collective::Members::<Runtime, crate::configs::AdvisoryCollective>::get()
					.len(),
				3,
				"{name}: advisors"
			);
			assert!(CollectiveRegistry::collectives_needing_appointment().is_empty());
		});
	}
}

#[test]
fn development_has_one_validator_and_local_testnet_one_per_collective() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(validators(), vec![Sr25519Keyring::Alice.to_account_id()]);
		assert_eq!(aura_authorities(), vec![aura_key(Sr25519Keyring::Alice)]);
		assert_eq!(grandpa_authorities(), vec![grandpa_key(Ed25519Keyring::Alice)]);
	});
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let founders = presets::founding_collectives(&[0, 1, 2, 3]);
		let names: Vec<_> = founders.iter().map(|c| c.name.as_slice()).collect();
		assert_eq!(names, [&b"Academia"[..], b"Empresas", b"Sector publico", b"Sociedad civil"]);
		let accounts: Vec<AccountId> = founders.iter().map(|c| c.node.account.clone()).collect();
		assert_eq!(validators(), accounts);
		assert_eq!(
			aura_authorities(),
			[
				Sr25519Keyring::Alice,
				Sr25519Keyring::Bob,
				Sr25519Keyring::Charlie,
				Sr25519Keyring::Dave
			]
			.map(aura_key)
		);
	});
}

#[test]
fn a_network_from_its_founders_keys_holds_no_development_account() {
	use presets::{FoundingCollective, FoundingLeader, NetworkGenesis, NodeKeys};
	use sp_core::Pair;
	// Fresh keys, as `scripts/validator-keys.sh` and the founders' wallets make them: none of
	// them the keyring's.
	let sr = |n: u8| sp_core::sr25519::Pair::from_seed(&[n; 32]).public();
	let account = |n: u8| AccountId::from(sr(n));
	let leader = |n: u8| FoundingLeader {
		account: account(n),
		institution: format!("Institution {n}").into(),
	};
	let kinds = [
		pallet_collective_registry::CollectiveKind::Academia,
		pallet_collective_registry::CollectiveKind::Business,
		pallet_collective_registry::CollectiveKind::PublicSector,
		pallet_collective_registry::CollectiveKind::CivilSociety,
	];
	let network = NetworkGenesis {
		collectives: kinds
			.into_iter()
			.enumerate()
			.map(|(i, kind)| {
				let n = 10 * (i as u8 + 1);
				FoundingCollective {
					kind,
					name: format!("Collective {n}").into(),
					node: leader(n),
					node_keys: Some(NodeKeys {
						aura: sr(n + 1).into(),
						grandpa: sp_core::ed25519::Pair::from_seed(&[n + 2; 32]).public().into(),
					}),
					projects: leader(n + 3),
				}
			})
			.collect(),
		min_validators: 4,
		code_of_ethics: [7; 32],
		executive_secretary: account(50),
		advisory_council: vec![account(51), account(52), account(53)],
		registrars: vec![(
			account(54),
			b"RENAPO".to_vec(),
			vec![pallet_digital_identity::AttestationKind::Person],
		)],
		endowed: vec![(account(55), presets::ENDOWMENT)],
		treasury_endowment: presets::TREASURY_ENDOWMENT,
		cucop: vec![],
		ring_settings: vec![],
	};
	genesis_ext(presets::bmx_genesis(&network)).execute_with(|| {
		assert_eq!(validators(), [10, 20, 30, 40].map(account));
		assert_eq!(aura_authorities(), [11, 21, 31, 41].map(|n| AuraId::from(sr(n))));
		assert_eq!(Session::validators(), validators());
		assert_eq!(
			Councils::council_members(pallet_governing_councils::Council::Executive).len(),
			9,
			"Secretary + 4 node + 4 projects commissioners"
		);
		assert_eq!(Balances::free_balance(account(55)), presets::ENDOWMENT);
		for dev in Sr25519Keyring::iter() {
			assert_eq!(Balances::total_balance(&dev.to_account_id()), 0, "{dev:?} is endowed");
			assert!(
				!pallet_digital_identity::Registrars::<Runtime>::contains_key(dev.to_account_id()),
				"{dev:?} is a registrar"
			);
		}
		for address in presets::ETHEREUM_DEV_ADDRESSES {
			assert_eq!(Balances::total_balance(&presets::ethereum_account(address)), 0);
		}
		// The rings keep the runtime's defaults: a resident hides among 128 at least.
		assert_eq!(
			crate::AnonymityRings::settings_of(pallet_anonymity_rings::ScopeKind::Municipality)
				.min_ring_size,
			128
		);
		assert_invariants();
	});
}

#[test]
fn unknown_preset_is_refused() {
	assert!(presets::get_preset(&PresetId::from("mainnet")).is_none());
}

#[test]
fn runtime_version_and_metadata_are_sane() {
	assert_eq!(VERSION.spec_name, "bmx");
	assert!(VERSION.spec_version >= 100);
	assert_eq!(VERSION.transaction_version, 1);
	use sp_api::RuntimeApiInfo;
	for (id, name) in
		[
			(<dyn sp_api::Core<crate::Block>>::ID, "Core"),
			(<dyn sp_consensus_aura::AuraApi<crate::Block, AuraId>>::ID, "AuraApi"),
			(<dyn sp_consensus_grandpa::GrandpaApi<crate::Block>>::ID, "GrandpaApi"),
			(<dyn sp_session::SessionKeys<crate::Block>>::ID, "SessionKeys"),
			(<dyn sp_genesis_builder::GenesisBuilder<crate::Block>>::ID, "GenesisBuilder"),
			(
				<dyn pallet_aura_equivocation::runtime_api::AuraEquivocationApi<
					crate::Block,
					AuraId,
				>>::ID,
				"AuraEquivocationApi",
			),
		] {
		assert!(VERSION.apis.iter().any(|(api, _)| *api == id), "{name} API missing");
	}

	let versions = Runtime::metadata_versions();
	assert!(versions.contains(&16), "metadata v16 offered: {versions:?}");
	// pallet-revive's metadata reads host functions: build it inside externalities.
	let metadata = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(16))
		.expect("v16 metadata");
	let bytes: Vec<u8> = metadata.encode();
	assert!(bytes.len() > 10_000, "metadata is implausibly small");
	let names: Vec<&str> =
		<crate::AllPalletsWithSystem as frame_support::traits::PalletsInfoAccess>::infos()
			.into_iter()
			.map(|i| i.name)
			.collect();
	for expected in [
		"System",
		"Balances",
		"Reports",
		"CollectiveRegistry",
		"Councils",
		"NodeIntegration",
		"Projects",
		"Session",
		"Aura",
		"Grandpa",
		"Authorship",
		"Historical",
		"Offences",
		"AuraEquivocation",
		"Whitelist",
		"Preimage",
		"AdvisoryCouncil",
		"NodeCommission",
		"ProjectsCommission",
		"Revive",
	] {
		assert!(names.contains(&expected), "{expected} pallet missing: {names:?}");
	}
}

#[test]
fn authority_limits_agree() {
	use frame_support::traits::Get;
	type Aura = <Runtime as pallet_aura::Config>::MaxAuthorities;
	type Grandpa = <Runtime as pallet_grandpa::Config>::MaxAuthorities;
	type Validators = <Runtime as pallet_node_integration::Config>::MaxValidators;
	assert_eq!(<Aura as Get<u32>>::get(), MAX_AUTHORITIES);
	assert_eq!(<Grandpa as Get<u32>>::get(), MAX_AUTHORITIES);
	assert!(<Validators as Get<u32>>::get() <= MAX_AUTHORITIES);
}

#[test]
fn the_runtime_has_no_sudo() {
	let names: Vec<&str> =
		<crate::AllPalletsWithSystem as frame_support::traits::PalletsInfoAccess>::infos()
			.into_iter()
			.map(|i| i.name)
			.collect();
	assert!(!names.iter().any(|n| n.eq_ignore_ascii_case("sudo")), "{names:?}");
}

#[test]
fn founding_seats_end_in_different_blocks_and_the_chain_warns_ahead() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use std::collections::BTreeSet;
		let horizon = 3 * 365 * crate::DAYS;
		let expiries = Councils::upcoming_expiries(horizon);
		assert_eq!(expiries.len(), 9 + 3, "every founding seat ends within three years");
		let ends: BTreeSet<_> = expiries.iter().map(|(ends_at, _)| *ends_at).collect();
		assert_eq!(ends.len(), expiries.len(), "no two founding seats end in the same block");
		assert_invariants();
	});
}

#[test]
fn development_and_local_presets_set_their_minimum_of_validators() {
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_node_integration::MinValidators::<Runtime>::get(), 1);
	});
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(
			pallet_node_integration::MinValidators::<Runtime>::get(),
			presets::LOCAL_MIN_VALIDATORS
		);
		assert!(presets::LOCAL_MIN_VALIDATORS >= 4);
	});
}
