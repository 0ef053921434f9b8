//! [`ChargeSponsored`]: `ChargeTransactionPayment` with the fee paid by the signer's sponsor
//! while its allowance lasts.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	pallet_prelude::{TransactionSource, Weight},
	traits::Get,
};
use pallet_transaction_payment::ChargeTransactionPayment;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Dispatchable, Implication, PostDispatchInfoOf,
		Saturating, TransactionExtension, ValidateResult, Zero,
	},
	transaction_validity::{TransactionValidityError, ValidTransaction},
	DispatchResult,
};

/// The payment extension of the runtime: the fee of a signed transaction is paid by the
/// signer's sponsor when the signer's allowance covers it and the sponsor can pay, otherwise by
/// the signer exactly as [`ChargeTransactionPayment`] does. See the crate docs.
///
/// Encoded, identified and described (type information) as the wrapped
/// [`ChargeTransactionPayment`]: its only data is the compact tip.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq)]
pub struct ChargeSponsored<T: Config>(ChargeTransactionPayment<T>);

impl<T: Config> ChargeSponsored<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	/// The extension with the tip `tip`.
	pub fn from(tip: BalanceOf<T>) -> Self {
		Self(ChargeTransactionPayment::from(tip))
	}

	/// The tip chosen by the signer.
	pub fn tip(&self) -> BalanceOf<T> {
		self.0.tip()
	}
}

impl<T: Config> TypeInfo for ChargeSponsored<T> {
	type Identity = Self;

	fn type_info() -> scale_info::Type {
		<ChargeTransactionPayment<T> as TypeInfo>::type_info()
	}
}

impl<T: Config> core::fmt::Debug for ChargeSponsored<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	#[cfg(feature = "std")]
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "ChargeSponsored<{:?}>", self.0.tip())
	}
	#[cfg(not(feature = "std"))]
	fn fmt(&self, _: &mut core::fmt::Formatter) -> core::fmt::Result {
		Ok(())
	}
}

/// What [`ChargeSponsored`] passes from `validate` to `prepare`.
pub enum Val<T: Config> {
	/// The sponsor pays.
	Sponsored {
		/// The signer, beneficiary of the allowance.
		who: T::AccountId,
		/// The account that pays.
		sponsor: T::AccountId,
		/// The tip, part of the fee.
		tip: BalanceOf<T>,
		/// The fee with tip, before dispatch.
		fee_with_tip: BalanceOf<T>,
	},
	/// The signer pays (or nobody, for an unsigned origin): [`ChargeTransactionPayment`]'s
	/// own.
	Signer(pallet_transaction_payment::Val<T>),
}

/// What [`ChargeSponsored`] passes from `prepare` to `post_dispatch`.
pub enum Pre<T: Config> {
	/// The sponsor paid.
	Sponsored {
		/// The signer, beneficiary of the allowance.
		who: T::AccountId,
		/// The account that paid.
		sponsor: T::AccountId,
		/// The tip, part of the fee.
		tip: BalanceOf<T>,
		/// The fee withdrawn from the sponsor and counted against the allowance.
		charged: BalanceOf<T>,
		/// The wrapped extension's, charged to the sponsor.
		inner: pallet_transaction_payment::Pre<T>,
	},
	/// The signer paid (or nobody): [`ChargeTransactionPayment`]'s own.
	Signer(pallet_transaction_payment::Pre<T>),
}

impl<T: Config> TransactionExtension<T::RuntimeCall> for ChargeSponsored<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	const IDENTIFIER: &'static str =
		<ChargeTransactionPayment<T> as TransactionExtension<T::RuntimeCall>>::IDENTIFIER;
	type Implicit = ();
	type Val = Val<T>;
	type Pre = Pre<T>;

	fn weight(&self, call: &T::RuntimeCall) -> Weight {
		self.0.weight(call).saturating_add(<T as Config>::WeightInfo::sponsor_fee())
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
		_: (),
		implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		if let Ok(who) = frame_system::ensure_signed(origin.clone()) {
			let tip = self.0.tip();
			let fee_with_tip =
				pallet_transaction_payment::Pallet::<T>::compute_fee(len as u32, info, tip);
			let sponsor = (!fee_with_tip.is_zero())
				.then(|| Pallet::<T>::sponsor_covering(&who, fee_with_tip))
				.flatten()
				.filter(|sponsor| {
					T::OnChargeTransaction::can_withdraw_fee(sponsor, call, info, fee_with_tip, tip)
						.is_ok()
				});
			if let Some(sponsor) = sponsor {
				let priority =
					ChargeTransactionPayment::<T>::get_priority(info, len, tip, fee_with_tip);
				return Ok((
					ValidTransaction { priority, ..Default::default() },
					Val::Sponsored { who, sponsor, tip, fee_with_tip },
					origin,
				));
			}
		}
		// No sponsor covers it: the signer pays, and validation fails with
		// `InvalidTransaction::Payment` if it cannot.
		let (valid, val, origin) =
			self.0.validate(origin, call, info, len, (), implication, source)?;
		Ok((valid, Val::Signer(val), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<T::RuntimeCall>,
		call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			Val::Sponsored { who, sponsor, tip, fee_with_tip } => {
				let charge_sponsor = pallet_transaction_payment::Val::Charge {
					tip,
					who: sponsor.clone(),
					fee_with_tip,
				};
				match self.0.clone().prepare(charge_sponsor, origin, call, info, len) {
					Ok(inner) => {
						Pallet::<T>::note_sponsored_fee(&who, fee_with_tip);
						Ok(Pre::Sponsored { who, sponsor, tip, charged: fee_with_tip, inner })
					},
					// The sponsor could not pay after all (nothing was withdrawn): the signer
					// pays if it can, as when there is no sponsor.
					Err(_) => {
						let charge_signer =
							pallet_transaction_payment::Val::Charge { tip, who, fee_with_tip };
						Ok(Pre::Signer(self.0.prepare(charge_signer, origin, call, info, len)?))
					},
				}
			},
			Val::Signer(val) => Ok(Pre::Signer(self.0.prepare(val, origin, call, info, len)?)),
		}
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<T::RuntimeCall>,
		post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			Pre::Sponsored { who, sponsor, tip, charged, inner } => {
				let fee = pallet_transaction_payment::Pallet::<T>::compute_actual_fee(
					len as u32, info, post_info, tip,
				);
				// Refunds the unused part of the fee to the sponsor.
				let unspent = ChargeTransactionPayment::<T>::post_dispatch_details(
					inner, info, post_info, len, result,
				)?;
				Pallet::<T>::note_sponsored_refund(&who, charged.saturating_sub(fee));
				Pallet::<T>::deposit_event(Event::FeePaidBySponsor { who, sponsor, fee });
				Ok(unspent)
			},
			Pre::Signer(inner) => {
				let unspent = ChargeTransactionPayment::<T>::post_dispatch_details(
					inner, info, post_info, len, result,
				)?;
				// Nothing was written for a signer who pays: only the allowance was read.
				Ok(unspent.saturating_add(
					<T as Config>::WeightInfo::sponsor_fee()
						.saturating_sub(T::DbWeight::get().reads(1)),
				))
			},
		}
	}
}
