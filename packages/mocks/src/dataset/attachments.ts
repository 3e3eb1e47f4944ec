// The files of a seeded dossier, generated on first read from the dossier's seed index (so that 100,000
// dossiers cost nothing until someone opens one): the application forms, a supplement if one was requested,
// and the result once finished.
import { createRandom } from "../random";
import { isoOf, streamSeed } from "../util";
import type { ApiAttachment, DossierRecord } from "./types";

const APPLICATION_FILES: readonly string[] = [
  "to-khai.pdf",
  "ban-sao-can-cuoc-cong-dan.pdf",
  "giay-chung-nhan-quyen-su-dung-dat.pdf",
  "ban-ve-hien-trang.pdf",
  "giay-uy-quyen.pdf",
  "anh-chan-dung.jpg",
];

export function seededAttachments(seed: number, record: DossierRecord): ApiAttachment[] {
  const random = createRandom(streamSeed(seed, `attachments:${record.seedIndex}`));
  const count = random.int(1, 3);
  const files: ApiAttachment[] = [];
  for (let index = 0; index < count; index++) {
    const name = index === 0 ? "to-khai.pdf" : random.pick(APPLICATION_FILES.slice(1));
    files.push({
      id: `att_${record.seedIndex}_${index + 1}`,
      name,
      contentType: name.endsWith(".jpg") ? "image/jpeg" : "application/pdf",
      size: random.int(40, 2400) * 1024,
      digitised: random.next() < 0.6,
      kind: "application",
      uploadedAt: isoOf(record.submittedAt),
    });
  }
  const resumed = record.history.find(
    (entry) => entry.action === "resume" && entry.fromStatus === "awaiting_supplement",
  );
  if (resumed) {
    files.push({
      id: `att_${record.seedIndex}_s`,
      name: "ho-so-bo-sung.pdf",
      contentType: "application/pdf",
      size: random.int(60, 900) * 1024,
      digitised: false,
      kind: "supplement",
      uploadedAt: resumed.at,
    });
  }
  if (record.finishedAt !== null) {
    files.push({
      id: `att_${record.seedIndex}_r`,
      name: "ket-qua-giai-quyet.pdf",
      contentType: "application/pdf",
      size: random.int(80, 600) * 1024,
      digitised: true,
      kind: "result",
      uploadedAt: isoOf(record.finishedAt),
    });
  }
  return files;
}
