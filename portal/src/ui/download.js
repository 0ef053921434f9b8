// Files the page makes and the person keeps (a bid file, a member secret, a ticket's state file):
// offered as a download, never stored by the portal.

/** Offers `text` as a file named `name` of media type `type` to download. */
export function offerFile(name, text, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
