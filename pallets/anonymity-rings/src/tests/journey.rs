//! A whole flow with real proofs: ten neighbours of Guadalajara join their municipal ring, one
//! of them proves membership for a ballot, a revoked neighbour leaves the next revision while
//! the old one still answers for the ballot's snapshot, and the old revision is pruned after
//! its retention.

use super::*;
use bmx_primitives::anonymity::{ballot_context, vote_message};
use verifiable::{ring::bandersnatch::BandersnatchVrfVerifiable, GenerateVerifiable};

#[test]
fn ten_neighbours_one_unlinkable_vote_each() {
	ExtBuilder::default().build_and_execute(|| {
		// The municipality gathers batches of four; a ring is usable from eight members.
		let settings = ScopeSettings { onboarding_size: 4, min_ring_size: 8 };
		assert_ok!(Rings::set_scope_settings(
			RuntimeOrigin::root(),
			ScopeKind::Municipality,
			settings
		));

		// Three register: not a batch yet, on_idle leaves Guadalajara's queue alone.
		for who in [ALICE, BOB, CAROL] {
			register(who);
		}
		Rings::on_idle(1, lots());
		assert_eq!(Queues::<Test>::get(MUNI).expect("waiting").len(), 3);
		assert_eq!(RingCount::<Test>::get(MUNI), 0);
		// (Jalisco and the nation took their batch of three.)
		assert_eq!(Rings::usable_ring(&ring(NATIONAL, 0, 1), 1), Ok(3));

		// Seven more: two batches of four join, two keys keep waiting.
		for who in [DAVE, EVE, FRANK, GRACE, HEIDI, IVAN, JUAN] {
			register(who);
		}
		assert_ok!(Rings::onboard(RuntimeOrigin::signed(OUTSIDER), MUNI));
		assert_ok!(Rings::onboard(RuntimeOrigin::signed(OUTSIDER), MUNI));
		assert_noop!(
			Rings::onboard(RuntimeOrigin::signed(OUTSIDER), MUNI),
			Error::<Test>::TooFewWaiting
		);
		assert_eq!(RingKeys::<Test>::get(MUNI, 0).len(), 8);

		// Built in two steps of four keys; published as revision 1 at block 2.
		System::set_block_number(2);
		assert_ok!(Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), MUNI, 0));
		assert_eq!(
			last_event(),
			Event::RingBuildAdvanced { scope: MUNI, index: 0, included: 4, members: 8 }
		);
		assert_ok!(Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), MUNI, 0));
		assert_eq!(
			last_event(),
			Event::RingPublished { scope: MUNI, index: 0, revision: 1, members: 8, usable: true }
		);
		assert!(Rings::scope_is_usable(&MUNI));

		// A ballot with its snapshot at block 3. Carol proves against revision 1.
		System::set_block_number(3);
		let snapshot = 3;
		let first = ring(MUNI, 0, 1);
		let members = Rings::ring_members(MUNI, 0, 1).expect("published");
		assert_eq!(members.len(), 8);
		let context = ballot_context(&genesis(), 1);
		let message = vote_message(1, &first, &[2]);
		let (proof, _) = prove(CAROL, 0, &members, &[&context], &message);
		let alias = BandersnatchVrfVerifiable::alias_in_context(&secret(CAROL, 0), &context)
			.expect("alias");
		assert_eq!(Rings::verify(&first, snapshot, &[&context], &message, &proof), Ok(vec![alias]));
		// Her alias is not her key, and differs in another ballot.
		assert_ne!(alias, member_key(CAROL, 0));
		let other = BandersnatchVrfVerifiable::alias_in_context(
			&secret(CAROL, 0),
			&ballot_context(&genesis(), 2),
		)
		.expect("alias");
		assert_ne!(alias, other);

		// Juan's key still waits in the queue: his proof against the ring fails.
		let mut forged = members.clone();
		forged[7] = member_key(JUAN, 0);
		let (outsider, _) = prove(JUAN, 0, &forged, &[&context], &message);
		assert_eq!(
			Rings::verify(&first, snapshot, &[&context], &message, &outsider),
			Err(MembershipError::InvalidProof)
		);

		// Bob is revoked at block 4: the identity pallet's hook takes his key out; on_idle
		// rebuilds the ring from scratch and publishes revision 2 in that block.
		System::set_block_number(4);
		MockPersons::revoke(BOB);
		Rings::on_person_changed(&person_key(BOB));
		assert_eq!(
			last_event(),
			Event::MemberKeyRemoved {
				account: BOB,
				key: member_key(BOB, 0),
				cause: RemovalCause::NotVerified
			}
		);
		// Two more neighbours register: with Ivan's and Juan's, a batch of four joins the ring
		// (seven keys left), and the rebuild absorbs eleven keys in three steps.
		verify_many(20, 2, Residency::National(GDL));
		register(20);
		register(21);
		run_to_block(6, lots());
		let second = ring(MUNI, 0, 2);
		let record = Roots::<Test>::get((MUNI, 0, 2)).expect("published");
		assert_eq!((record.len, record.generation, record.valid_from), (11, 1, 4));
		let now_members = Rings::ring_members(MUNI, 0, 2).expect("published");
		assert!(!now_members.contains(&member_key(BOB, 0)));
		assert!(now_members.contains(&member_key(JUAN, 0)));
		assert_eq!(Rings::usable_ring(&second, 5), Ok(11));

		// The ballot's snapshot was before: revision 1 still answers for it, and Carol's vote
		// still verifies; for a later snapshot revision 1 is out of force.
		assert_eq!(Rings::verify(&first, snapshot, &[&context], &message, &proof), Ok(vec![alias]));
		assert_eq!(
			Rings::verify(&first, 4, &[&context], &message, &proof),
			Err(MembershipError::NotInForce)
		);
		assert_eq!(Rings::ring_members(MUNI, 0, 1), Some(members));

		// After the retention, revision 1 and its retired key list are gone.
		run_to_block(4 + RETENTION + 1, lots());
		assert!(deposited(Event::RevisionPruned { scope: MUNI, index: 0, revision: 1 }));
		assert_eq!(
			Rings::verify(&first, snapshot, &[&context], &message, &proof),
			Err(MembershipError::UnknownRing)
		);
		assert_eq!(Rings::ring_members(MUNI, 0, 1), None);
	});
}
