//! The collectives' requests for an extraordinary session.

use super::*;
use crate::{MotionOutcome, SessionRequestExpiries, SessionRequests};

/// Academia's leader 10 requests an extraordinary session.
fn request() {
	assert_ok!(Councils::request_extraordinary_session(RuntimeOrigin::signed(10), ACADEMIA, DOC));
}

/// The Secretary tables an extraordinary motion citing Academia's request.
fn table_extraordinary() -> MotionIndex {
	let index = crate::NextMotionIndex::<Test>::get();
	assert_ok!(Councils::table_motion(
		RuntimeOrigin::signed(SEC),
		MotionKind::Extraordinary { collective: ACADEMIA },
		remark(),
		100
	));
	index
}

#[test]
fn a_leader_requests_an_extraordinary_session() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		let expires_at = 1 + SESSION_LIFETIME;
		assert_eq!(
			last_event(),
			Event::SessionRequested {
				collective: ACADEMIA,
				leader: 10,
				objective: DOC,
				expires_at
			}
		);
		let request = SessionRequests::<Test>::get(ACADEMIA).expect("recorded");
		assert_eq!((request.requested_by, request.objective, request.motion), (10, DOC, None));
		assert_eq!(SessionRequestExpiries::<Test>::get(expires_at).into_inner(), vec![ACADEMIA]);
	});
}

#[test]
fn request_extraordinary_session_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::request_extraordinary_session(RuntimeOrigin::root(), ACADEMIA, DOC),
			BadOrigin
		);
	});
}

#[test]
fn request_extraordinary_session_is_for_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::request_extraordinary_session(RuntimeOrigin::signed(12), ACADEMIA, DOC),
			Error::<Test>::NotLeader
		);
		assert_noop!(
			Councils::request_extraordinary_session(RuntimeOrigin::signed(10), EMPRESAS, DOC),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn a_second_request_for_the_same_session_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		assert_noop!(
			Councils::request_extraordinary_session(RuntimeOrigin::signed(11), ACADEMIA, REASON),
			Error::<Test>::SessionAlreadyRequested
		);
	});
}

#[test]
fn request_extraordinary_session_refuses_more_requests_than_collectives() {
	ExtBuilder::default().build_and_execute(|| {
		// MaxCollectives is 5: collectives 0 to 5 get a leader each.
		for collective in 0..6u32 {
			MockCollectives::add_leader(collective, 700 + u64::from(collective));
		}
		for collective in 0..5u32 {
			assert_ok!(Councils::request_extraordinary_session(
				RuntimeOrigin::signed(700 + u64::from(collective)),
				collective,
				DOC
			));
		}
		assert_noop!(
			Councils::request_extraordinary_session(RuntimeOrigin::signed(705), 5, DOC),
			Error::<Test>::TooManySessionRequests
		);
	});
}

#[test]
fn a_leader_withdraws_its_collective_s_request() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		assert_ok!(Councils::withdraw_session_request(RuntimeOrigin::signed(11), ACADEMIA));
		assert_eq!(
			last_event(),
			Event::SessionRequestWithdrawn { collective: ACADEMIA, leader: 11 }
		);
		assert!(SessionRequests::<Test>::get(ACADEMIA).is_none());
		assert!(!SessionRequestExpiries::<Test>::contains_key(1 + SESSION_LIFETIME));
	});
}

#[test]
fn withdraw_session_request_requires_a_signed_origin() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		assert_noop!(
			Councils::withdraw_session_request(RuntimeOrigin::root(), ACADEMIA),
			BadOrigin
		);
	});
}

#[test]
fn withdraw_session_request_is_for_a_leader_of_the_collective() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		assert_noop!(
			Councils::withdraw_session_request(RuntimeOrigin::signed(12), ACADEMIA),
			Error::<Test>::NotLeader
		);
	});
}

#[test]
fn withdraw_session_request_refuses_an_unknown_request() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Councils::withdraw_session_request(RuntimeOrigin::signed(10), ACADEMIA),
			Error::<Test>::SessionRequestNotFound
		);
	});
}

#[test]
fn a_request_cited_by_a_motion_is_not_withdrawn() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		request();
		table_extraordinary();
		assert_noop!(
			Councils::withdraw_session_request(RuntimeOrigin::signed(10), ACADEMIA),
			Error::<Test>::SessionAlreadyConvened
		);
	});
}

#[test]
fn a_request_expires_after_its_lifetime() {
	ExtBuilder::default().build_and_execute(|| {
		request();
		run_to_block(SESSION_LIFETIME);
		assert!(SessionRequests::<Test>::get(ACADEMIA).is_some());
		run_to_block(1 + SESSION_LIFETIME);
		assert!(SessionRequests::<Test>::get(ACADEMIA).is_none());
		assert!(has_event(Event::SessionRequestExpired { collective: ACADEMIA }));
		// The collective may ask again.
		request();
	});
}

#[test]
fn a_cited_request_waits_for_its_motion_and_is_consumed_when_it_fails() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		request();
		let index = table_extraordinary();
		assert_eq!(SessionRequests::<Test>::get(ACADEMIA).and_then(|r| r.motion), Some(index));
		assert_noop!(
			Councils::table_motion(
				RuntimeOrigin::signed(SEC),
				MotionKind::Extraordinary { collective: ACADEMIA },
				remark_of(9),
				100
			),
			Error::<Test>::SessionAlreadyConvened
		);
		// The request's lifetime passes; the motion keeps it.
		run_to_block(System::block_number() + SESSION_LIFETIME);
		assert!(SessionRequests::<Test>::get(ACADEMIA).is_some());
		close(index);
		assert_eq!(outcome(index).map(|o| o.3), Some(MotionOutcome::NotValid));
		assert!(has_event(Event::SessionRequestConsumed { collective: ACADEMIA, index }));
		assert!(SessionRequests::<Test>::get(ACADEMIA).is_none());
	});
}

#[test]
fn a_cited_request_is_consumed_when_its_motion_passes() {
	ExtBuilder::default().build_and_execute(|| {
		seat_full_executive();
		request();
		let index = table_extraordinary();
		vote_all(index, &COMMISSIONERS, true);
		close(index);
		assert_eq!(executed(index), Some(Ok(())));
		assert!(has_event(Event::SessionRequestConsumed { collective: ACADEMIA, index }));
		assert_eq!(SessionRequests::<Test>::count(), 0);
	});
}
