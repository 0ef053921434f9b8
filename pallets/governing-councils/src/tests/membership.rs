//! What the councils do for the registry and other pallets: a commissioner who stops being an
//! active member loses its seat ([`MembershipHooks`], the implementer's side of the registry's
//! suspension, expulsion and leaving), and the seats others read ([`SeatInspect`]).

use super::*;
use crate::{traits::CouncilMembershipWeight, weights::WeightInfo, ExecutiveSeatOf, SeatEnd};
use bmx_primitives::governance::SeatInspect;

#[test]
fn a_commissioner_who_stops_being_an_active_member_loses_the_seat() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(PROJECTS_SEAT, 12);
		designate(SECRETARY, 2);
		lose_membership(13, ACADEMIA, MembershipLoss::Suspended);
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: NODE_SEAT,
			who: 13,
			cause: SeatEnd::MembershipLost
		}));
		lose_membership(12, ACADEMIA, MembershipLoss::Left);
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: PROJECTS_SEAT,
			who: 12,
			cause: SeatEnd::MembershipLost
		}));
		assert_eq!(executive_members(), vec![2]);
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert!(pushed(PROJECTS_COMMISSION_COUNCIL).is_empty());
		// The Secretary need not be a member.
	});
}

#[test]
fn an_expelled_commissioner_loses_the_seat() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		lose_membership(13, ACADEMIA, MembershipLoss::Expelled);
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), None);
		assert!(executive_members().is_empty());
	});
}

#[test]
fn the_secretary_and_advisors_keep_their_seats_when_they_lose_a_membership() {
	ExtBuilder::default().build_and_execute(|| {
		// The Secretary and an advisor who happen to be members of Academia.
		designate(SECRETARY, 11);
		assert_ok!(Councils::request_advisory_seat(RuntimeOrigin::signed(12), DOC));
		assert_ok!(Councils::admit_advisor(RuntimeOrigin::root(), 12));
		System::reset_events();
		lose_membership(11, ACADEMIA, MembershipLoss::Expelled);
		lose_membership(12, ACADEMIA, MembershipLoss::Suspended);
		// A member without a seat.
		lose_membership(20, EMPRESAS, MembershipLoss::Left);
		assert!(events().is_empty());
		assert_eq!(ExecutiveSeatOf::<Test>::get(11), Some(SECRETARY));
		assert_eq!(advisors(), vec![12]);
	});
}

#[test]
fn leaving_is_never_vetoed_by_the_councils() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		assert_ok!(<Councils as MembershipHooks<u64>>::can_leave(&13));
		assert_ok!(<Councils as MembershipHooks<u64>>::can_leave(&10));
		// Asking changes nothing.
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), Some(NODE_SEAT));
	});
}

#[test]
fn the_membership_hook_weight_counts_its_push() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(
			<Councils as MembershipHooks<u64>>::weight(),
			<() as WeightInfo>::on_membership_lost().saturating_add(PUSH_WEIGHT)
		);
		assert_eq!(
			<() as CouncilMembershipWeight>::change_members_weight(),
			frame_support::weights::Weight::zero()
		);
	});
}

#[test]
fn seat_inspect_reads_the_seats() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		admit(3);
		type C = Councils;
		assert_eq!(<C as SeatInspect<u64>>::executive_seat_of(&13), Some(NODE_SEAT));
		assert_eq!(<C as SeatInspect<u64>>::executive_seat_of(&2), Some(SECRETARY));
		assert_eq!(<C as SeatInspect<u64>>::executive_seat_of(&3), None);
		assert_eq!(<C as SeatInspect<u64>>::executive_seat_of(&10), None);
		assert!(<C as SeatInspect<u64>>::is_advisor(&3));
		assert!(!<C as SeatInspect<u64>>::is_advisor(&2));
		assert!(!<C as SeatInspect<u64>>::is_advisor(&10));
	});
}
