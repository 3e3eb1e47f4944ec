// Households for the population-database lookup: the applicant of a sample dossier as head of household, with
// a spouse and children generated from their citizen ID (so a lookup always answers the same). All synthetic.
import { createRandom } from "../random";
import { generateCitizenId, generatePersonName } from "../seed/people";
import { hashString } from "../util";
import type { ApiPerson } from "./types";

export interface HouseholdMember {
  fullName: string;
  citizenId: string;
  birthDate: string;
  gender: "male" | "female";
  relationship: string;
}

/** Birth year from a 12-digit CCCD: the century digit (0/1 → 1900s, 2/3 → 2000s) and two year digits. */
function birthYearOf(citizenId: string): number {
  if (citizenId.length !== 12) return 1980;
  const century = Number(citizenId[3]) >= 2 ? 2000 : 1900;
  return century + Number(citizenId.slice(4, 6));
}

export function householdOf(head: ApiPerson & { citizenId: string }): {
  householdId: string;
  members: HouseholdMember[];
} {
  const random = createRandom(hashString(head.citizenId));
  const headGender = head.citizenId.length === 12 && Number(head.citizenId[3]) % 2 === 1 ? "female" : "male";
  const headYear = birthYearOf(head.citizenId);
  const family = head.fullName.split(" ")[0] ?? "";
  const date = (year: number) =>
    `${year}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const members: HouseholdMember[] = [
    {
      fullName: head.fullName,
      citizenId: head.citizenId,
      birthDate: date(headYear),
      gender: headGender,
      relationship: "Chủ hộ",
    },
  ];
  if (random.next() < 0.75) {
    const gender = headGender === "male" ? "female" : "male";
    const year = headYear + random.int(-4, 4);
    members.push({
      fullName: generatePersonName(random, { gender }).full,
      citizenId: generateCitizenId(random, { gender, birthYear: year }),
      birthDate: date(year),
      gender,
      relationship: gender === "female" ? "Vợ" : "Chồng",
    });
  }
  const children = headYear < 2000 ? random.int(0, 3) : 0;
  for (let index = 0; index < children; index++) {
    const gender = random.next() < 0.5 ? "male" : "female";
    const year = Math.min(headYear + random.int(22, 35), 2024);
    const name = generatePersonName(random, { gender, ...(headGender === "male" ? { family } : {}) });
    members.push({
      fullName: name.full,
      citizenId: generateCitizenId(random, { gender, birthYear: year }),
      birthDate: date(year),
      gender,
      relationship: "Con",
    });
  }
  return { householdId: `hk_74_${hashString(`${head.citizenId}:household`).toString(36)}`, members };
}
