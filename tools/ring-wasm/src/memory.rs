//! The module's buffers: those the caller reserves in linear memory for its inputs and outputs,
//! and the output buffer of the last proof.

use std::{cell::Cell, ptr, slice};

use zeroize::{Zeroize, Zeroizing};

use crate::prover::Failure;

thread_local! {
	/// The output of the last `bmx_prove` (one per thread natively, so that tests run side by
	/// side; a module instance has one).
	static OUTPUT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
}

/// A new buffer of `len` zero bytes, or null when the memory cannot hold it.
pub fn allocate(len: usize) -> *mut u8 {
	let mut buffer = Vec::new();
	if buffer.try_reserve_exact(len).is_err() {
		return ptr::null_mut();
	}
	buffer.resize(len, 0u8);
	Box::into_raw(buffer.into_boxed_slice()).cast::<u8>()
}

/// Wipes and frees the buffer `allocate(len)` returned as `buffer`; null is ignored.
///
/// # Safety
/// `buffer` is null or was returned by `allocate(len)` with this `len`, and is not used again.
pub unsafe fn free(buffer: *mut u8, len: usize) {
	if buffer.is_null() {
		return;
	}
	// SAFETY: the caller passes back a buffer of `allocate(len)`, a boxed slice of `len` bytes.
	let mut bytes = unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(buffer, len)) };
	bytes.as_mut().zeroize();
}

/// The `len` bytes at `buffer` (none when `len` is 0, whatever `buffer` is).
///
/// # Safety
/// Unless `len` is 0 or `buffer` is null, `buffer` points to `len` readable bytes that nothing
/// writes while the result lives.
pub unsafe fn input<'a>(buffer: *const u8, len: usize) -> Result<&'a [u8], Failure> {
	if len == 0 {
		return Ok(&[]);
	}
	if buffer.is_null() || isize::try_from(len).is_err() {
		return Err(Failure::BadInput);
	}
	// SAFETY: the caller's promise.
	Ok(unsafe { slice::from_raw_parts(buffer, len) })
}

/// The `count` items of `N` bytes each at `buffer`, in order.
///
/// # Safety
/// As for [`input`] with `count * N` bytes.
pub unsafe fn items<'a, const N: usize>(
	buffer: *const u8,
	count: usize,
) -> Result<Vec<&'a [u8; N]>, Failure> {
	let len = count.checked_mul(N).ok_or(Failure::BadInput)?;
	// SAFETY: the caller's promise.
	let bytes = unsafe { input(buffer, len) }?;
	bytes
		.chunks_exact(N)
		.map(|item| <&[u8; N]>::try_from(item).map_err(|_| Failure::BadInput))
		.collect()
}

/// The 32 bytes of entropy at `buffer`, copied into a value that wipes itself when dropped.
///
/// # Safety
/// As for [`input`] with 32 bytes.
pub unsafe fn entropy(buffer: *const u8) -> Result<Zeroizing<[u8; 32]>, Failure> {
	// SAFETY: the caller's promise.
	let bytes = unsafe { input(buffer, 32) }?;
	let mut entropy = Zeroizing::new([0u8; 32]);
	entropy.copy_from_slice(bytes);
	Ok(entropy)
}

/// Writes `bytes` to `buffer`.
///
/// # Safety
/// Unless `buffer` is null, it points to `bytes.len()` writable bytes that nothing else reads or
/// writes meanwhile.
pub unsafe fn output(buffer: *mut u8, bytes: &[u8]) -> Result<(), Failure> {
	if buffer.is_null() {
		return Err(Failure::BadInput);
	}
	// SAFETY: the caller's promise.
	unsafe { slice::from_raw_parts_mut(buffer, bytes.len()) }.copy_from_slice(bytes);
	Ok(())
}

/// Replaces the output buffer with `bytes`, wiping the previous output.
pub fn set_output(bytes: Vec<u8>) {
	OUTPUT.with(|cell| cell.replace(bytes).zeroize());
}

/// Wipes and empties the output buffer.
pub fn clear_output() {
	set_output(Vec::new());
}

/// Where the output buffer's bytes are, and how many there are. Valid until the output changes.
pub fn output_buffer() -> (*const u8, usize) {
	OUTPUT.with(|cell| {
		let bytes = cell.take();
		let buffer = (bytes.as_ptr(), bytes.len());
		// Moving the vector does not move its bytes: the pointer stays valid.
		cell.set(bytes);
		buffer
	})
}
