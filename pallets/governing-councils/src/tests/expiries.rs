//! Executive and advisory terms end by themselves at the start of their last block.

use super::*;
use crate::{ExecutiveSeatOf, ExecutiveSecretary, SeatEnd};
use frame_support::traits::Hooks;

#[test]
fn executive_and_advisory_terms_expire_by_themselves() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		run_to_block(ADVISORY_TERM);
		assert_eq!(advisors(), vec![3]);
		run_to_block(1 + ADVISORY_TERM);
		assert!(advisors().is_empty());
		assert!(has_event(Event::AdvisorySeatEnded { who: 3, cause: SeatEnd::TermExpired }));
		assert!(pushed(ADVISORY_COUNCIL).is_empty());
		run_to_block(1 + EXECUTIVE_TERM);
		assert!(has_event(Event::ExecutiveSeatEnded {
			seat: NODE_SEAT,
			who: 13,
			cause: SeatEnd::TermExpired
		}));
		assert_eq!(ExecutiveSecretary::<Test>::get(), None);
		assert_eq!(ExecutiveSeatOf::<Test>::get(13), None);
		assert!(executive_members().is_empty());
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert!(!SeatExpiries::<Test>::contains_key(1 + EXECUTIVE_TERM));
	});
}

#[test]
fn on_initialize_weight_counts_the_seat_expiries() {
	ExtBuilder::default().build_and_execute(|| {
		use crate::weights::WeightInfo;
		designate(NODE_SEAT, 13);
		designate(SECRETARY, 2);
		let at = 1 + EXECUTIVE_TERM;
		run_to_block(at - 1);
		System::set_block_number(at);
		// Two terms end, each with up to one push (the stand-in reports weigh nothing); no
		// session request expires; one bucket is looked at ahead.
		let others = <() as WeightInfo>::on_initialize_session_requests(0)
			.saturating_add(<() as WeightInfo>::on_initialize_notice());
		assert_eq!(
			Councils::on_initialize(at),
			<() as WeightInfo>::on_initialize_seats(2)
				.saturating_add(PUSH_WEIGHT.saturating_mul(2))
				.saturating_add(others)
		);
		System::set_block_number(at + 1);
		assert_eq!(
			Councils::on_initialize(at + 1),
			<() as WeightInfo>::on_initialize_seats(0).saturating_add(others)
		);
	});
}

// Warnings ahead of mass expiries

fn warnings() -> Vec<(u64, Vec<SeatExpiry<u64>>)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::ExpiriesAhead { at, seats } => Some((at, seats.into_inner())),
			_ => None,
		})
		.collect()
}

#[test]
fn mass_expiries_are_warned_of_ahead() {
	ExtBuilder::default().build_and_execute(|| {
		for who in [3, 4, 5] {
			admit(who);
		}
		let end = 1 + ADVISORY_TERM;
		run_to_block(end - NOTICE_BLOCKS - 1);
		assert!(warnings().is_empty());
		run_to_block(end - NOTICE_BLOCKS);
		let seats = vec![SeatExpiry::Advisor(3), SeatExpiry::Advisor(4), SeatExpiry::Advisor(5)];
		assert_eq!(warnings(), vec![(end, seats)]);
	});
}

#[test]
fn a_few_advisory_expiries_are_not_warned_of() {
	ExtBuilder::default().build_and_execute(|| {
		admit(3);
		admit(4);
		run_to_block(1 + ADVISORY_TERM);
		assert!(warnings().is_empty());
	});
}

#[test]
fn an_expiry_that_leaves_the_executive_without_quorum_is_warned_of() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		// Eight members: the Secretary's term (seated at block 2) ends first and leaves seven, an
		// ordinary quorum: no warning. The next (12, block 3) leaves six: a warning.
		run_to_block(3 + EXECUTIVE_TERM - NOTICE_BLOCKS);
		assert_eq!(warnings(), vec![(3 + EXECUTIVE_TERM, vec![SeatExpiry::Executive(NODE_SEAT)])]);
	});
}

#[test]
fn upcoming_expiries_lists_the_terms_that_end_soon() {
	ExtBuilder::default().build_and_execute(|| {
		designate(NODE_SEAT, 13);
		run_to_block(2);
		admit(3);
		assert_eq!(Councils::upcoming_expiries(ADVISORY_TERM - 1), vec![]);
		assert_eq!(
			Councils::upcoming_expiries(ADVISORY_TERM),
			vec![(2 + ADVISORY_TERM, SeatExpiry::Advisor(3))]
		);
		assert_eq!(
			Councils::upcoming_expiries(EXECUTIVE_TERM),
			vec![
				(2 + ADVISORY_TERM, SeatExpiry::Advisor(3)),
				(1 + EXECUTIVE_TERM, SeatExpiry::Executive(NODE_SEAT)),
			]
		);
	});
}
