/**
 * The files of a drop: plain files, and the files inside dropped folders (walked through the
 * File System entries API, which Chromium, Firefox and Safari all support for drops).
 */

/** Every file of a drop, folders walked recursively. */
export async function filesOfDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((entry): entry is FileSystemEntry => !!entry)
  if (entries.length === 0) return [...transfer.files]
  const files: File[] = []
  for (const entry of entries) files.push(...(await filesOfEntry(entry)))
  return files
}

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return [
      await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      ),
    ]
  }
  if (!entry.isDirectory) return []
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const children: FileSystemEntry[] = []
  // readEntries returns at most ~100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) break
    children.push(...batch)
  }
  const nested = await Promise.all(children.map(filesOfEntry))
  return nested.flat()
}
