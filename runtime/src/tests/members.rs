//! The members' voice: leaders elected by open call, and renewed (or not) by the members'
//! votes, with delegations, before the Executive Council confirms.

use super::*;
use crate::{Balances, LeadershipElections};
use bmx_primitives::governance::{CollectiveInspect, LeadershipRegister};
use pallet_leadership_elections::Error as ElectionsError;

const ACADEMIA: u32 = 0;

/// A new account from `seed`, funded by Ferdie for its membership deposit and fees.
fn funded(seed: &str) -> AccountId {
	use sp_core::Pair;
	let who = AccountId::from(
		sp_core::sr25519::Pair::from_string(&format!("//{seed}"), None)
			.unwrap()
			.public(),
	);
	assert_ok!(Balances::transfer_keep_alive(
		signed(Sr25519Keyring::Ferdie),
		who.clone().into(),
		100 * crate::UNIT
	));
	who
}

/// Admit the accounts of `seeds` to Academia, each for its own institution: they apply, and a
/// leader (Alice) admits them.
fn admit_members(seeds: &[&str]) -> Vec<AccountId> {
	let ethics =
		pallet_collective_registry::CodeOfEthics::<Runtime>::get().expect("genesis sets it");
	seeds
		.iter()
		.map(|seed| {
			let who = funded(seed);
			assert_ok!(CollectiveRegistry::apply_for_membership(
				RuntimeOrigin::signed(who.clone()),
				ACADEMIA,
				format!("Universidad {seed}").into_bytes().try_into().expect("short"),
				ethics,
			));
			assert_ok!(CollectiveRegistry::admit_member(
				signed(Sr25519Keyring::Alice),
				who.clone()
			));
			who
		})
		.collect()
}

fn origin(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn elections_call(call: pallet_leadership_elections::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::LeadershipElections(call)
}

fn term_end(who: &AccountId) -> u32 {
	<CollectiveRegistry as LeadershipRegister<AccountId, u32>>::term_of(who)
		.map(|(_, end)| end)
		.expect("a leader")
}

#[test]
fn an_open_call_elects_two_leaders_among_the_applicants() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		// Academia keeps one leader (Alice): two seats are vacant.
		executive_decides(RuntimeCall::CollectiveRegistry(
			pallet_collective_registry::Call::remove_leader {
				collective: ACADEMIA,
				who: Sr25519Keyring::AliceStash.to_account_id(),
			},
		));
		let members = admit_members(&["de Guadalajara", "de Colima", "de Sonora"]);
		// The Executive Council opens the call for two seats.
		executive_decides(elections_call(pallet_leadership_elections::Call::open_call {
			collective: ACADEMIA,
			seats: 2,
		}));
		// Active members apply; an outsider cannot.
		for (i, who) in members.iter().enumerate() {
			assert_ok!(LeadershipElections::apply(origin(who), ACADEMIA, doc(20 + i as u8)));
		}
		assert_eq!(
			LeadershipElections::apply(signed(Sr25519Keyring::Bob), ACADEMIA, doc(30)),
			Err(ElectionsError::<Runtime>::NotActiveMember.into())
		);
		// The Executive cannot elect while applications are open...
		let elected: pallet_leadership_elections::ElectedOf<Runtime> =
			vec![members[0].clone(), members[2].clone()].try_into().expect("two");
		assert_eq!(
			LeadershipElections::elect(RuntimeOrigin::root(), ACADEMIA, elected.clone()),
			Err(ElectionsError::<Runtime>::ApplicationsOpen.into())
		);
		// ...and after they close it elects two of the three applicants.
		skip_blocks(crate::configs::ApplicationPeriod::get());
		executive_decides(elections_call(pallet_leadership_elections::Call::elect {
			collective: ACADEMIA,
			elected,
		}));
		let leaders = CollectiveRegistry::leaders(ACADEMIA);
		assert_eq!(leaders.len(), 3);
		assert!(leaders.contains(&members[0]) && leaders.contains(&members[2]));
		assert!(!leaders.contains(&members[1]));
		assert!(pallet_leadership_elections::OpenCalls::<Runtime>::get(ACADEMIA).is_none());
		assert_invariants();
	});
}

#[test]
fn members_with_delegations_renew_one_leader_and_refuse_another() {
	preset_ext(presets::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		use Sr25519Keyring::{Alice, AliceStash};
		System::set_block_number(1);
		let alice = Alice.to_account_id();
		let stash = AliceStash.to_account_id();
		// Academia: Alice and AliceStash lead; five more members join. Seven active members.
		let m = admit_members(&["uno", "dos", "tres", "cuatro", "cinco"]);
		assert_eq!(
			<CollectiveRegistry as CollectiveInspect<AccountId>>::active_members(ACADEMIA).len(),
			7
		);
		// Liquid democracy: uno and tres delegate to dos; cuatro delegates to uno (a chain).
		assert_ok!(LeadershipElections::delegate(origin(&m[0]), m[1].clone()));
		assert_ok!(LeadershipElections::delegate(origin(&m[2]), m[1].clone()));
		assert_ok!(LeadershipElections::delegate(origin(&m[3]), m[0].clone()));
		// Delegating back to oneself through the chain is refused: no cycles.
		assert_eq!(
			LeadershipElections::delegate(origin(&m[1]), m[3].clone()),
			Err(ElectionsError::<Runtime>::DelegationCycle.into())
		);

		// Both founding terms end together; the ballots open within the renewal window.
		let end = term_end(&alice);
		assert_eq!(term_end(&stash), end);
		assert_eq!(
			LeadershipElections::open_renewal(signed(Alice)),
			Err(ElectionsError::<Runtime>::RenewalTooEarly.into())
		);
		skip_blocks(end - 20 * crate::DAYS - System::block_number());
		assert_ok!(LeadershipElections::open_renewal(signed(Alice)));
		assert_ok!(LeadershipElections::open_renewal(signed(AliceStash)));

		// Alice's renewal: dos votes aye for itself, uno, tres and (through uno) cuatro; Alice
		// too. 5 of 7: a majority of the members.
		assert_ok!(LeadershipElections::vote(origin(&m[1]), alice.clone(), true));
		assert_ok!(LeadershipElections::vote(signed(Alice), alice.clone(), true));
		// AliceStash's renewal: dos votes nay (carrying tres, and uno's and cuatro's
		// delegations), but uno votes aye directly, overriding its delegation, and so carries
		// cuatro. cinco and Alice abstain. Ayes: AliceStash, uno, cuatro = 3 of 7; no majority.
		assert_ok!(LeadershipElections::vote(origin(&m[1]), stash.clone(), false));
		assert_ok!(LeadershipElections::vote(origin(&m[0]), stash.clone(), true));
		assert_ok!(LeadershipElections::vote(signed(AliceStash), stash.clone(), true));

		skip_blocks(crate::configs::RenewalVotingPeriod::get());
		assert_ok!(LeadershipElections::close_renewal(
			signed(Sr25519Keyring::Ferdie),
			alice.clone()
		));
		assert_ok!(LeadershipElections::close_renewal(
			signed(Sr25519Keyring::Ferdie),
			stash.clone()
		));
		let tallies: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::LeadershipElections(
					pallet_leadership_elections::Event::RenewalApproved { leader, tally },
				) => Some((leader, true, tally.ayes, tally.nays)),
				RuntimeEvent::LeadershipElections(
					pallet_leadership_elections::Event::RenewalRejected { leader, tally },
				) => Some((leader, false, tally.ayes, tally.nays)),
				_ => None,
			})
			.collect();
		assert_eq!(tallies, vec![(alice.clone(), true, 5, 0), (stash.clone(), false, 3, 2)]);

		// The Executive Council confirms the approved renewal: one more term for Alice.
		executive_decides(elections_call(pallet_leadership_elections::Call::confirm_renewal {
			leader: alice.clone(),
		}));
		assert_eq!(term_end(&alice), end + crate::configs::LeaderTerm::get());
		// AliceStash's term is not renewed, and nothing can confirm it.
		assert_eq!(term_end(&stash), end);
		assert!(LeadershipElections::confirm_renewal(RuntimeOrigin::root(), stash.clone()).is_err());
		assert_invariants();
	});
}
