//! What can go wrong, in words a holder or a registrar can act on.

use core::fmt;

/// Why a command failed. Every variant names the file or value at fault and what to do.
#[derive(Debug)]
pub enum Error {
	/// A file could not be read or written.
	Io {
		/// The file.
		path: String,
		/// The operating system's reason.
		reason: std::io::Error,
	},
	/// The `.cer` file is not a DER (or PEM) X.509 certificate.
	NotACertificate {
		/// The parser's reason.
		reason: String,
	},
	/// The certificate's key is not RSA, or not an RSA key the chain accepts.
	UnsupportedKey {
		/// What is wrong with it.
		reason: String,
	},
	/// The `.key` file is not a PKCS #8 private key, encrypted or not.
	NotAKeyFile {
		/// The parser's reason.
		reason: String,
	},
	/// The `.key` file did not decrypt with the password given.
	WrongPassword,
	/// The `.key` file is encrypted with an algorithm this tool does not support.
	UnsupportedKeyEncryption {
		/// The algorithm.
		reason: String,
	},
	/// The private key is not the one of the certificate.
	KeyMismatch,
	/// The certificate is not valid at the time the act needs it.
	CertificateExpired {
		/// The certificate's `notAfter`, ms since the Unix epoch.
		not_after: u64,
		/// Now, ms since the Unix epoch.
		now: u64,
	},
	/// The certificate is not valid yet.
	CertificateNotYetValid {
		/// The certificate's `notBefore`, ms since the Unix epoch.
		not_before: u64,
		/// Now, ms since the Unix epoch.
		now: u64,
	},
	/// A command-line value is malformed.
	InvalidArgument {
		/// The option.
		option: &'static str,
		/// What is wrong with it.
		reason: String,
	},
	/// No password, or an unreadable one.
	Password {
		/// What is wrong.
		reason: String,
	},
	/// Signing or building a certificate failed.
	Crypto {
		/// The library's reason.
		reason: String,
	},
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::Io { path, reason } => write!(f, "{path}: {reason}"),
			Error::NotACertificate { reason } => {
				write!(f, "not an X.509 certificate (.cer, DER or PEM): {reason}")
			},
			Error::UnsupportedKey { reason } => {
				write!(f, "the certificate's key is not one the chain accepts: {reason}")
			},
			Error::NotAKeyFile { reason } => {
				write!(f, "not a PKCS #8 private key file (.key, DER or PEM): {reason}")
			},
			Error::WrongPassword => {
				f.write_str("the key file did not decrypt: wrong password (or a damaged .key file)")
			},
			Error::UnsupportedKeyEncryption { reason } => {
				write!(f, "the key file's encryption is not supported: {reason}")
			},
			Error::KeyMismatch => f.write_str("the key does not belong to the certificate"),
			Error::CertificateExpired { not_after, now } => write!(
				f,
				"the certificate expired at {not_after} ms since the Unix epoch (now {now}): \
				 renew the e.firma with SAT"
			),
			Error::CertificateNotYetValid { not_before, now } => write!(
				f,
				"the certificate is not valid before {not_before} ms since the Unix epoch \
				 (now {now})"
			),
			Error::InvalidArgument { option, reason } => write!(f, "{option}: {reason}"),
			Error::Password { reason } => write!(f, "password: {reason}"),
			Error::Crypto { reason } => write!(f, "{reason}"),
		}
	}
}

impl std::error::Error for Error {}

/// The result of a command.
pub type Result<T> = core::result::Result<T, Error>;

/// Read a whole file, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
	std::fs::read(path).map_err(|reason| Error::Io { path: path.display().to_string(), reason })
}
