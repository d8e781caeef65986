/** Saves bytes or text as a file on the person's device (no server involved). */
export function downloadFile(contents: string | Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([contents as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
