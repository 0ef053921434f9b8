//! The public services and accounts: Ethereum accounts, identity registrars, treasuries.

use super::*;
use crate::Balances;

#[test]
fn ethereum_dev_accounts_are_endowed_and_mapped() {
	use pallet_revive::AddressMapper;
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		for address in presets::ETHEREUM_DEV_ADDRESSES {
			let account = presets::ethereum_account(address);
			assert_eq!(Balances::free_balance(&account), presets::ENDOWMENT);
			let h160 = sp_core::H160::from(address);
			assert_eq!(
				<Runtime as pallet_revive::Config>::AddressMapper::to_address(&account),
				h160
			);
			assert_eq!(
				<Runtime as pallet_revive::Config>::AddressMapper::to_account_id(&h160),
				account
			);
		}
		// A Substrate account is mapped when created, so Ethereum tools can reach it.
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(<Runtime as pallet_revive::Config>::AddressMapper::is_mapped(&alice));
	});
}

#[test]
fn identity_registrars_and_credential_types_are_founded_at_genesis() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use pallet_digital_identity::{traits::CredentialsInspect, CredentialStatus};
		let renapo = Sr25519Keyring::One.to_account_id();
		assert!(pallet_digital_identity::Registrars::<Runtime>::contains_key(&renapo));
		assert_eq!(Balances::free_balance(&renapo), presets::ENDOWMENT, "registrars pay fees");
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(!<crate::DigitalIdentity as CredentialsInspect<AccountId>>::has_credential(
			&alice, 0
		));
		assert!(matches!(
			crate::DigitalIdentity::credential_status(alice, 0),
			CredentialStatus::NotIssued
		));
		assert_invariants();
	});
}

#[test]
fn a_revoked_organisation_is_suspended_as_a_supplier() {
	use crate::{DigitalIdentity, Tenders};
	use pallet_tenders::{SupplierStatus, Suppliers};
	preset_ext(presets::DEVELOPMENT_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		let sat = Sr25519Keyring::Two.to_account_id();
		let company = AccountId::from([0x0c; 32]);
		let document = sp_core::H256::repeat_byte(0xd0);
		assert_ok!(DigitalIdentity::verify_organisation(
			RuntimeOrigin::signed(sat.clone()),
			company.clone(),
			sp_core::H256::repeat_byte(0x0c),
			Default::default(),
		));
		assert_ok!(Tenders::register_supplier(RuntimeOrigin::signed(company.clone()), document));
		executive_decides(RuntimeCall::Tenders(pallet_tenders::Call::approve_supplier {
			supplier: company.clone(),
			reason: document,
		}));
		// SAT revokes the company: the identity pallet's hook suspends it in tenders.
		assert_ok!(DigitalIdentity::revoke_organisation(
			RuntimeOrigin::signed(sat),
			company.clone(),
			document,
		));
		assert_eq!(
			Suppliers::<Runtime>::get(&company).map(|s| s.status),
			Some(SupplierStatus::Suspended)
		);
		assert_invariants();
	});
}
