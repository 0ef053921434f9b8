//! Types of the RUCAM registry: warehouses, goods, certificates, bonos and pledges.

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
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Pledge<BlockNumber> {
	/// What the first endorsement of the bono recorded.
	pub terms: PledgeTerms<BlockNumber>,
	/// Where it stands.
	pub status: PledgeStatus,
}

/// What a sale (remate) produced and how it was applied.
#[derive(
	Clone, Eq, PartialEq, Encode, Decode, DecodeWithMemTracking, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SaleRecord {
	/// The proceeds, in MXN centavos.
	pub proceeds: Centavos,
	/// Paid first to the bono's holder: the debt and interest, at most the proceeds.
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

	/// Whether a pledge still weighs on the goods (owed, deposit not made).
	pub fn is_encumbered(&self) -> bool {
		matches!(self.pledge.as_ref().map(|p| p.status), Some(PledgeStatus::Outstanding))
	}

	/// Whether the goods are no longer in the warehouse (delivered or sold).
	pub fn is_cancelled(&self) -> bool {
		matches!(self.status, CertificateStatus::Delivered | CertificateStatus::Sold)
	}
}
