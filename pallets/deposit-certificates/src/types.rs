//! Types of the RUCAM registry: warehouses, goods, certificates, bonos and pledges.

use alloc::vec::Vec;
use bmx_primitives::{identity::Jurisdiction, DocumentHash};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The folio of a certificate: unique within its warehouse; with the warehouse, the content of
/// the QR code printed on the paper certificate.
pub type Folio = u64;

/// The identifier of a lot of goods: a hash the warehouse derives from its own lot records.
/// One lot backs at most one live certificate.
pub type LotId = DocumentHash;

/// Amounts in MXN centavos (declared values, loans, sale proceeds): plain integers, never tokens.
pub type Centavos = u128;

/// Whether a warehouse may act.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum WarehouseStatus {
	/// Authorised: issues certificates and records deliveries and sales.
	Authorised,
	/// Suspended by the authority: issues nothing new; its officers still record deliveries,
	/// deposits of debts and sales of certificates already issued.
	Suspended,
	/// Authorisation revoked: acts no more. Its certificates remain readable.
	Revoked,
}

/// An authorised general deposit warehouse (Almacén General de Depósito).
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxOfficers))]
pub struct Warehouse<AccountId: Clone + Eq + core::fmt::Debug, MaxOfficers: Get<u32>> {
	/// Whether it may act.
	pub status: WarehouseStatus,
	/// The hash of the authorisation (oficio de autorización), kept off chain.
	pub authorisation: DocumentHash,
	/// The officers who act for it; each must also hold the warehouse-officer credential.
	pub officers: BoundedVec<AccountId, MaxOfficers>,
}

/// The unit the quantity of goods is counted in.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Unit {
	/// Kilograms.
	Kilogram,
	/// Metric tonnes.
	Tonne,
	/// Litres.
	Litre,
	/// Pieces.
	Piece,
	/// Bales, sacks or boxes: packages of the kind the description states.
	Package,
}

/// The goods a certificate covers, as the warehouse received them.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Goods {
	/// The hash of the description of the goods (kind, quality, marks), kept off chain.
	pub description: DocumentHash,
	/// How much: in `unit`s. Never zero while the certificate is live.
	pub quantity: u128,
	/// The unit of `quantity`.
	pub unit: Unit,
	/// The lot the goods form in the warehouse.
	pub lot: LotId,
	/// The declared value, in MXN centavos.
	pub declared_value: Centavos,
	/// The municipality where the goods are stored.
	pub location: Jurisdiction,
	/// The hash of the insurance policy, kept off chain.
	pub insurance: DocumentHash,
}

/// Where a certificate is in its life.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CertificateStatus {
	/// The goods are in the warehouse; the instruments circulate until expiry.
	Live,
	/// The bono's holder declared the pledge in default: the warehouse may sell the goods.
	InDefault,
	/// All the goods were delivered: the certificate is cancelled.
	Delivered,
	/// The goods were sold (remate): the certificate is cancelled.
	Sold,
}

/// Where the pledge of a bono stands.
#[derive(
	Clone,
	Copy,
	Eq,
	PartialEq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum PledgeStatus {
	/// The debt is owed.
	Outstanding,
	/// The debt was deposited with the warehouse for the bono's holder: the goods may leave.
	DebtDeposited,
	/// The bono's holder acknowledged payment.
	Repaid,
	/// The goods were sold (remate): the proceeds paid the bono first; what they did not cover
	/// is an unsecured debt, off chain.
	SettledBySale,
}

/// The loan the first endorsement of the bono records.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct PledgeTerms<BlockNumber> {
	/// The amount lent, in MXN centavos. Not zero.
	pub amount: Centavos,
	/// The interest owed at the due date, in MXN centavos.
	pub interest: Centavos,
	/// The block at which the debt falls due (a default may be declared from then on).
	pub due: BlockNumber,
	/// The hash of the loan contract, kept off chain.
	pub contract: DocumentHash,
}

/// A pledge on the goods: its terms and where it stands.
///
/// The debt (`terms.amount + terms.interest`) weighs on the `pledged_quantity` of goods evenly:
/// while it is outstanding, the certificate's holder may take out goods only in proportion to
/// the part of the debt deposited with the warehouse for the bono's holder (LGTOC: the holder
/// of the certificate withdraws part of the goods by delivering to the warehouse a sum
/// proportional to the debt and to the goods withdrawn). In numbers: the goods withdrawn since
/// the pledge never exceed `pledged_quantity * deposited / owed`, rounded down.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Pledge<BlockNumber> {
	/// What the first endorsement of the bono recorded.
	pub terms: PledgeTerms<BlockNumber>,
	/// Where it stands.
	pub status: PledgeStatus,
	/// The quantity of goods in the warehouse when the bono was pledged.
	pub pledged_quantity: u128,
	/// The centavos deposited with the warehouse for the bono's holder so far; at most the
	/// debt, which it equals once the status is [`PledgeStatus::DebtDeposited`].
	pub deposited: Centavos,
	/// How many deposits did not complete the debt (at most `MaxWithdrawals`).
	pub partial_deposits: u32,
}

impl<BlockNumber> Pledge<BlockNumber> {
	/// The debt: the amount lent and the interest at the due date, in centavos.
	pub fn debt(&self) -> Centavos {
		self.terms.amount.saturating_add(self.terms.interest)
	}

	/// The part of the debt neither deposited with the warehouse nor repaid while outstanding.
	pub fn owed(&self) -> Centavos {
		match self.status {
			PledgeStatus::Outstanding => self.debt().saturating_sub(self.deposited),
			_ => 0,
		}
	}

	/// How many of the `pledged_quantity` goods the deposits so far release: the goods withdrawn
	/// since the pledge may not exceed it.
	pub fn released_quantity(&self) -> u128 {
		match self.status {
			PledgeStatus::Outstanding => {
				sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
					self.pledged_quantity,
					self.deposited,
					self.debt(),
					sp_runtime::Rounding::Down,
				)
				.unwrap_or(0)
				.min(self.pledged_quantity)
			},
			_ => self.pledged_quantity,
		}
	}
}

/// What a sale (remate) produced and how it was applied.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SaleRecord {
	/// The proceeds, in MXN centavos.
	pub proceeds: Centavos,
	/// Paid first to the bono's holder: the debt and interest not yet deposited with the
	/// warehouse, at most the proceeds.
	pub to_bono_holder: Centavos,
	/// The remainder, for the certificate's holder.
	pub to_certificate_holder: Centavos,
	/// The hash of the sale's record (acta de remate), kept off chain.
	pub record: DocumentHash,
}

/// A certificado de depósito, with its bono de prenda when it is negotiable.
#[derive(
	CloneNoBound, EqNoBound, PartialEqNoBound, Encode, Decode, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxHolders))]
pub struct Certificate<
	AccountId: Clone + Eq + core::fmt::Debug,
	BlockNumber: Clone + Eq + core::fmt::Debug,
	MaxHolders: Get<u32>,
> {
	/// The goods, with the quantity still in the warehouse.
	pub goods: Goods,
	/// The block of issue.
	pub issued_at: BlockNumber,
	/// The first block at which the instruments have expired and no longer circulate.
	pub expires_at: BlockNumber,
	/// Where it is in its life.
	pub status: CertificateStatus,
	/// Every holder of the certificate, the depositor first, the current holder last.
	pub certificate_holders: BoundedVec<AccountId, MaxHolders>,
	/// Every holder of the bono, the depositor first, the current holder last; empty when the
	/// certificate was issued non-negotiable.
	pub bono_holders: BoundedVec<AccountId, MaxHolders>,
	/// The pledge, once the bono was first endorsed.
	pub pledge: Option<Pledge<BlockNumber>>,
	/// The sale, once the goods were sold.
	pub sale: Option<SaleRecord>,
	/// The officer who issued it.
	pub issued_by: AccountId,
	/// How many withdrawals left goods behind (at most `MaxWithdrawals`).
	pub partial_withdrawals: u32,
}

impl<AccountId, BlockNumber, MaxHolders> Certificate<AccountId, BlockNumber, MaxHolders>
where
	AccountId: Clone + Eq + core::fmt::Debug,
	BlockNumber: Clone + Eq + core::fmt::Debug,
	MaxHolders: Get<u32>,
{
	/// The current holder of the certificate.
	pub fn certificate_holder(&self) -> Option<&AccountId> {
		self.certificate_holders.last()
	}

	/// The current holder of the bono, if the certificate is negotiable.
	pub fn bono_holder(&self) -> Option<&AccountId> {
		self.bono_holders.last()
	}

	/// Whether a pledge still weighs on the goods (owed, deposit not complete).
	pub fn is_encumbered(&self) -> bool {
		matches!(self.pledge.as_ref().map(|p| p.status), Some(PledgeStatus::Outstanding))
	}

	/// How much of the goods the certificate's holder may withdraw now, pledge considered
	/// (whether the certificate is live is not considered).
	pub fn withdrawable(&self) -> u128 {
		match self.pledge.as_ref() {
			Some(pledge) if pledge.status == PledgeStatus::Outstanding => {
				let withdrawn = pledge.pledged_quantity.saturating_sub(self.goods.quantity);
				pledge.released_quantity().saturating_sub(withdrawn).min(self.goods.quantity)
			},
			_ => self.goods.quantity,
		}
	}

	/// Whether the goods are no longer in the warehouse (delivered or sold).
	pub fn is_cancelled(&self) -> bool {
		matches!(self.status, CertificateStatus::Delivered | CertificateStatus::Sold)
	}
}

/// One act in the life of a certificate, as its history records it.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Act<AccountId, BlockNumber> {
	/// Issued to `depositor` by `officer`; with its bono when `negotiable`.
	Issued {
		/// The depositor: first holder of both instruments.
		depositor: AccountId,
		/// The officer who issued it.
		officer: AccountId,
		/// Whether a bono was issued with it.
		negotiable: bool,
	},
	/// The certificate was endorsed.
	CertificateEndorsed {
		/// The former holder.
		from: AccountId,
		/// The new holder.
		to: AccountId,
	},
	/// The bono was first endorsed to a creditor: the loan was recorded.
	BonoPledged {
		/// The bono's former holder.
		debtor: AccountId,
		/// The bono's new holder.
		creditor: AccountId,
		/// The amount lent, in centavos.
		amount: Centavos,
		/// The interest owed at the due date, in centavos.
		interest: Centavos,
		/// The block at which the debt falls due.
		due: BlockNumber,
	},
	/// The pledged bono was endorsed.
	BonoEndorsed {
		/// The former holder.
		from: AccountId,
		/// The new holder.
		to: AccountId,
	},
	/// The bono's holder acknowledged payment of the debt.
	RepaymentAcknowledged {
		/// The bono's holder.
		by: AccountId,
	},
	/// Centavos of the debt were deposited with the warehouse for the bono's holder.
	DebtDeposited {
		/// How much was deposited.
		amount: Centavos,
		/// What is still owed after it.
		owed: Centavos,
		/// The hash of the deposit's receipt.
		receipt: DocumentHash,
		/// The officer who recorded it; `None` for the authority.
		by: Option<AccountId>,
	},
	/// Goods were withdrawn by the certificate's holder.
	GoodsWithdrawn {
		/// The certificate's holder.
		by: AccountId,
		/// How much was withdrawn.
		quantity: u128,
		/// How much remains; zero when the certificate was cancelled on delivery.
		remaining: u128,
	},
	/// The bono's holder declared the pledge in default.
	DefaultDeclared {
		/// The bono's holder.
		by: AccountId,
	},
	/// The goods were sold (remate): the certificate is cancelled.
	GoodsSold {
		/// The proceeds, in centavos.
		proceeds: Centavos,
		/// The hash of the sale's record.
		record: DocumentHash,
	},
}

/// An entry of a certificate's history: an act and the block it happened in.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct HistoryEntry<AccountId, BlockNumber> {
	/// The block of the act.
	pub at: BlockNumber,
	/// The act.
	pub act: Act<AccountId, BlockNumber>,
}

/// The most entries of one certificate's history: every act the other bounds allow.
///
/// One issue; `MaxHolders - 1` endorsements of the certificate; `MaxHolders - 1` of the bono,
/// the pledge included; `MaxWithdrawals` partial withdrawals and one total withdrawal or sale;
/// `MaxWithdrawals` partial deposits and one completing deposit; one repayment; one default:
/// `2 * MaxHolders + 2 * MaxWithdrawals + 3`.
pub struct HistoryBound<MaxHolders, MaxWithdrawals>(
	core::marker::PhantomData<(MaxHolders, MaxWithdrawals)>,
);

impl<MaxHolders: Get<u32>, MaxWithdrawals: Get<u32>> Get<u32>
	for HistoryBound<MaxHolders, MaxWithdrawals>
{
	fn get() -> u32 {
		MaxHolders::get()
			.saturating_mul(2)
			.saturating_add(MaxWithdrawals::get().saturating_mul(2))
			.saturating_add(3)
	}
}

/// The encumbrance on a certificate's goods, as a verifier reads it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct Encumbrance<AccountId, BlockNumber> {
	/// The bono's current holder: the creditor.
	pub creditor: AccountId,
	/// The amount lent, in centavos.
	pub amount: Centavos,
	/// The interest owed at the due date, in centavos.
	pub interest: Centavos,
	/// The block at which the debt falls due.
	pub due: BlockNumber,
	/// The hash of the loan contract.
	pub contract: DocumentHash,
	/// Where the pledge stands.
	pub status: PledgeStatus,
	/// The centavos deposited with the warehouse for the bono's holder.
	pub deposited: Centavos,
	/// The centavos still owed and neither deposited nor repaid.
	pub owed: Centavos,
}

/// What a verifier learns of a certificate from warehouse and folio (the runtime API's answer).
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct CertificateVerification<AccountId, BlockNumber> {
	/// The warehouse that issued it.
	pub warehouse: AccountId,
	/// The warehouse's status now.
	pub warehouse_status: WarehouseStatus,
	/// The hash of the warehouse's authorisation.
	pub warehouse_authorisation: DocumentHash,
	/// The folio.
	pub folio: Folio,
	/// The officer who issued it.
	pub issued_by: AccountId,
	/// The block of issue.
	pub issued_at: BlockNumber,
	/// The first block at which the instruments no longer circulate.
	pub expires_at: BlockNumber,
	/// Whether it has expired at the block asked about.
	pub expired: bool,
	/// Where it is in its life.
	pub status: CertificateStatus,
	/// The goods, with the quantity still in the warehouse.
	pub goods: Goods,
	/// How much of the goods its holder may withdraw now.
	pub withdrawable: u128,
	/// The certificate's current holder.
	pub certificate_holder: AccountId,
	/// The bono's current holder; `None` for a non-negotiable certificate.
	pub bono_holder: Option<AccountId>,
	/// The pledge, once the bono was first endorsed.
	pub encumbrance: Option<Encumbrance<AccountId, BlockNumber>>,
	/// The sale, once the goods were sold.
	pub sale: Option<SaleRecord>,
	/// Every holder of the certificate, the depositor first.
	pub certificate_holders: Vec<AccountId>,
	/// Every holder of the bono, the depositor first; empty when non-negotiable.
	pub bono_holders: Vec<AccountId>,
	/// Every act in its life, oldest first.
	pub history: Vec<HistoryEntry<AccountId, BlockNumber>>,
}

/// A line of a warehouse's list of certificates, for its clerks.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct CertificateSummary<AccountId, BlockNumber> {
	/// The folio.
	pub folio: Folio,
	/// The lot of goods.
	pub lot: LotId,
	/// Where it is in its life.
	pub status: CertificateStatus,
	/// The quantity still in the warehouse.
	pub quantity: u128,
	/// The unit of `quantity`.
	pub unit: Unit,
	/// The certificate's current holder.
	pub certificate_holder: AccountId,
	/// The bono's current holder, if negotiable.
	pub bono_holder: Option<AccountId>,
	/// Whether a pledge is outstanding.
	pub encumbered: bool,
	/// The first block at which the instruments no longer circulate.
	pub expires_at: BlockNumber,
}

/// A warehouse as a verifier reads it.
#[derive(Clone, Eq, PartialEq, Encode, Decode, Debug, TypeInfo)]
pub struct WarehouseSummary<AccountId> {
	/// Whether it may act.
	pub status: WarehouseStatus,
	/// The hash of its authorisation.
	pub authorisation: DocumentHash,
	/// Its officers (each must also hold the officer credential to act).
	pub officers: Vec<AccountId>,
}

/// The most lines one page of [`CertificateSummary`]s holds.
pub const MAX_PAGE: u32 = 100;
