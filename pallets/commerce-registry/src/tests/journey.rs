//! The journey of the issue: a company incorporated, a power granted, then revoked.

use super::*;

#[test]
fn a_company_incorporated_a_power_granted_then_revoked() {
	ExtBuilder.build_and_execute(|| {
		// The notary presents the deed of incorporation; the registrar inscribes it.
		incorporate();
		assert!(CommerceRegistry::folio_of_account(&ACME).is_some());
		// The shareholders appoint Alice sole administrator.
		appoint(ALICE, AdministratorRole::Sole, &[Administration, Ownership]);
		// Alice, for the company, grants Bob a power to sign bids.
		run_to(5);
		let power = grant(BOB, &[Administration], None);
		// A tender asks: may Bob sign for ACME?
		assert!(<CommerceRegistry as PowersOfAttorney<u64>>::holds_power(
			&BOB,
			&ACME,
			Administration
		));
		assert!(!<CommerceRegistry as PowersOfAttorney<u64>>::holds_power(&BOB, &ACME, Ownership));
		// The company revokes it before a notary; the registrar inscribes the revocation.
		run_to(9);
		assert_ok!(CommerceRegistry::revoke_power(registrar(), acme(), power, NOTARY, doc(5)));
		assert!(!<CommerceRegistry as PowersOfAttorney<u64>>::holds_power(
			&BOB,
			&ACME,
			Administration
		));
		// Alice still administers.
		assert!(CommerceRegistry::holds_power(&ALICE, &ACME, Administration));
		// The folio's history, in order.
		let kinds: Vec<_> = CommerceRegistry::acts_of(acme(), 0, 10)
			.into_iter()
			.map(|(n, a)| (n, a.kind))
			.collect();
		assert_eq!(
			kinds,
			vec![
				(0, ActKind::Incorporation),
				(
					1,
					ActKind::AdministratorAppointed {
						person: H256::repeat_byte(0xA1),
						role: AdministratorRole::Sole,
						scopes: scopes(&[Administration, Ownership]),
					}
				),
				(
					2,
					ActKind::PowerGranted {
						attorney: H256::repeat_byte(0xB2),
						scopes: scopes(&[Administration]),
						expires_at: None,
					}
				),
				(3, ActKind::PowerRevoked { grant: 2 }),
			]
		);
	});
}
