//! The report obligations that come with the seats, kept by [`Config::Reports`], and who
//! answers for them.

use crate::*;

impl<T: Config> Pallet<T> {
	/// The report obligation that comes with an executive seat: the Secretary's, or its
	/// commission's.
	pub fn seat_subject(seat: ExecutiveSeat) -> ReportSubjectOf<T> {
		match seat {
			ExecutiveSeat::Secretary => ReportSubject::Secretary,
			ExecutiveSeat::Commissioner(commission, _) => ReportSubject::Commission(commission),
		}
	}

	/// The report period of an executive seat's obligation.
	fn seat_report_period(seat: ExecutiveSeat) -> BlockNumberFor<T> {
		match seat {
			ExecutiveSeat::Secretary => T::SecretaryReportPeriod::get(),
			ExecutiveSeat::Commissioner(..) => T::CommissionReportPeriod::get(),
		}
	}

	/// Begin the report obligation of `seat` (the reports service keeps a running one).
	pub(crate) fn begin_seat_obligation(seat: ExecutiveSeat) {
		T::Reports::begin(Self::seat_subject(seat), Self::seat_report_period(seat));
	}

	/// End the report obligation of `seat`, with its last report.
	pub(crate) fn end_seat_obligation(seat: ExecutiveSeat) {
		T::Reports::end(&Self::seat_subject(seat));
	}

	/// Begin the Advisory Council's report obligation (the reports service keeps a running one).
	pub(crate) fn begin_advisory_obligation() {
		T::Reports::begin(ReportSubject::AdvisoryCouncil, T::AdvisoryReportPeriod::get());
	}

	/// End the Advisory Council's report obligation, with its last report.
	pub(crate) fn end_advisory_obligation() {
		T::Reports::end(&ReportSubject::AdvisoryCouncil);
	}

	/// Whether `who` answers for the reports of `subject`: any commissioner of the commission,
	/// the Secretary, any advisor. Other subjects belong to other pallets.
	pub fn is_answerer(subject: &ReportSubjectOf<T>, who: &T::AccountId) -> bool {
		match subject {
			ReportSubject::Commission(commission) => matches!(
				ExecutiveSeatOf::<T>::get(who),
				Some(ExecutiveSeat::Commissioner(c, _)) if c == *commission
			),
			ReportSubject::Secretary => {
				ExecutiveSecretary::<T>::get().is_some_and(|s| &s.who == who)
			},
			ReportSubject::AdvisoryCouncil => Self::advises(who),
			_ => false,
		}
	}
}
