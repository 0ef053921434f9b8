//! The evaluators' roster and the panels' rings ([`PanelRings`]), and [`MemberKeys`].

use super::*;
use crate::{
	Builders, Expiries, ExpiryBounds, PendingBuilds, RetiredKeys, UsableRings, WeightInfo,
};
use bmx_primitives::anonymity::{pseudonym_context, MemberKeys, PanelRings};
use verifiable::{ring::bandersnatch::BandersnatchVrfVerifiable, GenerateVerifiable};

/// The evaluators' roster.
const ROSTER: RingScope = RingScope::Evaluators;

/// The panel the tests form.
const PANEL: u32 = 7;

/// Panel [`PANEL`]'s scope.
const PANEL_SCOPE: RingScope = RingScope::Panel(PANEL);

/// `who`'s first key joins the roster by the trait.
fn join(who: u64) {
	assert_ok!(<Rings as PanelRings<u64>>::join_roster(member_key(who, 0)));
}

/// Register `who`s, enrol them in the roster and publish the roster's ring.
fn roster_of(who: &[u64]) {
	for w in who {
		register(*w);
		join(*w);
	}
	settle(ROSTER);
}

/// The first keys of `who`.
fn keys_of(who: &[u64]) -> Vec<MemberKey> {
	who.iter().map(|w| member_key(*w, 0)).collect()
}

/// Build ring 0 of `scope` by the call until it is up to date.
fn build(scope: RingScope) {
	while Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), scope, 0).is_ok() {}
}

/// Whether `proof` by a member of `ring` for the pseudonym context and `message` verifies.
fn verifies(ring: &RingRef, snapshot: u64, message: &[u8], proof: &[u8]) -> bool {
	let context = pseudonym_context(&genesis());
	Rings::verify(ring, snapshot, &[&context], message, proof).is_ok()
}

/// A proof by `who`'s first key against the ring of `members`, for the pseudonym context.
fn pseudonym_proof(who: u64, members: &[MemberKey], message: &[u8]) -> Vec<u8> {
	let context = pseudonym_context(&genesis());
	prove(who, 0, members, &[&context], message).0
}

#[test]
fn join_roster_queues_a_key_that_joins_a_ring_with_a_batch() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB] {
			register(who);
			join(who);
			assert_eq!(last_event(), Event::RosterJoined { key: member_key(who, 0) });
		}
		// Two wait: fewer than the roster's onboarding size (3).
		assert_eq!(
			Queues::<Test>::get(ROSTER).expect("waiting").into_inner(),
			keys_of(&[ALICE, BOB])
		);
		assert!(!ReadyScopes::<Test>::contains_key(ROSTER));
		register(CAROL);
		join(CAROL);
		assert!(ReadyScopes::<Test>::contains_key(ROSTER));
		// on_idle onboards and builds the roster like any scope.
		Rings::on_idle(1, lots());
		assert!(deposited(Event::RingOpened { scope: ROSTER, index: 0 }));
		assert!(deposited(Event::KeysOnboarded { scope: ROSTER, index: 0, keys: 3 }));
		assert!(deposited(Event::RingPublished {
			scope: ROSTER,
			index: 0,
			revision: 1,
			members: 3,
			usable: true
		}));
		assert_eq!(Rings::usable_ring(&ring(ROSTER, 0, 1), 1), Ok(3));
		assert!(Rings::scope_is_usable(&ROSTER));
		assert_eq!(Rings::ring_members(ROSTER, 0, 1), Some(keys_of(&[ALICE, BOB, CAROL])));
		for key in keys_of(&[ALICE, BOB, CAROL]) {
			assert_eq!(Placements::<Test>::get(key, ROSTER), Some(0));
		}
		assert!(Queues::<Test>::get(ROSTER).is_none());
		// The member view shows the residency scopes only.
		let status = Rings::member(person_key(ALICE)).expect("a member");
		assert!(status.rings.iter().all(|(scope, _)| scope.is_residency()));
		assert_eq!(Rings::rings_of(ROSTER, 0).len(), 1);
	});
}

#[test]
fn join_roster_fails() {
	ExtBuilder::default().build_and_execute(|| {
		// Not a registered member key.
		let stranger = member_key(OUTSIDER, 0);
		assert_eq!(Rings::do_join_roster(stranger), Err(Error::<Test>::NotFound.into()));
		assert_eq!(
			<Rings as PanelRings<u64>>::join_roster(stranger),
			Err(MembershipError::UnknownRing)
		);
		// In the queue, then in a ring.
		register(ALICE);
		join(ALICE);
		assert_eq!(
			Rings::do_join_roster(member_key(ALICE, 0)),
			Err(Error::<Test>::AlreadyExists.into())
		);
		roster_of(&[BOB, CAROL]);
		assert_eq!(Placements::<Test>::get(member_key(ALICE, 0), ROSTER), Some(0));
		assert_eq!(
			Rings::do_join_roster(member_key(ALICE, 0)),
			Err(Error::<Test>::AlreadyExists.into())
		);
		// A full queue (nobody onboards the roster here; the national queue is kept short).
		verify_many(100, u64::from(MAX_QUEUE) + 1, Residency::Abroad);
		for who in 100..100 + u64::from(MAX_QUEUE) {
			register(who);
			let _ = Rings::onboard(RuntimeOrigin::signed(OUTSIDER), NATIONAL);
			assert_ok!(Rings::do_join_roster(member_key(who, 0)));
		}
		let last = 100 + u64::from(MAX_QUEUE);
		register(last);
		assert_eq!(
			Rings::do_join_roster(member_key(last, 0)),
			Err(Error::<Test>::TooManyWaiting.into())
		);
		assert_eq!(Queues::<Test>::get(ROSTER).expect("full").len() as u32, MAX_QUEUE);
	});
}

#[test]
fn a_proof_against_the_roster_verifies_and_leave_roster_takes_the_key_out() {
	ExtBuilder::default().build_and_execute(|| {
		roster_of(&[ALICE, BOB, CAROL, DAVE]);
		let first = ring(ROSTER, 0, 1);
		let members = Rings::ring_members(ROSTER, 0, 1).expect("published");
		let (proof, aliases) =
			prove(BOB, 0, &members, &[&pseudonym_context(&genesis())], b"settle");
		let expected = BandersnatchVrfVerifiable::alias_in_context(
			&secret(BOB, 0),
			&pseudonym_context(&genesis()),
		)
		.expect("alias");
		assert_eq!(aliases, vec![expected]);
		assert!(verifies(&first, 1, b"settle", &proof));

		// Bob leaves: his ring starts a new generation and is rebuilt without him.
		System::set_block_number(2);
		assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(BOB, 0)));
		assert!(deposited(Event::RosterLeft { key: member_key(BOB, 0) }));
		assert_eq!(last_event(), Event::FormerEvaluatorQueued { key: member_key(BOB, 0) });
		assert_eq!(Placements::<Test>::get(member_key(BOB, 0), ROSTER), None);
		let info = RingsStorage::<Test>::get(ROSTER, 0).expect("a ring");
		assert_eq!((info.generation, info.len, info.stale), (1, 3, true));
		// He is still a member, waiting in his residency scopes' queues.
		assert!(Members::<Test>::contains_key(person_key(BOB)));
		assert!(Queues::<Test>::get(MUNI).expect("waiting").contains(&member_key(BOB, 0)));
		settle(ROSTER);
		let second = ring(ROSTER, 0, 2);
		let now = Rings::ring_members(ROSTER, 0, 2).expect("published");
		assert_eq!(now, keys_of(&[ALICE, CAROL, DAVE]));
		// Bob cannot prove against the new revision, even standing in for another member.
		let mut forged = now.clone();
		forged[1] = member_key(BOB, 0);
		let bobs = pseudonym_proof(BOB, &forged, b"settle");
		assert!(!verifies(&second, 2, b"settle", &bobs));
		// The old revision still answers for its window.
		assert!(verifies(&first, 1, b"settle", &proof));

		// Leaving the queue; leaving again, or a key never enrolled: nothing happens.
		register(EVE);
		join(EVE);
		assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(EVE, 0)));
		assert!(Queues::<Test>::get(ROSTER).is_none());
		assert!(!ReadyScopes::<Test>::contains_key(ROSTER));
		let events = System::events().len();
		assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(EVE, 0)));
		assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(BOB, 0)));
		assert_ok!(<Rings as PanelRings<u64>>::leave_roster(&member_key(OUTSIDER, 0)));
		assert_eq!(System::events().len(), events);
		assert!(!RingsStorage::<Test>::get(ROSTER, 0).expect("a ring").stale);
	});
}

#[test]
fn a_key_that_leaves_the_members_leaves_the_roster() {
	ExtBuilder::default().build_and_execute(|| {
		roster_of(&[ALICE, BOB, CAROL, DAVE]);
		register(EVE);
		join(EVE);
		let in_roster = |who: u64, generation: u8| {
			let key = member_key(who, generation);
			Placements::<Test>::contains_key(key, ROSTER)
				|| Queues::<Test>::get(ROSTER).is_some_and(|queue| queue.contains(&key))
		};

		// A rotation: the old key leaves, the new one does not join.
		System::set_block_number(1 + ROTATION);
		assert_ok!(Rings::rotate_member_key(
			RuntimeOrigin::signed(ALICE),
			member_key(ALICE, 1),
			possession(ALICE, 1)
		));
		assert!(deposited(Event::RosterLeft { key: member_key(ALICE, 0) }));
		assert!(!in_roster(ALICE, 0));
		assert!(!in_roster(ALICE, 1));
		assert!(!RingKeys::<Test>::get(ROSTER, 0).contains(&member_key(ALICE, 0)));

		// A withdrawal, a revocation, and a key still waiting in the roster's queue.
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(BOB)));
		assert!(deposited(Event::RosterLeft { key: member_key(BOB, 0) }));
		MockPersons::revoke(CAROL);
		Rings::on_person_changed(&person_key(CAROL));
		assert!(deposited(Event::RosterLeft { key: member_key(CAROL, 0) }));
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(EVE)));
		for who in [BOB, CAROL, EVE] {
			assert!(!in_roster(who, 0));
		}
		assert!(Queues::<Test>::get(ROSTER).is_none());
		assert_eq!(RingKeys::<Test>::get(ROSTER, 0).into_inner(), keys_of(&[DAVE]));

		// A move changes the residency scopes only.
		settle(ROSTER);
		MockPersons::set_residency(DAVE, Residency::National(MONTERREY));
		Rings::on_person_changed(&person_key(DAVE));
		assert!(deposited(Event::MemberMoved {
			account: DAVE,
			key: member_key(DAVE, 0),
			residency: Residency::National(MONTERREY)
		}));
		assert_eq!(Placements::<Test>::get(member_key(DAVE, 0), ROSTER), Some(0));
		assert!(!RingsStorage::<Test>::get(ROSTER, 0).expect("a ring").stale);
	});
}

#[test]
fn form_panel_builds_and_publishes_ring_zero_with_exactly_its_keys() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL, DAVE, EVE] {
			register(who);
		}
		let keys = keys_of(&[CAROL, ALICE, EVE, DAVE, BOB]);
		assert_ok!(<Rings as PanelRings<u64>>::form_panel(PANEL, keys.clone()));
		assert_eq!(last_event(), Event::PanelFormed { panel: PANEL, members: 5 });
		assert_eq!(RingKeys::<Test>::get(PANEL_SCOPE, 0).into_inner(), keys);
		assert_eq!(RingCount::<Test>::get(PANEL_SCOPE), 1);
		assert!(PendingBuilds::<Test>::contains_key(PANEL_SCOPE, 0));
		for key in &keys {
			assert_eq!(Placements::<Test>::get(key, PANEL_SCOPE), None);
		}
		// Not published yet.
		assert_eq!(<Rings as PanelRings<u64>>::panel_ring(PANEL), None);

		// Built by the call (two steps of four) in block 2.
		System::set_block_number(2);
		assert_ok!(Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), PANEL_SCOPE, 0));
		assert_eq!(<Rings as PanelRings<u64>>::panel_ring(PANEL), None);
		assert_ok!(Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), PANEL_SCOPE, 0));
		assert_eq!(
			last_event(),
			Event::RingPublished {
				scope: PANEL_SCOPE,
				index: 0,
				revision: 1,
				members: 5,
				usable: true
			}
		);
		let published = ring(PANEL_SCOPE, 0, 1);
		assert_eq!(<Rings as PanelRings<u64>>::panel_ring(PANEL), Some((published, true)));
		assert_eq!(Rings::ring_members(PANEL_SCOPE, 0, 1), Some(keys.clone()));
		assert_eq!(Rings::usable_ring(&published, 2), Ok(5));

		// A member proves; a key outside the panel cannot, even in a forged list.
		let proof = pseudonym_proof(EVE, &keys, b"ticket");
		assert!(verifies(&published, 2, b"ticket", &proof));
		let mut forged = keys.clone();
		forged[2] = member_key(FRANK, 0);
		let franks = pseudonym_proof(FRANK, &forged, b"ticket");
		assert!(!verifies(&published, 2, b"ticket", &franks));

		// A snapshot: members who leave afterwards stay in the panel's ring.
		assert_ok!(Rings::remove_member_key(RuntimeOrigin::signed(ALICE)));
		MockPersons::revoke(BOB);
		Rings::on_person_changed(&person_key(BOB));
		assert_eq!(RingKeys::<Test>::get(PANEL_SCOPE, 0).into_inner(), keys);
		assert!(!PendingBuilds::<Test>::contains_key(PANEL_SCOPE, 0));
		assert!(verifies(&published, 3, b"ticket", &proof));
	});
}

#[test]
fn on_idle_builds_a_panel_and_its_minimum_decides_usability() {
	ExtBuilder::default().build_and_execute(|| {
		let settings = ScopeSettings { onboarding_size: 1, min_ring_size: 4 };
		assert_eq!(<Rings as PanelRings<u64>>::panel_min_members(), SETTINGS.min_ring_size);
		assert_ok!(Rings::set_scope_settings(RuntimeOrigin::root(), ScopeKind::Panel, settings));
		assert_eq!(<Rings as PanelRings<u64>>::panel_min_members(), 4);
		for who in [ALICE, BOB, CAROL] {
			register(who);
		}
		assert_ok!(Rings::do_form_panel(PANEL, keys_of(&[ALICE, BOB, CAROL])));
		assert_ok!(Rings::do_form_panel(PANEL + 1, keys_of(&[BOB])));
		Rings::on_idle(1, lots());
		let small = ring(PANEL_SCOPE, 0, 1);
		assert_eq!(<Rings as PanelRings<u64>>::panel_ring(PANEL), Some((small, false)));
		assert_eq!(Rings::usable_ring(&small, 1), Err(MembershipError::TooSmall));
		assert!(!Rings::scope_is_usable(&PANEL_SCOPE));
		assert_eq!(
			<Rings as PanelRings<u64>>::panel_ring(PANEL + 1),
			Some((ring(RingScope::Panel(PANEL + 1), 0, 1), false))
		);
		// The residency and roster settings are their own.
		assert_eq!(Rings::settings_of(ScopeKind::Evaluators), SETTINGS);
		assert_eq!(Rings::usable_ring(&ring(MUNI, 0, 1), 1), Ok(3));
	});
}

#[test]
fn form_panel_fails() {
	ExtBuilder::default().build_and_execute(|| {
		for who in TEN {
			register(who);
		}
		assert_eq!(Rings::do_form_panel(PANEL, vec![]), Err(Error::<Test>::TooFewMembers.into()));
		let too_many: Vec<MemberKey> = (0..=MAX_RING_SIZE).map(|i| [i as u8; 32]).collect();
		assert_eq!(
			Rings::do_form_panel(PANEL, too_many),
			Err(Error::<Test>::TooManyMembers.into())
		);
		assert_eq!(
			Rings::do_form_panel(PANEL, keys_of(&[ALICE, BOB, ALICE])),
			Err(Error::<Test>::DuplicateKey.into())
		);
		assert_eq!(
			Rings::do_form_panel(PANEL, keys_of(&[ALICE, OUTSIDER])),
			Err(Error::<Test>::NotFound.into())
		);
		assert_eq!(
			<Rings as PanelRings<u64>>::form_panel(PANEL, vec![]),
			Err(MembershipError::UnknownRing)
		);
		// Nothing was stored by the refusals.
		assert!(RingsStorage::<Test>::get(PANEL_SCOPE, 0).is_none());
		assert_eq!(RingKeys::<Test>::get(PANEL_SCOPE, 0).len(), 0);
		assert_eq!(RingCount::<Test>::get(PANEL_SCOPE), 0);
		// Formed once.
		assert_ok!(Rings::do_form_panel(PANEL, keys_of(&[ALICE, BOB, CAROL])));
		assert_eq!(
			Rings::do_form_panel(PANEL, keys_of(&[DAVE, EVE, FRANK])),
			Err(Error::<Test>::AlreadyExists.into())
		);
		assert_eq!(
			RingKeys::<Test>::get(PANEL_SCOPE, 0).into_inner(),
			keys_of(&[ALICE, BOB, CAROL])
		);
		// A panel takes no queue.
		assert_noop!(
			Rings::onboard(RuntimeOrigin::signed(OUTSIDER), PANEL_SCOPE),
			Error::<Test>::NothingToDo
		);
	});
}

/// Whether the pallet keeps anything of `scope`.
fn anything_kept_of(scope: RingScope) -> bool {
	RingsStorage::<Test>::iter_prefix(scope).next().is_some()
		|| RingKeys::<Test>::iter_prefix(scope).next().is_some()
		|| Builders::<Test>::iter_prefix(scope).next().is_some()
		|| PendingBuilds::<Test>::iter_prefix(scope).next().is_some()
		|| Roots::<Test>::iter_keys().any(|(s, _, _)| s == scope)
		|| RetiredKeys::<Test>::iter_keys().any(|(s, _, _)| s == scope)
		|| Placements::<Test>::iter_keys().any(|(_, s)| s == scope)
		|| RingCount::<Test>::contains_key(scope)
		|| UsableRings::<Test>::contains_key(scope)
		|| Queues::<Test>::contains_key(scope)
		|| ReadyScopes::<Test>::contains_key(scope)
}

#[test]
fn dissolve_panel_leaves_nothing_behind() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [ALICE, BOB, CAROL, DAVE, EVE] {
			register(who);
		}
		assert_ok!(Rings::do_form_panel(PANEL, keys_of(&[ALICE, BOB, CAROL, DAVE, EVE])));
		assert_ok!(Rings::do_form_panel(PANEL + 1, keys_of(&[ALICE, BOB, CAROL])));
		build(PANEL_SCOPE);
		// Two more revisions (a panel's ring never loses a key by itself: forced here), the
		// last one not rebuilt yet, so that retired key lists, a pending build and expiries
		// of the ring are kept.
		for (block, who) in [(2, ALICE), (3, BOB)] {
			System::set_block_number(block);
			Rings::remove_from_ring(PANEL_SCOPE, 0, &member_key(who, 0));
			build(PANEL_SCOPE);
		}
		System::set_block_number(4);
		Rings::remove_from_ring(PANEL_SCOPE, 0, &member_key(CAROL, 0));
		assert_ok!(Rings::build_ring(RuntimeOrigin::signed(OUTSIDER), PANEL_SCOPE, 0));
		assert_eq!(Roots::<Test>::iter_prefix((PANEL_SCOPE, 0)).count(), 3);
		assert_eq!(RetiredKeys::<Test>::iter_prefix((PANEL_SCOPE, 0)).count(), 3);
		assert!(Builders::<Test>::contains_key(PANEL_SCOPE, 0));
		assert!(PendingBuilds::<Test>::contains_key(PANEL_SCOPE, 0));
		assert_eq!(UsableRings::<Test>::get(PANEL_SCOPE), 1);
		assert_eq!(ExpiryBounds::<Test>::get(), (0, 2));

		<Rings as PanelRings<u64>>::dissolve_panel(PANEL);
		assert_eq!(last_event(), Event::PanelDissolved { panel: PANEL });
		assert!(!anything_kept_of(PANEL_SCOPE));
		assert_eq!(<Rings as PanelRings<u64>>::panel_ring(PANEL), None);
		assert_eq!(
			Rings::usable_ring(&ring(PANEL_SCOPE, 0, 3), 4),
			Err(MembershipError::UnknownRing)
		);
		// The other panel is untouched.
		assert_eq!(RingCount::<Test>::get(RingScope::Panel(PANEL + 1)), 1);

		// Its expiries fall due and are dropped without a ring to prune.
		assert_eq!(Expiries::<Test>::iter().count(), 2);
		run_to_block(3 + RETENTION + 1, lots());
		assert_eq!(ExpiryBounds::<Test>::get(), (2, 2));
		assert_eq!(Expiries::<Test>::iter().count(), 0);
		assert!(!anything_kept_of(PANEL_SCOPE));

		// Dissolving an unknown or dissolved panel does nothing; a formed, unbuilt one goes
		// with its pending build.
		let events = System::events().len();
		<Rings as PanelRings<u64>>::dissolve_panel(PANEL);
		<Rings as PanelRings<u64>>::dissolve_panel(99);
		assert_eq!(System::events().len(), events);
		assert_ok!(Rings::do_form_panel(PANEL + 2, keys_of(&[DAVE, EVE])));
		assert!(Rings::do_dissolve_panel(PANEL + 2));
		assert!(!anything_kept_of(RingScope::Panel(PANEL + 2)));
	});
}

#[test]
fn member_key_tells_the_key_an_account_registered() {
	ExtBuilder::default().build_and_execute(|| {
		System::set_block_number(5);
		register(ALICE);
		let of = |who: u64| <Rings as MemberKeys<u64, u64>>::member_key(&who);
		assert_eq!(of(ALICE), Some((member_key(ALICE, 0), 5)));
		// Verified without a key; not a person.
		assert_eq!(of(BOB), None);
		assert_eq!(of(OUTSIDER), None);
		// The person moved to another account: the key is the old account's, not the new's.
		MockPersons::recover(ALICE, 50);
		assert_eq!(of(50), None);
		assert_eq!(of(ALICE), None);
	});
}

#[test]
fn the_new_kinds_have_their_own_settings_and_weights() {
	ExtBuilder::default()
		.with_settings(ScopeKind::Panel, ScopeSettings { onboarding_size: 1, min_ring_size: 2 })
		.build_and_execute(|| {
			assert_eq!(ScopeKind::of(&ROSTER), ScopeKind::Evaluators);
			assert_eq!(ScopeKind::of(&PANEL_SCOPE), ScopeKind::Panel);
			assert_eq!(
				Rings::settings_of(ScopeKind::Panel),
				ScopeSettings { onboarding_size: 1, min_ring_size: 2 }
			);
			let roster = ScopeSettings { onboarding_size: 2, min_ring_size: 5 };
			assert_ok!(Rings::set_scope_settings(
				RuntimeOrigin::root(),
				ScopeKind::Evaluators,
				roster
			));
			assert_eq!(Rings::settings_of(ScopeKind::Evaluators), roster);
			assert_eq!(Rings::settings_of(ScopeKind::National), SETTINGS);

			let weights = <() as WeightInfo>::join_roster().max(<() as WeightInfo>::leave_roster());
			assert_eq!(<Rings as PanelRings<u64>>::roster_change_weight(), weights);
			assert_eq!(
				<Rings as PanelRings<u64>>::form_panel_weight(10_000),
				<() as WeightInfo>::form_panel(MAX_RING_SIZE)
			);
			assert_eq!(
				<Rings as PanelRings<u64>>::dissolve_panel_weight(),
				<() as WeightInfo>::dissolve_panel()
			);
			assert!(Rings::remove_weight().all_gt(<() as WeightInfo>::remove_member_key()));
		});
}
