//! Queries: which keys to prove and how to show the proven values.
//!
//! The generic `storage` command uses [`RawStorage`]. The registry commands use [`Registry`]:
//! the storage keys of one record (all proven at the same block) and their values decoded with
//! the registry pallet's own SCALE types, instantiated with bounds at least as large as the
//! runtime's (a `BoundedVec` decodes with any bound at least its length). The decoded value is
//! then written as JSON from the type's `scale_info` description: structs as objects, enums as
//! their variant name (or `{ variant: fields }`), `Option` as `null` or the value, byte arrays
//! and byte vectors as `0x` hex, accounts as SS58 (prefix 5252), `u128` as a decimal string.

use codec::{Compact, Decode, DecodeAll};
use scale_info::{
	form::PortableForm, meta_type, PortableRegistry, TypeDef, TypeDefPrimitive, TypeInfo,
};
use serde_json::{json, Map, Value};
use sp_core::crypto::{AccountId32, Ss58AddressFormat, Ss58Codec};
use sp_runtime::{traits::ConstU32, BoundedVec};

use crate::{
	error::Failure,
	keys::{storage_key, Hasher},
	rpc::ChainSource,
	types::{to_hex, BlockNumber},
};

/// The SS58 prefix of Blockchain MX accounts.
pub const SS58_PREFIX: u16 = 5252;

/// A storage query the verifier can prove.
pub trait TypedQuery {
	/// The full storage keys, proven together at one block.
	fn keys(&self) -> Vec<Vec<u8>>;
	/// The proven values (`None`: proven absent), in the order of [`Self::keys`], as JSON;
	/// `Null` when the record is proven absent. A value that does not decode is an error.
	fn render(&self, values: &[Option<Vec<u8>>]) -> Result<Value, Failure>;
	/// Whether a proven absence is the answer (`storage`: exit 0) or a refusal (a registry
	/// record: "not authentic", exit 1).
	fn absent_message(&self) -> Option<String> {
		None
	}
	/// Keys to prove at the same block that depend on the proven values of [`Self::keys`] (the
	/// certificates of a document's signing acts); their values follow in [`Self::render`].
	fn follow_up_keys(&self, _values: &[Option<Vec<u8>>]) -> Result<Vec<Vec<u8>>, Failure> {
		Ok(Vec::new())
	}
	/// Whether the rendered record is refused (exit 1): by default when it is proven absent and
	/// absence is a refusal ([`Self::absent_message`]).
	fn refusal(&self, rendered: &Value) -> Option<Refusal> {
		if rendered.is_null() {
			self.absent_message().map(|message| Refusal { failed: "absent", message })
		} else {
			None
		}
	}
	/// Adds to the rendered record what the node says about it, as a note that is not proven
	/// (the e.firma statements' genesis hash against the node's block 0).
	fn cross_check(&self, _rendered: &mut Value, _source: &dyn ChainSource) {}
}

/// Why an authentic answer is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
	/// The check that failed, for `--json` (`absent`, `signature`).
	pub failed: &'static str,
	/// What is wrong.
	pub message: String,
}

/// Any key; the value is shown as hex.
pub struct RawStorage {
	/// The full storage key.
	pub key: Vec<u8>,
}

impl TypedQuery for RawStorage {
	fn keys(&self) -> Vec<Vec<u8>> {
		vec![self.key.clone()]
	}

	fn render(&self, values: &[Option<Vec<u8>>]) -> Result<Value, Failure> {
		Ok(values
			.first()
			.cloned()
			.flatten()
			.map_or(Value::Null, |v| Value::String(to_hex(&v))))
	}
}

/// A generous bound: at least every runtime bound of the registries' vectors.
type Big = ConstU32<100_000>;

/// Decodes SCALE bytes of one storage item as JSON.
type Render = fn(&[u8]) -> Result<Value, Failure>;

/// Decodes `bytes` as exactly one `T` (the pallet's type), then writes it as JSON.
fn render_as<T: Decode + TypeInfo + 'static>(bytes: &[u8]) -> Result<Value, Failure> {
	let what = core::any::type_name::<T>();
	T::decode_all(&mut &bytes[..])
		.map_err(|e| Failure::Decode(format!("the proven value is not a {what}: {e}")))?;
	to_json::<T>(bytes).map_err(|e| Failure::Decode(format!("{what}: {e}")))
}

/// One storage item of a registry record.
pub struct Item {
	/// Its name in the output (`certificate`, `history`, ...).
	pub name: &'static str,
	/// The full storage key.
	pub key: Vec<u8>,
	/// How its value is decoded.
	render: Render,
	/// What an absent value means (`ValueQuery` items: the default, e.g. `[]`); `None` for the
	/// record itself, whose absence means "no such record".
	default: Option<Value>,
}

/// A registry record: the main item (first) and the items that complete it.
pub struct Registry {
	/// What it is, for messages (`certificate`, `folio`, `grant`).
	pub what: &'static str,
	/// The storage items, the record itself first.
	pub items: Vec<Item>,
}

impl TypedQuery for Registry {
	fn keys(&self) -> Vec<Vec<u8>> {
		self.items.iter().map(|item| item.key.clone()).collect()
	}

	fn render(&self, values: &[Option<Vec<u8>>]) -> Result<Value, Failure> {
		if values.len() != self.items.len() {
			return Err(Failure::Proof(format!(
				"{} values proven for {} keys",
				values.len(),
				self.items.len()
			)));
		}
		let mut out = Map::new();
		for (item, value) in self.items.iter().zip(values) {
			let rendered = match (value, &item.default) {
				(Some(bytes), _) => (item.render)(bytes)?,
				(None, Some(default)) => default.clone(),
				(None, None) if out.is_empty() => return Ok(Value::Null),
				(None, None) => Value::Null,
			};
			out.insert(item.name.into(), rendered);
		}
		Ok(Value::Object(out))
	}

	fn absent_message(&self) -> Option<String> {
		Some(format!("no such {}: not authentic", self.what))
	}
}

/// Parses an account: SS58 (any prefix) or 32 bytes of hex.
pub fn parse_account(text: &str) -> Result<AccountId32, String> {
	if text.starts_with("0x") {
		let bytes = crate::types::from_hex(text)?;
		let raw: [u8; 32] =
			bytes.try_into().map_err(|_| format!("an account is 32 bytes: {text}"))?;
		return Ok(AccountId32::from(raw));
	}
	AccountId32::from_ss58check_with_version(text)
		.map(|(account, _)| account)
		.map_err(|e| format!("not an SS58 address nor 0x hex ({e:?}): {text}"))
}

/// `DepositCertificates`: a certificado de depósito and its history, by warehouse and folio.
pub fn deposit_certificate(warehouse: &AccountId32, folio: u64) -> Registry {
	type Certificate = pallet_deposit_certificates::Certificate<AccountId32, BlockNumber, Big>;
	type History =
		BoundedVec<pallet_deposit_certificates::HistoryEntry<AccountId32, BlockNumber>, Big>;
	let key = |item| {
		storage_key(
			"DepositCertificates",
			item,
			&[
				(Hasher::Blake2_128Concat, AsRef::<[u8]>::as_ref(warehouse).to_vec()),
				(Hasher::Blake2_128Concat, folio.to_le_bytes().to_vec()),
			],
		)
	};
	Registry {
		what: "certificate",
		items: vec![
			Item {
				name: "certificate",
				key: key("Certificates"),
				render: render_as::<Certificate>,
				default: None,
			},
			Item {
				name: "history",
				key: key("History"),
				render: render_as::<History>,
				default: Some(json!([])),
			},
		],
	}
}

/// `PropertyRegistry.Certificates`: a certificate of freedom of encumbrances (certificado de
/// libertad de gravámenes) by id.
pub fn property_certificate(id: u64) -> Registry {
	type Certificate = pallet_property_registry::Certificate<BlockNumber, Big, Big>;
	Registry {
		what: "certificate",
		items: vec![Item {
			name: "certificate",
			key: storage_key(
				"PropertyRegistry",
				"Certificates",
				&[(Hasher::Twox64Concat, id.to_le_bytes().to_vec())],
			),
			render: render_as::<Certificate>,
			default: None,
		}],
	}
}

/// `PropertyRegistry.Folios`: a property's folio (folio real) by id.
pub fn property_folio(id: u64) -> Registry {
	type Folio = pallet_property_registry::Folio<BlockNumber, Big, Big, Big, Big, Big>;
	Registry {
		what: "folio",
		items: vec![Item {
			name: "folio",
			key: storage_key(
				"PropertyRegistry",
				"Folios",
				&[(Hasher::Twox64Concat, id.to_le_bytes().to_vec())],
			),
			render: render_as::<Folio>,
			default: None,
		}],
	}
}

/// `ReforestationSubsidies`: a grant with its payments and field verifications, by id.
pub fn reforestation_grant(id: u32) -> Registry {
	use pallet_reforestation_subsidies as pallet;
	type Grant = pallet::Grant<AccountId32>;
	type Payments = BoundedVec<pallet::Payment<BlockNumber>, Big>;
	type Verifications = BoundedVec<pallet::Verification<AccountId32, BlockNumber, Big>, Big>;
	let key = |item| {
		storage_key(
			"ReforestationSubsidies",
			item,
			&[(Hasher::Twox64Concat, id.to_le_bytes().to_vec())],
		)
	};
	Registry {
		what: "grant",
		items: vec![
			Item { name: "grant", key: key("Grants"), render: render_as::<Grant>, default: None },
			Item {
				name: "payments",
				key: key("Payments"),
				render: render_as::<Payments>,
				default: Some(json!([])),
			},
			Item {
				name: "verifications",
				key: key("Verifications"),
				render: render_as::<Verifications>,
				default: Some(json!([])),
			},
		],
	}
}

/// Writes the SCALE encoding of a `T` as JSON, following `T`'s `scale_info` description.
pub fn to_json<T: TypeInfo + 'static>(bytes: &[u8]) -> Result<Value, String> {
	let mut registry = scale_info::Registry::new();
	let id = registry.register_type(&meta_type::<T>()).id;
	let types: PortableRegistry = registry.into();
	let mut input = bytes;
	let value = value_of(&types, id, &mut input, 0)?;
	if !input.is_empty() {
		return Err(format!("{} bytes left over", input.len()));
	}
	Ok(value)
}

/// Types nest far less deep than this; it guards against a recursive type description.
const MAX_DEPTH: u32 = 64;

fn value_of(
	types: &PortableRegistry,
	id: u32,
	input: &mut &[u8],
	depth: u32,
) -> Result<Value, String> {
	if depth > MAX_DEPTH {
		return Err("type nests too deep".into());
	}
	let depth = depth.saturating_add(1);
	let ty = types.resolve(id).ok_or_else(|| format!("unknown type id {id}"))?;
	let name = ty.path.segments.last().map(String::as_str);
	match &ty.type_def {
		TypeDef::Composite(composite) => {
			if name == Some("AccountId32") {
				let raw = <[u8; 32]>::decode(input).map_err(|e| e.to_string())?;
				let account = AccountId32::from(raw);
				return Ok(Value::String(
					account.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX)),
				));
			}
			fields_of(types, &composite.fields, input, depth)
		},
		TypeDef::Variant(variant) => {
			let index = u8::decode(input).map_err(|e| e.to_string())?;
			let chosen =
				variant.variants.iter().find(|v| v.index == index).ok_or_else(|| {
					format!("no variant {index} in {}", name.unwrap_or("an enum"))
				})?;
			if name == Some("Option") {
				return match chosen.fields.first() {
					Some(field) => value_of(types, field.ty.id, input, depth),
					None => Ok(Value::Null),
				};
			}
			if chosen.fields.is_empty() {
				return Ok(Value::String(chosen.name.clone()));
			}
			let mut object = Map::new();
			object.insert(chosen.name.clone(), fields_of(types, &chosen.fields, input, depth)?);
			Ok(Value::Object(object))
		},
		TypeDef::Sequence(sequence) => {
			let Compact(len) = Compact::<u32>::decode(input).map_err(|e| e.to_string())?;
			items_of(types, sequence.type_param.id, len, input, depth)
		},
		TypeDef::Array(array) => items_of(types, array.type_param.id, array.len, input, depth),
		TypeDef::Tuple(tuple) => tuple
			.fields
			.iter()
			.map(|field| value_of(types, field.id, input, depth))
			.collect::<Result<Vec<_>, _>>()
			.map(Value::Array),
		TypeDef::Primitive(primitive) => primitive_of(primitive, input),
		TypeDef::Compact(compact) => {
			let inner = types.resolve(compact.type_param.id).map(|t| &t.type_def);
			match inner {
				Some(TypeDef::Primitive(TypeDefPrimitive::U128)) => {
					let Compact(n) = Compact::<u128>::decode(input).map_err(|e| e.to_string())?;
					Ok(Value::String(n.to_string()))
				},
				_ => {
					let Compact(n) = Compact::<u64>::decode(input).map_err(|e| e.to_string())?;
					Ok(json!(n))
				},
			}
		},
		TypeDef::BitSequence(_) => Err("bit sequences are not supported".into()),
	}
}

/// A struct's (or variant's) fields: an object when named, the value itself for a single unnamed
/// field (newtypes: `BoundedVec`, `H256`, `Percent`), a list otherwise.
fn fields_of(
	types: &PortableRegistry,
	fields: &[scale_info::Field<PortableForm>],
	input: &mut &[u8],
	depth: u32,
) -> Result<Value, String> {
	match fields {
		[] => Ok(Value::Null),
		[single] if single.name.is_none() => value_of(types, single.ty.id, input, depth),
		_ if fields.iter().all(|f| f.name.is_some()) => {
			let mut object = Map::new();
			for field in fields {
				let name = field.name.clone().unwrap_or_default();
				object.insert(name, value_of(types, field.ty.id, input, depth)?);
			}
			Ok(Value::Object(object))
		},
		_ => fields
			.iter()
			.map(|field| value_of(types, field.ty.id, input, depth))
			.collect::<Result<Vec<_>, _>>()
			.map(Value::Array),
	}
}

/// `len` items of type `item`: hex when they are bytes, a list otherwise.
fn items_of(
	types: &PortableRegistry,
	item: u32,
	len: u32,
	input: &mut &[u8],
	depth: u32,
) -> Result<Value, String> {
	let len = usize::try_from(len).map_err(|e| e.to_string())?;
	let is_byte = matches!(
		types.resolve(item).map(|t| &t.type_def),
		Some(TypeDef::Primitive(TypeDefPrimitive::U8))
	);
	if is_byte {
		if input.len() < len {
			return Err(format!("{len} bytes announced, {} left", input.len()));
		}
		let (bytes, rest) = input.split_at(len);
		*input = rest;
		return Ok(Value::String(to_hex(bytes)));
	}
	// Each item takes at least one byte, so a length beyond the input is malformed.
	if len > input.len() {
		return Err(format!("{len} items announced, {} bytes left", input.len()));
	}
	(0..len)
		.map(|_| value_of(types, item, input, depth))
		.collect::<Result<Vec<_>, _>>()
		.map(Value::Array)
}

fn primitive_of(primitive: &TypeDefPrimitive, input: &mut &[u8]) -> Result<Value, String> {
	fn read<T: Decode>(input: &mut &[u8]) -> Result<T, String> {
		T::decode(input).map_err(|e| e.to_string())
	}
	Ok(match primitive {
		TypeDefPrimitive::Bool => json!(read::<bool>(input)?),
		TypeDefPrimitive::Char => return Err("char is not SCALE".into()),
		TypeDefPrimitive::Str => json!(read::<String>(input)?),
		TypeDefPrimitive::U8 => json!(read::<u8>(input)?),
		TypeDefPrimitive::U16 => json!(read::<u16>(input)?),
		TypeDefPrimitive::U32 => json!(read::<u32>(input)?),
		TypeDefPrimitive::U64 => json!(read::<u64>(input)?),
		TypeDefPrimitive::U128 => json!(read::<u128>(input)?.to_string()),
		TypeDefPrimitive::I8 => json!(read::<i8>(input)?),
		TypeDefPrimitive::I16 => json!(read::<i16>(input)?),
		TypeDefPrimitive::I32 => json!(read::<i32>(input)?),
		TypeDefPrimitive::I64 => json!(read::<i64>(input)?),
		TypeDefPrimitive::I128 => json!(read::<i128>(input)?.to_string()),
		TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => {
			return Err("256-bit integers are not supported".into())
		},
	})
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use pallet_deposit_certificates as deposits;
	use sp_core::H256;
	use sp_keyring::Sr25519Keyring;

	fn alice() -> AccountId32 {
		Sr25519Keyring::Alice.to_account_id()
	}

	fn alice_ss58() -> String {
		alice().to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
	}

	/// A certificate as the runtime stores it (runtime bounds: 16 holders).
	fn certificate() -> deposits::Certificate<AccountId32, BlockNumber, ConstU32<16>> {
		deposits::Certificate {
			goods: deposits::Goods {
				description: H256::repeat_byte(0xaa),
				quantity: 1_000,
				unit: deposits::Unit::Tonne,
				lot: H256::repeat_byte(0xbb),
				declared_value: u128::MAX,
				location: bmx_jurisdiction(),
				insurance: H256::repeat_byte(0xcc),
			},
			issued_at: 5,
			expires_at: 500,
			status: deposits::CertificateStatus::Live,
			certificate_holders: vec![alice()].try_into().expect("1 of 16"),
			bono_holders: BoundedVec::default(),
			pledge: None,
			sale: None,
			issued_by: alice(),
			partial_withdrawals: 0,
		}
	}

	fn bmx_jurisdiction<J: Decode>() -> J {
		// Jalisco (state 14), Guadalajara (39).
		J::decode(&mut &[14u8, 39, 0][..]).expect("a jurisdiction")
	}

	#[test]
	fn renders_a_deposit_certificate_and_its_history() {
		let query = deposit_certificate(&alice(), 7);
		let history: Vec<deposits::HistoryEntry<AccountId32, BlockNumber>> =
			vec![deposits::HistoryEntry {
				at: 5,
				act: deposits::Act::Issued {
					depositor: alice(),
					officer: alice(),
					negotiable: false,
				},
			}];
		let values = [Some(certificate().encode()), Some(history.encode())];
		let record = query.render(&values).unwrap();
		let proven = &record["certificate"];
		assert_eq!(proven["status"], json!("Live"));
		assert_eq!(proven["issued_by"], json!(alice_ss58()));
		assert_eq!(proven["certificate_holders"], json!([alice_ss58()]));
		assert_eq!(proven["bono_holders"], json!([]));
		assert_eq!(proven["pledge"], Value::Null);
		assert_eq!(proven["goods"]["unit"], json!("Tonne"));
		assert_eq!(proven["goods"]["quantity"], json!("1000"));
		assert_eq!(proven["goods"]["declared_value"], json!(u128::MAX.to_string()));
		assert_eq!(proven["goods"]["lot"], json!(format!("0x{}", "bb".repeat(32))));
		assert_eq!(proven["goods"]["location"], json!({ "state": "Jalisco", "municipality": 39 }));
		assert_eq!(proven["expires_at"], json!(500));
		assert_eq!(
			record["history"],
			json!([{ "at": 5, "act": { "Issued": {
				"depositor": alice_ss58(), "officer": alice_ss58(), "negotiable": false } } }])
		);
		// No history entry yet (not possible on chain, but proven absent): empty.
		let record = query.render(&[Some(certificate().encode()), None]).unwrap();
		assert_eq!(record["history"], json!([]));
	}

	#[test]
	fn absent_record_is_null_and_not_authentic() {
		let query = deposit_certificate(&alice(), 7);
		assert_eq!(query.render(&[None, None]).unwrap(), Value::Null);
		assert_eq!(query.absent_message().unwrap(), "no such certificate: not authentic");
		assert_eq!(RawStorage { key: vec![1] }.absent_message(), None);
		assert_eq!(reforestation_grant(1).render(&[None, None, None]).unwrap(), Value::Null);
	}

	#[test]
	fn undecodable_values_are_refused() {
		let query = deposit_certificate(&alice(), 7);
		let mut bytes = certificate().encode();
		bytes.push(0);
		assert!(matches!(query.render(&[Some(bytes), None]), Err(Failure::Decode(_))));
		let bytes = certificate().encode();
		let short = bytes[..bytes.len() - 1].to_vec();
		assert!(matches!(query.render(&[Some(short), None]), Err(Failure::Decode(_))));
		assert!(matches!(query.render(&[None]), Err(Failure::Proof(_))));
	}

	#[test]
	fn renders_property_records() {
		use pallet_property_registry as property;
		let certificate = property::Certificate::<BlockNumber, ConstU32<16>, ConstU32<32>> {
			folio: 3,
			at: 9,
			owners: vec![H256::repeat_byte(1)].try_into().expect("1 of 16"),
			encumbrances: vec![property::Encumbrance {
				entry: 2,
				kind: property::EncumbranceKind::Mortgage,
				beneficiary: H256::repeat_byte(2),
			}]
			.try_into()
			.expect("1 of 32"),
			pending: 1,
			notice: Some(4),
			as_of_entry: None,
		};
		let record = property_certificate(1).render(&[Some(certificate.encode())]).unwrap();
		assert_eq!(
			record,
			json!({ "certificate": {
				"folio": 3, "at": 9, "owners": [format!("0x{}", "01".repeat(32))],
				"encumbrances": [{ "entry": 2, "kind": "Mortgage",
					"beneficiary": format!("0x{}", "02".repeat(32)) }],
				"pending": 1, "notice": 4, "as_of_entry": null } })
		);
		// A folio's type with the runtime's bounds decodes with the tool's.
		type RuntimeFolio = property::Folio<
			BlockNumber,
			ConstU32<64>,
			ConstU32<16>,
			ConstU32<32>,
			ConstU32<16>,
			ConstU32<1_000>,
		>;
		let folio = RuntimeFolio {
			office: 1,
			cadastral_key: Some(b"K-1".to_vec().try_into().expect("short")),
			location: bmx_jurisdiction(),
			surface_cm2: 1_000_000,
			land: vec![0x8a_u64].try_into().expect("1 cell"),
			owners: vec![H256::repeat_byte(1)].try_into().expect("1 owner"),
			encumbrances: BoundedVec::default(),
			opened_at: 2,
			predecessors: BoundedVec::default(),
			status: property::FolioStatus::Closed {
				at: 8,
				successors: vec![5, 6].try_into().expect("2"),
				document: H256::repeat_byte(3),
			},
		};
		let record = property_folio(1).render(&[Some(folio.encode())]).unwrap();
		assert_eq!(record["folio"]["cadastral_key"], json!("0x4b2d31"));
		assert_eq!(record["folio"]["land"], json!([0x8a]));
		assert_eq!(
			record["folio"]["status"],
			json!({ "Closed": { "at": 8, "successors": [5, 6],
				"document": format!("0x{}", "03".repeat(32)) } })
		);
	}

	#[test]
	fn renders_a_grant_with_payments_and_verifications() {
		use pallet_reforestation_subsidies as pallet;
		let grant = pallet::Grant::<AccountId32> {
			beneficiary: alice(),
			beneficiary_key: H256::repeat_byte(9),
			program: 1,
			concept: pallet::Concept::Reforestation,
			property: 2,
			area: 150,
			amount: 10_000,
			paid: 5_000,
			recovered: 0,
			tranches_paid: 1,
			next_released: false,
			last_verification_failed: false,
			status: pallet::GrantStatus::Active,
		};
		let payments = vec![pallet::Payment::<BlockNumber> {
			kind: pallet::PaymentKind::Tranche(0),
			amount: 5_000,
			reference: H256::repeat_byte(4),
			at: 7,
		}];
		let record = reforestation_grant(1)
			.render(&[Some(grant.encode()), Some(payments.encode()), None])
			.unwrap();
		assert_eq!(record["grant"]["beneficiary"], json!(alice_ss58()));
		assert_eq!(record["grant"]["beneficiary_key"], json!(format!("0x{}", "09".repeat(32))));
		assert_eq!(record["grant"]["concept"], json!("Reforestation"));
		assert_eq!(record["grant"]["amount"], json!("10000"));
		assert_eq!(record["grant"]["status"], json!("Active"));
		assert_eq!(record["verifications"], json!([]));
		assert_eq!(
			record["payments"],
			json!([{ "kind": { "Tranche": 0 }, "amount": "5000",
				"reference": format!("0x{}", "04".repeat(32)), "at": 7 }])
		);
	}

	#[test]
	fn parses_accounts() {
		let hex = to_hex(AsRef::<[u8]>::as_ref(&alice()));
		assert_eq!(parse_account(&hex).unwrap(), alice());
		assert_eq!(parse_account(&alice_ss58()).unwrap(), alice());
		assert_eq!(parse_account(&alice().to_ss58check()).unwrap(), alice());
		assert!(parse_account("0x00").is_err());
		assert!(parse_account("nobody").is_err());
	}
}
