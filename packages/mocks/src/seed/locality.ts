// How localities and wards are written in Vietnamese addresses and text.
import type { Locality, LocalityKind, Ward, WardKind } from "./maps/types";

const LOCALITY_KIND_LABEL: Record<LocalityKind, string> = {
  city: "thành phố",
  district: "huyện",
  ward: "phường",
  commune: "xã",
};
const WARD_KIND_LABEL: Record<WardKind, string> = { ward: "phường", commune: "xã", township: "thị trấn" };

/** "thành phố Thủ Dầu Một", "huyện Bàu Bàng" (before 2025-07-01); "phường Thủ Dầu Một", "xã Bàu Bàng" (after). */
export function localityLabel(locality: Locality): string {
  return `${LOCALITY_KIND_LABEL[locality.kind]} ${locality.name}`;
}

/** "phường Phú Cường", "xã Long Hòa", "thị trấn Dầu Tiếng". */
export function wardLabel(ward: Ward): string {
  return `${WARD_KIND_LABEL[ward.kind]} ${ward.name}`;
}

/** A district-level unit (before 2025-07-01), whose wards are below it, rather than a commune-level one. */
export function isDistrictLevel(locality: Locality): boolean {
  return locality.kind === "city" || locality.kind === "district";
}

/** "phường Phú Cường, thành phố Thủ Dầu Một" on the pre-merger map; "phường Thủ Dầu Một" on today's. */
export function placeLabel(locality: Locality, ward: Ward): string {
  return isDistrictLevel(locality) ? `${wardLabel(ward)}, ${localityLabel(locality)}` : wardLabel(ward);
}

/** The locality's one-stop desk: the commune-level public administration service centre since 2025-07-01. */
export function oneStopDesk(locality: Locality): string {
  return isDistrictLevel(locality)
    ? `Bộ phận một cửa ${localityLabel(locality)}`
    : `Trung tâm Phục vụ hành chính công ${localityLabel(locality)}`;
}

/** Where a child may be born: the district health centre before 2025-07-01, the commune health station after. */
export function localHealthFacility(locality: Locality): string {
  return isDistrictLevel(locality)
    ? `Trung tâm Y tế ${localityLabel(locality)}`
    : `Trạm Y tế ${localityLabel(locality)}`;
}
