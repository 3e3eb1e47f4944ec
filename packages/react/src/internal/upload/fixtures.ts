// Sample files and a drop gesture, shared by the upload tests and stories (ComplaintThread, EvidenceUploader).

// A 16×16 PNG (a blue-grey square), so thumbnails show something real.
const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGOo6FlAEmIY1TCqYfhqAAAgvaQQh2XctQAAAABJRU5ErkJggg==",
  ),
  (char) => char.charCodeAt(0),
);

export const pngFile = (name: string) => new File([PNG], name, { type: "image/png" });

/** A PDF of `size` bytes (zeros), or of the given text. */
export const pdfFile = (name: string, content: number | string = 2048) =>
  new File([typeof content === "number" ? new Uint8Array(content) : content], name, {
    type: "application/pdf",
  });

/** Drops files on the upload drop zone inside `root`, as a mouse drag would (the files never leave the page). */
export function dropFiles(root: Element, files: File[]) {
  const zone = root.querySelector(".cqs-upload__drop") as HTMLElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
}
