//! What verifiers and clerks read: the functions behind `DepositCertificatesApi`.

use super::*;
use crate::{Act, HistoryEntry};

#[test]
fn verify_certificate_tells_authenticity_holders_encumbrance_and_history() {
	ExtBuilder::default().build_and_execute(|| {
		// Not authentic: no such folio, or no such warehouse.
		assert_eq!(Certificates::verify_certificate(WAREHOUSE, FOLIO), None);
		issue(true);
		assert_eq!(Certificates::verify_certificate(OTHER_WAREHOUSE, FOLIO), None);
		assert_ok!(Certificates::endorse_certificate(
			RuntimeOrigin::signed(DEPOSITOR),
			WAREHOUSE,
			FOLIO,
			BUYER
		));
		System::set_block_number(2);
		pledge();
		assert_ok!(Certificates::suspend_warehouse(RuntimeOrigin::root(), WAREHOUSE));
		let v = Certificates::verify_certificate(WAREHOUSE, FOLIO).expect("authentic");
		assert_eq!(v.warehouse, WAREHOUSE);
		assert_eq!(v.warehouse_status, WarehouseStatus::Suspended);
		assert_eq!(v.issued_by, OFFICER);
		assert_eq!((v.status, v.expired, v.withdrawable), (CertificateStatus::Live, false, 0));
		assert_eq!((v.certificate_holder, v.bono_holder), (BUYER, Some(BANK)));
		let e = v.encumbrance.expect("pledged");
		assert_eq!(
			(e.creditor, e.amount, e.interest, e.due, e.status, e.deposited, e.owed),
			(BANK, LOAN, INTEREST, DUE, PledgeStatus::Outstanding, 0, LOAN + INTEREST)
		);
		assert_eq!(v.certificate_holders, vec![DEPOSITOR, BUYER]);
		assert_eq!(v.bono_holders, vec![DEPOSITOR, BANK]);
		assert_eq!(
			v.history,
			vec![
				HistoryEntry {
					at: 1,
					act: Act::Issued { depositor: DEPOSITOR, officer: OFFICER, negotiable: true }
				},
				HistoryEntry {
					at: 1,
					act: Act::CertificateEndorsed { from: DEPOSITOR, to: BUYER }
				},
				HistoryEntry {
					at: 2,
					act: Act::BonoPledged {
						debtor: DEPOSITOR,
						creditor: BANK,
						amount: LOAN,
						interest: INTEREST,
						due: DUE
					}
				},
			]
		);
		System::set_block_number(EXPIRY);
		assert!(Certificates::verify_certificate(WAREHOUSE, FOLIO).expect("authentic").expired);
	});
}

#[test]
fn certificates_of_warehouse_pages_through_all() {
	ExtBuilder::default().build_and_execute(|| {
		for i in 0..5u8 {
			assert_ok!(Certificates::issue_certificate(
				RuntimeOrigin::signed(OFFICER),
				WAREHOUSE,
				u64::from(i),
				DEPOSITOR,
				goods(H256::repeat_byte(0x30 + i)),
				i % 2 == 0,
				EXPIRY
			));
		}
		assert!(Certificates::certificates_of_warehouse(OTHER_WAREHOUSE, None, 10).is_empty());
		let mut seen = Vec::new();
		let mut start_after = None;
		loop {
			let page = Certificates::certificates_of_warehouse(WAREHOUSE, start_after, 2);
			assert!(page.len() <= 2);
			seen.extend(page.iter().map(|s| s.folio));
			match page.last() {
				Some(last) if page.len() == 2 => start_after = Some(last.folio),
				_ => break,
			}
		}
		seen.sort();
		assert_eq!(seen, vec![0, 1, 2, 3, 4]);
		let all = Certificates::certificates_of_warehouse(WAREHOUSE, None, u32::MAX);
		assert_eq!(all.len(), 5);
		let first = all.iter().find(|s| s.folio == 0).expect("listed");
		assert_eq!(
			(first.quantity, first.certificate_holder, first.bono_holder, first.encumbered),
			(QUANTITY, DEPOSITOR, Some(DEPOSITOR), false)
		);
		assert_eq!(all.iter().find(|s| s.folio == 1).expect("listed").bono_holder, None);
	});
}

#[test]
fn warehouse_summary_tells_status_and_officers() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Certificates::warehouse_summary(OTHER_WAREHOUSE), None);
		let w = Certificates::warehouse_summary(WAREHOUSE).expect("authorised");
		assert_eq!(w.status, WarehouseStatus::Authorised);
		assert_eq!(w.officers, vec![OFFICER]);
	});
}

/// The storage keys and the value layout that a verifier computes and decodes without the
/// runtime (see the crate docs' `## Verification without trusting a node`). In this mock the
/// pallet is named `Certificates`; in the runtime, `DepositCertificates`.
#[test]
fn storage_keys_and_layout_are_what_verifiers_compute() {
	use codec::Encode;
	use sp_io::hashing::{blake2_128, twox_128};
	ExtBuilder::default().build_and_execute(|| {
		issue(true);
		let concat = |bytes: Vec<u8>| [blake2_128(&bytes).to_vec(), bytes].concat();
		let tail = [concat(WAREHOUSE.encode()), concat(FOLIO.to_le_bytes().to_vec())].concat();
		let key = |item: &[u8]| {
			[twox_128(b"Certificates").to_vec(), twox_128(item).to_vec(), tail.clone()].concat()
		};
		let certificate_key = key(b"Certificates");
		let history_key = key(b"History");
		assert_eq!(certificate_key, crate::Certificates::<Test>::hashed_key_for(WAREHOUSE, FOLIO));
		assert_eq!(history_key, crate::History::<Test>::hashed_key_for(WAREHOUSE, FOLIO));
		let raw = sp_io::storage::get(&certificate_key).expect("stored");
		// Goods first: description (32 bytes), quantity (u128 LE), unit (Tonne: 1), lot (32
		// bytes), declared value (u128 LE), location (state's INEGI code: Jalisco 14;
		// municipality u16 LE: 39), insurance (32 bytes).
		assert_eq!(raw.get(..32), Some(&[0x01; 32][..]));
		assert_eq!(raw.get(32..48), Some(&QUANTITY.to_le_bytes()[..]));
		assert_eq!(raw.get(48), Some(&1));
		assert_eq!(raw.get(49..81), Some(LOT.as_bytes()));
		assert_eq!(raw.get(97..100), Some(&[14, 39, 0][..]));
		// Then issued at, expires at (block numbers: u64 in this mock, u32 in the runtime),
		// status (Live: 0), the certificate's holders (compact length 1, the depositor).
		assert_eq!(raw.get(132..140), Some(&1u64.to_le_bytes()[..]));
		assert_eq!(raw.get(140..148), Some(&EXPIRY.to_le_bytes()[..]));
		assert_eq!(raw.get(148..150), Some(&[0, 4][..]));
		assert_eq!(raw.get(150..158), Some(&DEPOSITOR.to_le_bytes()[..]));
		let history = sp_io::storage::get(&history_key).expect("stored");
		// One entry: compact length 1, at (block 1), act Issued (variant 0), depositor, officer,
		// negotiable.
		assert_eq!(history.first(), Some(&4));
		assert_eq!(history.get(1..), Some(&(1u64, 0u8, DEPOSITOR, OFFICER, true).encode()[..]));
	});
}
