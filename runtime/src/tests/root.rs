//! Root: there is no sudo; only the Executive Council (whitelisting) and the Advisory Council
//! (dispatching) together reach it, and a runtime upgrade goes that way.

use super::*;
use frame_support::assert_noop;
use sp_runtime::DispatchError;
use Sr25519Keyring::*;

/// A runtime blob and the version the host reports for it (as `sp_io::misc::runtime_version`
/// reads a wasm's `runtime_version` section).
struct ReportedVersion(Vec<u8>);

impl sp_core::traits::ReadRuntimeVersion for ReportedVersion {
	fn read_runtime_version(
		&self,
		_wasm_code: &[u8],
		_ext: &mut dyn sp_externalities::Externalities,
	) -> Result<Vec<u8>, String> {
		Ok(self.0.clone())
	}
}

/// The local preset, with the host reporting `spec_version` for any runtime blob.
fn ext_reporting_spec_version(spec_version: u32) -> sp_io::TestExternalities {
	let mut ext = preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET);
	let version = sp_version::RuntimeVersion { spec_version, ..crate::VERSION };
	ext.register_extension(sp_core::traits::ReadRuntimeVersionExt::new(ReportedVersion(
		version.encode(),
	)));
	ext
}

fn authorize_upgrade(code: &[u8]) -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::authorize_upgrade {
		code_hash: <Runtime as frame_system::Config>::Hashing::hash(code),
	})
}

#[test]
fn a_root_call_fails_from_any_origin_but_the_two_councils_together() {
	ext_reporting_spec_version(crate::VERSION.spec_version + 1).execute_with(|| {
		System::set_block_number(1);
		let code = b"a runtime".to_vec();
		let call = authorize_upgrade(&code);
		// Any single account, the Executive Council alone, the Advisory Council alone.
		for who in [Alice, Eve, Ferdie] {
			assert_eq!(
				dispatch(signed(who), call.clone()).unwrap_err().error,
				DispatchError::BadOrigin
			);
		}
		let all: Vec<_> = EXECUTIVES.iter().map(|k| (*k, true)).collect();
		let (outcome, result) = executive_motion(Eve, MotionKind::Ordinary, call.clone(), &all);
		assert_eq!(
			(outcome, result),
			(MotionOutcome::Approved, Some(Err(DispatchError::BadOrigin)))
		);
		assert_eq!(advisory_motion(call.clone(), &ADVISORS), Some(Err(DispatchError::BadOrigin)));
		// The Advisory Council's dispatch before any whitelisting only waits (deferred) ...
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		let dispatch_call = RuntimeCall::Whitelist(
			pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage {
				call: Box::new(call.clone()),
			},
		);
		assert_eq!(advisory_motion(dispatch_call, &ADVISORS), Some(Ok(())));
		assert!(pallet_whitelist::DeferredDispatch::<Runtime>::contains_key(hash));
		assert!(System::authorized_upgrade().is_none());
		// ... nobody can relay it before the Executive whitelists it ...
		assert_noop!(
			crate::Whitelist::dispatch_whitelisted_call_with_preimage(
				signed(Alice),
				Box::new(call.clone())
			),
			pallet_whitelist::Error::<Runtime>::CallIsNotWhitelisted
		);
		// ... and once whitelisted, anyone relays it, as Root.
		executive_decides(RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call {
			call_hash: hash,
		}));
		assert_ok!(crate::Whitelist::dispatch_whitelisted_call_with_preimage(
			signed(Alice),
			Box::new(call)
		));
		assert!(System::authorized_upgrade().is_some());
		assert_invariants();
	});
}

#[test]
fn a_runtime_upgrade_is_enacted_through_the_councils_and_must_raise_the_spec_version() {
	let next = crate::VERSION.spec_version + 1;
	ext_reporting_spec_version(next).execute_with(|| {
		System::set_block_number(1);
		let code = b"the next runtime".to_vec();
		// Not authorized: refused.
		assert_noop!(
			System::apply_authorized_upgrade(signed(Alice), code.clone()),
			frame_system::Error::<Runtime>::NothingAuthorized
		);
		assert_ok!(as_governed_root(authorize_upgrade(&code)));
		// Another blob than the authorized one: refused.
		assert_noop!(
			System::apply_authorized_upgrade(signed(Alice), b"other code".to_vec()),
			frame_system::Error::<Runtime>::Unauthorized
		);
		// The authorized code, whose version raises spec_version, is applied by anyone.
		assert_ok!(System::apply_authorized_upgrade(signed(Alice), code.clone()));
		assert_eq!(
			sp_io::storage::get(sp_core::storage::well_known_keys::CODE).as_deref(),
			Some(&code[..])
		);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::System(frame_system::Event::CodeUpdated { .. })
		)));
		assert!(System::authorized_upgrade().is_none());
		assert_invariants();
	});
	// A blob that does not raise spec_version is rejected even when authorized: the code
	// stays, the authorization is spent, and the event says why.
	ext_reporting_spec_version(crate::VERSION.spec_version).execute_with(|| {
		System::set_block_number(1);
		let code = b"the same runtime again".to_vec();
		assert_ok!(as_governed_root(authorize_upgrade(&code)));
		assert_ok!(System::apply_authorized_upgrade(signed(Alice), code.clone()));
		assert_ne!(
			sp_io::storage::get(sp_core::storage::well_known_keys::CODE).as_deref(),
			Some(&code[..])
		);
		assert!(System::authorized_upgrade().is_none());
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::System(frame_system::Event::RejectedInvalidAuthorizedUpgrade {
				error, ..
			}) if *error == frame_system::Error::<Runtime>::SpecVersionNeedsToIncrease.into()
		)));
	});
}
