/** Saves text the page made as a file on the reader's device: built in memory, sent nowhere. */
export function download(content: string, type: string, file: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.hidden = true;
  // Firefox only follows a link that is in the document.
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel a download that has not started yet.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
