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
		assert!(pushed(EXECUTIVE).is_empty());
		assert!(pushed(NODE_COMMISSION_COUNCIL).is_empty());
		assert_eq!(prime(), None);
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
		// Two terms end, each with up to two pushes (the stand-in reports weigh nothing).
		assert_eq!(
			Councils::on_initialize(at),
			<() as WeightInfo>::on_initialize_seats(2)
				.saturating_add(PUSH_WEIGHT.saturating_mul(4))
		);
		System::set_block_number(at + 1);
		assert_eq!(Councils::on_initialize(at + 1), <() as WeightInfo>::on_initialize_seats(0));
	});
}
